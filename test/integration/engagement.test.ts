import { AuditEvent } from '../../src/modules/audit/audit-event.entity';
import { EngagementSession } from '../../src/modules/engagement/engagement-session.entity';
import { SessionAttendance } from '../../src/modules/engagement/session-attendance.entity';
import { Partner, PartnerKind } from '../../src/modules/partners/partner.entity';
import {
  CreateEngagementSessionDocument,
  CreateFocalGroupDocument,
  CreateRegionDocument,
  CreateSchoolDocument,
  EngagementSessionDocument,
  EngagementSessionsDocument,
  UpdateEngagementSessionDocument,
  type CreateEngagementSessionInput,
  type EngagementSessionsQueryVariables,
} from '../generated/graphql';
import { dataOf, errorCodeOf, Role, startTestHub, type TestHub } from '../support/hub';

const UNKNOWN_ID = '00000000-0000-0000-0000-000000000000';

describe('engagement sessions', () => {
  let hub: TestHub;
  let liaison: string;
  let northId: string;
  let southId: string;
  let northSchoolId: string;
  let southSchoolId: string;
  let eldersId: string;
  let rentersId: string;
  let arabicId: string;

  const sessionInput = (overrides: Partial<CreateEngagementSessionInput> = {}): CreateEngagementSessionInput => ({
    title: 'Family dinner',
    kind: 'CIVIC_DINNER',
    regionId: northId,
    heldAt: '2026-03-10T18:00:00.000Z',
    processStep: 'EXPLORING',
    totalAttendees: 30,
    attendance: [],
    ...overrides,
  });
  const createSession = async (overrides: Partial<CreateEngagementSessionInput> = {}) =>
    dataOf(await hub.graphql(CreateEngagementSessionDocument, { input: sessionInput(overrides) }, liaison)).createEngagementSession;
  // Omitted variables mean "no filter".
  const listSessions = (variables: Partial<EngagementSessionsQueryVariables>, token: string) =>
    hub.graphql(EngagementSessionsDocument, variables as EngagementSessionsQueryVariables, token);

  beforeAll(async () => {
    hub = await startTestHub();
    const admin = await hub.token(Role.ADMIN);
    liaison = await hub.token(Role.LIAISON);
    northId = dataOf(await hub.graphql(CreateRegionDocument, { input: { name: 'North', code: 'NORTH' } }, admin)).createRegion.id;
    southId = dataOf(await hub.graphql(CreateRegionDocument, { input: { name: 'South', code: 'SOUTH' } }, admin)).createRegion.id;
    northSchoolId = dataOf(await hub.graphql(CreateSchoolDocument, { input: { name: 'North High', regionId: northId, titleOne: true } }, admin)).createSchool.id;
    southSchoolId = dataOf(await hub.graphql(CreateSchoolDocument, { input: { name: 'South Elementary', regionId: southId, titleOne: false } }, admin)).createSchool.id;
    const group = async (name: string, regionId: string | null) =>
      dataOf(await hub.graphql(CreateFocalGroupDocument, { input: { name, category: 'COMMUNITY', populationShare: 0.2, regionId } }, liaison)).createFocalGroup.id;
    eldersId = await group('Elders', northId);
    rentersId = await group('Renters', northId);
    arabicId = await group('Arabic-speaking families', null);
  });
  afterAll(() => hub.stop());

  it('records a session with its attendance per focal group and audits it', async () => {
    const session = await createSession({
      title: 'North High listening session',
      schoolId: northSchoolId,
      notes: 'Ask about bus times',
      totalAttendees: 25,
      attendance: [
        { focalGroupId: rentersId, count: 12 },
        { focalGroupId: eldersId, count: 25 },
        { focalGroupId: arabicId, count: 0 },
      ],
    });
    expect(session).toMatchObject({
      title: 'North High listening session',
      kind: 'CIVIC_DINNER',
      heldAt: '2026-03-10T18:00:00.000Z',
      processStep: 'EXPLORING',
      totalAttendees: 25,
      notes: 'Ask about bus times',
      version: 1,
      region: { id: northId, code: 'NORTH' },
      school: { id: northSchoolId, name: 'North High' },
    });
    const counts = Object.fromEntries(session.attendance.map((row) => [row.focalGroup.name, row.count]));
    expect(counts).toEqual({ Renters: 12, Elders: 25, 'Arabic-speaking families': 0 });

    const [event] = await hub.em().find(AuditEvent, { entityId: session.id });
    expect(event).toMatchObject({ action: 'createEngagementSession', entityType: 'EngagementSession', actorRole: 'LIAISON' });
    expect(event.after).toMatchObject({ totalAttendees: 25, notes: 'Ask about bus times' });
    expect((event.after!.attendance as { count: number }[]).map((row) => row.count).sort((a, b) => a - b)).toEqual([0, 12, 25]);
  });

  it('lists sessions by region, school and inclusive date range; viewers see no notes, partners are refused', async () => {
    await createSession({ title: 'List south school', regionId: southId, schoolId: southSchoolId, heldAt: '2026-04-01T17:00:00.000Z', notes: 'private' });
    await createSession({ title: 'List south virtual', regionId: southId, kind: 'VIRTUAL', heldAt: '2026-05-01T17:00:00.000Z' });
    await createSession({ title: 'List north late', heldAt: '2026-06-30T17:00:00.000Z' });
    const viewer = await hub.token(Role.VIEWER);
    const titles = async (variables: Partial<EngagementSessionsQueryVariables>) =>
      dataOf(await listSessions(variables, liaison)).engagementSessions.map((session) => session.title);
    expect(await titles({ regionId: southId })).toEqual(['List south school', 'List south virtual']);
    expect(await titles({ schoolId: southSchoolId })).toEqual(['List south school']);
    expect(await titles({ from: '2026-04-01T17:00:00.000Z', to: '2026-05-01T17:00:00.000Z' })).toEqual(['List south school', 'List south virtual']);
    expect(await titles({ from: '2026-06-01T00:00:00.000Z' })).toEqual(['List north late']);
    expect(await titles({ regionId: northId, to: '2026-03-31T00:00:00.000Z' })).toEqual(['North High listening session']);
    expect(errorCodeOf(await listSessions({ from: '2026-05-01T00:00:00.000Z', to: '2026-04-01T00:00:00.000Z' }, liaison))).toBe('BAD_USER_INPUT');

    const asViewer = dataOf(await listSessions({ schoolId: southSchoolId }, viewer)).engagementSessions;
    expect(asViewer.map((session) => [session.title, session.notes])).toEqual([['List south school', null]]);
    const asStaff = dataOf(await listSessions({ schoolId: southSchoolId }, await hub.token(Role.BUDGET_STAFF))).engagementSessions;
    expect(asStaff[0].notes).toBe('private');

    const partner = hub.em().create(Partner, { name: 'Session partner', kind: PartnerKind.BUSINESS, priorityAreas: [] });
    await hub.em().persistAndFlush(partner);
    expect(errorCodeOf(await listSessions({}, await hub.token(Role.PARTNER, partner.id)))).toBe('FORBIDDEN');
  });

  it('reads a list with attendance in a number of statements that does not grow with the list', async () => {
    const statementsFor = async (expectedSessions: number) => {
      hub.sql.reset();
      const sessions = dataOf(await listSessions({ regionId: northId }, liaison)).engagementSessions;
      expect(sessions).toHaveLength(expectedSessions);
      return hub.sql.count;
    };
    const forTwo = await statementsFor(2);
    await createSession({ title: 'Third north', schoolId: northSchoolId, attendance: [{ focalGroupId: arabicId, count: 3 }] });
    expect(await statementsFor(3)).toBe(forTwo);
  });

  it('validates attendance: no count above the headcount, no duplicates, no negatives, known groups, school in region', async () => {
    const bad = async (overrides: Partial<CreateEngagementSessionInput>) => errorCodeOf(await hub.graphql(CreateEngagementSessionDocument, { input: sessionInput(overrides) }, liaison));
    expect(await bad({ totalAttendees: 10, attendance: [{ focalGroupId: eldersId, count: 11 }] })).toBe('BAD_USER_INPUT');
    expect(await bad({ attendance: [{ focalGroupId: eldersId, count: 1 }, { focalGroupId: eldersId, count: 2 }] })).toBe('BAD_USER_INPUT');
    expect(await bad({ attendance: [{ focalGroupId: eldersId, count: -1 }] })).toBe('BAD_USER_INPUT');
    expect(await bad({ totalAttendees: -3 })).toBe('BAD_USER_INPUT');
    expect(await bad({ attendance: [{ focalGroupId: UNKNOWN_ID, count: 1 }] })).toBe('NOT_FOUND');
    expect(await bad({ schoolId: southSchoolId })).toBe('BAD_USER_INPUT');
    expect(await bad({ regionId: UNKNOWN_ID })).toBe('NOT_FOUND');
  });

  it('rolls back a session whose attendance has one bad row: no session, no attendance, no audit event', async () => {
    const sessionsBefore = await hub.em().count(EngagementSession, {});
    const attendanceBefore = await hub.em().count(SessionAttendance, {});
    const eventsBefore = await hub.em().count(AuditEvent, { action: 'createEngagementSession' });
    const response = await hub.graphql(
      CreateEngagementSessionDocument,
      {
        input: sessionInput({
          title: 'Half-written session',
          attendance: [
            { focalGroupId: eldersId, count: 5 },
            { focalGroupId: rentersId, count: 4 },
            { focalGroupId: UNKNOWN_ID, count: 2 },
          ],
        }),
      },
      liaison,
    );
    expect(errorCodeOf(response)).toBe('NOT_FOUND');
    expect(await hub.em().count(EngagementSession, { title: 'Half-written session' })).toBe(0);
    expect([await hub.em().count(EngagementSession, {}), await hub.em().count(SessionAttendance, {}), await hub.em().count(AuditEvent, { action: 'createEngagementSession' })]).toEqual([
      sessionsBefore,
      attendanceBefore,
      eventsBefore,
    ]);
  });

  it('replaces the attendance on update, bumps the version, and rejects stale versions and shrinking headcounts', async () => {
    const session = await createSession({ title: 'Revisited', schoolId: northSchoolId, totalAttendees: 20, attendance: [{ focalGroupId: eldersId, count: 8 }, { focalGroupId: rentersId, count: 6 }] });
    const updated = dataOf(
      await hub.graphql(
        UpdateEngagementSessionDocument,
        { input: { id: session.id, version: 1, totalAttendees: 22, attendance: [{ focalGroupId: rentersId, count: 9 }, { focalGroupId: arabicId, count: 4 }] } },
        liaison,
      ),
    ).updateEngagementSession;
    expect(updated.version).toBe(2);
    expect(updated.totalAttendees).toBe(22);
    expect(Object.fromEntries(updated.attendance.map((row) => [row.focalGroup.name, row.count]))).toEqual({ Renters: 9, 'Arabic-speaking families': 4 });
    const stored = await hub.em().find(SessionAttendance, { session: session.id });
    expect(stored.map((row) => [row.focalGroup.id, row.count]).sort()).toEqual([[arabicId, 4], [rentersId, 9]].sort());

    const attendanceOnly = dataOf(
      await hub.graphql(UpdateEngagementSessionDocument, { input: { id: session.id, version: 2, attendance: [{ focalGroupId: rentersId, count: 10 }] } }, liaison),
    ).updateEngagementSession;
    expect([attendanceOnly.version, attendanceOnly.attendance.map((row) => row.count)]).toEqual([3, [10]]);

    expect(errorCodeOf(await hub.graphql(UpdateEngagementSessionDocument, { input: { id: session.id, version: 2, title: 'Stale' } }, liaison))).toBe('CONFLICT');
    expect(errorCodeOf(await hub.graphql(UpdateEngagementSessionDocument, { input: { id: session.id, version: 3, totalAttendees: 9 } }, liaison))).toBe('BAD_USER_INPUT');
    expect(errorCodeOf(await hub.graphql(UpdateEngagementSessionDocument, { input: { id: session.id, version: 3, regionId: southId } }, liaison))).toBe('BAD_USER_INPUT');
    const moved = dataOf(
      await hub.graphql(UpdateEngagementSessionDocument, { input: { id: session.id, version: 3, regionId: southId, schoolId: southSchoolId, title: 'Moved south' } }, liaison),
    ).updateEngagementSession;
    expect(moved).toMatchObject({ title: 'Moved south', region: { code: 'SOUTH' }, school: { name: 'South Elementary' }, version: 4 });

    const read = dataOf(await hub.graphql(EngagementSessionDocument, { id: session.id }, await hub.token(Role.VIEWER))).engagementSession;
    expect(read).toMatchObject({ title: 'Moved south', totalAttendees: 22, notes: null });
    const trail = await hub.em().find(AuditEvent, { entityId: session.id }, { orderBy: { createdAt: 'asc' } });
    expect(trail.map((event) => event.action)).toEqual(['createEngagementSession', 'updateEngagementSession', 'updateEngagementSession', 'updateEngagementSession']);
    expect([trail[1].before?.attendance, trail[2].after?.attendance]).toEqual([
      [{ focalGroupId: eldersId, count: 8 }, { focalGroupId: rentersId, count: 6 }].sort((a, b) => a.focalGroupId.localeCompare(b.focalGroupId)),
      [{ focalGroupId: rentersId, count: 10 }],
    ]);
  });

  it('refuses writes by viewers, partners and budget staff, and unknown ids', async () => {
    const partner = await hub.em().findOneOrFail(Partner, { name: 'Session partner' });
    for (const token of [await hub.token(Role.VIEWER), await hub.token(Role.PARTNER, partner.id), await hub.token(Role.BUDGET_STAFF)]) {
      expect(errorCodeOf(await hub.graphql(CreateEngagementSessionDocument, { input: sessionInput({ title: 'Not allowed' }) }, token))).toBe('FORBIDDEN');
    }
    expect(await hub.em().count(EngagementSession, { title: 'Not allowed' })).toBe(0);
    expect(errorCodeOf(await hub.graphql(EngagementSessionDocument, { id: UNKNOWN_ID }, liaison))).toBe('NOT_FOUND');
    expect(errorCodeOf(await hub.graphql(UpdateEngagementSessionDocument, { input: { id: UNKNOWN_ID, version: 1, title: 'x' } }, liaison))).toBe('NOT_FOUND');
  });
});
