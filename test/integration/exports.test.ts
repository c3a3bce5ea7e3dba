import { BudgetCycle } from '../../src/modules/budgets/budget-cycle.entity';
import { FiscalYear } from '../../src/modules/budgets/fiscal-year.entity';
import { CriterionKind, DerivedSource, EquityLens } from '../../src/modules/equity-lenses/equity-lens.entity';
import { Region } from '../../src/modules/geography/region.entity';
import { School } from '../../src/modules/geography/school.entity';
import { Partner, PartnerKind, PriorityArea } from '../../src/modules/partners/partner.entity';
import { Request, RequestStatus } from '../../src/modules/requests/request.entity';
import { AdoptScenarioDocument, CreateSurveyDocument, ImportSurveyResponsesDocument, RunScenarioDocument } from '../generated/graphql';
import { dataOf, Role, startTestHub, type TestHub } from '../support/hub';

/** Ash: 12 respondents (6 favourable), Birch: 15 (all favourable), Dogwood: 3 — too few for a publication class even district-wide, so withheld. */
describe('CSV exports', () => {
  let hub: TestHub;
  let surveyId: string;
  const download = (path: string, token: string | null) =>
    fetch(hub.url.replace('/graphql', path), { headers: token ? { authorization: `Bearer ${token}` } : {} });

  beforeAll(async () => {
    hub = await startTestHub();
    const admin = await hub.token(Role.ADMIN);
    const em = hub.em();
    const north = em.create(Region, { name: 'North', code: 'NORTH' });
    for (const name of ['Ash', 'Birch', 'Dogwood']) em.create(School, { name, region: north });
    await em.flush();
    surveyId = dataOf(
      await hub.graphql(
        CreateSurveyDocument,
        { input: { name: 'Export survey', waves: [{ name: 'Fall 2026', fieldedAt: '2026-10-01T00:00:00Z' }], items: [{ code: 'Q1', prompt: 'q', topic: 'Belonging, and welcome', scaleMin: 1, scaleMax: 5, favourableMin: 4, favourableMax: 5 }] } },
        admin,
      ),
    ).createSurvey.id;
    const lines = ['wave,item,school,focal_groups,language,answer,submission_id'];
    const add = (school: string, count: number, favourable: number) => {
      for (let n = 0; n < count; n += 1) lines.push(`Fall 2026,Q1,${school},,en,${n < favourable ? 5 : 1},${school}-${n}`);
    };
    add('Ash', 12, 6);
    add('Birch', 15, 15);
    add('Dogwood', 3, 0);
    dataOf(await hub.graphql(ImportSurveyResponsesDocument, { surveyId, csv: lines.join('\n'), importKey: null }, admin));
  });
  afterAll(() => hub.stop());

  it('downloads suppressed survey results as CSV for a VIEWER', async () => {
    const response = await download(`/exports/survey-results.csv?surveyId=${surveyId}&groupBy=SCHOOL,TOPIC`, await hub.token(Role.VIEWER));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const lines = (await response.text()).trim().split('\r\n');
    expect(lines[0]).toBe('wave,topic,item,region,school,focal_group,language,suppressed,suppression,respondents,answers,percent_favourable,mean,min_cell_size');
    expect(lines.slice(1).sort()).toEqual(
      [
        ',"Belonging, and welcome",,,Ash,,,false,,12,12,50.0,3,10',
        ',"Belonging, and welcome",,,Birch,,,false,,15,15,100.0,5,10',
        ',"Belonging, and welcome",,,Dogwood,,,true,SMALL_CELL,,,,,10',
      ].sort(),
    );
  });

  it('refuses unknown tokens, bad parameters and unknown plans with HTTP status codes', async () => {
    expect((await download(`/exports/survey-results.csv?surveyId=${surveyId}`, 'cbh_not-a-real-token')).status).toBe(401);
    const viewer = await hub.token(Role.VIEWER);
    expect((await download('/exports/survey-results.csv?groupBy=SCHOOL', viewer)).status).toBe(400);
    expect((await download(`/exports/survey-results.csv?surveyId=${surveyId}&groupBy=PERSON`, viewer)).status).toBe(400);
    expect((await download(`/exports/survey-results.csv?surveyId=${surveyId}&minCellSize=2`, viewer)).status).toBe(400);
    expect((await download('/exports/plan.csv?cycleId=00000000-0000-0000-0000-000000000000', viewer)).status).toBe(404);
    expect((await download('/exports/plan.csv', viewer)).status).toBe(400);
  });

  /**
   * Reach-only lens over FY2027–FY2028, Tier 1 $10,000 a year, Tier 2 $4,000 a year (all recurring):
   * the partner's interpreters (E=1.0, $6,000) and family nights (E=0.8, $4,000) fill Tier 1 from
   * FY2027; the support circle (E=0.6, $3,000) fits Tier 2. Rows sort by year, tier, then title.
   */
  it('downloads the adopted plan in cents: the whole public plan for staff and viewers, its own rows for a partner', async () => {
    const em = hub.em();
    const cycle = em.create(BudgetCycle, { name: 'Export biennium' });
    for (const year of [2027, 2028]) em.create(FiscalYear, { cycle, year, tier1MoneyCents: 1_000_000, tier1Fte: 10, tier2MoneyCents: 400_000, tier2Fte: 0 });
    const lens = em.create(EquityLens, { key: 'export-reach', name: 'Reach only', criteria: [{ key: 'reach', label: 'People reached', kind: CriterionKind.DERIVED, source: DerivedSource.REACH, weight: 1 }] });
    const partner = em.create(Partner, { name: 'Export partner (test)', kind: PartnerKind.NON_PROFIT, priorityAreas: [] });
    const otherPartner = em.create(Partner, { name: 'Partner without requests (test)', kind: PartnerKind.NON_PROFIT, priorityAreas: [] });
    const request = (title: string, peopleImpacted: number, recurringCents: number, fte: number, sponsor: Partner | null) =>
      em.create(Request, {
        title,
        description: `${title} (synthetic test request)`,
        priorityArea: PriorityArea.FAMILY_ENGAGEMENT,
        peopleImpacted,
        oneTimeCents: 0,
        recurringCents,
        fte,
        earliestYear: 2027,
        status: RequestStatus.UNDER_REVIEW,
        partner: sponsor,
      });
    const interpreters = request('Interpreters, at conferences', 100, 600_000, 1, partner);
    const nights = request('Late-evening family nights', 80, 400_000, 0.5, null);
    const circle = request('Kinship care support circle', 60, 300_000, 0, null);
    await em.flush();

    const budget = await hub.token(Role.BUDGET_STAFF);
    const scenario = dataOf(await hub.graphql(RunScenarioDocument, { input: { cycleId: cycle.id, name: 'Export plan', lensId: lens.id, solver: 'OPTIMAL' } }, budget)).runScenario;
    expect(scenario.status).toBe('COMPLETED');
    dataOf(await hub.graphql(AdoptScenarioDocument, { id: scenario.id }, budget));

    const header = 'fiscal_year,tier,request_id,request_title,money_dollars,fte,partner_id';
    // The sponsor column follows the redaction policy: staff and the sponsor see it, a viewer gets it empty.
    const interpreterRows = (sponsor: string) => [
      `2027,1,${interpreters.id},"Interpreters, at conferences",6000.00,1.00,${sponsor}`,
      `2028,1,${interpreters.id},"Interpreters, at conferences",6000.00,1.00,${sponsor}`,
    ];
    const wholePlan = (sponsor: string) => [
      header,
      interpreterRows(sponsor)[0],
      `2027,1,${nights.id},Late-evening family nights,4000.00,0.50,`,
      `2027,2,${circle.id},Kinship care support circle,3000.00,0.00,`,
      interpreterRows(sponsor)[1],
      `2028,1,${nights.id},Late-evening family nights,4000.00,0.50,`,
      `2028,2,${circle.id},Kinship care support circle,3000.00,0.00,`,
    ];
    const csvOf = async (token: string | null) => {
      const response = await download(`/exports/plan.csv?cycleId=${cycle.id}`, token);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
      expect(response.headers.get('content-disposition')).toBe('attachment; filename="plan.csv"');
      // UTF-8 with a byte order mark, so spreadsheet programs read it as UTF-8 (text() would drop the mark).
      const bytes = Buffer.from(await response.arrayBuffer());
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      return bytes.subarray(3).toString('utf8');
    };

    expect(await csvOf(budget)).toBe(wholePlan(partner.id).join('\r\n') + '\r\n');
    expect(await csvOf(await hub.token(Role.PARTNER, partner.id))).toBe([header, ...interpreterRows(partner.id)].join('\r\n') + '\r\n');
    expect(await csvOf(await hub.token(Role.PARTNER, otherPartner.id))).toBe(header + '\r\n');
    // The plan itself is public; a viewer gets it without sponsors, pins, author or status notes.
    const publicCsv = await csvOf(await hub.token(Role.VIEWER));
    expect(publicCsv).toBe(wholePlan('').join('\r\n') + '\r\n');
    expect(publicCsv).not.toContain(partner.id);
    expect(publicCsv).not.toContain(partner.name);
    expect(publicCsv).not.toContain('test budget_staff');
    // Without credentials the public audience downloads what a VIEWER does.
    expect(await csvOf(null)).toBe(publicCsv);
  });
});
