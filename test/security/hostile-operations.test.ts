import { buildSchema, getIntrospectionQuery, parse } from 'graphql';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { GraphQLFormattedError } from 'graphql';
import { DECLARED_LIST_SIZES, listFieldsOf, operationLimitCheck, queryLimitsFrom, QueryTooComplexError } from '../../src/server/limits';
import { parseConfig } from '../../src/config';
import { Role, startTestHub, type TestHub } from '../support/hub';
import { connectLive, type LiveClient } from '../support/ws-client';

/** A hostile operation of the corpus: what it is, the document, its variables and the code it must get. */
interface HostileOperation {
  name: string;
  query: string;
  variables?: Record<string, unknown>;
  code: 'QUERY_TOO_COMPLEX' | 'BAD_USER_INPUT' | 'BAD_REQUEST';
}

const repeat = (count: number, make: (index: number) => string) => Array.from({ length: count }, (_, index) => make(index)).join(' ');

/** `focalGroups { requests { focalGroups { requests ... } } }` through lists that take no `first`. */
function nestedGroupsAndRequests(levels: number): string {
  let selection = '{ id title }';
  for (let level = 0; level < levels; level += 1) selection = level % 2 === 0 ? `{ id requests ${selection} }` : `{ id focalGroups ${selection} }`;
  return `query { regions { focalGroups ${selection} } }`;
}

/** Fragment i spreads fragment i+1 twice: a small document whose expansion doubles at every level. */
function doublingFragmentChain(levels: number, leaf = 'id name'): string {
  const fragments = Array.from({ length: levels }, (_, index) =>
    index === levels - 1 ? `fragment F${index} on Region { ${leaf} }` : `fragment F${index} on Region { ...F${index + 1} ...F${index + 1} }`,
  );
  return `query { regions { ...F0 } } ${fragments.join(' ')}`;
}

/** A document of `count` aliased copies of `field`. */
const aliased = (count: number, field: string) => `query { ${repeat(count, (index) => `a${index}: ${field}`)} }`;

const introspectionBomb = `query { __schema { types { fields { type { fields { type { fields { type { fields { name } } } } } } } } } }`;

