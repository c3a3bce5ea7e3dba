import loadHighs, { type Highs } from 'highs';
import { solveGreedyTier } from './greedy';
import {
  consume,
  copyCapacity,
  eligibleCandidates,
  fits,
  fteInYear,
  moneyInYear,
  NOT_STARTED,
  startValue,
  tierObjective,
  type TierProblem,
  type TierSolution,
} from './model';

export interface OptimalOptions {
  timeLimitSeconds: number;
  mipGap: number;
}

let highsRuntime: Promise<Highs> | undefined;

/** One Wasm runtime per thread: loading it costs tens of milliseconds. */
function getHighs(): Promise<Highs> {
  highsRuntime ??= loadHighs();
  return highsRuntime;
}

interface SparseRow {
  upper: number;
  lower: number;
  columns: number[];
  values: number[];
}

interface Formulation {
  /** Per column: the request and start index it stands for; null for coverage columns. */
  columns: Array<{ request: number; startIndex: number } | null>;
  cost: number[];
  rows: SparseRow[];
  /** Column of x[request, startIndex]. */
  columnOf: Map<number, number[]>;
  coverageColumnOfGroup: Map<number, number>;
  firstStart: Map<number, number>;
}

function formulate(problem: TierProblem, eligible: number[]): Formulation {
  const { model, placedStart, free } = problem;
  const horizon = model.years.length;
  const columns: Formulation['columns'] = [];
  const cost: number[] = [];
  const columnOf = new Map<number, number[]>();
  const firstStart = new Map<number, number>();

  for (const r of eligible) {
    const request = model.requests[r];
    let first = request.earliestIndex;
    for (const dep of request.dependencies) {
      if (placedStart[dep] !== NOT_STARTED) first = Math.max(first, placedStart[dep]);
    }
    firstStart.set(r, first);
    const own: number[] = [];
    for (let s = first; s < horizon; s++) {
      own.push(columns.length);
      columns.push({ request: r, startIndex: s });
      cost.push(startValue(model, request, s));
    }
    columnOf.set(r, own);
  }

  const rows: SparseRow[] = [];
  const xColumns = (r: number, upToStart = horizon - 1) => {
    const first = firstStart.get(r) as number;
    return (columnOf.get(r) as number[]).slice(0, Math.max(0, upToStart - first + 1));
  };

  for (const r of eligible) {
    const own = columnOf.get(r) as number[];
    if (own.length > 1) rows.push({ lower: -Infinity, upper: 1, columns: own, values: own.map(() => 1) });
  }

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

  // B may start in year s only if its dependency A started in some year <= s.
  for (const b of eligible) {
    for (const a of model.requests[b].dependencies) {
      if (placedStart[a] !== NOT_STARTED) continue;
      const firstB = firstStart.get(b) as number;
      (columnOf.get(b) as number[]).forEach((bColumn, offset) => {
        const aColumns = xColumns(a, firstB + offset);
        rows.push({
          lower: 0,
          upper: Infinity,
          columns: [...aColumns, bColumn],
          values: [...aColumns.map(() => 1), -1],
        });
      });
    }
  }

  const byAlternative = new Map<string, number[]>();
  for (const r of eligible) {
    const group = model.requests[r].alternativeGroup;
    if (group === null) continue;
    byAlternative.set(group, [...(byAlternative.get(group) ?? []), ...(columnOf.get(r) as number[])]);
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
      for (const group of model.requests[r].focalGroups) {
        if (problem.coveredBefore[group] || coveredByPins.has(group)) continue;
        raisers.set(group, [...(raisers.get(group) ?? []), ...(columnOf.get(r) as number[])]);
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
  return { columns, cost, rows, columnOf, coverageColumnOfGroup, firstStart };
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

/** null when HiGHS stopped before it had any finite bound to prove a gap with. */
function relativeGap(bound: number, objective: number): number | null {
  if (!Number.isFinite(bound)) return null;
  if (bound <= objective) return 0;
  return Math.min(1, (bound - objective) / Math.max(Math.abs(objective), 1e-9));
}

/**
 * 0/1 MILP over x[request, start year] and coverage variables, solved by HiGHS
 * and warm-started with GREEDY so a time-limited run can never end below it.
 */
export async function solveOptimalTier(problem: TierProblem, options: OptimalOptions): Promise<TierSolution> {
  const greedy = solveGreedyTier(problem);
  const eligible = eligibleCandidates(problem);
  if (eligible.length === 0) return { ...greedy, status: 'OPTIMAL', gap: 0 };

  const highs = await getHighs();
  const formulation = formulate(problem, eligible);
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
  const greedyStart = new Map(greedy.chosen.map(({ request, startIndex }) => [request, startIndex]));
  for (const [r, own] of formulation.columnOf) {
    const s = greedyStart.get(r);
    if (s !== undefined) warmStart[own[s - (formulation.firstStart.get(r) as number)]] = 1;
  }
  for (const [group, column] of formulation.coverageColumnOfGroup) {
    const covered = greedy.chosen.some(({ request }) => problem.model.requests[request].focalGroups.includes(group));
    warmStart[column] = covered ? 1 : 0;
  }

  const offset = tierObjective(problem, []);
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
      integrality: columns.map((column) => (column === null ? 0 : 1)),
    },
    (solver) => {
      // The Wasm build is single-threaded, so only the seed needs pinning for determinism.
      solver.options.set({
        output_flag: process.env.HIGHS_LOG === "1",
        random_seed: 0,
        mip_rel_gap: options.mipGap,
        time_limit: options.timeLimitSeconds,
      });
      solver.setSolution({ colValue: warmStart });
      const { modelStatus } = solver.run();
      const hasSolution = Number(solver.info.get('primal_solution_status')) === 2;
      return {
        modelStatus,
        colValue: hasSolution ? Array.from(solver.getSolution().colValue) : null,
        dualBound: Number(solver.info.get('mip_dual_bound')),
      };
    },
  );

  const status =
    outcome.modelStatus === highs.constants.modelStatus.optimal
      ? 'OPTIMAL'
      : outcome.modelStatus === highs.constants.modelStatus.timeLimit
        ? 'TIME_LIMIT'
        : null;
  if (status === null || outcome.colValue === null) return greedy;

  const picked: TierSolution['chosen'] = [];
  outcome.colValue.forEach((value, c) => {
    const column = columns[c];
    if (column !== null && value > 0.5) picked.push(column);
  });
  const chosen = repair(problem, picked);
  const objective = tierObjective(problem, chosen);
  const best = objective >= greedy.objective ? { chosen, objective } : greedy;
  return {
    chosen: best.chosen,
    objective: best.objective,
    status,
    gap: relativeGap(outcome.dualBound, best.objective),
  };
}
