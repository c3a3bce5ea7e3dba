import {
  CAPACITY_EPSILON as MODEL_CAPACITY_EPSILON,
  eligibleCandidates,
  fits,
  NOT_STARTED as MODEL_NOT_STARTED,
  tierObjective,
  type TierProblem,
  type TierSolution,
} from './model';

/**
 * Lagrangian relaxation of one tier's 0/1 model (README "How OPTIMAL solves a
 * tier"). The per-year money and FTE rows are moved into the objective with
 * multipliers λ_t, μ_t ≥ 0. Each request's first unplaced dependency is kept
 * exactly (a forest, solved by a dynamic programme over start years); other
 * dependencies are priced with ν ≥ 0 on Σx_B ≤ Σx_A; "one per alternative
 * group" is kept outside the forest and dropped inside it. Dropping or pricing
 * constraints can only raise the maximum, so for any multipliers ≥ 0 the
 * relaxed value is an upper bound on the tier objective; subgradient steps
 * lower it. Primal schedules are built from the prices along the way.
 *
 * Everything here is iteration-bounded (never wall-clock bounded), so the same
 * input gives the same bound and schedule on every machine.
 */

// Local copies: hot loops should not go through module bindings (tsx compiles them to getters).
const CAPACITY_EPSILON: number = MODEL_CAPACITY_EPSILON;
const NOT_STARTED: number = MODEL_NOT_STARTED;

/** Subgradient iterations (each O(n·Y)); a primal schedule is built every PRIMAL_EVERY of them. */
export const LAGRANGIAN_ITERATIONS = 600;
const PRIMAL_EVERY = 30;
/** Relative safety margin added to the bound for float round-off in its sums. */
const BOUND_SAFETY = 1e-9;

export interface LagrangianOutcome {
  /** Valid upper bound on the tier objective (pins and coverage bonus included). */
  bound: number;
  /** Best schedule found (at least GREEDY's, which is passed in). */
  best: TierSolution['chosen'];
  objective: number;
  /** Columns x[r,s] that can appear in a feasible schedule at all (each fits alone). */
  columns: Array<{ request: number; startIndex: number }>;
  eligible: number[];
  iterations: number;
  /**
   * Per eligible request (same order as `eligible`): its best reduced value
   * E·d^s − priced cost over its allowed starts, at the multipliers of the best
   * bound (-Infinity when no start is allowed). Near 0 = borderline.
   */
  reduced: Float64Array;
}

/** Compact, typed view of the eligible requests and their feasible start years. */
interface Data {
  n: number;
  horizon: number;
  eligible: number[];
  equity: Float64Array;
  oneTime: Float64Array;
  recurring: Float64Array;
  fte: Float64Array;
  /** allowed[k·Y + s] = 1 if eligible k may start in s and fits alone. */
  allowed: Uint8Array;
  /** First start index allowed by earliestYear and already placed dependencies. */
  first: Int32Array;
  /** Alternative group id per eligible request, -1 for none. */
  alternative: Int32Array;
  alternativeCount: number;
  /** discount^s per start index. */
  discountPow: Float64Array;
  /** Local index per request index (-1 when not eligible). */
  localOf: Int32Array;
  /** Dependency pairs among eligible requests: pairB[p] needs pairA[p] (not placed yet). */
  pairA: Int32Array;
  pairB: Int32Array;
  /** Per eligible request: reduced-value shift from the dependency multipliers. */
  depShift: Float64Array;
  /**
   * Dependency forest kept exactly in the relaxation: parent[k] is k's first
   * unplaced dependency (its others go to pairA/pairB and are priced by ν).
   */
  parent: Int32Array;
  inTree: Uint8Array;
  /** Tree nodes, children before parents. */
  treeOrder: Int32Array;
}

