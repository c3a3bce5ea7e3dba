import { computeRepresentation } from '../../src/modules/engagement/representation.service';
import {
  CreateEngagementSessionDocument,
  CreateFocalGroupDocument,
  CreatePartnerDocument,
  CreateRegionDocument,
  RepresentationDocument,
  UpdateEngagementSessionDocument,
  type AttendanceInput,
  type RepresentationQuery,
} from '../generated/graphql';
import { dataOf, errorCodeOf, Role, startTestHub, type TestHub } from '../support/hub';

/**
 * A hand-computed community network analysis.
 * Groups: Elders (North, 20% of the population), Renters (North, 50%), Arabic-speaking families
 * (district-wide, 10%), South farmworkers (South, 30%), Zero-share volunteers (district-wide, 0%).
 * Sessions: North #1 of 40 people (Elders 10, Renters 20, Arabic 2), North #2 of 60 (Elders 10,
 * Renters 10), South #1 of 50 (farmworkers 5, Arabic 10, Renters 0).
 */
describe('representation', () => {
  let hub: TestHub;
  let liaison: string;
  let northId: string;
  let southId: string;
  let emptyId: string;
  const groupIds: Record<string, string> = {};
  let northFirstSessionId: string;

  const reportFor = async (regionId: string | null, token?: string) =>
    dataOf(await hub.graphql(RepresentationDocument, { regionId }, token ?? (await hub.token(Role.VIEWER)))).representation;
  const byName = (report: RepresentationQuery['representation']) =>
    Object.fromEntries(report.groups.map((group) => [group.focalGroup.name, [group.attendance, group.participationShare, group.gap, group.participationRate]]));
  const expectClose = (actual: Record<string, (number | null)[]>, expected: Record<string, (number | null)[]>) => {
    expect(Object.keys(actual)).toEqual(Object.keys(expected));
    for (const [name, values] of Object.entries(expected)) {
      values.forEach((value, index) => (value === null ? expect(actual[name][index]).toBeNull() : expect(actual[name][index]).toBeCloseTo(value, 10)));
    }
  };

  beforeAll(async () => {
    // Without the aggregate and credential caches: the statement count is that of computing the report for a token.
    hub = await startTestHub({ env: { AGGREGATE_CACHE_ENTRIES: '0', CREDENTIAL_CACHE_SECONDS: '0' } });
    const admin = await hub.token(Role.ADMIN);
    liaison = await hub.token(Role.LIAISON);
    const region = async (name: string, code: string) => dataOf(await hub.graphql(CreateRegionDocument, { input: { name, code } }, admin)).createRegion.id;
    northId = await region('North', 'NORTH');
    southId = await region('South', 'SOUTH');
    emptyId = await region('Quiet Valley', 'QUIET');
    const groups: [string, string | null, number][] = [
      ['Elders', northId, 0.2],
      ['Renters', northId, 0.5],
      ['Arabic-speaking families', null, 0.1],
      ['South farmworkers', southId, 0.3],
      ['Zero-share volunteers', null, 0],
    ];
    for (const [name, regionId, populationShare] of groups) {
      groupIds[name] = dataOf(await hub.graphql(CreateFocalGroupDocument, { input: { name, category: 'COMMUNITY', regionId, populationShare } }, liaison)).createFocalGroup.id;
    }
    const session = async (regionId: string, totalAttendees: number, counts: Record<string, number>) => {
      const attendance: AttendanceInput[] = Object.entries(counts).map(([name, count]) => ({ focalGroupId: groupIds[name], count }));
      const input = { title: 'Listening session', kind: 'SMALL_GROUP' as const, regionId, heldAt: '2026-02-01T18:00:00.000Z', processStep: 'OPENING' as const, totalAttendees, attendance };
      return dataOf(await hub.graphql(CreateEngagementSessionDocument, { input }, liaison)).createEngagementSession.id;
    };
    northFirstSessionId = await session(northId, 40, { Elders: 10, Renters: 20, 'Arabic-speaking families': 2 });
    await session(northId, 60, { Elders: 10, Renters: 10 });
    await session(southId, 50, { 'South farmworkers': 5, 'Arabic-speaking families': 10, Renters: 0 });
  });
  afterAll(() => hub.stop());

  it('reports a region with its own and the district-wide groups against its own sessions', async () => {
    const report = await reportFor(northId);
    expect(report).toMatchObject({ regionId: northId, region: { code: 'NORTH' }, sessionCount: 2, totalAttendees: 100 });
    // Arabic 2/100 = 0.02 of a 0.10 share; Elders 20/100 = 0.20 of 0.20; Renters 30/100 = 0.30 of 0.50.
    expectClose(byName(report), {
      'Arabic-speaking families': [2, 0.02, 0.08, 0.2],
      Elders: [20, 0.2, 0, 1],
      Renters: [30, 0.3, 0.2, 0.6],
      'Zero-share volunteers': [0, 0, 0, null],
    });
    expect(report.groups.map((group) => group.focalGroupId)).toEqual(report.groups.map((group) => group.focalGroup.id));
    expect(report.groups.find((group) => group.focalGroupId === groupIds.Renters)!.populationShare).toBe(0.5);
    expect(report.representativeness).toBeCloseTo(0.2 / 1, 10);
    expect(report.missingGroups.map((group) => group.name)).toEqual(['Arabic-speaking families']);
  });

  it('reports the whole district, measuring regional groups against their own region\'s sessions', async () => {
    const report = await reportFor(null);
    expect(report).toMatchObject({ regionId: null, region: null, sessionCount: 3, totalAttendees: 150 });
    // District-wide Arabic: 12 of all 150. Regional groups' shares are shares of their region, so
    // North groups count against North's 100 attendees and South's farmworkers against South's 50.
    expectClose(byName(report), {
      'Arabic-speaking families': [12, 12 / 150, 0.1 - 12 / 150, 12 / 150 / 0.1],
      Elders: [20, 0.2, 0, 1],
      Renters: [30, 0.3, 0.2, 0.6],
      'South farmworkers': [5, 0.1, 0.2, 1 / 3],
      'Zero-share volunteers': [0, 0, 0, null],
    });
    // Lowest rate (farmworkers 1/3) over highest (Elders 1).
    expect(report.representativeness).toBeCloseTo(1 / 3, 10);
    expect(report.missingGroups.map((group) => group.name)).toEqual(['South farmworkers']);
  });

  it('gives a region without sessions zero representativeness and lists its groups as missing', async () => {
    const report = await reportFor(emptyId);
    expect(report).toMatchObject({ sessionCount: 0, totalAttendees: 0, representativeness: 0 });
    expectClose(byName(report), { 'Arabic-speaking families': [0, 0, 0.1, 0], 'Zero-share volunteers': [0, 0, 0, null] });
    expect(report.missingGroups.map((group) => group.name)).toEqual(['Arabic-speaking families']);
  });

  it('is a public aggregate for every role and the public, and refuses unknown regions', async () => {
    const partner = dataOf(await hub.graphql(CreatePartnerDocument, { input: { name: 'Representation partner', kind: 'NON_PROFIT' } }, liaison)).createPartner;
    for (const token of [await hub.token(Role.PARTNER, partner.id), await hub.token(Role.BUDGET_STAFF), await hub.token(Role.ADMIN)]) {
      expect((await reportFor(southId, token)).totalAttendees).toBe(50);
    }
    // Without credentials the caller is the public audience, which reads this aggregate too.
    expect(dataOf(await hub.graphql(RepresentationDocument, { regionId: null }, null)).representation.totalAttendees).toBe((await reportFor(null, liaison)).totalAttendees);
    expect(errorCodeOf(await hub.graphql(RepresentationDocument, { regionId: '00000000-0000-0000-0000-000000000000' }, liaison))).toBe('NOT_FOUND');
  });

  it('follows corrected attendance, and the exported function agrees with the GraphQL report', async () => {
    // South: Arabic 10/50 = 0.2 of 0.1 (rate 2); farmworkers 5/50 = 0.1 of 0.3 (rate 1/3).
    const south = await computeRepresentation(hub.em(), southId);
    expect(south.groups.map((group) => [group.focalGroup.name, group.participationRate])).toEqual([
      ['Arabic-speaking families', 2],
      ['South farmworkers', 0.1 / 0.3],
      ['Zero-share volunteers', null],
    ]);
    expect(south.representativeness).toBeCloseTo(1 / 3 / 2, 10);

    const corrected = await hub.graphql(
      UpdateEngagementSessionDocument,
      { input: { id: northFirstSessionId, version: 1, attendance: [{ focalGroupId: groupIds.Elders, count: 10 }, { focalGroupId: groupIds.Renters, count: 20 }, { focalGroupId: groupIds['Arabic-speaking families'], count: 10 }] } },
      liaison,
    );
    expect(dataOf(corrected).updateEngagementSession.version).toBe(2);
    // Arabic now 10/100 = 0.10 of 0.10: rate 1; lowest rate is Renters 0.6, highest 1.
    const north = await reportFor(northId);
    expect(north.representativeness).toBeCloseTo(0.6, 10);
    expect(north.missingGroups).toEqual([]);
    const direct = await computeRepresentation(hub.em(), northId);
    expect(direct.representativeness).toBeCloseTo(north.representativeness, 12);
    expect(direct.groups.map((group) => group.gap)).toEqual(north.groups.map((group) => group.gap));
  });

  it('answers in a fixed number of statements', async () => {
    const viewer = await hub.token(Role.VIEWER);
    hub.sql.reset();
    await reportFor(null, viewer);
    const district = hub.sql.count;
    hub.sql.reset();
    await reportFor(northId, viewer);
    // Token, groups, aggregate; a region report also loads its region once (existence check and `region` share the loader).
    expect([district, hub.sql.count]).toEqual([3, 4]);
  });
});
