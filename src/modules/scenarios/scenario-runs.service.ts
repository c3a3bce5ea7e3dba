import { OneAtATime } from '../../core/one-at-a-time';
import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import {
  checkScenarioProblem,
  problemWithExtra,
  ScenarioCancelledError,
  ScenarioFormatError,
  ScenarioInfeasibleError,
  type ScenarioItem as EngineItem,
  type ScenarioProblem,
  type ScenarioResult,
  type SolveProgress,
} from '../../equity';
import { BadUserInputError, ConflictError, LimitExceededError, NotFoundError } from '../../core/errors';
import type { HubContext } from '../../core/context';
import { Topic, type ScenarioProgressEvent } from '../../core/pubsub';
import { runWrite } from '../../core/unit-of-work';
import { BudgetCycle } from '../budgets/budget-cycle.entity';
import { EquityLens } from '../equity-lenses/equity-lens.entity';
import { Request } from '../requests/request.entity';
import { snapshot } from '../shared/snapshot';
import { buildScenarioProblem, settingsOfScenario, type ScenarioSettings } from './problem-builder';
import { ScenarioItem, type YearAllocation } from './scenario-item.entity';
import { FINISHED_SCENARIO_STATUSES, Scenario, ScenarioPhase, ScenarioStatus, type ScenarioProgress, type TierSummary } from './scenario.entity';
import type { RunScenarioInput } from './scenarios.inputs';

const toCents = (dollars: number) => Math.round(dollars * 100);
const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The engine works in dollars; the hub stores cents. */
function itemRow(item: EngineItem) {
  const allocation = (entry: { year: number; money: number; fte: number }): YearAllocation => ({ year: entry.year, moneyCents: toCents(entry.money), fte: entry.fte });
  return {
    tier: item.tier,
    startYear: item.startYear,
    rank: item.rank,
    equityScore: item.equityScore,
    scoreBreakdown: item.scoreBreakdown,
    allocations: item.allocations.map(allocation),
    reason: item.reason,
    reasonCode: item.reasonCode,
    toMoveUp: item.toMoveUp
      ? {
          year: item.toMoveUp.year,
          moneyCents: toCents(item.toMoveUp.money),
          fte: item.toMoveUp.fte,
          perYear: item.toMoveUp.perYear.map(allocation),
          movesWith: item.toMoveUp.movesWith.map((dependency) => ({ requestId: dependency.id, year: dependency.year })),
          guarantee: item.toMoveUp.guarantee,
        }
      : null,
  };
}

function settingsOf(input: RunScenarioInput): ScenarioSettings {
  return {
    cycleId: input.cycleId,
    lensId: input.lensId,
    solver: input.solver,
    discount: input.discount,
    coverageBonus: input.coverageBonus,
    mipGap: input.mipGap,
    capAdjustments: (input.capAdjustments ?? []).map((adjustment) => ({
      year: adjustment.year,
      tier: adjustment.tier ?? null,
      moneyPercent: adjustment.moneyPercent,
      ftePercent: adjustment.ftePercent,
    })),
    weightOverrides: (input.weightOverrides ?? []).map((override) => ({ criterionKey: override.criterionKey, weight: override.weight })),
    pins: (input.pins ?? []).map((pin) => ({
      requestId: pin.requestId,
      tier: pin.tier ?? null,
      startYear: pin.startYear ?? null,
      excluded: pin.excluded,
      reason: pin.reason,
    })),
  };
}

/** The engine's own checks, before anything is queued: a bad what-if is the caller's to fix. */
function assertSolvable(problem: ScenarioProblem, titleOf: Map<string, string>): void {
  try {
    checkScenarioProblem(problem);
  } catch (error) {
    if (error instanceof ScenarioInfeasibleError) {
      throw new BadUserInputError(`The pins cannot all be honoured: "${titleOf.get(error.requestId) ?? error.requestId}": ${error.message.slice(`request ${error.requestId}: `.length)}`, {
        requestId: error.requestId,
      });
    }
    if (error instanceof ScenarioFormatError) throw new BadUserInputError(`The scenario is not valid: ${error.message}`, { path: error.path });
    throw error;
  }
}

/** What the instance that took a job lends the run: who it is, and its solver workers. */
export interface ScenarioSolverLease {
  instance: string;
  solve(problem: ScenarioProblem, options: { onProgress(progress: SolveProgress): void; signal: AbortSignal }): Promise<ScenarioResult>;
}

const PHASE_OF: Record<SolveProgress['phase'], ScenarioPhase> = {
  MODEL: ScenarioPhase.MODEL,
  TIER1: ScenarioPhase.TIER1,
  TIER2: ScenarioPhase.TIER2,
  EXPLAIN: ScenarioPhase.EXPLAIN,
};

