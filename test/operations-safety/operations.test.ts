import { randomUUID } from 'node:crypto';
import { Writable } from 'node:stream';
import { print } from 'graphql';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { createLogger } from '../../src/server/logger';
import { PartnersDocument, PlanChangedDocument } from '../generated/graphql';
import { dataOf, Role, startTestHub, type TestHub } from '../support/hub';
import { waitUntil } from '../support/ws-client';

/** The address of a hub's plain HTTP routes, next to /graphql. */
const routeOf = (hub: TestHub, route: string) => hub.url.replace(/\/graphql$/, route);

const postGraphQL = (hub: TestHub, token: string | null, body: unknown = { query: print(PartnersDocument), variables: {} }, headers: Record<string, string> = {}) =>
  fetch(hub.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers },
    body: JSON.stringify(body),
  });

/** One sample of a Prometheus text exposition, e.g. sample(text, 'cbh_live_subscriptions'). */
function sample(metrics: string, name: string, labels: Record<string, string> = {}): number | null {
  const wanted = Object.entries(labels).map(([key, value]) => `${key}="${value}"`);
  for (const line of metrics.split('\n')) {
    const match = /^([a-z_:]+)(?:\{([^}]*)\})? (\S+)$/.exec(line);
    if (!match || match[1] !== name) continue;
    const present = (match[2] ?? '').split(',');
    if (wanted.every((label) => present.includes(label))) return Number(match[3]);
  }
  return null;
}

