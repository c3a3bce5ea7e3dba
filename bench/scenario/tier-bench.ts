/**
 * OPTIMAL's tiers at a fixed deterministic work budget with the clock guard
 * out of the way, so the figures do not depend on machine load (issue #14).
 * The same as `solveScenario` at `timeLimitSeconds` = --time-limit on a machine
 * fast enough to spend the whole budget before the clock guard.
 *
 *   npx tsx bench/scenario/tier-bench.ts --district --seeds 1,2,3 [--work 30000]
 *   npx tsx bench/scenario/tier-bench.ts --size 100 --years 6 --seeds 1,2,3
 */
import { createHash } from 'node:crypto';
import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { tierRequests } from '../../src/equity/tier';
import { benchProblem, tierBenchFlags, tierProblems } from './tier-problems';

const flags = tierBenchFlags(process.argv.slice(2));
const { district, seeds, size, years, work } = flags;

async function main() {
  console.log(`# tier bench: ${district ? 'district' : `${size}x${years}`}, work ${work} units, clock guard 600 s, load at start ${loadavg().map((l) => l.toFixed(1)).join(' ')}`);
  console.log('| seed | requests | years | Tier 1 | status | gap | Tier 2 | status | gap | cpu ms | wall ms | schedule | load |');
  console.log('|---:|---:|---:|---:|---|---:|---:|---|---:|---:|---:|---|---:|');
  for (const seed of seeds) {
    const { parsed, model } = tierProblems(benchProblem(flags, seed));
    const cpu = process.cpuUsage();
    const start = performance.now();
    const tiering = await tierRequests(model, {
      solver: 'OPTIMAL',
      tier1Envelope: parsed.envelopes.tier1,
      tier2Envelope: parsed.envelopes.tier2,
      mipGap: 0,
      timeLimitSeconds: 600,
      workUnits: work,
    });
    const wall = performance.now() - start;
    const used = process.cpuUsage(cpu);
    const pct = (gap: number | null) => (gap === null ? 'n/a' : `${(gap * 100).toFixed(3)}%`);
    const fingerprint = createHash('sha256')
      .update(`${tiering.tierOf.join(',')}|${[...tiering.startIndex].join(',')}`)
      .digest('hex')
      .slice(0, 8);
    const { tier1, tier2 } = tiering;
    console.log(
      `| ${seed} | ${model.requests.length} | ${model.years.length} | ${tier1.objective.toFixed(4)} | ${tier1.status} | ${pct(tier1.gap)} | ` +
        `${tier2.objective.toFixed(4)} | ${tier2.status} | ${pct(tier2.gap)} | ${((used.user + used.system) / 1000).toFixed(0)} | ${wall.toFixed(0)} | ${fingerprint} | ${loadavg()[0].toFixed(1)} |`,
    );
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
