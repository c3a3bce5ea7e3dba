import type { ScenarioProblem, ScenarioRequest } from '../../src/equity';
import { seededRandom } from '../../src/db/seed/demo-random';

export interface GeneratorOptions {
  requestCount: number;
  yearCount: number;
  seed: number;
}

const CRITERIA = [
  { key: 'representationGap', weight: 3 },
  { key: 'surveyNeed', weight: 2 },
  { key: 'reach', weight: 1 },
];

/**
 * A district-shaped random problem: costs $5k–$250k one-time, recurring
 * 0–40% of that, 0–2 FTE, ~15% with a dependency, ~10% in alternative pairs
 * or triples, 12–40 focal groups, and envelopes worth ~40% of demand
 * (30% Tier 1, 10% Tier 2).
 */
export function generateProblem({ requestCount, yearCount, seed }: GeneratorOptions): ScenarioProblem {
  const random = seededRandom(seed);
  const between = (low: number, high: number) => low + (high - low) * random();
  const pick = (count: number) => Math.floor(random() * count);
  const years = Array.from({ length: yearCount }, (_, i) => 2027 + i);
  const groupCount = 12 + pick(29);

  const requests: ScenarioRequest[] = [];
  let alternativeCount = 0;
  for (let i = 0; i < requestCount; i++) {
    const oneTime = Math.round(between(5000, 250000) / 100) * 100;
    const groups = new Set<string>();
    const groupsWanted = 1 + pick(3);
    while (groups.size < groupsWanted) groups.add(`g${pick(groupCount)}`);
    const request: ScenarioRequest = {
      id: `r${String(i).padStart(5, '0')}`,
      scores: Object.fromEntries(CRITERIA.map(({ key }) => [key, Math.round(random() * 100) / 100])),
      focalGroups: [...groups].sort(),
      oneTime,
      recurring: Math.round((oneTime * between(0, 0.4)) / 100) * 100,
      fte: random() < 0.3 ? 0 : Math.round(between(0, 2) * 10) / 10,
      earliestYear: random() < 0.2 ? years[pick(yearCount)] : null,
      dependsOn: i > 0 && random() < 0.15 ? [`r${String(pick(i)).padStart(5, '0')}`] : [],
      alternativeGroup: null,
    };
    requests.push(request);
  }
  for (let i = 0; i + 3 <= requestCount; i += 3) {
    if (random() >= 0.1) continue;
    const group = `alt${alternativeCount++}`;
    const size = 2 + pick(2);
    for (let k = 0; k < size; k++) requests[i + k].alternativeGroup = group;
  }

  const moneyDemand = requests.reduce((sum, r) => sum + r.oneTime + r.recurring * yearCount, 0) / yearCount;
  const fteDemand = requests.reduce((sum, r) => sum + r.fte, 0);
  const envelope = (share: number) =>
    years.map(() => ({ money: Math.round(moneyDemand * share), fte: Math.round(fteDemand * share * 10) / 10 }));
  return {
    years,
    envelopes: { tier1: envelope(0.3), tier2: envelope(0.1) },
    lens: { criteria: CRITERIA },
    discount: 0.9,
    coverageBonus: 0.2,
    requests,
  };
}
