import { generateProblem } from '../../bench/scenario/generate';
import { solveGreedyTier } from '../../src/equity/greedy';
import { improveSchedule } from '../../src/equity/improve';
import { lagrangianSolve } from '../../src/equity/lagrangian';
import { buildModel, consume, copyCapacity, fits, lowerStartBound, NOT_STARTED, tierObjective, type TierProblem } from '../../src/equity/model';
import { parseScenarioProblem } from '../../src/equity/parse';

function tier1Of(seed: number, requestCount: number, yearCount: number): TierProblem {
  const p = generateProblem({ requestCount, yearCount, seed });
  const model = buildModel(parseScenarioProblem(p));
  return {
    model,
    placedStart: new Int32Array(model.requests.length).fill(NOT_STARTED),
    pinnedHere: [],
    free: { money: p.envelopes.tier1.map((e) => e.money), fte: p.envelopes.tier1.map((e) => e.fte) },
    coveredBefore: model.focalGroupNames.map(() => false),
    usedAlternatives: new Set(),
    candidates: model.rankOrder,
  };
}

describe('improveSchedule (drop/shift-and-refill local search)', () => {
  it.each([
    [1, 300, 4],
    [2, 500, 6],
    [3, 1000, 4],
  ])('seed %i, %i×%i: feasible, deterministic, never below its input', (seed, n, y) => {
    const problem = tier1Of(seed, n, y);
    const greedy = solveGreedyTier(problem);
    const relaxation = lagrangianSolve(problem, greedy);
    for (const start of [greedy.chosen, relaxation.best]) {
      const improved = improveSchedule(problem, relaxation.eligible, relaxation.reduced, start);
      expect(tierObjective(problem, improved)).toBeGreaterThanOrEqual(tierObjective(problem, start) - 1e-9);
      expect(JSON.stringify(improveSchedule(problem, relaxation.eligible, relaxation.reduced, start))).toBe(
        JSON.stringify(improved),
      );
      // Exact feasibility: dependencies first, each fits, earliest years, one per alternative group.
      const free = copyCapacity(problem.free);
      const placed = Int32Array.from(problem.placedStart);
      const alternatives = new Set<string>();
      const pending = [...improved].sort((a, b) => a.startIndex - b.startIndex || a.request - b.request);
      for (let guard = 0; pending.length > 0 && guard < 100; guard++) {
        for (let i = 0; i < pending.length; i++) {
          const { request: r, startIndex } = pending[i];
          const request = problem.model.requests[r];
          if (request.dependencies.some((d) => placed[d] === NOT_STARTED)) continue;
          expect(startIndex).toBeGreaterThanOrEqual(lowerStartBound(request, placed));
          expect(fits(request, startIndex, free)).toBe(true);
          consume(request, startIndex, free);
          placed[r] = startIndex;
          if (request.alternativeGroup !== null) {
            expect(alternatives.has(request.alternativeGroup)).toBe(false);
            alternatives.add(request.alternativeGroup);
          }
          pending.splice(i--, 1);
        }
      }
      expect(pending).toEqual([]);
    }
  });
});
