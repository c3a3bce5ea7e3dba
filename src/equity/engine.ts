import { performance } from 'node:perf_hooks';
import { explainAll } from './explain';
import { roundFte, roundMoney, roundObjective, roundScore } from './format';
import { buildModel, fteInYear, moneyInYear, NOT_STARTED } from './model';
import { parseScenarioProblem } from './parse';
import { assertPinsFeasible, tierRequests } from './tier';
import type { ScenarioItem, ScenarioProblem, ScenarioResult, SolveProgress, TierSummary } from './types';

/** Optional instrumentation: called once per phase with its wall-clock duration. */
export interface SolveHooks {
  onSpan?: (name: string, ms: number) => void;
  onProgress?: (progress: SolveProgress) => void;
}

/**
 * The checks solveScenario makes before it solves: the format, and pins that cannot all be
 * honoured. Cheap, so a caller can refuse a bad what-if before queueing it.
 */
export function checkScenarioProblem(problem: ScenarioProblem): void {
  const parsed = parseScenarioProblem(problem);
  assertPinsFeasible(buildModel(parsed), parsed.envelopes.tier1, parsed.envelopes.tier2);
}

/**
 * Validates the problem (so callers that build it in code get the same
 * errors as the CLI), tiers every request and explains each placement.
 * Items come ordered by tier, then rank.
 */
export async function solveScenario(problem: ScenarioProblem, hooks: SolveHooks = {}): Promise<ScenarioResult> {
  const onSpan = hooks.onSpan;
  let mark = performance.now();
  const span = (name: string) => {
    if (!onSpan) return;
    const now = performance.now();
    onSpan(name, now - mark);
    mark = now;
  };
  const parsed = parseScenarioProblem(problem);
  span('validate');
  const model = buildModel(parsed);
  span('model');
  hooks.onProgress?.({ phase: 'TIER1', tier: null, objective: null, gap: null });
  const tiering = await tierRequests(model, {
    solver: parsed.solver,
    tier1Envelope: parsed.envelopes.tier1,
    tier2Envelope: parsed.envelopes.tier2,
    timeLimitSeconds: parsed.timeLimitSeconds,
    mipGap: parsed.mipGap,
    onSpan,
    onProgress: hooks.onProgress,
  });
  mark = performance.now();
  const explanations = explainAll(model, tiering, parsed.solver);
  span('explain');

  const { years } = model;
  const items = new Array<ScenarioItem>(model.requests.length);
  for (let r = 0; r < model.requests.length; r++) {
    const request = model.requests[r];
    const start = tiering.startIndex[r];
    const scoreBreakdown: Record<string, number> = {};
    for (const key in request.breakdown) scoreBreakdown[key] = roundScore(request.breakdown[key]);
    const allocations: ScenarioItem['allocations'] = [];
    if (start !== NOT_STARTED) {
      for (let t = start; t < years.length; t++) {
        allocations.push({
          year: years[t],
          money: roundMoney(moneyInYear(request, start, t)),
          fte: roundFte(fteInYear(request, start, t)),
        });
      }
    }
    const explanation = explanations[r];
    items[r] = {
      id: request.id,
      tier: tiering.tierOf[r],
      startYear: start === NOT_STARTED ? null : years[start],
      rank: model.rank[r],
      equityScore: roundScore(request.equity),
      scoreBreakdown,
      allocations,
      reason: explanation.reason,
      reasonCode: explanation.reasonCode,
      toMoveUp: explanation.toMoveUp,
    };
  }
  items.sort((a, b) => a.tier - b.tier || a.rank - b.rank);

  const summary = (tier: 1 | 2, solution: typeof tiering.tier1): TierSummary => ({
    tier,
    objective: roundObjective(solution.objective),
    status: solution.status,
    gap: solution.gap === null ? null : roundObjective(solution.gap),
  });
  const result: ScenarioResult = {
    solver: parsed.solver,
    tiers: [summary(1, tiering.tier1), summary(2, tiering.tier2)],
    items,
  };
  span('items');
  return result;
}
