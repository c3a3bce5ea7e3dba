import { EngagementSession, EngagementSessionKind, ProcessStep } from '../../src/modules/engagement/engagement-session.entity';
import { SessionAttendance } from '../../src/modules/engagement/session-attendance.entity';
import { FocalGroup, FocalGroupCategory, IssueProximity } from '../../src/modules/focal-groups/focal-group.entity';
import { Region } from '../../src/modules/geography/region.entity';
import { School } from '../../src/modules/geography/school.entity';
import { Partner, PartnerKind } from '../../src/modules/partners/partner.entity';
import {
  AuditTrailDocument,
  CareerParticipationDocument,
  CommunityExperiencesDocument,
  CreateKeyResultDocument,
  CreateObjectiveDocument,
  CreateResourceDocument,
  RecordCareerParticipationDocument,
  RecordCommunityExperiencesDocument,
  RecordReferralsDocument,
  type CreateKeyResultInput,
} from '../generated/graphql';
import { dataOf, errorCodeOf, Role, startTestHub, type TestHub } from '../support/hub';

const DAY = 24 * 60 * 60 * 1000;
const YEAR = 365 * DAY;
const PERIOD = { periodStart: '2027-01-01T00:00:00Z', periodEnd: '2027-07-01T00:00:00Z' };

/**
 * Families aligned to resources, hand-computed.
 * Attendance at sessions in the first half of 2027: Spanish 12 + 8 = 20, youth 5, Karen 4 (reached 29).
 *   (A 2026 session with 100 Spanish-speaking attendees is outside the period.)
 * Referrals in the months the period touches (2027-01 .. 2027-06): Spanish 10 + 4 = 14, youth 9, Karen 0.
 *   (Spanish 2026-12: 50 and youth 2027-07: 7 are outside.)
 * Aligned = min(14, 20) + min(9, 5) + min(0, 4) = 14 + 5 + 0 = 19 -> 100 * 19 / 29 = 65.517...%
 * Spanish only: 14 / 20 = 70%. No period: reached 120 + 5 + 4 = 129; referred 64, 16, 0 -> (64 + 5 + 0) / 129 = 53.488...%
 *
 * Professions in 2026-27: Electrician (twice, at two schools, one spelled "electrician"), Registered nurse, Chef; Carpenter had 0
 * participants; Welder took part in 2025-26 only -> 3 professions (4 once Carpenter is recorded with 2).
 * 9th graders in 2026-27: Hill High 150 of 200, Valley High 30 of 100 -> 180 / 300 = 60%. (2025-26: 100 of 100.)
 */
