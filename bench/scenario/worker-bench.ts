import { execFile } from 'node:child_process';
import { cpus, loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { promisify } from 'node:util';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { ScenarioSolverPool, solveScenario, type ScenarioProblem, type ScenarioResult } from '../../src/equity';
import { generateProblem } from './generate';

/**
 * The old fresh worker per solve vs the warm ScenarioSolverPool vs in-process,
 * on the same generated OPTIMAL problem, measured in one run with the ways
 * interleaved round by round, so machine load hits all of them alike. Times run
 * from handing the problem over to having the result (a worker's start included).
 */

interface Flags {
  requests: number;
  years: number;
  seed: number;
  timeLimitSeconds: number;
  mipGap: number;
  repeat: number;
}

function parseFlags(argv: string[]): Flags {
  const flags: Flags = {
    requests: 1000,
    years: 4,
    // bench/scenario/run.ts's seed; problemOf derives the problem's seed the same way.
    seed: 20270101,
    // What runScenario passes by default: SCENARIO_TIME_LIMIT_SECONDS (30) and DEFAULT_MIP_GAP (0.01).
    timeLimitSeconds: 30,
    mipGap: 0.01,
    repeat: 5,
  };
  for (let i = 0; i < argv.length; i += 2) {
    const [flag, value] = [argv[i], Number(argv[i + 1])];
    if (!Number.isFinite(value)) throw new Error(`${flag} needs a number`);
    if (flag === '--requests') flags.requests = value;
    else if (flag === '--years') flags.years = value;
    else if (flag === '--seed') flags.seed = value;
    else if (flag === '--time-limit') flags.timeLimitSeconds = value;
    else if (flag === '--mip-gap') flags.mipGap = value;
    else if (flag === '--repeat') flags.repeat = value;
    else throw new Error(`unknown flag ${flag}; use --requests, --years, --seed, --time-limit, --mip-gap, --repeat`);
  }
  return flags;
}

function problemOf(flags: Flags): ScenarioProblem {
  return {
    ...generateProblem({ requestCount: flags.requests, yearCount: flags.years, seed: flags.seed + flags.requests + flags.years }),
    solver: 'OPTIMAL',
    timeLimitSeconds: flags.timeLimitSeconds,
    mipGap: flags.mipGap,
  };
}

/** Marks the one-shot workers this file starts for itself. */
const ONE_SHOT_TAG = 'community-budget-hub/worker-bench-one-shot';
/** Set in the child process that times one fresh worker (see freshWorkerInOwnProcess). */
const FRESH_WORKER_CHILD_ENV = 'WORKER_BENCH_FRESH_WORKER_CHILD';

interface Timed {
  result: ScenarioResult;
  ms: number;
}

async function timed(solve: () => Promise<ScenarioResult>): Promise<Timed> {
  const start = performance.now();
  const result = await solve();
  return { result, ms: performance.now() - start };
}

/** The server's behaviour before the pool: start a worker, solve once, terminate it. */
async function solveInFreshWorker(problem: ScenarioProblem): Promise<ScenarioResult> {
  const execArgv = __filename.endsWith('.ts') ? ['--require', 'tsx/cjs'] : [];
  const worker = new Worker(__filename, { workerData: { tag: ONE_SHOT_TAG, problem }, execArgv });
  try {
    return await new Promise<ScenarioResult>((resolve, reject) => {
      worker.once('message', resolve);
      worker.once('error', reject);
      worker.once('exit', (code) => reject(new Error(`one-shot worker exited with code ${code}`)));
    });
  } finally {
    void worker.terminate();
  }
}

/**
 * Times solveInFreshWorker in a child process that runs nothing else. In this
 * process the pool's worker and the in-process runs keep a HiGHS instance
 * alive, and V8 lends its compiled WebAssembly to any new thread, which the old
 * server never had: each of its per-run workers compiled HiGHS again.
 */
async function freshWorkerInOwnProcess(): Promise<Timed> {
  const { stdout } = await promisify(execFile)(process.execPath, [...process.execArgv, __filename, ...process.argv.slice(2)], {
    env: { ...process.env, [FRESH_WORKER_CHILD_ENV]: '1' },
    maxBuffer: 1 << 30,
  });
  return JSON.parse(stdout) as Timed;
}

interface Way {
  label: string;
  run(): Promise<Timed>;
  ms: number[];
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const load = () => loadavg().map((value) => value.toFixed(2)).join(' ');

async function main(): Promise<void> {
  const flags = parseFlags(process.argv.slice(2));
  const problem = problemOf(flags);
  // The service's hard stop for the same time limit.
  const timeoutMs = (2 * flags.timeLimitSeconds + 15) * 1000;
  console.log(
    `# scenario worker bench: ${flags.requests.toLocaleString('en-US')} requests x ${flags.years} years OPTIMAL, seed ${flags.seed}, ` +
      `time limit ${flags.timeLimitSeconds}s, mipGap ${flags.mipGap}, ${flags.repeat} rounds; node ${process.version}, ` +
      `${cpus().length} cpu(s) (${cpus()[0]?.model ?? 'unknown'})`,
  );
  console.log(`load average at start: ${load()}`);

  const poolStart = performance.now();
  const pool = new ScenarioSolverPool({ size: 1 });
  await pool.ready();
  const poolWarmUpMs = performance.now() - poolStart;
  // In-process is the floor: HiGHS loaded and the engine JIT-compiled on this very problem.
  await solveScenario(problem);

  const ways: Way[] = [
    { label: '(a) fresh worker per solve (before)', run: freshWorkerInOwnProcess, ms: [] },
    { label: '(b) warm pool, 1 worker', run: () => timed(() => pool.solve(problem, { timeoutMs })), ms: [] },
    { label: '(c) in-process solveScenario, warm', run: () => timed(() => solveScenario(problem)), ms: [] },
  ];
  const outputs = new Set<string>();
  let sample: ScenarioResult | undefined;
  for (let round = 0; round < flags.repeat; round++) {
    for (const way of ways) {
      const { result, ms } = await way.run();
      way.ms.push(ms);
      outputs.add(JSON.stringify(result));
      sample ??= result;
    }
  }
  await pool.close();

  console.log('\n| way | median ms | min ms | max ms | every round (ms) |');
  console.log('|---|---:|---:|---:|---|');
  const round = (value: number) => value.toFixed(0);
  for (const way of ways) {
    console.log(
      `| ${way.label} | ${round(median(way.ms))} | ${round(Math.min(...way.ms))} | ${round(Math.max(...way.ms))} | ${way.ms.map(round).join(', ')} |`,
    );
  }
  const [fresh, warm] = ways;
  console.log(`\nwarm/fresh (medians): ${(median(warm.ms) / median(fresh.ms)).toFixed(2)}`);
  console.log(`pool start to ready (thread start + warm-up solve), before the rounds: ${round(poolWarmUpMs)} ms`);
  console.log(
    `status / gap (Tier 1, Tier 2): ${sample?.tiers.map((tier) => `${tier.status} ${tier.gap === null ? 'n/a' : `${(tier.gap * 100).toFixed(3)}%`}`).join(', ')}; ` +
      `identical result bytes in every run: ${outputs.size === 1 ? 'yes' : `no (${outputs.size} different; a TIME_LIMIT solve depends on the clock)`}`,
  );
  console.log(`load average at end: ${load()}`);
}

if (isMainThread && process.env[FRESH_WORKER_CHILD_ENV]) {
  const problem = problemOf(parseFlags(process.argv.slice(2)));
  void timed(() => solveInFreshWorker(problem)).then((outcome) => process.stdout.write(JSON.stringify(outcome)));
} else if (isMainThread) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
} else if (parentPort && workerData?.tag === ONE_SHOT_TAG) {
  const port = parentPort;
  void solveScenario(workerData.problem as ScenarioProblem).then((result) => port.postMessage(result));
}