describe('operations: probes and metrics', () => {
  let hub: TestHub;

  beforeAll(async () => {
    hub = await startTestHub();
  });
  afterAll(async () => {
    await hub.stop();
  });

  it('answers /healthz, and /readyz only while the database answers and every migration is applied', async () => {
    const health = await fetch(routeOf(hub, '/healthz'));
    expect([health.status, await health.text()]).toEqual([200, 'ok']);
    const ready = await fetch(routeOf(hub, '/readyz'));
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready', checks: { database: 'ok', migrations: 'current' } });

    // Forget one applied migration: the schema is now "behind" the code, so the instance is not ready.
    const connection = hub.em().getConnection();
    const [latest] = await connection.execute<{ id: number; name: string; executed_at: Date }[]>('select * from mikro_orm_migrations order by id desc limit 1');
    await connection.execute('delete from mikro_orm_migrations where id = ?', [latest.id]);
    try {
      const behind = await fetch(routeOf(hub, '/readyz'));
      expect(behind.status).toBe(503);
      expect(await behind.json()).toEqual({ status: 'not ready', checks: { database: 'ok', migrations: expect.stringMatching(/^1 pending: /) } });
    } finally {
      await connection.execute('insert into mikro_orm_migrations (id, name, executed_at) values (?, ?, ?)', [latest.id, latest.name, latest.executed_at]);
    }
    expect((await fetch(routeOf(hub, '/readyz'))).status).toBe(200);
  });

  it('exports latency by operation, errors by code, the database pool, live subscribers and the scenario solver queue', async () => {
    const admin = await hub.token(Role.ADMIN);
    dataOf(await hub.graphql(PartnersDocument, { filter: null, first: 10, after: null }, admin));
    await postGraphQL(hub, admin, { query: '{ noSuchField }' });
    const client = createClient({ url: hub.wsUrl, webSocketImpl: WebSocket, connectionParams: { authorization: admin }, lazy: false, retryAttempts: 0 });
    const stopListening = client.subscribe({ query: print(PlanChangedDocument), variables: { cycleId: null } }, { next: () => undefined, error: () => undefined, complete: () => undefined });
    const scrape = async () => {
      const response = await fetch(routeOf(hub, '/metrics'));
      expect(response.headers.get('content-type')).toMatch(/^text\/plain/);
      return response.text();
    };
    let metrics = '';
    const scrapeUntil = async (condition: (text: string) => boolean, what: string) => {
      const deadline = Date.now() + 10_000;
      for (metrics = await scrape(); !condition(metrics); metrics = await scrape()) {
        if (Date.now() > deadline) throw new Error(`metrics never showed ${what}:\n${metrics}`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    };
    try {
      await scrapeUntil((text) => sample(text, 'cbh_live_subscriptions') === 1, 'one live subscription');
      expect(sample(metrics, 'cbh_live_connections')).toBe(1);
    } finally {
      stopListening();
      await client.dispose();
    }
    expect(sample(metrics, 'cbh_graphql_operation_duration_seconds_count', { type: 'query', field: 'partners' })).toBeGreaterThanOrEqual(1);
    expect(sample(metrics, 'cbh_graphql_operation_duration_seconds_bucket', { type: 'query', field: 'partners', le: '+Inf' })).toBeGreaterThanOrEqual(1);
    expect(sample(metrics, 'cbh_graphql_errors_total', { code: 'GRAPHQL_VALIDATION_FAILED' })).toBeGreaterThanOrEqual(1);
    expect(sample(metrics, 'cbh_http_requests_total', { route: '/graphql', status: '200' })).toBeGreaterThanOrEqual(1);
    for (const state of ['used', 'free', 'pending']) expect(sample(metrics, 'cbh_db_pool_connections', { state })).toEqual(expect.any(Number));
    expect(sample(metrics, 'cbh_db_pool_connections', { state: 'free' })! + sample(metrics, 'cbh_db_pool_connections', { state: 'used' })!).toBeGreaterThanOrEqual(1);
    expect(sample(metrics, 'cbh_scenario_solver', { state: 'queued' })).toBe(0);
    expect(sample(metrics, 'cbh_scenario_solver', { state: 'running' })).toBe(0);
    expect(sample(metrics, 'cbh_process_resident_memory_bytes')).toBeGreaterThan(0);
    await scrapeUntil((text) => sample(text, 'cbh_live_subscriptions') === 0, 'the subscription ended');
  });
});

describe('operations: rate limits', () => {
  it('refuses a token over its limit with 429 and Retry-After, while another token and the probes go on', async () => {
    const hub = await startTestHub({ env: { RATE_LIMIT_PER_TOKEN: '3', RATE_LIMIT_PER_IP: '0', RATE_LIMIT_WINDOW_SECONDS: '60', REDIS_CHANNEL_PREFIX: `cbh-test-${randomUUID()}:` } });
    try {
      const viewer = await hub.token(Role.VIEWER);
      for (let request = 0; request < 3; request += 1) expect((await postGraphQL(hub, viewer)).status).toBe(200);
      const refused = await postGraphQL(hub, viewer);
      expect(refused.status).toBe(429);
      const retryAfter = Number(refused.headers.get('retry-after'));
      expect(retryAfter).toBeGreaterThanOrEqual(1);
      expect(retryAfter).toBeLessThanOrEqual(60);
      expect(await refused.json()).toEqual({ errors: [{ message: expect.stringContaining('with this token'), extensions: { code: 'RATE_LIMITED', retryAfterSeconds: retryAfter } }] });
      expect((await postGraphQL(hub, await hub.token(Role.ADMIN))).status).toBe(200);
      expect((await fetch(routeOf(hub, '/readyz'))).status).toBe(200);
      const metrics = await (await fetch(routeOf(hub, '/metrics'))).text();
      expect(sample(metrics, 'cbh_rate_limited_total', { limit: 'token' })).toBe(1);
    } finally {
      await hub.stop();
    }
  });

  it('refuses an address over its limit whatever tokens it sends', async () => {
    const hub = await startTestHub({ env: { RATE_LIMIT_PER_TOKEN: '0', RATE_LIMIT_PER_IP: '4', REDIS_CHANNEL_PREFIX: `cbh-test-${randomUUID()}:` } });
    try {
      const tokens = [await hub.token(Role.ADMIN), await hub.token(Role.VIEWER), await hub.token(Role.LIAISON), null];
      for (const token of tokens) expect((await postGraphQL(hub, token)).status).toBe(200);
      const refused = await postGraphQL(hub, await hub.token(Role.BUDGET_STAFF));
      expect(refused.status).toBe(429);
      expect(Number(refused.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
      expect(((await refused.json()) as { errors: { message: string }[] }).errors[0].message).toContain('from this address');
    } finally {
      await hub.stop();
    }
  });

  const withRedis = process.env.REDIS_URL ? it : it.skip;
  withRedis('shares the counts of every instance through Redis when REDIS_URL is set', async () => {
    const env = { REDIS_URL: process.env.REDIS_URL as string, REDIS_CHANNEL_PREFIX: `cbh-test-${randomUUID()}:`, RATE_LIMIT_PER_TOKEN: '3', RATE_LIMIT_PER_IP: '0' };
    const first = await startTestHub({ env });
    // Each test hub has its own database; limits count a token (by its hash) before authenticating it.
    const second = await startTestHub({ env });
    try {
      const viewer = await first.token(Role.VIEWER);
      const onSecond = await second.token(Role.VIEWER);
      for (let request = 0; request < 3; request += 1) expect((await postGraphQL(first, viewer)).status).toBe(200);
      // The token's fourth request, on the other instance: refused only if the count is shared.
      expect((await postGraphQL(second, viewer, { query: '{ __typename }' })).status).toBe(429);
      expect((await postGraphQL(second, onSecond, { query: '{ __typename }' })).status).toBe(200);
    } finally {
      await Promise.all([first.stop(), second.stop()]);
    }
  });
});

describe('operations: logs', () => {
  it('writes JSON lines that each carry a request id and never the token', async () => {
    const lines: string[] = [];
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        lines.push(...chunk.toString('utf8').split('\n').filter(Boolean));
        done();
      },
    });
    const hub = await startTestHub({ logger: createLogger('info', sink) });
    try {
      const admin = await hub.token(Role.ADMIN);
      const fromProxy = await postGraphQL(hub, admin, undefined, { 'x-request-id': 'proxy-trace-42' });
      expect(fromProxy.headers.get('x-request-id')).toBe('proxy-trace-42');
      const unnamed = await postGraphQL(hub, admin, { query: '{ noSuchField }' });
      expect(unnamed.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
      await postGraphQL(hub, `${admin}-revoked`);
      await fetch(`${routeOf(hub, '/exports/plan.csv')}?cycleId=${randomUUID()}`, { headers: { authorization: `Bearer ${admin}` } });
      await waitUntil(() => lines.length >= 4, 'four request lines');

      const entries = lines.map((line) => JSON.parse(line) as Record<string, unknown>);
      expect(entries.length).toBeGreaterThanOrEqual(4);
      expect(entries.every((entry) => typeof entry.requestId === 'string' && entry.requestId.length > 0)).toBe(true);
      expect(entries).toContainEqual(expect.objectContaining({ requestId: 'proxy-trace-42', msg: 'request', route: '/graphql', status: 200 }));
      expect(entries.map((entry) => entry.route)).toEqual(expect.arrayContaining(['/graphql', '/exports/plan.csv']));
      expect(lines.join('\n')).not.toContain(admin);
    } finally {
      await hub.stop();
    }
  });
});
