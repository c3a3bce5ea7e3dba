import type http from 'node:http';
import { generators, Issuer, errors as oidcErrors, type BaseClient } from 'openid-client';
import { parseCookie, stringifySetCookie, type SerializeOptions } from 'cookie';
import { createSystemContext, type ContextDependencies } from '../core/context';
import type { Role } from '../core/viewer';
import { authenticate } from '../modules/auth/authentication';
import { SessionsService, SignInRefusedError } from '../modules/auth/sessions.service';
import { readBody } from './http';
import { CSRF_HEADER, SESSION_COOKIE, credentialsOf } from './context';

type RouteHandler = (request: http.IncomingMessage, response: http.ServerResponse) => Promise<void>;

/** Readable by the web app's scripts (unlike the session cookie), which echo it in the X-CSRF-Token header. */
export const CSRF_COOKIE = 'cbh_csrf';
/** State, nonce and PKCE verifier of a sign-in under way, between /auth/login and /auth/callback. */
const PENDING_SIGN_IN_COOKIE = 'cbh_oidc';
const PENDING_SIGN_IN_SECONDS = 600;

interface PendingSignIn {
  state: string;
  nonce: string;
  codeVerifier: string;
  returnTo: string;
}

/** Only a path of this site: never an open redirect to another one. */
function safeReturnTo(value: string | null): string {
  return value && value.startsWith('/') && !value.startsWith('//') && !value.startsWith('/\\') ? value : '/';
}

function plain(response: http.ServerResponse, status: number, message: string): void {
  response.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' }).end(message);
}

/**
 * Sign-in with the district's OpenID Connect provider (authorization code flow with PKCE):
 * /auth/login sends the browser there, /auth/callback turns the verified email into a session
 * cookie, /auth/logout (POST with the CSRF token) ends it. Without OIDC_ISSUER the routes say so.
 */
