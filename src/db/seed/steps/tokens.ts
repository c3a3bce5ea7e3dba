import type { EntityManager } from '@mikro-orm/postgresql';
import { createUserWithToken } from '../../../modules/auth/api-tokens.service';
import { Role } from '../../../core/viewer';
import type { Partner } from '../../../modules/partners/partner.entity';

type DemoTokenRole = Exclude<Role, Role.PARTNER> | 'PARTNER';

/** Well-known secrets, so a fresh demo can be explored without an admin issuing tokens first. */
export const DEMO_TOKENS: Record<DemoTokenRole, string> = {
  ADMIN: 'demo-admin',
  BUDGET_STAFF: 'demo-budget',
  LIAISON: 'demo-liaison',
  PARTNER: 'demo-partner',
  VIEWER: 'demo-viewer',
};

/**
 * One demo user per role, each holding its well-known token. The PARTNER user acts for one demo
 * partner, so partner-scoped views show that partner's own requests. The addresses are under
 * the reserved example.org domain: nobody can sign in as them.
 */
export function seedTokens(em: EntityManager, partner: Partner): void {
  const demoUser = (role: Role, displayName: string, mailbox: string, partnerId: string | null = null) =>
    createUserWithToken(em, { email: `${mailbox}@demo-district.example.org`, displayName, role, partnerId, tokenName: 'Demo token', secret: DEMO_TOKENS[role] });
  demoUser(Role.ADMIN, 'Demo administrator', 'admin');
  demoUser(Role.BUDGET_STAFF, 'Demo budget office', 'budget');
  demoUser(Role.LIAISON, 'Demo liaison', 'liaison');
  demoUser(Role.PARTNER, `Demo partner: ${partner.name}`, 'partner', partner.id);
  demoUser(Role.VIEWER, 'Demo viewer', 'viewer');
}
