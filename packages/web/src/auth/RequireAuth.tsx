import { Spin } from 'antd';
import { Navigate, Outlet, useLocation } from 'react-router';
import { useAuth } from './AuthContext';

/** Staff screens need a user; otherwise go to the login page and come back afterwards. */
export function RequireAuth() {
  const { state } = useAuth();
  const location = useLocation();
  if (state.kind === 'loading') {
    return (
      <div className="center-screen">
        <Spin size="large" />
      </div>
    );
  }
  if (state.kind !== 'signedIn') {
    // Come back here after signing in, unless the user signed out on purpose: the next person
    // at the desk must not land on the previous officer's dossier.
    const from = state.loggedOut ? undefined : location.pathname + location.search;
    return <Navigate to="/login" replace state={from ? { from } : null} />;
  }
  return <Outlet />;
}
