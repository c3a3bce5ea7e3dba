import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { parse, print } from 'graphql';
import { DEMO_TOKENS, seedDemoDistrict } from '../../src/db/seed/demo-district';
import { BudgetCycle } from '../../src/modules/budgets/budget-cycle.entity';
import { EquityLens } from '../../src/modules/equity-lenses/equity-lens.entity';
import { Region } from '../../src/modules/geography/region.entity';
import {
  DashboardAdoptScenarioDocument,
  DashboardPlanDocument,
  DashboardRegionGroupsDocument,
  DashboardRequestsPageDocument,
  DashboardRunScenarioDocument,
  PrefetchPageDocument,
  RequestDocument,
  RequestsDocument,
} from '../generated/graphql';
import { dataOf, startTestHub, type GraphQLResponse, type TestHub } from '../support/hub';

const FIELD_ERRORS_IN_LIST = parse(`
  query FieldErrorsInList($horizonYears: Int!) {
    requests(first: 3) { edges { node { id totalCostCents(horizonYears: $horizonYears) } } }
  }`) as TypedDocumentNode<unknown, { horizonYears: number }>;

const INTROSPECTION = parse(`
  query Introspection($type: String!) {
    __schema { queryType { name } types { name kind } }
    __type(name: $type) { name fields { name args { name defaultValue } type { kind name ofType { name } } } }
    __typename
  }`) as TypedDocumentNode<unknown, { type: string }>;

const ALIASED_REQUESTS = parse(`
  query AliasedRequests($found: ID!, $missing: ID!) {
    found: request(id: $found) { id title partner { name } }
    missing: request(id: $missing) { id }
  }`) as TypedDocumentNode<unknown, { found: string; missing: string }>;

/**
 * Repeated queries run as graphql-jit functions, first sightings through graphql-js. Every case
 * here compares the compiled answer with graphql-js's answer to the same document and variables
 * (sent once more under a comment that makes it a new operation, hence graphql-js again), errors,
 * their paths and codes included, and counts on /metrics that the compiled function did answer.
 */
