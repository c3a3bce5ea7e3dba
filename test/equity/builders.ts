import fc from 'fast-check';
import type { ScenarioProblem, ScenarioRequest } from '../../src/equity';

/** One-criterion lens, so a request's equity score is simply its `need`. */
export function request(id: string, need: number, fields: Partial<ScenarioRequest> = {}): ScenarioRequest {
  return { id, scores: { need }, focalGroups: [], oneTime: 0, recurring: 0, fte: 0, ...fields };
}

export function problem(
  years: number[],
  tier1: Array<[number, number]>,
  tier2: Array<[number, number]>,
  requests: ScenarioRequest[],
  fields: Partial<ScenarioProblem> = {},
): ScenarioProblem {
  const envelope = (pairs: Array<[number, number]>) => pairs.map(([money, fte]) => ({ money, fte }));
  return {
    years,
    envelopes: { tier1: envelope(tier1), tier2: envelope(tier2) },
    lens: { criteria: [{ key: 'need', weight: 1 }] },
    requests,
    ...fields,
  };
}

export interface RandomProblemShape {
  maxRequests: number;
  maxYears: number;
  coverageBonuses?: number[];
  /** About one request in this many (after the first) depends on an earlier one. */
  dependencyOneIn?: number;
}

/**
 * Small random cycles with everything the engine models: two criteria, shared focal groups,
 * one-time and recurring costs, FTE, earliest years, dependencies and alternative sets. Small
 * enough for brute force.
 */
export function randomSmallProblem({ maxRequests, maxYears, coverageBonuses = [0, 0.3], dependencyOneIn = 4 }: RandomProblemShape): fc.Arbitrary<ScenarioProblem> {
  return fc
    .record({
      yearCount: fc.integer({ min: 1, max: maxYears }),
      requestCount: fc.integer({ min: 1, max: maxRequests }),
      coverageBonus: fc.constantFrom(...coverageBonuses),
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
        dependsOn: i > 0 && next(dependencyOneIn) === 0 ? [`r${next(i)}`] : [],
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
}
