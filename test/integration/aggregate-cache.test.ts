import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { buildSchema, getNamedType, isObjectType, parse } from 'graphql';
import { CACHEABLE_TYPES, CACHED_AGGREGATES } from '../../src/server/aggregate-cache';
import { FocalGroup, FocalGroupCategory, IssueProximity } from '../../src/modules/focal-groups/focal-group.entity';
import { Region } from '../../src/modules/geography/region.entity';
import { School } from '../../src/modules/geography/school.entity';
import { Partner, PartnerKind } from '../../src/modules/partners/partner.entity';
import { CreateEngagementSessionDocument, CreateSurveyDocument, ImportSurveyResponsesDocument, UpdateEngagementSessionDocument } from '../generated/graphql';
import { dataOf, errorCodeOf, Role, startTestHub, type GraphQLResponse, type TestHub } from '../support/hub';

/** Operations written here rather than in test/operations: only this suite needs these exact selections. */
function operation<TData, TVariables = Record<string, unknown>>(source: string): TypedDocumentNode<TData, TVariables> {
  return parse(source) as TypedDocumentNode<TData, TVariables>;
}

interface RepresentationAnswer {
  representation: {
    sessionCount: number;
    totalAttendees: number;
    groups: { attendance: number; focalGroup: { name: string; liaisonEmail: string | null; region: { code: string; schools: { name: string }[] } | null } }[];
  };
}

/** Reaches every table representation reads: sessions, attendance, focal groups, regions, schools. */
const REPRESENTATION = operation<RepresentationAnswer, { regionId: string | null }>(`
  query CachedRepresentation($regionId: ID) {
    representation(regionId: $regionId) {
      sessionCount
      totalAttendees
      groups { attendance focalGroup { name liaisonEmail region { code schools { name } } } }
    }
  }`);

interface SurveyAnswer {
  surveyResults: { cells: { group: { wave: { name: string } | null; item: { code: string } | null }; respondents: number | null; percentFavourable: number | null }[] };
}

/** Reaches every table surveyResults reads: the survey, its rollup, waves and items. */
const SURVEY_RESULTS = operation<SurveyAnswer, { surveyId: string }>(`
  query CachedSurveyResults($surveyId: ID!) {
    surveyResults(surveyId: $surveyId, groupBy: [WAVE, ITEM]) {
      cells { group { wave { name } item { code } } respondents percentFavourable }
    }
  }`);

const RESPONDENTS = 4;

/** `respondents` families at Maple answer Q1 in Fall 2026, the first `favourable` of them favourably (4 on 1..5). */
function surveyCsv(prefix: string, respondents: number, favourable: number): string {
  const lines = ['wave,item,school,focal_groups,language,answer,submission_id'];
  for (let n = 1; n <= respondents; n += 1) lines.push(`Fall 2026,Q1,Maple,,en,${n <= favourable ? 4 : 2},${prefix}${n}`);
  return lines.join('\n');
}

