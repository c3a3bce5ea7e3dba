import { BudgetCycle } from '../../src/modules/budgets/budget-cycle.entity';
import { FiscalYear } from '../../src/modules/budgets/fiscal-year.entity';
import { CriterionKind, DerivedSource, EquityLens } from '../../src/modules/equity-lenses/equity-lens.entity';
import { FocalGroup, FocalGroupCategory, IssueProximity } from '../../src/modules/focal-groups/focal-group.entity';
import { Partner, PartnerKind } from '../../src/modules/partners/partner.entity';
import { AdoptScenarioDocument, FundWithExtraDocument, RunScenarioDocument } from '../generated/graphql';
import { makeRequest } from '../support/factories';
import { dataOf, errorCodeOf, Role, startTestHub, type TestHub } from '../support/hub';

/**
 * FY2027–FY2028. Tier 1 money $100 then $10; Tier 2 adds $0 then $100. Reach-only lens:
 *   Snacks (100 people, $5 a year) ranks first and takes Tier 1: $5 in each year.
 *   Mural (50 people, $50 once and $20 a year) cannot start in Tier 1 (FY2028 has $5 left, it needs $20),
 *   so it is Tier 2 from FY2027; to move up it needs $15 more in FY2028 only.
 */
describe('fundWithExtra: the one-step what-if behind toMoveUp', () => {
  let hub: TestHub;
  let budget: string;
  let ids: { cycle: string; lens: string; snacks: string; mural: string; partner: string };

  beforeAll(async () => {
    hub = await startTestHub();
    budget = await hub.token(Role.BUDGET_STAFF);
    const em = hub.em();
    const cycle = em.create(BudgetCycle, { name: 'What-if biennium' });
    em.create(FiscalYear, { cycle, year: 2027, tier1MoneyCents: 10_000, tier1Fte: 10, tier2MoneyCents: 0, tier2Fte: 0 });
    em.create(FiscalYear, { cycle, year: 2028, tier1MoneyCents: 1_000, tier1Fte: 10, tier2MoneyCents: 10_000, tier2Fte: 0 });
    const lens = em.create(EquityLens, { key: 'what-if-reach', name: 'Reach only', criteria: [{ key: 'reach', label: 'People reached', kind: CriterionKind.DERIVED, source: DerivedSource.REACH, weight: 1 }] });
    const group = em.create(FocalGroup, { name: 'Artists', category: FocalGroupCategory.COMMUNITY, populationShare: 0.1, languages: ['en'], proximity: IssueProximity.DIRECTLY_IMPACTED });
    const snacks = makeRequest(em, 'Snacks', 100, 500, [group]);
    const mural = makeRequest(em, 'Mural', 50, 2_000, [group]);
    mural.oneTimeCents = 5_000;
    const partner = em.create(Partner, { name: 'What-if partner', kind: PartnerKind.NON_PROFIT, priorityAreas: [] });
    await em.flush();
    ids = { cycle: cycle.id, lens: lens.id, snacks: snacks.id, mural: mural.id, partner: partner.id };
  });
  afterAll(() => hub.stop());

  it('re-runs the scenario with the named money added and the request pinned, as a new scenario that can be adopted', async () => {
    const base = dataOf(await hub.graphql(RunScenarioDocument, { input: { cycleId: ids.cycle, name: 'Base', lensId: ids.lens, solver: 'GREEDY' } }, budget)).runScenario;
    const placed = (items: typeof base.items) => items.map((item) => [item.request.title, item.tier, item.startYear]);
    expect(placed(base.items)).toEqual([
      ['Snacks', 1, 2027],
      ['Mural', 2, 2027],
    ]);
    expect(base.items[1].toMoveUp).toMatchObject({ year: 2027, moneyCents: 1_500, fte: 0 });

    const whatIf = dataOf(await hub.graphql(FundWithExtraDocument, { scenarioId: base.id, requestId: ids.mural, wait: null }, budget)).fundWithExtra;
    expect(whatIf.id).not.toBe(base.id);
    expect(whatIf).toMatchObject({ status: 'COMPLETED', name: 'Base + extra for "Mural"', basedOn: { id: base.id }, fundedRequest: { id: ids.mural } });
    expect(whatIf.extraFunds).toEqual([{ year: 2028, tier: 1, moneyCents: 1_500, fte: 0 }]);
    expect(whatIf.pins.map((pin) => [pin.requestId, pin.tier, pin.startYear, pin.excluded])).toEqual([[ids.mural, 1, 2027, false]]);
    expect(placed(whatIf.items)).toEqual([
      ['Snacks', 1, 2027],
      ['Mural', 1, 2027],
    ]);
    // Stored like any run: adoption rebuilds the same problem (extra money included) and accepts it.
    expect(dataOf(await hub.graphql(AdoptScenarioDocument, { id: whatIf.id }, budget)).adoptScenario.adopted).toBe(true);
  });

  it('is for budget staff only, and refuses requests with no move up and unknown scenarios', async () => {
    const base = dataOf(await hub.graphql(RunScenarioDocument, { input: { cycleId: ids.cycle, name: 'Again', lensId: ids.lens, solver: 'GREEDY' } }, budget)).runScenario;
    const ask = (requestId: string, token: string, scenarioId = base.id) => hub.graphql(FundWithExtraDocument, { scenarioId, requestId, wait: null }, token);
    expect(errorCodeOf(await ask(ids.mural, await hub.token(Role.LIAISON)))).toBe('FORBIDDEN');
    expect(errorCodeOf(await ask(ids.mural, await hub.token(Role.VIEWER)))).toBe('FORBIDDEN');
    expect(errorCodeOf(await ask(ids.mural, await hub.token(Role.PARTNER, ids.partner)))).toBe('FORBIDDEN');
    expect(errorCodeOf(await ask(ids.snacks, budget))).toBe('BAD_USER_INPUT');
    expect(errorCodeOf(await ask(ids.mural, budget, '00000000-0000-4000-8000-000000000000'))).toBe('NOT_FOUND');
  });
});
