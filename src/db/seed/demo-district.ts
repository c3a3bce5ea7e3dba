import type { EntityManager } from '@mikro-orm/postgresql';
import { Region } from '../../modules/geography/region.entity';
import { issueToken } from '../../modules/auth/auth.service';
import { Role } from '../../modules/auth/role';

/**
 * Well-known tokens of the synthetic demo district, printed by `npm start`.
 * They exist only in a database seeded with the demo.
 */
export const DEMO_TOKENS: Record<Exclude<Role, Role.PARTNER> | 'PARTNER', string> = {
  ADMIN: 'demo-admin',
  BUDGET_STAFF: 'demo-budget',
  LIAISON: 'demo-liaison',
  PARTNER: 'demo-partner',
  VIEWER: 'demo-viewer',
};

export async function isSeeded(em: EntityManager): Promise<boolean> {
  return (await em.count(Region)) > 0;
}

/** Placeholder-free minimal seed; the full demo district is built in demo-district data files. */
export async function seedDemoDistrict(em: EntityManager): Promise<void> {
  await em.transactional(async (tx) => {
    tx.create(Region, { name: 'North (demo)', code: 'NORTH' });
    issueToken(tx, { label: 'Demo administrator', role: Role.ADMIN, secret: DEMO_TOKENS.ADMIN });
    issueToken(tx, { label: 'Demo budget office', role: Role.BUDGET_STAFF, secret: DEMO_TOKENS.BUDGET_STAFF });
    issueToken(tx, { label: 'Demo liaison', role: Role.LIAISON, secret: DEMO_TOKENS.LIAISON });
    issueToken(tx, { label: 'Demo viewer', role: Role.VIEWER, secret: DEMO_TOKENS.VIEWER });
  });
}
