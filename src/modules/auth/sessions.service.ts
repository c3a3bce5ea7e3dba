import { randomUUID } from 'node:crypto';
import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { ForbiddenError } from '../../core/errors';
import type { HubContext } from '../../core/context';
import { Topic } from '../../core/pubsub';
import { runWrite } from '../../core/unit-of-work';
import { CredentialKind, Role } from '../../core/viewer';
import { generateSecret, hashSecret } from './secrets';
import { User } from './user.entity';
import { UserSession } from './user-session.entity';
import { normaliseEmail } from './users.service';

/** What the identity provider vouched for. */
export interface VerifiedIdentity {
  email: string;
  name: string | null;
}

export interface SignInPolicy {
  /** Domains whose people get an account at first sign-in. */
  allowedDomains: string[];
  defaultRole: Role;
  sessionTtlMs: number;
}

export interface NewSession {
  /** The cookie value; only its hash is stored. */
  secret: string;
  csrfToken: string;
  expiresAt: Date;
}

/** Refused sign-ins say why in words the person can act on. */
export class SignInRefusedError extends ForbiddenError {}

/**
 * Browser sign-in: the district's identity provider has verified an email address; this turns it
 * into a hub session for the user with that address.
 */
export class SessionsService {
  /** `context` carries the dependencies only; sign-in acts as the user who signs in. */
  constructor(private readonly context: HubContext) {}

  /**
   * Starts a new session (the one the browser presented, if any, ends: sessions are rotated at
   * every sign-in, so a cookie planted before sign-in is worth nothing after it).
   */
  async signIn(identity: VerifiedIdentity, previousSessionSecret: string | null, policy: SignInPolicy): Promise<NewSession> {
    const email = normaliseEmail(identity.email);
    const existing = await this.context.em.findOne(User, { email });
    const domain = email.split('@')[1] ?? '';
    if (!existing && !policy.allowedDomains.includes(domain)) {
      throw new SignInRefusedError(`${email} has no account in this hub; ask a district administrator to add you`);
    }
    if (existing && !existing.active) throw new SignInRefusedError(`The account ${email} is deactivated`);
    const newcomer = { id: randomUUID(), email, displayName: identity.name?.trim() || email, role: policy.defaultRole, partner: null };
    const user = existing ?? newcomer;
    const secret = generateSecret('cbhs');
    const session: NewSession = { secret, csrfToken: generateSecret('csrf'), expiresAt: new Date(Date.now() + policy.sessionTtlMs) };
    const actor: HubContext = {
      ...this.context,
      viewer: { userId: user.id, label: user.displayName, role: user.role, partnerId: existing?.partner?.id ?? null, credential: { kind: CredentialKind.SESSION, id: null } },
      csrfVerified: true,
    };
    await runWrite(actor, async ({ em, audit, publish }) => {
      // Read again inside the transaction: an administrator may have deactivated the user meanwhile.
      const signingIn = existing ? await em.findOneOrFail(User, existing.id, { lockMode: LockMode.PESSIMISTIC_WRITE }) : em.create(User, newcomer);
      if (!signingIn.active) throw new SignInRefusedError(`The account ${email} is deactivated`);
      if (!existing) {
        audit({ action: 'createUser', entityType: 'User', entityId: newcomer.id, after: { ...newcomer, reason: `first sign-in from the allowed domain ${domain}` } });
      }
      const ended = previousSessionSecret ? await this.endSession(em, previousSessionSecret) : null;
      if (ended) publish({ topic: Topic.CREDENTIALS_REVOKED, payload: { userId: null, apiTokenIds: [], sessionIds: [ended.id], occurredAt: new Date().toISOString() } });
      signingIn.lastSignInAt = new Date();
      const row = em.create(UserSession, { tokenHash: hashSecret(secret), user: signingIn, csrfToken: session.csrfToken, expiresAt: session.expiresAt });
      await em.flush();
      audit({ action: 'signIn', entityType: 'User', entityId: signingIn.id, after: { sessionId: row.id, expiresAt: session.expiresAt.toISOString() } });
    });
    return session;
  }

  /** Sign-out: the session ends here and on every live connection it opened. */
  async signOut(sessionSecret: string): Promise<void> {
    const session = await this.context.em.findOne(UserSession, { tokenHash: hashSecret(sessionSecret), revokedAt: null }, { populate: ['user'] });
    if (!session) return;
    const actor: HubContext = {
      ...this.context,
      viewer: { userId: session.user.id, label: session.user.displayName, role: session.user.role, partnerId: session.user.partner?.id ?? null, credential: { kind: CredentialKind.SESSION, id: session.id } },
      csrfVerified: true,
    };
    await runWrite(actor, async ({ em, audit, publish }) => {
      const ended = await this.endSession(em, sessionSecret);
      if (!ended) return;
      audit({ action: 'signOut', entityType: 'User', entityId: session.user.id, after: { sessionId: ended.id } });
      publish({ topic: Topic.CREDENTIALS_REVOKED, payload: { userId: null, apiTokenIds: [], sessionIds: [ended.id], occurredAt: new Date().toISOString() } });
    });
  }

  private async endSession(em: EntityManager, secret: string): Promise<UserSession | null> {
    const session = await em.findOne(UserSession, { tokenHash: hashSecret(secret), revokedAt: null });
    if (!session) return null;
    session.revokedAt = new Date();
    return session;
  }
}
