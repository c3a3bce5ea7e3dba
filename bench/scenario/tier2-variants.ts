/**
 * Tier 2 under different HiGHS formulations, on the same Tier 1 (issue #14):
 * Tier 1 is solved once per problem as the engine does (work budget, clock
 * guard out of the way), then Tier 2 once per variant with the work Tier 1 left.
 *
 *   npx tsx bench/scenario/tier2-variants.ts --district --seeds 1,2,3 --variants startedBy,startAt
 *   (variants: the column form of Tier 2's MILP, startedBy | startAt)
 */
import { loadavg } from 'node:os';
import { solveOptimalTier, type ColumnForm } from '../../src/equity/optimal';
import { benchProblem, tierBenchFlags, tierProblems } from './tier-problems';

const flags = tierBenchFlags(process.argv.slice(2));
const { district, seeds, size, years, work } = flags;
const variants = (flags.value('--variants') ?? 'startedBy,startAt').split(',');

async function main() {
  console.log(`# Tier 2 variants: ${district ? 'district' : `${size}x${years}`}, work ${work}, load ${loadavg().map((l) => l.toFixed(1)).join(' ')}`);
  console.log('| seed | size | Tier 1 | T1 status, gap | T2 work | variant | Tier 2 | status | gap | T2 cpu ms | load |');
  console.log('|---:|---|---:|---|---:|---|---:|---|---:|---:|---:|');
  for (const seed of seeds) {
    const { model, tier1, tier2Of } = tierProblems(benchProblem(flags, seed));
    const tier1Work = { left: (work * 2) / 3 };
    const t1 = await solveOptimalTier(tier1, { timeLimitSeconds: 600, mipGap: 0, work: tier1Work, columns: 'startedBy' });
    const left = work - ((work * 2) / 3 - tier1Work.left);
    const tier2 = tier2Of(t1);
    for (const variant of variants) {
      const cpu = process.cpuUsage();
      const t2 = await solveOptimalTier(tier2, {
        timeLimitSeconds: 600,
        mipGap: 0,
        work: { left },
        columns: variant as ColumnForm,
      });
      const used = process.cpuUsage(cpu);
      const pct = (gap: number | null) => (gap === null ? 'n/a' : `${(gap * 100).toFixed(3)}%`);
      console.log(
        `| ${seed} | ${model.requests.length}x${model.years.length} | ${t1.objective.toFixed(4)} | ${t1.status}, ${pct(t1.gap)} | ${left.toFixed(0)} | ${variant} | ${t2.objective.toFixed(4)} | ${t2.status} | ${pct(t2.gap)} | ${((used.user + used.system) / 1000).toFixed(0)} | ${loadavg()[0].toFixed(1)} |`,
      );
    }
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
