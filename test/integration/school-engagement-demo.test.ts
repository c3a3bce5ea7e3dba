import { DEMO_TOKENS, seedDemoDistrict } from '../../src/db/seed/demo-district';
import { School } from '../../src/modules/geography/school.entity';
import { EngagementPlansDocument, SchoolReportDocument } from '../generated/graphql';
import { dataOf, startTestHub, type TestHub } from '../support/hub';

/** The demo district's school engagement: flags, two plans of 2025-26, and the mid-year report of one. */
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

  it('has two plans for 2025-26, one initiated by the team and one requested by the school', async () => {
    const plans = dataOf(await hub.graphql(EngagementPlansDocument, { schoolId: null, schoolYear: '2025-26' }, null)).engagementPlans;
    expect(plans.map((plan) => [plan.school.name, plan.origin])).toEqual([
      ['Alder Creek Elementary', 'INITIATED_BY_TEAM'],
      ['Sandstone Middle', 'REQUESTED_BY_SCHOOL'],
    ]);
    expect(plans.every((plan) => plan.phases.length === 3)).toBe(true);
  });

  it('reports the mid-year update of Alder Creek with the figures written in the seed', async () => {
    const [alder] = dataOf(await hub.graphql(EngagementPlansDocument, { schoolId: null, schoolYear: '2025-26' }, null)).engagementPlans;
    const { schoolReport } = dataOf(await hub.graphql(SchoolReportDocument, { planId: alder.id, period: 'MID_YEAR' }, DEMO_TOKENS.LIAISON));
    // Commitments due by 31 December 2025: interpreters (kept), childcare (kept), attendance data (missed).
    expect(schoolReport.commitments).toEqual({ party: null, due: 3, kept: 2, missed: 1, open: 0, keptShare: 2 / 3 });
    // Visits of 21 and 28 October, 6 November and 2 December 2025; 3 follow-ups.
    expect(schoolReport.visitCount).toBe(4);
    expect(schoolReport.visits!.followUpCount).toBe(3);
    expect(schoolReport.visits!.byLanguage.map((row) => row.key).sort()).toEqual(['en', 'es', 'kar', 'ne']);
    expect(schoolReport.recommendations.map((row) => row.status)).toEqual(['ACCEPTED', 'IMPLEMENTED', 'DECLINED']);
    // Sessions held at the school in July-December 2025 are the sessions attached to its phases in that time.
    const attached = schoolReport.phases.reduce((sum, phase) => sum + phase.sessionCount, 0);
    expect(schoolReport.sessionCount).toBeGreaterThan(0);
    expect(attached).toBe(schoolReport.sessionCount);
    expect(schoolReport.attendance.length).toBeGreaterThan(0);
  });
});
