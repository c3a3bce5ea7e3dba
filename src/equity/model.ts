import type { ParsedScenarioProblem } from './parse';
import { lensTotalWeight, scoreRequest } from './score';

/**
 * Absolute slack allowed when comparing a year's use with its cap. Money comes
 * in cents and FTE in small fractions, so anything above this is a real
 * overrun, while float sums of cents stay comfortably below it.
 */
export const CAPACITY_EPSILON = 1e-6;

export const NOT_STARTED = -1;

/** One request with indices resolved, so the solvers never look up ids. */
export interface ModelRequest {
  index: number;
  id: string;
  label: string;
  equity: number;
  breakdown: Record<string, number>;
  oneTime: number;
  recurring: number;
  fte: number;
  earliestIndex: number;
  dependencies: number[];
  alternativeGroup: string | null;
  focalGroups: number[];
  pin: { tier: 1 | 2; startIndex: number } | null;
  excluded: boolean;
  pinReason: string | null;
}

export interface SchedulingModel {
  years: number[];
  discount: number;
  coverageBonus: number;
  requests: ModelRequest[];
  /** Request indices by descending equity score, ties by id ascending. */
  rankOrder: number[];
  /** 1-based rank per request index. */
  rank: number[];
  focalGroupNames: string[];
}

/** Money and FTE still free per year index. */
export interface Capacity {
  money: number[];
  fte: number[];
}

function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function buildModel(problem: ParsedScenarioProblem): SchedulingModel {
  const count = problem.requests.length;
  const indexById = new Map<string, number>();
  const groupSet = new Set<string>();
  for (let i = 0; i < count; i++) {
    const request = problem.requests[i];
    indexById.set(request.id, i);
    for (const group of request.focalGroups) groupSet.add(group);
  }
  const focalGroupNames = [...groupSet].sort(compareIds);
  const groupIndex = new Map<string, number>();
  focalGroupNames.forEach((name, i) => groupIndex.set(name, i));
  const years = problem.years;
  const yearIndex = (year: number) => years.findIndex((y) => y >= year);
  const totalWeight = lensTotalWeight(problem.lens);

  const requests = new Array<ModelRequest>(count);
  for (let index = 0; index < count; index++) {
    const request = problem.requests[index];
    const { score, breakdown } = scoreRequest(request.scores, problem.lens, totalWeight);
    const dependencies = new Array<number>(request.dependsOn.length);
    for (let d = 0; d < dependencies.length; d++) dependencies[d] = indexById.get(request.dependsOn[d]) as number;
    const focalGroups: number[] = [];
    for (const name of request.focalGroups) {
      const group = groupIndex.get(name) as number;
      if (!focalGroups.includes(group)) focalGroups.push(group);
    }
    if (focalGroups.length > 1) focalGroups.sort((x, y) => x - y);
    const pin = request.pin;
    requests[index] = {
      index,
      id: request.id,
      label: request.title ?? request.id,
      equity: score,
      breakdown,
      oneTime: request.oneTime,
      recurring: request.recurring,
      fte: request.fte,
      earliestIndex: request.earliestYear === null ? 0 : yearIndex(request.earliestYear),
      dependencies,
      alternativeGroup: request.alternativeGroup,
      focalGroups,
      pin: pin ? { tier: pin.tier, startIndex: yearIndex(pin.startYear) } : null,
      excluded: request.excluded,
      pinReason: request.pinReason,
    };
  }
  const rankOrder = new Array<number>(count);
  for (let i = 0; i < count; i++) rankOrder[i] = i;
  rankOrder.sort((a, b) => requests[b].equity - requests[a].equity || compareIds(requests[a].id, requests[b].id));
  const rank = new Array<number>(count);
  for (let position = 0; position < count; position++) rank[rankOrder[position]] = position + 1;
  return {
    years,
    discount: problem.discount,
    coverageBonus: problem.coverageBonus,
    requests,
    rankOrder,
    rank,
    focalGroupNames,
  };
}

export function moneyInYear(request: ModelRequest, startIndex: number, yearIndex: number): number {
  if (yearIndex < startIndex) return 0;
  return yearIndex === startIndex ? request.oneTime + request.recurring : request.recurring;
}

