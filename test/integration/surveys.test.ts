import { FocalGroup, FocalGroupCategory, IssueProximity } from '../../src/modules/focal-groups/focal-group.entity';
import { Region } from '../../src/modules/geography/region.entity';
import { School } from '../../src/modules/geography/school.entity';
import { favourabilityByTopicAndFocalGroup } from '../../src/modules/surveys/survey-need';
import {
  CreateSurveyDocument,
  CreateSurveyItemDocument,
  CreateSurveyWaveDocument,
  ImportSurveyResponsesDocument,
  SurveyDocument,
  SurveyResultsDocument,
  SurveyResultsWithNamesDocument,
  SurveysDocument,
  SurveyTrendsDocument,
  UpdateSurveyDocument,
} from '../generated/graphql';
import { dataOf, errorCodeOf, Role, startTestHub, type TestHub } from '../support/hub';

const ITEM = { scaleMin: 1, scaleMax: 5, favourableMin: 4, favourableMax: 5 };
const YEARS_BETWEEN_WAVES = 365 / 365.25;

/**
 * Fall 2026: s1..s20 at Maple; BAR1: s1..s10 answer 4, s11..s20 answer 2; BAR2: all 3; BEL1: s1..s15 answer 5, the rest 1.
 * Fall 2027: t1..t20 at Maple; BAR1: t1..t14 answer 5, the rest 2; BAR2: t1..t4 answer 4, the rest 3; BEL1: t1..t10 answer 4, the rest 3.
 * s1..s10 and t1..t10 are Spanish-speaking families and answer in Spanish.
 */
function surveyCsv(): string {
  const lines = ['wave,item,school,focal_groups,language,answer,submission_id'];
  for (let n = 1; n <= 20; n += 1) {
    const group = n <= 10 ? 'Spanish-speaking families' : '';
    const language = n <= 10 ? 'es' : 'en';
    lines.push(`Fall 2026,BAR1,Maple,${group},${language},${n <= 10 ? 4 : 2},s${n}`);
    lines.push(`Fall 2026,BAR2,Maple,${group},${language},3,s${n}`);
    lines.push(`Fall 2026,BEL1,Maple,${group},${language},${n <= 15 ? 5 : 1},s${n}`);
    lines.push(`Fall 2027,BAR1,Maple,${group},${language},${n <= 14 ? 5 : 2},t${n}`);
    lines.push(`Fall 2027,BAR2,Maple,${group},${language},${n <= 4 ? 4 : 3},t${n}`);
    lines.push(`Fall 2027,BEL1,Maple,${group},${language},${n <= 10 ? 4 : 3},t${n}`);
  }
  return lines.join('\n');
}

