import { generateProblem } from '../../bench/scenario/generate';
import { storeGeneratedProblem } from '../../bench/scenario/store-problem';
import { BudgetCycle } from '../../src/modules/budgets/budget-cycle.entity';
import { EquityLens } from '../../src/modules/equity-lenses/equity-lens.entity';
import { Scenario } from '../../src/modules/scenarios/scenario.entity';
import { RegionsDocument, RunScenarioDocument } from '../generated/graphql';
import { dataOf, Role, startTestHub, type TestHub } from '../support/hub';

const REQUEST_COUNT = 1000;

/**
 * The bench's generated 1,000 x 4 problem, stored as the server bench stores it: OPTIMAL asked for
 * a proof (mipGap 0) runs until its work budget (or, on a slow machine, its time limit) stops it,
 * seconds either way. If the solve ran on the event loop, no query could be answered between its
 * start and its end.
 */
describe('runScenario solves off the main thread', () => {
  let hub: TestHub;

  beforeAll(async () => {
    // The work budget grows with the limit: 10 s gives a solve of several seconds on any machine.
    hub = await startTestHub({ env: { SCENARIO_TIME_LIMIT_SECONDS: '10' } });
    const problem = generateProblem({ requestCount: REQUEST_COUNT, yearCount: 4, seed: 20271123 });
    await storeGeneratedProblem(hub.em(), problem, 20271123);
  }, 60_000);
  afterAll(() => hub.stop());

  it('answers other queries while a large OPTIMAL scenario is solving', async () => {
    const budget = await hub.token(Role.BUDGET_STAFF);
    const viewer = await hub.token(Role.VIEWER);
    const [cycle] = await hub.em().find(BudgetCycle, {});
    const [lens] = await hub.em().find(EquityLens, {});
    let finished = false;
    const run = hub
      .graphql(RunScenarioDocument, { input: { cycleId: cycle.id, lensId: lens.id, name: 'Proof asked', mipGap: 0 } }, budget)
      .finally(() => {
        finished = true;
      });
    const answeredAt: number[] = [];
    while (!finished) {
      expect(dataOf(await hub.graphql(RegionsDocument, {}, viewer)).regions).toEqual([]);
      answeredAt.push(Date.now());
    }
    const result = dataOf(await run).runScenario;
    expect(result.status).toBe('COMPLETED');
    expect(result.items).toHaveLength(REQUEST_COUNT);

    // The solver's instance stamps the run's start and end in the same process.
    const stored = await hub.em().findOneOrFail(Scenario, result.id);
    const solveStart = (stored.startedAt as Date).getTime();
    const solveEnd = (stored.finishedAt as Date).getTime();
    expect(stored.solveMillis).toBeGreaterThan(1000);
    const answeredDuringSolve = answeredAt.filter((at) => at > solveStart + 100 && at < solveEnd - 100);
    expect(answeredDuringSolve.length).toBeGreaterThanOrEqual(3);
  }, 60_000);
});
