import type { Lens } from './types';

export interface EquityScore {
  score: number;
  /** weight·score/Σweight per criterion, in lens order; sums to `score`. */
  breakdown: Record<string, number>;
}

export function lensTotalWeight(lens: Lens): number {
  let total = 0;
  for (const criterion of lens.criteria) total += criterion.weight;
  return total;
}

export function scoreRequest(
  scores: Readonly<Record<string, number>>,
  lens: Lens,
  totalWeight: number = lensTotalWeight(lens),
): EquityScore {
  const breakdown: Record<string, number> = {};
  let score = 0;
  for (const { key, weight } of lens.criteria) {
    const criterionScore = Object.prototype.hasOwnProperty.call(scores, key) ? scores[key] : 0;
    const share = (weight * criterionScore) / totalWeight;
    breakdown[key] = share;
    score += share;
  }
  return { score, breakdown };
}
