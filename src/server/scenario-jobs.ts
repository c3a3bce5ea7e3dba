import os from 'node:os';
import PgBoss from 'pg-boss';
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type { AppConfig } from '../config';
import { createSystemContext, type ContextDependencies, type ScenarioJob, type ScenarioJobQueue } from '../core/context';
import { ScenarioSolverPool } from '../equity';
import { failAbandonedRun, requeueAbandonedRun, ScenarioRunService } from '../modules/scenarios/scenario-runs.service';
import { ScenarioStatus } from '../modules/scenarios/scenario.entity';

export const SCENARIO_QUEUE = 'scenario-solve';
/** A run is retried once on another instance when the instance running it dies. */
const RETRIES_WHEN_INSTANCE_DIES = 1;

/**
 * The solver's hard stop: the HiGHS phase is bounded by the time limit (both tiers together), the
 * Lagrangian phase by iterations, and the explanations come on top; twice the limit plus slack.
 */
export function hardTimeoutSeconds(config: Pick<AppConfig, 'SCENARIO_TIME_LIMIT_SECONDS' | 'SCENARIO_HARD_TIMEOUT_SECONDS'>): number {
  return config.SCENARIO_HARD_TIMEOUT_SECONDS ?? 2 * config.SCENARIO_TIME_LIMIT_SECONDS + 15;
}

/** pg-boss writes `$1` placeholders; MikroORM's connection (knex) takes `?` in order. */
function inTransaction(em: EntityManager): PgBoss.Db {
  return {
    executeSql: async (text, values) => {
      const ordered: unknown[] = [];
      const sql = text.replace(/\$(\d+)/g, (_match, index: string) => {
        ordered.push(values[Number(index) - 1]);
        return '?';
      });
      const rows = await em.getConnection().execute(sql, ordered, 'all', em.getTransactionContext());
      return { rows: rows as unknown[] };
    },
  };
}

export interface ScenarioJobsOptions {
  orm: MikroORM;
  config: AppConfig;
  /** Context wiring for the runs this instance executes (they act as the district itself). */
  deps: Omit<ContextDependencies, 'scenarioJobs'>;
  logError: (error: unknown) => void;
  /** Told how long each run this instance takes waited in the queue (metrics). */
  onQueueWait?: (seconds: number) => void;
}

interface LocalRun {
  controller: AbortController;
}

/**
 * Scenario runs on pg-boss, in the hub's own PostgreSQL: every instance queues into it and
 * takes jobs while it has free solver workers. Each instance refreshes the heartbeat of the runs
 * it holds (and stops those cancelled elsewhere); a sweep on every instance hands a run whose
 * heartbeat went stale back to the queue for one retry, or ends it FAILED.
 */
const DEADLOCK_DETECTED = '40P01';
const QUEUE_CREATION_ATTEMPTS = 3;

export class ScenarioJobs implements ScenarioJobQueue {
  readonly instance = `${os.hostname()}:${process.pid}`;
  private readonly boss: PgBoss;
  private readonly pool: ScenarioSolverPool;
  private readonly running = new Map<string, LocalRun>();
  private readonly timers: NodeJS.Timeout[] = [];
  private deps: ContextDependencies | null = null;

  constructor(private readonly options: ScenarioJobsOptions) {
    const { config, orm } = options;
    this.boss = new PgBoss({
      connectionString: orm.config.get('clientUrl'),
      max: 3,
      schema: 'pgboss',
      // Expired jobs would otherwise be retried with pg-boss's defaults; our own sweep decides.
      supervise: true,
      maintenanceIntervalSeconds: Math.max(5, config.SCENARIO_STALE_SECONDS),
    });
    this.boss.on('error', (error) => options.logError(error));
    this.pool = new ScenarioSolverPool({ size: config.SCENARIO_WORKERS });
  }

  async start(): Promise<void> {
    const { config } = this.options;
    this.deps = { ...this.options.deps, scenarioJobs: this };
    await this.boss.start();
    await this.createQueue();
    for (let worker = 0; worker < config.SCENARIO_WORKERS; worker++) {
      await this.boss.work<ScenarioJob>(SCENARIO_QUEUE, { batchSize: 1, pollingIntervalSeconds: 0.5, priority: true, includeMetadata: true }, ([job]) => {
        this.options.onQueueWait?.((Date.now() - new Date(job.createdOn).getTime()) / 1000);
        return this.execute(job.data);
      });
    }
    const staleMs = config.SCENARIO_STALE_SECONDS * 1000;
    this.timers.push(setInterval(() => void this.heartbeat().catch(this.options.logError), Math.max(200, staleMs / 5)));
    this.timers.push(setInterval(() => void this.sweep().catch(this.options.logError), Math.max(500, staleMs / 3)));
    for (const timer of this.timers) timer.unref();
  }

