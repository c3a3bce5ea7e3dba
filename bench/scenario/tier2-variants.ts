/**
 * Tier 2 under different HiGHS formulations, on the same Tier 1 (issue #14):
 * Tier 1 is solved once per problem as the engine does (work budget, clock
 * guard out of the way), then Tier 2 once per variant with the work Tier 1 left.
 *
 *   npx tsx bench/scenario/tier2-variants.ts --district --seeds 1,2,3 --variants startedBy,startAt
 *   (variants: the column form of Tier 2's MILP, startedBy | startAt)
 */
import { loadavg } from 'node:os';
import { buildModel, consume, copyCapacity, NOT_STARTED, type TierProblem } from '../../src/equity/model';
import { solveOptimalTier, workOfTimeLimit, type ColumnForm } from '../../src/equity/optimal';
import { parseScenarioProblem } from '../../src/equity/parse';
import { generateDistrictProblem, generateProblem } from './generate';

const args = process.argv.slice(2);
const flag = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const district = args.includes('--district');
const seeds = (flag('--seeds') ?? '1').split(',').map(Number);
const size = Number(flag('--size') ?? 100);
const years = Number(flag('--years') ?? 6);
const variants = (flag('--variants') ?? 'startedBy,startAt').split(',');
const work = Number(flag('--work') ?? workOfTimeLimit(30));

async function main() {
  console.log(`# Tier 2 variants: ${district ? 'district' : `${size}x${years}`}, work ${work}, load ${loadavg().map((l) => l.toFixed(1)).join(' ')}`);
  console.log('| seed | size | Tier 1 | T1 status, gap | T2 work | variant | Tier 2 | status | gap | T2 cpu ms | load |');
  console.log('|---:|---|---:|---|---:|---|---:|---|---:|---:|---:|');
  for (const seed of seeds) {
    const problem = district ? generateDistrictProblem(seed) : generateProblem({ requestCount: size, yearCount: years, seed: seed + size + years });
    const parsed = parseScenarioProblem(problem);
    const model = buildModel(parsed);
    const tier1Cap = { money: parsed.envelopes.tier1.map((e) => e.money), fte: parsed.envelopes.tier1.map((e) => e.fte) };
    const tier1: TierProblem = {
      model,
      placedStart: new Int32Array(model.requests.length).fill(NOT_STARTED),
      pinnedHere: [],
      free: copyCapacity(tier1Cap),
      coveredBefore: model.focalGroupNames.map(() => false),
      usedAlternatives: new Set(),
      candidates: model.rankOrder.filter((r) => !model.requests[r].pin && !model.requests[r].excluded),
    };
    const tier1Work = { left: (work * 2) / 3 };
    const t1 = await solveOptimalTier(tier1, { timeLimitSeconds: 600, mipGap: 0, work: tier1Work, columns: 'startedBy' });
    const left = work - ((work * 2) / 3 - tier1Work.left);
    const free = { money: tier1Cap.money.map((m, t) => m + parsed.envelopes.tier2[t].money), fte: tier1Cap.fte.map((f, t) => f + parsed.envelopes.tier2[t].fte) };
    const placedStart = new Int32Array(model.requests.length).fill(NOT_STARTED);
    const coveredBefore = model.focalGroupNames.map(() => false);
    const usedAlternatives = new Set<string>();
    for (const { request: r, startIndex } of t1.chosen) {
      placedStart[r] = startIndex;
      consume(model.requests[r], startIndex, free);
      for (const g of model.requests[r].focalGroups) coveredBefore[g] = true;
      const alt = model.requests[r].alternativeGroup;
      if (alt !== null) usedAlternatives.add(alt);
    }
    const tier2: TierProblem = { model, placedStart, pinnedHere: [], free, coveredBefore, usedAlternatives, candidates: tier1.candidates.filter((r) => placedStart[r] === NOT_STARTED) };
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
