import { cpus } from 'node:os';
import { performance } from 'node:perf_hooks';
import { solveScenario, type ScenarioProblem, type ScenarioResult } from '../../src/equity';
import { generateProblem } from './generate';

interface Flags {
  sizes: number[];
  years: number[];
  seed: number;
  timeLimitSeconds: number;
  mipGap: number;
}

function parseFlags(argv: string[]): Flags {
  const flags: Flags = { sizes: [100, 1000, 10000], years: [4, 6], seed: 20270101, timeLimitSeconds: 30, mipGap: 0 };
  const list = (value: string) => value.split(',').map((part) => Number(part.replace(/_/g, '')));
  for (let i = 0; i < argv.length; i += 2) {
    const [flag, value] = [argv[i], argv[i + 1] ?? ''];
    if (flag === '--sizes') flags.sizes = list(value);
    else if (flag === '--years') flags.years = list(value);
    else if (flag === '--seed') flags.seed = Number(value);
    else if (flag === '--time-limit') flags.timeLimitSeconds = Number(value);
    else if (flag === '--mip-gap') flags.mipGap = Number(value);
    else throw new Error(`unknown flag ${flag}; use --sizes, --years, --seed, --time-limit, --mip-gap`);
  }
  return flags;
}

async function timed(problem: ScenarioProblem): Promise<{ ms: number; result: ScenarioResult }> {
  const start = performance.now();
  const result = await solveScenario(problem);
  return { ms: performance.now() - start, result };
}

async function main(): Promise<void> {
  const flags = parseFlags(process.argv.slice(2));
  console.log(
    `# scenario engine bench: seed ${flags.seed}, time limit ${flags.timeLimitSeconds}s (both tiers together), mipGap ${flags.mipGap}, ` +
      `node ${process.version}, ${cpus().length} cpu(s) (${cpus()[0]?.model ?? 'unknown'})`,
  );
  console.log('ms = whole solveScenario (validate, score, Tier 1 + Tier 2, explanations); objectives are Tier 1 / Tier 2.');
  console.log(
    '| requests | years | greedy ms | optimal ms | greedy objective | optimal objective | optimal/greedy (T1) | status | gap |',
  );
  console.log('|---:|---:|---:|---:|---:|---:|---:|---|---|');
  // Warm the HiGHS Wasm runtime so its one-off load is not billed to the first row.
  await solveScenario(generateProblem({ requestCount: 5, yearCount: 2, seed: 1 }));
  for (const requestCount of flags.sizes) {
    for (const yearCount of flags.years) {
      const problem = generateProblem({ requestCount, yearCount, seed: flags.seed + requestCount + yearCount });
      const greedy = await timed({ ...problem, solver: 'GREEDY' });
      const optimal = await timed({
        ...problem,
        solver: 'OPTIMAL',
        timeLimitSeconds: flags.timeLimitSeconds,
        mipGap: flags.mipGap,
      });
      const [g1, g2] = greedy.result.tiers;
      const [o1, o2] = optimal.result.tiers;
      const pct = (gap: number | null) => (gap === null ? 'n/a' : `${(gap * 100).toFixed(3)}%`);
      console.log(
        `| ${requestCount.toLocaleString('en-US')} | ${yearCount} | ${greedy.ms.toFixed(0)} | ${optimal.ms.toFixed(0)} | ` +
          `${g1.objective.toFixed(3)} / ${g2.objective.toFixed(3)} | ${o1.objective.toFixed(3)} / ${o2.objective.toFixed(3)} | ` +
          `${(o1.objective / g1.objective).toFixed(4)} | ${o1.status} / ${o2.status} | ${pct(o1.gap)} / ${pct(o2.gap)} |`,
      );
    }
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
