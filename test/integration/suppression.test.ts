import { Partner, PartnerKind } from '../../src/modules/partners/partner.entity';
import { Region } from '../../src/modules/geography/region.entity';
import { School } from '../../src/modules/geography/school.entity';
import { CreateSurveyDocument, ImportSurveyResponsesDocument, SurveyResultsDocument, type SurveyDimension, type SurveyResultsQuery } from '../generated/graphql';
import { dataOf, errorCodeOf, Role, startTestHub, type TestHub } from '../support/hub';

type Cell = SurveyResultsQuery['surveyResults']['cells'][number];

/**
 * Respondents per school (one answer each): North: Ash 12, Birch 15 (10 in English, 5 in Spanish), Dogwood 3;
 * South: Cedar 20, Elm 11. Dogwood is a small cell; a total minus the visible schools would reveal it
 * unless a second school of its region is hidden too.
 */
const SCHOOLS = [
  { name: 'Ash', region: 'NORTH', en: 12, es: 0 },
  { name: 'Birch', region: 'NORTH', en: 10, es: 5 },
  { name: 'Dogwood', region: 'NORTH', en: 3, es: 0 },
  { name: 'Cedar', region: 'SOUTH', en: 20, es: 0 },
  { name: 'Elm', region: 'SOUTH', en: 11, es: 0 },
];

