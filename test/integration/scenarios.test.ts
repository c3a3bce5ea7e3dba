import type { EntityManager } from '@mikro-orm/postgresql';
import { AuditEvent } from '../../src/modules/audit/audit-event.entity';
import { BudgetCycle } from '../../src/modules/budgets/budget-cycle.entity';
import { FiscalYear } from '../../src/modules/budgets/fiscal-year.entity';
import { EngagementSession, EngagementSessionKind, ProcessStep } from '../../src/modules/engagement/engagement-session.entity';
import { SessionAttendance } from '../../src/modules/engagement/session-attendance.entity';
import { CriterionKind, DerivedSource, EquityLens } from '../../src/modules/equity-lenses/equity-lens.entity';
import { ReviewScore } from '../../src/modules/equity-lenses/review-score.entity';
import { FocalGroup, FocalGroupCategory, IssueProximity } from '../../src/modules/focal-groups/focal-group.entity';
import { Region } from '../../src/modules/geography/region.entity';
import { School } from '../../src/modules/geography/school.entity';
import { AgreementStatus, Partner, PartnerKind, PriorityArea } from '../../src/modules/partners/partner.entity';
import { CommunicationDraft } from '../../src/modules/communications/communication-draft.entity';
import { Request, RequestStatus } from '../../src/modules/requests/request.entity';
import { Allocation } from '../../src/modules/scenarios/allocation.entity';
import { Scenario } from '../../src/modules/scenarios/scenario.entity';
import { Survey } from '../../src/modules/surveys/survey.entity';
import { SurveyImport } from '../../src/modules/surveys/survey-import.entity';
import { SurveyItem } from '../../src/modules/surveys/survey-item.entity';
import { SurveyResponse } from '../../src/modules/surveys/survey-response.entity';
import { SurveyResponseRollup } from '../../src/modules/surveys/survey-response-rollup.entity';
import { SurveyRollupBuilder } from '../../src/modules/surveys/survey-rollup';
import { SurveyWave } from '../../src/modules/surveys/survey-wave.entity';
import { Topic } from '../../src/core/pubsub';
import {
  AdoptScenarioDocument,
  CompareScenariosDocument,
  PlanDocument,
  RunScenarioDocument,
  ScenarioDocument,
  ScenariosDocument,
  type RunScenarioInput,
} from '../generated/graphql';
import { dataOf, errorCodeOf, Role, startTestHub, type TestHub } from '../support/hub';

let sequence = 0;
function makeRequest(em: EntityManager, fields: Omit<Partial<Request>, 'focalGroups'> & { title: string; focalGroups?: FocalGroup[] }): Request {
  const { focalGroups = [], ...rest } = fields;
  const request = em.create(Request, {
    description: `${fields.title} (synthetic test request ${++sequence})`,
    priorityArea: PriorityArea.FAMILY_ENGAGEMENT,
    peopleImpacted: 0,
    oneTimeCents: 0,
    recurringCents: 0,
    fte: 0,
    earliestYear: 2027,
    status: RequestStatus.UNDER_REVIEW,
    ...rest,
  });
  request.focalGroups.set(focalGroups);
  return request;
}

function makeGroup(em: EntityManager, name: string, populationShare: number, languages: string[] = []): FocalGroup {
  return em.create(FocalGroup, { name, category: FocalGroupCategory.COMMUNITY, populationShare, languages, proximity: IssueProximity.DIRECTLY_IMPACTED });
}

/** Resolves with the next event on a topic, or with null when none arrives within the wait. */
async function nextEvent(hub: TestHub, topic: keyof typeof Topic, waitMs = 300): Promise<unknown> {
  const iterator = hub.pubSub.pubSub.subscribe(topic)[Symbol.asyncIterator]();
  let timer: NodeJS.Timeout | undefined;
  try {
    return await Promise.race([
      iterator.next().then((result) => result.value as unknown),
      new Promise((resolve) => {
        timer = setTimeout(() => resolve(null), waitMs);
      }),
    ]);
  } finally {
    clearTimeout(timer);
    void iterator.return?.();
  }
}

/**
 * Four requests over FY2027–FY2028, scored by reach alone (peopleImpacted ÷ 100):
 *   A E=1.0 $6,000/yr  B E=0.8 $4,000/yr  C E=0.6 $3,000/yr  D E=0.4 $5,000/yr (all recurring).
 * Tier 1 caps $10,000 a year: A+B from FY2027 fill it (1.8, the best schedule).
 * Tier 2 adds $4,000 a year: C fits in FY2027 ($3,000), D ($5,000) fits nowhere -> Tier 3.
 */