describe('aggregate cache', () => {
  let hub: TestHub;
  let admin: string;
  let liaison: string;
  let sessionId: string;
  let sessionVersion: number;
  let renterId: string;
  let surveyId: string;

  const execute = (sql: string, params: unknown[] = []) => hub.em().getConnection().execute(sql, params);
  /** The answer and the SQL statements it cost. */
  const measured = async <TData, TVariables>(document: TypedDocumentNode<TData, TVariables>, variables: TVariables, token?: string | null) => {
    hub.sql.reset();
    const response = await hub.graphql(document, variables, token);
    return { response, statements: [...hub.sql.statements] };
  };
  const representation = async (token?: string | null) => dataOf(await hub.graphql(REPRESENTATION, { regionId: null }, token)).representation;
  const surveyResults = async (id = surveyId) => dataOf(await hub.graphql(SURVEY_RESULTS, { surveyId: id })).surveyResults;

  beforeAll(async () => {
    // Small cells are published, so a handful of respondents makes a visible figure.
    hub = await startTestHub({ env: { MIN_CELL_SIZE: '2', CREDENTIAL_CACHE_SECONDS: '60' } });
    admin = await hub.token(Role.ADMIN);
    liaison = await hub.token(Role.LIAISON);
    const em = hub.em();
    const north = em.create(Region, { name: 'North', code: 'NORTH' });
    em.create(School, { name: 'Maple', region: north });
    const renters = em.create(FocalGroup, {
      name: 'Renters',
      category: FocalGroupCategory.HOUSING,
      populationShare: 0.4,
      region: north,
      languages: ['en'],
      proximity: IssueProximity.DIRECTLY_IMPACTED,
      liaisonEmail: 'liaison@district.example',
    });
    await em.flush();
    renterId = renters.id;
    const session = dataOf(
      await hub.graphql(
        CreateEngagementSessionDocument,
        {
          input: { title: 'Listening session', kind: 'SMALL_GROUP', regionId: north.id, heldAt: '2026-02-01T18:00:00.000Z', processStep: 'OPENING', totalAttendees: 30, attendance: [{ focalGroupId: renterId, count: 6 }] },
        },
        liaison,
      ),
    ).createEngagementSession;
    sessionId = session.id;
    sessionVersion = session.version;
    const ITEM = { scaleMin: 1, scaleMax: 5, favourableMin: 4, favourableMax: 5 };
    surveyId = dataOf(
      await hub.graphql(
        CreateSurveyDocument,
        { input: { name: 'Pulse', waves: [{ name: 'Fall 2026', fieldedAt: '2026-09-01T00:00:00Z' }], items: [{ code: 'Q1', prompt: 'I feel welcome.', topic: 'Belonging', ...ITEM }] } },
        admin,
      ),
    ).createSurvey.id;
    dataOf(await hub.graphql(ImportSurveyResponsesDocument, { surveyId, csv: surveyCsv('a', RESPONDENTS, 1), importKey: null }, admin));
  });
  afterAll(() => hub.stop());

  it('answers a repeated aggregate query with one statement (the data versions) and the same answer', async () => {
    for (const [document, variables] of [
      [REPRESENTATION, { regionId: null }],
      [SURVEY_RESULTS, { surveyId }],
    ] as const) {
      const first = await measured(document as TypedDocumentNode<unknown, typeof variables>, variables);
      const second = await measured(document as TypedDocumentNode<unknown, typeof variables>, variables);
      dataOf(first.response);
      expect(first.statements.length).toBeGreaterThan(2);
      expect(second.statements).toHaveLength(1);
      expect(second.statements[0]).toMatch(/from data_version/);
      expect(second.response).toEqual(first.response);
    }
    const metrics = await (await fetch(hub.url.replace(/\/graphql$/, '/metrics'))).text();
    expect(metrics).toMatch(/^cbh_aggregate_cache_total\{result="hit"\} 2$/m);
    expect(metrics).toMatch(/^cbh_aggregate_cache_total\{result="miss"\} 2$/m);
  });

  it('reflects writes made through the API', async () => {
    expect((await representation()).groups[0].attendance).toBe(6);
    const updated = dataOf(await hub.graphql(UpdateEngagementSessionDocument, { input: { id: sessionId, version: sessionVersion, attendance: [{ focalGroupId: renterId, count: 9 }] } }, liaison));
    sessionVersion = updated.updateEngagementSession.version;
    expect((await representation()).groups[0].attendance).toBe(9);

    expect((await surveyResults()).cells[0].respondents).toBe(RESPONDENTS);
    dataOf(await hub.graphql(ImportSurveyResponsesDocument, { surveyId, csv: surveyCsv('b', RESPONDENTS, RESPONDENTS), importKey: null }, admin));
    expect((await surveyResults()).cells[0].respondents).toBe(2 * RESPONDENTS);
  });

  it('reflects writes made by plain SQL to every table the aggregates read', async () => {
    const cases: [table: string, sql: string, read: () => Promise<unknown>][] = [
      ['engagement_session', `update engagement_session set total_attendees = total_attendees + 1`, async () => (await representation()).totalAttendees],
      ['session_attendance', `update session_attendance set count = count + 1`, async () => (await representation()).groups[0].attendance],
      ['focal_group', `update focal_group set name = name || '!'`, async () => (await representation()).groups[0].focalGroup.name],
      ['region', `update region set code = code || '!'`, async () => (await representation()).groups[0].focalGroup.region!.code],
      ['school', `update school set name = name || '!'`, async () => (await representation()).groups[0].focalGroup.region!.schools[0].name],
      ['survey_response_rollup', `update survey_response_rollup set item_favourable = '{0}'`, async () => (await surveyResults()).cells[0].percentFavourable],
      ['survey_wave', `update survey_wave set name = name || '!'`, async () => (await surveyResults()).cells[0].group.wave!.name],
      ['survey_item', `update survey_item set code = code || '!'`, async () => (await surveyResults()).cells[0].group.item!.code],
    ];
    for (const [table, sql, read] of cases) {
      const before = await read();
      expect({ table, cached: await read() }).toEqual({ table, cached: before });
      await execute(sql);
      expect({ table, changed: JSON.stringify(await read()) !== JSON.stringify(before) }).toEqual({ table, changed: true });
    }
  });

  it('bumps the data version of every table a cached answer may read on any statement that writes it', async () => {
    const tables = [...new Set([...Object.values(CACHED_AGGREGATES), ...Object.values(CACHEABLE_TYPES)].flat())].sort();
    const versionOf = async (table: string) => Number((await execute(`select version from data_version where table_name = ?`, [table]))[0]?.version ?? 0);
    for (const table of tables) {
      const before = await versionOf(table);
      // Statement-level triggers fire even when no row is touched.
      await execute(`delete from "${table}" where false`);
      expect({ table, bumped: (await versionOf(table)) - before }).toEqual({ table, bumped: 1 });
    }
  });

  it('reflects a survey deleted by plain SQL', async () => {
    const emptySurveyId = dataOf(await hub.graphql(CreateSurveyDocument, { input: { name: 'Unfielded', waves: [], items: [] } }, admin)).createSurvey.id;
    expect((await surveyResults(emptySurveyId)).cells).toEqual([]);
    expect((await surveyResults(emptySurveyId)).cells).toEqual([]);
    await execute(`delete from survey where id = ?`, [emptySurveyId]);
    expect(errorCodeOf(await hub.graphql(SURVEY_RESULTS, { surveyId: emptySurveyId }))).toBe('NOT_FOUND');
  });

  it('never gives the public or a partner the answer cached for staff', async () => {
    const staffAnswer = await representation(admin);
    expect(staffAnswer.groups[0].focalGroup.liaisonEmail).toBe('liaison@district.example');
    // Cached for staff: the repeat costs only the version statement.
    const repeat = await measured(REPRESENTATION, { regionId: null }, admin);
    expect(repeat.statements.filter((statement) => !/from data_version/.test(statement))).toEqual([]);

    const em = hub.em();
    const partner = em.create(Partner, { name: 'Tenants union', kind: PartnerKind.NON_PROFIT, priorityAreas: [] });
    await em.flush();
    for (const token of [null, await hub.token(Role.VIEWER), await hub.token(Role.PARTNER, partner.id)]) {
      const answer = await representation(token);
      expect(answer.groups[0].focalGroup.liaisonEmail).toBeNull();
      expect({ ...answer, groups: [] }).toEqual({ ...staffAnswer, groups: [] });
    }
  });

  it('executes, without caching, a query that mixes an aggregate with another root field or reaches beyond the aggregate types', async () => {
    const mixed = operation<unknown>(`query Mixed { representation(regionId: null) { sessionCount } regions { id } }`);
    const beyond = operation<unknown>(`query Beyond { representation(regionId: null) { groups { focalGroup { requests { id } } } } }`);
    for (const document of [mixed, beyond]) {
      dataOf(await hub.graphql(document, {}, admin));
      const repeat = await measured(document, {}, admin);
      dataOf(repeat.response);
      expect(repeat.statements.some((statement) => /from data_version/.test(statement))).toBe(false);
      expect(repeat.statements.length).toBeGreaterThan(0);
    }
  });

  it('does not cache an answer with errors', async () => {
    const missing = '00000000-0000-4000-8000-000000000000';
    expect(errorCodeOf(await hub.graphql(SURVEY_RESULTS, { surveyId: missing }))).toBe('NOT_FOUND');
    const repeat = await measured(SURVEY_RESULTS, { surveyId: missing });
    expect(errorCodeOf(repeat.response as GraphQLResponse<unknown>)).toBe('NOT_FOUND');
    expect(repeat.statements.length).toBeGreaterThan(1);
  });

  it('knows every field of the types a cached answer may select (a new field may read a table without a data_version trigger)', () => {
    const schema = buildSchema(readFileSync(path.join(__dirname, '../../schema/schema.graphql'), 'utf8'));
    const queryFields = schema.getQueryType()!.getFields();
    expect(Object.keys(CACHED_AGGREGATES).map((field) => getNamedType(queryFields[field].type).name)).toEqual(['RepresentationReport', 'SurveyResults']);
    const fields = Object.fromEntries(
      Object.keys(CACHEABLE_TYPES).map((name) => {
        const type = schema.getType(name);
        if (!isObjectType(type)) throw new Error(`${name} is not an object type`);
        return [name, Object.values(type.getFields()).map((field) => `${field.name}${isObjectType(getNamedType(field.type)) ? `: ${getNamedType(field.type).name}` : ''}`).sort().join(' ')];
      }),
    );
    // When this fails: find which tables the new field reads, add them to CACHEABLE_TYPES (and a
    // data_version trigger for each new one in a migration), then update this list.
    expect(fields).toEqual({
      RepresentationReport: 'groups: GroupRepresentation missingGroups: FocalGroup region: Region regionId representativeness sessionCount totalAttendees',
      GroupRepresentation: 'attendance focalGroup: FocalGroup focalGroupId gap participationRate participationShare populationShare',
      SurveyResults: 'cells: SurveyResultCell groupBy minCellSize surveyId',
      SurveyResultCell: 'answers group: SurveyGroup mean percentFavourable respondents suppressed suppression',
      SurveyGroup: 'focalGroup: FocalGroup focalGroupId item: SurveyItem itemId language region: Region regionId school: School schoolId topic wave: SurveyWave waveId',
      FocalGroup: 'category createdAt estimatedPopulation id languages liaisonEmail liaisonName name populationShare proximity region: Region requests: Request updatedAt version',
      Region: 'code createdAt focalGroups: FocalGroup id name schools: School updatedAt version',
      School: 'createdAt enrollment highPriority id name region: Region titleOne updatedAt version',
      SurveyWave: 'createdAt fieldedAt id name updatedAt version',
      SurveyItem: 'code createdAt favourableMax favourableMin id prompt scaleMax scaleMin topic updatedAt version',
    });
  });
});
