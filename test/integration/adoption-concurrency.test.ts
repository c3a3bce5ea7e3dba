import { AuditEvent } from '../../src/modules/audit/audit-event.entity';
import { CommunicationDraft, OPEN_DRAFT_STATUSES } from '../../src/modules/communications/communication-draft.entity';
import { BudgetCycle } from '../../src/modules/budgets/budget-cycle.entity';
import { FiscalYear } from '../../src/modules/budgets/fiscal-year.entity';
import { CriterionKind, DerivedSource, EquityLens } from '../../src/modules/equity-lenses/equity-lens.entity';
import { FocalGroup, FocalGroupCategory, IssueProximity } from '../../src/modules/focal-groups/focal-group.entity';
import { Request } from '../../src/modules/requests/request.entity';
import { Allocation } from '../../src/modules/scenarios/allocation.entity';
import { Scenario } from '../../src/modules/scenarios/scenario.entity';
import { AdoptScenarioDocument, RunScenarioDocument, UpdateRequestDocument, type RunScenarioInput } from '../generated/graphql';
import { dataOf, Role, startTestHub, type GraphQLResponse, type TestHub } from '../support/hub';
import { makeRequest } from '../support/factories';

const CONCURRENT_CALLERS = 50;

/** Every response is either data or one of the allowed refusal codes; never an internal error. */
function codesOf(responses: GraphQLResponse<unknown>[]): string[] {
  return responses.map((response) => (response.errors?.length ? String(response.errors[0].extensions?.code) : 'OK'));
}

function countBy(values: string[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const value of values) counts[value] = (counts[value] ?? 0) + 1;
  return counts;
}

/**
 * Four requests, four focal groups, one cycle. Two scenarios of the cycle differ by a pin, so
 * adopting one after the other really changes the plan.
 */