  /**
   * Instances that boot together on a new database can deadlock inside pg-boss's create_queue
   * (each inserts the queue row and creates its partition); PostgreSQL aborts one of them, which
   * then finds the queue made (the insert is ON CONFLICT DO NOTHING) when it tries again.
   */
  private async createQueue(): Promise<void> {
    const options = {
      name: SCENARIO_QUEUE,
      retryLimit: RETRIES_WHEN_INSTANCE_DIES,
      // Far beyond the solver's own hard stop: pg-boss must never expire a run that is alive.
      expireInSeconds: hardTimeoutSeconds(this.options.config) + 300,
    };
    for (let attempt = 1; ; attempt += 1) {
      try {
        await this.boss.createQueue(SCENARIO_QUEUE, options);
        return;
      } catch (error) {
        if (attempt >= QUEUE_CREATION_ATTEMPTS || (error as { code?: string }).code !== DEADLOCK_DETECTED) throw error;
      }
    }
  }

  async enqueue(em: EntityManager, job: ScenarioJob): Promise<void> {
    await this.boss.send(SCENARIO_QUEUE, job, { id: job.scenarioId, priority: job.priority, db: inTransaction(em) });
  }

  async cancel(scenarioId: string): Promise<void> {
    this.running.get(scenarioId)?.controller.abort();
    await this.boss.cancel(SCENARIO_QUEUE, scenarioId);
  }

  /** Jobs waiting for a solver on any instance, for metrics. */
  queueDepth(): Promise<number> {
    return this.boss.getQueueSize(SCENARIO_QUEUE);
  }

  /** This instance's solver workers, for metrics. */
  solverStats(): { queued: number; running: number; workers: number } {
    return this.pool.stats();
  }

  /** Stops taking jobs and lets the runs in flight finish (the HTTP drain waits for runScenario callers). */
  async stop(): Promise<void> {
    for (const timer of this.timers.splice(0)) clearInterval(timer);
    await this.boss.stop({ graceful: true, wait: true, timeout: hardTimeoutSeconds(this.options.config) * 1000 });
    await this.pool.close();
  }

  private async execute(job: ScenarioJob): Promise<void> {
    const controller = new AbortController();
    this.running.set(job.scenarioId, { controller });
    const timeoutMs = hardTimeoutSeconds(this.options.config) * 1000;
    try {
      const context = createSystemContext(this.deps!, `scenario-runner ${this.instance}`);
      await new ScenarioRunService(context).execute(
        job.scenarioId,
        job.problem,
        {
          instance: this.instance,
          solve: (problem, { onProgress, signal }) => this.pool.solve(problem, { timeoutMs, onProgress, signal }),
        },
        controller.signal,
      );
    } finally {
      this.running.delete(job.scenarioId);
    }
  }

  /** Keeps this instance's runs alive in the database, and stops the ones cancelled on another instance. */
  private async heartbeat(): Promise<void> {
    if (this.running.size === 0) return;
    const em = this.options.orm.em.fork();
    const rows = await em
      .getConnection()
      .execute<{ id: string; status: string }[]>(
        `update scenario set heartbeat_at = case when status = ? then now() else heartbeat_at end where id in (?) returning id, status`,
        [ScenarioStatus.RUNNING, [...this.running.keys()]],
      );
    for (const row of rows) if (row.status === ScenarioStatus.CANCELLED) this.running.get(row.id)?.controller.abort();
  }

  /**
   * Runs whose heartbeat went stale lost their instance. Each is claimed by one sweeping instance
   * (the claim refreshes the heartbeat, and SKIP LOCKED keeps sweeps apart), its job failed in
   * pg-boss, which retries it once, and the scenario goes back to QUEUED; after the retry it ends FAILED.
   */
  private async sweep(): Promise<void> {
    const em = this.options.orm.em.fork();
    const stale = await em.getConnection().execute<{ id: string; attempt: number; runner_instance: string | null }[]>(
      `update scenario set heartbeat_at = now() where id in (
         select id from scenario where status = ? and heartbeat_at < now() - make_interval(secs => ?) for update skip locked
       ) returning id, attempt, runner_instance`,
      [ScenarioStatus.RUNNING, this.options.config.SCENARIO_STALE_SECONDS],
    );
    for (const run of stale) {
      if (this.running.has(run.id)) continue;
      const reason = `the hub instance ${run.runner_instance ?? 'running it'} stopped responding during attempt ${run.attempt}`;
      await this.boss.fail(SCENARIO_QUEUE, run.id, { message: reason });
      const job = await this.boss.getJobById(SCENARIO_QUEUE, run.id);
      const retried = job !== null && (job.state === 'retry' || job.state === 'created');
      if (retried && (await requeueAbandonedRun(em, run.id, run.attempt))) continue;
      await failAbandonedRun(createSystemContext(this.deps!, `scenario-sweep ${this.instance}`), run.id, `${reason}; it was not retried again`);
    }
  }
}
