import { cpus, loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { solveScenario, type ScenarioProblem, type ScenarioResult } from '../../src/equity';
import { createHash } from 'node:crypto';
import { generateDistrictProblem, generateProblem } from './generate';

interface Flags {
  sizes: number[];
  years: number[];
  seeds: number[];
  timeLimitSeconds: number;
  mipGap: number;
  repeat: number;
  profile: boolean;
  /** Issue #14's district-shaped problems (size, years and bonus drawn per seed) instead of --sizes × --years. */
  district: boolean;
  solvers: Array<'GREEDY' | 'OPTIMAL'>;
}

function parseFlags(argv: string[]): Flags {
  const flags: Flags = {
    sizes: [100, 1000, 10000],
    years: [4, 6],
    seeds: [20270101],
    timeLimitSeconds: 30,
    mipGap: 0,
    repeat: 3,
    profile: false,
    district: false,
    solvers: ['GREEDY', 'OPTIMAL'],
  };
  const list = (value: string) => value.split(',').map((part) => Number(part.replace(/_/g, '')));
  for (let i = 0; i < argv.length; i += 2) {
    const [flag, value] = [argv[i], argv[i + 1] ?? ''];
    if (flag === '--profile' || flag === '--district') {
      flags[flag === '--profile' ? 'profile' : 'district'] = true;
      i--;
    } else if (flag === '--sizes') flags.sizes = list(value);
    else if (flag === '--years') flags.years = list(value);
    else if (flag === '--seed') flags.seeds = [Number(value)];
    else if (flag === '--seeds') flags.seeds = list(value);
    else if (flag === '--time-limit') flags.timeLimitSeconds = Number(value);
    else if (flag === '--mip-gap') flags.mipGap = Number(value);
    else if (flag === '--repeat') flags.repeat = Number(value);
    else if (flag === '--solvers') flags.solvers = value.split(',') as Flags['solvers'];
    else {
      throw new Error(
        `unknown flag ${flag}; use --sizes, --years, --seed, --seeds, --time-limit, --mip-gap, --repeat, --solvers, --profile, --district`,
      );
    }
  }
  return flags;
}

interface Timed {
  ms: number;
  /** CPU time of this process during the call (user + system, all threads incl. GC). */
  cpuMs: number;
  spans: Record<string, number>;
  result: ScenarioResult;
}

async function timed(problem: ScenarioProblem): Promise<Timed> {
  const spans: Record<string, number> = {};
  const cpuStart = process.cpuUsage();
  const start = performance.now();
  const result = await solveScenario(problem, {
    onSpan: (name, ms) => (spans[name] = (spans[name] ?? 0) + ms),
  });
  const ms = performance.now() - start;
  const cpu = process.cpuUsage(cpuStart);
  return { ms, cpuMs: (cpu.user + cpu.system) / 1000, spans, result };
}

/** Median by whole-call time of `repeat` runs (GREEDY is fast enough to repeat; OPTIMAL runs once). */
async function median(problem: ScenarioProblem, repeat: number): Promise<Timed> {
  const runs: Timed[] = [];
  for (let i = 0; i < repeat; i++) runs.push(await timed(problem));
  runs.sort((a, b) => a.ms - b.ms);
  return runs[Math.floor((runs.length - 1) / 2)];
}

const fmt = (ms: number | undefined) => (ms === undefined ? '-' : ms.toFixed(0));
const both = (t: Timed | null) => (t ? `${t.ms.toFixed(0)} (${t.cpuMs.toFixed(0)})` : '-');
/** First 8 hex digits of a hash of every item's tier and start year: equal schedules, equal fingerprints. */
const fingerprint = (t: Timed | null) =>
  t
    ? createHash('sha256')
        .update(t.result.items.map((item) => `${item.id}:${item.tier}:${item.startYear ?? '-'}`).join(','))
        .digest('hex')
        .slice(0, 8)
    : '-';
const spanText = (spans: Record<string, number>) =>
  Object.entries(spans)
    .map(([name, ms]) => `${name} ${ms.toFixed(1)}`)
    .join(', ');

async function main(): Promise<void> {
  const flags = parseFlags(process.argv.slice(2));
  console.log(
    `# scenario engine bench: seed(s) ${flags.seeds.join(', ')}, time limit ${flags.timeLimitSeconds}s (both tiers together), mipGap ${flags.mipGap}, ` +
      `node ${process.version}, ${cpus().length} cpu(s) (${cpus()[0]?.model ?? 'unknown'}), ` +
      `load average at start ${loadavg().map((l) => l.toFixed(1)).join(' ')}`,
  );
  console.log(
    'greedy pass = Tier 1 + Tier 2 GREEDY solves (median of --repeat runs); greedy call / optimal call = whole solveScenario ' +
      '(validate, score, Tier 1 + Tier 2, explanations, items); objectives, status and gap are Tier 1 / Tier 2.',
  );
  console.log(
    '| seed | requests | years | greedy pass ms | greedy call ms (cpu) | optimal call ms (cpu) | greedy objective | optimal objective | optimal/greedy (T1) | status | gap | schedule | load |',
  );
  console.log('|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|---|---|---:|');
  // Warm the HiGHS Wasm runtime and the JIT so one-off costs are not billed to the first row.
  await solveScenario(generateProblem({ requestCount: 5, yearCount: 2, seed: 1 }));
  await solveScenario({ ...generateProblem({ requestCount: 2000, yearCount: 4, seed: 2 }), solver: 'GREEDY' });
  // Also warm HiGHS's MIP and LP code paths (the first MIP solve in a fresh Wasm instance costs ~1.5 s extra).
  await solveScenario({ ...generateProblem({ requestCount: 100, yearCount: 6, seed: 3 }), solver: 'OPTIMAL', timeLimitSeconds: 2, mipGap: 0.01 });
  const profile: string[] = [];
  const problems = flags.seeds.flatMap((seed) =>
    flags.district
      ? [{ seed, problem: generateDistrictProblem(seed) }]
      : flags.sizes.flatMap((requestCount) =>
          flags.years.map((yearCount) => ({
            seed,
            problem: generateProblem({ requestCount, yearCount, seed: seed + requestCount + yearCount }),
          })),
        ),
  );
  for (const { seed, problem } of problems) {
    const requestCount = problem.requests.length;
    const yearCount = problem.years.length;
    const greedy = flags.solvers.includes('GREEDY') ? await median({ ...problem, solver: 'GREEDY' }, flags.repeat) : null;
    const optimal = flags.solvers.includes('OPTIMAL')
      ? await timed({ ...problem, solver: 'OPTIMAL', timeLimitSeconds: flags.timeLimitSeconds, mipGap: flags.mipGap })
      : null;
    const pct = (gap: number | null) => (gap === null ? 'n/a' : `${(gap * 100).toFixed(3)}%`);
    const obj = (t: Timed | null) =>
      t ? `${t.result.tiers[0].objective.toFixed(3)} / ${t.result.tiers[1].objective.toFixed(3)}` : '-';
    const greedyPass = greedy ? (greedy.spans.tier1 ?? 0) + (greedy.spans.tier2 ?? 0) : undefined;
    const ratio =
      greedy && optimal ? (optimal.result.tiers[0].objective / greedy.result.tiers[0].objective).toFixed(4) : '-';
    const status = optimal ? `${optimal.result.tiers[0].status} / ${optimal.result.tiers[1].status}` : '-';
    const gap = optimal ? `${pct(optimal.result.tiers[0].gap)} / ${pct(optimal.result.tiers[1].gap)}` : '-';
    console.log(
      `| ${seed} | ${requestCount.toLocaleString('en-US')} | ${yearCount} | ${fmt(greedyPass)} | ${both(greedy)} | ${both(optimal)} | ` +
        `${obj(greedy)} | ${obj(optimal)} | ${ratio} | ${status} | ${gap} | ${fingerprint(optimal)} | ${loadavg()[0].toFixed(1)} |`,
    );
    if (greedy) profile.push(`${seed} ${requestCount}x${yearCount} GREEDY: ${spanText(greedy.spans)}`);
    if (optimal) profile.push(`${seed} ${requestCount}x${yearCount} OPTIMAL: ${spanText(optimal.spans)}`);
  }
  if (flags.profile) {
    console.log('\nspans (ms; lagrangian/highs are summed over both tiers and included in tier1/tier2):');
    for (const line of profile) console.log(`- ${line}`);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
