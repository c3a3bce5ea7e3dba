import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { Writable } from 'node:stream';
import { print } from 'graphql';
import { Client } from 'pg';
import { BudgetCycle } from '../../src/modules/budgets/budget-cycle.entity';
import { FiscalYear } from '../../src/modules/budgets/fiscal-year.entity';
import { CriterionKind, DerivedSource, EquityLens } from '../../src/modules/equity-lenses/equity-lens.entity';
import { PriorityArea } from '../../src/modules/partners/partner.entity';
import { Request, RequestStatus } from '../../src/modules/requests/request.entity';
import { createFormatError } from '../../src/server/format-error';
import { createLogger } from '../../src/server/logger';
import { StartScenarioDocument } from '../generated/graphql';
import { Role, startTestHub, type GraphQLResponse, type TestHub } from '../support/hub';

/**
 * A hub too busy to serve an operation answers SERVICE_BUSY (retry), never INTERNAL_SERVER_ERROR.
 * The conditions are real: the test holds the scenario queue's advisory lock of a cycle from its own
 * database session, so startScenario transactions wait on it, holding their pooled connections.
 */
async function storeCycle(hub: TestHub, name = 'Busy cycle'): Promise<{ cycleId: string; lensId: string }> {
  const em = hub.em();
  const cycle = em.create(BudgetCycle, { name });
  em.create(FiscalYear, { cycle, year: 2027, tier1MoneyCents: 1_000_000, tier1Fte: 1, tier2MoneyCents: 0, tier2Fte: 0 });
  const lens = em.create(EquityLens, { key: `busy-reach-${cycle.id}`, name: 'Reach only', criteria: [{ key: 'reach', label: 'People reached', kind: CriterionKind.DERIVED, source: DerivedSource.REACH, weight: 1 }] });
  em.create(Request, {
    title: 'Family nights',
    description: 'Synthetic test request',
    priorityArea: PriorityArea.FAMILY_ENGAGEMENT,
    peopleImpacted: 10,
    oneTimeCents: 0,
    recurringCents: 100_000,
    fte: 0,
    earliestYear: 2027,
    status: RequestStatus.UNDER_REVIEW,
  });
  await em.flush();
  return { cycleId: cycle.id, lensId: lens.id };
}

/** A session of the test's own, outside the hub's pool, holding the lock startScenario takes for the cycle. */
async function holdQueueLock(hub: TestHub, cycleId: string): Promise<{ waiting(): Promise<number>; release(): Promise<void> }> {
  const session = new Client({ connectionString: hub.orm.config.get('clientUrl') });
  await session.connect();
  await session.query('select pg_advisory_lock(hashtext($1))', [`scenario-queue:${cycleId}`]);
  return {
    async waiting() {
      const { rows } = await session.query<{ count: string }>("select count(*) from pg_locks where locktype = 'advisory' and not granted and database = (select oid from pg_database where datname = current_database())");
      return Number(rows[0].count);
    },
    async release() {
      await session.query('select pg_advisory_unlock_all()');
      await session.end();
    },
  };
}

const codeOf = (answer: GraphQLResponse<unknown>) => (answer.errors ? answer.errors[0].extensions?.code : 'OK');

interface Answer {
  status: number;
  retryAfter: string | null;
  requestId: string | null;
  body: GraphQLResponse<unknown>;
}

/** A GraphQL POST that keeps the HTTP status and Retry-After header. */
async function post<TData, TVariables>(hub: TestHub, document: TypedDocumentNode<TData, TVariables>, variables: TVariables, token: string): Promise<Answer> {
  const response = await fetch(hub.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query: print(document), variables }),
  });
  return { status: response.status, retryAfter: response.headers.get('retry-after'), requestId: response.headers.get('x-request-id'), body: (await response.json()) as GraphQLResponse<unknown> };
}

