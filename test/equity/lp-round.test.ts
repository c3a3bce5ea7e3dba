import { generateProblem } from '../../bench/scenario/generate';
import { solveScenario } from '../../src/equity';

describe('OPTIMAL LP rounding + sub-MILP (count-bounded)', () => {
  it('1,000×4 with mipGap 0.01: both tiers proven, same bytes twice', async () => {
    const problem = { ...generateProblem({ requestCount: 1000, yearCount: 4, seed: 20271005 }), solver: 'OPTIMAL' as const, mipGap: 0.01 };
    const first = await solveScenario(problem);
    const second = await solveScenario(problem);
    for (const tier of first.tiers) {
      expect(tier.status).toBe('OPTIMAL');
      expect(tier.gap as number).toBeLessThanOrEqual(0.01);
    }
    expect(JSON.stringify(second)).toBe(JSON.stringify(first));
  }, 60000);
});
