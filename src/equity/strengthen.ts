import { CAPACITY_EPSILON, lowerStartBound, NOT_STARTED, type TierProblem } from './model';

/**
 * Valid inequalities added to a tier's 0/1 model before HiGHS sees it (issue
 * #14: a tighter LP for the small capacities of Tier 2). Rows are stated over
 * the "starts in" columns x[r,s]; `startedBy` rewrites them like every other row.
 * Each family cuts off fractional points only: every integer-feasible schedule
 * satisfies it (knapsack families), or at least one optimal schedule does and
 * the solver is told which (dominance; see `dominanceRows`).
 */
export interface XRow {
  lower: number;
  upper: number;
  columns: number[];
  values: number[];
}

export type ColumnsOf = ReadonlyMap<number, ReadonlyArray<{ startIndex: number; column: number }>>;

export interface Strengthening {
  /** Per year and resource: "at most k of the heaviest j" and clique rows (knapsackRows). */
  knapsack: boolean;
  /** Request a never worse than b: b only with a (dominanceRows). */
  dominance: boolean;
}

export const NO_STRENGTHENING: Strengthening = { knapsack: false, dominance: false };

/** One way of being active in year t: its columns (disjoint from the request's other item) and its use of the row. */
interface Item {
  request: number;
  columns: number[];
  weight: number;
}

/**
 * The items of year t's money or FTE row. A request started in t uses
 * oneTime + recurring of year t's money, one started earlier only its
 * recurring; both use its FTE. The two ways exclude each other (one start).
 */
function itemsOfRow(problem: TierProblem, eligible: readonly number[], columnOf: ColumnsOf, t: number, resource: 'money' | 'fte'): Item[] {
  const items: Item[] = [];
  for (const r of eligible) {
    const request = problem.model.requests[r];
    const own = columnOf.get(r) ?? [];
    const startsHere = own.filter((c) => c.startIndex === t).map((c) => c.column);
    const startedBefore = own.filter((c) => c.startIndex < t).map((c) => c.column);
    if (resource === 'fte') {
      const all = [...startedBefore, ...startsHere];
      if (request.fte > 0 && all.length > 0) items.push({ request: r, columns: all, weight: request.fte });
      continue;
    }
    if (startsHere.length > 0 && request.oneTime + request.recurring > 0) {
      items.push({ request: r, columns: startsHere, weight: request.oneTime + request.recurring });
    }
    if (startedBefore.length > 0 && request.recurring > 0) {
      items.push({ request: r, columns: startedBefore, weight: request.recurring });
    }
  }
  // Heaviest first; ties by request, then the start-in-t item first (deterministic).
  return items.sort((a, b) => b.weight - a.weight || a.request - b.request || a.columns[0] - b.columns[0]);
}

function rowOver(items: readonly Item[], upper: number): XRow {
  const columns = items.flatMap((item) => item.columns);
  return { lower: -Infinity, upper, columns, values: columns.map(() => 1) };
}

/**
 * For each year t and resource (money, FTE) with capacity cap, items sorted
 * heaviest first (w_1 ≥ w_2 ≥ …):
 * - **At most k of the heaviest j**: in the top j items, any k+1 from distinct
 *   requests weigh at least the k+1 smallest per-request weights; if those
 *   exceed cap, at most k of them can be active: Σ_{i≤j} item_i ≤ k (a request's
 *   two items exclude each other, so their sum is 0 or 1). For each k only the
 *   largest j is kept (it implies the smaller ones).
 * - **Cliques**: for each j, the items i ≤ j with w_i + w_j > cap pairwise
 *   cannot be active together (any two of them weigh at least w_i + w_j), so
 *   their sum is ≤ 1. Only cliques that are not a prefix of the order are added
 *   (the prefix ones are the k = 1 rows above).
 * Every schedule that fits the row (with the engine's CAPACITY_EPSILON slack)
 * satisfies both.
 */
export function knapsackRows(problem: TierProblem, eligible: readonly number[], columnOf: ColumnsOf): XRow[] {
  const rows: XRow[] = [];
  const horizon = problem.model.years.length;
  for (let t = 0; t < horizon; t++) {
    for (const resource of ['money', 'fte'] as const) {
      const cap = problem.free[resource][t] + CAPACITY_EPSILON;
      const items = itemsOfRow(problem, eligible, columnOf, t, resource);
      if (items.length < 2) continue;

      // Per-request smallest weight among the top j, heaviest first: each new item is the lightest yet.
      const minWeights: Array<{ request: number; weight: number }> = [];
      const largestPrefixOfK = new Map<number, number>();
      for (let j = 0; j < items.length; j++) {
        const item = items[j];
        const existing = minWeights.findIndex((m) => m.request === item.request);
        if (existing >= 0) minWeights.splice(existing, 1);
        minWeights.push({ request: item.request, weight: item.weight });
        let k = 0;
        let sum = 0;
        for (let i = minWeights.length - 1; i >= 0; i--) {
          sum += minWeights[i].weight;
          if (sum > cap) break;
          k++;
        }
        if (k < minWeights.length) largestPrefixOfK.set(k, j);
      }
      for (const [k, j] of [...largestPrefixOfK].sort((a, b) => a[0] - b[0])) rows.push(rowOver(items.slice(0, j + 1), k));

      for (let j = 1; j < items.length; j++) {
        let head = 0;
        while (head < j && items[head].weight + items[j].weight > cap) head++;
        if (head === 0 || head === j) continue;
        const clique = [...items.slice(0, head), items[j]];
        if (new Set(clique.map((item) => item.request)).size < 2) continue;
        rows.push(rowOver(clique, 1));
      }
    }
  }
  return rows;
}