/**
 * Scenario runs as durable jobs: `start` stores the scenario QUEUED and queues its problem in
 * the same transaction; any instance's solver takes it (`execute`), reports progress, and ends
 * it COMPLETED, FAILED or CANCELLED. Only the attempt that claimed a run may finish it, so a run
 * taken over from a dead instance is never written twice.
 */
const startsByCycle = new OneAtATime();

export class ScenarioRunService {
  constructor(private readonly context: HubContext) {}

  start(input: RunScenarioInput): Promise<Scenario> {
    return this.startRun(settingsOf(input), { name: input.name, priority: input.priority });
  }

  /** Stores the scenario QUEUED and queues its problem, in one transaction, within the fair-use limits. */
  private startRun(settings: ScenarioSettings, run: { name: string; priority: number; basedOn?: Scenario; fundedRequestId?: string }): Promise<Scenario> {
    const { config, scenarioJobs } = this.context;
    if (!scenarioJobs) throw new Error('starting a scenario needs the server\'s scenario queue, which this context was created without');
    // Starts of one cycle queue in this process first, so at most one of them per instance holds a
    // pooled connection while it waits for the cycle's lock.
    return startsByCycle.run(settings.cycleId, () => runWrite(this.context, async ({ em, viewer, audit, publish }) => {
      // One lock per cycle serialises concurrent starts across instances, so the limits admit no more than they say;
      // they are checked before the problem is built, so a refused start costs two counts.
      await em.getConnection().execute('select pg_advisory_xact_lock(hashtext(?))', [`scenario-queue:${settings.cycleId}`], 'all', em.getTransactionContext());
      const waiting = { status: { $in: [ScenarioStatus.QUEUED, ScenarioStatus.RUNNING] } };
      const [mine, cycles] = await Promise.all([
        em.count(Scenario, { ...waiting, createdBy: viewer.label }),
        em.count(Scenario, { ...waiting, cycle: settings.cycleId }),
      ]);
      if (mine >= config.SCENARIO_MAX_QUEUED_PER_USER) {
        throw new LimitExceededError(`You already have ${mine} scenario runs waiting or running (at most ${config.SCENARIO_MAX_QUEUED_PER_USER}); wait for one to finish or cancel one`, {
          limit: config.SCENARIO_MAX_QUEUED_PER_USER,
        });
      }
      if (cycles >= config.SCENARIO_MAX_QUEUED_PER_CYCLE) {
        throw new LimitExceededError(`This cycle already has ${cycles} scenario runs waiting or running (at most ${config.SCENARIO_MAX_QUEUED_PER_CYCLE})`, {
          limit: config.SCENARIO_MAX_QUEUED_PER_CYCLE,
        });
      }
      const built = await buildScenarioProblem(em, settings, config.MIN_CELL_SIZE);
      const problem: ScenarioProblem = { ...built.problem, timeLimitSeconds: config.SCENARIO_TIME_LIMIT_SECONDS };
      assertSolvable(problem, new Map(built.candidates.map((request) => [request.id, request.title])));
      const scenario = em.create(Scenario, {
        cycle: em.getReference(BudgetCycle, built.cycle.id),
        name: run.name,
        lens: em.getReference(EquityLens, built.lens.id),
        lensRevision: built.lens.revision,
        ...settings,
        extraFunds: settings.extraFunds ?? [],
        basedOn: run.basedOn ? em.getReference(Scenario, run.basedOn.id) : null,
        fundedRequest: run.fundedRequestId ? em.getReference(Request, run.fundedRequestId) : null,
        priority: run.priority,
        status: ScenarioStatus.QUEUED,
        inputsHash: built.inputsHash,
        createdBy: viewer.label,
      });
      scenario.progress = progressOf(scenario, { phase: ScenarioPhase.QUEUED });
      await em.flush();
      await scenarioJobs.enqueue(em, { scenarioId: scenario.id, priority: run.priority, problem });
      audit({ action: 'startScenario', entityType: 'Scenario', entityId: scenario.id, after: snapshot(scenario) });
      publish({ topic: Topic.SCENARIO_PROGRESS, payload: progressEvent(scenario) });
      return scenario;
    }));
  }

  /** Starts a run and waits until it is finished on whichever instance takes it. */
  async run(input: RunScenarioInput): Promise<Scenario> {
    return this.finished(await this.start(input));
  }