describe('surveys, results and trends', () => {
  let hub: TestHub;
  let admin: string;
  let surveyId: string;
  let spanishId: string;
  let fall2026: string;
  let fall2027: string;

  beforeAll(async () => {
    hub = await startTestHub();
    admin = await hub.token(Role.ADMIN);
    const em = hub.em();
    const north = em.create(Region, { name: 'North', code: 'NORTH' });
    em.create(School, { name: 'Maple', region: north });
    spanishId = em.create(FocalGroup, {
      name: 'Spanish-speaking families',
      category: FocalGroupCategory.LANGUAGE_RACE_ETHNICITY,
      populationShare: 0.2,
      languages: ['es'],
      proximity: IssueProximity.DIRECTLY_IMPACTED,
    }).id;
    await em.flush();
    const survey = dataOf(
      await hub.graphql(
        CreateSurveyDocument,
        {
          input: {
            name: 'Family Engagement Survey',
            waves: [
              { name: 'Fall 2026', fieldedAt: '2026-09-01T00:00:00Z' },
              { name: 'Fall 2027', fieldedAt: '2027-09-01T00:00:00Z' },
            ],
            items: [
              { code: 'BAR1', prompt: 'Events are at times I can attend.', topic: 'Barriers to Engagement', ...ITEM },
              { code: 'BAR2', prompt: 'Information reaches me in my language.', topic: 'Barriers to Engagement', ...ITEM },
              { code: 'BEL1', prompt: 'I feel welcome at school.', topic: 'Sense of Belonging', ...ITEM },
            ],
          },
        },
        admin,
      ),
    ).createSurvey;
    surveyId = survey.id;
    fall2026 = survey.waves.find((wave) => wave.name === 'Fall 2026')!.id;
    fall2027 = survey.waves.find((wave) => wave.name === 'Fall 2027')!.id;
    dataOf(await hub.graphql(ImportSurveyResponsesDocument, { surveyId, csv: surveyCsv(), importKey: null }, admin));
  });
  afterAll(() => hub.stop());

  it('creates, lists and updates surveys, waves and items; validates scales, names and versions', async () => {
    const liaison = await hub.token(Role.LIAISON);
    const created = dataOf(await hub.graphql(CreateSurveyDocument, { input: { name: 'Pulse', waves: [], items: [] } }, liaison)).createSurvey;
    const wave = dataOf(await hub.graphql(CreateSurveyWaveDocument, { input: { surveyId: created.id, name: 'Spring 2027', fieldedAt: '2027-03-01T00:00:00Z' } }, liaison)).createSurveyWave;
    expect(wave).toEqual({ id: expect.any(String), name: 'Spring 2027', fieldedAt: '2027-03-01T00:00:00.000Z' });
    const item = dataOf(await hub.graphql(CreateSurveyItemDocument, { input: { surveyId: created.id, code: 'P1', prompt: 'Barrier size', topic: 'Barriers to Engagement', scaleMin: 1, scaleMax: 5, favourableMin: 1, favourableMax: 2 } }, liaison)).createSurveyItem;
    expect(item).toMatchObject({ code: 'P1', topic: 'Barriers to Engagement' });
    const updated = dataOf(await hub.graphql(UpdateSurveyDocument, { input: { id: created.id, version: 1, description: 'Short pulse survey' } }, admin)).updateSurvey;
    expect(updated).toMatchObject({ description: 'Short pulse survey', version: 2 });
    expect(errorCodeOf(await hub.graphql(UpdateSurveyDocument, { input: { id: created.id, version: 1, name: 'Stale' } }, admin))).toBe('CONFLICT');

    const viewer = await hub.token(Role.VIEWER);
    const { surveys } = dataOf(await hub.graphql(SurveysDocument, {}, viewer));
    expect(surveys.map((survey) => survey.name)).toEqual(['Family Engagement Survey', 'Pulse']);
    expect(surveys[0].items.map((entry) => entry.code)).toEqual(['BAR1', 'BAR2', 'BEL1']);
    expect(surveys[0].waves.map((entry) => entry.name)).toEqual(['Fall 2026', 'Fall 2027']);
    expect(dataOf(await hub.graphql(SurveyDocument, { id: created.id }, viewer)).survey.name).toBe('Pulse');

    const badScale = { surveyId: created.id, code: 'P2', prompt: 'x', topic: 't', scaleMin: 1, scaleMax: 5, favourableMin: 4, favourableMax: 6 };
    expect(errorCodeOf(await hub.graphql(CreateSurveyItemDocument, { input: badScale }, admin))).toBe('BAD_USER_INPUT');
    expect(errorCodeOf(await hub.graphql(CreateSurveyItemDocument, { input: { ...badScale, code: 'P1', favourableMax: 5 } }, admin))).toBe('BAD_USER_INPUT');
    expect(errorCodeOf(await hub.graphql(CreateSurveyWaveDocument, { input: { surveyId: created.id, name: 'Spring 2027', fieldedAt: '2027-03-01T00:00:00Z' } }, admin))).toBe('BAD_USER_INPUT');
    expect(errorCodeOf(await hub.graphql(CreateSurveyDocument, { input: { name: 'Twice', waves: [{ name: 'W', fieldedAt: '2026-01-01T00:00:00Z' }, { name: 'W', fieldedAt: '2026-02-01T00:00:00Z' }], items: [] } }, admin))).toBe('BAD_USER_INPUT');
    expect(errorCodeOf(await hub.graphql(SurveyDocument, { id: '00000000-0000-0000-0000-000000000000' }, viewer))).toBe('NOT_FOUND');
    for (const role of [Role.VIEWER, Role.BUDGET_STAFF]) {
      expect(errorCodeOf(await hub.graphql(CreateSurveyDocument, { input: { name: `By ${role}`, waves: [], items: [] } }, await hub.token(role)))).toBe('FORBIDDEN');
    }
  });

  it('aggregates percent favourable, mean and n by topic, wave, item, focal group and language in SQL', async () => {
    const viewer = await hub.token(Role.VIEWER);
    const byTopic = dataOf(await hub.graphql(SurveyResultsDocument, { surveyId, groupBy: ['TOPIC'], filter: null, minCellSize: null }, viewer)).surveyResults.cells;
    expect(byTopic.map(({ group, respondents, answers, percentFavourable, mean }) => ({ topic: group.topic, respondents, answers, percentFavourable, mean }))).toEqual([
      { topic: 'Barriers to Engagement', respondents: 40, answers: 80, percentFavourable: 35, mean: (120 + 146) / 80 },
      { topic: 'Sense of Belonging', respondents: 40, answers: 40, percentFavourable: 62.5, mean: 3.75 },
    ]);

    const spanishBarriers = dataOf(
      await hub.graphql(SurveyResultsDocument, { surveyId, groupBy: ['WAVE', 'FOCAL_GROUP'], filter: { topics: ['Barriers to Engagement'], focalGroupIds: [spanishId] }, minCellSize: null }, viewer),
    ).surveyResults.cells;
    expect(spanishBarriers.map((cell) => [cell.group.waveId, cell.group.focalGroupId, cell.respondents, cell.percentFavourable])).toEqual(
      [
        [fall2026, spanishId, 10, 50],
        [fall2027, spanishId, 10, 70],
      ].sort((a, b) => String(a[0]).localeCompare(String(b[0]))),
    );

    const byLanguage = dataOf(await hub.graphql(SurveyResultsDocument, { surveyId, groupBy: ['LANGUAGE'], filter: { waveIds: [fall2027], topics: ['Sense of Belonging'] }, minCellSize: null }, viewer)).surveyResults.cells;
    expect(byLanguage.map((cell) => [cell.group.language, cell.respondents, cell.percentFavourable, cell.mean])).toEqual([
      ['en', 10, 0, 3],
      ['es', 10, 100, 4],
    ]);
  });

  it('resolves group names with a bounded number of statements', async () => {
    const viewer = await hub.token(Role.VIEWER);
    hub.sql.reset();
    const { surveyResults } = dataOf(await hub.graphql(SurveyResultsWithNamesDocument, { surveyId, groupBy: ['ITEM', 'WAVE', 'REGION', 'SCHOOL'] }, viewer));
    expect(surveyResults.cells).toHaveLength(6);
    expect(surveyResults.cells.map((cell) => cell.group.item!.code).sort()).toEqual(['BAR1', 'BAR1', 'BAR2', 'BAR2', 'BEL1', 'BEL1']);
    expect(surveyResults.cells.every((cell) => cell.group.school!.name === 'Maple' && cell.group.region!.code === 'NORTH')).toBe(true);
    // token, survey, aggregate, then one batch per related type (item, wave, region, school).
    expect(hub.sql.count).toBeLessThanOrEqual(7);
  });

  it('reports the change between waves per topic and group, per year', async () => {
    const viewer = await hub.token(Role.VIEWER);
    const trends = dataOf(await hub.graphql(SurveyTrendsDocument, { surveyId, groupBy: [], filter: null }, viewer)).surveyTrends;
    const barriers = trends.find((trend) => trend.group.topic === 'Barriers to Engagement')!;
    expect(barriers).toMatchObject({ fromWaveId: fall2026, toWaveId: fall2027, suppressed: false, fromPercentFavourable: 25, toPercentFavourable: 45, changeInPoints: 20 });
    expect(barriers.years).toBeCloseTo(YEARS_BETWEEN_WAVES, 10);
    expect(barriers.pointsPerYear).toBeCloseTo(20 / YEARS_BETWEEN_WAVES, 10);
    expect(barriers.changeInMean).toBeCloseTo(3.65 - 3.0, 10);
    const belonging = trends.find((trend) => trend.group.topic === 'Sense of Belonging')!;
    expect(belonging).toMatchObject({ fromPercentFavourable: 75, toPercentFavourable: 50, changeInPoints: -25 });

    const bySpanish = dataOf(await hub.graphql(SurveyTrendsDocument, { surveyId, groupBy: ['FOCAL_GROUP'], filter: { focalGroupIds: [spanishId] } }, viewer)).surveyTrends;
    expect(bySpanish.find((trend) => trend.group.topic === 'Barriers to Engagement')).toMatchObject({ group: { focalGroupId: spanishId }, changeInPoints: 20 });
    const byLanguageSmall = dataOf(await hub.graphql(SurveyTrendsDocument, { surveyId, groupBy: ['LANGUAGE'], filter: { languages: ['es'] } }, viewer)).surveyTrends;
    expect(byLanguageSmall.every((trend) => trend.suppressed === false)).toBe(true);
  });

  it('gives the equity engine the favourability of each topic among each focal group in the latest wave', async () => {
    const rows = await favourabilityByTopicAndFocalGroup(hub.em(), ['Barriers to Engagement', 'Sense of Belonging', 'Unknown topic'], [spanishId], hub.config.MIN_CELL_SIZE);
    expect(rows).toEqual([
      { topic: 'Barriers to Engagement', focalGroupId: spanishId, percentFavourable: 70, respondents: 10 },
      { topic: 'Sense of Belonging', focalGroupId: spanishId, percentFavourable: 100, respondents: 10 },
    ]);
    expect(await favourabilityByTopicAndFocalGroup(hub.em(), [], [spanishId], hub.config.MIN_CELL_SIZE)).toEqual([]);
  });
});
