import { performance } from 'node:perf_hooks';
import loadHighs, { type Highs, type HighsCallbackMap } from 'highs';
import type { SolveProgress } from './types';
import { improveSchedule } from './improve';
import { lagrangianSolve } from './lagrangian';
import { solveGreedyTier } from './greedy';
import {
  consume,
  copyCapacity,
  eligibleCandidates,
  fits,
  fteInYear,
  lowerStartBound,
  moneyInYear,
  NOT_STARTED,
  startValue,
  tierObjective,
  type TierProblem,
  type TierSolution,
} from './model';

export interface OptimalOptions {
  /** Wall-clock guard: HiGHS is interrupted once it has passed (the MILP then falls back to a checkpoint, see runHighs). */
  timeLimitSeconds: number;
  mipGap: number;
  /**
   * Work the full MILP may still spend (see WORK_PER_SECOND), shared across
   * calls: each call subtracts what it used. Absent: timeLimitSeconds' worth.
   */
  work?: WorkMeter;
  onSpan?: (name: string, ms: number) => void;
  onProgress?: (progress: SolveProgress) => void;
  /** Column form of the full MILP and the LP-rounding sub-MILP (default "started by"). */
  columns?: ColumnForm;
}

let highsRuntime: Promise<Highs> | undefined;

/** One Wasm runtime per thread: loading it costs tens of milliseconds. */
export function getHighs(): Promise<Highs> {
  // HIGHS_LOG=1 sends HiGHS's own log to stderr (stdout carries the CLI's JSON).
  highsRuntime ??= loadHighs(process.env.HIGHS_LOG === '1' ? { print: (line) => process.stderr.write(`${line}\n`) } : {});
  return highsRuntime;
}

export interface SparseRow {
  upper: number;
  lower: number;
  columns: number[];
  values: number[];
}

export interface Formulation {
  /** Per column: the request and start index it stands for; null for coverage columns. */
  columns: Array<{ request: number; startIndex: number } | null>;
  cost: number[];
  rows: SparseRow[];
  /** Columns of request r, by start index (only start years that can hold r at all). */
  columnOf: Map<number, Array<{ startIndex: number; column: number }>>;
  coverageColumnOfGroup: Map<number, number>;
  /** The "at most one start year" row of each request with more than one. */
  oneStartRows: SparseRow[];
  /** Set when columns are "started by" variables (startedBy): each column's previous one, -1 for none. */
  previous?: Int32Array;
}

/**
 * `feasible` lists the columns x[r,s] worth having: s is allowed by
 * earliestYear and placed dependencies, and r fits alone in the free capacity
 * from s on (any other x[r,s] is 0 in every feasible schedule).
 */
