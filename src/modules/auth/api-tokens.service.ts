import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { BadUserInputError, ForbiddenError, NotFoundError, UnauthenticatedError } from '../../core/errors';
import type { HubContext } from '../../core/context';
import { Topic } from '../../core/pubsub';
import { runWrite } from '../../core/unit-of-work';
import { CredentialKind, Role, type Viewer } from '../../core/viewer';
import { requireViewer } from '../../core/authorization';
import { ApiToken } from './api-token.entity';
import type { IssueApiTokenInput } from './auth.inputs';
import type { IssuedApiToken } from './auth.types';
import { generateSecret, hashSecret } from './secrets';
import { User } from './user.entity';

/** A user manages its own tokens; ADMIN manages everyone's. */
function assertMayManageTokensOf(viewer: Viewer, userId: string): void {
  if (viewer.role === Role.ADMIN) return;
  if (viewer.credential.kind === CredentialKind.PUBLIC) throw new UnauthenticatedError('Sign in to manage API tokens');
  if (viewer.userId !== userId) throw new ForbiddenError('You may manage only your own API tokens');
}

function tokenAudit(token: ApiToken): Record<string, unknown> {
  return { name: token.name, userId: token.user.id, expiresAt: token.expiresAt?.toISOString() ?? null, revokedAt: token.revokedAt?.toISOString() ?? null };
}

/**
 * Makes a token for a user and returns its secret, the only time it is seen; only the hash is
 * kept. `secret` is for the demo district's well-known tokens only.
 */
export function createApiToken(em: EntityManager, input: { user: User; name: string; expiresAt?: Date | null; secret?: string }): { secret: string; apiToken: ApiToken } {
  const secret = input.secret ?? generateSecret('cbh');
  const apiToken = em.create(ApiToken, { tokenHash: hashSecret(secret), name: input.name, user: input.user, expiresAt: input.expiresAt ?? null });
  return { secret, apiToken };
}

export class ApiTokensService {
  constructor(private readonly context: HubContext) {}

  async apiTokens(userId: string): Promise<ApiToken[]> {
    assertMayManageTokensOf(requireViewer(this.context), userId);
    return this.context.em.find(ApiToken, { user: userId }, { orderBy: { createdAt: 'desc', id: 'asc' } });
  }

  issueApiToken(input: IssueApiTokenInput): Promise<IssuedApiToken> {
    return runWrite(this.context, async ({ em, viewer, audit }) => {
      assertMayManageTokensOf(viewer, input.userId);
      const user = await em.findOne(User, input.userId);
      if (!user) throw new NotFoundError('User', input.userId);
      if (!user.active) throw new BadUserInputError('The user is deactivated; reactivate it before issuing tokens', { field: 'userId' });
      if (input.expiresAt && input.expiresAt.getTime() <= Date.now()) throw new BadUserInputError('expiresAt must be in the future', { field: 'expiresAt' });
      const { secret, apiToken } = createApiToken(em, { user, name: input.name.trim(), expiresAt: input.expiresAt });
      await em.flush();
      audit({ action: 'issueApiToken', entityType: 'ApiToken', entityId: apiToken.id, after: tokenAudit(apiToken) });
      return { token: secret, apiToken };
    });
  }

  /** Idempotent: revoking a revoked token changes nothing and records nothing. */
  revokeApiToken(id: string): Promise<ApiToken> {
    return runWrite(this.context, async ({ em, viewer, audit, publish }) => {
      // Locked, so two revocations racing each other record one revocation.
      const apiToken = await em.findOne(ApiToken, id, { lockMode: LockMode.PESSIMISTIC_WRITE });
      if (!apiToken) throw new NotFoundError('ApiToken', id);
      assertMayManageTokensOf(viewer, apiToken.user.id);
      if (apiToken.revokedAt) return apiToken;
      const before = tokenAudit(apiToken);
      apiToken.revokedAt = new Date();
      await em.flush();
      audit({ action: 'revokeApiToken', entityType: 'ApiToken', entityId: apiToken.id, before, after: tokenAudit(apiToken) });
      publish({ topic: Topic.CREDENTIALS_REVOKED, payload: { userId: null, apiTokenIds: [apiToken.id], sessionIds: [], occurredAt: apiToken.revokedAt.toISOString() } });
      return apiToken;
    });
  }
}

/**
 * A user with one token, unflushed and unaudited: the demo seed, tests and benchmarks arrange
 * their callers with it (the user:create command audits its own use).
 */
export function createUserWithToken(
  em: EntityManager,
  input: { email: string; displayName: string; role: Role; partnerId?: string | null; tokenName: string; secret?: string },
): { user: User; secret: string; apiToken: ApiToken } {
  const user = em.create(User, { email: input.email.trim().toLowerCase(), displayName: input.displayName, role: input.role, partner: input.partnerId ?? null });
  return { user, ...createApiToken(em, { user, name: input.tokenName, secret: input.secret }) };
}
