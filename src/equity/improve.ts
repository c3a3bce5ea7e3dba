import { consume, copyCapacity, fits, lowerStartBound, NOT_STARTED, startValue, type TierProblem, type TierSolution } from './model';

/** Borderline requests (reduced value closest to 0) that the moves work on. */
export const IMPROVE_CORE_SIZE = 400;
/** Full passes over the core's chosen requests (fixed: the result never depends on the clock). */
export const IMPROVE_ROUNDS = 3;
/** Requests outside the core (best reduced value first) also used to refill. */
export const REFILL_EXTRA = 600;

/**
 * Deterministic drop/shift-and-refill local search on a feasible schedule.
 * The core is the IMPROVE_CORE_SIZE eligible requests whose Lagrangian reduced
 * value (at the best bound's multipliers) is closest to 0. For each chosen core
 * request (no chosen request depending on it), in order of reduced value, each
 * move is tried: drop it, or move it to another start year (later starts free
 * early money; recurring costs end at the horizon); then the core's requests
 * left out are re-added greedily by reduced value (the multiplier-weighted
 * value per cost), each at its earliest fitting start. The move is kept only
 * if the tier objective (coverage bonus included) strictly rises. Capacity is
 * checked with the engine's exact `fits`.
 */
export function improveSchedule(
  problem: TierProblem,
  eligible: number[],
  reduced: Float64Array,
  incumbent: TierSolution['chosen'],
  pullIn = true,
  coreSize = IMPROVE_CORE_SIZE,
  rounds = IMPROVE_ROUNDS,
): TierSolution['chosen'] {
  const { model } = problem;
  const horizon = model.years.length;
  const free = copyCapacity(problem.free);
  const placed = Int32Array.from(problem.placedStart);
  const cover = new Int32Array(model.focalGroupNames.length);
  for (let g = 0; g < cover.length; g++) if (problem.coveredBefore[g]) cover[g] = 1 << 20;
  for (const r of problem.pinnedHere) for (const g of model.requests[r].focalGroups) cover[g] += 1 << 20;
  const altUsed = new Map<string, number>();
  for (const a of problem.usedAlternatives) altUsed.set(a, 1 << 20);
  const dependents = new Int32Array(model.requests.length);
  const chosenStart = new Int32Array(model.requests.length).fill(NOT_STARTED);
  const bonus = model.coverageBonus;
  /** Chosen requests (this tier) per dependency they need, kept up to date by apply. */
  const dependentsOf = new Map<number, Set<number>>();

  /** Adds (sign 1) or removes (sign −1) r at s; returns the objective change. */
  const apply = (r: number, s: number, sign: 1 | -1): number => {
    const request = model.requests[r];
    let delta = sign * startValue(model, request, s);
    if (sign > 0) {
      consume(request, s, free);
    } else {
      for (let t = s; t < horizon; t++) {
        free.money[t] += t === s ? request.oneTime + request.recurring : request.recurring;
        free.fte[t] += request.fte;
      }
    }
    for (const g of request.focalGroups) {
      if (sign > 0 && cover[g] === 0) delta += bonus;
      cover[g] += sign;
      if (sign < 0 && cover[g] === 0) delta -= bonus;
    }
    placed[r] = sign > 0 ? s : NOT_STARTED;
    chosenStart[r] = sign > 0 ? s : NOT_STARTED;
    if (request.alternativeGroup !== null) altUsed.set(request.alternativeGroup, (altUsed.get(request.alternativeGroup) ?? 0) + sign);
    for (const dep of request.dependencies) {
      if (problem.placedStart[dep] !== NOT_STARTED) continue;
      dependents[dep] += sign;
      let set = dependentsOf.get(dep);
      if (!set) dependentsOf.set(dep, (set = new Set()));
      if (sign > 0) set.add(r);
      else set.delete(r);
    }
    return delta;
  };
  for (const { request, startIndex } of incumbent) apply(request, startIndex, 1);
  /** r and every chosen request depending on it, transitively, dependents first. */
  const chain = (r: number): number[] => {
    const out: number[] = [];
    const seen = new Set<number>();
    const visit = (x: number) => {
      if (seen.has(x) || chosenStart[x] === NOT_STARTED) return;
      seen.add(x);
      for (const d of [...(dependentsOf.get(x) ?? [])].sort((p, q) => p - q)) visit(d);
      out.push(x);
    };
    visit(r);
    return out;
  };
  /** Removes r with its chosen dependents; returns the objective change and what was removed. */
  const dropChain = (r: number, removed: Array<{ r: number; s: number }>): number => {
    let delta = 0;
    for (const x of chain(r)) {
      removed.push({ r: x, s: chosenStart[x] });
      delta += apply(x, chosenStart[x], -1);
    }
    return delta;
  };

  const pool: number[] = [];
  eligible.forEach((_, k) => {
    if (reduced[k] !== -Infinity) pool.push(k);
  });
  pool.sort((a, b) => Math.abs(reduced[a]) - Math.abs(reduced[b]) || a - b);
  const inCore = new Uint8Array(eligible.length);
  const isEligible = new Uint8Array(model.requests.length);
  const reducedOf = new Float64Array(model.requests.length).fill(-Infinity);
  eligible.forEach((r, k) => {
    isEligible[r] = 1;
    reducedOf[r] = reduced[k];
  });
  for (const k of pool.slice(0, coreSize)) inCore[k] = 1;
  // Chosen requests priced out (reduced value < 0) are always tried, however far from 0.
  for (const k of pool) if (reduced[k] < 0 && chosenStart[eligible[k]] !== NOT_STARTED) inCore[k] = 1;
  const core = pool.filter((k) => inCore[k] === 1);
  // Refill order: best reduced value first (ties by eligible order): the core, then
  // the best REFILL_EXTRA other requests with a positive reduced value.
  const extra = pool.filter((k) => inCore[k] === 0 && reduced[k] > 0).sort((a, b) => reduced[b] - reduced[a] || a - b);
  const refill = [...core, ...extra.slice(0, REFILL_EXTRA)].sort((a, b) => reduced[b] - reduced[a] || a - b).map((k) => eligible[k]);
  const moveOrder = [...core].sort((a, b) => reduced[a] - reduced[b] || a - b).map((k) => eligible[k]);

  /** Earliest start where r may go now and fits; -1 if none. */
  const fitStart = (r: number): number => {
    const request = model.requests[r];
    if (chosenStart[r] !== NOT_STARTED || request.equity <= 0) return -1;
    if (request.alternativeGroup !== null && (altUsed.get(request.alternativeGroup) ?? 0) > 0) return -1;
    for (const dep of request.dependencies) if (placed[dep] === NOT_STARTED) return -1;
    for (let s = lowerStartBound(request, placed); s < horizon; s++) if (fits(request, s, free)) return s;
    return -1;
  };
  const fill = (added: Array<{ r: number; s: number }>): number => {
    let delta = 0;
    for (const r of refill) {
      if (chosenStart[r] !== NOT_STARTED) continue;
      // Unplaced dependencies (one level) are pulled in first, at their earliest fitting start;
      // the whole group is undone if r does not then fit.
      const pulled: Array<{ r: number; s: number }> = [];
      let pullDelta = 0;
      let blocked = false;
      let chainReduced = reducedOf[r];
      for (const dep of model.requests[r].dependencies) if (placed[dep] === NOT_STARTED) chainReduced += reducedOf[dep];
      if (!(chainReduced > 0) || (!pullIn && chainReduced !== reducedOf[r])) continue;
      for (const dep of model.requests[r].dependencies) {
        if (placed[dep] !== NOT_STARTED) continue;
        const sd = isEligible[dep] === 1 ? fitStart(dep) : -1;
        if (sd < 0) {
          blocked = true;
          break;
        }
        pullDelta += apply(dep, sd, 1);
        pulled.push({ r: dep, s: sd });
      }
      const s = blocked ? -1 : fitStart(r);
      if (s < 0) {
        for (let i = pulled.length - 1; i >= 0; i--) apply(pulled[i].r, pulled[i].s, -1);
        continue;
      }
      delta += pullDelta + apply(r, s, 1);
      added.push(...pulled, { r, s });
    }
    return delta;
  };

  // Bulk move first: drop every chosen request priced out by the multipliers
  // (reduced value < 0, no chosen dependent), refill; kept only if it pays.
  {
    let delta = 0;
    const dropped: Array<{ r: number; s: number }> = [];
    for (const r of moveOrder) {
      const k = eligible.indexOf(r);
      const s = chosenStart[r];
      if (s === NOT_STARTED || reduced[k] >= 0) continue;
      delta += dropChain(r, dropped);
    }
    const added: Array<{ r: number; s: number }> = [];
    delta += fill(added);
    if (!(delta > 1e-9)) {
      for (let i = added.length - 1; i >= 0; i--) apply(added[i].r, added[i].s, -1);
      for (let i = dropped.length - 1; i >= 0; i--) apply(dropped[i].r, dropped[i].s, 1);
    }
  }

  for (let round = 0; round < rounds; round++) {
    let improved = false;
    for (const c of moveOrder) {
      const s = chosenStart[c];
      if (s === NOT_STARTED) continue;
      const request = model.requests[c];
      const lower = lowerStartBound(request, placed);
      // -1 = drop (with its chosen dependents); otherwise the new start year.
      for (let target = -1; target < horizon; target++) {
        if (target === s || (target >= 0 && target < lower)) continue;
        if (target === -1 && dependents[c] > 0) {
          const removed: Array<{ r: number; s: number }> = [];
          let delta = dropChain(c, removed);
          const added: Array<{ r: number; s: number }> = [];
          delta += fill(added);
          if (delta > 1e-9) {
            improved = true;
            break;
          }
          for (let i = added.length - 1; i >= 0; i--) apply(added[i].r, added[i].s, -1);
          for (let i = removed.length - 1; i >= 0; i--) apply(removed[i].r, removed[i].s, 1);
          continue;
        }
        if (dependents[c] > 0) continue;
        let delta = apply(c, s, -1);
        if (target >= 0) {
          if (!fits(request, target, free)) {
            apply(c, s, 1);
            continue;
          }
          delta += apply(c, target, 1);
        }
        const added: Array<{ r: number; s: number }> = [];
        delta += fill(added);
        if (delta > 1e-9) {
          improved = true;
          break;
        }
        for (let i = added.length - 1; i >= 0; i--) apply(added[i].r, added[i].s, -1);
        if (target >= 0) apply(c, target, -1);
        apply(c, s, 1);
      }
    }
    if (!improved) break;
  }
  const result: TierSolution['chosen'] = [];
  for (let r = 0; r < model.requests.length; r++) {
    if (chosenStart[r] !== NOT_STARTED) result.push({ request: r, startIndex: chosenStart[r] });
  }
  return result;
}
