import { ScenarioInfeasibleError, solveScenario, type ScenarioProblem, type SolverKind } from '../../src/equity';
import { problem, request } from './builders';

interface Case {
  name: string;
  solvers: SolverKind[];
  problem: ScenarioProblem;
  id: string;
  tier: 1 | 2 | 3;
  startYear: number | null;
  reasonCode: string;
  reason: string;
  toMoveUp: unknown;
}

const cases: Case[] = [
  {
    name: 'funded in Tier 1',
    solvers: ['OPTIMAL', 'GREEDY'],
    problem: problem([2028], [[100000, 5]], [[50000, 5]], [request('a', 0.9, { oneTime: 80000 }), request('b', 0.5, { oneTime: 32400 })]),
    id: 'a',
    tier: 1,
    startYear: 2028,
    reasonCode: 'FUNDED',
    reason: 'Funded in 2028 (Tier 1): rank 1 of 2 by equity score.',
    toMoveUp: null,
  },
  {
    name: 'money cap',
    solvers: ['OPTIMAL', 'GREEDY'],
    problem: problem([2028], [[100000, 5]], [[50000, 5]], [request('a', 0.9, { oneTime: 80000 }), request('b', 0.5, { oneTime: 32400 })]),
    id: 'b',
    tier: 2,
    startYear: 2028,
    reasonCode: 'MONEY_CAP',
    reason:
      'Funded in 2028 if Tier 2 money comes (Tier 2): rank 2 of 2 by equity score. Not in Tier 1: FY2028 money cap reached: needs $12,400 more.',
    toMoveUp: { year: 2028, money: 12400, fte: 0 },
  },
  {
    name: 'FTE cap',
    solvers: ['OPTIMAL', 'GREEDY'],
    problem: problem([2028], [[100000, 1]], [[0, 1]], [request('a', 0.9, { oneTime: 1000, fte: 1 }), request('c', 0.5, { oneTime: 1000, fte: 0.5 })]),
    id: 'c',
    tier: 2,
    startYear: 2028,
    reasonCode: 'FTE_CAP',
    reason:
      'Funded in 2028 if Tier 2 money comes (Tier 2): rank 2 of 2 by equity score. Not in Tier 1: FY2028 FTE cap reached: needs 0.5 more FTE.',
    toMoveUp: { year: 2028, money: 0, fte: 0.5 },
  },
  {
    name: 'recurring shortfall over several years',
    solvers: ['OPTIMAL', 'GREEDY'],
    problem: problem([2027, 2028], [[50000, 5], [10000, 5]], [[0, 0], [0, 0]], [request('i', 0.5, { oneTime: 40000, recurring: 20000 })]),
    id: 'i',
    tier: 3,
    startYear: null,
    reasonCode: 'MONEY_CAP',
    reason:
      'Saved for later (Tier 3): rank 1 of 1 by equity score. Not in Tier 2: money caps reached in FY2027, FY2028: needs $20,000 more in total.',
    toMoveUp: {
      year: 2027,
      money: 20000,
      fte: 0,
      perYear: [
        { year: 2027, money: 10000, fte: 0 },
        { year: 2028, money: 10000, fte: 0 },
      ],
    },
  },
  {
    name: 'dependency excluded by staff',
    solvers: ['OPTIMAL', 'GREEDY'],
    problem: problem([2028], [[100000, 5]], [[0, 0]], [
      request('d', 0.9, { dependsOn: ['e'] }),
      request('e', 0.5, { title: 'Parent academy', excluded: true, pinReason: 'duplicate of district program' }),
    ]),
    id: 'd',
    tier: 3,
    startYear: null,
    reasonCode: 'DEPENDENCY',
    reason:
      'Saved for later (Tier 3): rank 1 of 2 by equity score. Not in Tier 2: waits for "Parent academy", which is excluded by budget staff.',
    toMoveUp: null,
  },
  {
    name: 'excluded',
    solvers: ['OPTIMAL', 'GREEDY'],
    problem: problem([2028], [[100000, 5]], [[0, 0]], [
      request('d', 0.9, { dependsOn: ['e'] }),
      request('e', 0.5, { title: 'Parent academy', excluded: true, pinReason: 'duplicate of district program' }),
    ]),
    id: 'e',
    tier: 3,
    startYear: null,
    reasonCode: 'EXCLUDED',
    reason: 'Excluded by budget staff: duplicate of district program. Saved for later (Tier 3): rank 2 of 2 by equity score.',
    toMoveUp: null,
  },
  {
    name: 'dependency only in Tier 2',
    // GREEDY never funds y: it reaches y, which ranks higher, before x in both tiers.
    solvers: ['OPTIMAL'],
    problem: problem([2028], [[50000, 5]], [[50000, 5]], [request('x', 0.3, { oneTime: 60000 }), request('y', 0.9, { oneTime: 10000, dependsOn: ['x'] })]),
    id: 'y',
    tier: 2,
    startYear: 2028,
    reasonCode: 'DEPENDENCY',
    reason:
      'Funded in 2028 if Tier 2 money comes (Tier 2): rank 1 of 2 by equity score. Not in Tier 1: waits for "x", which is only in Tier 2; it could move up together with what it depends on, with FY2028 money cap reached: needs $20,000 more.',
    toMoveUp: { year: 2028, money: 20000, fte: 0, movesWith: [{ id: 'x', year: 2028 }] },
  },
  {
    name: 'GREEDY meets a dependency that ranks lower',
    solvers: ['GREEDY'],
    problem: problem([2028], [[100000, 5]], [[0, 0]], [request('m', 0.9, { dependsOn: ['n'] }), request('n', 0.5)]),
    id: 'm',
    tier: 2,
    startYear: 2028,
    reasonCode: 'DEPENDENCY',
    reason:
      'Funded in 2028 if Tier 2 money comes (Tier 2): rank 1 of 2 by equity score. Not in Tier 1: waits for "n", which ranks lower, and GREEDY considers each request once in rank order.',
    toMoveUp: null,
  },
  {
    name: 'alternative chosen',
    solvers: ['OPTIMAL', 'GREEDY'],
    problem: problem([2028], [[100000, 5]], [[100000, 5]], [
      request('f', 0.8, { title: 'Bus passes', alternativeGroup: 'bus' }),
      request('g', 0.6, { alternativeGroup: 'bus' }),
    ]),
    id: 'g',
    tier: 3,
    startYear: null,
    reasonCode: 'ALTERNATIVE',
    reason: 'Saved for later (Tier 3): rank 2 of 2 by equity score. Not in Tier 2: alternative "Bus passes" chosen (Tier 1).',
    toMoveUp: null,
  },
  {
    name: 'earliest start',
    solvers: ['OPTIMAL', 'GREEDY'],
    problem: problem([2027, 2028], [[100000, 5], [20000, 5]], [[0, 0], [0, 0]], [request('h', 0.7, { oneTime: 50000, earliestYear: 2028 })]),
    id: 'h',
    tier: 3,
    startYear: null,
    reasonCode: 'EARLIEST_START',
    reason:
      'Saved for later (Tier 3): rank 1 of 1 by equity score. Not in Tier 2: earliest start 2028 (there is room in 2027); FY2028 money cap reached: needs $30,000 more.',
    toMoveUp: { year: 2028, money: 30000, fte: 0 },
  },
  {
    name: 'pinned to Tier 2',
    solvers: ['OPTIMAL', 'GREEDY'],
    problem: problem([2028], [[100000, 5]], [[50000, 5]], [
      request('p', 0.9, { oneTime: 10000, pin: { tier: 2, startYear: 2028 }, pinReason: 'board priority' }),
    ]),
    id: 'p',
    tier: 2,
    startYear: 2028,
    reasonCode: 'PINNED',
    reason: 'Funded in 2028 if Tier 2 money comes (Tier 2): pinned by budget staff: board priority; rank 1 of 1 by equity score.',
    toMoveUp: null,
  },
  {
    name: 'a Tier 1 pin displaces a higher-ranked request',
    solvers: ['OPTIMAL', 'GREEDY'],
    problem: problem([2028], [[100000, 5]], [[50000, 5]], [
      request('q', 0.1, { oneTime: 90000, pin: { tier: 1, startYear: 2028 } }),
      request('a', 0.9, { oneTime: 20000 }),
    ]),
    id: 'a',
    tier: 2,
    startYear: 2028,
    reasonCode: 'MONEY_CAP',
    reason:
      'Funded in 2028 if Tier 2 money comes (Tier 2): rank 1 of 2 by equity score. Not in Tier 1: FY2028 money cap reached: needs $10,000 more. Lower-ranked "q" (rank 2) is in Tier 1 instead: budget staff pinned it there.',
    toMoveUp: { year: 2028, money: 10000, fte: 0 },
  },
  {
    name: 'Tier 1 is held back so a Tier 2 pin fits',
    solvers: ['OPTIMAL', 'GREEDY'],
    problem: problem([2028], [[100000, 5]], [[10000, 5]], [
      request('p', 0.2, { oneTime: 50000, pin: { tier: 2, startYear: 2028 } }),
      request('a', 0.9, { oneTime: 100000 }),
    ]),
    id: 'a',
    tier: 3,
    startYear: null,
    reasonCode: 'MONEY_CAP',
    reason: 'Saved for later (Tier 3): rank 1 of 2 by equity score. Not in Tier 2: FY2028 money cap reached: needs $40,000 more. Lower-ranked "p" (rank 2) is in Tier 2 instead: budget staff pinned it there.',
    toMoveUp: { year: 2028, money: 40000, fte: 0 },
  },
];

