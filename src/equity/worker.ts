import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { solveScenario } from './engine';
import { ScenarioFormatError, ScenarioInfeasibleError, ScenarioTimeoutError } from './errors';
import type { ScenarioProblem, ScenarioResult } from './types';

export interface WorkerSolveOptions {
  timeoutMs: number;
}

/** Marks a worker started by this module, so importing it elsewhere in a worker does nothing. */
const WORKER_TAG = 'community-budget-hub/equity-scenario';

type WorkerReply =
  | { ok: true; result: ScenarioResult }
  | { ok: false; name: string; message: string; path?: string; requestId?: string };

function rebuildError(reply: Extract<WorkerReply, { ok: false }>): Error {
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

/**
 * Runs solveScenario on a worker thread so a long OPTIMAL solve never blocks
 * the server's event loop, and terminates it when timeoutMs runs out.
 */
export function solveScenarioInWorker(problem: ScenarioProblem, options: WorkerSolveOptions): Promise<ScenarioResult> {
  // Under jest or tsx this file is TypeScript, which a bare worker cannot load.
  const execArgv = __filename.endsWith('.ts') ? ['--require', 'tsx/cjs'] : [];
  return new Promise((resolve, reject) => {
    const worker = new Worker(__filename, { workerData: { tag: WORKER_TAG, problem }, execArgv });
    let settled = false;
    const settle = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      outcome();
      void worker.terminate();
    };
    const timer = setTimeout(() => settle(() => reject(new ScenarioTimeoutError(options.timeoutMs))), options.timeoutMs);
    worker.once('message', (reply: WorkerReply) =>
      settle(() => (reply.ok ? resolve(reply.result) : reject(rebuildError(reply)))),
    );
    worker.once('error', (error) => settle(() => reject(error)));
    worker.once('exit', (code) =>
      settle(() => reject(new Error(`scenario worker exited with code ${code} before answering`))),
    );
  });
}

if (!isMainThread && parentPort && workerData?.tag === WORKER_TAG) {
  const port = parentPort;
  solveScenario(workerData.problem as ScenarioProblem).then(
    (result) => port.postMessage({ ok: true, result } satisfies WorkerReply),
    (error: unknown) => {
      const failure = error instanceof Error ? error : new Error(String(error));
      port.postMessage({
        ok: false,
        name: failure.name,
        message: failure.message,
        ...(failure instanceof ScenarioFormatError ? { path: failure.path } : {}),
        ...(failure instanceof ScenarioInfeasibleError ? { requestId: failure.requestId } : {}),
      } satisfies WorkerReply);
    },
  );
}