function buildData(problem: TierProblem, eligible: number[]): Data {
  const { model, placedStart, free } = problem;
  const horizon = model.years.length;
  const n = eligible.length;
  const data: Data = {
    n,
    horizon,
    eligible,
    equity: new Float64Array(n),
    oneTime: new Float64Array(n),
    recurring: new Float64Array(n),
    fte: new Float64Array(n),
    allowed: new Uint8Array(n * horizon),
    first: new Int32Array(n),
    alternative: new Int32Array(n).fill(-1),
    alternativeCount: 0,
    discountPow: new Float64Array(horizon),
    localOf: new Int32Array(model.requests.length).fill(-1),
    pairA: new Int32Array(0),
    pairB: new Int32Array(0),
    depShift: new Float64Array(n),
    parent: new Int32Array(n).fill(-1),
    inTree: new Uint8Array(n),
    treeOrder: new Int32Array(0),
  };
  for (let k = 0; k < n; k++) data.localOf[eligible[k]] = k;
  for (let s = 0; s < horizon; s++) data.discountPow[s] = model.discount ** s;
  const alternativeIds = new Map<string, number>();
  for (let k = 0; k < n; k++) {
    const request = model.requests[eligible[k]];
    data.equity[k] = request.equity;
    data.oneTime[k] = request.oneTime;
    data.recurring[k] = request.recurring;
    data.fte[k] = request.fte;
    let first = request.earliestIndex;
    for (const dep of request.dependencies) if (placedStart[dep] !== NOT_STARTED && placedStart[dep] > first) first = placedStart[dep];
    data.first[k] = first;
    for (let s = first; s < horizon; s++) if (fits(request, s, free)) data.allowed[k * horizon + s] = 1;
    if (request.alternativeGroup !== null) {
      let id = alternativeIds.get(request.alternativeGroup);
      if (id === undefined) alternativeIds.set(request.alternativeGroup, (id = alternativeIds.size));
      data.alternative[k] = id;
    }
  }
  data.alternativeCount = alternativeIds.size;
  // Dependencies on requests not placed yet: B can start in s only if A has an
  // allowed start <= s, so B's earlier starts (and all of B, if A has none) go.
  // eligibleCandidates ordered nothing topologically, so repeat until stable.
  const pairA: number[] = [];
  const pairB: number[] = [];
  for (let k = 0; k < n; k++) {
    for (const dep of model.requests[eligible[k]].dependencies) {
      if (placedStart[dep] !== NOT_STARTED) continue;
      const a = data.localOf[dep];
      if (data.parent[k] < 0 && a >= 0) {
        data.parent[k] = a;
        data.inTree[k] = 1;
        data.inTree[a] = 1;
      } else {
        pairA.push(a);
        pairB.push(k);
      }
    }
  }
  const depth = new Int32Array(n).fill(-1);
  const tree: number[] = [];
  for (let k = 0; k < n; k++) {
    if (data.inTree[k] === 0) continue;
    tree.push(k);
    let d = 0;
    for (let q = data.parent[k]; q >= 0; q = data.parent[q]) d++;
    depth[k] = d;
  }
  tree.sort((a, b) => depth[b] - depth[a] || a - b);
  data.treeOrder = Int32Array.from(tree);
  data.pairA = Int32Array.from(pairA);
  data.pairB = Int32Array.from(pairB);
  // Prune over every dependency edge (forest and priced ones alike).
  const edgeA: number[] = [...pairA];
  const edgeB: number[] = [...pairB];
  for (let k = 0; k < n; k++) {
    if (data.parent[k] >= 0) {
      edgeA.push(data.parent[k]);
      edgeB.push(k);
    }
  }
  for (let changed = true; changed; ) {
    changed = false;
    for (let p = 0; p < edgeA.length; p++) {
      const a = edgeA[p];
      const b = edgeB[p];
      let firstA = horizon;
      for (let s = 0; s < horizon; s++) {
        if (a >= 0 && data.allowed[a * horizon + s] === 1) {
          firstA = s;
          break;
        }
      }
      for (let s = 0; s < Math.min(firstA, horizon); s++) {
        if (data.allowed[b * horizon + s] === 1) {
          data.allowed[b * horizon + s] = 0;
          changed = true;
        }
      }
    }
  }
  return data;
}

/** Groups a pin or an earlier tier has not covered yet that some feasible column could cover. */
function openCoverableGroups(problem: TierProblem, data: Data): number {
  const { model } = problem;
  const covered = new Uint8Array(model.focalGroupNames.length);
  for (let g = 0; g < covered.length; g++) if (problem.coveredBefore[g]) covered[g] = 1;
  for (const r of problem.pinnedHere) for (const g of model.requests[r].focalGroups) covered[g] = 1;
  let open = 0;
  for (let k = 0; k < data.n; k++) {
    let any = false;
    for (let s = data.first[k]; s < data.horizon && !any; s++) any = data.allowed[k * data.horizon + s] === 1;
    if (!any) continue;
    for (const g of model.requests[data.eligible[k]].focalGroups) {
      if (covered[g] === 0) {
        covered[g] = 2;
        open++;
      }
    }
  }
  return open;
}

