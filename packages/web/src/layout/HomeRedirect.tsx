import { Navigate } from 'react-router';
import { useSignedIn } from '../auth/AuthContext';
import { menuFor } from '../auth/session';

/** The first screen of the day: the counter for reception staff, the queues for the rest. */
export function HomeRedirect() {
  const { user } = useSignedIn();
  const first = menuFor(user.role, user.unit.level)[0];
  return <Navigate to={first === 'reception' ? '/tiep-nhan' : '/hang-doi'} replace />;
}
