import { formatMoney, parseScenarioProblem, scoreRequest, ScenarioFormatError, solveScenario } from '../../src/equity';
import { problem, request } from './builders';

const lens = {
  criteria: [
    { key: 'representationGap', weight: 3 },
    { key: 'surveyNeed', weight: 2 },
    { key: 'reach', weight: 1 },
  ],
};

describe('scoreRequest', () => {
  it.each<{ name: string; scores: Record<string, number>; score: number; breakdown: Record<string, number> }>([
    {
      name: 'the format example',
      scores: { representationGap: 0.8, surveyNeed: 0.6, reach: 0.3 },
      score: 0.65,
      breakdown: { representationGap: 0.4, surveyNeed: 0.2, reach: 0.05 },
    },
    {
      name: 'missing scores count as 0',
      scores: { surveyNeed: 0.9 },
      score: 0.3,
      breakdown: { representationGap: 0, surveyNeed: 0.3, reach: 0 },
    },
    {
      name: 'scores for criteria outside the lens are ignored',
      scores: { representationGap: 1, surveyNeed: 1, reach: 1, other: 1 },
      score: 1,
      breakdown: { representationGap: 0.5, surveyNeed: 1 / 3, reach: 1 / 6 },
    },
  ])('$name', ({ scores, score, breakdown }) => {
    const result = scoreRequest(scores, lens);
    expect(result.score).toBeCloseTo(score, 12);
    for (const [key, share] of Object.entries(breakdown)) expect(result.breakdown[key]).toBeCloseTo(share, 12);
    expect(Object.values(result.breakdown).reduce((a, b) => a + b, 0)).toBeCloseTo(result.score, 12);
  });

  it('treats a criterion named like an Object method as missing', () => {
    expect(scoreRequest({}, { criteria: [{ key: 'constructor', weight: 1 }] }).score).toBe(0);
  });

  it('a zero-weight criterion contributes nothing', () => {
    const result = scoreRequest({ a: 1, b: 1 }, { criteria: [{ key: 'a', weight: 0 }, { key: 'b', weight: 2 }] });
    expect(result).toEqual({ score: 1, breakdown: { a: 0, b: 1 } });
  });
});

describe('formatMoney', () => {
  it.each([
    [12400, '$12,400'],
    [0, '$0'],
    [999, '$999'],
    [1234567.5, '$1,234,567.50'],
    [0.07, '$0.07'],
  ])('%d -> %s', (value, text) => expect(formatMoney(value)).toBe(text));
});