async function until(condition: () => Promise<boolean>, what: string, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

describe('a full connection pool', () => {
  let hub: TestHub;
  beforeAll(async () => {
    hub = await startTestHub({ env: { DB_POOL_MAX: '2', DB_POOL_ACQUIRE_TIMEOUT_MS: '300' } });
  });
  afterAll(() => hub.stop());

  it('answers the operations that found no free connection SERVICE_BUSY with 503, and the others normally once the locks are free', async () => {
    // Six cycles whose locks the test holds: starts of different cycles do not queue behind each other in the hub.
    const cycles: { cycleId: string; lensId: string }[] = [];
    for (let index = 0; index < 6; index += 1) cycles.push(await storeCycle(hub, `Busy cycle ${index}`));
    const budget = await hub.token(Role.BUDGET_STAFF);
    const locks = await Promise.all(cycles.map(({ cycleId }) => holdQueueLock(hub, cycleId)));
    const answers: Answer[] = [];
    const starts = cycles.map(({ cycleId, lensId }, i) =>
      post(hub, StartScenarioDocument, { input: { cycleId, lensId, name: `Busy ${i}`, solver: 'GREEDY' } }, budget).then((answer) => {
        answers.push(answer);
        return answer;
      }),
    );
    // Two transactions wait on their locks with both pooled connections; the other four time out waiting for one.
    await until(async () => answers.length === 4 && (await locks[0].waiting()) === 2, 'four answers while two starts wait on their locks');
    // A download finds the pool as full: 503 too, not a crash of the route.
    const download = await fetch(hub.url.replace('/graphql', `/exports/cycle.pb?cycleId=${cycles[0].cycleId}`), { headers: { authorization: `Bearer ${budget}` } });
    expect([download.status, download.headers.get('x-error-code'), download.headers.get('retry-after')]).toEqual([503, 'SERVICE_BUSY', '1']);
    await Promise.all(locks.map((lock) => lock.release()));
    const all = await Promise.all(starts);

    // Refused whether the wait was for the token lookup or for the transaction.
    expect(answers.slice(0, 4).map(({ status, retryAfter, body }) => [status, retryAfter, codeOf(body)])).toEqual(Array(4).fill([503, '1', 'SERVICE_BUSY']));
    expect(answers.find((answer) => answer.body.errors?.[0].extensions?.reason === 'connectionPool')?.body.errors![0]).toMatchObject({
      message: expect.stringMatching(/no database connection came free in time; try again/),
      extensions: { code: 'SERVICE_BUSY', retryAfterSeconds: 1, reason: 'connectionPool' },
    });
    expect(answers.slice(4).map(({ status, body }) => [status, codeOf(body)])).toEqual([
      [200, 'OK'],
      [200, 'OK'],
    ]);
    expect(all).toHaveLength(6);
    expect(await hub.em().count('Scenario', { cycle: { $in: cycles.map(({ cycleId }) => cycleId) } })).toBe(2);
  });

  it('queues starts of one cycle in the hub, so only one holds a connection while the cycle is locked and none is refused', async () => {
    const { cycleId, lensId } = await storeCycle(hub, 'Queued cycle');
    const admin = await hub.token(Role.ADMIN);
    const lock = await holdQueueLock(hub, cycleId);
    const starts = Array.from({ length: 6 }, (_, i) => post(hub, StartScenarioDocument, { input: { cycleId, lensId, name: `Queued ${i}`, solver: 'GREEDY' } }, admin));
    await until(async () => (await lock.waiting()) === 1, 'the first start to wait on the cycle lock');
    // Longer than the pool's acquire timeout (300 ms): a start waiting for a connection would have been refused by now.
    await new Promise((resolve) => setTimeout(resolve, 700));
    expect(await lock.waiting()).toBe(1);
    await lock.release();
    const codes = (await Promise.all(starts)).map(({ status, body }) => `${status} ${codeOf(body)}`);
    expect(codes.filter((code) => code === '200 OK').length).toBeGreaterThan(0);
    // At most five runs of one person wait at once (SCENARIO_MAX_QUEUED_PER_USER); a sixth may be over it.
    expect(codes.filter((code) => code !== '200 OK' && code !== '200 LIMIT_EXCEEDED')).toEqual([]);
  });
});

describe('a lock not granted in time', () => {
  let hub: TestHub;
  const logLines: Record<string, unknown>[] = [];
  beforeAll(async () => {
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        for (const line of chunk.toString('utf8').split('\n').filter(Boolean)) logLines.push(JSON.parse(line) as Record<string, unknown>);
        done();
      },
    });
    hub = await startTestHub({ env: { DB_LOCK_TIMEOUT_MS: '400' }, logger: createLogger('info', sink) });
  });
  afterAll(() => hub.stop());

  it('answers SERVICE_BUSY, changes nothing, and the same start succeeds once the lock is free', async () => {
    const { cycleId, lensId } = await storeCycle(hub);
    const budget = await hub.token(Role.BUDGET_STAFF);
    const start = () => hub.graphql(StartScenarioDocument, { input: { cycleId, lensId, name: 'Waits for the lock', solver: 'GREEDY' } }, budget);
    const lock = await holdQueueLock(hub, cycleId);
    const refused = await post(hub, StartScenarioDocument, { input: { cycleId, lensId, name: 'Waits for the lock', solver: 'GREEDY' } }, budget);
    await lock.release();
    expect([refused.status, refused.retryAfter]).toEqual([503, '1']);
    expect(refused.body.errors?.[0]).toMatchObject({ message: expect.stringMatching(/lock was not granted in time; nothing was changed/), extensions: { code: 'SERVICE_BUSY', reason: 'lockTimeout' } });
    // Logged for the operators, on a line that names the request the client was answered under.
    expect(refused.requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(logLines.filter((line) => line.msg === 'unexpected error').map((line) => line.requestId)).toEqual([refused.requestId]);
    expect(await hub.em().count('Scenario', {})).toBe(0);
    expect(codeOf(await start())).toBe('OK');
  });
});