describe('key results of partners\' programmes, measured from the data', () => {
  let hub: TestHub;
  let admin: string;
  let liaison: string;
  let objectiveId: string;
  let spanishId: string;
  const schools: Record<string, School> = {};
  const now = Date.now();
  const halfway = { startDate: new Date(now - YEAR).toISOString(), targetDate: new Date(now + YEAR).toISOString() };

  const createKeyResult = async (input: Omit<CreateKeyResultInput, 'objectiveId'>) =>
    dataOf(await hub.graphql(CreateKeyResultDocument, { input: { objectiveId, ...input } }, admin)).createKeyResult;

  beforeAll(async () => {
    hub = await startTestHub();
    admin = await hub.token(Role.ADMIN);
    liaison = await hub.token(Role.LIAISON);
    const em = hub.em();
    const north = em.create(Region, { name: 'North', code: 'NORTH' });
    for (const name of ['Maple Elementary', 'Hill High', 'Valley High']) schools[name] = em.create(School, { name, region: north });
    const group = (name: string, category: FocalGroupCategory) => em.create(FocalGroup, { name, category, populationShare: 0.1, languages: [], proximity: IssueProximity.DIRECTLY_IMPACTED });
    const spanish = group('Spanish-speaking families', FocalGroupCategory.LANGUAGE_RACE_ETHNICITY);
    const youth = group('Youth', FocalGroupCategory.AGE);
    const karen = group('Karen-speaking families', FocalGroupCategory.LANGUAGE_RACE_ETHNICITY);
    spanishId = spanish.id;
    const partner = em.create(Partner, { name: 'Alpha Family Center', kind: PartnerKind.NON_PROFIT });
    const session = (heldAt: string, attendance: [FocalGroup, number][]) => {
      const created = em.create(EngagementSession, { title: `Session ${heldAt}`, kind: EngagementSessionKind.SMALL_GROUP, region: north, school: schools['Maple Elementary'], heldAt: new Date(heldAt), processStep: ProcessStep.EXPLORING, totalAttendees: attendance.reduce((sum, [, count]) => sum + count, 0) });
      for (const [focalGroup, count] of attendance) em.create(SessionAttendance, { session: created, focalGroup, count });
    };
    session('2027-01-10T18:00:00Z', [[spanish, 12], [youth, 5]]);
    session('2027-02-10T18:00:00Z', [[spanish, 8], [karen, 4]]);
    session('2026-06-01T18:00:00Z', [[spanish, 100]]);
    await em.flush();

    const resource = dataOf(
      await hub.graphql(CreateResourceDocument, { input: { partnerId: partner.id, name: 'Food pantry', description: 'Groceries.', priorityArea: 'BASIC_NEEDS', audiences: [], languages: ['es'], free: true, status: 'ACTIVE', regionIds: [north.id], schoolIds: [] } }, liaison),
    ).createResource;
    const referrals: [FocalGroup, string, number, number, number][] = [
      [spanish, '2027-01', 5, 3, 2],
      [spanish, '2027-03', 4, 0, 0],
      [youth, '2027-02', 9, 0, 0],
      [spanish, '2026-12', 50, 0, 0],
      [youth, '2027-07', 7, 0, 0],
    ];
    for (const [focalGroup, month, connected, waiting, declined] of referrals) {
      dataOf(await hub.graphql(RecordReferralsDocument, { input: { resourceId: resource.id, schoolId: schools['Maple Elementary'].id, focalGroupId: focalGroup.id, month, connected, waiting, declined } }, liaison));
    }

    const career: [string, string, string, number][] = [
      ['2026-27', 'Maple Elementary', 'Electrician', 3],
      ['2026-27', 'Hill High', 'electrician', 2],
      ['2026-27', 'Hill High', 'Registered nurse', 2],
      ['2026-27', 'Valley High', 'Chef', 1],
      ['2026-27', 'Valley High', 'Carpenter', 0],
      ['2025-26', 'Valley High', 'Welder', 1],
    ];
    for (const [schoolYear, school, profession, participants] of career) {
      dataOf(await hub.graphql(RecordCareerParticipationDocument, { input: { schoolYear, schoolId: schools[school].id, profession, participants, partnerId: null } }, liaison));
    }
    const experiences: [string, string, number, number][] = [
      ['2026-27', 'Hill High', 200, 150],
      ['2026-27', 'Valley High', 100, 30],
      ['2025-26', 'Hill High', 100, 100],
    ];
    for (const [schoolYear, school, ninthGraders, withExperience] of experiences) {
      dataOf(await hub.graphql(RecordCommunityExperiencesDocument, { input: { schoolYear, schoolId: schools[school].id, ninthGraders, withExperience } }, liaison));
    }
    objectiveId = dataOf(await hub.graphql(CreateObjectiveDocument, { input: { title: 'Every family connected to resources', description: null } }, admin)).createObjective.id;
  });
  afterAll(() => hub.stop());

  it('measures families aligned to resources: referrals of each focal group against its reach in engagement', async () => {
    const all = await createKeyResult({ title: '100% of families aligned to resources', measure: 'FAMILIES_ALIGNED_TO_RESOURCES', parameters: PERIOD, baseline: 0, target: 100, ...halfway });
    expect(all.currentValue).toBeCloseTo((100 * 19) / 29, 10);
    expect(all.progress).toBeCloseTo(19 / 29, 10);
    expect(all.status).toBe('ON_TRACK');
    expect(all.parameters).toMatchObject({ periodStart: '2027-01-01T00:00:00.000Z', periodEnd: '2027-07-01T00:00:00.000Z', focalGroupId: null });

    const spanish = await createKeyResult({ title: 'Spanish-speaking families aligned', measure: 'FAMILIES_ALIGNED_TO_RESOURCES', parameters: { focalGroupId: spanishId, ...PERIOD }, baseline: 0, target: 100, ...halfway });
    expect(spanish.currentValue).toBeCloseTo(70, 10);

    const ever = await createKeyResult({ title: 'Aligned, all time', measure: 'FAMILIES_ALIGNED_TO_RESOURCES', parameters: {}, baseline: 0, target: 100, ...halfway });
    expect(ever.currentValue).toBeCloseTo((100 * 69) / 129, 10);

    const nobody = await createKeyResult({ title: 'Nobody reached in 2030', measure: 'FAMILIES_ALIGNED_TO_RESOURCES', parameters: { periodStart: '2030-01-01T00:00:00Z', periodEnd: '2031-01-01T00:00:00Z' }, baseline: 0, target: 100, ...halfway });
    expect(nobody).toMatchObject({ currentValue: null, status: null });
  });

  it('counts professions in career programmes and 9th graders with a community-based experience per school year', async () => {
    const professions = await createKeyResult({ title: '20 professions a year', measure: 'PROFESSIONS_PARTICIPATING', parameters: { schoolYear: '2026-27' }, baseline: 0, target: 20, ...halfway });
    expect(professions).toMatchObject({ currentValue: 3, status: 'OFF_TRACK', parameters: { schoolYear: '2026-27' } });
    expect(professions.progress).toBeCloseTo(3 / 20, 10);

    const ninth = await createKeyResult({ title: 'Every 9th grader', measure: 'NINTH_GRADERS_WITH_COMMUNITY_EXPERIENCE', parameters: { schoolYear: '2026-27' }, baseline: 0, target: 100, ...halfway });
    expect(ninth.currentValue).toBeCloseTo(60, 10);
    expect(ninth.status).toBe('ON_TRACK');

    const lastYear = await createKeyResult({ title: 'Last year', measure: 'NINTH_GRADERS_WITH_COMMUNITY_EXPERIENCE', parameters: { schoolYear: '2025-26' }, baseline: 0, target: 100, ...halfway });
    expect(lastYear.currentValue).toBe(100);
    const unreported = await createKeyResult({ title: 'Not reported yet', measure: 'NINTH_GRADERS_WITH_COMMUNITY_EXPERIENCE', parameters: { schoolYear: '2027-28' }, baseline: 0, target: 100, ...halfway });
    expect(unreported.currentValue).toBeNull();

    // Recording a cell again replaces it: Carpenter now had 2 participants.
    const carpenter = dataOf(await hub.graphql(RecordCareerParticipationDocument, { input: { schoolYear: '2026-27', schoolId: schools['Valley High'].id, profession: 'Carpenter', participants: 2, partnerId: null } }, admin)).recordCareerParticipation;
    expect(carpenter.version).toBe(2);
    const recounted = await createKeyResult({ title: '20 professions a year (again)', measure: 'PROFESSIONS_PARTICIPATING', parameters: { schoolYear: '2026-27' }, baseline: 0, target: 20, ...halfway });
    expect(recounted.currentValue).toBe(4);
    const trail = dataOf(await hub.graphql(AuditTrailDocument, { entity: 'CareerParticipation', id: carpenter.id }, admin)).auditTrail;
    expect(trail.map((event) => [event.action, (event.before as { participants?: number } | null)?.participants ?? null, (event.after as { participants: number }).participants])).toEqual(
      expect.arrayContaining([
        ['recordCareerParticipation', null, 0],
        ['recordCareerParticipation', 0, 2],
      ]),
    );

    const listed = dataOf(await hub.graphql(CareerParticipationDocument, { schoolYear: '2026-27' }, null)).careerParticipation;
    expect(listed.map((row) => row.profession).sort()).toEqual(['Carpenter', 'Chef', 'Electrician', 'Registered nurse', 'electrician']);
    const experiences = dataOf(await hub.graphql(CommunityExperiencesDocument, { schoolYear: '2026-27' }, null)).communityExperiences;
    expect(experiences.reduce((sum, row) => sum + row.withExperience, 0)).toBe(180);
  });

  it('refuses measures without the school year they need and counts that cannot be', async () => {
    const base = { title: 'x', baseline: 0, target: 1, ...halfway };
    expect(errorCodeOf(await hub.graphql(CreateKeyResultDocument, { input: { objectiveId, ...base, measure: 'PROFESSIONS_PARTICIPATING', parameters: {} } }, admin))).toBe('BAD_USER_INPUT');
    expect(errorCodeOf(await hub.graphql(CreateKeyResultDocument, { input: { objectiveId, ...base, measure: 'NINTH_GRADERS_WITH_COMMUNITY_EXPERIENCE', parameters: { schoolYear: '2026-28' } } }, admin))).toBe('BAD_USER_INPUT');
    const hill = schools['Hill High'].id;
    expect(errorCodeOf(await hub.graphql(RecordCommunityExperiencesDocument, { input: { schoolYear: '2026-27', schoolId: hill, ninthGraders: 10, withExperience: 11 } }, liaison))).toBe('BAD_USER_INPUT');
    expect(errorCodeOf(await hub.graphql(RecordCommunityExperiencesDocument, { input: { schoolYear: '2026', schoolId: hill, ninthGraders: 10, withExperience: 1 } }, liaison))).toBe('BAD_USER_INPUT');
    expect(errorCodeOf(await hub.graphql(RecordCareerParticipationDocument, { input: { schoolYear: '2026-27', schoolId: hill, profession: 'Nurse', participants: 1, partnerId: null } }, await hub.token(Role.VIEWER)))).toBe('FORBIDDEN');
  });
});
