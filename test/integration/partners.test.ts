import { AuditEvent } from '../../src/modules/audit/audit-event.entity';
import { Partner } from '../../src/modules/partners/partner.entity';
import {
  CreatePartnerDocument,
  CreateRegionDocument,
  CreateSchoolDocument,
  PartnerDocument,
  PartnersDocument,
  UpdatePartnerDocument,
  type CreatePartnerInput,
  type PartnersQuery,
  type PartnersQueryVariables,
} from '../generated/graphql';
import { dataOf, errorCodeOf, Role, startTestHub, type TestHub } from '../support/hub';

describe('partners', () => {
  let hub: TestHub;
  let liaison: string;
  let eastId: string;
  let westId: string;
  let eastSchoolId: string;

  const createPartner = async (input: Partial<CreatePartnerInput> & { name: string }) =>
    dataOf(await hub.graphql(CreatePartnerDocument, { input: { kind: 'NON_PROFIT', ...input } }, liaison)).createPartner;
  // Omitted variables take the schema defaults (first = 50).
  const listPartners = (variables: Partial<PartnersQueryVariables>, token: string) =>
    hub.graphql(PartnersDocument, variables as PartnersQueryVariables, token);

  beforeAll(async () => {
    hub = await startTestHub();
    const admin = await hub.token(Role.ADMIN);
    liaison = await hub.token(Role.LIAISON);
    eastId = dataOf(await hub.graphql(CreateRegionDocument, { input: { name: 'East', code: 'EAST' } }, admin)).createRegion.id;
    westId = dataOf(await hub.graphql(CreateRegionDocument, { input: { name: 'West', code: 'WEST' } }, admin)).createRegion.id;
    eastSchoolId = dataOf(await hub.graphql(CreateSchoolDocument, { input: { name: 'East Middle', regionId: eastId, titleOne: true } }, admin)).createSchool.id;
  });
  afterAll(() => hub.stop());

  it('creates a partner with regions, schools and contacts, derives trained and aligned, and audits the write', async () => {
    const partner = await createPartner({
      name: 'Lakeside Youth Alliance',
      kind: 'NON_PROFIT',
      priorityAreas: ['AFTER_SCHOOL_AND_SUMMER', 'MENTAL_HEALTH'],
      agreementStatus: 'SIGNED',
      trainedOnProtocolsAt: '2026-01-15T00:00:00.000Z',
      website: 'https://lakeside.example.org',
      contacts: [{ name: 'Robin Sample', role: 'Director', email: 'robin@lakeside.example.org', language: 'es' }],
      regionIds: [westId, eastId],
      schoolIds: [eastSchoolId],
    });
    expect(partner).toMatchObject({
      name: 'Lakeside Youth Alliance',
      priorityAreas: ['AFTER_SCHOOL_AND_SUMMER', 'MENTAL_HEALTH'],
      agreementStatus: 'SIGNED',
      trainedOnProtocolsAt: '2026-01-15T00:00:00.000Z',
      trained: true,
      alignedWithDistrictPriorities: true,
      version: 1,
      contacts: [{ name: 'Robin Sample', role: 'Director', email: 'robin@lakeside.example.org', phone: null, language: 'es' }],
      schools: [{ id: eastSchoolId, name: 'East Middle' }],
    });
    expect(partner.regions.map((region) => region.code).sort()).toEqual(['EAST', 'WEST']);
    const [event] = await hub.em().find(AuditEvent, { entityId: partner.id });
    expect(event).toMatchObject({ action: 'createPartner', entityType: 'Partner' });
    expect((event.after!.regions as string[]).sort()).toEqual([eastId, westId].sort());
  });

  it('is aligned only with a priority area and a signed agreement, and trained only with a training date', async () => {
    const noArea = await createPartner({ name: 'Align no area', agreementStatus: 'SIGNED' });
    const draft = await createPartner({ name: 'Align draft', priorityAreas: ['EARLY_CHILDHOOD'], agreementStatus: 'DRAFT' });
    const aligned = await createPartner({ name: 'Align signed', priorityAreas: ['EARLY_CHILDHOOD'], agreementStatus: 'SIGNED' });
    expect([noArea, draft, aligned].map((partner) => [partner.alignedWithDistrictPriorities, partner.trained])).toEqual([
      [false, false],
      [false, false],
      [true, false],
    ]);
  });

  it('shows contacts to staff and to the partner itself, and null to viewers and other partners', async () => {
    const own = await createPartner({ name: 'Private Contacts Org', contacts: [{ name: 'Sam Placeholder', phone: '555-0100' }] });
    const other = await createPartner({ name: 'Other Partner Org' });
    const contactsAs = async (token: string) => dataOf(await hub.graphql(PartnerDocument, { id: own.id }, token)).partner.contacts;
    const expected = [{ name: 'Sam Placeholder', role: null, email: null, phone: '555-0100', language: null }];
    expect(await contactsAs(await hub.token(Role.VIEWER))).toBeNull();
    expect(await contactsAs(await hub.token(Role.PARTNER, other.id))).toBeNull();
    expect(await contactsAs(await hub.token(Role.PARTNER, own.id))).toEqual(expected);
    expect(await contactsAs(await hub.token(Role.BUDGET_STAFF))).toEqual(expected);

    const listed = dataOf(await listPartners({ filter: { search: 'Org' } }, await hub.token(Role.PARTNER, own.id))).partners.edges;
    expect(listed.map((edge) => [edge.node.name, edge.node.contacts?.length ?? null])).toEqual([
      ['Other Partner Org', null],
      ['Private Contacts Org', 1],
    ]);
  });

  it('lets a partner update only its own contacts and website', async () => {
    const own = await hub.em().findOneOrFail(Partner, { name: 'Private Contacts Org' });
    const other = await hub.em().findOneOrFail(Partner, { name: 'Other Partner Org' });
    const partnerToken = await hub.token(Role.PARTNER, own.id);
    const updated = dataOf(
      await hub.graphql(
        UpdatePartnerDocument,
        { input: { id: own.id, version: own.version, website: 'https://private.example.org', contacts: [{ name: 'Alex Placeholder', email: 'alex@private.example.org' }] } },
        partnerToken,
      ),
    ).updatePartner;
    expect(updated).toMatchObject({ website: 'https://private.example.org', contacts: [{ name: 'Alex Placeholder', email: 'alex@private.example.org' }], version: own.version + 1 });

    expect(errorCodeOf(await hub.graphql(UpdatePartnerDocument, { input: { id: own.id, version: updated.version, agreementStatus: 'SIGNED' } }, partnerToken))).toBe('FORBIDDEN');
    expect(errorCodeOf(await hub.graphql(UpdatePartnerDocument, { input: { id: other.id, version: other.version, website: 'https://hijack.example.org' } }, partnerToken))).toBe(
      'FORBIDDEN',
    );
    expect(errorCodeOf(await hub.graphql(UpdatePartnerDocument, { input: { id: other.id, version: other.version, website: 'https://x.example.org' } }, await hub.token(Role.VIEWER)))).toBe(
      'FORBIDDEN',
    );
    expect(errorCodeOf(await hub.graphql(CreatePartnerDocument, { input: { name: 'Self-made', kind: 'BUSINESS' } }, partnerToken))).toBe('FORBIDDEN');
    expect(errorCodeOf(await hub.graphql(CreatePartnerDocument, { input: { name: 'Self-made', kind: 'BUSINESS' } }, await hub.token(Role.BUDGET_STAFF)))).toBe('FORBIDDEN');
    const reloaded = await hub.em().findOneOrFail(Partner, other.id);
    expect([reloaded.website ?? null, reloaded.agreementStatus, await hub.em().count(Partner, { name: 'Self-made' })]).toEqual([null, 'NONE', 0]);
  });

  it('filters by kind, priority area, agreement, region, training and name', async () => {
    await createPartner({ name: 'Filter faith trained', kind: 'FAITH', priorityAreas: ['BASIC_NEEDS'], trainedOnProtocolsAt: '2025-09-01T00:00:00.000Z', regionIds: [eastId] });
    await createPartner({ name: 'Filter clinic', kind: 'HEALTH', priorityAreas: ['MENTAL_HEALTH', 'BASIC_NEEDS'], agreementStatus: 'SIGNED', regionIds: [eastId, westId] });
    await createPartner({ name: 'Filter college', kind: 'HIGHER_ED', priorityAreas: ['CAREER_PATHWAYS'], agreementStatus: 'EXPIRED', regionIds: [westId] });
    const viewer = await hub.token(Role.VIEWER);
    const names = async (filter: PartnersQueryVariables['filter']) => {
      const connection = dataOf(await listPartners({ filter: { search: 'filter ', ...filter } }, viewer)).partners;
      expect(connection.totalCount).toBe(connection.edges.length);
      return connection.edges.map((edge) => edge.node.name);
    };
    expect(await names({})).toEqual(['Filter clinic', 'Filter college', 'Filter faith trained']);
    expect(await names({ kind: 'FAITH' })).toEqual(['Filter faith trained']);
    expect(await names({ priorityArea: 'BASIC_NEEDS' })).toEqual(['Filter clinic', 'Filter faith trained']);
    expect(await names({ agreementStatus: 'EXPIRED' })).toEqual(['Filter college']);
    expect(await names({ regionId: westId })).toEqual(['Filter clinic', 'Filter college']);
    expect(await names({ regionId: eastId, priorityArea: 'MENTAL_HEALTH' })).toEqual(['Filter clinic']);
    expect(await names({ trained: true })).toEqual(['Filter faith trained']);
    expect(await names({ trained: false })).toEqual(['Filter clinic', 'Filter college']);
  });

  it('pages in three pages without repeats, rejects a bad cursor, and reads relations without N+1', async () => {
    for (const name of ['Pg 5', 'Pg 2', 'Pg 4', 'Pg 1', 'Pg 3']) await createPartner({ name, regionIds: [eastId], schoolIds: [eastSchoolId] });
    const viewer = await hub.token(Role.VIEWER);
    const seen: string[] = [];
    let after: string | null = null;
    for (const expectedNext of [true, true, false]) {
      const connection: PartnersQuery['partners'] = dataOf(await listPartners({ filter: { search: 'Pg ' }, first: 2, after }, viewer)).partners;
      expect([connection.totalCount, connection.pageInfo.hasNextPage]).toEqual([5, expectedNext]);
      seen.push(...connection.edges.map((edge) => edge.node.name));
      after = connection.pageInfo.endCursor;
    }
    expect(seen).toEqual(['Pg 1', 'Pg 2', 'Pg 3', 'Pg 4', 'Pg 5']);
    expect(errorCodeOf(await listPartners({ after: 'bm90IGpzb24' }, viewer))).toBe('BAD_USER_INPUT');
    expect(errorCodeOf(await listPartners({ first: 500 }, viewer))).toBe('BAD_USER_INPUT');

    const statementsFor = async (first: number) => {
      hub.sql.reset();
      const { edges } = dataOf(await listPartners({ filter: { search: 'Pg ' }, first }, viewer)).partners;
      expect(edges.every((edge) => edge.node.regions[0].code === 'EAST' && edge.node.schools.length === 1)).toBe(true);
      return hub.sql.count;
    };
    expect(await statementsFor(5)).toBe(await statementsFor(1));
  });

  it('replaces regions on update, rejects a stale version and unknown references without partial writes', async () => {
    const partner = await createPartner({ name: 'Mover Org', regionIds: [eastId] });
    const moved = dataOf(await hub.graphql(UpdatePartnerDocument, { input: { id: partner.id, version: 1, regionIds: [westId], kind: 'CULTURAL' } }, liaison)).updatePartner;
    expect(moved).toMatchObject({ kind: 'CULTURAL', regions: [{ id: westId, code: 'WEST' }], version: 2 });
    expect(errorCodeOf(await hub.graphql(UpdatePartnerDocument, { input: { id: partner.id, version: 1, name: 'Stale' } }, liaison))).toBe('CONFLICT');
    const missingSchool = await hub.graphql(CreatePartnerDocument, { input: { name: 'Ghost school partner', kind: 'BUSINESS', schoolIds: ['00000000-0000-0000-0000-000000000000'] } }, liaison);
    expect(errorCodeOf(missingSchool)).toBe('NOT_FOUND');
    expect(await hub.em().count(Partner, { name: 'Ghost school partner' })).toBe(0);
    expect(errorCodeOf(await hub.graphql(PartnerDocument, { id: '00000000-0000-0000-0000-000000000000' }, liaison))).toBe('NOT_FOUND');
    const trail = await hub.em().find(AuditEvent, { entityId: partner.id }, { orderBy: { createdAt: 'asc' } });
    expect(trail.map((event) => [event.action, event.before?.regions ?? null, event.after?.regions])).toEqual([
      ['createPartner', null, [eastId]],
      ['updatePartner', [eastId], [westId]],
    ]);
  });
});