export function formulate(
  problem: TierProblem,
  eligible: number[],
  feasible: ReadonlyArray<{ request: number; startIndex: number }>,
): Formulation {
  const { model, placedStart, free } = problem;
  const horizon = model.years.length;
  const columns: Formulation['columns'] = [];
  const cost: number[] = [];
  const columnOf: Formulation['columnOf'] = new Map();
  for (const r of eligible) columnOf.set(r, []);
  for (const { request: r, startIndex: s } of feasible) {
    (columnOf.get(r) as Array<{ startIndex: number; column: number }>).push({ startIndex: s, column: columns.length });
    columns.push({ request: r, startIndex: s });
    cost.push(startValue(model, model.requests[r], s));
  }
  const own = (r: number) => (columnOf.get(r) as Array<{ startIndex: number; column: number }>).map((c) => c.column);

  const rows: SparseRow[] = [];
  const oneStartRows: SparseRow[] = [];
  for (const r of eligible) {
    const mine = own(r);
    if (mine.length > 1) oneStartRows.push({ lower: -Infinity, upper: 1, columns: mine, values: mine.map(() => 1) });
  }
  rows.push(...oneStartRows);

  for (let t = 0; t < horizon; t++) {
    const money: SparseRow = { lower: -Infinity, upper: free.money[t], columns: [], values: [] };
    const fte: SparseRow = { lower: -Infinity, upper: free.fte[t], columns: [], values: [] };
    columns.forEach((column, c) => {
      if (column === null || column.startIndex > t) return;
      const request = model.requests[column.request];
      const m = moneyInYear(request, column.startIndex, t);
      const f = fteInYear(request, column.startIndex, t);
      if (m > 0) {
        money.columns.push(c);
        money.values.push(m);
      }
      if (f > 0) {
        fte.columns.push(c);
        fte.values.push(f);
      }
    });
    for (const row of [money, fte]) if (row.columns.length > 0) rows.push(row);
  }

  // Started by year t: B only if its dependency A too (B's start needs A's at or before it).
  // For every t this is Σ_{s≤t} x[A,s] − Σ_{s≤t} x[B,s] ≥ 0, the form whose LP is tightest.
  for (const b of eligible) {
    for (const a of model.requests[b].dependencies) {
      if (placedStart[a] !== NOT_STARTED) continue;
      const aColumns = columnOf.get(a) ?? [];
      const bColumns = columnOf.get(b) as Array<{ startIndex: number; column: number }>;
      for (const { startIndex: t } of bColumns) {
        const aBy = aColumns.filter((c) => c.startIndex <= t).map((c) => c.column);
        const bBy = bColumns.filter((c) => c.startIndex <= t).map((c) => c.column);
        rows.push({ lower: 0, upper: Infinity, columns: [...aBy, ...bBy], values: [...aBy.map(() => 1), ...bBy.map(() => -1)] });
      }
    }
  }

  const byAlternative = new Map<string, number[]>();
  for (const r of eligible) {
    const group = model.requests[r].alternativeGroup;
    if (group === null) continue;
    byAlternative.set(group, [...(byAlternative.get(group) ?? []), ...own(r)]);
  }
  for (const group of [...byAlternative.keys()].sort()) {
    const members = byAlternative.get(group) as number[];
    if (members.length > 1) rows.push({ lower: -Infinity, upper: 1, columns: members, values: members.map(() => 1) });
  }

  const coverageColumnOfGroup = new Map<number, number>();
  if (model.coverageBonus > 0) {
    const coveredByPins = new Set(problem.pinnedHere.flatMap((r) => model.requests[r].focalGroups));
    const raisers = new Map<number, number[]>();
    for (const r of eligible) {
      const mine = own(r);
      if (mine.length === 0) continue;
      for (const group of model.requests[r].focalGroups) {
        if (problem.coveredBefore[group] || coveredByPins.has(group)) continue;
        raisers.set(group, [...(raisers.get(group) ?? []), ...mine]);
      }
    }
    for (const group of [...raisers.keys()].sort((a, b) => a - b)) {
      const coverageColumn = columns.length;
      columns.push(null);
      cost.push(model.coverageBonus);
      coverageColumnOfGroup.set(group, coverageColumn);
      const xs = raisers.get(group) as number[];
      rows.push({
        lower: -Infinity,
        upper: 0,
        columns: [coverageColumn, ...xs],
        values: [1, ...xs.map(() => -1)],
      });
    }
  }
  return { columns, cost, rows, columnOf, coverageColumnOfGroup, oneStartRows };
}

/**
 * Each request's previous column (by start index), -1 for its first: the column
 * whose "started by" variable y the next one's x is measured from.
 */
function previousColumns(formulation: Formulation): Int32Array {
  const previous = new Int32Array(formulation.columns.length).fill(-1);
  for (const own of formulation.columnOf.values()) {
    const sorted = [...own].sort((a, b) => a.startIndex - b.startIndex);
    for (let k = 1; k < sorted.length; k++) previous[sorted[k].column] = sorted[k - 1].column;
  }
  return previous;
}

/**
 * The same model over "started by" columns: y[r,s_k] = x[r,s_0] + … + x[r,s_k]
 * (s_0 < s_1 < … the start years r may take), so x[r,s_k] = y[r,s_k] − y[r,s_{k−1}].
 * Every row and the objective are rewritten by that substitution, and
 * y[r,s_{k−1}] ≤ y[r,s_k] replaces "at most one start". The LP relaxation is the
 * same polytope, but branching on y splits "started by year t or not", which
 * divides the search far more evenly than x's "starts exactly in t or not".
 */
