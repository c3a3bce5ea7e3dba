import { Topic } from '../../src/core/pubsub';
import { FocalGroup, FocalGroupCategory, IssueProximity } from '../../src/modules/focal-groups/focal-group.entity';
import { Region } from '../../src/modules/geography/region.entity';
import { School } from '../../src/modules/geography/school.entity';
import { Partner, PartnerKind } from '../../src/modules/partners/partner.entity';
import {
  AuditTrailDocument,
  CreateResourceDocument,
  RecordReferralsDocument,
  ReferralsDocument,
  ReferralsRecordedDocument,
  ResourceDocument,
  ResourcesDocument,
  UpdateResourceDocument,
  type CreateResourceInput,
  type RecordReferralsInput,
} from '../generated/graphql';
import { dataOf, errorCodeOf, Role, startTestHub, type TestHub } from '../support/hub';
import { bearer, connectLive, PROBE_ID, PROBE_OCCURRED_AT, type LiveClient } from '../support/ws-client';

/**
 * Two partners' services in two regions. North has schools Maple and Birch; South has Cedar.
 *   A "Food pantry"        region-wide NORTH,   es+en, BASIC_NEEDS,    FAMILIES,  free
 *   A "Counseling"         school Cedar,        en,    MENTAL_HEALTH,  STUDENTS,  sliding scale
 *   B "Reading buddies"    school Maple,        vi,    AFTER_SCHOOL,   STUDENTS,  free
 *   B "Old programme"      school Maple,        en,    INACTIVE
 */