/**
 * Reduced value of eligible k starting in s under per-dollar / per-FTE prices
 * (w = λ/cap, suffix sums R, P): E·d^s − oneTime·w_s − recurring·R_s − fte·P_s.
 */
function reducedValue(data: Data, k: number, s: number, w: Float64Array, R: Float64Array, P: Float64Array): number {
  return (
    (data.inTree[k] === 1 ? treeChildSum[k * data.horizon + s] : 0) +
    data.equity[k] * data.discountPow[s] -
    data.oneTime[k] * w[s] -
    data.recurring[k] * R[s] -
    data.fte[k] * P[s] +
    data.depShift[k]
  );
}

/**
 * Primal heuristic: requests in descending best reduced value (ties: rank),
 * each at its fitting start with the best reduced value; repeated passes pick
 * up requests whose dependency was placed later in the order.
 */
function primalSchedule(
  problem: TierProblem,
  data: Data,
  key: Float64Array,
  w: Float64Array,
  R: Float64Array,
  P: Float64Array,
): TierSolution['chosen'] {
  const { model } = problem;
  const { n, horizon } = data;
  const order = new Int32Array(n);
  for (let k = 0; k < n; k++) order[k] = k;
  order.sort((a, b) => key[b] - key[a] || a - b);
  const freeMoney = Float64Array.from(problem.free.money);
  const freeFte = Float64Array.from(problem.free.fte);
  const placed = Int32Array.from(problem.placedStart);
  const altUsed = new Uint8Array(data.alternativeCount);
  const chosen: TierSolution['chosen'] = [];
  const done = new Uint8Array(n);
  /** Places eligible k at its fitting start with the best reduced value; -1 if it cannot go in now. */
  const place = (k: number): number => {
    const alt = data.alternative[k];
    if (alt >= 0 && altUsed[alt] === 1) {
      done[k] = 1;
      return -1;
    }
    const r = data.eligible[k];
    let lower = data.first[k];
    for (const dep of model.requests[r].dependencies) {
      if (placed[dep] === NOT_STARTED) return -1;
      if (placed[dep] > lower) lower = placed[dep];
    }
    let bestS = -1;
    let bestValue = -Infinity;
    for (let s = lower; s < horizon; s++) {
      if (data.allowed[k * horizon + s] === 0) continue;
      const value = reducedValue(data, k, s, w, R, P);
      if (value <= bestValue) continue;
      if (!fitsTyped(data, k, s, freeMoney, freeFte)) continue;
      bestS = s;
      bestValue = value;
    }
    if (bestS < 0) return -1;
    for (let t = bestS; t < horizon; t++) {
      freeMoney[t] -= t === bestS ? data.oneTime[k] + data.recurring[k] : data.recurring[k];
      freeFte[t] -= data.fte[k];
    }
    placed[r] = bestS;
    done[k] = 1;
    if (alt >= 0) altUsed[alt] = 1;
    chosen.push({ request: r, startIndex: bestS });
    return bestS;
  };
  for (let pass = 0; pass < 4; pass++) {
    let added = false;
    for (let i = 0; i < n; i++) {
      const k = order[i];
      if (done[k] === 1) continue;
      const alt = data.alternative[k];
      if (alt >= 0 && altUsed[alt] === 1) {
        done[k] = 1;
        continue;
      }
      const r = data.eligible[k];
      const request = model.requests[r];
      // Pull in dependencies not placed yet (one level): a dependent worth placing
      // makes its prerequisite worth placing too.
      for (const dep of request.dependencies) {
        const d = data.localOf[dep];
        if (key[k] <= 0 || placed[dep] !== NOT_STARTED || d < 0 || done[d] === 1) continue;
        if (place(d) >= 0) added = true;
      }
      if (place(k) >= 0) added = true;
    }
    if (!added) break;
  }
  improveStarts(problem, data, chosen, placed, freeMoney, freeFte);
  return chosen;
}