/**
 * Request a dominates b when a is worth at least as much in every start year
 * (E_a ≥ E_b), costs no more in any row (one-time, recurring, FTE), may start
 * whenever b may (a column for each of b's), depends only on requests b also
 * depends on, opens every focal group b opens, and is in no alternative group
 * other than b's; b must have no eligible dependents. Then in a schedule with b
 * and without a, swapping b for a (same start) stays feasible and loses
 * nothing, so some optimal schedule has "b only with a": Σ_s x[b,s] ≤ Σ_s x[a,s]
 * (b never, when they share an alternative group). Identical requests can also
 * swap starts, so the one with the lower index (a) starts no later:
 * Σ_{s≤t} x[b,s] ≤ Σ_{s≤t} x[a,s] for every start year t of b.
 * The relation is acyclic (mutual dominance means identical, and ties go by
 * index), so repeated swaps end in an optimal schedule that meets every row.
 */
export function dominanceRows(problem: TierProblem, eligible: readonly number[], columnOf: ColumnsOf): XRow[] {
  const { model, placedStart } = problem;
  const rows: XRow[] = [];
  const eligibleSet = new Set(eligible);
  const hasDependents = new Set<number>();
  for (const r of eligible) for (const dep of model.requests[r].dependencies) if (eligibleSet.has(dep)) hasDependents.add(dep);
  const openGroups = (r: number) => {
    const covered = new Set(problem.pinnedHere.flatMap((p) => model.requests[p].focalGroups));
    return model.requests[r].focalGroups.filter((g) => !problem.coveredBefore[g] && !covered.has(g));
  };
  const unplacedDeps = (r: number) => model.requests[r].dependencies.filter((d) => placedStart[d] === NOT_STARTED);
  const info = eligible.map((r) => ({
    r,
    request: model.requests[r],
    groups: new Set(openGroups(r)),
    deps: new Set(unplacedDeps(r)),
    starts: new Set((columnOf.get(r) ?? []).map((c) => c.startIndex)),
    lower: lowerStartBound(model.requests[r], placedStart),
  }));
  const allColumns = (r: number, upTo = Infinity) =>
    (columnOf.get(r) ?? []).filter((c) => c.startIndex <= upTo).map((c) => c.column);
  for (const b of info) {
    if (hasDependents.has(b.r) || b.starts.size === 0) continue;
    for (const a of info) {
      if (a.r === b.r || a.starts.size === 0) continue;
      const ra = a.request;
      const rb = b.request;
      if (ra.equity < rb.equity || ra.oneTime > rb.oneTime || ra.recurring > rb.recurring || ra.fte > rb.fte) continue;
      if (ra.alternativeGroup !== null && ra.alternativeGroup !== rb.alternativeGroup) continue;
      if (![...b.starts].every((s) => a.starts.has(s))) continue;
      if (![...a.deps].every((d) => b.deps.has(d))) continue;
      if (![...b.groups].every((g) => a.groups.has(g))) continue;
      const identical =
        ra.equity === rb.equity &&
        ra.oneTime === rb.oneTime &&
        ra.recurring === rb.recurring &&
        ra.fte === rb.fte &&
        a.groups.size === b.groups.size &&
        a.deps.size === b.deps.size &&
        a.starts.size === b.starts.size &&
        a.lower === b.lower &&
        ra.alternativeGroup === rb.alternativeGroup;
      // Mutual dominance only between identical requests: the lower index wins.
      if (identical && a.r > b.r) continue;
      if (ra.alternativeGroup !== null && ra.alternativeGroup === rb.alternativeGroup) {
        const bs = allColumns(b.r);
        rows.push({ lower: -Infinity, upper: 0, columns: bs, values: bs.map(() => 1) });
        continue;
      }
      const times = identical ? [...b.starts].sort((x, y) => x - y) : [Infinity];
      for (const t of times) {
        const bs = allColumns(b.r, t);
        const as = allColumns(a.r, t);
        rows.push({ lower: -Infinity, upper: 0, columns: [...bs, ...as], values: [...bs.map(() => 1), ...as.map(() => -1)] });
      }
    }
  }
  return rows;
}