describe('scenarios', () => {
  let hub: TestHub;
  let budget: string;
  let ids: { cycle: string; otherCycle: string; lens: string; partner: string; a: string; b: string; c: string; d: string; g1: string; g2: string; g3: string; g4: string };
  let base: RunScenarioInput;
  let first: string;
  let pinned: string;

  beforeAll(async () => {
    hub = await startTestHub();
    budget = await hub.token(Role.BUDGET_STAFF);
    const em = hub.em();
    const cycle = em.create(BudgetCycle, { name: 'FY2027–FY2028 biennium' });
    for (const year of [2027, 2028]) em.create(FiscalYear, { cycle, year, tier1MoneyCents: 1_000_000, tier1Fte: 10, tier2MoneyCents: 400_000, tier2Fte: 0 });
    const otherCycle = em.create(BudgetCycle, { name: 'FY2027 one-year' });
    em.create(FiscalYear, { cycle: otherCycle, year: 2027, tier1MoneyCents: 1_000_000, tier1Fte: 10, tier2MoneyCents: 0, tier2Fte: 0 });
    const lens = em.create(EquityLens, { key: 'reach-only', name: 'Reach only', criteria: [{ key: 'reach', label: 'People reached', kind: CriterionKind.DERIVED, source: DerivedSource.REACH, weight: 1 }] });
    const partner = em.create(Partner, { name: 'Riverbend Family Center (test)', kind: PartnerKind.NON_PROFIT, priorityAreas: [] });
    const g1 = makeGroup(em, 'Spanish-speaking families', 0.2, ['es']);
    const g2 = makeGroup(em, 'Night-shift parents', 0.1);
    const g3 = makeGroup(em, 'Grandparents raising grandchildren', 0.05);
    const g4 = makeGroup(em, 'Families in temporary housing', 0.05);
    const a = makeRequest(em, { title: 'Interpreters at conferences', peopleImpacted: 100, recurringCents: 600_000, fte: 1, focalGroups: [g1], partner });
    const b = makeRequest(em, { title: 'Late-evening family nights', peopleImpacted: 80, recurringCents: 400_000, fte: 0.5, focalGroups: [g2, g3] });
    const c = makeRequest(em, { title: 'Kinship care support circle', peopleImpacted: 60, recurringCents: 300_000, focalGroups: [g3] });
    const d = makeRequest(em, { title: 'Transport passes for events', peopleImpacted: 40, recurringCents: 500_000, focalGroups: [g4] });
    // Not a candidate (SUBMITTED), so not placed.
    makeRequest(em, { title: 'Unreviewed idea', peopleImpacted: 10, status: RequestStatus.SUBMITTED });
    await em.flush();
    ids = { cycle: cycle.id, otherCycle: otherCycle.id, lens: lens.id, partner: partner.id, a: a.id, b: b.id, c: c.id, d: d.id, g1: g1.id, g2: g2.id, g3: g3.id, g4: g4.id };
    base = { cycleId: cycle.id, name: 'Base plan', lensId: lens.id, solver: 'OPTIMAL' };
  });
  afterAll(() => hub.stop());

  it('tiers a small cycle: two funded, one Tier 2, one saved for later with its reasons and allocations', async () => {
    const completed = nextEvent(hub, 'SCENARIO_COMPLETED', 20000);
    const scenario = dataOf(await hub.graphql(RunScenarioDocument, { input: base }, budget)).runScenario;
    first = scenario.id;
    expect(scenario).toMatchObject({ status: 'COMPLETED', solver: 'OPTIMAL', discount: 0.9, coverageBonus: 0, mipGap: 0.01, lensRevision: 1, adopted: false, createdBy: 'test budget_staff' });
    expect(scenario.inputsHash).toMatch(/^[0-9a-f]{64}$/);
    expect(scenario.tiers).toEqual([
      { tier: 1, objective: 1.8, status: 'OPTIMAL', gap: 0 },
      { tier: 2, objective: 0.6, status: 'OPTIMAL', gap: 0 },
    ]);
    const byTitle = Object.fromEntries(scenario.items.map((item) => [item.request.title, item]));
    expect(scenario.items.map((item) => [item.request.id, item.tier, item.startYear, item.rank])).toEqual([
      [ids.a, 1, 2027, 1],
      [ids.b, 1, 2027, 2],
      [ids.c, 2, 2027, 3],
      [ids.d, 3, null, 4],
    ]);
    expect(byTitle['Interpreters at conferences'].allocations).toEqual([
      { year: 2027, moneyCents: 600_000, fte: 1 },
      { year: 2028, moneyCents: 600_000, fte: 1 },
    ]);
    expect(byTitle['Kinship care support circle'].allocations).toEqual([
      { year: 2027, moneyCents: 300_000, fte: 0 },
      { year: 2028, moneyCents: 300_000, fte: 0 },
    ]);
    expect(byTitle['Late-evening family nights'].scoreBreakdown).toEqual([{ criterionKey: 'reach', value: 0.8 }]);
    expect(byTitle['Transport passes for events'].equityScore).toBe(0.4);
    const saved = byTitle['Transport passes for events'];
    expect(saved.allocations).toEqual([]);
    // Tier 2 has $1,000 left in each year after C; D starting in FY2028 needs $5,000 there: $4,000 short.
    expect(saved.reason).toBe('Saved for later (Tier 3): rank 4 of 4 by equity score. Not in Tier 2: FY2028 money cap reached: needs $4,000 more.');
    expect(saved.toMoveUp).toEqual({ year: 2028, moneyCents: 400_000, fte: 0 });
    // C in FY2027 would need $3,000 in FY2028 too, where A and B already use the whole $10,000.
    expect(byTitle['Kinship care support circle'].reason).toContain('FY2028 money cap reached: needs $3,000 more');
    expect(byTitle['Kinship care support circle'].toMoveUp).toEqual({ year: 2028, moneyCents: 300_000, fte: 0 });
    expect(await completed).toMatchObject({ cycleId: ids.cycle, scenarioId: scenario.id });
    expect(await hub.em().count(AuditEvent, { action: 'runScenario', entityId: scenario.id })).toBe(1);
  });

  it('applies cap adjustments: halving FY2028 leaves room for one request only', async () => {
    const input = { ...base, name: 'Revenue -50% in FY2028', solver: 'GREEDY' as const, capAdjustments: [{ year: 2028, moneyPercent: -50 }] };
    const scenario = dataOf(await hub.graphql(RunScenarioDocument, { input }, budget)).runScenario;
    expect(scenario.capAdjustments).toEqual([{ year: 2028, tier: null, moneyPercent: -50, ftePercent: 0 }]);
    expect(scenario.tiers.map((tier) => tier.status)).toEqual(['HEURISTIC', 'HEURISTIC']);
    // FY2028 Tier 1 is $5,000: recurring A ($6,000) cannot fit, B ($4,000) is the best that does.
    expect(scenario.items.filter((item) => item.tier === 1).map((item) => item.request.id)).toEqual([ids.b]);
    expect(errorCodeOf(await hub.graphql(RunScenarioDocument, { input: { ...input, capAdjustments: [{ year: 2031, moneyPercent: -5 }] } }, budget))).toBe('BAD_USER_INPUT');
  });

  it('reads the requests of a scenario\'s items once, with the items', async () => {
    hub.sql.reset();
    const scenario = dataOf(await hub.graphql(ScenarioDocument, { id: first }, budget)).scenario;
    expect(scenario.items.map((item) => item.request.title)).toHaveLength(4);
    const requestReads = hub.sql.statements.filter((statement) => /"request" as "/.test(statement));
    expect(requestReads).toHaveLength(1);
    expect(requestReads[0]).toMatch(/from "scenario_item"/);
  });

  it('asks OPTIMAL for the gap staff choose: 0 means a proof of optimality, above 10% is refused', async () => {
    const exact = dataOf(await hub.graphql(RunScenarioDocument, { input: { ...base, name: 'Proven optimal', mipGap: 0 } }, budget)).runScenario;
    expect(exact.mipGap).toBe(0);
    expect(exact.tiers.map((tier) => [tier.status, tier.gap])).toEqual([
      ['OPTIMAL', 0],
      ['OPTIMAL', 0],
    ]);
    const refused = await hub.graphql(RunScenarioDocument, { input: { ...base, name: 'Too loose', mipGap: 0.2 } }, budget);
    expect(errorCodeOf(refused)).toBe('BAD_USER_INPUT');
    expect(await hub.em().count(Scenario, { name: 'Too loose' })).toBe(0);
  });

  it('honours pins and exclusions, quoting their reasons, and refuses pins that cannot all hold', async () => {
    const input: RunScenarioInput = {
      ...base,
      name: 'Board commitments',
      pins: [
        { requestId: ids.d, tier: 1, startYear: 2028, reason: 'Board commitment to transport' },
        { requestId: ids.a, excluded: true, reason: 'Covered by a state grant' },
      ],
    };
    const scenario = dataOf(await hub.graphql(RunScenarioDocument, { input }, budget)).runScenario;
    pinned = scenario.id;
    const placement = Object.fromEntries(scenario.items.map((item) => [item.request.id, [item.tier, item.startYear]]));
    // D takes $5,000 of FY2028 Tier 1; B fits beside it from FY2027; C would overrun FY2028 ($12,000) so goes to Tier 2.
    expect(placement).toEqual({ [ids.d]: [1, 2028], [ids.b]: [1, 2027], [ids.c]: [2, 2027], [ids.a]: [3, null] });
    const excluded = scenario.items.find((item) => item.request.id === ids.a)!;
    expect(excluded.reasonCode).toBe('EXCLUDED');
    expect(excluded.reason).toContain('Covered by a state grant');
    expect(scenario.pins).toHaveLength(2);

    const impossible = await hub.graphql(
      RunScenarioDocument,
      { input: { ...base, pins: [{ requestId: ids.a, tier: 1, startYear: 2027, reason: 'x' }, { requestId: ids.d, tier: 1, startYear: 2027, reason: 'y' }] } },
      budget,
    );
    expect(errorCodeOf(impossible)).toBe('BAD_USER_INPUT');
    expect(errorCodeOf(await hub.graphql(RunScenarioDocument, { input: { ...base, pins: [{ requestId: ids.a, tier: 1, reason: 'no year' }] } }, budget))).toBe('BAD_USER_INPUT');
    expect(errorCodeOf(await hub.graphql(RunScenarioDocument, { input: { ...base, pins: [{ requestId: ids.a, excluded: true, reason: '' }] } }, budget))).toBe('BAD_USER_INPUT');
    expect(errorCodeOf(await hub.graphql(RunScenarioDocument, { input: { ...base, lensId: '00000000-0000-0000-0000-000000000000' } }, budget))).toBe('NOT_FOUND');
  });

  it('compares two scenarios of a cycle and refuses scenarios of different cycles', async () => {
    const comparison = dataOf(await hub.graphql(CompareScenariosDocument, { a: first, b: pinned }, budget)).compareScenarios;
    expect(comparison.changedItems.map((change) => [change.request.id, change.tierA, change.startYearA, change.tierB, change.startYearB])).toEqual([
      [ids.d, 3, null, 1, 2028],
      [ids.a, 1, 2027, 3, null],
    ]);
    expect(comparison.moneyByYearAndTier).toEqual([
      { year: 2027, tier: 1, moneyCentsA: 1_000_000, moneyCentsB: 400_000, deltaCents: -600_000 },
      { year: 2027, tier: 2, moneyCentsA: 300_000, moneyCentsB: 300_000, deltaCents: 0 },
      { year: 2028, tier: 1, moneyCentsA: 1_000_000, moneyCentsB: 900_000, deltaCents: -100_000 },
      { year: 2028, tier: 2, moneyCentsA: 300_000, moneyCentsB: 300_000, deltaCents: 0 },
    ]);
    expect(comparison.groupsGainedCoverage.map((group) => group.id)).toEqual([ids.g4]);
    expect(comparison.groupsLostCoverage.map((group) => group.id)).toEqual([ids.g1]);

    const elsewhere = dataOf(await hub.graphql(RunScenarioDocument, { input: { ...base, cycleId: ids.otherCycle, name: 'One year', solver: 'GREEDY' } }, budget)).runScenario;
    expect(errorCodeOf(await hub.graphql(CompareScenariosDocument, { a: first, b: elsewhere.id }, budget))).toBe('BAD_USER_INPUT');
    const listed = dataOf(await hub.graphql(ScenariosDocument, { cycleId: ids.cycle }, budget)).scenarios;
    expect(listed.map((scenario) => scenario.id)).toEqual(expect.arrayContaining([first, pinned]));
    expect(listed.map((scenario) => scenario.id)).not.toContain(elsewhere.id);
    // Unadopted what-ifs are staff deliberation: the public lists none and cannot compare them.
    const viewer = await hub.token(Role.VIEWER);
    expect(dataOf(await hub.graphql(ScenariosDocument, { cycleId: ids.cycle }, viewer)).scenarios).toEqual([]);
    expect(errorCodeOf(await hub.graphql(CompareScenariosDocument, { a: first, b: pinned }, viewer))).toBe('NOT_FOUND');
  });

  it('adopts a scenario: allocations, statuses, one draft letter per group, audit and events', async () => {
    const planChanged = nextEvent(hub, 'PLAN_CHANGED', 5000);
    const adopted = dataOf(await hub.graphql(AdoptScenarioDocument, { id: first }, budget)).adoptScenario;
    expect(adopted.adopted).toBe(true);
    expect(await planChanged).toMatchObject({ cycleId: ids.cycle, scenarioId: first, partnerIds: [ids.partner] });

    const plan = dataOf(await hub.graphql(PlanDocument, { cycleId: ids.cycle }, budget)).plan;
    expect(plan.map((row) => [row.request.id, row.fiscalYear, row.tier, row.moneyCents])).toEqual(
      [
        [ids.a, 2027, 1, 600_000],
        [ids.b, 2027, 1, 400_000],
        [ids.c, 2027, 2, 300_000],
        [ids.a, 2028, 1, 600_000],
        [ids.b, 2028, 1, 400_000],
        [ids.c, 2028, 2, 300_000],
      ].sort((x, y) => (x[1] as number) - (y[1] as number) || (x[2] as number) - (y[2] as number) || ((x[0] as string) < (y[0] as string) ? -1 : 1)),
    );
    expect(plan.every((row) => row.scenario.id === first)).toBe(true);

    const em = hub.em();
    const statuses = Object.fromEntries((await em.find(Request, { id: { $in: [ids.a, ids.b, ids.c, ids.d] } })).map((request) => [request.id, request.status]));
    expect(statuses).toEqual({ [ids.a]: 'FUNDED', [ids.b]: 'FUNDED', [ids.c]: 'TIERED', [ids.d]: 'DEFERRED' });

    const drafts = await em.find(CommunicationDraft, { scenario: first });
    expect(drafts).toHaveLength(4);
    const draftFor = (groupId: string) => drafts.find((draft) => draft.focalGroup.id === groupId)!;
    // No Spanish template in this database: the letter is in English and waits for a translation.
    expect(draftFor(ids.g1)).toMatchObject({ language: 'en', requestedLanguage: 'es', needsTranslation: true, status: 'DRAFT' });
    expect(draftFor(ids.g1).request.id).toBe(ids.a);
    expect(draftFor(ids.g1).body).toContain('"Interpreters at conferences": it will be paid for, starting in 2027.');
    // Grandparents raised B (Tier 1) and C (Tier 2): one letter, on the better-placed request, telling both.
    expect(draftFor(ids.g3).request.id).toBe(ids.b);
    expect(draftFor(ids.g3)).toMatchObject({ language: 'en', needsTranslation: false });
    expect(draftFor(ids.g3).body).toContain('"Kinship care support circle": it will be the first to be paid for, starting in 2027, if more money or staff become available.');
    expect(draftFor(ids.g4).body).toMatch(/"Transport passes for events": saved for later\. There was not enough money left in 20\d\d/);

    expect(await em.count(AuditEvent, { action: 'adoptScenario', entityType: 'Scenario', entityId: first })).toBe(1);
    expect(await em.count(AuditEvent, { action: 'adoptScenario', entityType: 'Request' })).toBe(4);
  });

  it('limits partners to their own requests and hides staff notes from the public', async () => {
    const partnerToken = await hub.token(Role.PARTNER, ids.partner);
    // `first` is the adopted plan; `pinned` stays an unadopted what-if, which only staff read.
    expect(errorCodeOf(await hub.graphql(ScenarioDocument, { id: pinned }, partnerToken))).toBe('NOT_FOUND');
    const seen = dataOf(await hub.graphql(ScenarioDocument, { id: first }, partnerToken)).scenario;
    expect(seen.items.map((item) => item.request.id)).toEqual([ids.a]);
    expect(seen.pins).toEqual([]);
    expect(seen.createdBy).toBeNull();
    const plan = dataOf(await hub.graphql(PlanDocument, { cycleId: ids.cycle }, partnerToken)).plan;
    expect(plan.map((row) => row.request.id)).toEqual([ids.a, ids.a]);

    const viewer = await hub.token(Role.VIEWER);
    expect(errorCodeOf(await hub.graphql(ScenarioDocument, { id: pinned }, viewer))).toBe('NOT_FOUND');
    const publicView = dataOf(await hub.graphql(ScenarioDocument, { id: first }, viewer)).scenario;
    expect(publicView.items).toHaveLength(4);
    expect(publicView.pins).toEqual([]);

    const liaison = await hub.token(Role.LIAISON);
    expect(errorCodeOf(await hub.graphql(RunScenarioDocument, { input: base }, liaison))).toBe('FORBIDDEN');
    expect(errorCodeOf(await hub.graphql(AdoptScenarioDocument, { id: pinned }, liaison))).toBe('FORBIDDEN');
    expect(errorCodeOf(await hub.graphql(AdoptScenarioDocument, { id: pinned }, partnerToken))).toBe('FORBIDDEN');
    // Without credentials the caller is the public audience, which sees adopted plans only.
    expect(errorCodeOf(await hub.graphql(ScenarioDocument, { id: pinned }, null))).toBe('NOT_FOUND');
    expect(errorCodeOf(await hub.graphql(ScenarioDocument, { id: '00000000-0000-0000-0000-000000000000' }, viewer))).toBe('NOT_FOUND');
  });

  it('refuses a stale adoption with CONFLICT until the inputs match again', async () => {
    const em = hub.em();
    const request = await em.findOneOrFail(Request, ids.c);
    request.recurringCents = 350_000;
    await em.flush();
    expect(errorCodeOf(await hub.graphql(AdoptScenarioDocument, { id: pinned }, budget))).toBe('CONFLICT');
    expect((await hub.em().find(Allocation, { cycle: ids.cycle })).every((row) => row.scenario.id === first)).toBe(true);

    request.recurringCents = 300_000;
    await em.flush();
    dataOf(await hub.graphql(AdoptScenarioDocument, { id: pinned }, budget));
  });

  it('re-adoption replaces the previous plan', async () => {
    const allocations = await hub.em().find(Allocation, { cycle: ids.cycle }, { orderBy: { fiscalYear: 'asc', tier: 'asc' } });
    expect(allocations.every((row) => row.scenario.id === pinned)).toBe(true);
    expect(allocations.map((row) => [row.request.id, row.fiscalYear, row.tier])).toEqual(
      expect.arrayContaining([
        [ids.b, 2027, 1],
        [ids.b, 2028, 1],
        [ids.d, 2028, 1],
        [ids.c, 2027, 2],
        [ids.c, 2028, 2],
      ]),
    );
    expect(allocations).toHaveLength(5);
    const scenarios = dataOf(await hub.graphql(ScenariosDocument, { cycleId: ids.cycle }, budget)).scenarios;
    expect(scenarios.filter((scenario) => scenario.adopted).map((scenario) => scenario.id)).toEqual([pinned]);
    const statuses = Object.fromEntries((await hub.em().find(Request, { id: { $in: [ids.a, ids.d] } })).map((request) => [request.id, request.status]));
    expect(statuses).toEqual({ [ids.a]: 'DEFERRED', [ids.d]: 'FUNDED' });
  });

  it('rolls back an adoption that fails midway: no allocations change and nothing is published', async () => {
    const connection = hub.em().getConnection();
    await connection.execute(`create function refuse_communication() returns trigger language plpgsql as $$ begin raise exception 'letters are offline'; end $$`);
    await connection.execute(`create trigger refuse_communication before insert or update on communication_draft for each row execute function refuse_communication()`);
    try {
      const planChanged = nextEvent(hub, 'PLAN_CHANGED');
      const requestUpdated = nextEvent(hub, 'REQUEST_UPDATED');
      expect(errorCodeOf(await hub.graphql(AdoptScenarioDocument, { id: first }, budget))).toBe('INTERNAL_SERVER_ERROR');
      expect(await planChanged).toBeNull();
      expect(await requestUpdated).toBeNull();
    } finally {
      await connection.execute('drop trigger refuse_communication on communication_draft');
      await connection.execute('drop function refuse_communication()');
    }
    const em = hub.em();
    const allocations = await em.find(Allocation, { cycle: ids.cycle });
    expect(allocations).toHaveLength(5);
    expect(allocations.every((row) => row.scenario.id === pinned)).toBe(true);
    expect((await em.findOneOrFail(Request, ids.a)).status).toBe('DEFERRED');
    const scenarios = dataOf(await hub.graphql(ScenariosDocument, { cycleId: ids.cycle }, budget)).scenarios;
    expect(scenarios.filter((scenario) => scenario.adopted).map((scenario) => scenario.id)).toEqual([pinned]);
  });
});

/**
 * Each derived criterion on a hand-built dataset, read back from GREEDY scenarios. The first lens
 * has four criteria of weight 1, so a breakdown value is score ÷ 4; the second has survey need alone.
 */
describe('derived criteria', () => {
  let hub: TestHub;
  let admin: string;
  let cycleId: string;
  let requestIds: Record<'R1' | 'R2' | 'R3', string>;

  beforeAll(async () => {
    hub = await startTestHub();
    admin = await hub.token(Role.ADMIN);
    const em = hub.em();
    const region = em.create(Region, { name: 'Test region', code: 'TEST' });
    const school = em.create(School, { name: 'Test Elementary', region });
    const cycle = em.create(BudgetCycle, { name: 'Derived criteria cycle' });
    em.create(FiscalYear, { cycle, year: 2027, tier1MoneyCents: 0, tier1Fte: 0, tier2MoneyCents: 0, tier2Fte: 0 });
    // Representation: 10 attendees; g1 (50% of people) sent 2 -> rate 0.4, gap 0.6; g2 (25%) sent 5 -> rate 2, gap 0; g3 has no share -> 0.
    const g1 = makeGroup(em, 'Group one', 0.5);
    const g2 = makeGroup(em, 'Group two', 0.25);
    const g3 = makeGroup(em, 'Group three', 0);
    const session = em.create(EngagementSession, {
      title: 'Civic dinner',
      kind: EngagementSessionKind.CIVIC_DINNER,
      region,
      heldAt: new Date('2026-10-01T18:00:00Z'),
      processStep: ProcessStep.EXPLORING,
      totalAttendees: 10,
    });
    em.create(SessionAttendance, { session, focalGroup: g1, count: 2 });
    em.create(SessionAttendance, { session, focalGroup: g2, count: 5 });
    // Priority: the signed partners cover MENTAL_HEALTH and EARLY_CHILDHOOD; the sponsor of R2 is not trained.
    em.create(Partner, { name: 'Trained signed partner', kind: PartnerKind.HEALTH, priorityAreas: [PriorityArea.MENTAL_HEALTH], agreementStatus: AgreementStatus.SIGNED, trainedOnProtocolsAt: new Date() });
    const untrained = em.create(Partner, { name: 'Untrained signed partner', kind: PartnerKind.NON_PROFIT, priorityAreas: [PriorityArea.EARLY_CHILDHOOD], agreementStatus: AgreementStatus.SIGNED });
    em.create(Partner, { name: 'Unsigned partner', kind: PartnerKind.NON_PROFIT, priorityAreas: [PriorityArea.BASIC_NEEDS], agreementStatus: AgreementStatus.DRAFT });
    const r1 = makeRequest(em, { title: 'R1', peopleImpacted: 50, priorityArea: PriorityArea.MENTAL_HEALTH, surveyTopic: 'Sense of Belonging', focalGroups: [g1, g2] });
    const r2 = makeRequest(em, { title: 'R2', peopleImpacted: 200, priorityArea: PriorityArea.EARLY_CHILDHOOD, surveyTopic: 'Sense of Belonging', partner: untrained, focalGroups: [g2] });
    const r3 = makeRequest(em, { title: 'R3', peopleImpacted: 100, priorityArea: PriorityArea.BASIC_NEEDS, focalGroups: [g3] });
    // Survey: g1 has 12 respondents, 3 favourable (25%) -> need 0.75; g2's 5 respondents form no publication class of 10 and are ignored.
    const survey = em.create(Survey, { name: 'Family survey (test)' });
    const wave = em.create(SurveyWave, { survey, name: 'Fall 2026', fieldedAt: new Date('2026-10-15T00:00:00Z') });
    const item = em.create(SurveyItem, { survey, code: 'BELONG_1', prompt: 'I feel welcome at school.', topic: 'Sense of Belonging', scaleMin: 1, scaleMax: 5, favourableMin: 4, favourableMax: 5 });
    const surveyImport = em.create(SurveyImport, { survey, importKey: 'test', rowsRead: 17, rowsAccepted: 17, durationMs: 1, importedBy: 'test' });
    let respondent = 0;
    // The rollup the import writes with the answers: survey need reads what surveyResults publishes.
    const rollup = new SurveyRollupBuilder([{ id: item.id, topic: item.topic, favourableMin: item.favourableMin, favourableMax: item.favourableMax }]);
    const answer = (groupId: string, value: number) => {
      em.create(SurveyResponse, { surveyId: survey.id, waveId: wave.id, itemId: item.id, schoolId: school.id, regionId: region.id, focalGroupIds: [groupId], language: 'English', answer: value, respondentKey: String(++respondent), surveyImportId: surveyImport.id });
      rollup.addAnswer(rollup.addRespondent({ waveId: wave.id, schoolId: school.id, regionId: region.id, focalGroupIds: [groupId], language: 'English' }), 0, value);
    };
    for (let i = 0; i < 12; i++) answer(g1.id, i < 3 ? 5 : 2);
    for (let i = 0; i < 5; i++) answer(g2.id, 5);
    for (const row of rollup.rows()) em.create(SurveyResponseRollup, { ...row, surveyId: survey.id, surveyImportId: surveyImport.id });
    // Reviewed: two reviewers give R1 4 and 5 -> mean 4.5 / 5 = 0.9.
    em.create(ReviewScore, { request: r1, lensKey: 'four-sources', criterionKey: 'voice', reviewer: 'reviewer one', score: 4 });
    em.create(ReviewScore, { request: r1, lensKey: 'four-sources', criterionKey: 'voice', reviewer: 'reviewer two', score: 5 });
    await em.flush();
    cycleId = cycle.id;
    requestIds = { R1: r1.id, R2: r2.id, R3: r3.id };
  });
  afterAll(() => hub.stop());

  async function breakdownsWith(key: string, criteria: EquityLens['criteria']) {
    const em = hub.em();
    const lens = em.create(EquityLens, { key, name: key, criteria });
    await em.flush();
    const scenario = dataOf(await hub.graphql(RunScenarioDocument, { input: { cycleId, name: key, lensId: lens.id, solver: 'GREEDY' } }, admin)).runScenario;
    return Object.fromEntries(
      scenario.items.map((entry) => [
        entry.request.id,
        { equityScore: entry.equityScore, ...Object.fromEntries(entry.scoreBreakdown.map((value) => [value.criterionKey, Math.round(value.value * criteria.length * 1e4) / 1e4])) },
      ]),
    );
  }

  it('computes representation gap, reach, priority alignment and reviewed means', async () => {
    const scores = await breakdownsWith('four-sources', [
      { key: 'gap', label: 'Gap', kind: CriterionKind.DERIVED, source: DerivedSource.REPRESENTATION_GAP, weight: 1 },
      { key: 'reach', label: 'Reach', kind: CriterionKind.DERIVED, source: DerivedSource.REACH, weight: 1 },
      { key: 'priority', label: 'Priority', kind: CriterionKind.DERIVED, source: DerivedSource.PRIORITY_ALIGNMENT, weight: 1 },
      { key: 'voice', label: 'Voice', kind: CriterionKind.REVIEWED, weight: 1 },
    ]);
    // R1: (0.6 + 0.25 + 1 + 0.9) / 4 = 0.6875
    expect(scores[requestIds.R1]).toEqual({ equityScore: 0.6875, gap: 0.6, reach: 0.25, priority: 1, voice: 0.9 });
    expect(scores[requestIds.R2]).toEqual({ equityScore: 0.375, gap: 0, reach: 1, priority: 0.5, voice: 0 });
    expect(scores[requestIds.R3]).toEqual({ equityScore: 0.125, gap: 0, reach: 0.5, priority: 0, voice: 0 });
  });

  it('computes survey need from cells at or above the minimum cell size', async () => {
    const scores = await breakdownsWith('survey-need', [{ key: 'need', label: 'Need', kind: CriterionKind.DERIVED, source: DerivedSource.SURVEY_NEED, weight: 1 }]);
    expect(scores[requestIds.R1]).toEqual({ equityScore: 0.75, need: 0.75 });
    expect(scores[requestIds.R2]).toEqual({ equityScore: 0, need: 0 });
    expect(scores[requestIds.R3]).toEqual({ equityScore: 0, need: 0 });
  });
});