export function startedBy(formulation: Formulation): Formulation {
  const previous = previousColumns(formulation);
  const substitute = (columns: number[], values: number[]) => {
    const coefficient = new Map<number, number>();
    columns.forEach((c, k) => {
      coefficient.set(c, (coefficient.get(c) ?? 0) + values[k]);
      if (previous[c] >= 0) coefficient.set(previous[c], (coefficient.get(previous[c]) ?? 0) - values[k]);
    });
    const kept = [...coefficient].filter(([, value]) => value !== 0).sort((a, b) => a[0] - b[0]);
    return { columns: kept.map(([c]) => c), values: kept.map(([, value]) => value) };
  };
  const oneStartRows = new Set<SparseRow>(formulation.oneStartRows);
  const rows: SparseRow[] = formulation.rows
    .filter((row) => !oneStartRows.has(row))
    .map((row) => ({ lower: row.lower, upper: row.upper, ...substitute(row.columns, row.values) }));
  previous.forEach((before, c) => {
    if (before >= 0) rows.push({ lower: -Infinity, upper: 0, columns: [before, c], values: [1, -1] });
  });
  const objective = substitute(
    formulation.cost.map((_, c) => c),
    formulation.cost,
  );
  const cost = formulation.cost.map(() => 0);
  objective.columns.forEach((c, k) => (cost[c] = objective.values[k]));
  return { ...formulation, cost, rows, oneStartRows: [], previous };
}

/**
 * HiGHS keeps rows within a tolerance, so a 0/1 answer can overrun a cap by a
 * fraction of a cent. Re-admit the chosen requests one by one with the exact
 * capacity test (dependencies first, then by value) and drop any that no longer fit.
 */
function repair(problem: TierProblem, chosen: TierSolution['chosen']): TierSolution['chosen'] {
  const { model } = problem;
  const free = copyCapacity(problem.free);
  const placedStart = Int32Array.from(problem.placedStart);
  const pending = [...chosen].sort(
    (a, b) =>
      a.startIndex - b.startIndex ||
      startValue(model, model.requests[b.request], b.startIndex) -
        startValue(model, model.requests[a.request], a.startIndex) ||
      a.request - b.request,
  );
  const kept: TierSolution['chosen'] = [];
  let progress = true;
  while (progress) {
    progress = false;
    for (let i = 0; i < pending.length; i++) {
      const { request: r, startIndex } = pending[i];
      const request = model.requests[r];
      const depsReady = request.dependencies.every(
        (dep) => placedStart[dep] !== NOT_STARTED && placedStart[dep] <= startIndex,
      );
      if (!depsReady) continue;
      pending.splice(i--, 1);
      progress = true;
      if (!fits(request, startIndex, free)) continue;
      consume(request, startIndex, free);
      placedStart[r] = startIndex;
      kept.push({ request: r, startIndex });
    }
  }
  return kept.sort((a, b) => a.request - b.request);
}

/** Relative gap as HiGHS measures it: (bound − objective) / objective; null without a finite bound. */
export function relativeGap(bound: number, objective: number): number | null {
  if (!Number.isFinite(bound)) return null;
  if (bound <= objective) return 0;
  return Math.min(1, (bound - objective) / Math.max(Math.abs(objective), 1e-9));
}

/**
 * Largest model (x columns after dropping start years that cannot hold the
 * request alone) given to HiGHS as a full MILP when LP rounding has not proven
 * the gap. Above it the MILP's root node (LP, cuts, heuristics) alone outlasts
 * any sensible time limit in WebAssembly, so the LP-rounded schedule and the
 * Lagrangian bound are the answer.
 */
export const HIGHS_MAX_COLUMNS = 6000;

/** Column forms of the tier MILP: "starts in" x[r,s] (formulate) or "started by" y[r,s] (startedBy, the default). */
export type ColumnForm = 'startAt' | 'startedBy';

export interface WorkMeter {
  left: number;
}

