import { FocalGroup, FocalGroupCategory, IssueProximity } from '../../src/modules/focal-groups/focal-group.entity';
import { Region } from '../../src/modules/geography/region.entity';
import { School } from '../../src/modules/geography/school.entity';
import {
  CreateSurveyDocument,
  ImportSurveyResponsesDocument,
  SurveyResultsDocument,
  type SurveyDimension,
  type SurveyResultsFilter,
  type SurveyResultsQuery,
} from '../generated/graphql';
import { dataOf, errorCodeOf, Role, startTestHub, type TestHub } from '../support/hub';

type Cell = SurveyResultsQuery['surveyResults']['cells'][number];
type Group = Cell['group'];
/** What an attacker knows of one cell: its exact figures, or that it is hidden. */
type Known = { respondents: number; answers: number; favourable: number } | 'hidden';

const K = 10;
const ITEMS = [
  { code: 'Q1', topic: 'Belonging' },
  { code: 'Q2', topic: 'Belonging' },
  { code: 'Q3', topic: 'Climate' },
];

/**
 * Respondents by wave, school, language and focal groups, with the items they answered. The small
 * groups an attacker wants: Dogwood in the fall (3, all answers 1), Birch's Spanish speakers (5),
 * Elm's Somali speakers (4), two Cedar families who skipped Q2, and Dogwood's spring wave (12,
 * visible on its own, so its fall wave is "all waves minus spring").
 */
const RESPONDENTS: { wave: string; school: string; language: string; groups: string; count: number; items: string[]; answer: (index: number) => number }[] = [
  { wave: 'Fall', school: 'Ash', language: 'en', groups: 'A', count: 12, items: ['Q1', 'Q2', 'Q3'], answer: (i) => (i % 2 ? 5 : 2) },
  { wave: 'Fall', school: 'Birch', language: 'en', groups: 'A', count: 10, items: ['Q1', 'Q2', 'Q3'], answer: (i) => (i % 3 ? 4 : 1) },
  { wave: 'Fall', school: 'Birch', language: 'es', groups: '', count: 5, items: ['Q1', 'Q2', 'Q3'], answer: () => 5 },
  { wave: 'Fall', school: 'Dogwood', language: 'en', groups: 'B', count: 3, items: ['Q1', 'Q2', 'Q3'], answer: () => 1 },
  { wave: 'Fall', school: 'Cedar', language: 'en', groups: 'B', count: 18, items: ['Q1', 'Q2', 'Q3'], answer: (i) => (i % 2 ? 4 : 3) },
  { wave: 'Fall', school: 'Cedar', language: 'en', groups: 'B', count: 2, items: ['Q1', 'Q3'], answer: () => 1 },
  { wave: 'Fall', school: 'Elm', language: 'en', groups: '', count: 11, items: ['Q1', 'Q2', 'Q3'], answer: (i) => (i % 4 ? 5 : 3) },
  { wave: 'Fall', school: 'Elm', language: 'so', groups: 'A', count: 4, items: ['Q1', 'Q2', 'Q3'], answer: () => 2 },
  { wave: 'Spring', school: 'Ash', language: 'en', groups: 'A', count: 12, items: ['Q1', 'Q2', 'Q3'], answer: (i) => (i % 2 ? 5 : 4) },
  { wave: 'Spring', school: 'Dogwood', language: 'en', groups: 'B', count: 12, items: ['Q1', 'Q2', 'Q3'], answer: (i) => (i % 2 ? 5 : 3) },
  { wave: 'Spring', school: 'Cedar', language: 'en', groups: 'B', count: 15, items: ['Q1', 'Q2', 'Q3'], answer: (i) => (i % 5 ? 4 : 2) },
];
const SCHOOLS = [
  { name: 'Ash', region: 'NORTH' },
  { name: 'Birch', region: 'NORTH' },
  { name: 'Dogwood', region: 'NORTH' },
  { name: 'Cedar', region: 'SOUTH' },
  { name: 'Elm', region: 'SOUTH' },
];

const groupKey = (group: Partial<Group>) =>
  JSON.stringify([group.waveId ?? null, group.topic ?? null, group.itemId ?? null, group.regionId ?? null, group.schoolId ?? null, group.focalGroupId ?? null, group.language ?? null]);

function knownOf(cell: Cell): Known {
  if (cell.suppressed) return 'hidden';
  return { respondents: cell.respondents!, answers: cell.answers!, favourable: Math.round((cell.percentFavourable! * cell.answers!) / 100) };
}

/**
 * What a subtraction reveals must describe no one or at least K respondents: a difference of 1..K-1
 * respondents, or of 1..K-1 answers (each answer is one person's), is a recovered small cell. (A
 * difference of answers without respondents is the answers to one item of people counted in both.)
 */