describe('small-cell and complementary suppression', () => {
  let hub: TestHub;
  let surveyId: string;
  let partnerId: string;
  const schoolIds = new Map<string, string>();
  const regionIds = new Map<string, string>();

  const results = (groupBy: SurveyDimension[], token: string, minCellSize: number | null = null) =>
    hub.graphql(SurveyResultsDocument, { surveyId, groupBy, filter: null, minCellSize }, token);
  const cellsBySchool = (cells: Cell[]) => new Map(cells.map((cell) => [[...schoolIds].find(([, id]) => id === cell.group.schoolId)![0] + (cell.group.language ? `/${cell.group.language}` : ''), cell]));

  beforeAll(async () => {
    hub = await startTestHub();
    const admin = await hub.token(Role.ADMIN);
    const em = hub.em();
    for (const code of ['NORTH', 'SOUTH']) regionIds.set(code, em.create(Region, { name: code.toLowerCase(), code }).id);
    for (const school of SCHOOLS) schoolIds.set(school.name, em.create(School, { name: school.name, region: regionIds.get(school.region)! }).id);
    partnerId = em.create(Partner, { name: 'Family Resource Network', kind: PartnerKind.NON_PROFIT, priorityAreas: [] }).id;
    await em.flush();
    surveyId = dataOf(
      await hub.graphql(
        CreateSurveyDocument,
        {
          input: {
            name: 'Belonging survey',
            waves: [{ name: 'Fall 2026', fieldedAt: '2026-10-01T00:00:00Z' }],
            items: [{ code: 'BEL1', prompt: 'I belong.', topic: 'Sense of Belonging', scaleMin: 1, scaleMax: 5, favourableMin: 4, favourableMax: 5 }],
          },
        },
        admin,
      ),
    ).createSurvey.id;
    const lines = ['wave,item,school,focal_groups,language,answer,submission_id'];
    for (const school of SCHOOLS) {
      for (const [language, count] of [['en', school.en], ['es', school.es]] as const) {
        for (let index = 0; index < count; index += 1) lines.push(`Fall 2026,BEL1,${school.name},,${language},${index % 2 === 0 ? 5 : 2},${school.name}-${language}-${index}`);
      }
    }
    dataOf(await hub.graphql(ImportSurveyResponsesDocument, { surveyId, csv: lines.join('\n'), importKey: null }, admin));
  });
  afterAll(() => hub.stop());

  it('hides the small school and one more of its region, so no subtraction recovers it (the same for every role)', async () => {
    for (const role of [Role.VIEWER, Role.ADMIN, Role.PARTNER]) {
      const token = role === Role.PARTNER ? await hub.token(Role.PARTNER, partnerId) : await hub.token(role);
      const { surveyResults } = dataOf(await results(['SCHOOL'], token));
      expect(surveyResults.minCellSize).toBe(10);
      const bySchool = cellsBySchool(surveyResults.cells);
      expect(bySchool.get('Dogwood')).toMatchObject({ suppressed: true, suppression: 'SMALL_CELL', respondents: null, answers: null, percentFavourable: null, mean: null });
      expect(bySchool.get('Ash')).toMatchObject({ suppressed: true, suppression: 'COMPLEMENTARY', respondents: null, percentFavourable: null });
      // Birch: 15 answers, 8 of them 5s (favourable) and 7 2s.
      expect(bySchool.get('Birch')).toMatchObject({ suppressed: false, suppression: null, respondents: 15, answers: 15, percentFavourable: (100 * 8) / 15, mean: (8 * 5 + 7 * 2) / 15 });
      expect(bySchool.get('Cedar')).toMatchObject({ suppressed: false, respondents: 20, percentFavourable: 50 });
      expect(bySchool.get('Elm')).toMatchObject({ suppressed: false, respondents: 11 });
    }
  });

  it('defeats the subtraction attack: a visible total minus the visible cells is never a single small cell', async () => {
    const viewer = await hub.token(Role.VIEWER);
    const total = dataOf(await results([], viewer)).surveyResults.cells;
    const regions = dataOf(await results(['REGION'], viewer)).surveyResults.cells;
    const schools = dataOf(await results(['SCHOOL'], viewer)).surveyResults.cells;
    expect(total).toEqual([expect.objectContaining({ suppressed: false, respondents: 61, answers: 61 })]);
    const favourable = (cell: Cell) => Math.round((cell.percentFavourable! * cell.answers!) / 100);

    const visibleSchools = schools.filter((cell) => !cell.suppressed);
    const hiddenByTotal = total[0].answers! - visibleSchools.reduce((sum, cell) => sum + cell.answers!, 0);
    expect(hiddenByTotal).toBe(15);
    expect(schools.filter((cell) => cell.suppressed)).toHaveLength(2);

    const north = regions.find((cell) => cell.group.regionId === regionIds.get('NORTH'))!;
    expect(north).toMatchObject({ suppressed: false, respondents: 30 });
    const northVisible = visibleSchools.filter((cell) => [schoolIds.get('Ash'), schoolIds.get('Birch'), schoolIds.get('Dogwood')].includes(cell.group.schoolId!));
    const northResidualAnswers = north.answers! - northVisible.reduce((sum, cell) => sum + cell.answers!, 0);
    const northResidualFavourable = favourable(north) - northVisible.reduce((sum, cell) => sum + favourable(cell), 0);
    // What subtraction yields is Ash and Dogwood together (15 answers, 8 favourable), never Dogwood's 3 answers alone.
    expect([northResidualAnswers, northResidualFavourable]).toEqual([15, 8]);
  });

  it('suppresses along every dimension of a two-way table', async () => {
    const { surveyResults } = dataOf(await results(['LANGUAGE', 'SCHOOL'], await hub.token(Role.VIEWER)));
    expect(surveyResults.groupBy).toEqual(['SCHOOL', 'LANGUAGE']);
    const reasons = Object.fromEntries([...cellsBySchool(surveyResults.cells)].map(([key, cell]) => [key, cell.suppression]));
    // Birch/es (5) is small; Birch/en is hidden because Birch's total is visible; Dogwood/en (3) is small.
    expect(reasons).toEqual({ 'Ash/en': null, 'Birch/en': 'COMPLEMENTARY', 'Birch/es': 'SMALL_CELL', 'Cedar/en': null, 'Dogwood/en': 'SMALL_CELL', 'Elm/en': null });

    const byLanguage = dataOf(await results(['LANGUAGE'], await hub.token(Role.VIEWER))).surveyResults.cells;
    expect(byLanguage.map((cell) => [cell.group.language, cell.suppression])).toEqual([
      ['en', 'COMPLEMENTARY'],
      ['es', 'SMALL_CELL'],
    ]);
  });

  it('lets anyone raise minCellSize but nobody lower it', async () => {
    const viewer = await hub.token(Role.VIEWER);
    const raised = dataOf(await results(['SCHOOL'], viewer, 13)).surveyResults;
    expect(raised.minCellSize).toBe(13);
    const reasons = Object.fromEntries([...cellsBySchool(raised.cells)].map(([key, cell]) => [key, cell.suppression]));
    // Elm is alone in the South, so Cedar hides with it.
    expect(reasons).toEqual({ Ash: 'SMALL_CELL', Birch: null, Cedar: 'COMPLEMENTARY', Dogwood: 'SMALL_CELL', Elm: 'SMALL_CELL' });
    expect(errorCodeOf(await results(['SCHOOL'], await hub.token(Role.ADMIN), 9))).toBe('BAD_USER_INPUT');
  });

  it('honours a configured MIN_CELL_SIZE', async () => {
    const strict = await startTestHub({ env: { MIN_CELL_SIZE: '16' } });
    try {
      const response = await strict.graphql(SurveyResultsDocument, { surveyId, groupBy: [], filter: null, minCellSize: 12 }, await strict.token(Role.ADMIN));
      expect(errorCodeOf(response)).toBe('BAD_USER_INPUT');
      expect(response.errors![0].message).toBe('minCellSize cannot be lowered below the configured 16');
    } finally {
      await strict.stop();
    }
  });
});
