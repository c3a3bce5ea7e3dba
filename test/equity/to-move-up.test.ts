import fc from 'fast-check';
import { fundWithExtra, solveScenario, type ScenarioProblem, type SolverKind } from '../../src/equity';

import { problem, request } from './builders';

describe('toMoveUp names every year that needs money or staff', () => {
  it.each<SolverKind>(['OPTIMAL', 'GREEDY'])('a shortfall only in a later year is named in that year, not the start year (%s)', async (solver) => {
    // Tier 1: $100 in 2027, $10 in 2028. The request costs $70 in 2027 and $20 in 2028.
    const result = await solveScenario({ ...problem([2027, 2028], [[100, 5], [10, 5]], [[0, 0], [0, 0]], [request('r', 0.5, { oneTime: 50, recurring: 20 })]), solver });
    const item = result.items[0];
    expect(item).toMatchObject({ tier: 3, reasonCode: 'MONEY_CAP' });
    expect(item.reason).toContain('FY2028 money cap reached: needs $10 more (to start in 2027)');
    expect(item.toMoveUp).toMatchObject({ year: 2027, money: 10, fte: 0, perYear: [{ year: 2028, money: 10, fte: 0 }], movesWith: [] });
    expect(item.toMoveUp!.guarantee).toMatch(/^If \$10 in FY2028 is set aside for this request, it fits in Tier 2 from 2027 without moving anything already there\./);
  });

  it('exists for a request blocked by an unfunded dependency, naming what must move with it', async () => {
    // x takes Tier 1's $100; a ($10) and b ($50, depends on a) wait. Both move up with $60.
    const result = await solveScenario(
      problem([2027], [[100, 5]], [[0, 0]], [request('x', 0.95, { oneTime: 100 }), request('a', 0.1, { oneTime: 10 }), request('b', 0.8, { oneTime: 50, dependsOn: ['a'] })]),
    );
    const b = result.items.find((item) => item.id === 'b')!;
    expect(b).toMatchObject({ tier: 3, reasonCode: 'DEPENDENCY' });
    expect(b.reason).toContain('waits for "a", which is not funded; it could move up together with what it depends on, with FY2027 money cap reached: needs $60 more');
    expect(b.toMoveUp).toMatchObject({ year: 2027, money: 60, fte: 0, perYear: [{ year: 2027, money: 60, fte: 0 }], movesWith: [{ id: 'a', year: 2027 }] });
    expect(b.toMoveUp!.guarantee).toContain('together with "a", which it depends on,');
  });

  it('names the lower-ranked request that got in and the higher-ranked one it went ahead of (rank inversion)', async () => {
    // h (rank 1) costs $80; a ($30) and b ($70) together fill the $100 and are worth more (0.95 > 0.9).
    const result = await solveScenario(
      problem([2028], [[100, 5]], [[0, 0]], [request('h', 0.9, { oneTime: 80 }), request('a', 0.5, { oneTime: 30 }), request('b', 0.45, { oneTime: 70 })]),
    );
    const byId = Object.fromEntries(result.items.map((item) => [item.id, item]));
    expect([byId.h.tier, byId.a.tier, byId.b.tier]).toEqual([3, 1, 1]);
    expect(byId.h.reason).toBe(
      'Saved for later (Tier 3): rank 1 of 3 by equity score. Not in Tier 2: FY2028 money cap reached: needs $80 more. ' +
        'Lower-ranked "a" (rank 2) is in Tier 1 instead: it needs $30 where this one needs $80, and it fit in what was left.',
    );
    expect(byId.b.reason).toBe(
      'Funded in 2028 (Tier 1): rank 3 of 3 by equity score. Ahead of higher-ranked "h" (rank 1) in Tier 1, which needs $80 and did not fit in what was left; this one needs $70.',
    );
    expect(byId.a.reason).toContain('Ahead of higher-ranked "h" (rank 1) in Tier 1');
  });
});

/** A random small cycle: 2–3 years, 3–7 requests with random costs, some dependencies. */
const smallProblem = fc
  .record({
    years: fc.integer({ min: 1, max: 3 }),
    tier1: fc.array(fc.tuple(fc.integer({ min: 0, max: 200 }), fc.integer({ min: 0, max: 3 })), { minLength: 3, maxLength: 3 }),
    tier2: fc.array(fc.tuple(fc.integer({ min: 0, max: 100 }), fc.integer({ min: 0, max: 2 })), { minLength: 3, maxLength: 3 }),
    requests: fc.array(
      fc.record({
        need: fc.integer({ min: 1, max: 100 }),
        oneTime: fc.integer({ min: 0, max: 150 }),
        recurring: fc.integer({ min: 0, max: 60 }),
        fte: fc.integer({ min: 0, max: 2 }),
        dependsOnPrevious: fc.boolean(),
      }),
      { minLength: 3, maxLength: 7 },
    ),
    solver: fc.constantFrom<SolverKind>('OPTIMAL', 'GREEDY'),
  })
  .map(({ years, tier1, tier2, requests, solver }): ScenarioProblem => {
    const yearList = [2027, 2028, 2029].slice(0, years);
    return {
      ...problem(
        yearList,
        tier1.slice(0, years) as Array<[number, number]>,
        tier2.slice(0, years) as Array<[number, number]>,
        requests.map((spec, index) =>
          request(`r${index}`, spec.need / 100, {
            oneTime: spec.oneTime,
            recurring: spec.recurring,
            fte: spec.fte,
            dependsOn: spec.dependsOnPrevious && index > 0 ? [`r${index - 1}`] : [],
          }),
        ),
      ),
      solver,
    };
  });

describe('fundWithExtra', () => {
  it('always lands the request in the tier its toMoveUp was for', async () => {
    let checked = 0;
    await fc.assert(
      fc.asyncProperty(smallProblem, async (scenario) => {
        const result = await solveScenario(scenario);
        for (const item of result.items) {
          if (!item.toMoveUp) continue;
          const target = item.tier - 1;
          const whatIf = await fundWithExtra(scenario, result, item.id);
          const moved = whatIf.items.find((other) => other.id === item.id)!;
          expect(moved.tier).toBe(target);
          for (const { id } of item.toMoveUp.movesWith) expect(whatIf.items.find((other) => other.id === id)!.tier).toBeLessThanOrEqual(target);
          checked += 1;
        }
      }),
      { numRuns: 60, seed: 20261129 },
    );
    expect(checked).toBeGreaterThan(0);
  });
});
