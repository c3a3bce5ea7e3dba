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
export function generateProblem(options: GeneratorOptions): ScenarioProblem {
  return generate(options, { groups: [12, 40], dependencyShare: 0.15, coverageBonus: 0.2 });
}

/**
 * The problems of issue #14 ("exact plans at district size"): 60–120 requests
 * over 4 or 6 years, coverage bonus 0.1–0.5, 8–30 focal groups, ~12% with a
 * dependency, ~10% in alternative sets, recurring costs, FTE and some earliest
 * years. Size, horizon, bonus and groups are all drawn from the seed.
 */
export function generateDistrictProblem(seed: number): ScenarioProblem {
  const random = seededRandom(seed ^ 0x5eed);
  const requestCount = 60 + Math.floor(random() * 61);
  const yearCount = random() < 0.5 ? 4 : 6;
  const coverageBonus = Math.round((0.1 + 0.4 * random()) * 100) / 100;
  return generate({ requestCount, yearCount, seed }, { groups: [8, 30], dependencyShare: 0.12, coverageBonus });
}

interface Shape {
  /** Lowest and highest number of focal groups. */
  groups: [number, number];
  dependencyShare: number;
  coverageBonus: number;
}

function generate({ requestCount, yearCount, seed }: GeneratorOptions, shape: Shape): ScenarioProblem {
  const random = seededRandom(seed);
  const between = (low: number, high: number) => low + (high - low) * random();
  const pick = (count: number) => Math.floor(random() * count);
  const years = Array.from({ length: yearCount }, (_, i) => 2027 + i);
  const groupCount = shape.groups[0] + pick(shape.groups[1] - shape.groups[0] + 1);

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
      dependsOn: i > 0 && random() < shape.dependencyShare ? [`r${String(pick(i)).padStart(5, '0')}`] : [],
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
    coverageBonus: shape.coverageBonus,
    requests,
  };
}