describe('a deadlock', () => {
  let hub: TestHub;
  beforeAll(async () => {
    hub = await startTestHub();
  });
  afterAll(() => hub.stop());

  it('is formatted SERVICE_BUSY, as PostgreSQL reports it through the ORM', async () => {
    const em = hub.em();
    const first = em.create(EquityLens, { key: 'deadlock-a', name: 'Deadlock A', criteria: [] });
    const second = em.create(EquityLens, { key: 'deadlock-b', name: 'Deadlock B', criteria: [] });
    await em.flush();
    let bothLocked!: () => void;
    const locked = new Promise<void>((resolve) => (bothLocked = resolve));
    let lockedRows = 0;
    // Two transactions lock the same two rows in opposite orders; PostgreSQL aborts one of them.
    const crossing = (one: string, other: string) =>
      hub.em().transactional(async (transaction) => {
        await transaction.execute('update equity_lens set name = name where id = ?', [one]);
        if (++lockedRows === 2) bothLocked();
        await locked;
        await transaction.execute('update equity_lens set name = name where id = ?', [other]);
      });
    const outcomes = await Promise.allSettled([crossing(first.id, second.id), crossing(second.id, first.id)]);
    const aborted = outcomes.filter((outcome): outcome is PromiseRejectedResult => outcome.status === 'rejected').map((outcome) => outcome.reason as Error);
    expect(aborted).toHaveLength(1);
    expect(aborted[0]).toMatchObject({ code: '40P01' });
    const logged: unknown[] = [];
    expect(createFormatError((error) => logged.push(error))({ message: aborted[0].message }, aborted[0])).toEqual({
      message: 'The database aborted the transaction to resolve a deadlock; nothing was changed, try again in a moment',
      extensions: { code: 'SERVICE_BUSY', retryAfterSeconds: 1, reason: 'transactionConflict' },
    });
    expect(logged).toEqual([aborted[0]]);
  });
});
