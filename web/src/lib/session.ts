/**
 * Who is using the app. A pasted token lives in sessionStorage (gone when the tab closes); a
 * cookie session from the district sign-in (/auth/login) travels by itself with
 * `credentials: 'include'`. The role decides which views the shell offers; the API enforces it.
 */
export type Role = 'ADMIN' | 'BUDGET_STAFF' | 'LIAISON' | 'PARTNER' | 'VIEWER';

export interface Session {
  /** null: the public audience, or a cookie session. */
  token: string | null;
  role: Role | null;
  /** How the role was learned: the `me` query where the API has it, else capability probes. */
  via: 'me' | 'probe' | 'none';
}

const TOKEN_KEY = 'cbh.token';

export const GRAPHQL_URL = '/graphql';

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

interface RawResponse {
  data?: Record<string, unknown> | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: { code?: string } }[];
}

async function post(token: string | null, query: string): Promise<RawResponse> {
  const response = await fetch(GRAPHQL_URL, {
    method: 'POST',
    credentials: 'include',
    headers: { 'content-type': 'application/json', ...authorizationHeader(token) },
    body: JSON.stringify({ query }),
  });
  return (await response.json()) as RawResponse;
}

function codeAt(response: RawResponse, field: string): string | undefined {
  return response.errors?.find((error) => error.path?.[0] === field)?.extensions?.code;
}

/** No id the API could hold; the probes below must find nothing to change. */
const NO_SUCH_ID = '00000000-0000-0000-0000-000000000000';

export class SignInError extends Error {}

/**
 * The role of a token (or of the cookie session when token is null). Asks `me` first; an API
 * without it (sign-in being built) answers GRAPHQL_VALIDATION_FAILED, and the role is then read
 * from what the token may do: each probe names an id that does not exist, so an allowed probe
 * ends in NOT_FOUND and a refused one in FORBIDDEN, and nothing is written either way.
 */
export async function resolveSession(token: string | null): Promise<Session> {
  const me = await post(token, 'query SessionRole { me { role } }');
  const meRole = (me.data?.me as { role?: Role } | null | undefined)?.role;
  if (meRole) return { token, role: meRole, via: 'me' };
  const meCode = me.errors?.[0]?.extensions?.code;
  if (meCode !== 'GRAPHQL_VALIDATION_FAILED') {
    if (token) throw new SignInError(me.errors?.[0]?.message ?? 'The token was not accepted');
    return { token: null, role: null, via: 'none' };
  }
  if (!token) return { token: null, role: null, via: 'none' };

  const reads = await post(
    token,
    `query RoleProbe { sessions: engagementSessions(from: "2999-01-01T00:00:00Z") { id } audit: auditTrail(entity: "Request", id: "${NO_SUCH_ID}") { id } }`,
  );
  const readCode = codeAt(reads, 'sessions') ?? reads.errors?.[0]?.extensions?.code;
  if (readCode === 'UNAUTHENTICATED') throw new SignInError(reads.errors?.[0]?.message ?? 'The token was not accepted');
  if (codeAt(reads, 'sessions') === 'FORBIDDEN') return { token, role: 'PARTNER', via: 'probe' };
  if (codeAt(reads, 'audit') === 'FORBIDDEN') return { token, role: 'VIEWER', via: 'probe' };

  const [budget, liaison] = await Promise.all([
    post(token, `mutation BudgetProbe { adoptScenario(id: "${NO_SUCH_ID}") { id } }`),
    post(token, `mutation LiaisonProbe { updateEngagementSession(input: { id: "${NO_SUCH_ID}", version: 1 }) { id } }`),
  ]);
  const mayBudget = codeAt(budget, 'adoptScenario') !== 'FORBIDDEN';
  const mayLiaise = codeAt(liaison, 'updateEngagementSession') !== 'FORBIDDEN';
  const role: Role = mayBudget && mayLiaise ? 'ADMIN' : mayBudget ? 'BUDGET_STAFF' : 'LIAISON';
  return { token, role, via: 'probe' };
}
