import { Topic } from '../../src/core/pubsub';
import { AuditEvent } from '../../src/modules/audit/audit-event.entity';
import { FocalGroup, FocalGroupCategory, IssueProximity } from '../../src/modules/focal-groups/focal-group.entity';
import { Region } from '../../src/modules/geography/region.entity';
import { School } from '../../src/modules/geography/school.entity';
import { CreateSurveyDocument, ImportSurveyResponsesDocument } from '../generated/graphql';
import { dataOf, errorCodeOf, Role, startTestHub, type GraphQLResponse, type TestHub } from '../support/hub';

const HEADER = 'wave,item,school,focal_groups,language,answer,submission_id';

describe('importSurveyResponses', () => {
  let hub: TestHub;
  let admin: string;
  let surveyId: string;
  const ids = { north: '', south: '', maple: '', oak: '', spanish: '', grandparents: '' };

  const responseRows = async () =>
    hub.em().getConnection().execute<{ school_id: string; region_id: string; focal_group_ids: string[]; language: string; answer: number; respondent_key: string }[]>(
      'select school_id, region_id, focal_group_ids, language, answer, respondent_key::text from survey_response where survey_id = ? order by id',
      [surveyId],
    );
  const importCsv = (csv: string, token: string, importKey: string | null = null) =>
    hub.graphql(ImportSurveyResponsesDocument, { surveyId, csv, importKey }, token);

  beforeAll(async () => {
    hub = await startTestHub();
    admin = await hub.token(Role.ADMIN);
    const em = hub.em();
    const north = em.create(Region, { name: 'North', code: 'NORTH' });
    const south = em.create(Region, { name: 'South', code: 'SOUTH' });
    const maple = em.create(School, { name: 'Maple Elementary', region: north });
    const oak = em.create(School, { name: 'Oak Middle', region: south });
    const group = (name: string) =>
      em.create(FocalGroup, { name, category: FocalGroupCategory.LANGUAGE_RACE_ETHNICITY, populationShare: 0.1, languages: [], proximity: IssueProximity.DIRECTLY_IMPACTED });
    const spanish = group('Spanish-speaking families');
    const grandparents = group('Grandparents raising children');
    await em.flush();
    Object.assign(ids, { north: north.id, south: south.id, maple: maple.id, oak: oak.id, spanish: spanish.id, grandparents: grandparents.id });
    const survey = dataOf(
      await hub.graphql(
        CreateSurveyDocument,
        {
          input: {
            name: 'Family Survey',
            waves: [{ name: 'Fall 2026', fieldedAt: '2026-10-01T00:00:00Z' }],
            items: [
              { code: 'BAR1', prompt: 'How easy is it to attend events?', topic: 'Barriers to Engagement', scaleMin: 1, scaleMax: 5, favourableMin: 4, favourableMax: 5 },
              { code: 'BEL1', prompt: 'I feel welcome at school.', topic: 'Sense of Belonging', scaleMin: 1, scaleMax: 5, favourableMin: 4, favourableMax: 5 },
            ],
          },
        },
        admin,
      ),
    ).createSurvey;
    surveyId = survey.id;
  });
  afterAll(() => hub.stop());

  it('imports a file in one go, resolving names, denormalising the region and keying respondents anonymously', async () => {
    const published: unknown[] = [];
    const subscription = hub.pubSub.pubSub.subscribe(Topic.SURVEY_RESULTS_PUBLISHED);
    const listening = (async () => {
      for await (const event of subscription) {
        published.push(event);
        break;
      }
    })();
    const csv = [
      HEADER,
      'Fall 2026,BAR1,Maple Elementary,Spanish-speaking families;Grandparents raising children,ES,4,s-1',
      'Fall 2026,BEL1,Maple Elementary,Spanish-speaking families;Grandparents raising children,es,5,s-1',
      `Fall 2026,BAR1,${ids.oak},,en,2,s-2`,
      '"Fall 2026","BEL1","Oak Middle","",en,3,"s-2"',
      '',
    ].join('\r\n');
    const result = dataOf(await importCsv(csv, await hub.token(Role.LIAISON))).importSurveyResponses;
    expect(result.alreadyImported).toBe(false);
    expect(result.surveyImport).toMatchObject({ rowsRead: 4, rowsAccepted: 4, importedBy: 'test liaison' });
    expect(result.surveyImport.importKey).toMatch(/^[0-9a-f]{64}$/);
    expect(result.surveyImport.durationMs).toBeGreaterThanOrEqual(0);

    const rows = await responseRows();
    expect(rows.map((row) => [row.school_id, row.region_id, row.language, row.answer])).toEqual([
      [ids.maple, ids.north, 'es', 4],
      [ids.maple, ids.north, 'es', 5],
      [ids.oak, ids.south, 'en', 2],
      [ids.oak, ids.south, 'en', 3],
    ]);
    expect(rows[0].focal_group_ids.sort()).toEqual([ids.spanish, ids.grandparents].sort());
    expect(rows[2].focal_group_ids).toEqual([]);
    expect(rows[0].respondent_key).toBe(rows[1].respondent_key);
    expect(rows[2].respondent_key).toBe(rows[3].respondent_key);
    expect(rows[0].respondent_key).not.toBe(rows[2].respondent_key);
    expect(rows[0].respondent_key).not.toContain('s-1');

    await listening;
    expect(published).toEqual([{ surveyId, rowsAccepted: 4, occurredAt: expect.any(String) }]);
    const audits = await hub.em().find(AuditEvent, { entityId: result.surveyImport.id });
    expect(audits.map((event) => event.action)).toEqual(['importSurveyResponses']);
  });

  it('treats a retried upload as a no-op, by explicit key and by file content', async () => {
    const csv = [HEADER, 'Fall 2026,BAR1,Oak Middle,,en,5,r-1', 'Fall 2026,BAR1,Oak Middle,,en,1,r-2'].join('\n');
    const before = (await responseRows()).length;
    const first = dataOf(await importCsv(csv, admin, 'upload-42')).importSurveyResponses;
    const retry = dataOf(await importCsv(csv, admin, 'upload-42')).importSurveyResponses;
    expect(first.alreadyImported).toBe(false);
    expect(retry).toEqual({ alreadyImported: true, surveyImport: first.surveyImport });
    expect((await responseRows()).length).toBe(before + 2);

    const byContent = [HEADER, 'Fall 2026,BEL1,Oak Middle,,en,5,q-1'].join('\n');
    const once = dataOf(await importCsv(byContent, admin)).importSurveyResponses;
    const again = dataOf(await importCsv(byContent, admin)).importSurveyResponses;
    expect(again).toEqual({ alreadyImported: true, surveyImport: once.surveyImport });
    expect((await responseRows()).length).toBe(before + 3);
  });

  it('rejects the whole file when any row is bad, reports every bad row by line, writes and publishes nothing', async () => {
    const before = (await responseRows()).length;
    const importsBefore = await hub.em().getConnection().execute<{ count: number }[]>('select count(*)::int as count from survey_import');
    let published = 0;
    const subscription = hub.pubSub.pubSub.subscribe(Topic.SURVEY_RESULTS_PUBLISHED);
    void (async () => {
      for await (const _event of subscription) published += 1;
    })();
    const csv = [
      HEADER,
      'Fall 2026,BAR1,Maple Elementary,,en,4,b-1',
      'Spring 2031,BAR1,Maple Elementary,,en,4,b-2',
      'Fall 2026,NOPE,Maple Elementary,,en,4,b-3',
      'Fall 2026,BAR1,Atlantis High,,en,4,b-4',
      'Fall 2026,BAR1,Maple Elementary,Martians,en,4,b-5',
      'Fall 2026,BAR1,Maple Elementary,,English!,4,b-6',
      'Fall 2026,BAR1,Maple Elementary,,en,6,b-7',
      'Fall 2026,BAR1,Maple Elementary,,en,4',
      'Fall 2026,BAR1,Maple Elementary,,en,4,parent@example.org',
      'Fall 2026,BAR1,Maple Elementary,,en,3,b-1',
      'Fall 2026,BEL1,Oak Middle,,en,3,b-1',
      'Fall 2026,BEL1,Maple Elementary,,en,4,b-9',
    ].join('\n');
    const response = await importCsv(csv, admin);
    expect(errorCodeOf(response)).toBe('BAD_USER_INPUT');
    const extensions = (response as GraphQLResponse<unknown>).errors![0].extensions!;
    expect(extensions.badRowCount).toBe(10);
    expect(extensions.rowsRead).toBe(12);
    expect(extensions.badRows).toEqual([
      { line: 3, reason: 'unknown wave "Spring 2031"' },
      { line: 4, reason: 'unknown item "NOPE"' },
      { line: 5, reason: 'unknown school "Atlantis High"' },
      { line: 6, reason: 'unknown focal group "Martians"' },
      { line: 7, reason: 'language "english!" is not a language code such as en, es or zh-hant' },
      { line: 8, reason: 'answer "6" is not an integer from 1 to 5 (item BAR1)' },
      { line: 9, reason: 'expected 7 fields, found 6' },
      { line: 10, reason: 'submission_id looks like an email address; it must be an anonymous key' },
      { line: 11, reason: 'submission "b-1" answers item BAR1 more than once' },
      { line: 12, reason: 'submission "b-1" has answers from different waves or schools' },
    ]);
    expect((await responseRows()).length).toBe(before);
    const importsAfter = await hub.em().getConnection().execute<{ count: number }[]>('select count(*)::int as count from survey_import');
    expect(importsAfter).toEqual(importsBefore);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(published).toBe(0);
  });

  it('rejects a submission whose answers disagree on language or focal groups, since each respondent is counted once', async () => {
    const csv = [HEADER, 'Fall 2026,BAR1,Oak Middle,,en,4,d-1', 'Fall 2026,BEL1,Oak Middle,,es,4,d-1'].join('\n');
    const response = await importCsv(csv, admin);
    expect(errorCodeOf(response)).toBe('BAD_USER_INPUT');
    expect(response.errors![0].extensions!.badRows).toEqual([{ line: 3, reason: 'submission "d-1" has answers with different languages or focal groups' }]);
  });

  it('rejects files with personal or unknown columns, and empty files', async () => {
    const withEmail = await importCsv(`${HEADER},email\nFall 2026,BAR1,Oak Middle,,en,4,x-1,someone@example.org`, admin);
    expect(errorCodeOf(withEmail)).toBe('BAD_USER_INPUT');
    expect(withEmail.errors![0].extensions!.badRows).toEqual([
      { line: 1, reason: 'unknown column(s) email; responses carry no personal identifiers, allowed columns are wave, item, school, focal_groups, language, answer, submission_id' },
    ]);
    expect(errorCodeOf(await importCsv('', admin))).toBe('BAD_USER_INPUT');
  });

  it('caps the listed bad rows but counts them all', async () => {
    const lines = [HEADER, ...Array.from({ length: 150 }, (_, index) => `Fall 2026,BAR1,Oak Middle,,en,9,c-${index}`)];
    const response = await importCsv(lines.join('\n'), admin);
    expect(response.errors![0].extensions!.badRowCount).toBe(150);
    expect((response.errors![0].extensions!.badRows as unknown[]).length).toBe(100);
    expect(response.errors![0].message).toContain('the first 100 are listed');
  });

  it('lets only ADMIN and LIAISON import, and reports unknown surveys', async () => {
    const csv = `${HEADER}\nFall 2026,BAR1,Oak Middle,,en,4,z-1`;
    for (const role of [Role.BUDGET_STAFF, Role.VIEWER]) expect(errorCodeOf(await importCsv(csv, await hub.token(role)))).toBe('FORBIDDEN');
    expect(errorCodeOf(await importCsv(csv, null as unknown as string))).toBe('UNAUTHENTICATED');
    const unknown = await hub.graphql(ImportSurveyResponsesDocument, { surveyId: '00000000-0000-0000-0000-000000000000', csv, importKey: null }, admin);
    expect(errorCodeOf(unknown)).toBe('NOT_FOUND');
  });
});
