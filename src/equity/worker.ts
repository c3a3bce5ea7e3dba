import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { solveScenario } from './engine';
import { ScenarioCancelledError, ScenarioFormatError, ScenarioInfeasibleError, ScenarioTimeoutError } from './errors';
import type { ScenarioProblem, ScenarioResult, SolveProgress } from './types';

export interface ScenarioSolverPoolOptions {
  /** Worker threads, each solving one scenario at a time. */
  size: number;
}

export interface ScenarioSolveOptions {
  /** Hard stop, counted from when the solve starts on a worker (time spent queued is not counted). */
  timeoutMs: number;
  /** Called in this thread at each of the engine's phase boundaries. */
  onProgress?: (progress: SolveProgress) => void;
  /** Aborting stops the solve: a queued one is dropped, a running one's worker is terminated and replaced. */
  signal?: AbortSignal;
}

/** Marks a worker started by this module, so importing it elsewhere in a worker does nothing. */
const WORKER_TAG = 'community-budget-hub/equity-scenario';

/**
 * Solved once by every new worker before it takes work. A fresh thread must
 * load and compile the HiGHS WebAssembly runtime and JIT the engine, which
 * costs more than a warm 1,000 x 4 solve at mipGap 0.01. This problem is small,
 * but the Lagrangian phase proves neither tier, so both go through HiGHS's LP
 * relaxation and MILP.
 */
const WARM_UP_PROBLEM: ScenarioProblem = {
  years: [2027, 2028],
  envelopes: {
    tier1: [{ money: 100, fte: 2 }, { money: 100, fte: 2 }],
    tier2: [{ money: 60, fte: 1 }, { money: 60, fte: 1 }],
  },
  lens: { criteria: [{ key: 'need', weight: 1 }] },
  coverageBonus: 0.1,
  solver: 'OPTIMAL',
  mipGap: 0,
  requests: [
    { id: 'a', scores: { need: 0.9 }, focalGroups: ['g1'], oneTime: 45, recurring: 10, fte: 0.5 },
    { id: 'b', scores: { need: 0.8 }, focalGroups: ['g2'], oneTime: 55, recurring: 5, fte: 1 },
    { id: 'c', scores: { need: 0.7 }, focalGroups: ['g1', 'g3'], oneTime: 35, recurring: 15, fte: 0.5, dependsOn: ['a'] },
    { id: 'd', scores: { need: 0.65 }, focalGroups: ['g3'], oneTime: 40, recurring: 0, fte: 1, alternativeGroup: 'x' },
    { id: 'e', scores: { need: 0.6 }, focalGroups: ['g4'], oneTime: 30, recurring: 10, fte: 0.5, alternativeGroup: 'x' },
    { id: 'f', scores: { need: 0.5 }, focalGroups: ['g2', 'g4'], oneTime: 25, recurring: 20, fte: 0, earliestYear: 2028 },
    { id: 'g', scores: { need: 0.45 }, focalGroups: ['g5'], oneTime: 65, recurring: 0, fte: 0.5 },
    { id: 'h', scores: { need: 0.3 }, focalGroups: ['g5'], oneTime: 20, recurring: 5, fte: 1 },
  ],
};

type SolveReply =
  | { ok: true; result: ScenarioResult }
  | { ok: false; name: string; message: string; path?: string; requestId?: string };

type WorkerMessage = { kind: 'ready' } | { kind: 'progress'; progress: SolveProgress } | ({ kind: 'reply' } & SolveReply);

function rebuildError(reply: Extract<SolveReply, { ok: false }>): Error {
  if (reply.name === 'ScenarioFormatError' && reply.path !== undefined) {
    return new ScenarioFormatError(reply.path, reply.message.slice(reply.path.length + 2));
  }
  if (reply.name === 'ScenarioInfeasibleError' && reply.requestId !== undefined) {
    return new ScenarioInfeasibleError(reply.requestId, reply.message.slice(`request ${reply.requestId}: `.length));
  }
  const error = new Error(reply.message);
  error.name = reply.name;
  return error;
}

interface Job {
  problem: ScenarioProblem;
  timeoutMs: number;
  onProgress?: (progress: SolveProgress) => void;
  resolve(result: ScenarioResult): void;
  reject(error: Error): void;
}