function fitsTyped(data: Data, k: number, s: number, freeMoney: Float64Array, freeFte: Float64Array): boolean {
  const fte = data.fte[k];
  if (data.oneTime[k] + data.recurring[k] > freeMoney[s] + CAPACITY_EPSILON) return false;
  for (let t = s; t < data.horizon; t++) {
    if (t > s && data.recurring[k] > freeMoney[t] + CAPACITY_EPSILON) return false;
    if (fte > freeFte[t] + CAPACITY_EPSILON) return false;
  }
  return true;
}

/** Unchosen requests tried by localSearch (best discounted value first). */
const SWAP_CANDIDATES = 400;

/**
 * Deterministic improvement of a feasible schedule: for the most valuable
 * requests left out, add them where they fit, or swap out the least valuable
 * chosen request whose removal makes room (no chosen request depends on it and
 * no focal group loses its only coverage); then fill what room is left.
 */
function localSearch(
  problem: TierProblem,
  data: Data,
  chosen: TierSolution['chosen'],
  key: Float64Array | null = null,
): TierSolution['chosen'] {
  const { model } = problem;
  const { n, horizon } = data;
  const freeMoney = Float64Array.from(problem.free.money);
  const freeFte = Float64Array.from(problem.free.fte);
  const placed = Int32Array.from(problem.placedStart);
  const startOf = new Int32Array(n).fill(-1);
  const altOwner = new Int32Array(data.alternativeCount).fill(-1);
  const dependents = new Int32Array(n);
  const cover = new Int32Array(model.focalGroupNames.length);
  for (let g = 0; g < cover.length; g++) if (problem.coveredBefore[g]) cover[g] = 1 << 20;
  for (const r of problem.pinnedHere) for (const g of model.requests[r].focalGroups) cover[g] += 1 << 20;
  const use = (k: number, s: number, sign: number) => {
    for (let t = s; t < horizon; t++) {
      freeMoney[t] -= sign * (t === s ? data.oneTime[k] + data.recurring[k] : data.recurring[k]);
      freeFte[t] -= sign * data.fte[k];
    }
    const r = data.eligible[k];
    placed[r] = sign > 0 ? s : NOT_STARTED;
    startOf[k] = sign > 0 ? s : -1;
    if (data.alternative[k] >= 0) altOwner[data.alternative[k]] = sign > 0 ? k : -1;
    for (const g of model.requests[r].focalGroups) cover[g] += sign;
    for (const dep of model.requests[r].dependencies) {
      const d = data.localOf[dep];
      if (d >= 0 && problem.placedStart[dep] === NOT_STARTED) dependents[d] += sign;
    }
  };
  for (const { request, startIndex } of chosen) use(data.localOf[request], startIndex, 1);
  const value = (k: number, s: number) => data.equity[k] * data.discountPow[s];
  const lowerOf = (k: number): number => {
    let lower = data.first[k];
    for (const dep of model.requests[data.eligible[k]].dependencies) {
      if (placed[dep] === NOT_STARTED) return horizon;
      if (placed[dep] > lower) lower = placed[dep];
    }
    return lower;
  };
  const order: number[] = [];
  for (let k = 0; k < n; k++) if (startOf[k] < 0 && data.equity[k] > 0) order.push(k);
  // Most promising first: by the primal's price-based key when given, else by value.
  if (key) order.sort((a, b) => key[b] - key[a] || a - b);
  else order.sort((a, b) => value(b, data.first[b]) - value(a, data.first[a]) || a - b);

  const deficitMoney = new Float64Array(horizon);
  const deficitFte = new Float64Array(horizon);
  /** Requests chosen at some point (removed ones keep startOf = -1 and are skipped). */
  const members: number[] = [];
  for (let k = 0; k < n; k++) if (startOf[k] >= 0) members.push(k);
  const tryInsert = (u: number, allowSwap: boolean): boolean => {
    if (startOf[u] >= 0) return false;
    const alt = data.alternative[u];
    if (alt >= 0 && altOwner[alt] >= 0) return false;
    const lower = lowerOf(u);
    for (let s = lower; s < horizon; s++) {
      if (data.allowed[u * horizon + s] === 0) continue;
      if (fitsTyped(data, u, s, freeMoney, freeFte)) {
        use(u, s, 1);
        members.push(u);
        return true;
      }
      if (!allowSwap) continue;
      const gain = value(u, s);
      // What u would overrun by in each year; a victim must free at least that.
      for (let t = 0; t < horizon; t++) {
        const needMoney = t < s ? 0 : t === s ? data.oneTime[u] + data.recurring[u] : data.recurring[u];
        deficitMoney[t] = t < s ? 0 : needMoney - freeMoney[t] - CAPACITY_EPSILON;
        deficitFte[t] = t < s ? 0 : data.fte[u] - freeFte[t] - CAPACITY_EPSILON;
      }
      let victim = -1;
      let victimValue = Infinity;
      for (let i = 0; i < members.length; i++) {
        const c = members[i];
        const sc = startOf[c];
        if (sc < 0 || dependents[c] > 0) continue;
        const vc = value(c, sc);
        if (vc >= victimValue || vc >= gain - 1e-12) continue;
        let frees = true;
        for (let t = 0; t < horizon && frees; t++) {
          const releasedMoney = t < sc ? 0 : t === sc ? data.oneTime[c] + data.recurring[c] : data.recurring[c];
          const releasedFte = t < sc ? 0 : data.fte[c];
          if (deficitMoney[t] > 0 && releasedMoney < deficitMoney[t]) frees = false;
          if (deficitFte[t] > 0 && releasedFte < deficitFte[t]) frees = false;
        }
        if (!frees) continue;
        let onlyCover = false;
        for (const g of model.requests[data.eligible[c]].focalGroups) {
          if (cover[g] === 1 && !model.requests[data.eligible[u]].focalGroups.includes(g)) onlyCover = true;
        }
        if (onlyCover) continue;
        if (model.requests[data.eligible[u]].dependencies.includes(data.eligible[c])) continue;
        victim = c;
        victimValue = vc;
      }
      if (victim >= 0) {
        // Exact check (the prefilter allowed CAPACITY_EPSILON of slack twice).
        const sv = startOf[victim];
        use(victim, sv, -1);
        if (fitsTyped(data, u, s, freeMoney, freeFte)) {
          use(u, s, 1);
          members.push(u);
          return true;
        }
        use(victim, sv, 1);
      }
    }
    return false;
  };
  const limit = Math.min(order.length, SWAP_CANDIDATES);
  for (let i = 0; i < limit; i++) tryInsert(order[i], true);
  for (const k of order) tryInsert(k, false);

  const result: TierSolution['chosen'] = [];
  for (let k = 0; k < n; k++) if (startOf[k] >= 0) result.push({ request: data.eligible[k], startIndex: startOf[k] });
  return result;
}