export function fteInYear(request: ModelRequest, startIndex: number, yearIndex: number): number {
  return yearIndex < startIndex ? 0 : request.fte;
}

export function startValue(model: SchedulingModel, request: ModelRequest, startIndex: number): number {
  return request.equity * model.discount ** startIndex;
}

export function fits(request: ModelRequest, startIndex: number, free: Capacity): boolean {
  for (let t = startIndex; t < free.money.length; t++) {
    if (moneyInYear(request, startIndex, t) > free.money[t] + CAPACITY_EPSILON) return false;
    if (request.fte > free.fte[t] + CAPACITY_EPSILON) return false;
  }
  return true;
}

export function consume(request: ModelRequest, startIndex: number, free: Capacity): void {
  for (let t = startIndex; t < free.money.length; t++) {
    free.money[t] -= moneyInYear(request, startIndex, t);
    free.fte[t] -= request.fte;
  }
}

export function copyCapacity(capacity: Capacity): Capacity {
  return { money: [...capacity.money], fte: [...capacity.fte] };
}

/**
 * Everything a tier solver needs: who may still be chosen, what is already
 * placed (earlier tiers and this tier's pins), and what capacity is left.
 */
export interface TierProblem {
  model: SchedulingModel;
  /** Start index per request of everything already placed, NOT_STARTED otherwise. */
  placedStart: Int32Array;
  /** Requests pinned into this tier; already in placedStart, counted in this tier's objective. */
  pinnedHere: number[];
  free: Capacity;
  /** Focal groups covered by earlier tiers: they earn no bonus here. */
  coveredBefore: boolean[];
  /** Alternative groups already used by a placed or pinned request. */
  usedAlternatives: Set<string>;
  /** Requests that may still be chosen, in rank order. */
  candidates: number[];
}

export interface TierSolution {
  /** Requests chosen by the solver with their start index (pins excluded). */
  chosen: Array<{ request: number; startIndex: number }>;
  objective: number;
  status: 'OPTIMAL' | 'TIME_LIMIT' | 'HEURISTIC';
  gap: number | null;
}

/** Earliest start index allowed by earliestYear and already placed dependencies. */
export function lowerStartBound(request: ModelRequest, placedStart: ArrayLike<number>): number {
  let bound = request.earliestIndex;
  for (const dep of request.dependencies) {
    if (placedStart[dep] !== NOT_STARTED) bound = Math.max(bound, placedStart[dep]);
  }
  return bound;
}

/**
 * Candidates whose every dependency is placed or itself eligible, whose
 * alternative group is still open, and that can start inside the horizon.
 */
export function eligibleCandidates(problem: TierProblem): number[] {
  const { model, placedStart, usedAlternatives } = problem;
  const eligible = new Set(
    problem.candidates.filter((r) => {
      const request = model.requests[r];
      if (request.alternativeGroup !== null && usedAlternatives.has(request.alternativeGroup)) return false;
      return lowerStartBound(request, placedStart) < model.years.length;
    }),
  );
  let changed = true;
  while (changed) {
    changed = false;
    for (const r of eligible) {
      const blocked = model.requests[r].dependencies.some(
        (dep) => placedStart[dep] === NOT_STARTED && !eligible.has(dep),
      );
      if (blocked) {
        eligible.delete(r);
        changed = true;
      }
    }
  }
  return problem.candidates.filter((r) => eligible.has(r));
}

/** Tier objective of the pins plus `chosen`, counting only newly covered groups. */
export function tierObjective(
  problem: TierProblem,
  chosen: ReadonlyArray<{ request: number; startIndex: number }>,
): number {
  const { model } = problem;
  const members = [
    ...problem.pinnedHere.map((request) => ({ request, startIndex: problem.placedStart[request] })),
    ...chosen,
  ];
  const covered = new Set<number>();
  let value = 0;
  for (const { request, startIndex } of members) {
    value += startValue(model, model.requests[request], startIndex);
    for (const group of model.requests[request].focalGroups) {
      if (!problem.coveredBefore[group]) covered.add(group);
    }
  }
  return value + model.coverageBonus * covered.size;
}
