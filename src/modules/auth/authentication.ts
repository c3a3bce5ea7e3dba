import type { EntityManager } from '@mikro-orm/postgresql';
import { UnauthenticatedError } from '../../core/errors';
import { CredentialKind, PUBLIC_VIEWER, type Viewer } from '../../core/viewer';
import { ApiToken } from './api-token.entity';
import { hashSecret, secretsEqual } from './secrets';
import type { User } from './user.entity';
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

function viewerOf(user: User, kind: CredentialKind, id: string): Viewer {
  return { userId: user.id, label: user.displayName, role: user.role, partnerId: user.partner?.id ?? null, credential: { kind, id } };
}

/**
 * The bearer token wins over a session cookie (scripts may run in a signed-in browser). No
 * credentials at all is the public audience when public reads are on; credentials that were
 * presented but are not valid are always an error, never a silent fallback to the public.
 */
export async function authenticate(em: EntityManager, presented: PresentedCredentials, options: { publicReads: boolean }): Promise<Authentication | null> {
  if (presented.authorization) return { viewer: await authenticateBearer(em, presented.authorization), csrfVerified: true };
  if (presented.sessionSecret) return authenticateSession(em, presented.sessionSecret, presented.csrfToken ?? null);
  return options.publicReads ? { viewer: PUBLIC_VIEWER, csrfVerified: true } : null;
}

async function authenticateBearer(em: EntityManager, authorization: string): Promise<Viewer> {
  const match = /^Bearer\s+(\S+)$/i.exec(authorization.trim());
  if (!match) throw new UnauthenticatedError('Authorization must be "Bearer <token>"');
  const token = await em.findOne(ApiToken, { tokenHash: hashSecret(match[1]) }, { populate: ['user'] });
  if (!token) throw new UnauthenticatedError('Unknown token');
  const now = new Date();
  if (token.revokedAt) throw new UnauthenticatedError('This token was revoked');
  if (token.expiresAt && token.expiresAt <= now) throw new UnauthenticatedError('This token has expired');
  if (!token.user.active) throw new UnauthenticatedError('The user of this token is deactivated');
  if (!token.lastUsedAt || now.getTime() - token.lastUsedAt.getTime() >= LAST_USED_RESOLUTION_MS) {
    // Conditional, so that concurrent requests and other instances write it once a minute at most.
    await em.nativeUpdate(
      ApiToken,
      { id: token.id, $or: [{ lastUsedAt: null }, { lastUsedAt: { $lt: new Date(now.getTime() - LAST_USED_RESOLUTION_MS) } }] },
      { lastUsedAt: now },
    );
  }
  return viewerOf(token.user, CredentialKind.API_TOKEN, token.id);
}

async function authenticateSession(em: EntityManager, secret: string, csrfToken: string | null): Promise<Authentication> {
  const session = await em.findOne(UserSession, { tokenHash: hashSecret(secret) }, { populate: ['user'] });
  if (!session || session.revokedAt || session.expiresAt <= new Date() || !session.user.active) {
    throw new UnauthenticatedError('Your sign-in has ended; sign in again');
  }
  return {
    viewer: viewerOf(session.user, CredentialKind.SESSION, session.id),
    csrfVerified: csrfToken !== null && secretsEqual(csrfToken, session.csrfToken),
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