/** Moves chosen requests to an earlier start (higher discounted value) where capacity allows. */
function improveStarts(
  problem: TierProblem,
  data: Data,
  chosen: TierSolution['chosen'],
  placed: Int32Array,
  freeMoney: Float64Array,
  freeFte: Float64Array,
): void {
  const { model } = problem;
  const { horizon } = data;
  const localOf = new Map<number, number>();
  for (let k = 0; k < data.n; k++) localOf.set(data.eligible[k], k);
  for (const entry of chosen) {
    const r = entry.request;
    const k = localOf.get(r) as number;
    const s = entry.startIndex;
    let lower = data.first[k];
    for (const dep of model.requests[r].dependencies) if (placed[dep] > lower) lower = placed[dep];
    if (lower >= s) continue;
    // Take it out, try the earliest allowed start that fits, put it back otherwise.
    const apply = (start: number, sign: number) => {
      for (let t = start; t < horizon; t++) {
        freeMoney[t] += sign * (t === start ? data.oneTime[k] + data.recurring[k] : data.recurring[k]);
        freeFte[t] += sign * data.fte[k];
      }
    };
    apply(s, 1);
    let moved = s;
    for (let earlier = lower; earlier < s; earlier++) {
      if (data.allowed[k * horizon + earlier] === 1 && fitsTyped(data, k, earlier, freeMoney, freeFte)) {
        moved = earlier;
        break;
      }
    }
    apply(moved, -1);
    entry.startIndex = moved;
    placed[r] = moved;
  }
}

/**
 * The relaxed problem for fixed prices: each request's best start by reduced
 * value (or none), alternatives one per group. Returns Σ over standalone
 * requests; alternative groups are left in unitBest/unitOwner.
 */
