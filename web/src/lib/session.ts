/**
 * Who is using the app. A pasted token lives in sessionStorage (gone when the tab closes); a
 * cookie session from the district sign-in (/auth/login) travels by itself with
 * `credentials: 'include'`. The role decides which views the shell offers; the API enforces it.
 */
export type Role = 'ADMIN' | 'BUDGET_STAFF' | 'LIAISON' | 'PARTNER' | 'VIEWER';

export interface Session {
  /** null: the public audience, or a cookie session. */
  token: string | null;
  /** null: not signed in (the public audience reads the public page without a role). */
  role: Role | null;
  /** A cookie session's CSRF token; the API wants it with every mutation made with the cookie. */
  csrfToken: string | null;
}

export const PUBLIC_SESSION: Session = { token: null, role: null, csrfToken: null };

const TOKEN_KEY = 'cbh.token';

export const GRAPHQL_URL = '/graphql';

/** Header in which a cookie session's CSRF token goes with a mutation. */
const CSRF_HEADER = 'x-csrf-token';

export function storedToken(): string | null {
  return window.sessionStorage.getItem(TOKEN_KEY);
}

export function storeToken(token: string | null): void {
  if (token) window.sessionStorage.setItem(TOKEN_KEY, token);
  else window.sessionStorage.removeItem(TOKEN_KEY);
}

export function authorizationHeader(token: string | null): Record<string, string> {
  return token ? { authorization: `Bearer ${token}` } : {};
}

/** Headers every HTTP operation of a session carries. */
export function sessionHeaders(session: Pick<Session, 'token' | 'csrfToken'>): Record<string, string> {
  return { ...authorizationHeader(session.token), ...(session.csrfToken ? { [CSRF_HEADER]: session.csrfToken } : {}) };
}

interface MeResponse {
  data?: { me?: { role: Role; credential: 'API_TOKEN' | 'PUBLIC' | 'SESSION' | 'SYSTEM'; session: { csrfToken: string } | null } | null } | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

export class SignInError extends Error {}

/**
 * The session of a token (or of the cookie session when token is null), from the API's `me`.
 * The public audience (no credentials) is not signed in: it gets no role. A token the API
 * refuses is a SignInError; there is no silent fallback to the public.
 */
export async function resolveSession(token: string | null): Promise<Session> {
  const response = await fetch(GRAPHQL_URL, {
    method: 'POST',
    credentials: 'include',
    headers: { 'content-type': 'application/json', ...authorizationHeader(token) },
    body: JSON.stringify({ query: 'query SessionRole { me { role credential session { csrfToken } } }' }),
  });
  const body = (await response.json()) as MeResponse;
  const me = body.data?.me;
  if (!me) throw new SignInError(body.errors?.[0]?.message ?? 'The token was not accepted');
  if (me.credential === 'PUBLIC') return PUBLIC_SESSION;
  return { token, role: me.role, csrfToken: me.session?.csrfToken ?? null };
}