interface Slot {
  worker: Worker;
  ready: boolean;
  job: Job | null;
  timer: NodeJS.Timeout | undefined;
  /** Settles when the worker has warmed up, or failed before it could. */
  warmedUp: Promise<void>;
  settleWarmUp(error?: Error): void;
}

/**
 * Long-lived, warmed worker threads for solveScenario, so a long OPTIMAL solve
 * never blocks the server's event loop and no run pays for loading HiGHS and
 * JIT-compiling the engine again. Workers start (and warm up) at construction;
 * solves wait in a FIFO queue while every warmed worker is busy.
 */
export class ScenarioSolverPool {
  private readonly slots = new Set<Slot>();
  private readonly queue: Job[] = [];
  private readonly size: number;
  private closing: Promise<void> | null = null;
  private readyWaiters = 0;

  constructor(options: ScenarioSolverPoolOptions) {
    if (!Number.isInteger(options.size) || options.size < 1) throw new RangeError(`pool size must be a positive integer, got ${options.size}`);
    this.size = options.size;
    this.startMissingWorkers();
  }

  /**
   * Rejects with ScenarioTimeoutError when the solve outlasts timeoutMs (its
   * worker is terminated and replaced), with the engine's own
   * ScenarioFormatError / ScenarioInfeasibleError, or with an Error when the
   * worker dies or the pool is closed.
   */
  solve(problem: ScenarioProblem, options: ScenarioSolveOptions): Promise<ScenarioResult> {
    if (this.closing) return Promise.reject(closedError());
    if (options.signal?.aborted) return Promise.reject(new ScenarioCancelledError());
    return new Promise((resolve, reject) => {
      const job: Job = { problem, timeoutMs: options.timeoutMs, onProgress: options.onProgress, resolve, reject };
      options.signal?.addEventListener('abort', () => this.cancel(job), { once: true });
      this.queue.push(job);
      // Workers that failed to start are only retried when there is work, never in a loop.
      this.startMissingWorkers();
      this.dispatch();
    });
  }

  /** Resolves when every current worker has warmed up; rejects if one failed to start. */
  async ready(): Promise<void> {
    this.readyWaiters += 1;
    this.holdProcessWhileBusy();
    try {
      await Promise.all([...this.slots].map((slot) => slot.warmedUp));
    } finally {
      this.readyWaiters -= 1;
      this.holdProcessWhileBusy();
    }
  }

  /** For monitoring: solves waiting for a worker, solves running, and warmed-up workers. */
  stats(): { queued: number; running: number; workers: number } {
    const slots = [...this.slots];
    return { queued: this.queue.length, running: slots.filter((slot) => slot.job !== null).length, workers: slots.filter((slot) => slot.ready).length };
  }

  /** Terminates the workers; queued and running solves reject. */
  close(): Promise<void> {
    this.closing ??= this.terminateAll();
    return this.closing;
  }

  private async terminateAll(): Promise<void> {
    const error = closedError();
    for (const job of this.queue.splice(0)) job.reject(error);
    const slots = [...this.slots];
    this.slots.clear();
    await Promise.all(
      slots.map((slot) => {
        clearTimeout(slot.timer);
        slot.job?.reject(error);
        slot.job = null;
        slot.settleWarmUp(error);
        return slot.worker.terminate();
      }),
    );
  }

  private startMissingWorkers(): void {
    while (!this.closing && this.slots.size < this.size) this.startWorker();
  }