/**
 * Work units per second of time limit: one unit is one simplex iteration on a
 * model of 1,000 rows plus columns (an iteration costs about in proportion to
 * the model's size). HiGHS is stopped when its LP iterations reach the budget,
 * a count, so the same problem stops at the same point with the same schedule
 * on every machine that gets there before the clock guard. This WebAssembly
 * build did 700–2,000 units a second on the shared 2-vCPU bench machine at load
 * 6–7 (bench/README.md); a whole core does roughly twice that, so an idle
 * machine spends about half the time limit on the budget, and a busy one falls
 * back to a checkpoint (runHighs).
 */
export const WORK_PER_SECOND = 1000;

/** Work units of `timeLimitSeconds` (the deterministic budget that goes with a time limit). */
export function workOfTimeLimit(timeLimitSeconds: number): number {
  return WORK_PER_SECOND * timeLimitSeconds;
}

/** Steps of the work budget at which the MILP's state is kept, for when the clock stops it first. */
const WORK_CHECKPOINTS = 20;

/** Node limit of the LP-rounding sub-MILP (count-bounded, so deterministic). */
export const SUB_MILP_NODES = 50;

/**
 * Bound − objective at or below this counts as proven optimal: HiGHS's default
 * absolute MIP gap (1e-6), plus twice the Lagrangian bound's float safety margin.
 */
const provenSlack = (objective: number) => 1e-6 + 2e-9 * Math.max(1, Math.abs(objective));

/**
 * 1. GREEDY, then a Lagrangian bound with primal schedules (iteration-bounded,
 *    deterministic). If it proves the gap within mipGap (0: bound = objective),
 *    done: OPTIMAL.
 * 2. Drop/shift-and-refill on the borderline requests (improve.ts).
 * 3. LP rounding: HiGHS's LP relaxation rounded and polished, then a
 *    node-limited sub-MILP over the requests it left fractional.
 * 4. Otherwise, if the model is small enough, HiGHS solves the 0/1 MILP
 *    ("started by" columns) with the best schedule as its incumbent and the
 *    work that is left (WORK_PER_SECOND), the clock as a guard; the reported
 *    gap uses the better of the two bounds.
 * Each step runs only while the gap is not yet proven. Status OPTIMAL only
 * when the gap is proven within mipGap (or HiGHS proved optimality);
 * otherwise TIME_LIMIT with the proven gap.
 */
