import type { IncomingHttpHeaders } from 'node:http';
import { parseCookie } from 'cookie';
import type { ContextDependencies, HubContext } from '../core/context';
import { UnauthenticatedError } from '../core/errors';
import { authenticate, type Authentication, type PresentedCredentials } from '../modules/auth/authentication';

/** The browser session's cookie; HttpOnly, so page scripts never see it. */
export const SESSION_COOKIE = 'cbh_session';
/** Header in which the web app sends the session's CSRF token with a mutation. */
export const CSRF_HEADER = 'x-csrf-token';

function single(value: string | string[] | undefined): string | null {
  return (Array.isArray(value) ? value[0] : value) ?? null;
}

/** The credentials of an HTTP request (or of a WebSocket's upgrade request). */
export function credentialsOf(headers: IncomingHttpHeaders): PresentedCredentials {
  const cookies = headers.cookie ? parseCookie(headers.cookie) : {};
  return { authorization: single(headers.authorization), sessionSecret: cookies[SESSION_COOKIE] ?? null, csrfToken: single(headers[CSRF_HEADER]) };
}

/** Authenticates the bearer token or session cookie (or none: the public) and forks a fresh identity map for one operation. */
export async function createContext(deps: ContextDependencies, credentials: PresentedCredentials): Promise<HubContext> {
  const em = deps.rootEm.fork();
  let authentication: Authentication | null = null;
  let authFailure: string | null = null;
  try {
    authentication = await authenticate(em, credentials, { publicReads: deps.config.PUBLIC_READS === 'true', cache: deps.credentialCache });
  } catch (error) {
    if (!(error instanceof UnauthenticatedError)) throw error;
    authFailure = error.message;
  }
  return {
    viewer: authentication?.viewer ?? null,
    authFailure,
    csrfVerified: authentication?.csrfVerified ?? false,
    em,
    pubSub: deps.pubSub,
    config: deps.config,
    scenarioJobs: deps.scenarioJobs ?? null,
  };
}
