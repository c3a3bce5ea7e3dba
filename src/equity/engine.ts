import { explainAll } from './explain';
import { roundFte, roundMoney, roundObjective, roundScore } from './format';
import { buildModel, fteInYear, moneyInYear, NOT_STARTED } from './model';
import { parseScenarioProblem } from './parse';
import { tierRequests } from './tier';
import type { ScenarioItem, ScenarioProblem, ScenarioResult, TierSummary } from './types';

/**
 * Validates the problem (so callers that build it in code get the same
 * errors as the CLI), tiers every request and explains each placement.
 * Items come ordered by tier, then rank.
 */
export async function solveScenario(problem: ScenarioProblem): Promise<ScenarioResult> {
  const parsed = parseScenarioProblem(problem);
  const model = buildModel(parsed);
  const tiering = await tierRequests(model, {
    solver: parsed.solver,
    tier1Envelope: parsed.envelopes.tier1,
    tier2Envelope: parsed.envelopes.tier2,
    timeLimitSeconds: parsed.timeLimitSeconds,
    mipGap: parsed.mipGap,
  });
  const explanations = explainAll(model, tiering, parsed.solver);

  const items = model.requests.map((request, r): ScenarioItem => {
    const start = tiering.startIndex[r];
    const scoreBreakdown: Record<string, number> = {};
    for (const [key, share] of Object.entries(request.breakdown)) scoreBreakdown[key] = roundScore(share);
    const allocations =
      start === NOT_STARTED
        ? []
        : model.years.slice(start).map((year, offset) => ({
            year,
            money: roundMoney(moneyInYear(request, start, start + offset)),
            fte: roundFte(fteInYear(request, start, start + offset)),
          }));
    return {
      id: request.id,
      tier: tiering.tierOf[r],
      startYear: start === NOT_STARTED ? null : model.years[start],
      rank: model.rank[r],
      equityScore: roundScore(request.equity),
      scoreBreakdown,
      allocations,
      reason: explanations[r].reason,
      reasonCode: explanations[r].reasonCode,
      toMoveUp: explanations[r].toMoveUp,
    };
  });
  items.sort((a, b) => a.tier - b.tier || a.rank - b.rank);

  const summary = (tier: 1 | 2, solution: typeof tiering.tier1): TierSummary => ({
    tier,
    objective: roundObjective(solution.objective),
    status: solution.status,
    gap: solution.gap === null ? null : roundObjective(solution.gap),
  });
  return { solver: parsed.solver, tiers: [summary(1, tiering.tier1), summary(2, tiering.tier2)], items };
}
