import { useQueryClient } from '@tanstack/react-query';
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { ApiError, onUnauthorized, setCsrfToken, setDevActor } from '../api/client';
import { fetchMe, login as apiLogin, logout as apiLogout } from '../api/endpoints';
import type { SessionResponse, SessionUser } from '../api/types';
import { loadDevUser, saveDevUser } from './devUsers';
import type { AuthState } from './session';

interface AuthContextValue {
  state: AuthState;
  login: (username: string, password: string) => Promise<void>;
  devLogin: (user: SessionUser) => void;
  logout: () => Promise<void>;
  retry: () => void;
}

const AuthContext = createContext<AuthContextValue | undefined>(undefined);

export function AuthProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<AuthState>({ kind: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const queryClient = useQueryClient();

  const applySession = useCallback((s: SessionResponse) => {
    setCsrfToken(s.csrfToken);
    setDevActor(undefined);
    setState({ kind: 'signedIn', mode: 'server', user: s.user });
  }, []);

  useEffect(() => {
    let cancelled = false;
    fetchMe().then(
      (s) => !cancelled && applySession(s),
      (e: unknown) => {
        if (cancelled) return;
        if (e instanceof ApiError && e.status === 404) {
          // The server predates accounts: development mode with a simulated user.
          const dev = loadDevUser();
          setDevActor(dev?.username);
          setState(dev ? { kind: 'signedIn', mode: 'dev', user: dev } : { kind: 'anonymous', mode: 'dev' });
        } else if (e instanceof ApiError && e.status === 0) {
          setState({ kind: 'anonymous', mode: 'server', notice: 'network' });
        } else {
          setState({ kind: 'anonymous', mode: 'server' });
        }
      },
    );
    return () => {
      cancelled = true;
    };
  }, [applySession, attempt]);

  // Any 401 from a data call means the session ended (expired, logged out elsewhere).
  useEffect(() => {
    onUnauthorized(() => {
      setCsrfToken(undefined);
      queryClient.clear();
      setState((s) => (s.kind === 'signedIn' && s.mode === 'server' ? { kind: 'anonymous', mode: 'server', notice: 'sessionExpired' } : s));
    });
    return () => onUnauthorized(undefined);
  }, [queryClient]);

  const value = useMemo<AuthContextValue>(
    () => ({
      state,
      login: async (username, password) => applySession(await apiLogin(username, password)),
      devLogin: (user) => {
        saveDevUser(user);
        setDevActor(user.username);
        setState({ kind: 'signedIn', mode: 'dev', user });
      },
      logout: async () => {
        const mode = state.kind === 'loading' ? 'server' : state.mode;
        if (mode === 'server') {
          try {
            await apiLogout();
          } catch {
            // Already logged out on the server (401) or unreachable: forget locally anyway.
          }
        } else {
          saveDevUser(undefined);
          setDevActor(undefined);
        }
        setCsrfToken(undefined);
        queryClient.clear();
        setState({ kind: 'anonymous', mode, loggedOut: true });
      },
      retry: () => {
        setState({ kind: 'loading' });
        setAttempt((n) => n + 1);
      },
    }),
    [state, applySession, queryClient],
  );

  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth(): AuthContextValue {
  const ctx = useContext(AuthContext);
  if (!ctx) throw new Error('useAuth outside AuthProvider');
  return ctx;
}

/** The signed-in user; only for components rendered behind the auth guard. */
export function useSignedIn(): { user: SessionUser; mode: 'server' | 'dev' } {
  const { state } = useAuth();
  if (state.kind !== 'signedIn') throw new Error('useSignedIn without a signed-in user');
  return { user: state.user, mode: state.mode };
}
