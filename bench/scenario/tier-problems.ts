/**
 * What the per-tier scenario benches share (issue #14): their flags, the generated problem of a
 * seed, and one problem's Tier 1 and Tier 2 as the engine poses them (Tier 2 after a Tier 1 schedule).
 */
import { buildModel, consume, copyCapacity, NOT_STARTED, type TierProblem, type TierSolution } from '../../src/equity/model';
import { workOfTimeLimit } from '../../src/equity/optimal';
import { parseScenarioProblem } from '../../src/equity/parse';
import type { ScenarioProblem } from '../../src/equity';
import { generateDistrictProblem, generateProblem } from './generate';

export interface TierBenchFlags {
  district: boolean;
  seeds: number[];
  size: number;
  years: number;
  work: number;
  /** The value after `--name`, if given. */
  value(name: string): string | undefined;
}

/** `--district`, `--seeds 1,2` (or `--seed 1`), `--size`, `--years`, `--work` (default: a 30 s limit's). */
export function tierBenchFlags(argv: string[]): TierBenchFlags {
  const value = (name: string) => {
    const index = argv.indexOf(name);
    return index >= 0 ? argv[index + 1] : undefined;
  };
  return {
    district: argv.includes('--district'),
    seeds: (value('--seeds') ?? value('--seed') ?? '1').split(',').map(Number),
    size: Number(value('--size') ?? 100),
    years: Number(value('--years') ?? 6),
    work: Number(value('--work') ?? workOfTimeLimit(30)),
    value,
  };
}

export function benchProblem(flags: TierBenchFlags, seed: number): ScenarioProblem {
  return flags.district ? generateDistrictProblem(seed) : generateProblem({ requestCount: flags.size, yearCount: flags.years, seed: seed + flags.size + flags.years });
}

export function tierProblems(problem: ScenarioProblem) {
  const parsed = parseScenarioProblem(problem);
  const model = buildModel(parsed);
  const tier1Capacity = { money: parsed.envelopes.tier1.map((e) => e.money), fte: parsed.envelopes.tier1.map((e) => e.fte) };
  const bothTiers = {
    money: tier1Capacity.money.map((money, t) => money + parsed.envelopes.tier2[t].money),
    fte: tier1Capacity.fte.map((fte, t) => fte + parsed.envelopes.tier2[t].fte),
  };
  const tier1: TierProblem = {
    model,
    placedStart: new Int32Array(model.requests.length).fill(NOT_STARTED),
    pinnedHere: [],
    free: copyCapacity(tier1Capacity),
    coveredBefore: model.focalGroupNames.map(() => false),
    usedAlternatives: new Set(),
    candidates: model.rankOrder.filter((r) => !model.requests[r].pin && !model.requests[r].excluded),
  };
  /** Tier 2 with this Tier 1 schedule placed: both envelopes, less what Tier 1 uses. */
  const tier2Of = (solution: TierSolution): TierProblem => {
    const placedStart = new Int32Array(model.requests.length).fill(NOT_STARTED);
    const free = copyCapacity(bothTiers);
    const coveredBefore = model.focalGroupNames.map(() => false);
    const usedAlternatives = new Set<string>();
    for (const { request: r, startIndex } of solution.chosen) {
      placedStart[r] = startIndex;
      consume(model.requests[r], startIndex, free);
      for (const g of model.requests[r].focalGroups) coveredBefore[g] = true;
      const alternative = model.requests[r].alternativeGroup;
      if (alternative !== null) usedAlternatives.add(alternative);
    }
    return { model, placedStart, pinnedHere: [], free, coveredBefore, usedAlternatives, candidates: tier1.candidates.filter((r) => placedStart[r] === NOT_STARTED) };
  };
  return { parsed, model, tier1, tier2Of };
}
