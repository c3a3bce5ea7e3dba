/**
 * Diagnoses one tier of one generated problem (issue #14): model size, how
 * tight the capacity is, the LP relaxation against the best schedule (value
 * part and coverage part), the Lagrangian bound, what OPTIMAL reports under the
 * engine's work budget, and optionally a long MILP run for the true optimum.
 *
 *   npx tsx bench/scenario/diagnose-tier.ts --district --seed 4 [--tier 2] [--long 60]
 *   (--long: also solve the MILP in both column forms without incumbent, up to that many seconds;
 *   VERBOSE=1 prints the LP solution and an optimal schedule request by request)
 *   npx tsx bench/scenario/diagnose-tier.ts --size 100 --years 6 --seed 1
 */
import { performance } from 'node:perf_hooks';
import { loadavg } from 'node:os';
import { lagrangianSolve } from '../../src/equity/lagrangian';
import { solveGreedyTier } from '../../src/equity/greedy';
import {
  startValue,
  tierObjective,
  type TierProblem,
  type TierSolution,
} from '../../src/equity/model';
import { feasibleStarts, formulate, getHighs, solveOptimalTier, startedBy, workOfTimeLimit, type ColumnForm, type Formulation } from '../../src/equity/optimal';
import { benchProblem, tierBenchFlags, tierProblems, type TierBenchFlags } from './tier-problems';

interface Flags {
  seed: number;
  district: boolean;
  size: number;
  years: number;
  tier: 1 | 2;
  long: number;
}

function parseFlags(argv: string[]): Flags & { bench: TierBenchFlags } {
  const bench = tierBenchFlags(argv);
  return { bench, seed: bench.seeds[0], district: bench.district, size: bench.size, years: bench.years, tier: Number(bench.value('--tier') ?? 2) as 1 | 2, long: Number(bench.value('--long') ?? 0) };
}

const TIME_LIMIT = 30;

/** Solves the formulation with HiGHS: LP (relaxed) or MILP with a node/time limit. */
async function solveRaw(problem: TierProblem, f: Formulation, relaxed: boolean, timeLimit = 120) {
  const highs = await getHighs();
  const starts = [0];
  const indices: number[] = [];
  const values: number[] = [];
  for (const row of f.rows) {
    indices.push(...row.columns);
    values.push(...row.values);
    starts.push(indices.length);
  }
  const inf = (b: number) => (b === Infinity ? highs.infinity : b === -Infinity ? -highs.infinity : b);
  const cpu = process.cpuUsage();
  const t0 = performance.now();
  return highs.withModel(
    {
      numCols: f.columns.length,
      numRows: f.rows.length,
      sense: highs.constants.objectiveSense.maximize,
      offset: tierObjective(problem, []),
      colCost: f.cost,
      colLower: f.columns.map(() => 0),
      colUpper: f.columns.map(() => 1),
      rowLower: f.rows.map((r) => inf(r.lower)),
      rowUpper: f.rows.map((r) => inf(r.upper)),
      matrix: { format: 'csr', numRows: f.rows.length, numCols: f.columns.length, starts, indices, values },
      integrality: f.columns.map((c) => (c === null || relaxed ? 0 : 1)),
    },
    (solver) => {
      solver.options.set({ output_flag: process.env.HIGHS_LOG === '1', random_seed: 0, mip_rel_gap: 0, time_limit: timeLimit });
      if (process.env.HIGHS_EXTRA) solver.options.set(JSON.parse(process.env.HIGHS_EXTRA) as Record<string, number | boolean | string>);
      let mipIterations = 0;
      const { modelStatus } = solver.run({
        [highs.constants.callbackType.mipInterrupt]: (event) => {
          mipIterations = Number(event.data.mip_total_lp_iterations ?? 0);
          return undefined;
        },
      });
      const used = process.cpuUsage(cpu);
      return {
        modelStatus,
        objective: Number(solver.info.get('objective_function_value')),
        dualBound: relaxed ? NaN : Number(solver.info.get('mip_dual_bound')),
        nodes: relaxed ? 0 : Number(solver.info.get('mip_node_count')),
        iterations: relaxed ? Number(solver.info.get('simplex_iteration_count')) : mipIterations,
        colValue: Float64Array.from(solver.getSolution().colValue),
        ms: performance.now() - t0,
        cpuMs: (used.user + used.system) / 1000,
      };
    },
  );
}