const CORPUS: HostileOperation[] = [
  // Depth through lists without `first` (the issue's crash query and its neighbours).
  { name: 'crash query, depth 12', query: nestedGroupsAndRequests(10), code: 'QUERY_TOO_COMPLEX' },
  { name: 'crash query, depth 11', query: nestedGroupsAndRequests(9), code: 'QUERY_TOO_COMPLEX' },
  { name: 'crash query, depth 10', query: nestedGroupsAndRequests(8), code: 'QUERY_TOO_COMPLEX' },
  { name: 'crash query, depth 9', query: nestedGroupsAndRequests(7), code: 'QUERY_TOO_COMPLEX' },
  { name: 'depth 20 through single objects', query: `query { regions { ${'schools { region '.repeat(9)} id ${'} '.repeat(9)} } }`, code: 'QUERY_TOO_COMPLEX' },
  { name: 'depth hidden in inline fragments', query: `query { regions { ... on Region { focalGroups { ... on FocalGroup { requests { focalGroups { requests { focalGroups { requests { id } } } } } } } } } }`, code: 'QUERY_TOO_COMPLEX' },
  // Cost within the depth limit: nested unpaginated lists priced by their declared maximum.
  { name: 'three nested unpaginated lists', query: `query { regions { focalGroups { requests { focalGroups { requests { id } } } } } }`, code: 'QUERY_TOO_COMPLEX' },
  { name: 'requests x focal groups x requests from a page of 100', query: `query { requests(first: 100) { edges { node { focalGroups { requests { communications { summary } } } } } } }`, code: 'QUERY_TOO_COMPLEX' },
  { name: 'page size by variable priced at its value', query: `query ($n: Int!) { focalGroups(first: $n) { edges { node { requests { focalGroups { requests { id } } } } } } }`, variables: { n: 100 }, code: 'QUERY_TOO_COMPLEX' },
  { name: 'partners x requests x dependsOn x communications', query: `query { partners(first: 100) { edges { node { requests { dependsOn { communications { summary } } } } } } }`, code: 'QUERY_TOO_COMPLEX' },
  { name: 'scenarios x items x request x focal groups x requests', query: `query ($c: ID!) { scenarios(cycleId: $c) { items { request { focalGroups { requests { id } } } } } }`, variables: { c: '00000000-0000-4000-8000-000000000000' }, code: 'QUERY_TOO_COMPLEX' },
  { name: 'engagement sessions x attendance x group x requests', query: `query { engagementSessions { attendance { focalGroup { requests { focalGroups { id } } } } } }`, code: 'QUERY_TOO_COMPLEX' },
  { name: 'fifteen aliased costly lists', query: aliased(15, 'regions { focalGroups { requests { focalGroups { id } } } }'), code: 'QUERY_TOO_COMPLEX' },
  { name: 'introspection bomb (graphql-js own introspection depth rule)', query: introspectionBomb, code: 'QUERY_TOO_COMPLEX' },
  { name: 'ten aliased two-level introspections', query: aliased(10, '__schema { types { fields { type { fields { type { name } } } } } }'), code: 'QUERY_TOO_COMPLEX' },
  // Aliases.
  { name: '16 aliases (one over)', query: aliased(16, 'regions { id }'), code: 'QUERY_TOO_COMPLEX' },
  { name: '100 aliases of representation', query: aliased(100, 'representation { totalAttendees }'), code: 'QUERY_TOO_COMPLEX' },
  { name: '1,000 aliases of representation', query: aliased(1000, 'representation { totalAttendees }'), code: 'QUERY_TOO_COMPLEX' },
  { name: '500 aliased introspections', query: aliased(500, '__schema { types { name } }'), code: 'QUERY_TOO_COMPLEX' },
  { name: '20 aliased __type lookups', query: aliased(20, '__type(name: "Request") { name }'), code: 'QUERY_TOO_COMPLEX' },
  { name: 'aliases hidden in a fragment spread twice', query: `query { regions { ...A ...A } } fragment A on Region { ${repeat(8, (index) => `x${index}: id`)} }`, code: 'QUERY_TOO_COMPLEX' },
  // Directives.
  { name: '51 directives', query: `query { regions { ${repeat(51, () => 'id @include(if: true)')} } }`, code: 'QUERY_TOO_COMPLEX' },
  { name: '200 directives on one field', query: `query { regions { id ${repeat(200, () => '@skip(if: false)')} } }`, code: 'QUERY_TOO_COMPLEX' },
  { name: 'directives multiplied by fragment spreads', query: `query { regions { ...D ...D ...D } } fragment D on Region { ${repeat(20, () => 'id @include(if: true)')} }`, code: 'QUERY_TOO_COMPLEX' },
  // Tokens.
  { name: '1,001 tokens of field names', query: `query { regions { ${repeat(998, () => 'id')} } }`, code: 'QUERY_TOO_COMPLEX' },
  { name: '5,000 tokens', query: `query { regions { ${repeat(5000, () => 'name')} } }`, code: 'QUERY_TOO_COMPLEX' },
  { name: 'tokens between comments', query: `query { schools(regionId: "x") { id } ${repeat(600, (index) => `__typename @include(if: true) # comments are free, tokens are not ${index}\n`)} }`, code: 'QUERY_TOO_COMPLEX' },
  // Fragments.
  { name: 'doubling fragment chain, 20 levels', query: doublingFragmentChain(20), code: 'QUERY_TOO_COMPLEX' },
  { name: 'doubling fragment chain, 30 levels', query: doublingFragmentChain(30), code: 'QUERY_TOO_COMPLEX' },
  { name: 'doubling fragment chain, 14 levels', query: doublingFragmentChain(14), code: 'QUERY_TOO_COMPLEX' },
  { name: 'doubling chain ending in a list', query: doublingFragmentChain(16, 'focalGroups { id }'), code: 'QUERY_TOO_COMPLEX' },
  { name: 'doubling chain of inline fragments', query: `query { regions { ${'... on Region { '.repeat(12)} id ${'} '.repeat(12)} } }`, code: 'QUERY_TOO_COMPLEX' },
  // `first` out of 1..100, literal and variable, alone and next to siblings that would run.
  { name: 'negative first', query: `query { focalGroups(first: -1) { totalCount } }`, code: 'BAD_USER_INPUT' },
  { name: 'zero first', query: `query { requests(first: 0) { totalCount } }`, code: 'BAD_USER_INPUT' },
  { name: 'first 101', query: `query { partners(first: 101) { totalCount } }`, code: 'BAD_USER_INPUT' },
  { name: 'first 2^31-1', query: `query { partners(first: 2147483647) { totalCount } }`, code: 'BAD_USER_INPUT' },
  { name: 'negative first by variable', query: `query ($n: Int!) { requests(first: $n) { totalCount } }`, variables: { n: -5 }, code: 'BAD_USER_INPUT' },
  { name: 'first 1,000 by variable', query: `query ($n: Int!) { requests(first: $n) { totalCount } }`, variables: { n: 1000 }, code: 'BAD_USER_INPUT' },
  { name: 'negative first next to 30 sibling resolvers', query: `query { bad: focalGroups(first: -1) { totalCount } ${repeat(14, (index) => `r${index}: representation { totalAttendees }`)} }`, code: 'BAD_USER_INPUT' },
  { name: 'negative first hidden in a fragment', query: `query { ...Q } fragment Q on Query { requests(first: -100) { totalCount } }`, code: 'BAD_USER_INPUT' },
  // Transport and variables.
  { name: 'subscription over HTTP POST', query: `subscription { planChanged { cycleId } }`, code: 'BAD_REQUEST' },
  { name: 'subscription over HTTP POST with a named operation', query: `subscription Live { requestUpdated { requestId } }`, code: 'BAD_REQUEST' },
  {
    name: '60 bad values in one list variable (the 51st+ past graphql-js error limit)',
    query: `query ($groupBy: [SurveyDimension!]!) { surveyResults(surveyId: "00000000-0000-4000-8000-000000000000", groupBy: $groupBy) { minCellSize } }`,
    variables: { groupBy: Array.from({ length: 60 }, (_, index) => `NOT_A_DIMENSION_${index}`) },
    code: 'BAD_USER_INPUT',
  },
  { name: 'three bad variables', query: `query ($a: Int!, $b: Boolean!, $c: ID!) { requests(first: $a) { totalCount } regions @include(if: $b) { id } schools(regionId: $c) { id } }`, variables: { a: 'x', b: 3, c: [] }, code: 'BAD_USER_INPUT' },
];

/** The normal dashboard a district leader opens: the plan, who is missing, recent requests. */
const DASHBOARD = `query Dashboard {
  representation { totalAttendees representativeness groups { focalGroup { name } gap participationRate } missingGroups { name } }
  budgetCycles { id name fiscalYears { year tier1MoneyCents tier2MoneyCents } }
  requests(first: 20) { totalCount edges { node { id title status focalGroups { name } } } }
  regions { id name schools { id name } }
}`;

interface HttpResult {
  status: number;
  body: { data?: unknown; errors?: GraphQLFormattedError[] };
}

async function post(hub: TestHub, token: string, query: string, variables: Record<string, unknown> = {}): Promise<HttpResult> {
  const response = await fetch(hub.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, body: (await response.json()) as HttpResult['body'] };
}

/** Statements other than the bearer-token lookup, which precedes parsing. */
const workStatements = (hub: TestHub) => hub.sql.statements.filter((statement) => !/api_token/.test(statement)).length;

describe('hostile operations', () => {
  let hub: TestHub;
  let viewer: string;

  beforeAll(async () => {
    hub = await startTestHub();
    viewer = await hub.token(Role.VIEWER);
  });
  afterAll(() => hub.stop());

  it('holds at least 40 distinct operations', () => {
    expect(CORPUS.length).toBeGreaterThanOrEqual(40);
    expect(new Set(CORPUS.map((operation) => operation.name)).size).toBe(CORPUS.length);
  });

  it.each(CORPUS.map((operation) => [operation.name, operation] as const))('refuses over HTTP before any resolver runs: %s', async (_name, operation) => {
    hub.sql.reset();
    const { body } = await post(hub, viewer, operation.query, operation.variables);
    expect(body.errors?.length).toBeGreaterThan(0);
    expect(body.errors!.map((error) => error.extensions?.code)).toContain(operation.code);
    expect(body.errors!.map((error) => error.extensions?.code)).not.toContain('INTERNAL_SERVER_ERROR');
    expect(body.data ?? null).toBeNull();
    expect(workStatements(hub)).toBe(0);
  });

  it('answers the normal dashboard query', async () => {
    hub.sql.reset();
    const { body } = await post(hub, viewer, DASHBOARD);
    expect(body.errors).toBeUndefined();
    expect(body.data).toEqual(expect.objectContaining({ representation: expect.any(Object), requests: expect.any(Object) }));
    expect(workStatements(hub)).toBeGreaterThan(0);
  });


  it('prices a document it accepted before again when its variables change', async () => {
    const query = `query Pages($n: Int!) { requests(first: $n) { edges { node { focalGroups { requests { id } } } } } }`;
    const small = await post(hub, viewer, query, { n: 1 });
    expect(small.body.errors).toBeUndefined();
    const large = await post(hub, viewer, query, { n: 100 });
    expect(large.body.errors?.map((error) => error.extensions?.code)).toEqual(['QUERY_TOO_COMPLEX']);
    const smallAgain = await post(hub, viewer, query, { n: 1 });
    expect(smallAgain.body.errors).toBeUndefined();
  });
  it('answers a full introspection query (what GraphQL tools send)', async () => {
    const { body } = await post(hub, viewer, getIntrospectionQuery({ descriptions: true, specifiedByUrl: true, inputValueDeprecation: true }));
    expect(body.errors).toBeUndefined();
    expect((body.data as { __schema: { types: unknown[] } }).__schema.types.length).toBeGreaterThan(50);
  });

  describe('over WebSocket', () => {
    let live: LiveClient;
    beforeAll(() => {
      live = connectLive(hub.wsUrl, viewer);
    });
    afterAll(() => live.dispose());

    const refusals = CORPUS.filter((operation) => operation.code !== 'BAD_REQUEST');
    it.each(refusals.map((operation) => [operation.name, operation] as const))('refuses before any resolver runs: %s', async (_name, operation) => {
      hub.sql.reset();
      const errors = await new Promise<GraphQLFormattedError[]>((resolve, reject) => {
        live.client.subscribe(
          { query: operation.query, variables: operation.variables ?? {} },
          {
            next: (result) => (result.errors ? resolve([...result.errors]) : reject(new Error(`Answered: ${JSON.stringify(result.data).slice(0, 200)}`))),
            error: (error) => (Array.isArray(error) ? resolve(error as GraphQLFormattedError[]) : reject(error)),
            complete: () => reject(new Error('Completed without an error')),
          },
        );
      });
      expect(errors.map((error) => error.extensions?.code)).toContain(operation.code);
      expect(workStatements(hub)).toBe(0);
    });
  });

  describe('pricing', () => {
    const schema = buildSchema(readFileSync(path.join(__dirname, '../../schema/schema.graphql'), 'utf8'));

    it('declares a maximum for every list field of the schema', () => {
      const undeclared = listFieldsOf(schema).filter((field) => !(field in DECLARED_LIST_SIZES) && !/Connection\.edges$/.test(field));
      expect(listFieldsOf(schema).length).toBeGreaterThan(40);
      expect(undeclared).toEqual([]);
      const stale = Object.keys(DECLARED_LIST_SIZES).filter((field) => !listFieldsOf(schema).includes(field));
      expect(stale).toEqual([]);
    });

    it('prices a doubling fragment chain within a bounded walk, however long the chain', () => {
      const check = operationLimitCheck(schema, queryLimitsFrom(parseConfig({})));
      for (const levels of [20, 40, 80]) {
        expect(() => check({ document: parse(doublingFragmentChain(levels)) })).toThrow(QueryTooComplexError);
      }
      // A chain whose expansion fits the walk is priced normally.
      expect(() => check({ document: parse(doublingFragmentChain(4)) })).not.toThrow();
    });
  });
});