  private startWorker(): void {
    // Under jest or tsx this file is TypeScript, which a bare worker cannot load.
    const execArgv = __filename.endsWith('.ts') ? ['--require', 'tsx/cjs'] : [];
    const worker = new Worker(__filename, { workerData: { tag: WORKER_TAG }, execArgv });
    // An idle pool must not keep a CLI or a test process alive; busy workers are ref'd again.
    worker.unref();
    let settleWarmUp!: Slot['settleWarmUp'];
    const warmedUp = new Promise<void>((resolve, reject) => {
      settleWarmUp = (error) => (error ? reject(error) : resolve());
    });
    // Nobody may be waiting on ready(); a failed start is reported through the queued jobs instead.
    warmedUp.catch(() => undefined);
    const slot: Slot = { worker, ready: false, job: null, timer: undefined, warmedUp, settleWarmUp };
    this.slots.add(slot);

    worker.on('message', (message: WorkerMessage) => {
      if (!this.slots.has(slot)) return;
      if (message.kind === 'progress') {
        slot.job?.onProgress?.(message.progress);
        return;
      }
      if (message.kind === 'ready') {
        slot.ready = true;
        slot.settleWarmUp();
      } else {
        const job = slot.job;
        clearTimeout(slot.timer);
        slot.job = null;
        if (job) {
          if (message.ok) job.resolve(message.result);
          else job.reject(rebuildError(message));
        }
      }
      this.dispatch();
    });
    worker.on('error', (error) => this.retire(slot, error));
    worker.on('exit', (code) =>
      this.retire(slot, new Error(`scenario worker exited with code ${code} ${slot.ready ? 'while solving' : 'while warming up'}`)),
    );
  }

  private cancel(job: Job): void {
    const queued = this.queue.indexOf(job);
    if (queued >= 0) {
      this.queue.splice(queued, 1);
      job.reject(new ScenarioCancelledError());
      this.holdProcessWhileBusy();
      return;
    }
    for (const slot of this.slots) if (slot.job === job) this.retire(slot, new ScenarioCancelledError());
  }

  /** Takes a dead, hung or timed-out worker out of service; its job fails with `reason`. */
  private retire(slot: Slot, reason: Error): void {
    if (!this.slots.delete(slot)) return;
    clearTimeout(slot.timer);
    slot.job?.reject(reason);
    slot.job = null;
    void slot.worker.terminate();
    if (slot.ready) {
      this.startMissingWorkers();
    } else {
      slot.settleWarmUp(reason);
      // Restarting at once could loop forever (say, the engine fails to load); fail the waiting
      // work instead of leaving it queued behind no worker. The next solve() tries again.
      if (this.slots.size === 0) for (const job of this.queue.splice(0)) job.reject(reason);
    }
    this.dispatch();
  }

  private dispatch(): void {
    for (const slot of this.slots) {
      while (slot.ready && slot.job === null && this.queue.length > 0) this.startJob(slot, this.queue.shift() as Job);
    }
    this.holdProcessWhileBusy();
  }

  /** Someone waits for a worker: its thread must keep the process alive until it answers. */
  private holdProcessWhileBusy(): void {
    const busy = this.readyWaiters > 0 || this.queue.length > 0 || [...this.slots].some((slot) => slot.job !== null);
    for (const slot of this.slots) {
      if (busy) slot.worker.ref();
      else slot.worker.unref();
    }
  }

  private startJob(slot: Slot, job: Job): void {
    try {
      slot.worker.postMessage(job.problem);
    } catch (error) {
      // Not structured-cloneable (a function, say): the caller's mistake, and the worker is still idle.
      job.reject(error instanceof Error ? error : new Error(String(error)));
      return;
    }
    slot.job = job;
    slot.timer = setTimeout(() => this.retire(slot, new ScenarioTimeoutError(job.timeoutMs)), job.timeoutMs);
  }
}

function closedError(): Error {
  return new Error('the scenario solver pool was closed before this solve finished');
}

if (!isMainThread && parentPort && workerData?.tag === WORKER_TAG) {
  const port = parentPort;
  const send = (message: WorkerMessage) => port.postMessage(message);
  port.on('message', (problem: ScenarioProblem) => {
    solveScenario(problem, { onProgress: (progress) => send({ kind: 'progress', progress }) }).then(
      (result) => send({ kind: 'reply', ok: true, result }),
      (error: unknown) => {
        const failure = error instanceof Error ? error : new Error(String(error));
        send({
          kind: 'reply',
          ok: false,
          name: failure.name,
          message: failure.message,
          ...(failure instanceof ScenarioFormatError ? { path: failure.path } : {}),
          ...(failure instanceof ScenarioInfeasibleError ? { requestId: failure.requestId } : {}),
        });
      },
    );
  });
  // A failed warm-up is left unhandled on purpose: it kills the worker, and the pool reports it.
  void solveScenario(WARM_UP_PROBLEM).then(() => send({ kind: 'ready' }));
}
