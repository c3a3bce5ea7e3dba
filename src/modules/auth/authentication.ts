import type { EntityManager } from '@mikro-orm/postgresql';
import { UnauthenticatedError } from '../../core/errors';
import type { CredentialCache } from '../../core/credential-cache';
import { CredentialKind, PUBLIC_VIEWER, type Role, type Viewer } from '../../core/viewer';
import { ApiToken } from './api-token.entity';
import { hashSecret, secretsEqual } from './secrets';
import { UserSession } from './user-session.entity';

/** What a request presented: the Authorization header, the session cookie's secret, the CSRF header. */
export interface PresentedCredentials {
  authorization?: string | null;
  sessionSecret?: string | null;
  csrfToken?: string | null;
}

export interface Authentication {
  viewer: Viewer;
  /** A session request carried its CSRF token (always true for bearer tokens and the public). */
  csrfVerified: boolean;
}

/** `lastUsedAt` is kept to the minute, so a busy token costs one write a minute, not one per request. */
const LAST_USED_RESOLUTION_MS = 60_000;

/** What authentication reads of a credential and its user, by one statement without the ORM (every request pays it); times compared by PostgreSQL's clock. */
interface CredentialRow {
  id: string;
  revoked: boolean;
  expired: boolean;
  user_id: string;
  display_name: string;
  role: Role;
  partner_id: string | null;
  active: boolean;
  /** Milliseconds until the credential expires, by PostgreSQL's clock; null when it never does. */
  expires_in_ms: number | null;
}

/** Frozen: a cached viewer serves many requests, so none of them may change it. */
function viewerOf(row: CredentialRow, kind: CredentialKind): Viewer {
  return Object.freeze({ userId: row.user_id, label: row.display_name, role: row.role, partnerId: row.partner_id, credential: Object.freeze({ kind, id: row.id }) });
}

async function findCredential<Extra extends object>(em: EntityManager, table: 'api_token' | 'user_session', extraColumns: string, secretHash: string): Promise<(CredentialRow & Extra) | null> {
  const [row] = await em.getConnection().execute<(CredentialRow & Extra)[]>(
    `select credential.id, credential.revoked_at is not null as revoked, coalesce(credential.expires_at <= now(), false) as expired, ${extraColumns},
            (extract(epoch from credential.expires_at - now()) * 1000)::float8 as expires_in_ms,
            member.id as user_id, member.display_name, member.role, member.partner_id, member.active
       from ${table} credential join "user" member on member.id = credential.user_id
      where credential.token_hash = ?`,
    [secretHash],
  );
  return row ?? null;
}

function expiresAt(row: CredentialRow): number | null {
  return row.expires_in_ms === null ? null : Date.now() + row.expires_in_ms;
}

export interface AuthenticationOptions {
  publicReads: boolean;
  /** Credentials found good recently; without it every request reads its credential. */
  cache?: CredentialCache;
}

/**
 * The bearer token wins over a session cookie (scripts may run in a signed-in browser). No
 * credentials at all is the public audience when public reads are on; credentials that were
 * presented but are not valid are always an error, never a silent fallback to the public.
 */
export async function authenticate(em: EntityManager, presented: PresentedCredentials, options: AuthenticationOptions): Promise<Authentication | null> {
  if (presented.authorization) return { viewer: await authenticateBearer(em, presented.authorization, options.cache), csrfVerified: true };
  if (presented.sessionSecret) return authenticateSession(em, presented.sessionSecret, presented.csrfToken ?? null, options.cache);
  return options.publicReads ? { viewer: PUBLIC_VIEWER, csrfVerified: true } : null;
}

async function authenticateBearer(em: EntityManager, authorization: string, cache: CredentialCache | undefined): Promise<Viewer> {
  const match = /^Bearer\s+(\S+)$/i.exec(authorization.trim());
  if (!match) throw new UnauthenticatedError('Authorization must be "Bearer <token>"');
  const secretHash = hashSecret(match[1]);
  const cached = cache?.get(secretHash);
  if (cached) return cached.viewer;
  const generation = cache?.beginLookup() ?? 0;
  const token = await findCredential<{ stale_last_used: boolean }>(
    em,
    'api_token',
    `(credential.last_used_at is null or credential.last_used_at < now() - interval '${LAST_USED_RESOLUTION_MS} milliseconds') as stale_last_used`,
    secretHash,
  );
  if (!token) throw new UnauthenticatedError('Unknown token');
  if (token.revoked) throw new UnauthenticatedError('This token was revoked');
  if (token.expired) throw new UnauthenticatedError('This token has expired');
  if (!token.active) throw new UnauthenticatedError('The user of this token is deactivated');
  if (token.stale_last_used) {
    // Conditional, so that concurrent requests and other instances write it once a minute at most.
    await em.execute(`update api_token set last_used_at = now() where id = ? and (last_used_at is null or last_used_at < now() - interval '${LAST_USED_RESOLUTION_MS} milliseconds')`, [token.id]);
  }
  const viewer = viewerOf(token, CredentialKind.API_TOKEN);
  cache?.set(secretHash, { viewer, csrfToken: null, expiresAt: expiresAt(token) }, generation);
  return viewer;
}

async function authenticateSession(em: EntityManager, secret: string, csrfToken: string | null, cache: CredentialCache | undefined): Promise<Authentication> {
  const secretHash = hashSecret(secret);
  let found = cache?.get(secretHash);
  if (!found) {
    const generation = cache?.beginLookup() ?? 0;
    const session = await findCredential<{ csrf_token: string }>(em, 'user_session', 'credential.csrf_token', secretHash);
    if (!session || session.revoked || session.expired || !session.active) {
      throw new UnauthenticatedError('Your sign-in has ended; sign in again');
    }
    found = { viewer: viewerOf(session, CredentialKind.SESSION), csrfToken: session.csrf_token, expiresAt: expiresAt(session) };
    cache?.set(secretHash, found, generation);
  }
  return {
    viewer: found.viewer,
    csrfVerified: csrfToken !== null && secretsEqual(csrfToken, found.csrfToken!),
  };
}

export interface CredentialRef {
  kind: CredentialKind.API_TOKEN | CredentialKind.SESSION;
  id: string;
}

/**
 * Which of these credentials are still good (not revoked, not expired, user active): two
 * statements for every open connection of an instance, however many there are.
 */
export async function stillValidCredentials(em: EntityManager, credentials: CredentialRef[]): Promise<Set<string>> {
  const idsOf = (kind: CredentialKind) => [...new Set(credentials.filter((credential) => credential.kind === kind).map((credential) => credential.id))];
  const tokenIds = idsOf(CredentialKind.API_TOKEN);
  const sessionIds = idsOf(CredentialKind.SESSION);
  const now = new Date();
  const [tokens, sessions] = await Promise.all([
    tokenIds.length === 0
      ? []
      : em.find(ApiToken, { id: { $in: tokenIds }, revokedAt: null, $or: [{ expiresAt: null }, { expiresAt: { $gt: now } }], user: { active: true } }, { fields: ['id'] }),
    sessionIds.length === 0 ? [] : em.find(UserSession, { id: { $in: sessionIds }, revokedAt: null, expiresAt: { $gt: now }, user: { active: true } }, { fields: ['id'] }),
  ]);
  return new Set([...tokens, ...sessions].map((row) => row.id));
}