export async function solveOptimalTier(problem: TierProblem, options: OptimalOptions): Promise<TierSolution> {
  const startedAt = performance.now();
  const deadline = startedAt + options.timeLimitSeconds * 1000;
  const work = options.work ?? { left: workOfTimeLimit(options.timeLimitSeconds) };
  const span = (name: string, since: number) => options.onSpan?.(name, performance.now() - since);
  const greedy = solveGreedyTier(problem);
  const eligible = eligibleCandidates(problem);
  if (eligible.length === 0) return { ...greedy, status: 'OPTIMAL', gap: 0 };

  const lagrangianStart = performance.now();
  const relaxation = lagrangianSolve(problem, greedy);
  span('lagrangian', lagrangianStart);
  // The Lagrangian schedules keep their own typed capacity sums; re-admit them
  // with the exact test the rest of the engine uses (never dropped anything in
  // tests, but the envelope guarantee must not depend on float summation order).
  const repaired = repair(problem, relaxation.best);
  const repairedObjective = tierObjective(problem, repaired);
  let best =
    repairedObjective >= greedy.objective
      ? { chosen: repaired, objective: repairedObjective }
      : { chosen: greedy.chosen, objective: greedy.objective };
  let bound = relaxation.bound;
  const proven = () =>
    bound - best.objective <= provenSlack(best.objective) ||
    (options.mipGap > 0 && (relativeGap(bound, best.objective) ?? 1) <= options.mipGap);
  const finish = (status: 'OPTIMAL' | 'TIME_LIMIT'): TierSolution => ({
    chosen: [...best.chosen].sort((a, b) => a.request - b.request),
    objective: best.objective,
    status,
    gap: bound - best.objective <= provenSlack(best.objective) ? 0 : relativeGap(bound, best.objective),
  });
  if (proven() || relaxation.columns.length === 0) return finish('OPTIMAL');

  const timeLeft = () => options.timeLimitSeconds - (performance.now() - startedAt) / 1000;
  const consider = (chosen: TierSolution['chosen']) => {
    const objective = tierObjective(problem, chosen);
    if (objective > best.objective) best = { chosen, objective };
  };

  // Deterministic drop/shift-and-refill search on the borderline requests (improve.ts).
  const improveStart = performance.now();
  // Two orders of the same moves (without, then with, pulling in unplaced
  // dependencies, and the reverse); the best exact-checked schedule wins.
  for (const pulls of [[false, true], [true, false]]) {
    let chosen = best.chosen;
    for (const pullIn of pulls) {
      chosen = repair(problem, improveSchedule(problem, relaxation.eligible, relaxation.reduced, chosen, pullIn));
      consider(chosen);
    }
  }
  span('improve', improveStart);
  if (proven()) return finish('OPTIMAL');

  // LP rounding: the LP relaxation's schedule rounded and polished, then a
  // sub-MILP over the requests the LP left fractional.
  const lpStart = performance.now();
  const lp =
    timeLeft() > 0.01
      ? await runHighs(problem, relaxation.eligible, relaxation.columns, best.chosen, {
          ...options,
          deadline,
          relaxed: true,
        })
      : null;
  span('lp', lpStart);
  // The LP relaxation's optimum bounds the tier objective too; on Tier 2's small
  // capacities it is often below the Lagrangian bound (which keeps dependencies
  // integral but prices the capacity rows). A relative margin covers HiGHS's tolerances.
  if (lp !== null && lp.lpObjective !== null) bound = Math.min(bound, lp.lpObjective + LP_BOUND_MARGIN * Math.max(1, Math.abs(lp.lpObjective)));
  if (lp !== null && lp.colValue !== null) {
    const rounding = roundLpSolution(lp.columns, lp.colValue);
    let chosen = repair(problem, rounding.seed);
    for (const pullIn of [false, true]) {
      chosen = repair(problem, improveSchedule(problem, relaxation.eligible, relaxation.reduced, chosen, pullIn));
    }
    consider(chosen);
    if (!proven() && timeLeft() > 0.01) {
      const sub = await solveFractionalPart(problem, rounding, { ...options, deadline });
      if (sub !== null) {
        // The sub-MILP stops at its node limit; the same local search often finishes its work.
        let polished = sub;
        consider(polished);
        for (const pullIn of [false, true]) {
          polished = repair(problem, improveSchedule(problem, relaxation.eligible, relaxation.reduced, polished, pullIn));
          consider(polished);
        }
      }
    }
  }
  span('lpRound', lpStart);
  if (proven()) return finish('OPTIMAL');

  if (relaxation.columns.length > HIGHS_MAX_COLUMNS || timeLeft() <= 0.01 || work.left <= 0) return finish('TIME_LIMIT');

  const highsStart = performance.now();
  const outcome = await runHighs(problem, relaxation.eligible, relaxation.columns, best.chosen, {
    ...options,
    deadline,
    workBudget: work.left,
  });
  span('highs', highsStart);
  work.left -= outcome.workUsed;
  if (outcome.dualBound !== null && outcome.dualBound < bound) bound = outcome.dualBound;
  const schedule = scheduleOf(outcome);
  if (schedule !== null) consider(repair(problem, schedule));
  return finish(outcome.modelOptimal || proven() ? 'OPTIMAL' : 'TIME_LIMIT');
}

interface HighsSettings extends Omit<OptimalOptions, 'timeLimitSeconds'> {
  /** performance.now() after which HiGHS is interrupted wherever it is. */
  deadline: number;
  /** Solve the LP relaxation (every column continuous) instead of the MILP. */
  relaxed?: boolean;
  /** Stop after this many branch-and-bound nodes (count-bounded, so deterministic). */
  maxNodes?: number;
  /** Stop once the MILP's LP iterations reach this many work units (WORK_PER_SECOND). */
  workBudget?: number;
}

interface HighsOutcome {
  modelOptimal: boolean;
  /** LP relaxation solved to optimality: its objective (an upper bound on the tier objective); null otherwise. */
  lpObjective: number | null;
  /** Work units the run spent (WORK_PER_SECOND). */
  workUsed: number;
  dualBound: number | null;
  /** Column values of HiGHS's best primal solution, null when it has none. */
  colValue: Float64Array | null;
  columns: Formulation['columns'];
}

