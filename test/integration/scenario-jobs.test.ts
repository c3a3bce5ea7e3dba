import { generateProblem } from '../../bench/scenario/generate';
import { storeGeneratedProblem } from '../../bench/scenario/store-problem';
import { Topic } from '../../src/core/pubsub';
import { Scenario, ScenarioStatus } from '../../src/modules/scenarios/scenario.entity';
import { ScenarioItem } from '../../src/modules/scenarios/scenario-item.entity';
import {
  CancelScenarioDocument,
  RunScenarioDocument,
  ScenarioProgressDocument,
  ScenarioRunDocument,
  StartScenarioDocument,
  type ScenarioProgressSubscription,
} from '../generated/graphql';
import { dataOf, errorCodeOf, Role, startTestHub, type TestHub } from '../support/hub';
import { bearer, connectLive, PROBE_ID, PROBE_OCCURRED_AT, waitUntil, type LiveClient, type LiveSubscription } from '../support/ws-client';

const REQUEST_COUNT = 1000;
const SEED = 20271123;
type ProgressEvent = ScenarioProgressSubscription['scenarioProgress'];

/** The bench's 1,000 x 4 problem: GREEDY solves it in a blink, OPTIMAL with mipGap 0 runs to its time limit. */
async function storeLargeCycle(hub: TestHub): Promise<{ cycleId: string; lensId: string }> {
  return storeGeneratedProblem(hub.em(), generateProblem({ requestCount: REQUEST_COUNT, yearCount: 4, seed: SEED }), SEED);
}

function probe(hub: TestHub, cycleId: string) {
  return () =>
    hub.pubSub.pubSub.publish(Topic.SCENARIO_PROGRESS, {
      scenarioId: PROBE_ID,
      cycleId,
      status: 'QUEUED',
      phase: 'QUEUED',
      tier: null,
      objective: null,
      gap: null,
      elapsedMillis: 0,
      instance: null,
      occurredAt: PROBE_OCCURRED_AT,
    });
}

function eventsOf(subscription: LiveSubscription<ScenarioProgressSubscription>, scenarioId: string): ProgressEvent[] {
  return subscription.events.map((event) => event.scenarioProgress).filter((event) => event.scenarioId === scenarioId);
}

async function finalEvent(subscription: LiveSubscription<ScenarioProgressSubscription>, scenarioId: string, timeoutMs = 60_000): Promise<ProgressEvent> {
  const isFinal = (event: ProgressEvent) => ['COMPLETED', 'FAILED', 'CANCELLED'].includes(event.status);
  await waitUntil(() => eventsOf(subscription, scenarioId).some(isFinal), `the end of ${scenarioId}`, timeoutMs);
  return eventsOf(subscription, scenarioId).find(isFinal)!;
}

