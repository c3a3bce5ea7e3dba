import { Region } from '../../src/modules/geography/region.entity';
import { School } from '../../src/modules/geography/school.entity';
import { CreateSurveyDocument, ImportSurveyResponsesDocument } from '../generated/graphql';
import { dataOf, Role, startTestHub, type TestHub } from '../support/hub';

/** Ash: 12 respondents (6 favourable), Birch: 15 (all favourable), Dogwood: 3 — a small cell, so Ash hides with it. */
describe('CSV exports', () => {
  let hub: TestHub;
  let surveyId: string;
  const download = (path: string, token: string | null) =>
    fetch(hub.url.replace('/graphql', path), { headers: token ? { authorization: `Bearer ${token}` } : {} });

  beforeAll(async () => {
    hub = await startTestHub();
    const admin = await hub.token(Role.ADMIN);
    const em = hub.em();
    const north = em.create(Region, { name: 'North', code: 'NORTH' });
    for (const name of ['Ash', 'Birch', 'Dogwood']) em.create(School, { name, region: north });
    await em.flush();
    surveyId = dataOf(
      await hub.graphql(
        CreateSurveyDocument,
        { input: { name: 'Export survey', waves: [{ name: 'Fall 2026', fieldedAt: '2026-10-01T00:00:00Z' }], items: [{ code: 'Q1', prompt: 'q', topic: 'Belonging, and welcome', scaleMin: 1, scaleMax: 5, favourableMin: 4, favourableMax: 5 }] } },
        admin,
      ),
    ).createSurvey.id;
    const lines = ['wave,item,school,focal_groups,language,answer,submission_id'];
    const add = (school: string, count: number, favourable: number) => {
      for (let n = 0; n < count; n += 1) lines.push(`Fall 2026,Q1,${school},,en,${n < favourable ? 5 : 1},${school}-${n}`);
    };
    add('Ash', 12, 6);
    add('Birch', 15, 15);
    add('Dogwood', 3, 0);
    dataOf(await hub.graphql(ImportSurveyResponsesDocument, { surveyId, csv: lines.join('\n'), importKey: null }, admin));
  });
  afterAll(() => hub.stop());

  it('downloads suppressed survey results as CSV for a VIEWER', async () => {
    const response = await download(`/exports/survey-results.csv?surveyId=${surveyId}&groupBy=SCHOOL,TOPIC`, await hub.token(Role.VIEWER));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const lines = (await response.text()).trim().split('\r\n');
    expect(lines[0]).toBe('wave,topic,item,region,school,focal_group,language,suppressed,suppression,respondents,answers,percent_favourable,mean,min_cell_size');
    expect(lines.slice(1).sort()).toEqual(
      [
        ',"Belonging, and welcome",,,Ash,,,true,COMPLEMENTARY,,,,,10',
        ',"Belonging, and welcome",,,Birch,,,false,,15,15,100,5,10',
        ',"Belonging, and welcome",,,Dogwood,,,true,SMALL_CELL,,,,,10',
      ].sort(),
    );
  });

  it('refuses missing tokens, bad parameters and unknown plans with HTTP status codes', async () => {
    expect((await download(`/exports/survey-results.csv?surveyId=${surveyId}`, null)).status).toBe(401);
    const viewer = await hub.token(Role.VIEWER);
    expect((await download('/exports/survey-results.csv?groupBy=SCHOOL', viewer)).status).toBe(400);
    expect((await download(`/exports/survey-results.csv?surveyId=${surveyId}&groupBy=PERSON`, viewer)).status).toBe(400);
    expect((await download(`/exports/survey-results.csv?surveyId=${surveyId}&minCellSize=2`, viewer)).status).toBe(400);
    expect((await download('/exports/plan.csv?cycleId=00000000-0000-0000-0000-000000000000', viewer)).status).toBe(404);
    expect((await download('/exports/plan.csv', viewer)).status).toBe(400);
  });
});
