// The signed-in user: probed once with GET /api/auth/me, replaced on login, cleared on logout
// or on any 401 (the API's message is kept for the login page to show).
import { createContext, useCallback, useContext, useEffect, useMemo, type ReactNode } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { api, ApiError, setCsrfToken, setUnauthorizedHandler } from '../api/client';
import type { CurrentUser, Permission, Role, SessionAnswer } from '../api/types';

const FLASH_KEY = 'cadre.loginFlash';

/** A message for the login page that survives the redirect (and a reload). */
export function setLoginFlash(message: string, code: string): void {
  sessionStorage.setItem(FLASH_KEY, JSON.stringify({ message, code }));
}
export function takeLoginFlash(): { message: string; code: string } | null {
  const raw = sessionStorage.getItem(FLASH_KEY);
  if (!raw) return null;
  sessionStorage.removeItem(FLASH_KEY);
  try {
    return JSON.parse(raw) as { message: string; code: string };
  } catch {
    return null;
  }
}

interface AuthValue {
  /** undefined while the first probe runs; null when signed out. */
  user: CurrentUser | null | undefined;
  signIn(username: string, password: string): Promise<CurrentUser>;
  signOut(): Promise<void>;
  refresh(): Promise<void>;
}

const AuthContext = createContext<AuthValue | null>(null);
const ME_KEY = ['me'] as const;

async function fetchMe(): Promise<CurrentUser | null> {
  try {
    const res = await api<SessionAnswer>('/auth/me', { noRedirectOn401: true });
    setCsrfToken(res.csrfToken);
    return res.user;
  } catch (err) {
    if (err instanceof ApiError && err.status === 401) {
      // Opening the app after the idle limit: tell the user why they must sign in again.
      if (err.code === 'SESSION_EXPIRED') setLoginFlash(err.message, err.code);
      return null;
    }
    throw err;
  }
}

export function AuthProvider({ children }: { children: ReactNode }) {
  const qc = useQueryClient();
  const me = useQuery({ queryKey: ME_KEY, queryFn: fetchMe, staleTime: Infinity, retry: 1 });

  useEffect(() => {
    setUnauthorizedHandler((err) => {
      // Requests in flight when the session ends all fail; the first answer (e.g. the idle
      // timeout's SESSION_EXPIRED) says why, the later ones only say “请先登录”.
      if (qc.getQueryData(ME_KEY) === null) return;
      setLoginFlash(err.message, err.code);
      setCsrfToken(null);
      qc.setQueryData(ME_KEY, null);
      qc.removeQueries({ predicate: (q) => q.queryKey[0] !== 'me' });
    });
  }, [qc]);

  const signIn = useCallback(
    async (username: string, password: string) => {
      const res = await api<SessionAnswer>('/auth/login', { method: 'POST', body: { username, password }, noRedirectOn401: true });
      setCsrfToken(res.csrfToken);
      qc.removeQueries({ predicate: (q) => q.queryKey[0] !== 'me' });
      qc.setQueryData(ME_KEY, res.user);
      return res.user;
    },
    [qc],
  );

  const signOut = useCallback(async () => {
    try {
      await api('/auth/logout', { method: 'POST', noRedirectOn401: true });
    } finally {
      setCsrfToken(null);
      // Signed out first (the layout unmounts), then forget every cached answer. clear() would
      // also drop the 'me' query under its observer and leave the old user on screen.
      qc.setQueryData(ME_KEY, null);
      qc.removeQueries({ predicate: (q) => q.queryKey[0] !== 'me' });
    }
  }, [qc]);

  const refresh = useCallback(async () => {
    await qc.invalidateQueries({ queryKey: ME_KEY });
  }, [qc]);

  const value = useMemo<AuthValue>(() => ({ user: me.isError ? null : me.data, signIn, signOut, refresh }), [me.data, me.isError, signIn, signOut, refresh]);
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth(): AuthValue {
  const v = useContext(AuthContext);
  if (!v) throw new Error('useAuth outside AuthProvider');
  return v;
}

/** The signed-in user; only for components under the authenticated layout. */
export function useUser(): CurrentUser {
  const { user } = useAuth();
  if (!user) throw new Error('useUser without a signed-in user');
  return user;
}

export function can(user: CurrentUser | null | undefined, permission: Permission): boolean {
  return !!user?.permissions.includes(permission);
}

export function hasRole(user: CurrentUser | null | undefined, ...roles: Role[]): boolean {
  return !!user?.roles.some((r) => roles.includes(r));
}