/** The MILP answer as a schedule: columns set to 1 (null when HiGHS has no usable solution). */
function scheduleOf(outcome: HighsOutcome): TierSolution['chosen'] | null {
  if (outcome.colValue === null) return null;
  const picked: TierSolution['chosen'] = [];
  outcome.colValue.forEach((value, c) => {
    const column = outcome.columns[c];
    if (column !== null && value > 0.5) picked.push(column);
  });
  return picked;
}

const LP_INTEGRAL_TOLERANCE = 1e-6;

/** Relative margin added to the LP relaxation's objective before it is used as a bound. */
const LP_BOUND_MARGIN = 1e-7;

interface LpRounding {
  /** Per request its largest LP column, requests by that value descending (ties: column order). */
  seed: TierSolution['chosen'];
  /** Seed entries at 1 in the LP, for requests with no fractional column. */
  integral: TierSolution['chosen'];
  /** Requests with a column strictly between 0 and 1. */
  fractional: Set<number>;
}

function roundLpSolution(columns: Formulation['columns'], colValue: Float64Array): LpRounding {
  const order: number[] = [];
  const fractional = new Set<number>();
  colValue.forEach((value, c) => {
    const column = columns[c];
    if (column === null || value <= LP_INTEGRAL_TOLERANCE) return;
    order.push(c);
    if (value < 1 - LP_INTEGRAL_TOLERANCE) fractional.add(column.request);
  });
  order.sort((a, b) => colValue[b] - colValue[a] || a - b);
  const seed: TierSolution['chosen'] = [];
  const integral: TierSolution['chosen'] = [];
  const taken = new Set<number>();
  for (const c of order) {
    const column = columns[c] as { request: number; startIndex: number };
    if (taken.has(column.request)) continue;
    taken.add(column.request);
    seed.push(column);
    if (!fractional.has(column.request) && colValue[c] >= 1 - LP_INTEGRAL_TOLERANCE) integral.push(column);
  }
  return { seed, integral, fractional };
}

/**
 * The requests the LP settled at 1 stay placed (exact re-check); a node-limited
 * MILP chooses among the requests it left fractional, in the capacity that is left.
 */
async function solveFractionalPart(
  problem: TierProblem,
  rounding: LpRounding,
  options: HighsSettings,
): Promise<TierSolution['chosen'] | null> {
  const { model } = problem;
  const fixed = repair(problem, rounding.integral);
  const subProblem: TierProblem = {
    ...problem,
    placedStart: Int32Array.from(problem.placedStart),
    pinnedHere: [...problem.pinnedHere, ...fixed.map((c) => c.request)],
    free: copyCapacity(problem.free),
    usedAlternatives: new Set(problem.usedAlternatives),
    candidates: problem.candidates.filter((r) => rounding.fractional.has(r)),
  };
  for (const { request: r, startIndex } of fixed) {
    const request = model.requests[r];
    subProblem.placedStart[r] = startIndex;
    consume(request, startIndex, subProblem.free);
    if (request.alternativeGroup !== null) subProblem.usedAlternatives.add(request.alternativeGroup);
  }
  const subEligible = eligibleCandidates(subProblem);
  const subColumns: Array<{ request: number; startIndex: number }> = [];
  for (const r of subEligible) {
    const request = model.requests[r];
    for (let s = lowerStartBound(request, subProblem.placedStart); s < model.years.length; s++) {
      if (fits(request, s, subProblem.free)) subColumns.push({ request: r, startIndex: s });
    }
  }
  if (subColumns.length === 0) return fixed;
  const outcome = await runHighs(subProblem, subEligible, subColumns, [], { ...options, maxNodes: SUB_MILP_NODES });
  const sub = scheduleOf(outcome);
  return sub === null ? null : repair(problem, [...fixed, ...sub]);
}