  /**
   * The one-step what-if behind an item's toMoveUp (issue 13): the scenario run again, as a new
   * scenario staff can compare and adopt, with the money and staff the move up names added to the
   * tier above (`extraFunds`) and the request pinned there with what must move with it (the
   * engine's problemWithExtra decides the pins). Queued like any run; `wait` answers once it is
   * finished. CONFLICT when the data changed since the scenario was run: its toMoveUp may no longer hold.
   */
  async fundWithExtra(scenarioId: string, requestId: string, wait: boolean): Promise<Scenario> {
    const em = this.context.em;
    const scenario = UUID_PATTERN.test(scenarioId) ? await em.findOne(Scenario, scenarioId) : null;
    if (!scenario) throw new NotFoundError('Scenario', scenarioId);
    if (scenario.status !== ScenarioStatus.COMPLETED) throw new BadUserInputError(`Scenario "${scenario.name}" is ${scenario.status}; only a completed scenario can be re-run with extra money`);
    const items = await em.find(ScenarioItem, { scenario }, { populate: ['request'] });
    const item = items.find((candidate) => candidate.request.id === requestId);
    if (!item) throw new BadUserInputError(`Request ${requestId} is not in scenario "${scenario.name}"`, { requestId });
    if (!item.toMoveUp?.perYear) {
      throw new BadUserInputError(`"${item.request.title}" has no move up in this scenario: it is in Tier 1, pinned, excluded, or blocked by a chosen alternative`, { requestId, tier: item.tier });
    }
    const settings = settingsOfScenario(scenario);
    const built = await buildScenarioProblem(em, settings, this.context.config.MIN_CELL_SIZE);
    if (built.inputsHash !== scenario.inputsHash) {
      throw new ConflictError(`The requests, scores, caps or lens behind scenario "${scenario.name}" changed since it was run; run it again first`, { scenarioId: scenario.id });
    }
    const dollars = (cents: number) => cents / 100;
    const result = {
      items: items.map((candidate) => ({
        id: candidate.request.id,
        tier: candidate.tier,
        startYear: candidate.startYear,
        toMoveUp: candidate.toMoveUp?.perYear
          ? {
              year: candidate.toMoveUp.year,
              perYear: candidate.toMoveUp.perYear.map((entry) => ({ year: entry.year, money: dollars(entry.moneyCents), fte: entry.fte })),
              movesWith: (candidate.toMoveUp.movesWith ?? []).map((dependency) => ({ id: dependency.requestId, year: dependency.year })),
            }
          : null,
      })),
    } as unknown as ScenarioResult;
    const whatIf = problemWithExtra(built.problem, result, requestId);
    const tier = item.tier - 1;
    // The pins problemWithExtra added (the request, what moves with it, the dependencies that keep their place), as settings.
    const before = new Map(built.problem.requests.map((request) => [request.id, request.pin]));
    const added = whatIf.requests.filter((request) => request.pin && JSON.stringify(request.pin) !== JSON.stringify(before.get(request.id)));
    const reason = `What-if: funded with the extra money and staff its move up names (from scenario "${scenario.name}")`;
    const pins = [
      ...scenario.pins.filter((pin) => !added.some((request) => request.id === pin.requestId)),
      ...added.map((request) => ({ requestId: request.id, tier: request.pin!.tier, startYear: request.pin!.startYear, excluded: false, reason })),
    ];
    const extraFunds = [...(scenario.extraFunds ?? [])];
    for (const entry of item.toMoveUp.perYear) {
      if (entry.moneyCents === 0 && entry.fte === 0) continue;
      const existing = extraFunds.find((extra) => extra.year === entry.year && extra.tier === tier);
      if (existing) Object.assign(existing, { moneyCents: existing.moneyCents + entry.moneyCents, fte: existing.fte + entry.fte });
      else extraFunds.push({ year: entry.year, tier, moneyCents: entry.moneyCents, fte: entry.fte });
    }
    const queued = await this.startRun(
      { ...settings, pins, extraFunds: extraFunds.map((extra) => ({ ...extra })) },
      { name: `${scenario.name} + extra for "${item.request.title}"`.slice(0, 200), priority: scenario.priority, basedOn: scenario, fundedRequestId: requestId },
    );
    return wait ? this.finished(queued) : queued;
  }

  private async finished(queued: Scenario): Promise<Scenario> {
    await this.waitUntilFinished(queued.id);
    const finished = await this.context.em.fork().findOneOrFail(Scenario, queued.id);
    this.context.em.getUnitOfWork().merge(finished);
    return finished;
  }

