import type { EntityManager } from '@mikro-orm/postgresql';
import { LockMode } from '@mikro-orm/core';
import { BadUserInputError, ConflictError, NotFoundError } from '../../core/errors';
import type { HubContext } from '../../core/context';
import { Topic } from '../../core/pubsub';
import { runWrite, type WriteScope } from '../../core/unit-of-work';
import { Role } from '../../core/viewer';
import { Partner } from '../partners/partner.entity';
import { assertVersion, snapshot } from '../shared/snapshot';
import { ApiToken } from './api-token.entity';
import type { CreateUserInput, UpdateUserInput } from './auth.inputs';
import type { IssuedApiToken } from './auth.types';
import { createApiToken } from './api-tokens.service';
import { User } from './user.entity';
import { UserSession } from './user-session.entity';

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

/** A PARTNER user acts for exactly one partner; nobody else is tied to one. */
async function partnerForRole(em: EntityManager, role: Role, partnerId: string | null | undefined): Promise<Partner | null> {
  if (role !== Role.PARTNER) {
    if (partnerId) throw new BadUserInputError(`Only PARTNER users belong to a partner; a ${role} user takes no partnerId`, { field: 'partnerId' });
    return null;
  }
  if (!partnerId) throw new BadUserInputError('A PARTNER user needs the partnerId of the partner it acts for', { field: 'partnerId' });
  const partner = await em.findOne(Partner, partnerId);
  if (!partner) throw new NotFoundError('Partner', partnerId);
  return partner;
}

/**
 * Ends every way a user gets in: its tokens and sessions are revoked in the caller's transaction,
 * and once that commits every API instance closes the user's live connections.
 */
export async function revokeEverythingOf(scope: Pick<WriteScope, 'em' | 'publish'>, user: User, now = new Date()): Promise<void> {
  const { em, publish } = scope;
  const tokens = await em.find(ApiToken, { user, revokedAt: null }, { fields: ['id'] });
  const sessions = await em.find(UserSession, { user, revokedAt: null }, { fields: ['id'] });
  await em.nativeUpdate(ApiToken, { user, revokedAt: null }, { revokedAt: now });
  await em.nativeUpdate(UserSession, { user, revokedAt: null }, { revokedAt: now });
  publish({
    topic: Topic.CREDENTIALS_REVOKED,
    payload: { userId: user.id, apiTokenIds: tokens.map((token) => token.id), sessionIds: sessions.map((session) => session.id), occurredAt: now.toISOString() },
  });
}

export class UsersService {
  constructor(private readonly context: HubContext) {}

  users(): Promise<User[]> {
    return this.context.em.find(User, {}, { orderBy: { email: 'asc' } });
  }

  createUser(input: CreateUserInput): Promise<User> {
    return runWrite(this.context, (scope) => this.insertUser(scope, input));
  }

  /** A user and its first token in one transaction (the first administrator of a deployment). */
  createUserWithToken(input: CreateUserInput, token: { name: string; expiresAt: Date | null }): Promise<IssuedApiToken & { user: User }> {
    return runWrite(this.context, async (scope) => {
      const user = await this.insertUser(scope, input);
      const { secret, apiToken } = createApiToken(scope.em, { user, name: token.name, expiresAt: token.expiresAt });
      await scope.em.flush();
      scope.audit({ action: 'issueApiToken', entityType: 'ApiToken', entityId: apiToken.id, after: { name: apiToken.name, userId: user.id, expiresAt: apiToken.expiresAt?.toISOString() ?? null } });
      return { user, token: secret, apiToken };
    });
  }

  private async insertUser({ em, audit }: WriteScope, input: CreateUserInput): Promise<User> {
    const email = normaliseEmail(input.email);
    if (await em.count(User, { email })) throw new ConflictError(`A user with the email ${email} already exists`, { email });
    const partner = await partnerForRole(em, input.role, input.partnerId);
    const user = em.create(User, { email, displayName: input.displayName.trim(), role: input.role, partner });
    await em.flush();
    audit({ action: 'createUser', entityType: 'User', entityId: user.id, after: snapshot(user) });
    return user;
  }

  updateUser(input: UpdateUserInput): Promise<User> {
    return runWrite(this.context, async (scope) => {
      const { em, audit } = scope;
      const user = await em.findOne(User, input.id);
      if (!user) throw new NotFoundError('User', input.id);
      assertVersion(user, input.version, 'User');
      const before = snapshot(user);
      const role = input.role ?? user.role;
      const partnerId = input.partnerId !== undefined ? input.partnerId : role === Role.PARTNER ? user.partner?.id : null;
      const active = input.active ?? user.active;
      if (user.role === Role.ADMIN && user.active && (role !== Role.ADMIN || !active)) await this.keepAnAdministrator(em, user);
      const partner = await partnerForRole(em, role, partnerId);
      const accessChanged = role !== user.role || partner?.id !== user.partner?.id;
      const deactivated = user.active && !active;
      em.assign(user, { role, partner, active, ...(input.displayName ? { displayName: input.displayName.trim() } : {}) });
      await em.flush();
      if (deactivated) await revokeEverythingOf(scope, user);
      else if (accessChanged) {
        // Live subscriptions were authorised for the old role; they reconnect to be authorised again.
        scope.publish({ topic: Topic.CREDENTIALS_REVOKED, payload: { userId: user.id, apiTokenIds: [], sessionIds: [], occurredAt: new Date().toISOString() } });
      }
      audit({ action: 'updateUser', entityType: 'User', entityId: user.id, before, after: snapshot(user) });
      return user;
    });
  }

  /** Nobody can lock the district out of its own hub by demoting or deactivating the last administrator. */
  private async keepAnAdministrator(em: EntityManager, leaving: User): Promise<void> {
    // Locked, so two administrators demoting each other at the same moment cannot both succeed.
    const admins = await em.find(User, { role: Role.ADMIN, active: true }, { lockMode: LockMode.PESSIMISTIC_WRITE, orderBy: { id: 'asc' } });
    if (!admins.some((admin) => admin.id !== leaving.id)) {
      throw new BadUserInputError('This is the last active ADMIN; make another user ADMIN first');
    }
  }
}