describe('scenario runs as durable jobs', () => {
  let hub: TestHub;
  let live: LiveClient;
  let budget: string;
  let cycleId: string;
  let lensId: string;

  beforeAll(async () => {
    hub = await startTestHub({
      env: { SCENARIO_TIME_LIMIT_SECONDS: '20', SCENARIO_MAX_QUEUED_PER_USER: '3', SCENARIO_MAX_QUEUED_PER_CYCLE: '4' },
    });
    ({ cycleId, lensId } = await storeLargeCycle(hub));
    budget = await hub.token(Role.BUDGET_STAFF);
    live = connectLive(hub.wsUrl, bearer(budget));
  }, 120_000);
  afterAll(async () => {
    await live.dispose();
    await hub.stop();
  });

  const start = (name: string, extra: Record<string, unknown> = {}, token = budget) =>
    hub.graphql(StartScenarioDocument, { input: { cycleId, lensId, name, ...extra } }, token);
  const cancel = (id: string) => hub.graphql(CancelScenarioDocument, { id }, budget);
  const subscribeToCycle = () => live.subscribe(ScenarioProgressDocument, { scenarioId: null, cycleId }).ready(probe(hub, cycleId));

  it('answers QUEUED at once, then reports every phase until COMPLETED', async () => {
    const progress = await subscribeToCycle();
    const started = dataOf(await start('Greedy what-if', { solver: 'GREEDY' })).startScenario;
    expect(started).toMatchObject({ status: 'QUEUED', attempt: 0, startedAt: null, runnerInstance: null });
    expect(started.progress).toMatchObject({ status: 'QUEUED', phase: 'QUEUED' });

    const last = await finalEvent(progress, started.id);
    progress.unsubscribe();
    expect(last).toMatchObject({ status: 'COMPLETED', phase: 'DONE' });
    const events = eventsOf(progress, started.id);
    expect(events.map((event) => event.phase)).toEqual(['QUEUED', 'MODEL', 'TIER1', 'TIER2', 'EXPLAIN', 'STORING', 'DONE']);
    expect(events.map((event) => event.status)).toEqual(['QUEUED', 'RUNNING', 'RUNNING', 'RUNNING', 'RUNNING', 'RUNNING', 'COMPLETED']);
    const tier2 = events.find((event) => event.phase === 'TIER2')!;
    expect(tier2.tier).toBe(1);
    expect(tier2.objective).toBeGreaterThan(0);

    const stored = dataOf(await hub.graphql(ScenarioRunDocument, { id: started.id }, budget)).scenario;
    expect(stored).toMatchObject({ status: 'COMPLETED', attempt: 1 });
    expect(stored.runnerInstance).toEqual(last.instance);
    expect(stored.runnerInstance).toMatch(/:\d+$/);
    expect(new Date(stored.finishedAt!).getTime()).toBeGreaterThanOrEqual(new Date(stored.startedAt!).getTime());
    expect(stored.items).toHaveLength(REQUEST_COUNT);
  }, 120_000);

  it('cancels a running solve and a queued run; neither stores items, and the solver takes the next run', async () => {
    const progress = await subscribeToCycle();
    const running = dataOf(await start('Proof asked', { mipGap: 0 })).startScenario;
    await waitUntil(() => eventsOf(progress, running.id).some((event) => event.phase === 'TIER1'), 'the long run to reach Tier 1', 60_000);
    const queued = dataOf(await start('Waiting behind it', { solver: 'GREEDY' })).startScenario;

    expect(dataOf(await cancel(queued.id)).cancelScenario).toMatchObject({ status: 'CANCELLED', attempt: 0 });
    expect(dataOf(await cancel(running.id)).cancelScenario).toMatchObject({ status: 'CANCELLED', attempt: 1 });
    expect((await finalEvent(progress, running.id)).status).toBe('CANCELLED');
    progress.unsubscribe();

    // The worker that was solving was stopped: the next run completes long before the 20 s limit could free it.
    const next = dataOf(await hub.graphql(RunScenarioDocument, { input: { cycleId, lensId, name: 'After the cancel', solver: 'GREEDY' } }, budget)).runScenario;
    expect(next.status).toBe('COMPLETED');
    const em = hub.em();
    for (const id of [running.id, queued.id]) {
      expect((await em.findOneOrFail(Scenario, id)).status).toBe('CANCELLED');
      expect(await em.count(ScenarioItem, { scenario: id })).toBe(0);
    }
    // Cancelling a finished run changes nothing.
    expect(dataOf(await cancel(next.id)).cancelScenario.status).toBe('COMPLETED');
  }, 120_000);

  it('refuses runs beyond the per-person and per-cycle limits, also when 20 arrive at once', async () => {
    const em = hub.em();
    const before = await em.count(Scenario, {});
    const answers = await Promise.all(Array.from({ length: 20 }, (_, i) => start(`Concurrent ${i}`, { mipGap: 0 })));
    const accepted = answers.filter((answer) => !answer.errors);
    expect(accepted).toHaveLength(3);
    expect(answers.filter((answer) => answer.errors).map(errorCodeOf)).toEqual(Array(17).fill('LIMIT_EXCEEDED'));
    expect(await hub.em().count(Scenario, {})).toBe(before + 3);

    const admin = await hub.token(Role.ADMIN);
    expect(dataOf(await start('Fourth of the cycle', { solver: 'GREEDY', priority: 0 }, admin)).startScenario.status).toBe('QUEUED');
    const overCycle = await start('Fifth of the cycle', { solver: 'GREEDY' }, admin);
    expect(errorCodeOf(overCycle)).toBe('LIMIT_EXCEEDED');
    expect(overCycle.errors![0].message).toMatch(/at most 4/);

    const waiting = await hub.em().find(Scenario, { status: { $in: [ScenarioStatus.QUEUED, ScenarioStatus.RUNNING] } });
    expect(waiting.length).toBeGreaterThan(0);
    for (const scenario of waiting) dataOf(await cancel(scenario.id));
    expect(await hub.em().count(Scenario, { status: { $in: [ScenarioStatus.QUEUED, ScenarioStatus.RUNNING] } })).toBe(0);
  }, 120_000);

  it('runs a higher priority first, first come first served within a priority', async () => {
    const progress = await subscribeToCycle();
    const blocker = dataOf(await start('Blocker', { mipGap: 0 })).startScenario;
    await waitUntil(() => eventsOf(progress, blocker.id).some((event) => event.status === 'RUNNING'), 'the blocker to run', 60_000);
    const admin = await hub.token(Role.ADMIN);
    const low = dataOf(await start('Low priority', { solver: 'GREEDY', priority: 0 })).startScenario;
    const high = dataOf(await start('High priority', { solver: 'GREEDY', priority: 5 }, admin)).startScenario;
    dataOf(await cancel(blocker.id));
    await finalEvent(progress, low.id);
    await finalEvent(progress, high.id);
    progress.unsubscribe();
    const startedAt = async (id: string) => (await hub.em().findOneOrFail(Scenario, id)).startedAt!.getTime();
    expect(await startedAt(high.id)).toBeLessThan(await startedAt(low.id));
  }, 120_000);

  it('is budget staff business: others cannot start, cancel or follow runs', async () => {
    const viewer = await hub.token(Role.VIEWER);
    expect(errorCodeOf(await start('Not mine', { solver: 'GREEDY' }, viewer))).toBe('FORBIDDEN');
    const liaison = connectLive(hub.wsUrl, bearer(await hub.token(Role.LIAISON)));
    const refused = liaison.subscribe(ScenarioProgressDocument, { scenarioId: null, cycleId });
    await waitUntil(() => refused.error !== null || refused.results.length > 0, 'the refusal');
    expect(JSON.stringify(refused.error ?? refused.results)).toMatch(/FORBIDDEN/);
    await liaison.dispose();
  });
});

describe('a solve past the hard timeout', () => {
  let hub: TestHub;

  beforeAll(async () => {
    hub = await startTestHub({ env: { SCENARIO_TIME_LIMIT_SECONDS: '20', SCENARIO_HARD_TIMEOUT_SECONDS: '1' } });
  }, 60_000);
  afterAll(() => hub.stop());

  it('ends FAILED with the reason, and nothing half-written', async () => {
    const { cycleId, lensId } = await storeLargeCycle(hub);
    const budget = await hub.token(Role.BUDGET_STAFF);
    const result = dataOf(await hub.graphql(RunScenarioDocument, { input: { cycleId, lensId, name: 'Too slow', mipGap: 0 } }, budget)).runScenario;
    expect(result.status).toBe('FAILED');
    expect(result.failureMessage).toMatch(/did not finish within 1000 ms/);
    expect(result.items).toEqual([]);
    expect(await hub.em().count(ScenarioItem, { scenario: result.id })).toBe(0);
  }, 120_000);
});
