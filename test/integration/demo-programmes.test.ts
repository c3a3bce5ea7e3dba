import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import Ajv, { type AnySchemaObject } from 'ajv';
import addFormats from 'ajv-formats';
import { seedDemoDistrict } from '../../src/db/seed/demo-district';
import { KeyResultsDocument, ReferralsDocument, ResourcesDocument } from '../generated/graphql';
import { Partner } from '../../src/modules/partners/partner.entity';
import { dataOf, Role, startTestHub, type TestHub } from '../support/hub';
import { KeyResultMeasure } from '../../src/modules/key-results/key-result.entity';

/** The demo district's partners' programmes: services, referrals, career and community experiences, and key results for every measure. */
describe('demo district: partners\' programmes and key results', () => {
  let hub: TestHub;

  beforeAll(async () => {
    hub = await startTestHub();
    expect(await seedDemoDistrict(hub.em())).toBe(true);
  });
  afterAll(() => hub.stop());

  it('seeds key results for every measure, each measured from the demo data', async () => {
    const keyResults = dataOf(await hub.graphql(KeyResultsDocument, { objectiveId: null }, null)).keyResults;
    expect(keyResults.length).toBeGreaterThan(0);
    expect(new Set(keyResults.map((keyResult) => keyResult.measure))).toEqual(new Set(Object.values(KeyResultMeasure)));
    const value = (measure: string) => keyResults.find((keyResult) => keyResult.measure === measure)!.currentValue;
    for (const keyResult of keyResults) expect([keyResult.title, keyResult.currentValue]).toEqual([keyResult.title, expect.any(Number)]);
    // Hand-counted from the seed step: 16 professions with participants in 2025-26 (Electrician twice, Bank teller with none),
    // Central Valley High 261 of 421 and Southgate High 188 of 348 9th graders, 11 of 15 partners trained, 40 sessions.
    expect(value('PROFESSIONS_PARTICIPATING')).toBe(16);
    expect(value('NINTH_GRADERS_WITH_COMMUNITY_EXPERIENCE')).toBeCloseTo((100 * (261 + 188)) / (421 + 348), 10);
    expect(value('PERCENT_PARTNERS_TRAINED')).toBeCloseTo((100 * 11) / 15, 10);
    expect(value('SESSIONS_HELD')).toBe(40);
    const aligned = value('FAMILIES_ALIGNED_TO_RESOURCES')!;
    expect(aligned).toBeGreaterThan(0);
    expect(aligned).toBeLessThanOrEqual(100);
  });

  it('lists the demo services publicly and their referrals to staff, and exports a valid HSDS 3.0 directory', async () => {
    const directory = dataOf(await hub.graphql(ResourcesDocument, { filter: null, first: 100, after: null }, null)).resources;
    expect(directory.totalCount).toBe(12);
    expect(dataOf(await hub.graphql(ResourcesDocument, { filter: { status: 'INACTIVE' }, first: 100, after: null }, await hub.token(Role.ADMIN))).resources.totalCount).toBe(1);
    expect(dataOf(await hub.graphql(ReferralsDocument, { filter: null, first: 10, after: null }, await hub.token(Role.LIAISON))).referrals.totalCount).toBeGreaterThan(50);

    const northside = await hub.em().findOneOrFail(Partner, { name: 'Northside Family Resource Center' });
    const ownReferrals = dataOf(await hub.graphql(ReferralsDocument, { filter: null, first: 100, after: null }, await hub.token(Role.PARTNER, northside.id))).referrals;
    expect(ownReferrals.edges.length).toBeGreaterThan(0);
    expect(new Set(ownReferrals.edges.map((edge) => edge.node.resource.name))).toEqual(new Set(['Family resource navigation', 'Interpreted conference support']));

    const dir = path.join(__dirname, '..', 'fixtures', 'open-referral-hsds-3.0');
    const ajv = new Ajv({ allErrors: true, strict: true });
    addFormats(ajv);
    for (const file of readdirSync(dir).filter((name) => name.endsWith('.json'))) ajv.addSchema(JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as AnySchemaObject);
    const exported = (await (await fetch(hub.url.replace(/\/graphql$/, '/exports/open-referral.json'))).json()) as Record<'organizations' | 'services' | 'locations', unknown[]>;
    expect(exported.services).toHaveLength(12);
    const errors = (['organization', 'service', 'location'] as const).flatMap((name) => {
      const validate = ajv.getSchema(`${name}.json`)!;
      return exported[`${name}s`].flatMap((row) => (validate(row) ? [] : validate.errors ?? []));
    });
    expect(errors).toEqual([]);
  });
});