function solveSubproblem(
  data: Data,
  w: Float64Array,
  R: Float64Array,
  P: Float64Array,
  bestStart: Int32Array,
  bestValue: Float64Array,
  unitBest: Float64Array,
  unitOwner: Int32Array,
): number {
  const { n, horizon, equity, oneTime, recurring, fte, allowed, first, depShift, discountPow, alternative } = data;
  const { inTree, parent, treeOrder } = data;
  unitBest.fill(0);
  unitOwner.fill(-1);
  let value = 0;
  for (let k = 0; k < n; k++) {
    if (inTree[k] === 1) continue;
    let top = 0;
    let topS = -1;
    const row = k * horizon;
    const e = equity[k];
    const o = oneTime[k];
    const rc = recurring[k];
    const f = fte[k];
    const shift = depShift[k];
    for (let s = first[k]; s < horizon; s++) {
      if (allowed[row + s] === 0) continue;
      const v = e * discountPow[s] - o * w[s] - rc * R[s] - f * P[s] + shift;
      if (v > top) {
        top = v;
        topS = s;
      }
    }
    bestStart[k] = topS;
    bestValue[k] = top;
    const alt = alternative[k];
    if (alt < 0) value += top;
    else if (topS >= 0 && top > unitBest[alt]) {
      unitBest[alt] = top;
      unitOwner[alt] = k;
    }
  }
  // Dependency forest, exactly: f[k][p] = max(0, max over s >= p of
  // red(k, s) + Σ children f[c][s]), children first; the alternative rule is
  // dropped for tree members (a relaxation, so the bound stays valid).
  const f = treeValue;
  const arg = treeArg;
  const childSum = treeChildSum;
  for (let i = 0; i < treeOrder.length; i++) {
    const k = treeOrder[i];
    const row = k * horizon;
    for (let s = 0; s < horizon; s++) childSum[row + s] = 0;
  }
  for (let i = 0; i < treeOrder.length; i++) {
    const k = treeOrder[i];
    const row = k * horizon;
    let best = 0;
    let bestS = -1;
    for (let s = horizon - 1; s >= 0; s--) {
      if (s >= first[k] && allowed[row + s] === 1) {
        const g =
          equity[k] * discountPow[s] - oneTime[k] * w[s] - recurring[k] * R[s] - fte[k] * P[s] + depShift[k] + childSum[row + s];
        if (g >= best && g > 0) {
          best = g;
          bestS = s;
        }
      }
      f[row + s] = best;
      arg[row + s] = bestS;
    }
    const q = parent[k];
    if (q >= 0) {
      const parentRow = q * horizon;
      for (let s = 0; s < horizon; s++) childSum[parentRow + s] += f[row + s];
    } else value += f[row];
  }
  for (let i = treeOrder.length - 1; i >= 0; i--) {
    const k = treeOrder[i];
    const q = parent[k];
    const from = q < 0 ? 0 : bestStart[q];
    bestStart[k] = from < 0 ? -1 : arg[k * horizon + from];
    bestValue[k] = bestStart[k] < 0 ? 0 : f[k * horizon + from];
  }
  return value;
}

let treeValue = new Float64Array(0);
let treeArg = new Int32Array(0);
let treeChildSum = new Float64Array(0);

/**
 * Runs the subgradient method for a fixed number of iterations and returns
 * the best (lowest) bound seen and the best schedule found, including `incumbent`.
 */
