import fc from 'fast-check';
import { solveScenario, type ScenarioProblem, type ScenarioRequest, type ScenarioResult } from '../../src/equity';

const SLACK = 1e-6;

const smallProblem = (maxRequests: number, maxYears: number): fc.Arbitrary<ScenarioProblem> =>
  fc
    .record({
      yearCount: fc.integer({ min: 1, max: maxYears }),
      requestCount: fc.integer({ min: 1, max: maxRequests }),
      coverageBonus: fc.constantFrom(0, 0.3),
      seedValues: fc.array(fc.integer({ min: 0, max: 1000 }), { minLength: 120, maxLength: 120 }),
    })
    .map(({ yearCount, requestCount, coverageBonus, seedValues }) => {
      let cursor = 0;
      const next = (modulo: number) => seedValues[cursor++ % seedValues.length] % modulo;
      const years = Array.from({ length: yearCount }, (_, i) => 2027 + i);
      const requests: ScenarioRequest[] = Array.from({ length: requestCount }, (_, i) => ({
        id: `r${i}`,
        scores: { need: next(11) / 10, reach: next(11) / 10 },
        focalGroups: next(3) === 0 ? [] : [`g${next(4)}`],
        oneTime: next(6) * 1000,
        recurring: next(3) * 500,
        fte: next(3) * 0.5,
        earliestYear: next(3) === 0 ? years[next(yearCount)] : null,
        dependsOn: i > 0 && next(4) === 0 ? [`r${next(i)}`] : [],
        alternativeGroup: next(4) === 0 ? `alt${next(2)}` : null,
      }));
      const envelope = () => years.map(() => ({ money: next(8) * 1000, fte: next(3) * 0.5 }));
      return {
        years,
        envelopes: { tier1: envelope(), tier2: envelope() },
        lens: { criteria: [{ key: 'need', weight: 2 }, { key: 'reach', weight: 1 }] },
        discount: 0.9,
        coverageBonus,
        requests,
      };
    });

function checkInvariants(problem: ScenarioProblem, result: ScenarioResult): void {
  const { years } = problem;
  expect(result.items.map((i) => i.id).sort()).toEqual(problem.requests.map((r) => r.id).sort());
  const byId = new Map(result.items.map((item) => [item.id, item]));
  for (const [maxTier, envelopes] of [
    [1, [problem.envelopes.tier1]],
    [2, [problem.envelopes.tier1, problem.envelopes.tier2]],
  ] as const) {
    years.forEach((year, t) => {
      let money = 0;
      let fte = 0;
      for (const request of problem.requests) {
        const item = byId.get(request.id)!;
        if (item.tier > maxTier || item.startYear === null || item.startYear > year) continue;
        money += (item.startYear === year ? request.oneTime : 0) + request.recurring;
        fte += request.fte;
      }
      expect(money).toBeLessThanOrEqual(envelopes.reduce((sum, e) => sum + e[t].money, 0) + SLACK);
      expect(fte).toBeLessThanOrEqual(envelopes.reduce((sum, e) => sum + e[t].fte, 0) + SLACK);
    });
  }
  const fundedInGroup = new Map<string, number>();
  for (const request of problem.requests) {
    const item = byId.get(request.id)!;
    if (item.tier === 3) {
      expect(item.startYear).toBeNull();
      expect(item.allocations).toEqual([]);
      continue;
    }
    expect(item.startYear).not.toBeNull();
    if (request.earliestYear) expect(item.startYear!).toBeGreaterThanOrEqual(request.earliestYear);
    for (const dep of request.dependsOn ?? []) {
      const depItem = byId.get(dep)!;
      expect(depItem.tier).toBeLessThanOrEqual(item.tier);
      expect(depItem.startYear!).toBeLessThanOrEqual(item.startYear!);
    }
    if (request.alternativeGroup) {
      fundedInGroup.set(request.alternativeGroup, (fundedInGroup.get(request.alternativeGroup) ?? 0) + 1);
    }
  }
  for (const count of fundedInGroup.values()) expect(count).toBeLessThanOrEqual(1);
}

/**
 * Independent reading of the format: try every start-or-skip for every open
 * request and keep the best objective that respects every rule.
 */
