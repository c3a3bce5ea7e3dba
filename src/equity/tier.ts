import { performance } from 'node:perf_hooks';
import { ScenarioInfeasibleError } from './errors';
import { solveGreedyTier } from './greedy';
import {
  consume,
  copyCapacity,
  fits,
  NOT_STARTED,
  type Capacity,
  type SchedulingModel,
  type TierProblem,
  type TierSolution,
} from './model';
import { solveOptimalTier, workOfTimeLimit, type ColumnForm, type OptimalOptions, type WorkMeter } from './optimal';
import type { ResourceAmount, SolverKind } from './types';

export interface TieringOptions extends OptimalOptions {
  solver: SolverKind;
  tier1Envelope: ResourceAmount[];
  tier2Envelope: ResourceAmount[];
  /** Work units for both tiers (WORK_PER_SECOND); default: what goes with timeLimitSeconds. */
  workUnits?: number;
}

/** Refuses pins that cannot all be honoured, before any solving (ScenarioInfeasibleError). */
export function assertPinsFeasible(model: SchedulingModel, tier1Envelope: ResourceAmount[], tier2Envelope: ResourceAmount[]): void {
  const tier1Cap = capacityOf(tier1Envelope);
  checkPins(model, tier1Cap, sumCapacity(tier1Cap, capacityOf(tier2Envelope)));
}

export interface Tiering {
  /** 1, 2 or 3 per request index. */
  tierOf: Array<1 | 2 | 3>;
  /** Start index per request index, NOT_STARTED for Tier 3. */
  startIndex: Int32Array;
  tier1: TierSolution;
  tier2: TierSolution;
  /** Tier 1 capacity left once Tier 1 is placed (what a Tier 2 request would need to fit into). */
  freeAfterTier1: Capacity;
  /** Tier 1 + Tier 2 capacity left once both are placed. */
  freeAfterTier2: Capacity;
}

function capacityOf(envelope: ResourceAmount[]): Capacity {
  return { money: envelope.map((e) => e.money), fte: envelope.map((e) => e.fte) };
}

function sumCapacity(a: Capacity, b: Capacity): Capacity {
  return { money: a.money.map((m, t) => m + b.money[t]), fte: a.fte.map((f, t) => f + b.fte[t]) };
}

function pinsOf(model: SchedulingModel, tier: 1 | 2): number[] {
  return model.requests.filter((request) => request.pin?.tier === tier).map((request) => request.index);
}

function pinnedStart(model: SchedulingModel, r: number): number {
  return model.requests[r].pin?.startIndex ?? NOT_STARTED;
}

function checkPins(model: SchedulingModel, tier1Cap: Capacity, combinedCap: Capacity): void {
  const year = (index: number) => model.years[index];
  const pinnedInGroup = new Map<string, string>();
  for (const request of model.requests) {
    const pin = request.pin;
    if (!pin) continue;
    const where = `pinned to Tier ${pin.tier} in ${year(pin.startIndex)}`;
    if (pin.startIndex < request.earliestIndex) {
      throw new ScenarioInfeasibleError(request.id, `${where}, before its earliest year ${year(request.earliestIndex)}`);
    }
    for (const dep of request.dependencies) {
      const depPin = model.requests[dep].pin;
      if (!depPin || depPin.tier > pin.tier || depPin.startIndex > pin.startIndex) {
        throw new ScenarioInfeasibleError(
          request.id,
          `${where}, so its dependency ${model.requests[dep].id} must be pinned to Tier ${pin.tier === 1 ? '1' : '1 or 2'} starting no later than ${year(pin.startIndex)}`,
        );
      }
    }
    if (request.alternativeGroup !== null) {
      const other = pinnedInGroup.get(request.alternativeGroup);
      if (other !== undefined) {
        throw new ScenarioInfeasibleError(request.id, `${where}, but its alternative ${other} is pinned too`);
      }
      pinnedInGroup.set(request.alternativeGroup, request.id);
    }
  }
  const place = (free: Capacity, pins: number[], envelopeName: string) => {
    for (const r of pins) {
      const request = model.requests[r];
      const pin = { tier: request.pin?.tier, startIndex: pinnedStart(model, r) };
      if (!fits(request, pin.startIndex, free)) {
        throw new ScenarioInfeasibleError(
          request.id,
          `pinned to Tier ${pin.tier} in ${year(pin.startIndex)}, but the ${envelopeName} cannot hold it together with the pins listed before it`,
        );
      }
      consume(request, pin.startIndex, free);
    }
  };
  place(copyCapacity(tier1Cap), pinsOf(model, 1), 'Tier 1 envelope');
  place(copyCapacity(combinedCap), [...pinsOf(model, 1), ...pinsOf(model, 2)], 'Tier 1 + Tier 2 envelope');
}

/**
 * Tier 1 may spend this share of timeLimitSeconds and of the work that goes
 * with it; Tier 2 gets whatever is left of both.
 */
const TIER1_TIME_SHARE = 2 / 3;

/**
 * Column form of each tier's full MILP (optimal.ts). Tier 1 keeps "started by"
 * columns; Tier 2, whose rows hold only a handful of requests, gets "starts in"
 * columns: at the same work budget and on the same Tier 1, 8 of 10 100×6
 * problems and 4 of 5 unproven district problems ended with a smaller gap
 * (README, "How OPTIMAL solves a tier").
 */
