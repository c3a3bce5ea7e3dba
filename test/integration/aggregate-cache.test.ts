import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { buildSchema, getNamedType, isObjectType, parse } from 'graphql';
import { Client } from 'pg';
import { CACHEABLE_FIELDS, CACHEABLE_TYPES, CACHED_AGGREGATES } from '../../src/server/aggregate-cache';
import { buildHubSchema } from '../../src/server/schema';
import { createPubSub } from '@graphql-yoga/subscription';
import { BudgetCycle } from '../../src/modules/budgets/budget-cycle.entity';
import { FiscalYear } from '../../src/modules/budgets/fiscal-year.entity';
import { CriterionKind, DerivedSource, EquityLens } from '../../src/modules/equity-lenses/equity-lens.entity';
import { FocalGroup, FocalGroupCategory, IssueProximity } from '../../src/modules/focal-groups/focal-group.entity';
import { Region } from '../../src/modules/geography/region.entity';
import { School } from '../../src/modules/geography/school.entity';
import { Partner, PartnerKind } from '../../src/modules/partners/partner.entity';
import { makeRequest } from '../support/factories';
import {
  CreateEngagementSessionDocument,
  CreateSurveyDocument,
  DashboardAdoptScenarioDocument,
  DashboardPlanDocument,
  DashboardRunScenarioDocument,
  ImportSurveyResponsesDocument,
  UpdateEngagementSessionDocument,
  UpdateRequestDocument,
} from '../generated/graphql';
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
  let cycleId: string;
  let lensId: string;
  const partnerIds: string[] = [];

  const execute = (sql: string, params: unknown[] = []) => hub.em().getConnection().execute(sql, params);
  /** The answer and the SQL statements it cost. */
  const measured = async <TData, TVariables>(document: TypedDocumentNode<TData, TVariables>, variables: TVariables, token?: string | null) => {
    hub.sql.reset();
    const response = await hub.graphql(document, variables, token);
    return { response, statements: [...hub.sql.statements] };
  };
  const representation = async (token?: string | null) => dataOf(await hub.graphql(REPRESENTATION, { regionId: null }, token)).representation;
  const surveyResults = async (id = surveyId) => dataOf(await hub.graphql(SURVEY_RESULTS, { surveyId: id })).surveyResults;
  const plan = async (token?: string | null) => dataOf(await hub.graphql(DashboardPlanDocument, { cycleId }, token)).plan;
  /** A database session of the test's own, outside the hub's pool; whatever it leaves open is rolled back. */
  const withOwnSession = async (work: (session: Client) => Promise<void>) => {
    const session = new Client({ connectionString: hub.orm.config.get('clientUrl') });
    await session.connect();
    try {
      await work(session);
    } finally {
      await session.query('rollback').catch(() => undefined);
      await session.end();
    }
  };
  const adoptPlan = async () => {
    const { runScenario } = dataOf(await hub.graphql(DashboardRunScenarioDocument, { input: { cycleId, lensId, name: 'Cached plan', solver: 'GREEDY', discount: 0.9, coverageBonus: 0 } }, admin));
    dataOf(await hub.graphql(DashboardAdoptScenarioDocument, { id: runScenario.id }, admin));
  };

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

    const cycle = em.create(BudgetCycle, { name: 'Cached cycle' });
    em.create(FiscalYear, { cycle, year: 2027, tier1MoneyCents: 1e9, tier1Fte: 100, tier2MoneyCents: 0, tier2Fte: 0 });
    const lens = em.create(EquityLens, { key: 'cached-reach', name: 'Reach', criteria: [{ key: 'reach', label: 'People reached', kind: CriterionKind.DERIVED, source: DerivedSource.REACH, weight: 1 }] });
    for (const name of ['Food bank', 'Tutors']) {
      const sponsor = em.create(Partner, { name, kind: PartnerKind.NON_PROFIT, priorityAreas: [] });
      partnerIds.push(sponsor.id);
      // 1,000 cents in 2027 each: a cycle of 1,000 funds one of them.
      makeRequest(em, `${name} request`, 5, 1000, [renters]).partner = sponsor;
    }
    await em.flush();
    cycleId = cycle.id;
    lensId = lens.id;
    await adoptPlan();
  });
  afterAll(() => hub.stop());

  it('answers a repeated aggregate query with one statement (the data versions) and the same answer', async () => {
    for (const [document, variables] of [
      [REPRESENTATION, { regionId: null }],
      [SURVEY_RESULTS, { surveyId }],
      [DashboardPlanDocument, { cycleId }],
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
    expect(metrics).toMatch(/^cbh_aggregate_cache_total\{result="hit"\} 3$/m);
    expect(metrics).toMatch(/^cbh_aggregate_cache_total\{result="miss"\} 3$/m);
  });

  it('reflects writes made through the API', async () => {
    expect((await representation()).groups[0].attendance).toBe(6);
    const updated = dataOf(await hub.graphql(UpdateEngagementSessionDocument, { input: { id: sessionId, version: sessionVersion, attendance: [{ focalGroupId: renterId, count: 9 }] } }, liaison));
    sessionVersion = updated.updateEngagementSession.version;
    expect((await representation()).groups[0].attendance).toBe(9);

    expect((await surveyResults()).cells[0].respondents).toBe(RESPONDENTS);
    dataOf(await hub.graphql(ImportSurveyResponsesDocument, { surveyId, csv: surveyCsv('b', RESPONDENTS, RESPONDENTS), importKey: null }, admin));
    expect((await surveyResults()).cells[0].respondents).toBe(2 * RESPONDENTS);

    const [funded] = await plan(admin);
    const version = (await execute(`select version from request where id = ?`, [funded.request.id]))[0].version as number;
    dataOf(await hub.graphql(UpdateRequestDocument, { input: { id: funded.request.id, version, title: 'Renamed after adoption' } }, admin));
    expect((await plan(admin)).find((allocation) => allocation.request.id === funded.request.id)!.request.title).toBe('Renamed after adoption');
  });

  it('answers a new adoption, not the plan it replaced', async () => {
    const before = await plan(admin);
    expect(before.length).toBeGreaterThan(0);
    expect(await plan(admin)).toEqual(before);
    // Only the first request fits now: the new plan funds one request, not two.
    await execute(`update fiscal_year set tier1money_cents = 1000 where cycle_id = ?`, [cycleId]);
    await adoptPlan();
    expect(await plan(admin)).toHaveLength(before.length - 1);
    await execute(`update fiscal_year set tier1money_cents = 1000000000 where cycle_id = ?`, [cycleId]);
    await adoptPlan();
    expect(await plan(admin)).toEqual(before);
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
      ['allocation', `update allocation set money_cents = money_cents + 1`, async () => (await plan(admin))[0].moneyCents],
      ['request', `update request set title = title || '!'`, async () => (await plan(admin))[0].request.title],
      ['partner', `update partner set name = name || '!'`, async () => (await plan(admin))[0].request.partner!.name],
    ];
    for (const [table, sql, read] of cases) {
      const before = await read();
      expect({ table, cached: await read() }).toEqual({ table, cached: before });
      await execute(sql);
      expect({ table, changed: JSON.stringify(await read()) !== JSON.stringify(before) }).toEqual({ table, changed: true });
    }
  });

  it('queues concurrent writers of a versioned table rather than refusing them', async () => {
    const em = hub.em();
    const requests = Array.from({ length: 20 }, (_, index) => makeRequest(em, `Concurrent ${index}`, 1, 0, []));
    await em.flush();
    dataOf(await hub.graphql(DashboardPlanDocument, { cycleId }, admin));
    const versionOfRequests = async () => Number((await execute(`select version from data_version where table_name = 'request'`))[0].version);
    const before = await versionOfRequests();
    const answers = await Promise.all(requests.map((request) => hub.graphql(UpdateRequestDocument, { input: { id: request.id, version: request.version, title: `${request.title} renamed` } }, liaison)));
    expect(answers.map((answer) => answer.errors?.[0]?.extensions?.code ?? 'OK')).toEqual(requests.map(() => 'OK'));
    expect((await versionOfRequests()) - before).toBeGreaterThanOrEqual(requests.length);
  });

  it('bumps a version when the writing transaction commits, so writers of one table do not wait for each other', async () => {
    const versionOfRequests = async () => Number((await execute(`select version from data_version where table_name = 'request'`))[0].version);
    const em = hub.em();
    const other = makeRequest(em, 'Written while another transaction is open', 1, 0, []);
    await em.flush();
    const inPlan = (await plan(admin))[0].request;
    expect((await measured(DashboardPlanDocument, { cycleId }, admin)).statements).toHaveLength(1);
    const before = await versionOfRequests();

    await withOwnSession(async (session) => {
      await session.query('begin');
      await session.query(`update request set title = 'Renamed in an open transaction' where id = $1`, [inPlan.id]);
      await session.query(`update request set title = 'Renamed in an open transaction' where id = $1`, [inPlan.id]);
      const write = hub.graphql(UpdateRequestDocument, { input: { id: other.id, version: other.version, title: 'Renamed through the API' } }, liaison);
      const waited = await Promise.race([write.then(() => false), new Promise<boolean>((resolve) => setTimeout(() => resolve(true), 10_000))]);
      expect({ apiWriteWaitedForTheOpenTransaction: waited }).toEqual({ apiWriteWaitedForTheOpenTransaction: false });
      expect(dataOf(await write).updateRequest.title).toBe('Renamed through the API');
      expect(await versionOfRequests()).toBe(before + 1);
      // The API's write committed, so the plan executes again, without the open transaction's change.
      const whileOpen = await measured(DashboardPlanDocument, { cycleId }, admin);
      expect(whileOpen.statements.length).toBeGreaterThan(1);
      expect(dataOf(whileOpen.response).plan[0].request.title).toBe(inPlan.title);
      await session.query('commit');
    });
    // Two statements in one transaction: one bump, at its commit.
    expect(await versionOfRequests()).toBe(before + 2);
    expect((await plan(admin))[0].request.title).toBe('Renamed in an open transaction');

    await execute(`update request set title = ? where id = ?`, [inPlan.title, inPlan.id]);
    const afterRestore = await versionOfRequests();
    await withOwnSession(async (session) => {
      await session.query('begin');
      await session.query(`update request set title = 'Never committed' where id = $1`, [inPlan.id]);
      // Constraints made immediate apply the pending bump early; a later write must still be counted at commit.
      await session.query('set constraints all immediate');
      await session.query('set constraints all deferred');
      await session.query(`update request set title = 'Never committed either' where id = $1`, [inPlan.id]);
      await session.query('rollback');
      expect(await versionOfRequests()).toBe(afterRestore);
      await session.query('begin');
      await session.query(`update request set title = title where id = $1`, [inPlan.id]);
      await session.query('set constraints all immediate');
      await session.query('set constraints all deferred');
      await session.query(`update request set title = title where id = $1`, [inPlan.id]);
      await session.query('commit');
    });
    expect(await versionOfRequests()).toBe(afterRestore + 2);
  });

  it("answers the web app's public plan query from memory", async () => {
    const webOperations = parse(readFileSync(path.join(__dirname, '../../web/src/features/plan/plan.graphql'), 'utf8'));
    const adoptedPlan = {
      ...webOperations,
      definitions: webOperations.definitions.filter((definition) => definition.kind === 'OperationDefinition' && definition.name?.value === 'AdoptedPlan'),
    } as TypedDocumentNode<{ plan: unknown[] }, { cycleId: string }>;
    expect(adoptedPlan.definitions).toHaveLength(1);
    const first = await measured(adoptedPlan, { cycleId }, null);
    expect(dataOf(first.response).plan.length).toBeGreaterThan(0);
    const repeated = await measured(adoptedPlan, { cycleId }, null);
    expect(repeated.statements).toHaveLength(1);
    expect(dataOf(repeated.response)).toEqual(dataOf(first.response));
  });

  it('executes the plan again once its cycle was written (the cycle may have gone)', async () => {
    dataOf((await measured(DashboardPlanDocument, { cycleId }, admin)).response);
    expect((await measured(DashboardPlanDocument, { cycleId }, admin)).statements).toHaveLength(1);
    await execute(`update budget_cycle set name = name || '!' where id = ?`, [cycleId]);
    expect((await measured(DashboardPlanDocument, { cycleId }, admin)).statements.length).toBeGreaterThan(1);
  });

  it('bumps the data version of every table a cached answer may read on any statement that writes it', async () => {
    const fieldTables = Object.values(CACHEABLE_FIELDS).flatMap((fields) => Object.values(fields));
    const tables = [...new Set([...Object.values(CACHED_AGGREGATES), ...Object.values(CACHEABLE_TYPES), ...fieldTables].flat())].sort();
    expect(tables).toEqual(expect.arrayContaining(['allocation', 'budget_cycle', 'partner', 'request']));
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

  it('gives a partner its own part of the plan and the public no sponsor, whatever was cached for staff', async () => {
    const staffPlan = await plan(admin);
    expect(new Set(staffPlan.map((allocation) => allocation.request.partner?.name)).size).toBeGreaterThan(1);
    expect((await measured(DashboardPlanDocument, { cycleId }, admin)).statements).toHaveLength(1);
    for (const partnerId of partnerIds) {
      const own = await plan(await hub.token(Role.PARTNER, partnerId));
      expect(own.length).toBeGreaterThan(0);
      expect(own).toEqual(staffPlan.filter((allocation) => own.some((mine) => mine.request.id === allocation.request.id)));
      expect(own.length).toBeLessThan(staffPlan.length);
    }
    for (const token of [null, await hub.token(Role.VIEWER)]) {
      const publicPlan = await plan(token);
      expect(publicPlan).toEqual(staffPlan.map((allocation) => ({ ...allocation, request: { ...allocation.request, partner: null } })));
    }
  });

  it('executes, without caching, a plan that reaches beyond the stored fields of its allocations, requests and partners', async () => {
    const beyond = [
      `query PlanCommunications($cycleId: ID!) { plan(cycleId: $cycleId) { request { communications { summary } } } }`,
      `query PlanGroups($cycleId: ID!) { plan(cycleId: $cycleId) { request { focalGroups { name } } } }`,
      `query PlanCost($cycleId: ID!) { plan(cycleId: $cycleId) { request { totalCostCents(horizonYears: 2) } } }`,
      `query PlanAgreements($cycleId: ID!) { plan(cycleId: $cycleId) { request { partner { alignedWithDistrictPriorities } } } }`,
      `query PlanScenario($cycleId: ID!) { plan(cycleId: $cycleId) { scenario { id } } }`,
    ];
    for (const source of beyond) {
      const document = operation<unknown, { cycleId: string }>(source);
      dataOf(await hub.graphql(document, { cycleId }, admin));
      const repeat = await measured(document, { cycleId }, admin);
      dataOf(repeat.response);
      expect({ source, versionsRead: repeat.statements.some((statement) => /from data_version/.test(statement)) }).toEqual({ source, versionsRead: false });
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
    expect(Object.keys(CACHED_AGGREGATES).map((field) => getNamedType(queryFields[field].type).name)).toEqual(['RepresentationReport', 'SurveyResults', 'Allocation']);
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
  it('allows field by field only stored leaves and relations to types it also lists field by field', async () => {
    const schema = await buildHubSchema(createPubSub());
    const checked: string[] = [];
    for (const [typeName, fields] of Object.entries(CACHEABLE_FIELDS)) {
      const type = schema.getType(typeName);
      if (!isObjectType(type)) throw new Error(`${typeName} is not an object type`);
      for (const name of Object.keys(fields)) {
        const field = type.getFields()[name];
        const target = getNamedType(field.type);
        // A leaf with a resolver of its own may read any table; graphql-js's default resolver reads the row.
        const kind = isObjectType(target) ? (Object.hasOwn(CACHEABLE_FIELDS, target.name) && fields[name].length > 0 ? 'listed relation' : 'unlisted relation') : field.resolve ? 'computed leaf' : 'stored leaf';
        checked.push(`${typeName}.${name}: ${kind}`);
      }
    }
    expect(checked.length).toBeGreaterThan(0);
    expect(checked.filter((entry) => !/: (stored leaf|listed relation)$/.test(entry))).toEqual([]);
  });
});