function bruteForceTier(
  problem: ScenarioProblem,
  fixedStart: Map<string, number>,
  capacity: Array<{ money: number; fte: number }>,
  coveredBefore: Set<string>,
): number {
  const { years } = problem;
  const weights = problem.lens.criteria;
  const totalWeight = weights.reduce((s, c) => s + c.weight, 0);
  const equity = (r: ScenarioRequest) => weights.reduce((s, c) => s + c.weight * (r.scores[c.key] ?? 0), 0) / totalWeight;
  const open = problem.requests.filter((r) => !fixedStart.has(r.id));
  const choice = new Array<number>(open.length).fill(-1);
  let best = 0;
  const evaluate = () => {
    const start = new Map(fixedStart);
    open.forEach((r, i) => choice[i] >= 0 && start.set(r.id, choice[i]));
    const alternatives = new Map<string, number>();
    for (const r of problem.requests) {
      const s = start.get(r.id);
      if (s === undefined) continue;
      if (r.earliestYear && years[s] < r.earliestYear) return;
      for (const dep of r.dependsOn ?? []) {
        const ds = start.get(dep);
        if (ds === undefined || ds > s) return;
      }
      if (r.alternativeGroup) {
        alternatives.set(r.alternativeGroup, (alternatives.get(r.alternativeGroup) ?? 0) + 1);
        if (alternatives.get(r.alternativeGroup)! > 1) return;
      }
    }
    for (let t = 0; t < years.length; t++) {
      let money = 0;
      let fte = 0;
      for (const r of problem.requests) {
        const s = start.get(r.id);
        if (s === undefined || s > t) continue;
        money += (s === t ? r.oneTime : 0) + r.recurring;
        fte += r.fte;
      }
      if (money > capacity[t].money + SLACK || fte > capacity[t].fte + SLACK) return;
    }
    let value = 0;
    const covered = new Set<string>();
    open.forEach((r, i) => {
      if (choice[i] < 0) return;
      value += equity(r) * (problem.discount ?? 0.9) ** choice[i];
      for (const g of r.focalGroups) if (!coveredBefore.has(g)) covered.add(g);
    });
    best = Math.max(best, value + (problem.coverageBonus ?? 0) * covered.size);
  };
  const recurse = (i: number) => {
    if (i === open.length) return evaluate();
    for (let s = -1; s < years.length; s++) {
      choice[i] = s;
      recurse(i + 1);
    }
  };
  recurse(0);
  return best;
}

const runs = { numRuns: 40, seed: 424242 };

describe('scenario properties', () => {
  it('never breaks an envelope, a dependency, an alternative or an earliest year (both solvers)', async () => {
    await fc.assert(
      fc.asyncProperty(smallProblem(8, 4), fc.constantFrom('OPTIMAL' as const, 'GREEDY' as const), async (p, solver) => {
        const problem = { ...p, solver };
        checkInvariants(problem, await solveScenario(problem));
      }),
      runs,
    );
  });

  it('OPTIMAL reaches at least the GREEDY Tier 1 objective', async () => {
    await fc.assert(
      fc.asyncProperty(smallProblem(8, 4), async (p) => {
        const optimal = await solveScenario({ ...p, solver: 'OPTIMAL' });
        const greedy = await solveScenario({ ...p, solver: 'GREEDY' });
        expect(optimal.tiers[0].objective).toBeGreaterThanOrEqual(greedy.tiers[0].objective - 1e-6);
      }),
      runs,
    );
  });

  it('OPTIMAL equals brute force on Tier 1 and, with Tier 1 fixed, on Tier 2', async () => {
    await fc.assert(
      fc.asyncProperty(smallProblem(6, 3), async (p) => {
        const result = await solveScenario({ ...p, solver: 'OPTIMAL' });
        const tier1 = bruteForceTier(p, new Map(), p.envelopes.tier1, new Set());
        expect(result.tiers[0].objective).toBeCloseTo(tier1, 5);

        const fixed = new Map<string, number>();
        const covered = new Set<string>();
        for (const item of result.items.filter((i) => i.tier === 1)) {
          fixed.set(item.id, p.years.indexOf(item.startYear!));
          for (const g of p.requests.find((r) => r.id === item.id)!.focalGroups) covered.add(g);
        }
        const combined = p.envelopes.tier1.map((e, t) => ({
          money: e.money + p.envelopes.tier2[t].money,
          fte: e.fte + p.envelopes.tier2[t].fte,
        }));
        expect(result.tiers[1].objective).toBeCloseTo(bruteForceTier(p, fixed, combined, covered), 5);
      }),
      { numRuns: 30, seed: 777 },
    );
  });

  it('gives the same bytes for the same input', async () => {
    await fc.assert(
      fc.asyncProperty(smallProblem(8, 4), fc.constantFrom('OPTIMAL' as const, 'GREEDY' as const), async (p, solver) => {
        const first = JSON.stringify(await solveScenario({ ...p, solver }));
        const second = JSON.stringify(await solveScenario({ ...p, solver }));
        expect(second).toBe(first);
      }),
      { numRuns: 20, seed: 99 },
    );
  });
});
