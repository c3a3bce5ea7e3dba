import { DEMO_TOKENS, seedDemoDistrict } from '../../src/db/seed/demo-district';
import { School } from '../../src/modules/geography/school.entity';
import { EngagementPlansDocument, SchoolReportDocument } from '../generated/graphql';
import { dataOf, startTestHub, type TestHub } from '../support/hub';

/** The demo district's school engagement: flags, three plans, and reports of them. */
describe('school engagement in the demo district', () => {
  let hub: TestHub;

  beforeAll(async () => {
    hub = await startTestHub();
    await seedDemoDistrict(hub.em());
  });
  afterAll(() => hub.stop());

  it('flags Title I and high-priority schools', async () => {
    const schools = await hub.em().find(School, {}, { orderBy: { name: 'asc' } });
    expect(schools.filter((school) => school.highPriority).map((school) => school.name)).toEqual(['Foundry Street Middle', 'North Ridge Middle']);
    expect(schools.filter((school) => school.titleOne).length).toBeGreaterThan(0);
  });

  it('has two plans for 2025-26 (one initiated by the team, one requested by the school) and a second year at Cottonwood', async () => {
    const plans = dataOf(await hub.graphql(EngagementPlansDocument, { schoolId: null, schoolYear: null }, null)).engagementPlans;
    expect(plans.map((plan) => [plan.schoolYear, plan.school.name, plan.origin])).toEqual([
      ['2026-27', 'Cottonwood Elementary', 'REQUESTED_BY_SCHOOL'],
      ['2025-26', 'Cottonwood Elementary', 'INITIATED_BY_TEAM'],
      ['2025-26', 'Sandstone Middle', 'REQUESTED_BY_SCHOOL'],
    ]);
    expect(plans.every((plan) => plan.phases.length === 3)).toBe(true);
  });

  it('reads the demo family survey in the 2026-27 end-of-year report of Cottonwood', async () => {
    const [second] = dataOf(await hub.graphql(EngagementPlansDocument, { schoolId: null, schoolYear: '2026-27' }, null)).engagementPlans;
    const { schoolReport } = dataOf(await hub.graphql(SchoolReportDocument, { planId: second.id, period: 'END_OF_YEAR' }, DEMO_TOKENS.VIEWER));
    expect(schoolReport.surveys.map((survey) => survey.surveyName)).toEqual(['Demo Family Engagement Survey']);
    expect(schoolReport.surveys[0].cells.length).toBeGreaterThan(0);
    // Every figure shown is over at least minCellSize respondents.
    const shown = schoolReport.surveys[0].cells.filter((cell) => !cell.suppressed);
    expect(shown.every((cell) => cell.respondents! >= schoolReport.surveys[0].minCellSize)).toBe(true);
    expect(schoolReport.visits).toBeNull();
  });

  it('reports the mid-year update of Cottonwood 2025-26 with the figures written in the seed', async () => {
    const plans = dataOf(await hub.graphql(EngagementPlansDocument, { schoolId: null, schoolYear: '2025-26' }, null)).engagementPlans;
    const cottonwood = plans.find((plan) => plan.school.name === 'Cottonwood Elementary')!;
    const { schoolReport } = dataOf(await hub.graphql(SchoolReportDocument, { planId: cottonwood.id, period: 'MID_YEAR' }, DEMO_TOKENS.LIAISON));
    // Commitments due by 31 December 2025: interpreters (kept), childcare (kept), attendance data (missed).
    expect(schoolReport.commitments).toEqual({ party: null, due: 3, kept: 2, missed: 1, open: 0, keptShare: 2 / 3 });
    // Visits of 21 and 28 October, 6 November and 2 December 2025; 3 follow-ups.
    expect(schoolReport.visitCount).toBe(4);
    expect(schoolReport.visits!.followUpCount).toBe(3);
    expect(schoolReport.visits!.byLanguage.map((row) => row.key).sort()).toEqual(['ar', 'en', 'es', 'so']);
    expect(schoolReport.recommendations.map((row) => row.status)).toEqual(['ACCEPTED', 'IMPLEMENTED', 'DECLINED']);
    // Sessions held at the school in July-December 2025 are the sessions attached to its phases in that time.
    const attached = schoolReport.phases.reduce((sum, phase) => sum + phase.sessionCount, 0);
    expect(schoolReport.sessionCount).toBeGreaterThan(0);
    expect(attached).toBe(schoolReport.sessionCount);
    expect(schoolReport.attendance.length).toBeGreaterThan(0);
  });
});