/** The eligible requests and every start year that can hold each of them alone: the MILP's x columns. */
export function feasibleStarts(problem: TierProblem): { eligible: number[]; feasible: Array<{ request: number; startIndex: number }> } {
  const eligible = eligibleCandidates(problem);
  const feasible: Array<{ request: number; startIndex: number }> = [];
  for (const r of eligible) {
    const request = problem.model.requests[r];
    for (let s = lowerStartBound(request, problem.placedStart); s < problem.model.years.length; s++) {
      if (fits(request, s, problem.free)) feasible.push({ request: r, startIndex: s });
    }
  }
  return { eligible, feasible };
}

/**
 * HiGHS's MILP alone (no heuristics, no incumbent, no Lagrangian bound) over
 * every start year that can hold each request, solved to optimality in
 * either column form: lets tests check both forms against brute force.
 */
export async function solveTierMilp(problem: TierProblem, columns: ColumnForm): Promise<TierSolution> {
  const { eligible, feasible } = feasibleStarts(problem);
  if (feasible.length === 0) return { chosen: [], objective: tierObjective(problem, []), status: 'OPTIMAL', gap: 0 };
  const outcome = await runHighs(problem, eligible, feasible, [], { mipGap: 0, deadline: Infinity, columns });
  const chosen = repair(problem, scheduleOf(outcome) ?? []);
  return { chosen, objective: tierObjective(problem, chosen), status: outcome.modelOptimal ? 'OPTIMAL' : 'TIME_LIMIT', gap: null };
}

