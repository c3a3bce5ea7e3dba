import { solveScenario } from './engine';
import type { ScenarioProblem, ScenarioResult } from './types';

/**
 * The one-step what-if behind a toMoveUp: the problem with the named extra money and staff added
 * to the tier above, and the request (with what must move with it) pinned there, so staff see the
 * real consequence for every other request rather than a promise.
 */
export function problemWithExtra(problem: ScenarioProblem, result: ScenarioResult, requestId: string): ScenarioProblem {
  const item = result.items.find((candidate) => candidate.id === requestId);
  if (!item) throw new Error(`request ${requestId} is not in the scenario`);
  if (!item.toMoveUp) throw new Error(`request ${requestId} has no move up: it is in Tier 1, pinned, excluded or blocked by an alternative`);
  const need = item.toMoveUp;
  const tier = (item.tier - 1) as 1 | 2;
  const key = tier === 1 ? 'tier1' : 'tier2';
  const envelope = problem.envelopes[key].map((amount, index) => {
    const extra = need.perYear.find((entry) => entry.year === problem.years[index]);
    return extra ? { money: amount.money + extra.money, fte: amount.fte + extra.fte } : amount;
  });
  const pins = new Map<string, { tier: 1 | 2; startYear: number }>([[requestId, { tier, startYear: need.year }]]);
  for (const dependency of need.movesWith) pins.set(dependency.id, { tier, startYear: dependency.year });
  // A pinned request's dependencies must be pinned too: those already placed keep their place.
  const requestById = new Map(problem.requests.map((request) => [request.id, request]));
  const itemById = new Map(result.items.map((candidate) => [candidate.id, candidate]));
  const pending = [...pins.keys()];
  while (pending.length > 0) {
    for (const dependencyId of requestById.get(pending.pop()!)?.dependsOn ?? []) {
      const placed = itemById.get(dependencyId);
      if (pins.has(dependencyId) || !placed || placed.tier > tier || placed.startYear === null) continue;
      pins.set(dependencyId, { tier: placed.tier as 1 | 2, startYear: placed.startYear });
      pending.push(dependencyId);
    }
  }
  return {
    ...problem,
    envelopes: { ...problem.envelopes, [key]: envelope },
    requests: problem.requests.map((request) => {
      const pin = pins.get(request.id);
      return pin ? { ...request, pin, pinReason: 'what-if: funded with the extra money and staff its move up names' } : request;
    }),
  };
}

export function fundWithExtra(problem: ScenarioProblem, result: ScenarioResult, requestId: string): Promise<ScenarioResult> {
  return solveScenario(problemWithExtra(problem, result, requestId));
}