  /** Stops a queued or running run; a finished one is left as it is (CONFLICT would only race the solver). */
  async cancel(id: string): Promise<Scenario> {
    const scenarioJobs = this.context.scenarioJobs;
    if (!scenarioJobs) throw new Error('cancelling a scenario needs the server\'s scenario queue');
    const scenario = await runWrite(this.context, async ({ em, audit, publish }) => {
      const found = await em.findOne(Scenario, id, { lockMode: LockMode.PESSIMISTIC_WRITE });
      if (!found) throw new NotFoundError('Scenario', id);
      if (FINISHED_SCENARIO_STATUSES.includes(found.status)) return found;
      found.status = ScenarioStatus.CANCELLED;
      found.finishedAt = new Date();
      found.failureMessage = null;
      found.progress = progressOf(found, { phase: found.progress?.phase ?? ScenarioPhase.QUEUED });
      audit({ action: 'cancelScenario', entityType: 'Scenario', entityId: found.id, after: snapshot(found) });
      publish({ topic: Topic.SCENARIO_PROGRESS, payload: progressEvent(found) });
      publish({ topic: Topic.SCENARIO_COMPLETED, payload: { cycleId: found.cycle.id, scenarioId: found.id, occurredAt: new Date().toISOString() } });
      return found;
    });
    if (scenario.status === ScenarioStatus.CANCELLED) await scenarioJobs.cancel(id);
    return scenario;
  }

  /**
   * Runs a queued job on this instance. Returns quietly when the run was cancelled or taken over
   * meanwhile; solver failures end the run FAILED (a deterministic problem would fail again, so
   * they are not retried). Only a failure to reach the database escapes, and the queue retries it.
   */
  async execute(scenarioId: string, problem: ScenarioProblem, lease: ScenarioSolverLease, signal: AbortSignal): Promise<void> {
    const em = this.context.em;
    const claimed = await em.getConnection().execute<{ attempt: number; cycle_id: string }[]>(
      `update scenario set status = ?, attempt = attempt + 1, runner_instance = ?, started_at = now(), heartbeat_at = now(), updated_at = now()
       where id = ? and status = ? returning attempt, cycle_id`,
      [ScenarioStatus.RUNNING, lease.instance, scenarioId, ScenarioStatus.QUEUED],
    );
    if (claimed.length === 0) return;
    const { attempt } = claimed[0];
    const startedAt = Date.now();
    const report = async (progress: Partial<ScenarioProgress> & { phase: ScenarioPhase }) => {
      const current = await em.fork().findOne(Scenario, scenarioId);
      if (!current || current.attempt !== attempt || current.status !== ScenarioStatus.RUNNING) return;
      current.progress = progressOf(current, { ...progress, elapsedMillis: Date.now() - startedAt });
      // Conditional, so a cancel or a takeover that committed meanwhile is never followed by a stale event.
      const updated = await em
        .getConnection()
        .execute<{ id: string }[]>('update scenario set progress = ? where id = ? and attempt = ? and status = ? returning id', [
          JSON.stringify(current.progress),
          scenarioId,
          attempt,
          ScenarioStatus.RUNNING,
        ]);
      if (updated.length > 0) this.context.pubSub.publish(Topic.SCENARIO_PROGRESS, progressEvent(current));
    };
    await report({ phase: ScenarioPhase.MODEL });

    let result: ScenarioResult | null = null;
    let failureMessage: string | null = null;
    let pending = Promise.resolve();
    try {
      result = await lease.solve(problem, {
        signal,
        onProgress: (progress) => {
          pending = pending.then(() => report({ phase: PHASE_OF[progress.phase], tier: progress.tier, objective: progress.objective, gap: progress.gap })).catch(() => undefined);
        },
      });
    } catch (error) {
      if (error instanceof ScenarioCancelledError) return;
      failureMessage = error instanceof Error ? error.message : String(error);
    }
    await pending;
    const solveMillis = Date.now() - startedAt;
    if (result) await report({ phase: ScenarioPhase.STORING });
    await this.finish(scenarioId, attempt, result, failureMessage, solveMillis);
  }