describe('compiled execution of repeated queries', () => {
  let hub: TestHub;
  let baselines = 0;

  const post = async (source: string, variables: unknown, token: string | null): Promise<{ status: number; body: GraphQLResponse<unknown> }> => {
    const response = await fetch(hub.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query: source, variables }),
    });
    return { status: response.status, body: (await response.json()) as GraphQLResponse<unknown> };
  };

  const executions = async () => {
    const metrics = await (await fetch(hub.url.replace(/\/graphql$/, '/metrics'))).text();
    const count = (executor: string) => Number(new RegExp(`^cbh_graphql_executions_total\\{executor="${executor}"\\} (\\d+)$`, 'm').exec(metrics)?.[1] ?? 0);
    return { compiled: count('compiled'), graphqlJs: count('graphql-js') };
  };

  /** graphql-js's answer, then the compiled one (after a first sighting that compiles it), which must be equal. */
  async function expectSameAnswer<TData, TVariables>(document: TypedDocumentNode<TData, TVariables>, variables: TVariables, token: string | null) {
    const source = print(document);
    baselines += 1;
    const before = await executions();
    const baseline = await post(`${source}\n# graphql-js baseline ${baselines}`, variables, token);
    await post(source, variables, token);
    const compiled = await post(source, variables, token);
    const after = await executions();
    expect(after.graphqlJs - before.graphqlJs).toBeGreaterThanOrEqual(1);
    expect(after.compiled - before.compiled).toBeGreaterThanOrEqual(1);
    expect(compiled).toEqual(baseline);
    return baseline.body;
  }

  let regionId: string;
  let cycleId: string;
  let requestIds: string[];

  beforeAll(async () => {
    // Every repeat must execute, compiled: the plan is a cached aggregate otherwise.
    hub = await startTestHub({ env: { CREDENTIAL_CACHE_SECONDS: '60', AGGREGATE_CACHE_ENTRIES: '0' } });
    await seedDemoDistrict(hub.em());
    const em = hub.em();
    regionId = (await em.find(Region, {}, { orderBy: { name: 'asc' }, limit: 1 }))[0].id;
    cycleId = (await em.find(BudgetCycle, {}, { orderBy: { name: 'asc' }, limit: 1 }))[0].id;
    const [lens] = await em.find(EquityLens, {}, { orderBy: { name: 'asc' }, limit: 1 });
    const { runScenario } = dataOf(
      await hub.graphql(DashboardRunScenarioDocument, { input: { cycleId, lensId: lens.id, name: 'Compiled plan', solver: 'GREEDY', discount: 0.9, coverageBonus: 0 } }, DEMO_TOKENS.BUDGET_STAFF),
    );
    dataOf(await hub.graphql(DashboardAdoptScenarioDocument, { id: runScenario.id }, DEMO_TOKENS.BUDGET_STAFF));
    requestIds = dataOf(await hub.graphql(DashboardRequestsPageDocument, { first: 3 }, DEMO_TOKENS.LIAISON)).requests.edges.map((edge) => edge.node.id);
  });

  afterAll(async () => {
    await hub?.stop();
  });

  it('answers the dashboard queries as graphql-js does, for staff, a partner and the public', async () => {
    for (const token of [DEMO_TOKENS.LIAISON, DEMO_TOKENS.PARTNER, DEMO_TOKENS.VIEWER, null]) {
      const page = (await expectSameAnswer(DashboardRequestsPageDocument, { first: 20 }, token)).data as { requests: { edges: unknown[] } };
      expect(page.requests.edges.length).toBeGreaterThan(0);
      const region = (await expectSameAnswer(DashboardRegionGroupsDocument, { id: regionId }, token)).data as { region: { focalGroups: unknown[] } };
      expect(region.region.focalGroups.length).toBeGreaterThan(0);
    }
    const plan = (await expectSameAnswer(DashboardPlanDocument, { cycleId }, DEMO_TOKENS.BUDGET_STAFF)).data as { plan: unknown[] };
    expect(plan.plan.length).toBeGreaterThan(0);
  });

  it('keeps lazy fields, cursors, fragments, aliases and @include as graphql-js has them', async () => {
    const withTotal = (await expectSameAnswer(RequestsDocument, { filter: null, first: 2, after: null }, DEMO_TOKENS.LIAISON)).data as {
      requests: { totalCount: number; pageInfo: { endCursor: string } };
    };
    expect(withTotal.requests.totalCount).toBeGreaterThan(2);
    await expectSameAnswer(RequestsDocument, { filter: null, first: 2, after: withTotal.requests.pageInfo.endCursor }, DEMO_TOKENS.LIAISON);
    // One compiled function serves both values of the @include variable.
    for (const withLog of [true, false]) {
      const page = (await expectSameAnswer(PrefetchPageDocument, { first: 3, withLog }, DEMO_TOKENS.LIAISON)).data as { requests: { edges: { node: Record<string, unknown> }[] } };
      expect(page.requests.edges.length).toBeGreaterThan(0);
      expect(page.requests.edges.every((edge) => 'includedLog' in edge.node)).toBe(withLog);
    }
    await expectSameAnswer(RequestDocument, { id: requestIds[0], horizonYears: 3 }, DEMO_TOKENS.LIAISON);
    const introspection = (await expectSameAnswer(INTROSPECTION, { type: 'Request' }, null)).data as { __type: { fields: unknown[] } };
    expect(introspection.__type.fields.length).toBeGreaterThan(5);
  });

  it('reports resolver errors with the same code, path and locations, and redacts as graphql-js does', async () => {
    const missing = await expectSameAnswer(RequestDocument, { id: '00000000-0000-4000-8000-000000000000', horizonYears: 1 }, DEMO_TOKENS.LIAISON);
    expect(missing.errors?.[0]).toMatchObject({ path: ['request'], extensions: { code: 'NOT_FOUND' } });
    // A field error in every row of a list, nulls propagated to the nearest nullable parent.
    const inList = await expectSameAnswer(FIELD_ERRORS_IN_LIST, { horizonYears: 0 }, DEMO_TOKENS.LIAISON);
    expect(inList.errors?.length).toBeGreaterThan(0);
    expect(inList.errors?.every((error) => error.extensions?.code === 'BAD_USER_INPUT' && error.path?.at(-1) === 'totalCostCents')).toBe(true);
    const aliased = await expectSameAnswer(ALIASED_REQUESTS, { found: requestIds[0], missing: '00000000-0000-4000-8000-000000000000' }, DEMO_TOKENS.VIEWER);
    expect(aliased.errors?.map((error) => [error.path, error.extensions?.code])).toEqual([[['missing'], 'NOT_FOUND']]);
  });

  it('refuses variables that do not coerce with graphql-js\'s own BAD_USER_INPUT answer', async () => {
    const source = print(DashboardRequestsPageDocument);
    await post(source, { first: 2 }, DEMO_TOKENS.LIAISON);
    await post(source, { first: 2 }, DEMO_TOKENS.LIAISON);
    const compiledBad = await post(source, { first: 'two' }, DEMO_TOKENS.LIAISON);
    const baselineBad = await post(`${source}\n# graphql-js baseline bad variables`, { first: 'two' }, DEMO_TOKENS.LIAISON);
    expect(compiledBad.status).toBe(400);
    expect(compiledBad.body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(compiledBad).toEqual(baselineBad);
  });
});
