import { createHash, randomBytes } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { UnauthenticatedError } from '../../core/errors';
import { ApiToken } from './api-token.entity';
import type { Role, Viewer } from '../../core/viewer';

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export function generateToken(): string {
  return `cbh_${randomBytes(24).toString('base64url')}`;
}

/** Reads "Bearer <token>"; no header means an anonymous caller, a bad token is an error. */
export async function authenticate(em: EntityManager, authorization: string | undefined | null): Promise<Viewer | null> {
  if (!authorization) return null;
  const match = /^Bearer\s+(\S+)$/i.exec(authorization.trim());
  if (!match) throw new UnauthenticatedError('Authorization must be "Bearer <token>"');
  const token = await em.findOne(ApiToken, { tokenHash: hashToken(match[1]), revokedAt: null });
  if (!token) throw new UnauthenticatedError('Unknown or revoked token');
  return { tokenId: token.id, label: token.label, role: token.role, partnerId: token.partner?.id ?? null };
}

/** Creates a token and returns its secret once; only the hash is kept. */
export function issueToken(em: EntityManager, input: { label: string; role: Role; partnerId?: string | null; secret?: string }): string {
  const secret = input.secret ?? generateToken();
  em.create(ApiToken, {
    tokenHash: hashToken(secret),
    label: input.label,
    role: input.role,
    partner: input.partnerId ?? null,
  });
  return secret;
}
