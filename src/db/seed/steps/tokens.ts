import type { EntityManager } from '@mikro-orm/postgresql';
import { issueToken } from '../../../modules/auth/auth.service';
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

/** The PARTNER token belongs to one demo partner, so partner-scoped views show that partner's own requests. */
export function seedTokens(em: EntityManager, partner: Partner): void {
  issueToken(em, { label: 'Demo administrator', role: Role.ADMIN, secret: DEMO_TOKENS.ADMIN });
  issueToken(em, { label: 'Demo budget office', role: Role.BUDGET_STAFF, secret: DEMO_TOKENS.BUDGET_STAFF });
  issueToken(em, { label: 'Demo liaison', role: Role.LIAISON, secret: DEMO_TOKENS.LIAISON });
  issueToken(em, { label: `Demo partner: ${partner.name}`, role: Role.PARTNER, partnerId: partner.id, secret: DEMO_TOKENS.PARTNER });
  issueToken(em, { label: 'Demo viewer', role: Role.VIEWER, secret: DEMO_TOKENS.VIEWER });
}
