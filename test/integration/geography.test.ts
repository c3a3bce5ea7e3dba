import { AuditEvent } from '../../src/modules/audit/audit-event.entity';
import { Region } from '../../src/modules/geography/region.entity';
import { CreateRegionDocument, CreateSchoolDocument, RegionsDocument, UpdateRegionDocument } from '../generated/graphql';
import { dataOf, errorCodeOf, Role, startTestHub, type TestHub } from '../support/hub';

describe('regions and schools', () => {
  let hub: TestHub;
  let admin: string;

  beforeAll(async () => {
    hub = await startTestHub();
    admin = await hub.token(Role.ADMIN);
  });
  afterAll(() => hub.stop());

  it('creates a region and a school, lists them nested, and audits each write', async () => {
    const region = dataOf(await hub.graphql(CreateRegionDocument, { input: { name: 'Riverside', code: 'RIVER' } }, admin)).createRegion;
    expect(region).toMatchObject({ name: 'Riverside', code: 'RIVER', version: 1 });
    const school = dataOf(await hub.graphql(CreateSchoolDocument, { input: { name: 'Riverside Elementary', regionId: region.id, titleOne: true } }, admin)).createSchool;
    expect(school.region.id).toBe(region.id);

    const viewer = await hub.token(Role.VIEWER);
    const { regions } = dataOf(await hub.graphql(RegionsDocument, {}, viewer));
    expect(regions.find((r) => r.id === region.id)?.schools).toEqual([{ id: school.id, name: 'Riverside Elementary', titleOne: true }]);

    const events = await hub.em().find(AuditEvent, { entityId: { $in: [region.id, school.id] } });
    expect(events.map((event) => event.action).sort()).toEqual(['createRegion', 'createSchool']);
  });

  it('rejects a stale version with CONFLICT and keeps the newer write', async () => {
    const region = dataOf(await hub.graphql(CreateRegionDocument, { input: { name: 'Hillside', code: 'HILL' } }, admin)).createRegion;
    const first = await hub.graphql(UpdateRegionDocument, { input: { id: region.id, version: 1, name: 'Hillside East' } }, admin);
    expect(dataOf(first).updateRegion.version).toBe(2);
    const stale = await hub.graphql(UpdateRegionDocument, { input: { id: region.id, version: 1, name: 'Lost update' } }, admin);
    expect(errorCodeOf(stale)).toBe('CONFLICT');
    expect((await hub.em().findOneOrFail(Region, region.id)).name).toBe('Hillside East');
  });

  it('maps invalid input, unknown ids, missing and refused tokens to stable codes', async () => {
    expect(errorCodeOf(await hub.graphql(CreateRegionDocument, { input: { name: 'x', code: 'lower case' } }, admin))).toBe('BAD_USER_INPUT');
    expect(errorCodeOf(await hub.graphql(CreateSchoolDocument, { input: { name: 'Nowhere', regionId: '00000000-0000-0000-0000-000000000000', titleOne: false } }, admin))).toBe('NOT_FOUND');
    // No credentials is the public audience for reads, but never for writes.
    expect(dataOf(await hub.graphql(RegionsDocument, {}, null)).regions.length).toBeGreaterThan(0);
    expect(errorCodeOf(await hub.graphql(CreateRegionDocument, { input: { name: 'Public region', code: 'PUB' } }, null))).toBe('UNAUTHENTICATED');
    expect(errorCodeOf(await hub.graphql(RegionsDocument, {}, 'not-a-real-token'))).toBe('UNAUTHENTICATED');
    expect(errorCodeOf(await hub.graphql(CreateRegionDocument, { input: { name: 'Viewer region', code: 'VIEW' } }, await hub.token(Role.VIEWER)))).toBe('FORBIDDEN');
  });
});

describe('malformed ids', () => {
  let hub: TestHub;
  beforeAll(async () => {
    hub = await startTestHub();
  });
  afterAll(() => hub.stop());

  it('answers BAD_USER_INPUT, not a masked internal error', async () => {
    const admin = await hub.token(Role.ADMIN);
    const response = await hub.graphql(CreateSchoolDocument, { input: { name: 'Nowhere', regionId: 'not-a-uuid', titleOne: false } }, admin);
    expect(errorCodeOf(response)).toBe('BAD_USER_INPUT');
  });
});