describe('adoption under concurrency', () => {
  let hub: TestHub;
  let budget: string;
  let cycleId: string;
  let requestIds: string[];
  let groupCount: number;
  let base: RunScenarioInput;

  beforeAll(async () => {
    hub = await startTestHub();
    budget = await hub.token(Role.BUDGET_STAFF);
    const em = hub.em();
    const cycle = em.create(BudgetCycle, { name: 'Concurrency biennium' });
    for (const year of [2027, 2028]) em.create(FiscalYear, { cycle, year, tier1MoneyCents: 1_000_000, tier1Fte: 10, tier2MoneyCents: 400_000, tier2Fte: 0 });
    const lens = em.create(EquityLens, { key: 'reach-only', name: 'Reach only', criteria: [{ key: 'reach', label: 'People reached', kind: CriterionKind.DERIVED, source: DerivedSource.REACH, weight: 1 }] });
    const groups = ['Spanish-speaking families', 'Night-shift parents', 'Grandparents raising grandchildren', 'Families in temporary housing'].map((name) =>
      em.create(FocalGroup, { name, category: FocalGroupCategory.COMMUNITY, populationShare: 0.1, languages: [], proximity: IssueProximity.DIRECTLY_IMPACTED }),
    );
    const requests = [
      makeRequest(em, 'Interpreters at conferences', 100, 600_000, [groups[0]]),
      makeRequest(em, 'Late-evening family nights', 80, 400_000, [groups[1], groups[2]]),
      makeRequest(em, 'Kinship care support circle', 60, 300_000, [groups[2]]),
      makeRequest(em, 'Transport passes for events', 40, 500_000, [groups[3]]),
    ];
    await em.flush();
    cycleId = cycle.id;
    requestIds = requests.map((request) => request.id);
    groupCount = groups.length;
    base = { cycleId, name: 'Base plan', lensId: lens.id, solver: 'GREEDY' };
  });
  afterAll(() => hub.stop());

  const runScenario = async (input: RunScenarioInput) => dataOf(await hub.graphql(RunScenarioDocument, { input }, budget)).runScenario.id;
  const adoptionEvents = () => hub.em().count(AuditEvent, { action: 'adoptScenario', entityType: 'Scenario' });
  const adoptedScenarios = () => hub.em().find(Scenario, { cycle: cycleId, adoptedAt: { $ne: null }, supersededAt: null });
  const draftLetters = () => hub.em().count(CommunicationDraft, {});
  const openLetters = () => hub.em().find(CommunicationDraft, { status: { $in: [...OPEN_DRAFT_STATUSES] } });

  it(`${CONCURRENT_CALLERS} concurrent adoptions of one scenario: one adoption, every caller gets the plan, one set of letters`, async () => {
    const scenarioId = await runScenario(base);
    const responses = await Promise.all(Array.from({ length: CONCURRENT_CALLERS }, () => hub.graphql(AdoptScenarioDocument, { id: scenarioId }, budget)));
    expect(countBy(codesOf(responses))).toEqual({ OK: CONCURRENT_CALLERS });
    expect(responses.every((response) => response.data?.adoptScenario.adopted === true)).toBe(true);
    expect(new Set(responses.map((response) => response.data?.adoptScenario.adoptedAt)).size).toBe(1);

    expect(await adoptionEvents()).toBe(1);
    expect((await adoptedScenarios()).map((scenario) => scenario.id)).toEqual([scenarioId]);
    expect(await draftLetters()).toBe(groupCount);
  });

  it('adopting the adopted scenario again is a no-op: no audit entry, no letters, same adoption time', async () => {
    const [adopted] = await adoptedScenarios();
    const before = { events: await adoptionEvents(), letters: await draftLetters() };
    const again = dataOf(await hub.graphql(AdoptScenarioDocument, { id: adopted.id }, budget)).adoptScenario;
    expect(again).toMatchObject({ id: adopted.id, adopted: true, adoptedAt: adopted.adoptedAt!.toISOString() });
    expect({ events: await adoptionEvents(), letters: await draftLetters() }).toEqual(before);
  });

  it(`${CONCURRENT_CALLERS} concurrent adoptions of two scenarios: each answered with the plan or CONFLICT, one plan stands`, async () => {
    const [current] = await adoptedScenarios();
    const pinned = await runScenario({ ...base, name: 'Transport first', pins: [{ requestId: requestIds[3], tier: 1, startYear: 2027, excluded: false, reason: 'Board priority' }] });
    const eventsBefore = await adoptionEvents();

    const ids = Array.from({ length: CONCURRENT_CALLERS }, (_, index) => (index % 2 === 0 ? pinned : current.id));
    const responses = await Promise.all(ids.map((id) => hub.graphql(AdoptScenarioDocument, { id }, budget)));
    const codes = countBy(codesOf(responses));
    expect(Object.keys(codes).sort()).toEqual(expect.arrayContaining(['OK']));
    expect(Object.keys(codes).filter((code) => code !== 'OK' && code !== 'CONFLICT')).toEqual([]);

    const adopted = await adoptedScenarios();
    expect(adopted).toHaveLength(1);
    const allocations = await hub.em().find(Allocation, { cycle: cycleId });
    expect(allocations.length).toBeGreaterThan(0);
    expect(allocations.every((row) => row.scenario.id === adopted[0].id)).toBe(true);
    expect((await adoptionEvents()) - eventsBefore).toBeGreaterThanOrEqual(1);
    // One letter per group and plan however often it was adopted; only the standing plan's are still open.
    expect(await draftLetters()).toBe(2 * groupCount);
    const open = await openLetters();
    expect(open).toHaveLength(groupCount);
    expect(open.every((letter) => letter.scenario.id === adopted[0].id)).toBe(true);
  });

  it('the database refuses a second adopted scenario in a cycle, whatever the application does', async () => {
    const [adopted] = await adoptedScenarios();
    const other = await hub.em().findOneOrFail(Scenario, { cycle: cycleId, id: { $ne: adopted.id } });
    await expect(
      hub.em().getConnection().execute(`update scenario set adopted_at = now(), superseded_at = null where id = ?`, [other.id]),
    ).rejects.toThrow(/scenario_one_adopted_per_cycle/);
  });

  it(`${CONCURRENT_CALLERS} concurrent updates from the same version: one wins, the rest are CONFLICT, nothing is lost`, async () => {
    const request = await hub.em().findOneOrFail(Request, requestIds[0]);
    const liaison = await hub.token(Role.LIAISON);
    const titles = Array.from({ length: CONCURRENT_CALLERS }, (_, index) => `Interpreters at conferences (edit ${index})`);
    const responses = await Promise.all(
      titles.map((title) => hub.graphql(UpdateRequestDocument, { input: { id: request.id, version: request.version, title } }, liaison)),
    );
    expect(countBy(codesOf(responses))).toEqual({ OK: 1, CONFLICT: CONCURRENT_CALLERS - 1 });
    const winner = responses.find((response) => response.data)!.data!.updateRequest;
    const stored = await hub.em().findOneOrFail(Request, request.id);
    expect(stored.title).toBe(winner.title);
    expect(stored.version).toBe(request.version + 1);
    expect(winner.version).toBe(stored.version);
  });
});