const TIER_COLUMNS: Record<1 | 2, ColumnForm> = { 1: 'startedBy', 2: 'startAt' };

function solveTier(tier: 1 | 2, problem: TierProblem, options: TieringOptions, timeLimitSeconds: number, work: WorkMeter): Promise<TierSolution> {
  return options.solver === 'GREEDY'
    ? Promise.resolve(solveGreedyTier(problem))
    : solveOptimalTier(problem, { ...options, columns: options.columns ?? TIER_COLUMNS[tier], timeLimitSeconds, work });
}

/**
 * Tier 1 under the Tier 1 envelope, then Tier 2 with Tier 1 fixed under both
 * envelopes, then the rest. Tier 1 is held back wherever Tier 2 pins would not
 * otherwise fit, so a feasible set of pins always stays feasible.
 */
export async function tierRequests(model: SchedulingModel, options: TieringOptions): Promise<Tiering> {
  const tier1Cap = capacityOf(options.tier1Envelope);
  const combinedCap = sumCapacity(tier1Cap, capacityOf(options.tier2Envelope));
  checkPins(model, tier1Cap, combinedCap);

  const pins1 = pinsOf(model, 1);
  const pins2 = pinsOf(model, 2);
  const startIndex = new Int32Array(model.requests.length).fill(NOT_STARTED);
  const roomBesideTier2Pins = copyCapacity(combinedCap);
  for (const r of pins2) consume(model.requests[r], pinnedStart(model, r), roomBesideTier2Pins);
  const tier1Free: Capacity = {
    money: tier1Cap.money.map((m, t) => Math.min(m, roomBesideTier2Pins.money[t])),
    fte: tier1Cap.fte.map((f, t) => Math.min(f, roomBesideTier2Pins.fte[t])),
  };
  for (const r of pins1) {
    startIndex[r] = pinnedStart(model, r);
    consume(model.requests[r], startIndex[r], tier1Free);
  }
  const usedAlternatives = new Set<string>();
  for (const r of [...pins1, ...pins2]) {
    const group = model.requests[r].alternativeGroup;
    if (group !== null) usedAlternatives.add(group);
  }
  const open = model.rankOrder.filter((r) => !model.requests[r].pin && !model.requests[r].excluded);

  const startedAt = performance.now();
  // Work, unlike time, is left over the same on every machine, so Tier 2's budget is too.
  const work = { left: options.workUnits ?? workOfTimeLimit(options.timeLimitSeconds) };
  const tier1Work = { left: work.left * TIER1_TIME_SHARE };
  const tier1 = await solveTier(
    1,
    {
      model,
      placedStart: Int32Array.from(startIndex),
      pinnedHere: pins1,
      free: tier1Free,
      coveredBefore: model.focalGroupNames.map(() => false),
      usedAlternatives,
      candidates: open,
    },
    options,
    options.timeLimitSeconds * TIER1_TIME_SHARE,
    tier1Work,
  );
  work.left -= work.left * TIER1_TIME_SHARE - tier1Work.left;

  options.onSpan?.('tier1', performance.now() - startedAt);
  options.onProgress?.({ phase: 'TIER2', tier: 1, objective: tier1.objective, gap: tier1.gap });
  const tierOf = model.requests.map((request): 1 | 2 | 3 => (request.pin ? request.pin.tier : 3));
  const freeAfterTier1 = copyCapacity(tier1Free);
  const freeAfterTier2 = copyCapacity(combinedCap);
  for (const r of pins1) consume(model.requests[r], startIndex[r], freeAfterTier2);
  for (const { request: r, startIndex: s } of tier1.chosen) {
    startIndex[r] = s;
    tierOf[r] = 1;
    consume(model.requests[r], s, freeAfterTier1);
    consume(model.requests[r], s, freeAfterTier2);
    const group = model.requests[r].alternativeGroup;
    if (group !== null) usedAlternatives.add(group);
  }
  const coveredBefore = model.focalGroupNames.map(() => false);
  model.requests.forEach((request, r) => {
    if (tierOf[r] === 1) for (const group of request.focalGroups) coveredBefore[group] = true;
  });
  for (const r of pins2) {
    startIndex[r] = pinnedStart(model, r);
    consume(model.requests[r], startIndex[r], freeAfterTier2);
  }

  const tier2StartedAt = performance.now();
  const tier2 = await solveTier(
    2,
    {
      model,
      placedStart: Int32Array.from(startIndex),
      pinnedHere: pins2,
      free: copyCapacity(freeAfterTier2),
      coveredBefore,
      usedAlternatives,
      candidates: open.filter((r) => tierOf[r] !== 1),
    },
    options,
    Math.max(0.001, options.timeLimitSeconds - (performance.now() - startedAt) / 1000),
    work,
  );
  options.onSpan?.('tier2', performance.now() - tier2StartedAt);
  options.onProgress?.({ phase: 'EXPLAIN', tier: 2, objective: tier2.objective, gap: tier2.gap });
  for (const { request: r, startIndex: s } of tier2.chosen) {
    startIndex[r] = s;
    tierOf[r] = 2;
    consume(model.requests[r], s, freeAfterTier2);
  }
  return { tierOf, startIndex, tier1, tier2, freeAfterTier1, freeAfterTier2 };
}