/** x values (starts in) from a startedBy solution. */
function startValues(f: Formulation, y: Float64Array): Float64Array {
  const previous = f.previous;
  return previous ? y.map((v, c) => (previous[c] >= 0 ? v - y[previous[c]] : v)) : y;
}

function split(problem: TierProblem, chosen: TierSolution['chosen']) {
  const { model } = problem;
  const value = chosen.reduce((sum, c) => sum + startValue(model, model.requests[c.request], c.startIndex), 0);
  return { value, bonus: tierObjective(problem, chosen) - value, count: chosen.length };
}

const f3 = (x: number) => x.toFixed(4);

async function main() {
  const flags = parseFlags(process.argv.slice(2));
  const { model, tier1, tier2Of } = tierProblems(benchProblem(flags.bench, flags.seed));
  console.log(
    `# ${flags.district ? 'district' : `${flags.size}x${flags.years}`} seed ${flags.seed}: ${model.requests.length} requests, ${model.years.length} years, ` +
      `bonus ${model.coverageBonus}, ${model.focalGroupNames.length} groups, load ${loadavg().map((l) => l.toFixed(1)).join(' ')}`,
  );
  const work = { left: workOfTimeLimit(TIME_LIMIT) };
  const tier1Work = { left: (work.left * 2) / 3 };
  let cpu = process.cpuUsage();
  const t1 = await solveOptimalTier(tier1, { timeLimitSeconds: 600, mipGap: 0, work: tier1Work });
  let used = process.cpuUsage(cpu);
  work.left -= (work.left * 2) / 3 - tier1Work.left;
  console.log(`Tier 1: ${f3(t1.objective)} ${t1.status} gap ${((t1.gap ?? 0) * 100).toFixed(3)}% (${((used.user + used.system) / 1000).toFixed(0)} cpu ms), work left for Tier 2: ${work.left.toFixed(0)}`);
  const tp = flags.tier === 1 ? tier1 : tier2Of(t1);
  const { eligible, feasible } = feasibleStarts(tp);

  // Capacity against request sizes.
  const Y = model.years.length;
  console.log(`free money per year: ${tp.free.money.map((m) => Math.round(m)).join(', ')}`);
  console.log(`free FTE per year:   ${tp.free.fte.map((m) => m.toFixed(1)).join(', ')}`);
  const fitAlone = new Set(feasible.map((c) => c.request));
  const ratio = (r: number) => {
    const req = model.requests[r];
    let best = Infinity;
    for (const { request, startIndex: s } of feasible) {
      if (request !== r) continue;
      let worst = 0;
      for (let t = s; t < Y; t++) {
        worst = Math.max(worst, (t === s ? req.oneTime + req.recurring : req.recurring) / Math.max(tp.free.money[t], 1e-9));
        if (req.fte > 0) worst = Math.max(worst, req.fte / Math.max(tp.free.fte[t], 1e-9));
      }
      best = Math.min(best, worst);
    }
    return best;
  };
  const ratios = [...fitAlone].map(ratio).sort((a, b) => a - b);
  const q = (p: number) => (ratios.length ? ratios[Math.min(ratios.length - 1, Math.floor(p * ratios.length))].toFixed(2) : '-');
  console.log(
    `eligible ${eligible.length} of ${tp.candidates.length} candidates, ${fitAlone.size} fit alone somewhere, ${feasible.length} x columns; ` +
      `largest row share of the best start (quantiles 10/50/90%): ${q(0.1)} / ${q(0.5)} / ${q(0.9)}`,
  );
  const coveredBefore = tp.coveredBefore.filter(Boolean).length;
  const openCoverable = new Set<number>();
  for (const r of fitAlone) for (const g of model.requests[r].focalGroups) if (!tp.coveredBefore[g]) openCoverable.add(g);
  console.log(`groups: ${coveredBefore} covered before, ${openCoverable.size} open and coverable (bonus up to ${f3(openCoverable.size * model.coverageBonus)})`);

  // Formulation size.
  const startAtForm = formulate(tp, eligible, feasible);
  const form = startedBy(startAtForm);
  console.log(`started-by model: ${form.columns.length} columns (${form.coverageColumnOfGroup.size} coverage), ${form.rows.length} rows, ${form.rows.reduce((s, r) => s + r.columns.length, 0)} nonzeros`);

  // Lagrangian.
  const greedy = solveGreedyTier(tp);
  cpu = process.cpuUsage();
  const lag = lagrangianSolve(tp, greedy);
  used = process.cpuUsage(cpu);
  console.log(`GREEDY ${f3(greedy.objective)}; Lagrangian bound ${f3(lag.bound)}, its schedule ${f3(lag.objective)} (${lag.iterations} iterations, ${((used.user + used.system) / 1000).toFixed(0)} cpu ms)`);

  // LP relaxation.
  const lp = await solveRaw(tp, form, true);
  const x = startValues(form, lp.colValue);
  let lpValue = 0;
  let lpBonus = 0;
  let fractional = 0;
  const lpRequests = new Set<number>();
  form.columns.forEach((column, c) => {
    if (column === null) lpBonus += model.coverageBonus * x[c];
    else {
      lpValue += startValue(model, model.requests[column.request], column.startIndex) * x[c];
      if (x[c] > 1e-6) lpRequests.add(column.request);
      if (x[c] > 1e-6 && x[c] < 1 - 1e-6) fractional++;
    }
  });
  const offset = tierObjective(tp, []);
  console.log(
    `LP relaxation ${f3(lp.objective)} (pins/offset ${f3(offset)}, value ${f3(lpValue)}, coverage ${f3(lpBonus)} = ${(lpBonus / model.coverageBonus || 0).toFixed(2)} groups), ` +
      `${lpRequests.size} requests with LP mass, ${fractional} fractional x columns (${lp.iterations} iterations, ${lp.cpuMs.toFixed(0)} cpu ms)`,
  );

  if (process.env.VERBOSE === '1') {
    const byRequest = new Map<number, string[]>();
    form.columns.forEach((column, c) => {
      if (column === null || x[c] <= 1e-6) return;
      byRequest.set(column.request, [...(byRequest.get(column.request) ?? []), `s${column.startIndex}:${x[c].toFixed(3)}`]);
    });
    for (const [r, parts] of byRequest) {
      const q = model.requests[r];
      console.log(`  LP ${q.id} E ${q.equity.toFixed(3)} one ${q.oneTime} rec ${q.recurring} fte ${q.fte} earliest ${q.earliestIndex} deps ${q.dependencies.length}: ${parts.join(' ')}`);
    }
    const milp = await solveRaw(tp, form, false, 60);
    const xm = startValues(form, milp.colValue);
    form.columns.forEach((column, c) => {
      if (column === null || xm[c] <= 0.5) return;
      const q = model.requests[column.request];
      console.log(`  OPT ${q.id} E ${q.equity.toFixed(3)} one ${q.oneTime} rec ${q.recurring} fte ${q.fte} start ${column.startIndex}`);
    });
  }

  // OPTIMAL as the engine runs it.
  const workLeft = { left: flags.tier === 1 ? (workOfTimeLimit(TIME_LIMIT) * 2) / 3 : work.left };
  cpu = process.cpuUsage();
  const columns: ColumnForm = flags.tier === 1 ? 'startedBy' : 'startAt';
  const opt = await solveOptimalTier(tp, { timeLimitSeconds: 600, mipGap: 0, work: workLeft, columns });
  used = process.cpuUsage(cpu);
  const best = split(tp, opt.chosen);
  const reportedBound = opt.objective * (1 + (opt.gap ?? 0));
  console.log(
    `OPTIMAL (${columns} columns): ${f3(opt.objective)} ${opt.status} gap ${((opt.gap ?? 0) * 100).toFixed(3)}% => bound ${f3(reportedBound)}; ` +
      `schedule: ${best.count} requests, value ${f3(best.value)}, coverage ${f3(best.bonus)} = ${(best.bonus / model.coverageBonus || 0).toFixed(0)} groups (${((used.user + used.system) / 1000).toFixed(0)} cpu ms)`,
  );
  console.log(
    `gap decomposition vs LP: value ${f3(lpValue - best.value)}, coverage ${f3(lpBonus - best.bonus)} (LP−best = ${f3(lp.objective - opt.objective)})`,
  );

  if (flags.long > 0) {
    const forms = [
      ['startedBy', form],
      ['startAt', startAtForm],
    ] as const;
    for (const [name, f] of forms) {
      const milp = await solveRaw(tp, f, false, flags.long);
      const units = (milp.iterations * (f.columns.length + f.rows.length)) / 1000;
      console.log(
        `long MILP ${name} (no incumbent, ${flags.long} s limit): ${f3(milp.objective)} bound ${f3(milp.dualBound)} status ${milp.modelStatus}, ${milp.nodes} nodes, ` +
          `${milp.iterations} LP iterations = ${units.toFixed(0)} work units, ${milp.cpuMs.toFixed(0)} cpu ms`,
      );
    }
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
