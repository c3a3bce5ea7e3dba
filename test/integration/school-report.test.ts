import { CommitmentParty, CommitmentStatus } from '../../src/modules/school-engagement/engagement-commitment.entity';
import { EngagementPhaseKind } from '../../src/modules/school-engagement/engagement-phase.entity';
import { RecommendationStatus, SchoolRecommendation, SchoolReportPeriod } from '../../src/modules/school-engagement/school-recommendation.entity';
import { Partner, PartnerKind } from '../../src/modules/partners/partner.entity';
import { CreateSurveyDocument, ImportSurveyResponsesDocument, SchoolReportDocument, type SchoolReportQuery } from '../generated/graphql';
import { dataOf, errorCodeOf, Role, startTestHub, type TestHub } from '../support/hub';
import { pdfText } from '../support/pdf-text';
import { makeCommitment, makeFocalGroup, makePhase, makePlan, makeRegion, makeSchool, makeSession, makeVisit } from '../support/school-engagement-factories';

type Report = SchoolReportQuery['schoolReport'];

/**
 * A demo-like Title I school, Cedar Elementary (North), in school year 2026-27, arranged with
 * factories so that every figure of its two reports can be computed by hand below.
 *
 * Community: Renters (North, 30%), Elders (North, 20%), Spanish-speaking families (district-wide,
 * 25%); South farmers (South) are not Cedar's community and must not appear.
 * Sessions at Cedar (total headcount; Renters / Elders / Spanish):
 *   2026-09-10  10  2 / 1 / 0   (Phase I)
 *   2026-11-05  20  5 / 2 / 8   (Phase II)
 *   2026-12-01  10  0 / 0 / 1   (no phase)
 *   2027-02-10  30 12 / 3 / 6   (Phase II)   end of year only
 * and, not counted: Cedar 2026-06-15 (school year 2025-26), Birch 2026-11-01 (another school).
 */
