import { randomUUID } from 'node:crypto';
import { pabulibToScenario, parsePabulib, type PabulibInstance } from '../../src/equity';
import { BudgetCycle } from '../../src/modules/budgets/budget-cycle.entity';
import { FiscalYear } from '../../src/modules/budgets/fiscal-year.entity';
import { CriterionKind, DerivedSource, EquityLens } from '../../src/modules/equity-lenses/equity-lens.entity';
import { ReviewScore } from '../../src/modules/equity-lenses/review-score.entity';
import { FocalGroup, FocalGroupCategory } from '../../src/modules/focal-groups/focal-group.entity';
import { Partner, PartnerKind, PriorityArea } from '../../src/modules/partners/partner.entity';
import { Request, RequestStatus } from '../../src/modules/requests/request.entity';
import { ExportKind, signExportLink } from '../../src/modules/exports/export-links';
import { CredentialKind } from '../../src/core/viewer';
import { AdoptScenarioDocument, ExportLinkDocument, RunScenarioDocument, type ExportLinkParameters } from '../generated/graphql';
import { dataOf, errorCodeOf, Role, startTestHub, type TestHub } from '../support/hub';

const YEARS = [2027, 2028];

/**
 * The pabulib (.pb) exports of a cycle and of a plan, through exportLink and the HTTP routes, read
 * back with the engine's own reader and compared with what the database holds.
 *
 * FY2027–FY2028, Tier 1 $10,000 and Tier 2 $4,000 a year, a reach-only lens. Candidates: the
 * partner's interpreters (reach 100, $6,000 a year), family nights (80, $4,000 a year), a support
 * circle (60, $3,000 a year), laptops (40, $50,000 once, more than any envelope) and a late
 * programme (30, from FY2028: $1,000 once and $500 a year). A SUBMITTED request is no candidate.
 */