describe('partners\' services (the public resource directory) and referrals', () => {
  let hub: TestHub;
  let admin: string;
  let liaison: string;
  let partnerAToken: string;
  let partnerBToken: string;
  let viewer: string;
  let partnerA: Partner;
  let partnerB: Partner;
  let north: Region;
  let maple: School;
  let birch: School;
  let cedar: School;
  let spanish: FocalGroup;
  let youth: FocalGroup;
  const ids: Record<string, string> = {};
  const clients: LiveClient[] = [];

  const create = async (input: CreateResourceInput, token: string) => dataOf(await hub.graphql(CreateResourceDocument, { input }, token)).createResource;
  const names = async (filter: Parameters<typeof hub.graphql<unknown, unknown>>[1], token: string | null = null) =>
    dataOf(await hub.graphql(ResourcesDocument, { filter: filter as never, first: 50, after: null }, token)).resources.edges.map((edge) => edge.node.name);

  beforeAll(async () => {
    hub = await startTestHub();
    const em = hub.em();
    north = em.create(Region, { name: 'North', code: 'NORTH' });
    const south = em.create(Region, { name: 'South', code: 'SOUTH' });
    maple = em.create(School, { name: 'Maple Elementary', region: north });
    birch = em.create(School, { name: 'Birch Middle', region: north });
    cedar = em.create(School, { name: 'Cedar High', region: south });
    partnerA = em.create(Partner, { name: 'Alpha Family Center', kind: PartnerKind.NON_PROFIT });
    partnerB = em.create(Partner, { name: 'Beta Reading Alliance', kind: PartnerKind.NON_PROFIT });
    spanish = em.create(FocalGroup, { name: 'Spanish-speaking families', category: FocalGroupCategory.LANGUAGE_RACE_ETHNICITY, populationShare: 0.2, languages: ['es'], proximity: IssueProximity.DIRECTLY_IMPACTED });
    youth = em.create(FocalGroup, { name: 'Youth', category: FocalGroupCategory.AGE, populationShare: 0.1, languages: [], proximity: IssueProximity.DIRECTLY_IMPACTED });
    await em.flush();
    admin = await hub.token(Role.ADMIN);
    liaison = await hub.token(Role.LIAISON);
    viewer = await hub.token(Role.VIEWER);
    partnerAToken = await hub.token(Role.PARTNER, partnerA.id);
    partnerBToken = await hub.token(Role.PARTNER, partnerB.id);

    const base = { audiences: [], languages: [], free: true, status: 'ACTIVE' as const, regionIds: [], schoolIds: [] };
    ids.pantry = (await create({ ...base, name: 'Food pantry', description: 'Groceries every Friday.', priorityArea: 'BASIC_NEEDS', audiences: ['FAMILIES'], languages: ['es', 'en'], regionIds: [north.id], eligibility: 'Any family who asks', contactEmail: 'pantry@example.org', contactPhone: '555-0101' }, partnerAToken)).id;
    ids.counseling = (await create({ ...base, name: 'Counseling', description: 'Licensed counselors at school.', priorityArea: 'MENTAL_HEALTH', audiences: ['STUDENTS'], languages: ['en'], free: false, costDescription: 'Sliding scale', schoolIds: [cedar.id] }, partnerAToken)).id;
    ids.reading = (await create({ ...base, partnerId: partnerB.id, name: 'Reading buddies', description: 'Volunteer readers after school.', priorityArea: 'AFTER_SCHOOL_AND_SUMMER', audiences: ['STUDENTS'], languages: ['vi'], schoolIds: [maple.id] }, liaison)).id;
    ids.old = (await create({ ...base, name: 'Old programme', description: 'Paused.', priorityArea: 'AFTER_SCHOOL_AND_SUMMER', languages: ['en'], schoolIds: [maple.id], status: 'INACTIVE' }, partnerBToken)).id;
  });

  afterEach(async () => {
    await Promise.all(clients.splice(0).map((client) => client.dispose()));
  });

  afterAll(() => hub.stop());

  it('lists the directory to the public, without a token, filtered by school, region, language, priority, audience and words', async () => {
    expect(await names(null)).toEqual(['Counseling', 'Food pantry', 'Reading buddies']);
    // A school matches services offered there and services covering its whole region.
    expect(await names({ schoolId: maple.id })).toEqual(['Food pantry', 'Reading buddies']);
    expect(await names({ schoolId: birch.id })).toEqual(['Food pantry']);
    expect(await names({ schoolId: cedar.id })).toEqual(['Counseling']);
    expect(await names({ regionId: north.id })).toEqual(['Food pantry', 'Reading buddies']);
    expect(await names({ language: 'es' })).toEqual(['Food pantry']);
    expect(await names({ language: 'vi' })).toEqual(['Reading buddies']);
    expect(await names({ priorityArea: 'MENTAL_HEALTH' })).toEqual(['Counseling']);
    expect(await names({ audience: 'STUDENTS' })).toEqual(['Counseling', 'Reading buddies']);
    expect(await names({ search: 'friday' })).toEqual(['Food pantry']);
    expect(await names({ free: true, audience: 'STUDENTS' })).toEqual(['Reading buddies']);

    const resource = dataOf(await hub.graphql(ResourceDocument, { id: ids.pantry }, null)).resource;
    expect(resource).toMatchObject({ name: 'Food pantry', languages: ['es', 'en'], audiences: ['FAMILIES'], regions: [{ code: 'NORTH' }], schools: [], partner: { id: partnerA.id }, contactPhone: '555-0101' });
  });

  it('reads a page of services with their partner, regions and schools in the same number of statements, however long the page', async () => {
    const statementsFor = async (first: number) => {
      hub.sql.reset();
      const page = dataOf(await hub.graphql(ResourcesDocument, { filter: null, first, after: null }, null)).resources;
      expect(page.edges).toHaveLength(first);
      return hub.sql.count;
    };
    const one = await statementsFor(1);
    expect(await statementsFor(3)).toBe(one);
  });

  it('pages the directory with cursors', async () => {
    const first = dataOf(await hub.graphql(ResourcesDocument, { filter: null, first: 2, after: null }, null)).resources;
    expect(first.totalCount).toBe(3);
    expect(first.edges.map((edge) => edge.node.name)).toEqual(['Counseling', 'Food pantry']);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = dataOf(await hub.graphql(ResourcesDocument, { filter: null, first: 2, after: first.pageInfo.endCursor }, null)).resources;
    expect(second.edges.map((edge) => edge.node.name)).toEqual(['Reading buddies']);
    expect(second.pageInfo.hasNextPage).toBe(false);
    expect(errorCodeOf(await hub.graphql(ResourcesDocument, { filter: null, first: 500, after: null }, null))).toBe('BAD_USER_INPUT');
  });

  it('shows an inactive service only to staff and to its own partner; to anyone else it does not exist', async () => {
    expect(await names({ status: 'INACTIVE' }, admin)).toEqual(['Old programme']);
    expect(await names({ status: 'INACTIVE' }, partnerBToken)).toEqual(['Old programme']);
    expect(await names({ status: 'INACTIVE' }, partnerAToken)).toEqual([]);
    expect(errorCodeOf(await hub.graphql(ResourcesDocument, { filter: { status: 'INACTIVE' }, first: 10, after: null }, null))).toBe('FORBIDDEN');
    expect(dataOf(await hub.graphql(ResourceDocument, { id: ids.old }, partnerBToken)).resource.name).toBe('Old programme');
    for (const token of [partnerAToken, viewer, null]) expect(errorCodeOf(await hub.graphql(ResourceDocument, { id: ids.old }, token))).toBe('NOT_FOUND');
  });

  it('lets a PARTNER manage its own services only: another partner\'s service is NOT_FOUND, another partner\'s id FORBIDDEN', async () => {
    const reading = dataOf(await hub.graphql(ResourceDocument, { id: ids.reading }, null)).resource;
    const update = { id: ids.reading, version: reading.version, languages: ['vi', 'en'] };
    expect(errorCodeOf(await hub.graphql(UpdateResourceDocument, { input: update }, partnerAToken))).toBe('NOT_FOUND');
    expect(errorCodeOf(await hub.graphql(UpdateResourceDocument, { input: { ...update, id: ids.old, version: 1 } }, partnerAToken))).toBe('NOT_FOUND');
    const base = { name: 'Sneaky', description: 'x', priorityArea: 'BASIC_NEEDS' as const, audiences: [], languages: [], free: true, status: 'ACTIVE' as const, regionIds: [], schoolIds: [] };
    expect(errorCodeOf(await hub.graphql(CreateResourceDocument, { input: { ...base, partnerId: partnerB.id } }, partnerAToken))).toBe('FORBIDDEN');
    expect(errorCodeOf(await hub.graphql(CreateResourceDocument, { input: base }, viewer))).toBe('FORBIDDEN');
    expect(errorCodeOf(await hub.graphql(CreateResourceDocument, { input: base }, null))).toBe('UNAUTHENTICATED');
    expect(errorCodeOf(await hub.graphql(CreateResourceDocument, { input: { ...base, languages: ['Spanish'] } }, partnerAToken))).toBe('BAD_USER_INPUT');
    expect(errorCodeOf(await hub.graphql(CreateResourceDocument, { input: base }, liaison))).toBe('BAD_USER_INPUT');
    const unchanged = dataOf(await hub.graphql(ResourceDocument, { id: ids.reading }, null)).resource;
    expect(unchanged).toMatchObject({ version: reading.version, languages: ['vi'] });

    const updated = dataOf(await hub.graphql(UpdateResourceDocument, { input: update }, partnerBToken)).updateResource;
    expect(updated).toMatchObject({ languages: ['vi', 'en'], version: reading.version + 1 });
    expect(errorCodeOf(await hub.graphql(UpdateResourceDocument, { input: update }, partnerBToken))).toBe('CONFLICT');

    const trail = dataOf(await hub.graphql(AuditTrailDocument, { entity: 'Resource', id: ids.reading }, admin)).auditTrail;
    expect(trail.map((event) => event.action).sort()).toEqual(['createResource', 'updateResource']);
    const change = trail.find((event) => event.action === 'updateResource')!;
    expect(change.actorRole).toBe('PARTNER');
    expect(change.before).toMatchObject({ languages: ['vi'] });
    expect(change.after).toMatchObject({ languages: ['vi', 'en'] });
  });

  it('records referral counts per service, school, focal group and month; a partner sees and records only its own', async () => {
    const cell = (overrides: Partial<RecordReferralsInput>): RecordReferralsInput => ({
      resourceId: ids.pantry, schoolId: maple.id, focalGroupId: spanish.id, month: '2026-01', connected: 3, waiting: 2, declined: 1, ...overrides,
    });
    const first = dataOf(await hub.graphql(RecordReferralsDocument, { input: cell({}) }, partnerAToken)).recordReferrals;
    expect(first).toMatchObject({ month: '2026-01', connected: 3, waiting: 2, declined: 1, referred: 6, version: 1, resource: { id: ids.pantry }, school: { id: maple.id }, focalGroup: { id: spanish.id } });
    // Recording the same cell again replaces its counts.
    const again = dataOf(await hub.graphql(RecordReferralsDocument, { input: cell({ connected: 4, waiting: 1 }) }, liaison)).recordReferrals;
    expect(again).toMatchObject({ id: first.id, connected: 4, waiting: 1, declined: 1, referred: 6, version: 2 });
    dataOf(await hub.graphql(RecordReferralsDocument, { input: cell({ month: '2025-12', focalGroupId: youth.id, connected: 1, waiting: 0, declined: 0 }) }, admin));
    dataOf(await hub.graphql(RecordReferralsDocument, { input: cell({ resourceId: ids.reading, connected: 5, waiting: 0, declined: 0 }) }, partnerBToken));

    // Another partner's service answers like a missing one, for writes and reads alike.
    expect(errorCodeOf(await hub.graphql(RecordReferralsDocument, { input: cell({ resourceId: ids.reading }) }, partnerAToken))).toBe('NOT_FOUND');
    expect(errorCodeOf(await hub.graphql(RecordReferralsDocument, { input: cell({ month: '2026-13' }) }, partnerAToken))).toBe('BAD_USER_INPUT');
    expect(errorCodeOf(await hub.graphql(RecordReferralsDocument, { input: cell({ connected: -1 }) }, partnerAToken))).toBe('BAD_USER_INPUT');

    const listFor = async (token: string | null, filter: Record<string, unknown> | null = null) => hub.graphql(ReferralsDocument, { filter: filter as never, first: 50, after: null }, token);
    const own = dataOf(await listFor(partnerAToken)).referrals;
    expect(own.totalCount).toBe(2);
    expect(own.edges.map((edge) => [edge.node.resource.id, edge.node.month, edge.node.referred])).toEqual([
      [ids.pantry, '2026-01', 6],
      [ids.pantry, '2025-12', 1],
    ]);
    expect(dataOf(await listFor(partnerBToken)).referrals.edges.map((edge) => edge.node.resource.id)).toEqual([ids.reading]);
    expect(dataOf(await listFor(admin)).referrals.totalCount).toBe(3);
    expect(dataOf(await listFor(liaison, { fromMonth: '2026-01', toMonth: '2026-01' })).referrals.totalCount).toBe(2);
    expect(dataOf(await listFor(admin, { focalGroupId: youth.id })).referrals.edges.map((edge) => edge.node.month)).toEqual(['2025-12']);
    expect(errorCodeOf(await listFor(partnerAToken, { resourceId: ids.reading }))).toBe('NOT_FOUND');
    expect(errorCodeOf(await listFor(partnerAToken, { partnerId: partnerB.id }))).toBe('FORBIDDEN');
    expect(errorCodeOf(await listFor(viewer))).toBe('FORBIDDEN');
    expect(errorCodeOf(await listFor(null))).toBe('UNAUTHENTICATED');

    const trail = dataOf(await hub.graphql(AuditTrailDocument, { entity: 'ReferralCount', id: first.id }, admin)).auditTrail;
    expect(trail).toHaveLength(2);
    const replaced = trail.find((event) => event.before !== null)!;
    expect(replaced).toMatchObject({ action: 'recordReferrals', actorRole: 'LIAISON', before: { connected: 3, waiting: 2 }, after: { connected: 4, waiting: 1 } });
  });

  it('tells a partner app when referrals to its own services are recorded, and staff about all of them', async () => {
    const live = (token: string) => {
      const client = connectLive(hub.wsUrl, bearer(token));
      clients.push(client);
      return client;
    };
    const probe = (partnerId: string) => () =>
      hub.pubSub.pubSub.publish(Topic.REFERRALS_RECORDED, {
        referralCountId: PROBE_ID, resourceId: PROBE_ID, partnerId, schoolId: PROBE_ID, focalGroupId: PROBE_ID, month: '2000-01', connected: 0, waiting: 0, declined: 0, occurredAt: PROBE_OCCURRED_AT,
      });
    const forA = await live(partnerAToken).subscribe(ReferralsRecordedDocument, { resourceId: null }).ready(probe(partnerA.id));
    const forStaff = await live(liaison).subscribe(ReferralsRecordedDocument, { resourceId: null }).ready(probe(partnerB.id));
    const onlyReading = await live(admin).subscribe(ReferralsRecordedDocument, { resourceId: ids.reading }).ready(() =>
      hub.pubSub.pubSub.publish(Topic.REFERRALS_RECORDED, { referralCountId: PROBE_ID, resourceId: ids.reading, partnerId: partnerB.id, schoolId: PROBE_ID, focalGroupId: PROBE_ID, month: '2000-01', connected: 0, waiting: 0, declined: 0, occurredAt: PROBE_OCCURRED_AT }),
    );

    const recordedB = dataOf(await hub.graphql(RecordReferralsDocument, { input: { resourceId: ids.reading, schoolId: birch.id, focalGroupId: youth.id, month: '2026-02', connected: 2, waiting: 2, declined: 0 } }, partnerBToken)).recordReferrals;
    const recordedA = dataOf(await hub.graphql(RecordReferralsDocument, { input: { resourceId: ids.counseling, schoolId: cedar.id, focalGroupId: youth.id, month: '2026-02', connected: 1, waiting: 0, declined: 0 } }, admin)).recordReferrals;

    expect((await forA.next()).referralsRecorded).toEqual({
      referralCountId: recordedA.id, resourceId: ids.counseling, partnerId: partnerA.id, schoolId: cedar.id, focalGroupId: youth.id, month: '2026-02', connected: 1, waiting: 0, declined: 0, occurredAt: expect.any(String),
    });
    await forA.expectNothing();
    expect([(await forStaff.next()).referralsRecorded.referralCountId, (await forStaff.next()).referralsRecorded.referralCountId]).toEqual([recordedB.id, recordedA.id]);
    expect((await onlyReading.next()).referralsRecorded.referralCountId).toBe(recordedB.id);
    await onlyReading.expectNothing();

    const refused = await live(viewer).subscribe(ReferralsRecordedDocument, { resourceId: null }).nextResult();
    expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});