describe('explanations', () => {
  const runs = cases.flatMap((c) => c.solvers.map((solver) => ({ ...c, solver })));
  it.each(runs)('$name ($solver)', async (c) => {
    const result = await solveScenario({ ...c.problem, solver: c.solver });
    const item = result.items.find((i) => i.id === c.id);
    expect(item).toMatchObject({ tier: c.tier, startYear: c.startYear, reasonCode: c.reasonCode, reason: c.reason });
    expect(item?.toMoveUp ?? null).toEqual(c.toMoveUp === null ? null : expect.objectContaining(c.toMoveUp));
  });

  it('allocations follow the cost profile, money to the cent', async () => {
    const result = await solveScenario(
      problem([2027, 2028, 2029], [[1e6, 5], [1e6, 5], [1e6, 5]], [[0, 0], [0, 0], [0, 0]], [
        request('a', 0.5, { oneTime: 1000.004, recurring: 250.5, fte: 0.25, earliestYear: 2028 }),
      ]),
    );
    expect(result.items[0]).toMatchObject({
      startYear: 2028,
      allocations: [
        { year: 2028, money: 1250.5, fte: 0.25 },
        { year: 2029, money: 250.5, fte: 0.25 },
      ],
    });
    expect(result.tiers[0]).toEqual({ tier: 1, objective: 0.45, status: 'OPTIMAL', gap: 0 });
  });

  it.each<[string, ScenarioProblem, string]>([
    [
      'a pin the envelope cannot hold',
      problem([2028], [[100000, 5]], [[0, 0]], [request('big', 0.5, { oneTime: 150000, pin: { tier: 1, startYear: 2028 } })]),
      'request big: pinned to Tier 1 in 2028, but the Tier 1 envelope cannot hold it together with the pins listed before it',
    ],
    [
      'a pin whose dependency is not pinned',
      problem([2028], [[100000, 5]], [[0, 0]], [request('a', 0.5), request('b', 0.5, { dependsOn: ['a'], pin: { tier: 1, startYear: 2028 } })]),
      'request b: pinned to Tier 1 in 2028, so its dependency a must be pinned to Tier 1 starting no later than 2028',
    ],
    [
      'a pin before the earliest year',
      problem([2027, 2028], [[1, 1], [1, 1]], [[0, 0], [0, 0]], [request('a', 0.5, { earliestYear: 2028, pin: { tier: 2, startYear: 2027 } })]),
      'request a: pinned to Tier 2 in 2027, before its earliest year 2028',
    ],
  ])('rejects %s, naming the request', async (_name, p, message) => {
    await expect(solveScenario(p)).rejects.toThrow(ScenarioInfeasibleError);
    await expect(solveScenario(p)).rejects.toThrow(message);
  });
});