describe('pabulib exports', () => {
  let hub: TestHub;
  let cycle: BudgetCycle;
  let emptyCycleId: string;
  let partner: Partner;
  let otherPartner: Partner;
  let submittedId: string;
  let nightsId: string;
  let adoptedId: string;
  let whatIfId: string;
  let staff: string;

  const fetchPath = (path: string, token: string | null = null) =>
    fetch(hub.url.replace('/graphql', path), { headers: token ? { authorization: `Bearer ${token}` } : {} });
  const linkOf = async (kind: ExportKind, parameters: ExportLinkParameters, token: string | null) =>
    dataOf(await hub.graphql(ExportLinkDocument, { kind, parameters }, token)).exportLink.url;
  /** Downloads through a signed link, without credentials, and checks the headers of a .pb file. */
  const pbThroughLink = async (kind: ExportKind, parameters: ExportLinkParameters, token: string | null) => {
    const response = await fetchPath(await linkOf(kind, parameters, token));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename="[a-z0-9-]+\.pb"$/);
    return response.text();
  };
  const refusal = async (path: string, token: string | null = null) => {
    const response = await fetchPath(path, token);
    return { status: response.status, code: response.headers.get('x-error-code') };
  };
  /** The plan's extra columns (after project_id;cost;name;category, none of them quoted) of every project line, by project id. */
  const planColumns = (text: string) => {
    const lines = text.split('\n');
    const extra = lines[lines.indexOf('PROJECTS') + 1].split(';').slice(4);
    const rows = lines.slice(lines.indexOf('PROJECTS') + 2, lines.indexOf('VOTES'));
    return new Map(rows.map((row) => [row.split(';')[0], Object.fromEntries(row.split(';').slice(-extra.length).map((value, k) => [extra[k], value]))]));
  };

  beforeAll(async () => {
    hub = await startTestHub({ env: { EXPORT_LINK_SECRET: 'pabulib-export-test-secret-0123456789abcdef' } });
    const em = hub.em();
    cycle = em.create(BudgetCycle, { name: 'PB Biennium 2027' });
    for (const year of YEARS) em.create(FiscalYear, { cycle, year, tier1MoneyCents: 1_000_000, tier1Fte: 10, tier2MoneyCents: 400_000, tier2Fte: 0 });
    const emptyCycle = em.create(BudgetCycle, { name: 'PB cycle never planned' });
    em.create(FiscalYear, { cycle: emptyCycle, year: 2027, tier1MoneyCents: 100_000, tier1Fte: 1, tier2MoneyCents: 0, tier2Fte: 0 });
    const lens = em.create(EquityLens, {
      key: 'pb-reach',
      name: 'Reach and community voice',
      criteria: [
        { key: 'reach', label: 'People reached', kind: CriterionKind.DERIVED, source: DerivedSource.REACH, weight: 3 },
        { key: 'communityVoice', label: 'Community voice (Fingers to Five)', kind: CriterionKind.REVIEWED, source: null, weight: 1 },
      ],
    });
    partner = em.create(Partner, { name: 'PB export partner (test)', kind: PartnerKind.NON_PROFIT, priorityAreas: [] });
    otherPartner = em.create(Partner, { name: 'PB partner without requests (test)', kind: PartnerKind.NON_PROFIT, priorityAreas: [] });
    const karen = em.create(FocalGroup, { name: 'Families, Karen-speaking', category: FocalGroupCategory.LANGUAGE_RACE_ETHNICITY, populationShare: 0.05 });
    const ninth = em.create(FocalGroup, { name: 'Grade 9 students', category: FocalGroupCategory.AGE, populationShare: 0.1 });
    const request = (title: string, peopleImpacted: number, costs: { oneTimeCents?: number; recurringCents?: number; earliestYear?: number }, sponsor: Partner | null, groups: FocalGroup[], status = RequestStatus.UNDER_REVIEW) => {
      const created = em.create(Request, {
        title,
        description: `${title} (synthetic test request)`,
        priorityArea: PriorityArea.FAMILY_ENGAGEMENT,
        peopleImpacted,
        oneTimeCents: costs.oneTimeCents ?? 0,
        recurringCents: costs.recurringCents ?? 0,
        fte: 0,
        earliestYear: costs.earliestYear ?? 2027,
        status,
        partner: sponsor,
      });
      created.focalGroups.set(groups);
      return created;
    };
    const interpreters = request('Interpreters at conferences', 100, { recurringCents: 600_000 }, partner, [karen, ninth]);
    const nights = request('Family nights; "late evening"', 80, { recurringCents: 400_000 }, null, [karen]);
    request('Kinship care support circle', 60, { recurringCents: 300_000 }, null, []);
    request('Laptops for every family', 40, { oneTimeCents: 5_000_000 }, null, [ninth]);
    request('Late programme', 30, { oneTimeCents: 100_000, recurringCents: 50_000, earliestYear: 2028 }, null, []);
    const submitted = request('Not reviewed yet', 90, { recurringCents: 100_000 }, partner, [], RequestStatus.SUBMITTED);
    // The review panel's votes on two requests; the others are unscored.
    for (const [scored, score] of [[interpreters, 3], [nights, 5]] as const) {
      for (const reviewer of ['panel: family member', 'panel: student']) em.create(ReviewScore, { request: scored, lensKey: 'pb-reach', criterionKey: 'communityVoice', reviewer, score });
    }
    await em.flush();
    emptyCycleId = emptyCycle.id;
    submittedId = submitted.id;
    nightsId = nights.id;

    staff = await hub.token(Role.BUDGET_STAFF);
    const run = async (name: string, solver: 'OPTIMAL' | 'GREEDY') =>
      dataOf(await hub.graphql(RunScenarioDocument, { input: { cycleId: cycle.id, name, lensId: lens.id, solver } }, staff)).runScenario;
    const adopted = await run('Adopted plan', 'OPTIMAL');
    expect(adopted.status).toBe('COMPLETED');
    dataOf(await hub.graphql(AdoptScenarioDocument, { id: adopted.id }, staff));
    adoptedId = adopted.id;
    const whatIf = await run('What if greedy', 'GREEDY');
    expect(whatIf.status).toBe('COMPLETED');
    whatIfId = whatIf.id;
  });
  afterAll(() => hub.stop());

  /** The requests as stored: costs in dollars, earliest start, focal group names. */
  const storedRequests = async () => {
    const rows = await hub
      .em()
      .getConnection()
      .execute<{ id: string; title: string; one_time_cents: string; recurring_cents: string; earliest_year: number; status: string; partner_id: string | null; groups: string[] }[]>(
        `select request.id, request.title, request.one_time_cents, request.recurring_cents, request.earliest_year, request.status, request.partner_id,
                coalesce(array_agg(focal_group.name order by focal_group.name) filter (where focal_group.id is not null), '{}') as groups
         from request left join request_focal_groups on request_focal_groups.request_id = request.id
                      left join focal_group on focal_group.id = request_focal_groups.focal_group_id
         group by request.id`,
      );
    return new Map(rows.map((row) => [row.id, row]));
  };
  /** One-time cost plus the recurring cost of every cycle year from the request's earliest start. */
  const costFromEarliest = (request: { one_time_cents: string; recurring_cents: string; earliest_year: number }) =>
    (Number(request.one_time_cents) + Number(request.recurring_cents) * YEARS.filter((year) => year >= Math.max(request.earliest_year, YEARS[0])).length) / 100;
  const byId = (instance: PabulibInstance) => [...instance.projects].sort((a, b) => (a.id < b.id ? -1 : 1));

  it('exports the adopted plan: every placed request with the costs and Tier 1 selection the database holds', async () => {
    const text = await pbThroughLink(ExportKind.PLAN_PABULIB, { cycleId: cycle.id }, staff);
    const instance = parsePabulib(text);

    const connection = hub.em().getConnection();
    const items = await connection.execute<{ request_id: string; tier: number; start_year: number | null; equity_score: number; score_breakdown: Record<string, number> }[]>(
      'select request_id, tier, start_year, equity_score, score_breakdown from scenario_item where scenario_id = ?',
      [adoptedId],
    );
    const allocated = await connection.execute<{ request_id: string; tier: number; money_cents: string }[]>(
      'select request_id, min(tier) as tier, sum(money_cents)::text as money_cents from allocation where cycle_id = ? group by request_id',
      [cycle.id],
    );
    // The fixture exercises every tier: funded now, first in line, saved for later.
    expect(new Set(items.map((item) => item.tier))).toEqual(new Set([1, 2, 3]));
    const allocation = new Map(allocated.map((row) => [row.request_id, row]));
    const requests = await storedRequests();
    const expected = items
      .map((item) => {
        const request = requests.get(item.request_id)!;
        const placed = allocation.get(item.request_id);
        return {
          id: item.request_id,
          name: request.title,
          categories: request.groups.map((group) => group.replace(', ', ' ')),
          cost: placed ? Number(placed.money_cents) / 100 : costFromEarliest(request),
          selected: placed?.tier === 1,
        };
      })
      .sort((a, b) => (a.id < b.id ? -1 : 1));
    expect(byId(instance).map(({ id, name, categories, cost, selected }) => ({ id, name, categories, cost, selected }))).toEqual(expected);
    expect(instance.projects.map((project) => project.id)).not.toContain(submittedId);
    // The Tier 2 item is not selected; tier, year, equity score and each criterion's part of it are in extra columns.
    const columns = planColumns(text);
    for (const item of items) {
      expect(columns.get(item.request_id)).toEqual({
        selected: item.tier === 1 ? '1' : '0',
        tier: String(item.tier),
        start_year: item.start_year === null ? '' : String(item.start_year),
        equity_score: String(item.equity_score),
        score_communityVoice: String(item.score_breakdown.communityVoice),
        score_reach: String(item.score_breakdown.reach),
      });
    }
    // The panel's votes reached the file: the family nights' community voice is the most any request got.
    const voices = items.map((item) => item.score_breakdown.communityVoice);
    expect(Math.max(...voices)).toBeGreaterThan(0);
    expect(Number(columns.get(nightsId)!.score_communityVoice)).toBe(Math.max(...voices));

    // Budget: the Tier 1 money of both years; what is selected fits in it, and the file reads back as a scenario.
    expect(instance.meta).toMatchObject({ budget: '20000', instance: '2027', num_projects: '5', num_votes: '0', rule: 'equity-optimal', currency: 'USD' });
    expect(instance.projects.filter((project) => project.selected).reduce((sum, project) => sum + project.cost, 0)).toBeLessThanOrEqual(20_000);
    expect(pabulibToScenario(instance).envelopes.tier1).toEqual([{ money: 20_000, fte: 0 }]);
  });

  it('exports a cycle: its candidate requests priced from their earliest year, without an outcome', async () => {
    const response = await fetchPath(`/exports/cycle.pb?cycleId=${cycle.id}`, staff);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="pb-biennium-2027-requests.pb"');
    const instance = parsePabulib(await response.text());
    const requests = await storedRequests();
    const candidates = [...requests.values()].filter((request) => request.status !== RequestStatus.SUBMITTED);
    expect(byId(instance)).toEqual(
      candidates
        .map((request) => ({ id: request.id, cost: costFromEarliest(request), votes: 0, name: request.title, categories: request.groups.map((group) => group.replace(', ', ' ')), selected: null }))
        .sort((a, b) => (a.id < b.id ? -1 : 1)),
    );
    expect(instance.meta).toMatchObject({ budget: '20000', num_projects: String(candidates.length) });
    expect(instance.meta.rule).toBeUndefined();
  });

  it('gives a partner its own requests only, the public the adopted plan without sponsors, and what-ifs to staff only', async () => {
    const mine = await hub.token(Role.PARTNER, partner.id);
    const interpretersOnly = [...(await storedRequests()).values()].filter((request) => request.partner_id === partner.id && request.status !== RequestStatus.SUBMITTED).map((request) => request.id);
    expect(interpretersOnly).toHaveLength(1);
    expect(parsePabulib(await pbThroughLink(ExportKind.PLAN_PABULIB, { cycleId: cycle.id }, mine)).projects.map((project) => project.id)).toEqual(interpretersOnly);
    expect(parsePabulib(await pbThroughLink(ExportKind.CYCLE_PABULIB, { cycleId: cycle.id }, mine)).projects.map((project) => project.id)).toEqual(interpretersOnly);
    // A partner with no requests gets the cycle's META and an empty PROJECTS section.
    const others = await pbThroughLink(ExportKind.PLAN_PABULIB, { cycleId: cycle.id }, await hub.token(Role.PARTNER, otherPartner.id));
    expect(others).toMatch(/\nnum_projects;0\n[\s\S]*\nPROJECTS\nproject_id;cost;name;category;selected;tier;start_year;equity_score\nVOTES\n/);

    // Viewers and the public read the adopted plan, all of it, by cycle or by its scenario id.
    const staffFile = await pbThroughLink(ExportKind.PLAN_PABULIB, { cycleId: cycle.id }, staff);
    const viewer = await hub.token(Role.VIEWER);
    expect(await pbThroughLink(ExportKind.PLAN_PABULIB, { cycleId: cycle.id }, viewer)).toBe(staffFile);
    expect(await pbThroughLink(ExportKind.PLAN_PABULIB, { scenarioId: adoptedId }, null)).toBe(staffFile);
    expect(staffFile).not.toContain(partner.id);
    expect(staffFile).not.toContain(partner.name);

    // The what-if is staff deliberation: for anyone else it answers like a missing id.
    const whatIf = parsePabulib(await pbThroughLink(ExportKind.PLAN_PABULIB, { scenarioId: whatIfId }, staff));
    expect(whatIf.meta).toMatchObject({ rule: 'greedy', description: expect.stringContaining('what-if scenario "What if greedy"') });
    for (const token of [viewer, mine, null]) {
      expect(errorCodeOf(await hub.graphql(ExportLinkDocument, { kind: ExportKind.PLAN_PABULIB, parameters: { scenarioId: whatIfId } }, token))).toBe('NOT_FOUND');
      expect(await refusal(`/exports/plan.pb?scenarioId=${whatIfId}`, token)).toEqual({ status: 404, code: 'NOT_FOUND' });
    }
    // A link a VIEWER cannot get, forged by signing it for a VIEWER, still reads nothing.
    const forViewer = signExportLink(hub.config, { userId: null, label: 'signed viewer', role: Role.VIEWER, partnerId: null, credential: { kind: CredentialKind.API_TOKEN, id: null } }, ExportKind.PLAN_PABULIB, [['scenarioId', whatIfId]]);
    expect(await refusal(forViewer.url)).toEqual({ status: 404, code: 'NOT_FOUND' });
  });

  it('refuses altered and expired links with the export link codes', async () => {
    const url = await linkOf(ExportKind.PLAN_PABULIB, { cycleId: cycle.id }, staff);
    const token = new URL(url, 'http://hub').searchParams.get('link')!;
    const [payload, signature] = token.split('.');
    const flipped = signature.slice(0, -2) + (signature.at(-2) === 'A' ? 'B' : 'A') + signature.at(-1);
    const invalid = { status: 403, code: 'EXPORT_LINK_INVALID' };
    expect(await refusal(`/exports/plan.pb?cycleId=${cycle.id}&link=${payload}.${flipped}`)).toEqual(invalid);
    expect(await refusal(`/exports/plan.pb?cycleId=${emptyCycleId}&link=${token}`)).toEqual(invalid);
    expect(await refusal(`/exports/cycle.pb?cycleId=${cycle.id}&link=${token}`)).toEqual(invalid);
    expect(await refusal(`/exports/plan.csv?cycleId=${cycle.id}&link=${token}`)).toEqual(invalid);
    const viewer = { userId: null, label: 'signed staff', role: Role.BUDGET_STAFF, partnerId: null, credential: { kind: CredentialKind.API_TOKEN, id: null } };
    const expired = signExportLink(hub.config, viewer, ExportKind.CYCLE_PABULIB, [['cycleId', cycle.id]], new Date(Date.now() - (hub.config.EXPORT_LINK_TTL_SECONDS + 1) * 1000));
    expect(await refusal(expired.url)).toEqual({ status: 410, code: 'EXPORT_LINK_EXPIRED' });
  });

  it('answers unknown ids with NOT_FOUND and bad parameters with BAD_USER_INPUT, over GraphQL and HTTP', async () => {
    const unknown = randomUUID();
    const codeOf = async (kind: ExportKind, parameters: ExportLinkParameters) => errorCodeOf(await hub.graphql(ExportLinkDocument, { kind, parameters }, staff));
    expect(await codeOf(ExportKind.CYCLE_PABULIB, { cycleId: unknown })).toBe('NOT_FOUND');
    expect(await codeOf(ExportKind.PLAN_PABULIB, { cycleId: unknown })).toBe('NOT_FOUND');
    expect(await codeOf(ExportKind.PLAN_PABULIB, { scenarioId: unknown })).toBe('NOT_FOUND');
    // A cycle that was never planned has no adopted plan to export.
    expect(await codeOf(ExportKind.PLAN_PABULIB, { cycleId: emptyCycleId })).toBe('NOT_FOUND');
    expect(await codeOf(ExportKind.CYCLE_PABULIB, {})).toBe('BAD_USER_INPUT');
    expect(await codeOf(ExportKind.PLAN_PABULIB, {})).toBe('BAD_USER_INPUT');
    expect(await codeOf(ExportKind.PLAN_PABULIB, { cycleId: cycle.id, scenarioId: adoptedId })).toBe('BAD_USER_INPUT');
    expect(await codeOf(ExportKind.PLAN_PABULIB, { scenarioId: 'not-a-uuid' })).toBe('BAD_USER_INPUT');

    expect(await refusal(`/exports/cycle.pb?cycleId=${unknown}`, staff)).toEqual({ status: 404, code: 'NOT_FOUND' });
    expect(await refusal(`/exports/plan.pb?cycleId=${unknown}`, staff)).toEqual({ status: 404, code: 'NOT_FOUND' });
    expect(await refusal(`/exports/plan.pb?scenarioId=${unknown}`, staff)).toEqual({ status: 404, code: 'NOT_FOUND' });
    expect(await refusal(`/exports/plan.pb?cycleId=${emptyCycleId}`, staff)).toEqual({ status: 404, code: 'NOT_FOUND' });
    expect(await refusal('/exports/plan.pb?scenarioId=not-a-uuid', staff)).toEqual({ status: 400, code: 'BAD_USER_INPUT' });
    expect(await refusal('/exports/cycle.pb', staff)).toEqual({ status: 400, code: 'BAD_USER_INPUT' });
  });
});