describe('parseScenarioProblem', () => {
  const valid = () => problem([2027, 2028], [[100, 1], [100, 1]], [[10, 0], [10, 0]], [request('a', 0.5), request('b', 0.2)]);
  type Mutation = (p: any) => void;
  it.each<[string, Mutation, string]>([
    ['not an object', (p) => (p.years = undefined), 'years: must be an array'],
    ['years not increasing', (p) => (p.years = [2028, 2028]), 'years[1]: years must be strictly increasing'],
    ['fractional year', (p) => (p.years = [2027.5, 2028]), 'years[0]: must be an integer'],
    ['envelope length', (p) => p.envelopes.tier2.pop(), 'envelopes.tier2: must have one entry per year (2), got 1'],
    ['negative envelope', (p) => (p.envelopes.tier1[1].fte = -1), 'envelopes.tier1[1].fte: must be a number >= 0'],
    ['negative weight', (p) => (p.lens.criteria[0].weight = -1), 'lens.criteria[0].weight: must be a number >= 0'],
    ['zero weight sum', (p) => (p.lens.criteria[0].weight = 0), 'lens.criteria: weights must have a positive sum'],
    ['score above 1', (p) => (p.requests[1].scores.need = 1.5), 'requests[1].scores.need: must be a number between 0 and 1'],
    ['negative oneTime', (p) => (p.requests[1].oneTime = -5), 'requests[1].oneTime: must be a number >= 0'],
    ['string fte', (p) => (p.requests[0].fte = '1'), 'requests[0].fte: must be a number >= 0'],
    ['unknown dependency', (p) => (p.requests[0].dependsOn = ['zzz']), 'requests[0].dependsOn[0]: unknown request id "zzz"'],
    ['earliest year outside', (p) => (p.requests[0].earliestYear = 2031), 'requests[0].earliestYear: must be within 2027..2028 or null'],
    ['duplicate id', (p) => (p.requests[1].id = 'a'), 'requests[1].id: duplicate id "a" (first used by requests[0])'],
    [
      'dependency cycle',
      (p) => {
        p.requests[0].dependsOn = ['b'];
        p.requests[1].dependsOn = ['a'];
      },
      'requests[1].dependsOn: dependency cycle a -> b -> a',
    ],
    ['bad solver', (p) => (p.solver = 'FAST'), 'solver: must be "OPTIMAL" or "GREEDY"'],
    ['bad discount', (p) => (p.discount = 0), 'discount: must be a number > 0 and <= 1'],
    ['pin outside years', (p) => (p.requests[0].pin = { tier: 1, startYear: 2030 }), 'requests[0].pin.startYear: must be one of the years 2027, 2028'],
    [
      'pinned and excluded',
      (p) => {
        p.requests[0].pin = { tier: 1, startYear: 2027 };
        p.requests[0].excluded = true;
      },
      'requests[0].excluded: a request cannot be both pinned and excluded',
    ],
    ['no years', (p) => (p.years = []), 'years: must list at least one year'],
    ['envelopes not an object', (p) => (p.envelopes = [1]), 'envelopes: must be an object'],
    ['request not an object', (p) => (p.requests[1] = 'b'), 'requests[1]: must be an object'],
    ['empty id', (p) => (p.requests[0].id = ''), 'requests[0].id: must be a non-empty string'],
    ['focal group not a string', (p) => (p.requests[0].focalGroups = ['g', 7]), 'requests[0].focalGroups[1]: must be a non-empty string'],
    ['title a number', (p) => (p.requests[0].title = 5), 'requests[0].title: must be a string or null'],
    ['excluded not boolean', (p) => (p.requests[0].excluded = 'yes'), 'requests[0].excluded: must be true or false'],
    ['pin tier 3', (p) => (p.requests[0].pin = { tier: 3, startYear: 2027 }), 'requests[0].pin.tier: must be 1 or 2'],
    ['duplicate criterion', (p) => p.lens.criteria.push({ key: 'need', weight: 1 }), 'lens.criteria[1].key: duplicate criterion "need"'],
    ['self dependency', (p) => (p.requests[0].dependsOn = ['a']), 'requests[0].dependsOn[0]: a request cannot depend on itself'],
    ['dependency listed twice', (p) => (p.requests[0].dependsOn = ['b', 'b']), 'requests[0].dependsOn[1]: "b" is listed twice'],
    ['time limit 0', (p) => (p.timeLimitSeconds = 0), 'timeLimitSeconds: must be a number > 0'],
    ['mipGap 1', (p) => (p.mipGap = 1), 'mipGap: must be a number >= 0 and < 1'],
    ['infinite cost', (p) => (p.requests[0].oneTime = Infinity), 'requests[0].oneTime: must be a number >= 0'],
  ])('rejects %s', (_name, mutate, message) => {
    const bad = valid();
    mutate(bad);
    expect(() => parseScenarioProblem(bad)).toThrow(ScenarioFormatError);
    expect(() => parseScenarioProblem(bad)).toThrow(message);
  });

  it('fills in the documented defaults', () => {
    const parsed = parseScenarioProblem(valid());
    expect(parsed).toMatchObject({ discount: 0.9, coverageBonus: 0, solver: 'OPTIMAL', timeLimitSeconds: 30, mipGap: 0 });
    expect(parsed.requests[0]).toMatchObject({ earliestYear: null, dependsOn: [], alternativeGroup: null, excluded: false });
  });

  it('rejects a document that is not an object at the root', () => {
    expect(() => parseScenarioProblem([])).toThrow('(root): must be an object');
  });

  it('treats null optional fields as absent and ignores unknown fields', () => {
    const p: any = valid();
    Object.assign(p, { discount: null, solver: null, mipGap: null, comment: 'from the 2027 cycle' });
    Object.assign(p.requests[0], { title: null, dependsOn: null, excluded: null, pin: null, note: 'x' });
    const parsed = parseScenarioProblem(p);
    expect(parsed).toMatchObject({ discount: 0.9, solver: 'OPTIMAL', mipGap: 0 });
    expect(parsed).not.toHaveProperty('comment');
    expect(parsed.requests[0]).not.toHaveProperty('title');
    expect(parsed.requests[0]).not.toHaveProperty('note');
    expect(parsed.requests[0]).toMatchObject({ dependsOn: [], excluded: false, pin: null });
  });

  it('solveScenario validates too', async () => {
    const bad = valid();
    (bad.requests[0] as any).oneTime = -1;
    await expect(solveScenario(bad)).rejects.toThrow('requests[0].oneTime: must be a number >= 0');
  });
});