export function lagrangianSolve(problem: TierProblem, incumbent: TierSolution): LagrangianOutcome {
  const eligible = eligibleCandidates(problem);
  const data = buildData(problem, eligible);
  const { n, horizon } = data;
  const offset = tierObjective(problem, []);
  const bonusBound = problem.model.coverageBonus * openCoverableGroups(problem, data);

  const capMoney = new Float64Array(horizon);
  const capFte = new Float64Array(horizon);
  for (let t = 0; t < horizon; t++) {
    // A row with (almost) no room left is dropped: every column that needs it was
    // already removed as not fitting alone, and dropping a row keeps the bound valid.
    capMoney[t] = problem.free.money[t] > CAPACITY_EPSILON ? problem.free.money[t] : 0;
    capFte[t] = problem.free.fte[t] > CAPACITY_EPSILON ? problem.free.fte[t] : 0;
  }
  const lambda = new Float64Array(horizon);
  const mu = new Float64Array(horizon);
  const w = new Float64Array(horizon);
  const R = new Float64Array(horizon + 1);
  const P = new Float64Array(horizon + 1);
  const bestStart = new Int32Array(n);
  const bestValue = new Float64Array(n);
  const unitBest = new Float64Array(data.alternativeCount);
  const unitOwner = new Int32Array(data.alternativeCount);
  const usedMoney = new Float64Array(horizon);
  const usedFte = new Float64Array(horizon);
  const gMoney = new Float64Array(horizon);
  const gFte = new Float64Array(horizon);
  const startRecurring = new Float64Array(horizon);
  const startFte = new Float64Array(horizon);
  const { oneTime, recurring, fte } = data;
  const nu = new Float64Array(data.pairA.length);
  const bestLambda = new Float64Array(horizon);
  const bestMu = new Float64Array(horizon);
  const bestNu = new Float64Array(data.pairA.length);
  const gDep = new Float64Array(data.pairA.length);
  treeValue = new Float64Array(n * horizon);
  treeArg = new Int32Array(n * horizon);
  treeChildSum = new Float64Array(n * horizon);
  const selected = (k: number) => {
    if (bestStart[k] < 0) return false;
    if (data.inTree[k] === 1) return true;
    const alt = data.alternative[k];
    return alt < 0 || unitOwner[alt] === k;
  };

  let best = incumbent.chosen;
  let bestObjective = incumbent.objective;
  let bound = Infinity;
  let theta = 1;
  let sinceImproved = 0;
  let iterations = 0;

  const setPrices = () => {
    R[horizon] = 0;
    P[horizon] = 0;
    for (let t = horizon - 1; t >= 0; t--) {
      w[t] = capMoney[t] > 0 ? lambda[t] / capMoney[t] : 0;
      R[t] = R[t + 1] + w[t];
      P[t] = P[t + 1] + (capFte[t] > 0 ? mu[t] / capFte[t] : 0);
    }
  };

  /** Two orders from the current prices: by best reduced value, and by value per priced cost. */
  const runPrimals = (polish: boolean) => {
      // Two orders from the same prices: by best reduced value, and by value per
      // priced cost (the knapsack "efficiency" order); each at its best fitting start.
      for (const byRatio of [false, true]) {
        const key = new Float64Array(n);
        for (let k = 0; k < n; k++) {
          let top = -Infinity;
          for (let s = data.first[k]; s < horizon; s++) {
            if (data.allowed[k * horizon + s] === 0) continue;
            const reduced = reducedValue(data, k, s, w, R, P);
            if (byRatio) {
              const priced = data.oneTime[k] * w[s] + data.recurring[k] * R[s] + data.fte[k] * P[s];
              const gross = reduced + priced;
              top = Math.max(top, gross / (priced + 1e-9 * (1 + Math.abs(gross))));
            } else top = Math.max(top, reduced);
          }
          key[k] = top;
        }
        let chosen = primalSchedule(problem, data, key, w, R, P);
        if (polish) chosen = localSearch(problem, data, chosen, key);
        const objective = tierObjective(problem, chosen);
        if (objective > bestObjective + 1e-12) {
          best = chosen;
          bestObjective = objective;
        }
      }
  };
  for (let iteration = 0; iteration < LAGRANGIAN_ITERATIONS; iteration++) {
    iterations = iteration + 1;
    setPrices();
    // Relaxed subproblem: best start (or none) per request, then one per alternative group.
    let value = offset + bonusBound;
    for (let t = 0; t < horizon; t++) value += (capMoney[t] > 0 ? lambda[t] : 0) + (capFte[t] > 0 ? mu[t] : 0);
    value += solveSubproblem(data, w, R, P, bestStart, bestValue, unitBest, unitOwner);
    for (let a = 0; a < data.alternativeCount; a++) value += unitBest[a];
    const safeValue = value + BOUND_SAFETY * Math.max(1, Math.abs(value));
    if (bound === Infinity || safeValue < bound - 1e-12 * Math.max(1, Math.abs(bound))) {
      bound = safeValue;
      sinceImproved = 0;
      bestLambda.set(lambda);
      bestMu.set(mu);
      bestNu.set(nu);
    } else if (++sinceImproved >= 25) {
      theta /= 2;
      sinceImproved = 0;
      if (theta < 1e-5) break;
    }

    if (iteration % PRIMAL_EVERY === 0 || iteration === LAGRANGIAN_ITERATIONS - 1) runPrimals(false);
    if (bound - bestObjective <= 1e-6 + 2e-9 * Math.max(1, Math.abs(bestObjective))) break;

    // Subgradient of the relaxed value: cap − use (normalised to 1 − use/cap).
    // Use of the relaxed choice per year, via per-start totals and prefix sums: O(n + Y).
    usedMoney.fill(0);
    usedFte.fill(0);
    startRecurring.fill(0);
    startFte.fill(0);
    for (let k = 0; k < n; k++) {
      const s = bestStart[k];
      if (s < 0) continue;
      if (!selected(k)) continue;
      usedMoney[s] += oneTime[k];
      startRecurring[s] += recurring[k];
      startFte[s] += fte[k];
    }
    let runningRecurring = 0;
    let runningFte = 0;
    for (let t = 0; t < horizon; t++) {
      runningRecurring += startRecurring[t];
      runningFte += startFte[t];
      usedMoney[t] += runningRecurring;
      usedFte[t] = runningFte;
    }
    let norm = 0;
    for (let t = 0; t < horizon; t++) {
      gMoney[t] = capMoney[t] > 0 ? 1 - usedMoney[t] / capMoney[t] : 0;
      gFte[t] = capFte[t] > 0 ? 1 - usedFte[t] / capFte[t] : 0;
      // Projected: a zero multiplier with a positive gradient stays at zero.
      if (lambda[t] <= 0 && gMoney[t] > 0) gMoney[t] = 0;
      if (mu[t] <= 0 && gFte[t] > 0) gFte[t] = 0;
      norm += gMoney[t] * gMoney[t] + gFte[t] * gFte[t];
    }
    // Dependency rows Σx_B − Σx_A ≤ 0 (implied by the per-year ones), multipliers ν ≥ 0.
    const pairs = data.pairA.length;
    for (let p = 0; p < pairs; p++) {
      const a = data.pairA[p];
      const b = data.pairB[p];
      let g = (a >= 0 && selected(a) ? 1 : 0) - (selected(b) ? 1 : 0);
      if (nu[p] <= 0 && g > 0) g = 0;
      gDep[p] = g;
      norm += g * g;
    }
    if (norm === 0) break;
    const step = (theta * Math.max(value - bestObjective, 1e-6 * Math.max(1, Math.abs(bestObjective)))) / norm;
    for (let t = 0; t < horizon; t++) {
      lambda[t] = Math.max(0, lambda[t] - step * gMoney[t]);
      mu[t] = Math.max(0, mu[t] - step * gFte[t]);
    }
    data.depShift.fill(0);
    for (let p = 0; p < pairs; p++) {
      nu[p] = Math.max(0, nu[p] - step * gDep[p]);
      if (data.pairA[p] >= 0) data.depShift[data.pairA[p]] += nu[p];
      data.depShift[data.pairB[p]] -= nu[p];
    }
  }
  // Once more at the prices of the best bound, each schedule polished by local search.
  lambda.set(bestLambda);
  mu.set(bestMu);
  data.depShift.fill(0);
  for (let p = 0; p < data.pairA.length; p++) {
    if (data.pairA[p] >= 0) data.depShift[data.pairA[p]] += bestNu[p];
    data.depShift[data.pairB[p]] -= bestNu[p];
  }
  setPrices();
  solveSubproblem(data, w, R, P, bestStart, bestValue, unitBest, unitOwner);
  const reduced = new Float64Array(n).fill(-Infinity);
  for (let k = 0; k < n; k++) {
    for (let s = data.first[k]; s < horizon; s++) {
      if (data.allowed[k * horizon + s] === 0) continue;
      const v = data.equity[k] * data.discountPow[s] - data.oneTime[k] * w[s] - data.recurring[k] * R[s] - data.fte[k] * P[s];
      if (v > reduced[k]) reduced[k] = v;
    }
  }
  runPrimals(true);
  data.depShift.fill(0);

  const improved = localSearch(problem, data, best);
  const improvedObjective = tierObjective(problem, improved);
  if (improvedObjective > bestObjective + 1e-12) {
    best = improved;
    bestObjective = improvedObjective;
  }

  const columns: LagrangianOutcome['columns'] = [];
  for (let k = 0; k < n; k++) {
    for (let s = data.first[k]; s < horizon; s++) {
      if (data.allowed[k * horizon + s] === 1) columns.push({ request: eligible[k], startIndex: s });
    }
  }
  return { bound, best, objective: bestObjective, columns, eligible, iterations, reduced };
}