async function runHighs(
  problem: TierProblem,
  eligible: number[],
  feasible: ReadonlyArray<{ request: number; startIndex: number }>,
  incumbent: TierSolution['chosen'],
  settings: HighsSettings,
): Promise<HighsOutcome> {
  const highs = await getHighs();
  const startAt = formulate(problem, eligible, feasible);
  const formulation = settings.columns === 'startAt' ? startAt : startedBy(startAt);
  const { columns, cost, rows } = formulation;
  const starts = [0];
  const indices: number[] = [];
  const values: number[] = [];
  for (const row of rows) {
    for (let k = 0; k < row.columns.length; k++) {
      indices.push(row.columns[k]);
      values.push(row.values[k]);
    }
    starts.push(indices.length);
  }
  const infinity = highs.infinity;
  const clamp = (bound: number) => (bound === Infinity ? infinity : bound === -Infinity ? -infinity : bound);

  const warmStart = new Array<number>(columns.length).fill(0);
  const incumbentStart = new Map(incumbent.map(({ request, startIndex }) => [request, startIndex]));
  for (const [r, own] of formulation.columnOf) {
    const s = incumbentStart.get(r);
    if (s === undefined) continue;
    for (const { startIndex, column } of own) {
      if (formulation.previous ? startIndex >= s : startIndex === s) warmStart[column] = 1;
    }
  }
  for (const [group, column] of formulation.coverageColumnOfGroup) {
    const covered = incumbent.some(({ request }) => problem.model.requests[request].focalGroups.includes(group));
    warmStart[column] = covered ? 1 : 0;
  }

  const relaxed = settings.relaxed === true;
  const offset = tierObjective(problem, []);
  const workPerIteration = (columns.length + rows.length) / 1000;
  // Set from the callbacks, so kept in an object (a plain let would be narrowed to its first value).
  const stop: { by: 'solved' | 'count' | 'clock' } = { by: 'solved' };
  /** LP iterations at the MILP's last checkpoint (HiGHS's info has no such count). */
  let iterations = 0;
  let latestSolution: Float64Array | null = null;
  // What the MILP had when its work first reached each of WORK_CHECKPOINTS even
  // steps of the budget: the same on every machine, unlike where the clock stops it.
  const workStep = settings.workBudget === undefined ? Infinity : settings.workBudget / WORK_CHECKPOINTS;
  let checkpoint: { colValue: Float64Array | null; dualBound: number; work: number } = {
    colValue: null,
    dualBound: Infinity,
    work: 0,
  };
  const clockRanOut = () => performance.now() >= settings.deadline;
  const { simplexInterrupt, mipInterrupt, mipImprovingSolution } = highs.constants.callbackType;
  // The clock is checked inside every LP as well as between nodes, so the time
  // limit holds to within one simplex iteration; the work budget is checked only
  // at the MILP's own checkpoints, whose sequence does not depend on the machine.
  const interrupts: HighsCallbackMap = {
    [mipImprovingSolution]: (event) => {
      const solution = event.data.mip_solution;
      if (solution !== undefined && solution.length === columns.length) latestSolution = Float64Array.from(solution);
      return undefined;
    },
    [simplexInterrupt]: (event) => {
      if (clockRanOut()) {
        stop.by = 'clock';
        event.interrupt();
      }
      return undefined;
    },
    [mipInterrupt]: (event) => {
      iterations = Number(event.data.mip_total_lp_iterations ?? 0);
      const work = iterations * workPerIteration;
      if (clockRanOut()) stop.by = 'clock';
      else if (settings.workBudget !== undefined && work >= settings.workBudget) stop.by = 'count';
      else {
        if (work >= checkpoint.work + workStep) {
          const dualBound = event.data.mip_dual_bound ?? Infinity;
          checkpoint = { colValue: latestSolution, dualBound, work: Math.floor(work / workStep) * workStep };
        }
        return undefined;
      }
      event.interrupt();
      return undefined;
    },
  };
  const outcome = highs.withModel(
    {
      numCols: columns.length,
      numRows: rows.length,
      sense: highs.constants.objectiveSense.maximize,
      offset,
      colCost: cost,
      colLower: columns.map(() => 0),
      colUpper: columns.map(() => 1),
      rowLower: rows.map((row) => clamp(row.lower)),
      rowUpper: rows.map((row) => clamp(row.upper)),
      matrix: { format: 'csr', numRows: rows.length, numCols: columns.length, starts, indices, values },
      integrality: columns.map((column) => (column === null || relaxed ? 0 : 1)),
    },
    (solver) => {
      // The Wasm build is single-threaded, so only the seed needs pinning for determinism.
      solver.options.set({
        output_flag: process.env.HIGHS_LOG === '1',
        random_seed: 0,
        mip_rel_gap: settings.mipGap,
        ...(Number.isFinite(settings.deadline) ? { time_limit: Math.max(0.001, (settings.deadline - performance.now()) / 1000) } : {}),
        ...(settings.maxNodes === undefined ? {} : { mip_max_nodes: settings.maxNodes }),
      });
      if (!relaxed) solver.setSolution({ colValue: warmStart });
      const { modelStatus } = solver.run(interrupts);
      if (modelStatus === highs.constants.modelStatus.timeLimit) stop.by = 'clock';
      if (stop.by === 'clock' && !relaxed) {
        // Fall back to the last checkpoint (a LP or a node-limited MILP has none: nothing usable).
        iterations = checkpoint.work / workPerIteration;
        return { modelStatus, objective: NaN, colValue: checkpoint.colValue, dualBound: checkpoint.dualBound };
      }
      const hasSolution = Number(solver.info.get('primal_solution_status')) === 2;
      return {
        modelStatus,
        objective: relaxed ? Number(solver.info.get('objective_function_value')) : NaN,
        colValue: hasSolution ? Float64Array.from(solver.getSolution().colValue) : null,
        dualBound: Number(solver.info.get('mip_dual_bound')),
      };
    },
  );

  const previous = formulation.previous;
  if (previous && outcome.colValue !== null) {
    const startedByValue = outcome.colValue;
    outcome.colValue = startedByValue.map((value, c) => (previous[c] >= 0 ? value - startedByValue[previous[c]] : value));
  }
  const { optimal } = highs.constants.modelStatus;
  const modelOptimal = outcome.modelStatus === optimal;
  if (!modelOptimal && stop.by === 'solved' && settings.maxNodes !== undefined) stop.by = 'count';
  // An LP is only usable solved; a MILP stopped by a limit still has a usable
  // incumbent (repair re-checks it), the last checkpoint's when the clock stopped it.
  const usable = relaxed ? modelOptimal : modelOptimal || stop.by !== 'solved';
  return {
    modelOptimal,
    workUsed: iterations * workPerIteration,
    dualBound: !relaxed && Number.isFinite(outcome.dualBound) ? outcome.dualBound : null,
    lpObjective: relaxed && modelOptimal && Number.isFinite(outcome.objective) ? outcome.objective : null,
    colValue: usable ? outcome.colValue : null,
    columns,
  };
}