  private async finish(scenarioId: string, attempt: number, result: ScenarioResult | null, failureMessage: string | null, solveMillis: number): Promise<void> {
    await runWrite(this.context, async ({ em, audit, publish }) => {
      const scenario = await em.findOne(Scenario, scenarioId, { lockMode: LockMode.PESSIMISTIC_WRITE });
      // Cancelled, or taken over after this instance was presumed dead: the newer owner decides.
      if (!scenario || scenario.attempt !== attempt || scenario.status !== ScenarioStatus.RUNNING) return;
      scenario.status = result ? ScenarioStatus.COMPLETED : ScenarioStatus.FAILED;
      scenario.failureMessage = failureMessage;
      scenario.tiers = (result?.tiers ?? []) as TierSummary[];
      scenario.solveMillis = solveMillis;
      scenario.finishedAt = new Date();
      scenario.progress = progressOf(scenario, { ...scenario.progress, phase: ScenarioPhase.DONE, elapsedMillis: solveMillis });
      for (const item of result?.items ?? []) {
        em.create(ScenarioItem, { scenario, request: em.getReference(Request, item.id), ...itemRow(item) });
      }
      await em.flush();
      audit({ action: 'runScenario', entityType: 'Scenario', entityId: scenario.id, after: snapshot(scenario) });
      publish({ topic: Topic.SCENARIO_PROGRESS, payload: progressEvent(scenario) });
      publish({ topic: Topic.SCENARIO_COMPLETED, payload: { cycleId: scenario.cycle.id, scenarioId: scenario.id, occurredAt: new Date().toISOString() } });
    });
  }

  /**
   * Live events end the wait at once; the database is polled as well, because without Redis an
   * event published by another instance never reaches this one.
   */
  private async waitUntilFinished(scenarioId: string): Promise<void> {
    const events = this.context.pubSub.subscribe(Topic.SCENARIO_PROGRESS);
    const iterator = events[Symbol.asyncIterator]();
    let finished = false;
    const heard = (async () => {
      while (!finished) {
        const next = await iterator.next();
        if (next.done) return;
        if (next.value.scenarioId === scenarioId && (FINISHED_SCENARIO_STATUSES as string[]).includes(next.value.status)) return;
      }
    })();
    const polled = (async () => {
      while (!finished) {
        await new Promise((resolve) => setTimeout(resolve, 1000));
        if (finished) return;
        const row = await this.context.em.fork().findOne(Scenario, scenarioId, { fields: ['status'] });
        if (!row || FINISHED_SCENARIO_STATUSES.includes(row.status)) return;
      }
    })();
    try {
      await Promise.race([heard, polled]);
    } finally {
      finished = true;
      await iterator.return?.();
    }
  }
}

function progressOf(scenario: Scenario, update: Partial<ScenarioProgress> & { phase: ScenarioPhase }): ScenarioProgress {
  return {
    scenarioId: scenario.id,
    status: scenario.status,
    tier: null,
    objective: null,
    gap: null,
    elapsedMillis: 0,
    ...update,
    instance: scenario.runnerInstance,
    occurredAt: new Date(),
  };
}

function progressEvent(scenario: Scenario): ScenarioProgressEvent {
  const progress = scenario.progress ?? progressOf(scenario, { phase: ScenarioPhase.QUEUED });
  return {
    scenarioId: scenario.id,
    cycleId: scenario.cycle.id,
    status: scenario.status,
    phase: progress.phase,
    tier: progress.tier,
    objective: progress.objective,
    gap: progress.gap,
    elapsedMillis: progress.elapsedMillis,
    instance: scenario.runnerInstance,
    occurredAt: new Date().toISOString(),
  };
}

/** For the sweep: marks runs whose instance died, when the queue will not retry them. */
export async function failAbandonedRun(context: HubContext, scenarioId: string, reason: string): Promise<void> {
  await runWrite(context, async ({ em, audit, publish }) => {
    const scenario = await em.findOne(Scenario, scenarioId, { lockMode: LockMode.PESSIMISTIC_WRITE });
    if (!scenario || FINISHED_SCENARIO_STATUSES.includes(scenario.status)) return;
    scenario.status = ScenarioStatus.FAILED;
    scenario.failureMessage = reason;
    scenario.finishedAt = new Date();
    scenario.progress = progressOf(scenario, { ...scenario.progress, phase: scenario.progress?.phase ?? ScenarioPhase.QUEUED });
    audit({ action: 'failScenario', entityType: 'Scenario', entityId: scenario.id, after: snapshot(scenario) });
    publish({ topic: Topic.SCENARIO_PROGRESS, payload: progressEvent(scenario) });
    publish({ topic: Topic.SCENARIO_COMPLETED, payload: { cycleId: scenario.cycle.id, scenarioId: scenario.id, occurredAt: new Date().toISOString() } });
  });
}

/** For the sweep: puts a run whose instance died back in the queue for its one retry. */
export async function requeueAbandonedRun(em: EntityManager, scenarioId: string, attempt: number): Promise<boolean> {
  const rows = await em.getConnection().execute<{ id: string }[]>(
    'update scenario set status = ?, updated_at = now() where id = ? and attempt = ? and status = ? returning id',
    [ScenarioStatus.QUEUED, scenarioId, attempt, ScenarioStatus.RUNNING],
  );
  return rows.length > 0;
}