describe('biannual school reports', () => {
  let hub: TestHub;
  let admin: string;
  let liaison: string;
  let viewer: string;
  let partner: string;
  let planId: string;
  let surveyId: string;
  const ids: Record<string, string> = {};

  const report = async (period: SchoolReportPeriod, token: string | null) => dataOf(await hub.graphql(SchoolReportDocument, { planId, period }, token)).schoolReport;
  const attendanceOf = (result: Report, name: string) => result.attendance.find((row) => row.focalGroupId === ids[name])!;

  beforeAll(async () => {
    hub = await startTestHub();
    admin = await hub.token(Role.ADMIN);
    liaison = await hub.token(Role.LIAISON);
    viewer = await hub.token(Role.VIEWER);
    const em = hub.em();
    const north = makeRegion(em, 'NORTH');
    const south = makeRegion(em, 'SOUTH');
    const cedar = makeSchool(em, north, 'Cedar Elementary', { titleOne: true });
    const birch = makeSchool(em, north, 'Birch Middle');
    const renters = makeFocalGroup(em, 'Renters', 0.3, north);
    const elders = makeFocalGroup(em, 'Elders', 0.2, north);
    const spanish = makeFocalGroup(em, 'Spanish-speaking families', 0.25, null);
    const farmers = makeFocalGroup(em, 'South farmers', 0.4, south);
    const plan = makePlan(em, cedar, '2026-27');
    const inquiry = makePhase(em, plan, EngagementPhaseKind.LEADER_INQUIRY, '2026-09-01T00:00:00Z');
    const smallGroups = makePhase(em, plan, EngagementPhaseKind.FAMILY_SMALL_GROUPS, '2026-10-01T00:00:00Z');
    const visits = makePhase(em, plan, EngagementPhaseKind.PERSONAL_VISITS, '2026-10-15T00:00:00Z');
    makeSession(em, cedar, '2026-09-10T17:00:00Z', 10, [[renters, 2], [elders, 1], [spanish, 0]], inquiry);
    makeSession(em, cedar, '2026-11-05T17:00:00Z', 20, [[renters, 5], [elders, 2], [spanish, 8]], smallGroups);
    makeSession(em, cedar, '2026-12-01T17:00:00Z', 10, [[spanish, 1]]);
    makeSession(em, cedar, '2027-02-10T17:00:00Z', 30, [[renters, 12], [elders, 3], [spanish, 6]], smallGroups);
    makeSession(em, cedar, '2026-06-15T17:00:00Z', 50, [[renters, 50]]);
    makeSession(em, birch, '2026-11-01T17:00:00Z', 40, [[renters, 40], [farmers, 10]]);
    makeVisit(em, visits, '2026-10-20T16:00:00Z', renters, 'es', ['Transportation', 'Homework'], ['Send bus route map']);
    makeVisit(em, visits, '2026-11-12T16:00:00Z', null, 'so', ['Transportation'], ['Connect with food pantry', 'Invite to family night']);
    makeVisit(em, visits, '2027-03-01T16:00:00Z', spanish, 'es', ['Meals']);
    makeCommitment(em, plan, CommitmentParty.DISTRICT, '2026-09-15T00:00:00Z', CommitmentStatus.KEPT);
    makeCommitment(em, plan, CommitmentParty.SCHOOL, '2026-10-01T00:00:00Z', CommitmentStatus.MISSED);
    makeCommitment(em, plan, CommitmentParty.SCHOOL, '2026-11-30T00:00:00Z', CommitmentStatus.KEPT);
    makeCommitment(em, plan, CommitmentParty.DISTRICT, '2026-12-15T00:00:00Z', CommitmentStatus.OPEN);
    makeCommitment(em, plan, CommitmentParty.DISTRICT, '2027-03-01T00:00:00Z', CommitmentStatus.KEPT);
    makeCommitment(em, plan, CommitmentParty.SCHOOL, '2026-10-10T00:00:00Z', CommitmentStatus.WITHDRAWN);
    em.create(SchoolRecommendation, { plan, period: SchoolReportPeriod.MID_YEAR, text: 'Hold Phase II sessions for Elders in the morning' });
    em.create(SchoolRecommendation, {
      plan,
      period: SchoolReportPeriod.END_OF_YEAR,
      text: 'Add a Saturday conference day',
      status: RecommendationStatus.DECLINED,
      decidedBy: 'Principal',
      decidedAt: new Date('2027-06-10T00:00:00Z'),
      declineReason: 'The building is closed on Saturdays',
    });
    const partnerRow = em.create(Partner, { name: 'Family Resource Network', kind: PartnerKind.NON_PROFIT, priorityAreas: [] });
    await em.flush();
    partner = await hub.token(Role.PARTNER, partnerRow.id);
    planId = plan.id;
    Object.assign(ids, { renters: renters.id, elders: elders.id, spanish: spanish.id, farmers: farmers.id, cedar: cedar.id });

    // Survey: Fall 2026 at Cedar: 12 English-speaking respondents answer both items (Barriers: 9 of 12
    // favourable, Belonging: 6 of 12) and 4 Spanish-speaking ones, whose class of 4 is withheld from
    // every figure. Spring 2027 at Cedar: 7 respondents, a class that is only publishable together
    // with Birch's 8 at the region level, so Cedar's spring cells are suppressed.
    surveyId = dataOf(
      await hub.graphql(
        CreateSurveyDocument,
        {
          input: {
            name: 'Family Climate',
            waves: [
              { name: 'Fall 2026', fieldedAt: '2026-10-15T00:00:00Z' },
              { name: 'Spring 2027', fieldedAt: '2027-04-01T00:00:00Z' },
            ],
            items: [
              { code: 'BAR1', prompt: 'Meetings are at times I can attend.', topic: 'Barriers to Engagement', scaleMin: 1, scaleMax: 5, favourableMin: 4, favourableMax: 5 },
              { code: 'BEL1', prompt: 'I belong at this school.', topic: 'Sense of Belonging', scaleMin: 1, scaleMax: 5, favourableMin: 4, favourableMax: 5 },
            ],
          },
        },
        admin,
      ),
    ).createSurvey.id;
    const lines = ['wave,item,school,focal_groups,language,answer,submission_id'];
    const respondents = (wave: string, school: string, language: string, count: number, barriersFavourable: number, belongingFavourable: number) => {
      for (let index = 0; index < count; index += 1) {
        const id = `${wave}-${school}-${language}-${index}`;
        lines.push(`${wave},BAR1,${school},,${language},${index < barriersFavourable ? 5 : 2},${id}`);
        lines.push(`${wave},BEL1,${school},,${language},${index < belongingFavourable ? 4 : 1},${id}`);
      }
    };
    respondents('Fall 2026', 'Cedar Elementary', 'en', 12, 9, 6);
    respondents('Fall 2026', 'Cedar Elementary', 'es', 4, 4, 4);
    respondents('Spring 2027', 'Cedar Elementary', 'en', 7, 7, 7);
    respondents('Spring 2027', 'Birch Middle', 'en', 8, 0, 0);
    dataOf(await hub.graphql(ImportSurveyResponsesDocument, { surveyId, csv: lines.join('\n'), importKey: null }, admin));
  });
  afterAll(() => hub.stop());

  it('computes the mid-year update from the data of July to December (hand-computed figures)', async () => {
    const mid = await report(SchoolReportPeriod.MID_YEAR, liaison);
    expect(mid).toMatchObject({ schoolYear: '2026-27', period: 'MID_YEAR', from: '2026-07-01T00:00:00.000Z', until: '2027-01-01T00:00:00.000Z', school: { name: 'Cedar Elementary' } });
    // Sessions of 10 Sep, 5 Nov and 1 Dec: 10 + 20 + 10 attendees.
    expect(mid.sessionCount).toBe(3);
    expect(mid.totalAttendees).toBe(40);
    expect(mid.phases.map((phase) => [phase.kind, phase.sessionCount, phase.visitCount])).toEqual([
      ['LEADER_INQUIRY', 1, 0],
      ['FAMILY_SMALL_GROUPS', 1, 0],
      ['PERSONAL_VISITS', 0, 2],
    ]);
    // Cedar's community: the North groups and the district-wide one, by name; not South farmers.
    expect(mid.attendance.map((row) => row.focalGroupId)).toEqual([ids.elders, ids.renters, ids.spanish]);
    const renters = attendanceOf(mid, 'renters');
    expect(renters.attendance).toBe(7); // 2 + 5 + 0
    expect(renters.participationShare).toBeCloseTo(7 / 40, 10);
    expect(renters.gap).toBeCloseTo(0.3 - 7 / 40, 10);
    expect(renters.participationRate).toBeCloseTo(7 / 40 / 0.3, 10);
    const elders = attendanceOf(mid, 'elders');
    expect(elders.attendance).toBe(3); // 1 + 2 + 0
    expect(elders.participationRate).toBeCloseTo(3 / 40 / 0.2, 10); // 0.375: missing from the conversation
    const spanish = attendanceOf(mid, 'spanish');
    expect(spanish.attendance).toBe(9); // 0 + 8 + 1
    expect(spanish.gap).toBeCloseTo(0.25 - 9 / 40, 10);
    expect(mid.missingGroups.map((group) => group.name)).toEqual(['Elders']);

    expect(mid.visitCount).toBe(2);
    expect(mid.visits).toEqual({
      visitCount: 2,
      followUpCount: 3,
      byFocalGroup: expect.arrayContaining([
        { key: ids.renters, visits: 1 },
        { key: null, visits: 1 },
      ]),
      byLanguage: [
        { key: 'es', visits: 1 },
        { key: 'so', visits: 1 },
      ],
      topics: [
        { key: 'Transportation', visits: 2 },
        { key: 'Homework', visits: 1 },
      ],
    });
    expect(mid.visits!.byFocalGroup).toHaveLength(2);

    // Due before 1 January: kept 15 Sep (district), missed 1 Oct (school), withdrawn 10 Oct (school),
    // kept 30 Nov (school), open 15 Dec (district).
    expect(mid.commitments).toEqual({ party: null, due: 4, kept: 2, missed: 1, open: 1, keptShare: 2 / 3 });
    expect(mid.commitmentsByParty).toEqual([
      { party: 'DISTRICT', due: 2, kept: 1, missed: 0, open: 1, keptShare: 1 },
      { party: 'SCHOOL', due: 2, kept: 1, missed: 1, open: 0, keptShare: 0.5 },
    ]);
    expect(mid.recommendations.map((row) => [row.text, row.status])).toEqual([['Hold Phase II sessions for Elders in the morning', 'PROPOSED']]);
  });

  it('counts only publishable survey classes for the school: the 4 Spanish-speaking respondents are withheld', async () => {
    const mid = await report(SchoolReportPeriod.MID_YEAR, liaison);
    expect(mid.surveys).toHaveLength(1);
    const [survey] = mid.surveys;
    expect(survey).toMatchObject({ surveyId, surveyName: 'Family Climate', minCellSize: 10 });
    const cells = survey.cells.map((cell) => [cell.group.topic, cell.suppressed, cell.respondents, cell.percentFavourable]);
    // Only the Fall wave falls in July-December; 12 counted respondents, not 16.
    expect(cells).toEqual([
      ['Barriers to Engagement', false, 12, (100 * 9) / 12],
      ['Sense of Belonging', false, 12, (100 * 6) / 12],
    ]);
  });

  it('computes the end-of-year report over the whole school year, with Cedar\'s small spring wave suppressed', async () => {
    const end = await report(SchoolReportPeriod.END_OF_YEAR, liaison);
    expect(end.until).toBe('2027-07-01T00:00:00.000Z');
    expect(end.sessionCount).toBe(4);
    expect(end.totalAttendees).toBe(70);
    expect(attendanceOf(end, 'renters').attendance).toBe(19);
    expect(attendanceOf(end, 'renters').participationShare).toBeCloseTo(19 / 70, 10);
    expect(attendanceOf(end, 'elders').participationRate).toBeCloseTo(6 / 70 / 0.2, 10);
    expect(attendanceOf(end, 'spanish').gap).toBeCloseTo(0.25 - 15 / 70, 10);
    expect(end.missingGroups.map((group) => group.name)).toEqual(['Elders']);
    expect(end.phases.find((phase) => phase.kind === 'FAMILY_SMALL_GROUPS')!.sessionCount).toBe(2);
    expect(end.visitCount).toBe(3);
    expect(end.visits!.byLanguage).toEqual([
      { key: 'es', visits: 2 },
      { key: 'so', visits: 1 },
    ]);
    expect(end.visits!.topics).toEqual([
      { key: 'Transportation', visits: 2 },
      { key: 'Homework', visits: 1 },
      { key: 'Meals', visits: 1 },
    ]);
    expect(end.commitments).toEqual({ party: null, due: 5, kept: 3, missed: 1, open: 1, keptShare: 3 / 4 });
    expect(end.recommendations.map((row) => [row.status, row.declineReason])).toEqual([['DECLINED', 'The building is closed on Saturdays']]);
    const cells = end.surveys[0].cells;
    expect(cells).toHaveLength(4);
    const spring = cells.filter((cell) => cell.suppressed);
    expect(spring).toHaveLength(2);
    expect(spring.every((cell) => cell.respondents === null && cell.percentFavourable === null)).toBe(true);
    expect(cells.filter((cell) => !cell.suppressed).map((cell) => cell.respondents)).toEqual([12, 12]);
  });

  it('gives everyone the same suppressed figures but the visit summary to district staff only', async () => {
    const staff = await report(SchoolReportPeriod.END_OF_YEAR, admin);
    for (const token of [viewer, partner, null]) {
      const other = await report(SchoolReportPeriod.END_OF_YEAR, token);
      expect(other.visits).toBeNull();
      expect(other.visitCount).toBe(3);
      expect(other.surveys).toEqual(staff.surveys);
      expect(other.attendance).toEqual(staff.attendance);
    }
    expect(staff.visits).not.toBeNull();
    expect(errorCodeOf(await hub.graphql(SchoolReportDocument, { planId: '00000000-0000-0000-0000-000000000000', period: 'MID_YEAR' }, admin))).toBe('NOT_FOUND');
  });

  it('sends as many SQL statements for a busy school as for a quiet one', async () => {
    const statementsOf = async (id: string) => {
      hub.sql.reset();
      dataOf(await hub.graphql(SchoolReportDocument, { planId: id, period: SchoolReportPeriod.END_OF_YEAR }, liaison));
      return hub.sql.count;
    };
    const busy = await statementsOf(planId);
    // A plan at a school with nothing recorded but one phase, one visit and one session (and no survey).
    const em = hub.em();
    const region = makeRegion(em, 'EAST');
    const quietSchool = makeSchool(em, region, 'Quiet Elementary');
    const quietPlan = makePlan(em, quietSchool, '2026-27');
    const quietPhase = makePhase(em, quietPlan, EngagementPhaseKind.PERSONAL_VISITS, '2026-10-01T00:00:00Z');
    makeVisit(em, quietPhase, '2026-10-02T00:00:00Z', null, 'en', ['Meals']);
    makeSession(em, quietSchool, '2026-10-03T00:00:00Z', 5, []);
    await em.flush();
    const quiet = await statementsOf(quietPlan.id);
    // The busy school has one survey with a wave in the period: one statement more.
    expect(busy).toBe(quiet + 1);
    expect(quiet).toBeLessThan(15);
  });

  describe('as a PDF', () => {
    const download = (query: string, token: string | null) =>
      fetch(`${hub.url.replace(/\/graphql$/, '')}/exports/school-report.pdf?${query}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
    const textOf = async (response: Response) => pdfText(Buffer.from(await response.arrayBuffer()));

    it('renders the sections and the figures of the report', async () => {
      const response = await download(`planId=${planId}&period=MID_YEAR`, liaison);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('application/pdf');
      const text = await textOf(response);
      for (const section of ['Mid-year data update: Cedar Elementary', 'Phases', 'Sessions and attendance', 'Representation gaps', 'Personal visits', 'Survey results', 'Commitments', 'Recommendations']) {
        expect(text).toContain(section);
      }
      expect(text).toContain('School year 2026-27 - 2026-07-01 to 2026-12-31');
      expect(text).toContain('School: Title I');
      expect(text).toContain('Sessions held at the school: 3; total attendees: 40; personal visits: 2');
      // Renters: 30% of the community, 7 of 40 attendees = 17.5%, gap 12.5 points.
      expect(text).toContain('Renters | 30.0% | 7 | 17.5% | 12.5 pts');
      expect(text).toContain('Elders | 20.0% | 3 | 7.5% | 12.5 pts');
      expect(text).toContain('Missing from the conversation (participation below half their community share): Elders');
      expect(text).toContain('Fall 2026 - Barriers to Engagement: 75.0% favourable, n = 12');
      expect(text).toContain('Fall 2026 - Sense of Belonging: 50.0% favourable, n = 12');
      expect(text).toContain('Due by the end of the period: 4; kept: 2; missed: 1; open: 1; kept share: 66.7%');
      expect(text).toContain('By language: Spanish 1, Somali 1');
      expect(text).toContain('Topics raised: Transportation (2), Homework (1)');
      expect(text).toContain('Visits: 2; follow-ups agreed: 3');
      expect(text).toContain('Hold Phase II sessions for Elders in the morning [PROPOSED]');
      expect(text).not.toContain('South farmers');
    });

    it('leaves the visit summary out for the public, shows suppressed cells as such, and refuses bad input', async () => {
      const response = await download(`planId=${planId}&period=END_OF_YEAR`, null);
      expect(response.status).toBe(200);
      const text = await textOf(response);
      expect(text).toContain('End-of-year report: Cedar Elementary');
      expect(text).not.toContain('follow-ups agreed');
      expect(text).not.toContain('Topics raised');
      expect(text).toContain('Spring 2027 - Barriers to Engagement: suppressed (fewer than 10 respondents)');
      expect(text).toContain('Add a Saturday conference day [DECLINED by Principal] - reason: The building is closed on Saturdays');
      expect((await download(`planId=${planId}&period=WHENEVER`, admin)).status).toBe(400);
      expect((await download('period=MID_YEAR', admin)).status).toBe(400);
      expect((await download(`planId=00000000-0000-0000-0000-000000000000&period=MID_YEAR`, admin)).status).toBe(404);
      expect((await download(`planId=${planId}&period=MID_YEAR`, 'not-a-token')).status).toBe(401);
    });
  });
});