export function authRoutes(deps: ContextDependencies): [string, RouteHandler][] {
  const { config } = deps;
  if (!config.OIDC_ISSUER || !config.OIDC_CLIENT_ID || !config.OIDC_CLIENT_SECRET || !config.PUBLIC_URL) {
    const notConfigured: RouteHandler = async (_request, response) => plain(response, 404, 'Sign-in with an identity provider is not configured (OIDC_ISSUER)');
    return [
      ['/auth/login', notConfigured],
      ['/auth/callback', notConfigured],
      ['/auth/logout', notConfigured],
    ];
  }
  const publicUrl = config.PUBLIC_URL;
  const redirectUri = new URL('/auth/callback', publicUrl).toString();
  const cookieDefaults: SerializeOptions = { httpOnly: true, sameSite: 'lax', secure: new URL(publicUrl).protocol === 'https:', path: '/' };
  const client = lazyClient(config.OIDC_ISSUER, { client_id: config.OIDC_CLIENT_ID, client_secret: config.OIDC_CLIENT_SECRET, redirect_uris: [redirectUri], response_types: ['code'] });
  const policy = {
    allowedDomains: config.OIDC_ALLOWED_DOMAINS,
    defaultRole: config.OIDC_DEFAULT_ROLE as Role,
    sessionTtlMs: config.SESSION_TTL_HOURS * 3_600_000,
  };
  const sessions = () => new SessionsService(createSystemContext(deps, 'sign-in'));
  const endSessionCookies = [
    stringifySetCookie(SESSION_COOKIE, '', { ...cookieDefaults, maxAge: 0 }),
    stringifySetCookie(CSRF_COOKIE, '', { ...cookieDefaults, httpOnly: false, maxAge: 0 }),
  ];

  const login: RouteHandler = async (request, response) => {
    const oidc = await client.get(response);
    if (!oidc) return;
    const pending: PendingSignIn = {
      state: generators.state(),
      nonce: generators.nonce(),
      codeVerifier: generators.codeVerifier(),
      returnTo: safeReturnTo(new URL(request.url ?? '/', 'http://localhost').searchParams.get('returnTo')),
    };
    const location = oidc.authorizationUrl({
      scope: 'openid email profile',
      state: pending.state,
      nonce: pending.nonce,
      code_challenge: generators.codeChallenge(pending.codeVerifier),
      code_challenge_method: 'S256',
    });
    response
      .writeHead(302, {
        location,
        'cache-control': 'no-store',
        'set-cookie': stringifySetCookie(PENDING_SIGN_IN_COOKIE, Buffer.from(JSON.stringify(pending)).toString('base64url'), {
          ...cookieDefaults,
          path: '/auth',
          maxAge: PENDING_SIGN_IN_SECONDS,
        }),
      })
      .end();
  };

  const callback: RouteHandler = async (request, response) => {
    const cookies = parseCookie(request.headers.cookie ?? '');
    const pending = readPending(cookies[PENDING_SIGN_IN_COOKIE]);
    if (!pending) return plain(response, 400, 'This sign-in took too long or the browser refused its cookie; start again at /auth/login');
    const oidc = await client.get(response);
    if (!oidc) return;
    const params = oidc.callbackParams(request);
    if (params.error) return plain(response, 403, `The identity provider did not sign you in: ${params.error_description ?? params.error}`);
    let email: string | undefined;
    let name: string | null = null;
    try {
      const tokens = await oidc.callback(redirectUri, params, { state: pending.state, nonce: pending.nonce, code_verifier: pending.codeVerifier });
      const claims = tokens.claims();
      if (claims.email_verified === true && typeof claims.email === 'string') email = claims.email;
      name = typeof claims.name === 'string' ? claims.name : null;
    } catch (error) {
      if (error instanceof oidcErrors.OPError || error instanceof oidcErrors.RPError) return plain(response, 400, `Sign-in failed: ${error.message}; start again at /auth/login`);
      throw error;
    }
    if (!email) return plain(response, 403, 'The identity provider did not vouch for a verified email address, which this hub signs people in by');
    try {
      const session = await sessions().signIn({ email, name }, cookies[SESSION_COOKIE] ?? null, policy);
      const maxAge = Math.floor((session.expiresAt.getTime() - Date.now()) / 1000);
      response
        .writeHead(303, {
          location: pending.returnTo,
          'cache-control': 'no-store',
          'set-cookie': [
            stringifySetCookie(SESSION_COOKIE, session.secret, { ...cookieDefaults, maxAge }),
            stringifySetCookie(CSRF_COOKIE, session.csrfToken, { ...cookieDefaults, httpOnly: false, maxAge }),
            stringifySetCookie(PENDING_SIGN_IN_COOKIE, '', { ...cookieDefaults, path: '/auth', maxAge: 0 }),
          ],
        })
        .end();
    } catch (error) {
      if (error instanceof SignInRefusedError) return plain(response, 403, error.message);
      throw error;
    }
  };

  const logout: RouteHandler = async (request, response) => {
    if (request.method !== 'POST') return void response.writeHead(405, { allow: 'POST', 'content-type': 'text/plain' }).end('Sign out with a POST carrying the CSRF token');
    const credentials = credentialsOf(request.headers);
    if (credentials.sessionSecret) {
      // A plain HTML form cannot set headers, so the token may also come as the form field csrfToken.
      const csrfToken = credentials.csrfToken ?? new URLSearchParams(await readBody(request, 4096)).get('csrfToken');
      const authentication = await authenticate(deps.rootEm.fork(), { sessionSecret: credentials.sessionSecret, csrfToken }, { publicReads: false }).catch(() => null);
      if (authentication && !authentication.csrfVerified) return plain(response, 403, `Sign-out needs the session's CSRF token (${CSRF_HEADER} header or csrfToken field)`);
      if (authentication) await sessions().signOut(credentials.sessionSecret);
    }
    response.writeHead(303, { location: '/', 'cache-control': 'no-store', 'set-cookie': endSessionCookies }).end();
  };

  return [
    ['/auth/login', login],
    ['/auth/callback', callback],
    ['/auth/logout', logout],
  ];
}

function readPending(value: string | undefined): PendingSignIn | null {
  if (!value) return null;
  try {
    const pending = JSON.parse(Buffer.from(value, 'base64url').toString('utf8')) as Partial<PendingSignIn>;
    if (!pending.state || !pending.nonce || !pending.codeVerifier) return null;
    return { state: pending.state, nonce: pending.nonce, codeVerifier: pending.codeVerifier, returnTo: safeReturnTo(pending.returnTo ?? null) };
  } catch {
    return null;
  }
}

/**
 * The provider's configuration is discovered at the first sign-in, not at start: a hub whose
 * identity provider is briefly unreachable still serves everything else, and retries later.
 */
function lazyClient(issuerUrl: string, metadata: ConstructorParameters<Issuer<BaseClient>['Client']>[0]) {
  let client: Promise<BaseClient> | null = null;
  return {
    async get(response: http.ServerResponse): Promise<BaseClient | null> {
      client ??= Issuer.discover(issuerUrl).then((issuer) => new issuer.Client(metadata));
      try {
        return await client;
      } catch {
        client = null;
        plain(response, 503, `The identity provider at ${issuerUrl} cannot be reached; try again shortly`);
        return null;
      }
    },
  };
}

