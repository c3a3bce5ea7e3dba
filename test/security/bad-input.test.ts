import { randomUUID } from 'node:crypto';
import type { GraphQLFormattedError } from 'graphql';
import { Role, startTestHub, type TestHub } from '../support/hub';
import { tableRowCounts } from './table-rows';

interface Answer {
  status: number;
  data?: Record<string, unknown> | null;
  errors?: GraphQLFormattedError[];
}

async function send(hub: TestHub, token: string, query: string, variables: Record<string, unknown> = {}): Promise<Answer> {
  const response = await fetch(hub.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, ...((await response.json()) as Omit<Answer, 'status'>) };
}

/** A bad value a client can send, where it sits, and the words the answer must use about it. */
interface BadInput {
  name: string;
  query: string;
  variables: () => Record<string, unknown>;
  /** The argument path named in extensions.fields (and in the message). */
  field?: string;
  problem: RegExp;
}

const LONE_HIGH_SURROGATE = 'Family night \uD83D at school';
const LONE_LOW_SURROGATE = '\uDE00 trailing';

describe('bad input is BAD_USER_INPUT naming the argument path, never an internal error', () => {
  let hub: TestHub;
  let admin: string;
  let regionId: string;

  beforeAll(async () => {
    hub = await startTestHub();
    admin = await hub.token(Role.ADMIN);
    const created = await send(hub, admin, `mutation { createRegion(input: { name: "North", code: "NORTH" }) { id } }`);
    regionId = (created.data!.createRegion as { id: string }).id;
  });
  afterAll(() => hub.stop());

  const cases: BadInput[] = [
    {
      name: 'a NUL byte in a string',
      query: `mutation ($input: CreateRegionInput!) { createRegion(input: $input) { id } }`,
      variables: () => ({ input: { name: 'North\u0000east', code: 'NE' } }),
      field: 'input.name',
      problem: /NUL/,
    },
    {
      name: 'a NUL byte in a nested list item',
      query: `mutation ($input: CreatePartnerInput!) { createPartner(input: $input) { id } }`,
      variables: () => ({ input: { name: 'Helpers', kind: 'NON_PROFIT', contacts: [{ name: 'Ana' }, { name: 'B\u0000b' }] } }),
      field: 'input.contacts[1].name',
      problem: /NUL/,
    },
    {
      name: 'a lone high surrogate',
      query: `mutation ($input: CreateFocalGroupInput!) { createFocalGroup(input: $input) { id } }`,
      variables: () => ({ input: { name: LONE_HIGH_SURROGATE, category: 'AGE', populationShare: 0.1 } }),
      field: 'input.name',
      problem: /surrogate/,
    },
    {
      name: 'a lone low surrogate in a list of strings',
      query: `mutation ($input: CreateFocalGroupInput!) { createFocalGroup(input: $input) { id } }`,
      variables: () => ({ input: { name: 'Grandparents', category: 'AGE', populationShare: 0.1, languages: ['English', LONE_LOW_SURROGATE] } }),
      field: 'input.languages[1]',
      problem: /surrogate/,
    },
    {
      name: 'a NUL byte in a query filter',
      query: `query ($search: String) { focalGroups(first: 5, filter: { search: $search }) { totalCount } }`,
      variables: () => ({ search: 'a\u0000' }),
      field: 'filter.search',
      problem: /NUL/,
    },
    {
      name: 'a date in year 0',
      query: `mutation ($input: CreateEngagementSessionInput!) { createEngagementSession(input: $input) { id } }`,
      variables: () => ({ input: { title: 'Dinner', kind: 'CIVIC_DINNER', processStep: 'OPENING', regionId, heldAt: '0000-06-01T18:00:00Z', totalAttendees: 10 } }),
      field: 'input.heldAt',
      problem: /between the years 1000 and 9999/,
    },
    {
      name: 'a date in year 999',
      query: `mutation ($input: CreateKeyResultInput!) { createKeyResult(input: $input) { id } }`,
      variables: () => ({
        input: { objectiveId: randomUUID(), title: 'x', measure: 'SESSIONS_HELD', baseline: 0, target: 1, startDate: '0999-01-01T00:00:00Z', targetDate: '2030-01-01T00:00:00Z' },
      }),
      field: 'input.startDate',
      problem: /between the years 1000 and 9999/,
    },
    {
      name: 'a float beyond the safe integer range',
      query: `mutation ($input: CreateFocalGroupInput!) { createFocalGroup(input: $input) { id } }`,
      variables: () => ({ input: { name: 'Huge', category: 'AGE', populationShare: 1e300 } }),
      field: 'input.populationShare',
      problem: /between -9007199254740991 and 9007199254740991/,
    },
    {
      name: 'null clearing a required field of an update',
      query: `mutation ($input: UpdateFocalGroupInput!) { updateFocalGroup(input: $input) { id } }`,
      variables: () => ({ input: { id: randomUUID(), version: 1, name: null } }),
      field: 'input.name',
      problem: /must not be null/,
    },
    {
      name: 'null for a list an update replaces',
      query: `mutation ($input: UpdatePartnerInput!) { updatePartner(input: $input) { id } }`,
      variables: () => ({ input: { id: randomUUID(), version: 1, regionIds: null } }),
      field: 'input.regionIds',
      problem: /must not be null/,
    },
    {
      name: 'an id that is not an id',
      query: `mutation ($input: SubmitRequestInput!) { submitRequest(input: $input) { id } }`,
      variables: () => ({
        input: { title: 'Bus', description: 'A bus', priorityArea: 'ATTENDANCE', focalGroupIds: [randomUUID(), 'robert"); drop table request;--'], peopleImpacted: 1, oneTimeCents: 1, recurringCents: 0, fte: 0, earliestYear: 2027 },
      }),
      field: 'input.focalGroupIds[1]',
      problem: /not an id/,
    },
    {
      name: 'a nested class-validator failure',
      query: `mutation ($input: RunScenarioInput!) { runScenario(input: $input) { id } }`,
      variables: () => ({ input: { cycleId: randomUUID(), lensId: randomUUID(), name: 'Shortfall', capAdjustments: [{ year: 2028, moneyPercent: -500 }] } }),
      field: 'input.capAdjustments[0].moneyPercent',
      problem: /-100/,
    },
  ];

  it.each(cases.map((badInput) => [badInput.name, badInput] as const))('%s', async (_name, badInput) => {
    const before = await tableRowCounts(hub);
    const answer = await send(hub, admin, badInput.query, badInput.variables());
    expect(answer.status).toBeLessThan(500);
    expect(answer.errors?.length).toBeGreaterThan(0);
    const [error] = answer.errors!;
    expect(error.extensions?.code).toBe('BAD_USER_INPUT');
    if (badInput.field) {
      const fields = error.extensions?.fields as { field: string; problems: string[] }[];
      expect(fields).toEqual(expect.arrayContaining([expect.objectContaining({ field: badInput.field })]));
      const named = fields.find((field) => field.field === badInput.field)!;
      expect(named.problems.join(' ')).toMatch(badInput.problem);
      expect(error.message).toContain(`${badInput.field}: `);
    }
    expect(await tableRowCounts(hub)).toEqual(before);
  });

  it('reports every bad value of one argument, each with its path', async () => {
    const answer = await send(hub, admin, `mutation ($input: CreatePartnerInput!) { createPartner(input: $input) { id } }`, {
      input: { name: 'A\u0000', kind: 'NON_PROFIT', website: '\uD800', regionIds: ['x'] },
    });
    const fields = (answer.errors![0].extensions!.fields as { field: string }[]).map((field) => field.field);
    expect(fields.sort()).toEqual(['input.name', 'input.regionIds[0]', 'input.website']);
  });

  it('answers a subscription sent over HTTP POST with BAD_REQUEST', async () => {
    const answer = await send(hub, admin, `subscription { scenarioCompleted { scenarioId } }`);
    expect(answer.errors?.[0].extensions?.code).toBe('BAD_REQUEST');
    expect(answer.status).toBe(400);
  });

  it('answers more than 50 bad variables with BAD_USER_INPUT, the 51st included', async () => {
    const names = Array.from({ length: 55 }, (_, index) => `$v${index}`);
    const query = `query (${names.map((name) => `${name}: String!`).join(', ')}) {
      surveyResults(surveyId: "${randomUUID()}", groupBy: [], filter: { languages: [${names.join(', ')}] }) { minCellSize }
    }`;
    const answer = await send(hub, admin, query, Object.fromEntries(names.map((name) => [name.slice(1), 5])));
    expect(answer.errors!.length).toBeGreaterThan(50);
    expect(answer.errors!.at(-1)!.message).toMatch(/Too many errors/);
    expect(new Set(answer.errors!.map((error) => error.extensions?.code))).toEqual(new Set(['BAD_USER_INPUT']));
  });

  it('gives every database session the configured statement timeout', async () => {
    const [row] = await hub.orm.em.getConnection().execute<{ statement_timeout: string }[]>('show statement_timeout');
    expect(row.statement_timeout).toBe(`${hub.config.DB_STATEMENT_TIMEOUT_MS / 1000}s`);
  });
});

describe('response size cap', () => {
  let hub: TestHub;
  beforeAll(async () => {
    hub = await startTestHub({ env: { MAX_RESPONSE_BYTES: '4096' } });
  });
  afterAll(() => hub.stop());

  it('replaces a response larger than MAX_RESPONSE_BYTES by QUERY_TOO_COMPLEX', async () => {
    const viewer = await hub.token(Role.VIEWER);
    const small = await send(hub, viewer, `query { regions { id } }`);
    expect(small.errors).toBeUndefined();
    const large = await send(hub, viewer, `query { __schema { types { name description fields { name description } } } }`);
    expect(large.status).toBe(400);
    expect(large.errors?.[0].extensions).toEqual(expect.objectContaining({ code: 'QUERY_TOO_COMPLEX', limit: 'responseBytes', max: 4096 }));
  });
});