function expectNoSmallResidual(label: string, respondents: number, answers: number): void {
  const recovered = (respondents > 0 && respondents < K) || respondents < 0 || (answers > 0 && answers < K) || answers < 0;
  if (recovered) throw new Error(`${label}: subtraction recovers ${respondents} respondents / ${answers} answers (below ${K})`);
}

describe('survey suppression survives differencing attacks', () => {
  let hub: TestHub;
  let viewer: string;
  let surveyId: string;
  const ids = { school: new Map<string, string>(), region: new Map<string, string>(), group: new Map<string, string>(), wave: new Map<string, string>(), item: new Map<string, string>() };

  const results = async (groupBy: SurveyDimension[], filter: SurveyResultsFilter | null = null, minCellSize: number | null = null) =>
    dataOf(await hub.graphql(SurveyResultsDocument, { surveyId, groupBy, filter, minCellSize }, viewer)).surveyResults.cells;
  const table = (cells: Cell[]) => new Map(cells.map((cell) => [groupKey(cell.group), knownOf(cell)]));

  /** Every cell of `whole` minus the same cell of `part` (absent = zero), where both are visible. */
  function expectSafeDifference(label: string, whole: Cell[], part: Cell[]): number {
    const partCells = table(part);
    let compared = 0;
    for (const [key, known] of table(whole)) {
      const other = partCells.has(key) ? partCells.get(key)! : { respondents: 0, answers: 0, favourable: 0 };
      if (known === 'hidden' || other === 'hidden') continue;
      compared += 1;
      expectNoSmallResidual(`${label} ${key}`, known.respondents - other.respondents, known.answers - other.answers);
    }
    return compared;
  }

  beforeAll(async () => {
    hub = await startTestHub();
    const admin = await hub.token(Role.ADMIN);
    viewer = await hub.token(Role.VIEWER);
    const em = hub.em();
    for (const code of ['NORTH', 'SOUTH']) ids.region.set(code, em.create(Region, { name: code.toLowerCase(), code }).id);
    for (const school of SCHOOLS) ids.school.set(school.name, em.create(School, { name: school.name, region: ids.region.get(school.region)! }).id);
    for (const name of ['A', 'B']) {
      ids.group.set(name, em.create(FocalGroup, { name, category: FocalGroupCategory.COMMUNITY, populationShare: 0.1, languages: ['en'], proximity: IssueProximity.DIRECTLY_IMPACTED }).id);
    }
    await em.flush();
    const survey = dataOf(
      await hub.graphql(
        CreateSurveyDocument,
        {
          input: {
            name: 'Differencing survey',
            waves: [
              { name: 'Fall', fieldedAt: '2026-10-01T00:00:00Z' },
              { name: 'Spring', fieldedAt: '2027-04-01T00:00:00Z' },
            ],
            items: ITEMS.map((item) => ({ ...item, prompt: item.code, scaleMin: 1, scaleMax: 5, favourableMin: 4, favourableMax: 5 })),
          },
        },
        admin,
      ),
    ).createSurvey;
    surveyId = survey.id;
    for (const wave of survey.waves) ids.wave.set(wave.name, wave.id);
    for (const item of survey.items) ids.item.set(item.code, item.id);
    // One import per wave, as a district imports each wave's file when it closes.
    for (const wave of ['Fall', 'Spring']) {
      const lines = ['wave,item,school,focal_groups,language,answer,submission_id'];
      RESPONDENTS.filter((row) => row.wave === wave).forEach((row, rowIndex) => {
        for (let index = 0; index < row.count; index += 1) {
          for (const item of row.items) lines.push(`${row.wave},${item},${row.school},${row.groups},${row.language},${row.answer(index)},${wave}-${rowIndex}-${index}`);
        }
      });
      dataOf(await hub.graphql(ImportSurveyResponsesDocument, { surveyId, csv: lines.join('\n'), importKey: null }, admin));
    }
  });
  afterAll(() => hub.stop());

  it('the attack from the issue: FOCAL_GROUP over all schools minus the same with one school left out', async () => {
    const allSchools = [...ids.school.values()];
    const whole = await results(['FOCAL_GROUP'], { schoolIds: allSchools });
    expect(whole.some((cell) => !cell.suppressed)).toBe(true);
    let compared = 0;
    for (const [name, schoolId] of ids.school) {
      const part = await results(['FOCAL_GROUP'], { schoolIds: allSchools.filter((id) => id !== schoolId) });
      compared += expectSafeDifference(`FOCAL_GROUP without ${name}`, whole, part);
    }
    expect(compared).toBeGreaterThan(0);
  });

  it('leave-one-out on every filter dimension and several groupings', async () => {
    const dimensions: [keyof SurveyResultsFilter, string[]][] = [
      ['schoolIds', [...ids.school.values()]],
      ['regionIds', [...ids.region.values()]],
      ['languages', ['en', 'es', 'so']],
      ['waveIds', [...ids.wave.values()]],
      ['focalGroupIds', [...ids.group.values()]],
      ['itemIds', [...ids.item.values()]],
      ['topics', ['Belonging', 'Climate']],
    ];
    const groupings: SurveyDimension[][] = [[], ['FOCAL_GROUP'], ['SCHOOL'], ['TOPIC'], ['LANGUAGE'], ['WAVE', 'REGION']];
    let compared = 0;
    for (const groupBy of groupings) {
      for (const [dimension, values] of dimensions) {
        const whole = await results(groupBy, { [dimension]: values });
        for (const left of values) {
          const part = await results(groupBy, { [dimension]: values.filter((value) => value !== left) });
          compared += expectSafeDifference(`${groupBy.join('+') || 'total'} by ${dimension} without ${left}`, whole, part);
        }
      }
    }
    expect(compared).toBeGreaterThan(50);
  });

  it('by region: a region minus everything known about its schools (from any table) is never a small group', async () => {
    const regions = table(await results(['REGION']));
    // Everything the attacker can learn about each school: its own cell, or the sum of its cells in a finer table when all are visible.
    const schoolTotals = new Map<string, Known>();
    const learn = (schoolId: string, known: Known) => {
      if (known !== 'hidden' && schoolTotals.get(schoolId) === undefined) schoolTotals.set(schoolId, known);
      if (known !== 'hidden' && schoolTotals.get(schoolId) === 'hidden') schoolTotals.set(schoolId, known);
      if (!schoolTotals.has(schoolId)) schoolTotals.set(schoolId, 'hidden');
    };
    for (const minCellSize of [null, 12, 13, 16]) {
      for (const cell of await results(['SCHOOL'], null, minCellSize)) learn(cell.group.schoolId!, knownOf(cell));
    }
    for (const finer of [['SCHOOL', 'LANGUAGE'], ['SCHOOL', 'FOCAL_GROUP'], ['SCHOOL', 'WAVE']] as SurveyDimension[][]) {
      const cells = await results(finer);
      for (const schoolId of ids.school.values()) {
        const own = cells.filter((cell) => cell.group.schoolId === schoolId).map(knownOf);
        if (own.length > 0 && own.every((known) => known !== 'hidden')) {
          const sum = own.reduce((total, known) => {
            const k = known as Exclude<Known, 'hidden'>;
            return { respondents: total.respondents + k.respondents, answers: total.answers + k.answers, favourable: total.favourable + k.favourable };
          }, { respondents: 0, answers: 0, favourable: 0 });
          learn(schoolId, finer.includes('FOCAL_GROUP') ? 'hidden' : sum); // focal groups overlap: their sum is not a school total
        }
      }
    }
    let compared = 0;
    for (const [code, regionId] of ids.region) {
      const region = regions.get(groupKey({ regionId }));
      if (!region || region === 'hidden') continue;
      const schools = SCHOOLS.filter((school) => school.region === code).map((school) => ids.school.get(school.name)!);
      const known = schools.map((id) => schoolTotals.get(id) ?? { respondents: 0, answers: 0, favourable: 0 }).filter((value): value is Exclude<Known, 'hidden'> => value !== 'hidden');
      const residualRespondents = region.respondents - known.reduce((sum, value) => sum + value.respondents, 0);
      const residualAnswers = region.answers - known.reduce((sum, value) => sum + value.answers, 0);
      expectNoSmallResidual(`region ${code} minus its known schools`, residualRespondents, residualAnswers);
      compared += 1;
    }
    expect(compared).toBeGreaterThan(0);
  });

  it('by language, wave and item: a margin minus the visible cells of a finer table is never a small group', async () => {
    const pairs: [SurveyDimension[], SurveyDimension[], SurveyResultsFilter | null][] = [
      [['SCHOOL'], ['SCHOOL', 'LANGUAGE'], null],
      [['LANGUAGE'], ['SCHOOL', 'LANGUAGE'], null],
      [['SCHOOL'], ['SCHOOL', 'WAVE'], null],
      [['TOPIC', 'SCHOOL'], ['TOPIC', 'ITEM', 'SCHOOL'], null],
      [['WAVE'], ['WAVE', 'REGION'], null],
    ];
    let compared = 0;
    for (const [coarse, fine, filter] of pairs) {
      const margins = table(await results(coarse, filter));
      const cells = await results(fine, filter);
      for (const [key, margin] of margins) {
        if (margin === 'hidden') continue;
        const group = JSON.parse(key) as (string | null)[];
        const inRow = cells.filter((cell) => {
          const fineKey = JSON.parse(groupKey(cell.group)) as (string | null)[];
          return group.every((value, position) => value === null || value === fineKey[position]);
        });
        const visible = inRow.map(knownOf).filter((value): value is Exclude<Known, 'hidden'> => value !== 'hidden');
        if (fine.includes('ITEM')) {
          // A topic's n counts everyone who answered any of its items: minus one item's n, it counts who skipped that item.
          for (const item of visible) expectNoSmallResidual(`${coarse.join('+')} ${key}: topic n minus item n`, margin.respondents - item.respondents, 0);
        } else {
          expectNoSmallResidual(
            `${coarse.join('+')} ${key} minus its visible ${fine.join('+')} cells`,
            margin.respondents - visible.reduce((sum, value) => sum + value.respondents, 0),
            margin.answers - visible.reduce((sum, value) => sum + value.answers, 0),
          );
        }
        compared += 1;
      }
    }
    expect(compared).toBeGreaterThan(5);
  });

  it('CSV export against GraphQL: the unfiltered CSV minus a filtered query, and a raised minCellSize, recover nothing', async () => {
    const csv = async (query: string) => {
      const response = await fetch(hub.url.replace('/graphql', `/exports/survey-results.csv?surveyId=${surveyId}&${query}`), { headers: { authorization: `Bearer ${viewer}` } });
      expect(response.status).toBe(200);
      const [header, ...rows] = (await response.text()).trim().split('\r\n').map((line) => line.split(','));
      return rows.map((row) => Object.fromEntries(header.map((name, index) => [name, row[index]])));
    };
    const groupIdByName = new Map([...ids.group].map(([name, id]) => [name, id]));
    const schoolIdByName = new Map(ids.school);
    const asCells = (rows: Record<string, string>[]): Cell[] =>
      rows.map((row) => ({
        group: { waveId: null, topic: null, itemId: null, regionId: null, schoolId: row.school ? schoolIdByName.get(row.school)! : null, focalGroupId: row.focal_group ? groupIdByName.get(row.focal_group)! : null, language: null },
        suppressed: row.suppressed === 'true',
        suppression: null,
        respondents: row.respondents === '' ? null : Number(row.respondents),
        answers: row.answers === '' ? null : Number(row.answers),
        percentFavourable: row.percent_favourable === '' ? null : Number(row.percent_favourable),
        mean: null,
      }));
    const byGroup = asCells(await csv('groupBy=FOCAL_GROUP'));
    expect(byGroup.length).toBeGreaterThan(0);
    let compared = 0;
    for (const [name, schoolId] of ids.school) {
      const part = await results(['FOCAL_GROUP'], { schoolIds: [...ids.school.values()].filter((id) => id !== schoolId) });
      compared += expectSafeDifference(`CSV FOCAL_GROUP minus GraphQL without ${name}`, byGroup, part);
    }
    for (const minCellSize of [11, 13, 16]) {
      const raised = asCells(await csv(`groupBy=SCHOOL&minCellSize=${minCellSize}`));
      compared += expectSafeDifference(`GraphQL SCHOOL minus CSV SCHOOL at ${minCellSize}`, await results(['SCHOOL']), raised);
    }
    expect(compared).toBeGreaterThan(0);
    const lowered = await fetch(hub.url.replace('/graphql', `/exports/survey-results.csv?surveyId=${surveyId}&groupBy=SCHOOL&minCellSize=1`), { headers: { authorization: `Bearer ${viewer}` } });
    expect(lowered.status).toBe(400);
    expect(errorCodeOf(await hub.graphql(SurveyResultsDocument, { surveyId, groupBy: ['SCHOOL'], filter: null, minCellSize: K - 1 }, await hub.token(Role.ADMIN)))).toBe('BAD_USER_INPUT');
  });

  it('still publishes the large groups', async () => {
    const bySchool = table(await results(['SCHOOL']));
    expect(bySchool.get(groupKey({ schoolId: ids.school.get('Ash') }))).toMatchObject({ respondents: 24 });
    expect(bySchool.get(groupKey({ schoolId: ids.school.get('Cedar') }))).toMatchObject({ respondents: 33 });
    const byGroup = table(await results(['FOCAL_GROUP']));
    expect(byGroup.get(groupKey({ focalGroupId: ids.group.get('A') }))).not.toBe('hidden');
  });
});
