import type { EntityManager } from '@mikro-orm/postgresql';
import { ApiToken } from '../../modules/auth/api-token.entity';
import { hashSecret } from '../../modules/auth/secrets';
import { DemoRandom } from './demo-random';
import { seedDemoSurveys } from './demo-surveys';
import { seedBudgetCycle } from './steps/budget-cycle';
import { seedCommunicationTemplates } from './steps/communication-templates';
import { seedEngagement } from './steps/engagement';
import { seedEquityLens } from './steps/equity-lens';
import { seedFocalGroups } from './steps/focal-groups';
import { seedGeography } from './steps/geography';
import { seedPartners } from './steps/partners';
import { seedRequests } from './steps/requests';
import { seedResources } from './steps/resources';
import { seedKeyResults } from './steps/key-results';
import { seedSchoolEngagement } from './steps/school-engagement';
import { DEMO_TOKENS, seedTokens } from './steps/tokens';

/** Well-known tokens of the synthetic demo district, printed by `npm start`; they exist only in a seeded database. */
export { DEMO_TOKENS };

/** Several instances may boot against one database at once; only one of them may seed it. */
const SEED_LOCK_KEY = 0x0cb4de30;

/** The demo administrator token marks a database that holds the demo district. */
export async function isSeeded(em: EntityManager): Promise<boolean> {
  return (await em.count(ApiToken, { tokenHash: hashSecret(DEMO_TOKENS.ADMIN) })) > 0;
}

/**
 * Seeds the synthetic demo district (invented names, example.org contacts) in one transaction,
 * identically on every run. Returns false, changing nothing, when the district is already there.
 */
export async function seedDemoDistrict(em: EntityManager): Promise<boolean> {
  return em.transactional(async (tx) => {
    await tx.execute('select pg_advisory_xact_lock(?)', [SEED_LOCK_KEY]);
    if (await isSeeded(tx)) return false;
    const geography = seedGeography(tx);
    const focalGroups = seedFocalGroups(tx, geography);
    const partners = seedPartners(tx, geography);
    const requests = seedRequests(tx, DemoRandom.forStep('requests'), focalGroups, partners);
    const sessions = seedEngagement(tx, DemoRandom.forStep('engagement'), geography, focalGroups);
    seedSchoolEngagement(tx, geography, focalGroups, sessions);
    seedResources(tx, DemoRandom.forStep('resources'), geography, focalGroups, partners);
    seedEquityLens(tx, DemoRandom.forStep('equity-lens'), requests);
    seedBudgetCycle(tx, requests.all);
    seedTokens(tx, partners.northsideFamilyCenter);
    seedCommunicationTemplates(tx);
    // Survey answers are drawn over the stored schools and focal groups, so those must be written first.
    await tx.flush();
    await seedDemoSurveys(tx);
    await seedKeyResults(tx, focalGroups);
    await tx.flush();
    return true;
  });
}
