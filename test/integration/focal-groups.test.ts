import { AuditEvent } from '../../src/modules/audit/audit-event.entity';
import { FocalGroup } from '../../src/modules/focal-groups/focal-group.entity';
import { Partner, PartnerKind } from '../../src/modules/partners/partner.entity';
import { encodeCursor } from '../../src/modules/shared/connection';
import {
  CreateFocalGroupDocument,
  CreateRegionDocument,
  FocalGroupDocument,
  FocalGroupsDocument,
  RegionFocalGroupsDocument,
  UpdateFocalGroupDocument,
  type CreateFocalGroupInput,
  type FocalGroupsQuery,
  type FocalGroupsQueryVariables,
} from '../generated/graphql';
import { dataOf, errorCodeOf, Role, startTestHub, type TestHub } from '../support/hub';

describe('focal groups', () => {
  let hub: TestHub;
  let liaison: string;
  let northId: string;
  let southId: string;

  const createGroup = async (input: Partial<CreateFocalGroupInput> & { name: string }) =>
    dataOf(await hub.graphql(CreateFocalGroupDocument, { input: { category: 'AGE', populationShare: 0.1, ...input } }, liaison)).createFocalGroup;

  // Omitted variables take the schema defaults (first = 50).
  const listGroups = (variables: Partial<FocalGroupsQueryVariables>, token: string | null) =>
    hub.graphql(FocalGroupsDocument, variables as FocalGroupsQueryVariables, token);

  beforeAll(async () => {
    hub = await startTestHub();
    const admin = await hub.token(Role.ADMIN);
    liaison = await hub.token(Role.LIAISON);
    northId = dataOf(await hub.graphql(CreateRegionDocument, { input: { name: 'North', code: 'NORTH' } }, admin)).createRegion.id;
    southId = dataOf(await hub.graphql(CreateRegionDocument, { input: { name: 'South', code: 'SOUTH' } }, admin)).createRegion.id;
  });
  afterAll(() => hub.stop());

  it('creates a group with its region, reads it back and audits the write', async () => {
    const group = await createGroup({
      name: 'Grandparents raising grandchildren',
      category: 'FAMILY_ROLE',
      languages: ['en', 'es'],
      regionId: northId,
      populationShare: 0.04,
      estimatedPopulation: 820,
      proximity: 'DIRECTLY_IMPACTED',
      liaisonName: 'Casey Example',
      liaisonEmail: 'casey@example.org',
    });
    expect(group).toMatchObject({
      name: 'Grandparents raising grandchildren',
      category: 'FAMILY_ROLE',
      languages: ['en', 'es'],
      populationShare: 0.04,
      estimatedPopulation: 820,
      liaisonEmail: 'casey@example.org',
      version: 1,
      region: { id: northId, code: 'NORTH' },
    });
    const read = dataOf(await hub.graphql(FocalGroupDocument, { id: group.id }, await hub.token(Role.BUDGET_STAFF))).focalGroup;
    expect(read).toEqual(group);
    const events = await hub.em().find(AuditEvent, { entityId: group.id });
    expect(events.map((event) => [event.action, event.entityType, event.after?.name])).toEqual([['createFocalGroup', 'FocalGroup', 'Grandparents raising grandchildren']]);
  });

  it('shows the liaison email to staff only', async () => {
    const group = await createGroup({ name: 'Night-shift workers', category: 'WORK', liaisonEmail: 'liaison@example.org' });
    const partner = hub.em().create(Partner, { name: 'Focal test partner', kind: PartnerKind.NON_PROFIT, priorityAreas: [] });
    await hub.em().persistAndFlush(partner);
    const asPartner = dataOf(await hub.graphql(FocalGroupDocument, { id: group.id }, await hub.token(Role.PARTNER, partner.id))).focalGroup;
    const asViewer = dataOf(await hub.graphql(FocalGroupDocument, { id: group.id }, await hub.token(Role.VIEWER))).focalGroup;
    const asAdmin = dataOf(await hub.graphql(FocalGroupDocument, { id: group.id }, await hub.token(Role.ADMIN))).focalGroup;
    expect([asPartner.liaisonEmail, asViewer.liaisonEmail, asAdmin.liaisonEmail]).toEqual([null, null, 'liaison@example.org']);
    expect(asViewer.name).toBe('Night-shift workers');
  });

  it('pages through a filtered list in name order without repeats, and refuses bad cursors and page sizes', async () => {
    const names = ['Page G', 'Page A', 'Page E', 'Page C', 'Page F', 'Page B', 'Page D'];
    for (const name of names) await createGroup({ name });
    const viewer = await hub.token(Role.VIEWER);
    const seen: string[] = [];
    const pages: boolean[] = [];
    let after: string | null = null;
    for (let page = 0; page < 3; page += 1) {
      const connection: FocalGroupsQuery['focalGroups'] = dataOf(await listGroups({ filter: { search: 'page ' }, first: 3, after }, viewer)).focalGroups;
      expect(connection.totalCount).toBe(7);
      seen.push(...connection.edges.map((edge) => edge.node.name));
      pages.push(connection.pageInfo.hasNextPage);
      expect(connection.pageInfo.endCursor).toBe(connection.edges.at(-1)!.cursor);
      after = connection.pageInfo.endCursor;
    }
    expect(seen).toEqual(['Page A', 'Page B', 'Page C', 'Page D', 'Page E', 'Page F', 'Page G']);
    expect(pages).toEqual([true, true, false]);

    expect(errorCodeOf(await listGroups({ after: 'not-a-cursor' }, viewer))).toBe('BAD_USER_INPUT');
    expect(errorCodeOf(await listGroups({ after: Buffer.from('{"a":1}').toString('base64url') }, viewer))).toBe('BAD_USER_INPUT');
    for (const forged of [['Page A', 'not-a-uuid'], [1, '00000000-0000-0000-0000-000000000000'], ['Page A']]) {
      expect(errorCodeOf(await listGroups({ after: encodeCursor(forged) }, viewer))).toBe('BAD_USER_INPUT');
    }
    expect(errorCodeOf(await listGroups({ first: 0 }, viewer))).toBe('BAD_USER_INPUT');
    expect(errorCodeOf(await listGroups({ first: 101 }, viewer))).toBe('BAD_USER_INPUT');
  });

  it('filters by region, category, language and a literal name search', async () => {
    await createGroup({ name: 'Filter Somali-speaking families', category: 'LANGUAGE_RACE_ETHNICITY', languages: ['so'], regionId: southId });
    await createGroup({ name: 'Filter Renters', category: 'HOUSING', languages: ['so', 'en'], regionId: northId });
    await createGroup({ name: 'Filter 100% volunteers', category: 'COMMUNITY', regionId: southId });
    const viewer = await hub.token(Role.VIEWER);
    const names = async (filter: Record<string, unknown>) =>
      dataOf(await listGroups({ filter: { search: 'Filter', ...filter } }, viewer)).focalGroups.edges.map((edge) => edge.node.name);
    expect(await names({ regionId: southId })).toEqual(['Filter 100% volunteers', 'Filter Somali-speaking families']);
    expect(await names({ category: 'HOUSING' })).toEqual(['Filter Renters']);
    expect(await names({ language: 'so' })).toEqual(['Filter Renters', 'Filter Somali-speaking families']);
    expect(await names({ search: '100%' })).toEqual(['Filter 100% volunteers']);
    expect(await names({ search: 'R_nters' })).toEqual([]);
    expect(await names({ regionId: southId, language: 'en' })).toEqual([]);
  });

  it('lists a region’s groups on Region.focalGroups and reads regions of a page in one statement', async () => {
    const { regions } = dataOf(await hub.graphql(RegionFocalGroupsDocument, {}, await hub.token(Role.VIEWER)));
    expect(regions.find((region) => region.id === southId)!.focalGroups.map((group) => group.name)).toEqual([
      'Filter 100% volunteers',
      'Filter Somali-speaking families',
    ]);

    const viewer = await hub.token(Role.VIEWER);
    const statementsFor = async (first: number) => {
      hub.sql.reset();
      const connection = dataOf(await listGroups({ first }, viewer)).focalGroups;
      expect(connection.edges).toHaveLength(first);
      return hub.sql.count;
    };
    expect(await statementsFor(8)).toBe(await statementsFor(2));
  });

  it('updates with the version read, clears the region, and rejects a stale version with CONFLICT', async () => {
    const group = await createGroup({ name: 'Young parents', regionId: northId, estimatedPopulation: 300 });
    const updated = dataOf(
      await hub.graphql(UpdateFocalGroupDocument, { input: { id: group.id, version: 1, regionId: null, populationShare: 0.12, estimatedPopulation: null } }, liaison),
    ).updateFocalGroup;
    // null clears optional values only; for a required one it is refused, naming the field.
    const clearName = await hub.graphql(UpdateFocalGroupDocument, { input: { id: group.id, version: 2, name: null } }, liaison);
    expect(clearName.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'input.name' }] });
    expect(updated).toMatchObject({ name: 'Young parents', region: null, populationShare: 0.12, estimatedPopulation: null, version: 2 });
    const stale = await hub.graphql(UpdateFocalGroupDocument, { input: { id: group.id, version: 1, name: 'Lost update' } }, liaison);
    expect(errorCodeOf(stale)).toBe('CONFLICT');
    expect((await hub.em().findOneOrFail(FocalGroup, group.id)).name).toBe('Young parents');
    const trail = await hub.em().find(AuditEvent, { entityId: group.id }, { orderBy: { createdAt: 'asc' } });
    expect(trail.map((event) => [event.action, event.before?.populationShare ?? null, event.after?.populationShare])).toEqual([
      ['createFocalGroup', null, 0.1],
      ['updateFocalGroup', 0.1, 0.12],
    ]);
  });

  it('refuses writes by non-liaison roles, unknown ids and invalid input', async () => {
    const input = { name: 'Forbidden group', category: 'AGE' as const, populationShare: 0.1 };
    for (const role of [Role.VIEWER, Role.BUDGET_STAFF]) {
      expect(errorCodeOf(await hub.graphql(CreateFocalGroupDocument, { input }, await hub.token(role)))).toBe('FORBIDDEN');
    }
    const partner = await hub.em().findOneOrFail(Partner, { name: 'Focal test partner' });
    expect(errorCodeOf(await hub.graphql(CreateFocalGroupDocument, { input }, await hub.token(Role.PARTNER, partner.id)))).toBe('FORBIDDEN');
    expect(await hub.em().count(FocalGroup, { name: 'Forbidden group' })).toBe(0);

    const admin = await hub.token(Role.ADMIN);
    expect(errorCodeOf(await hub.graphql(CreateFocalGroupDocument, { input: { ...input, populationShare: 1.5 } }, admin))).toBe('BAD_USER_INPUT');
    expect(errorCodeOf(await hub.graphql(CreateFocalGroupDocument, { input: { ...input, regionId: '00000000-0000-0000-0000-000000000000' } }, admin))).toBe('NOT_FOUND');
    expect(errorCodeOf(await hub.graphql(FocalGroupDocument, { id: '00000000-0000-0000-0000-000000000000' }, admin))).toBe('NOT_FOUND');
    // Without credentials the caller is the public audience: it reads the groups but cannot write.
    expect(dataOf(await listGroups({}, null)).focalGroups.totalCount).toBeGreaterThan(0);
    expect(errorCodeOf(await hub.graphql(CreateFocalGroupDocument, { input }, null))).toBe('UNAUTHENTICATED');
  });
});
