import {
  consume,
  copyCapacity,
  fits,
  lowerStartBound,
  NOT_STARTED,
  tierObjective,
  type TierProblem,
  type TierSolution,
} from './model';

/**
 * The format's GREEDY: one pass in rank order, each request at its earliest
 * year that fits. A request whose dependency has not been placed by the time
 * its turn comes is not funded in this tier, even if that dependency is placed
 * later in the pass; reordering would be search, which GREEDY promises not to do.
 */
export function solveGreedyTier(problem: TierProblem): TierSolution {
  const { model } = problem;
  const free = copyCapacity(problem.free);
  const placedStart = Int32Array.from(problem.placedStart);
  const usedAlternatives = new Set(problem.usedAlternatives);
  const chosen: TierSolution['chosen'] = [];
  const horizon = model.years.length;

  for (const r of problem.candidates) {
    const request = model.requests[r];
    if (request.alternativeGroup !== null && usedAlternatives.has(request.alternativeGroup)) continue;
    let waiting = false;
    for (const dep of request.dependencies) if (placedStart[dep] === NOT_STARTED) waiting = true;
    if (waiting) continue;
    for (let s = lowerStartBound(request, placedStart); s < horizon; s++) {
      if (!fits(request, s, free)) continue;
      consume(request, s, free);
      placedStart[r] = s;
      if (request.alternativeGroup !== null) usedAlternatives.add(request.alternativeGroup);
      chosen.push({ request: r, startIndex: s });
      break;
    }
  }
  return { chosen, objective: tierObjective(problem, chosen), status: 'HEURISTIC', gap: null };
}
