import { Partner, PartnerKind } from '../../src/modules/partners/partner.entity';
import { Region } from '../../src/modules/geography/region.entity';
import { School } from '../../src/modules/geography/school.entity';
import { CreateSurveyDocument, ImportSurveyResponsesDocument, SurveyResultsDocument, type SurveyDimension, type SurveyResultsQuery } from '../generated/graphql';
import { dataOf, errorCodeOf, Role, startTestHub, type TestHub } from '../support/hub';

type Cell = SurveyResultsQuery['surveyResults']['cells'][number];

/**
 * Respondents per school (one answer each): North: Ash 12, Birch 15 (10 in English, 5 in Spanish), Dogwood 3;
 * South: Cedar 20, Elm 11. Dogwood's 3 and Birch's 5 Spanish speakers form no publication class of 10
 * at any level (not even together, as their languages differ until only wave and items are known,
 * where they are 8), so they are withheld from every figure; see src/modules/surveys/suppression.ts.
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

  it('withholds respondents whose publication class is small and counts whole classes only (the same for every role)', async () => {
    for (const role of [Role.VIEWER, Role.ADMIN, Role.PARTNER]) {
      const token = role === Role.PARTNER ? await hub.token(Role.PARTNER, partnerId) : await hub.token(role);
      const { surveyResults } = dataOf(await results(['SCHOOL'], token));
      expect(surveyResults.minCellSize).toBe(10);
      const bySchool = cellsBySchool(surveyResults.cells);
      expect(bySchool.get('Dogwood')).toMatchObject({ suppressed: true, suppression: 'SMALL_CELL', respondents: null, answers: null, percentFavourable: null, mean: null });
      expect(bySchool.get('Ash')).toMatchObject({ suppressed: false, respondents: 12, percentFavourable: 50 });
      // Birch's 5 Spanish speakers form no class of 10 (nor do they with Dogwood's 3 district-wide): only its 10 English speakers count.
      expect(bySchool.get('Birch')).toMatchObject({ suppressed: false, suppression: null, respondents: 10, answers: 10, percentFavourable: 50, mean: (5 * 5 + 5 * 2) / 10 });
      expect(bySchool.get('Cedar')).toMatchObject({ suppressed: false, respondents: 20, percentFavourable: 50 });
      expect(bySchool.get('Elm')).toMatchObject({ suppressed: false, respondents: 11 });
    }
  });

  it('defeats the subtraction attack: a total minus the visible cells is nobody', async () => {
    const viewer = await hub.token(Role.VIEWER);
    const total = dataOf(await results([], viewer)).surveyResults.cells;
    const regions = dataOf(await results(['REGION'], viewer)).surveyResults.cells;
    const schools = dataOf(await results(['SCHOOL'], viewer)).surveyResults.cells;
    // 61 answered; the 8 withheld (Dogwood 3, Birch's Spanish speakers 5) are in no figure at all.
    expect(total).toEqual([expect.objectContaining({ suppressed: false, respondents: 53, answers: 53 })]);
    const visibleSchools = schools.filter((cell) => !cell.suppressed);
    expect(total[0].answers! - visibleSchools.reduce((sum, cell) => sum + cell.answers!, 0)).toBe(0);
    const north = regions.find((cell) => cell.group.regionId === regionIds.get('NORTH'))!;
    expect(north).toMatchObject({ suppressed: false, respondents: 22 });
    const northSchools = [schoolIds.get('Ash'), schoolIds.get('Birch'), schoolIds.get('Dogwood')];
    expect(north.answers! - visibleSchools.filter((cell) => northSchools.includes(cell.group.schoolId!)).reduce((sum, cell) => sum + cell.answers!, 0)).toBe(0);
    // The same school left out of a filter changes the total by that school's visible cell exactly.
    const withoutAsh = dataOf(
      await hub.graphql(SurveyResultsDocument, { surveyId, groupBy: [], filter: { schoolIds: [...schoolIds].filter(([name]) => name !== 'Ash').map(([, id]) => id) }, minCellSize: null }, viewer),
    ).surveyResults.cells;
    expect(total[0].respondents! - withoutAsh[0].respondents!).toBe(12);
  });

  it('is the same rule along every dimension of a two-way table', async () => {
    const { surveyResults } = dataOf(await results(['LANGUAGE', 'SCHOOL'], await hub.token(Role.VIEWER)));
    expect(surveyResults.groupBy).toEqual(['SCHOOL', 'LANGUAGE']);
    const cells = Object.fromEntries([...cellsBySchool(surveyResults.cells)].map(([key, cell]) => [key, cell.respondents]));
    expect(cells).toEqual({ 'Ash/en': 12, 'Birch/en': 10, 'Birch/es': null, 'Cedar/en': 20, 'Dogwood/en': null, 'Elm/en': 11 });

    const byLanguage = dataOf(await results(['LANGUAGE'], await hub.token(Role.VIEWER))).surveyResults.cells;
    expect(byLanguage.map((cell) => [cell.group.language, cell.respondents, cell.suppression])).toEqual([
      ['en', 53, null],
      ['es', null, 'SMALL_CELL'],
    ]);
  });

  it('lets anyone raise minCellSize (hiding more cells, never regrouping) but nobody lower it', async () => {
    const viewer = await hub.token(Role.VIEWER);
    const raised = dataOf(await results(['SCHOOL'], viewer, 13)).surveyResults;
    expect(raised.minCellSize).toBe(13);
    const cells = Object.fromEntries([...cellsBySchool(raised.cells)].map(([key, cell]) => [key, cell.respondents]));
    expect(cells).toEqual({ Ash: null, Birch: null, Cedar: 20, Dogwood: null, Elm: null });
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
