import 'reflect-metadata';
import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { cpus, loadavg } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { connectOrm, migrate } from '../../src/db/database';
import { createDatabaseIfMissing, dropDatabase, withDatabase } from '../../src/db/database-admin';
import { startThrowawayPostgres } from '../../src/db/embedded-postgres';
import { createUserWithToken } from '../../src/modules/auth/api-tokens.service';
import { Role } from '../../src/core/viewer';
import { FocalGroup, FocalGroupCategory, IssueProximity } from '../../src/modules/focal-groups/focal-group.entity';
import { Partner, PartnerKind, PriorityArea } from '../../src/modules/partners/partner.entity';
import { Request, RequestStatus } from '../../src/modules/requests/request.entity';
import type { DriverMessage, InstanceMessage } from './server';

/**
 * Fan-out bench: N partner-app subscribers on `requestUpdated`, a liaison transitions the
 * partner's request over HTTP, and every subscriber must receive the event. Measures the time
 * from the commit (the instance's publish, right after it) to each delivery and to the last one,
 * the server CPU each event costs, and the server memory each subscribed connection costs.
 *
 * Each mode runs two variants side by side: "per subscriber" (every event executed for every
 * subscriber, the behaviour before execution was shared) and "shared" (one execution per
 * operation and audience). Each variant has its own instances and its own N subscribers, and
 * their rounds alternate (ABBA...), so a noisy machine slows both alike and the ratio stays
 * comparable. In mode "two" each variant's instances get their own Redis channel prefix.
 *
 *   npx ts-node --transpile-only bench/fanout/run.ts [--subscribers 1000] [--rounds 50] [--modes one,two] [--variants per-subscriber,shared]
 *
 * DATABASE_URL: a PostgreSQL server to create a scratch database on (else an embedded one).
 * REDIS_URL: needed for mode "two" (two instances per variant, subscribers split evenly, events via Redis).
 */
type Mode = 'one' | 'two';
type Variant = 'per-subscriber' | 'shared';

interface Flags {
  subscribers: number;
  rounds: number;
  modes: Mode[];
  variants: Variant[];
}

function parseFlags(argv: string[]): Flags {
  const flags: Flags = { subscribers: 1000, rounds: 50, modes: ['one', 'two'], variants: ['per-subscriber', 'shared'] };
  for (let i = 0; i < argv.length; i += 2) {
    const [flag, value] = [argv[i], argv[i + 1] ?? ''];
    if (flag === '--subscribers') flags.subscribers = Number(value);
    else if (flag === '--rounds') flags.rounds = Number(value);
    else if (flag === '--modes') flags.modes = value.split(',') as Mode[];
    else if (flag === '--variants') flags.variants = value.split(',') as Variant[];
    else throw new Error(`unknown flag ${flag}; use --subscribers, --rounds, --modes, --variants`);
  }
  if (flags.variants.some((variant) => variant !== 'per-subscriber' && variant !== 'shared')) throw new Error('--variants takes per-subscriber and/or shared');
  return flags;
}

const now = () => performance.timeOrigin + performance.now();
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

function percentile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil(q * sorted.length) - 1)];
}

/** One API instance in its own process. */
class Instance {
  private readonly waiting = new Map<InstanceMessage['type'], (message: InstanceMessage) => void>();
  readonly publishedAt = new Map<number, number>();
  port = 0;

  private constructor(private readonly child: ChildProcess) {
    child.on('message', (message: InstanceMessage) => {
      if (message.type === 'published') this.publishedAt.set(message.version, message.at);
      const waiter = this.waiting.get(message.type);
      this.waiting.delete(message.type);
      waiter?.(message);
    });
  }

  static async start(env: NodeJS.ProcessEnv): Promise<Instance> {
    const child = spawn(process.execPath, [...(process.env.BENCH_CPU_PROF ? ['--cpu-prof', '--cpu-prof-dir=' + process.env.BENCH_CPU_PROF] : []), '--expose-gc', '-r', 'ts-node/register/transpile-only', path.join(__dirname, 'server.ts')], {
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
      env,
    });
    const instance = new Instance(child);
    const ready = (await instance.next('ready')) as Extract<InstanceMessage, { type: 'ready' }>;
    instance.port = ready.port;
    return instance;
  }

  async memory(): Promise<{ heapUsed: number; rss: number }> {
    const reply = this.next('memory');
    this.send({ type: 'measure-memory' });
    return (await reply) as Extract<InstanceMessage, { type: 'memory' }>;
  }

  /** User + system CPU the instance has used so far, in ms. */
  async cpuMs(): Promise<number> {
    const reply = this.next('cpu');
    this.send({ type: 'measure-cpu' });
    return ((await reply) as Extract<InstanceMessage, { type: 'cpu' }>).micros / 1000;
  }

  async stop(): Promise<void> {
    const exited = new Promise((resolve) => this.child.once('exit', resolve));
    this.send({ type: 'stop' });
    await exited;
  }

  private send(message: DriverMessage): void {
    this.child.send(message);
  }

  private next(type: InstanceMessage['type']): Promise<InstanceMessage> {
    return new Promise((resolve, reject) => {
      this.waiting.set(type, resolve);
      this.child.once('exit', (code) => reject(new Error(`instance exited with ${code} while waiting for ${type}`)));
    });
  }
}

/** A partner app: one connection, one subscription, the arrival time of every version it hears. */
class Subscriber {
  readonly receivedAt = new Map<number, number>();
  private readonly client: Client;

  constructor(url: string, token: string) {
    this.client = createClient({ url, webSocketImpl: WebSocket, connectionParams: { authorization: `Bearer ${token}` }, retryAttempts: 0 });
  }

  subscribe(): Promise<void> {
    const connected = new Promise<void>((resolve) => this.client.on('connected', () => resolve()));
    this.client.subscribe<{ requestUpdated: { version: number } }>(
      { query: 'subscription { requestUpdated { requestId partnerId focalGroupIds changedFields status version occurredAt } }' },
      {
        next: (result) => {
          const version = result.data?.requestUpdated.version;
          if (version !== undefined) this.receivedAt.set(version, now());
        },
        error: (error) => console.error('subscriber error', error),
        complete: () => undefined,
      },
    );
    return connected;
  }

  dispose(): Promise<void> {
    return this.client.dispose() as Promise<void>;
  }
}

const NEXT_STATUS: Partial<Record<RequestStatus, RequestStatus>> = {
  [RequestStatus.SUBMITTED]: RequestStatus.UNDER_REVIEW,
  [RequestStatus.UNDER_REVIEW]: RequestStatus.TIERED,
  [RequestStatus.TIERED]: RequestStatus.DEFERRED,
  [RequestStatus.DEFERRED]: RequestStatus.UNDER_REVIEW,
};

interface Fixture {
  requestId: string;
  status: RequestStatus;
  liaisonToken: string;
  partnerTokens: string[];
}

async function transition(url: string, fixture: Fixture): Promise<number> {
  const to = NEXT_STATUS[fixture.status]!;
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${fixture.liaisonToken}` },
    body: JSON.stringify({
      query: 'mutation($id: ID!, $to: RequestStatus!) { transitionRequest(id: $id, to: $to) { version } }',
      variables: { id: fixture.requestId, to },
    }),
  });
  const body = (await response.json()) as { data?: { transitionRequest: { version: number } }; errors?: unknown };
  if (!body.data) throw new Error(`transitionRequest failed: ${JSON.stringify(body.errors)}`);
  fixture.status = to;
  return body.data.transitionRequest.version;
}

async function waitForAll(subscribers: Subscriber[], version: number, timeoutMs: number): Promise<number> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const missing = subscribers.filter((subscriber) => !subscriber.receivedAt.has(version)).length;
    if (missing === 0 || Date.now() > deadline) return missing;
    await sleep(2);
  }
}

const loadAverage = () =>
  loadavg()
    .map((load) => load.toFixed(2))
    .join(' / ');

/** One variant of one mode: its own instances, its own subscribers, its own figures. */
class VariantRun {
  readonly lastDelivery: number[] = [];
  readonly everyDelivery: number[] = [];
  missed = 0;
  private cpuMsBeforeRounds = 0;
  private cpuMsOfRounds = 0;
  private heapPerConnection = 0;
  private rssPerConnection = 0;

  private constructor(
    readonly variant: Variant,
    private readonly instances: Instance[],
    private readonly subscribers: Subscriber[],
    private readonly fixture: Fixture,
  ) {}

  static async start(mode: Mode, variant: Variant, flags: Flags, databaseUrl: string, fixture: Fixture): Promise<VariantRun> {
    const instanceCount = mode === 'one' ? 1 : 2;
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      NODE_ENV: 'production',
      DATABASE_URL: databaseUrl,
      BENCH_SHARE_EXECUTION: String(variant === 'shared'),
      REDIS_CHANNEL_PREFIX: `cbh-bench-fanout:${randomUUID()}:`,
    };
    if (mode === 'one') delete env.REDIS_URL;
    const instances = await Promise.all(Array.from({ length: instanceCount }, () => Instance.start(env)));
    const memoryBefore = await Promise.all(instances.map((instance) => instance.memory()));
    const subscribers = fixture.partnerTokens
      .slice(0, flags.subscribers)
      .map((token, index) => new Subscriber(`ws://127.0.0.1:${instances[index % instanceCount].port}/graphql`, token));
    for (let start = 0; start < subscribers.length; start += 50) {
      await Promise.all(subscribers.slice(start, start + 50).map((subscriber) => subscriber.subscribe()));
    }
    const run = new VariantRun(variant, instances, subscribers, fixture);
    // graphql-ws never acknowledges a subscription: warm up until every subscriber has heard an event.
    for (let attempt = 0; ; attempt += 1) {
      const version = await transition(run.graphqlUrl, fixture);
      if ((await waitForAll(subscribers, version, 2_000)) === 0) break;
      if (attempt === 20) throw new Error('subscribers never all became ready');
    }
    const memoryAfter = await Promise.all(instances.map((instance) => instance.memory()));
    const perConnection = (field: 'heapUsed' | 'rss') =>
      instances.reduce((sum, _instance, index) => sum + memoryAfter[index][field] - memoryBefore[index][field], 0) / subscribers.length / 1024;
    run.heapPerConnection = perConnection('heapUsed');
    run.rssPerConnection = perConnection('rss');
    run.cpuMsBeforeRounds = await run.cpuMs();
    return run;
  }

  private get graphqlUrl(): string {
    return `http://127.0.0.1:${this.instances[0].port}/graphql`;
  }

  private async cpuMs(): Promise<number> {
    return (await Promise.all(this.instances.map((instance) => instance.cpuMs()))).reduce((sum, ms) => sum + ms, 0);
  }

  async round(): Promise<void> {
    const version = await transition(this.graphqlUrl, this.fixture);
    this.missed += await waitForAll(this.subscribers, version, 10_000);
    const publishedAt = this.instances[0].publishedAt.get(version)!;
    const latencies = this.subscribers.flatMap((subscriber) => {
      const at = subscriber.receivedAt.get(version);
      return at === undefined ? [] : [at - publishedAt];
    });
    this.everyDelivery.push(...latencies);
    this.lastDelivery.push(Math.max(...latencies));
  }

  async stop(): Promise<void> {
    this.cpuMsOfRounds = (await this.cpuMs()) - this.cpuMsBeforeRounds;
    await Promise.all(this.subscribers.map((subscriber) => subscriber.dispose()));
    await Promise.all(this.instances.map((instance) => instance.stop()));
  }

  row(mode: Mode, flags: Flags): string {
    const ms = (value: number) => value.toFixed(1);
    const spread = (values: number[], quantiles: number[]) => quantiles.map((q) => ms(percentile(values, q))).join(' / ');
    return (
      `| ${mode === 'one' ? '1' : '2 (Redis)'} | ${this.variant} | ${this.subscribers.length} | ${this.lastDelivery.length} | ` +
      `${spread(this.lastDelivery, [0.5, 0.95, 0.99])} / ${ms(Math.max(...this.lastDelivery))} | ${spread(this.everyDelivery, [0.5, 0.95, 0.99])} | ` +
      `${ms(this.cpuMsOfRounds / flags.rounds)} | ${this.missed} | ${this.heapPerConnection.toFixed(1)} | ${this.rssPerConnection.toFixed(1)} |`
    );
  }

  /** How many times slower (or costlier) `baseline` was than this run, per figure. */
  ratioRow(mode: Mode, baseline: VariantRun): string {
    const ratios = (values: number[], baselineValues: number[]) =>
      [0.5, 0.95, 0.99].map((q) => (percentile(baselineValues, q) / percentile(values, q)).toFixed(2)).join(' / ');
    return (
      `| ${mode === 'one' ? '1' : '2 (Redis)'} | ${ratios(this.lastDelivery, baseline.lastDelivery)} | ${ratios(this.everyDelivery, baseline.everyDelivery)} | ` +
      `${(baseline.cpuMsOfRounds / this.cpuMsOfRounds).toFixed(2)} |`
    );
  }
}

async function runMode(mode: Mode, flags: Flags, databaseUrl: string, fixture: Fixture): Promise<VariantRun[]> {
  const runs: VariantRun[] = [];
  for (const variant of flags.variants) runs.push(await VariantRun.start(mode, variant, flags, databaseUrl, fixture));
  for (let round = 0; round < flags.rounds; round += 1) {
    // ABBA: neither variant always goes first, after the other has just warmed the database.
    for (const run of round % 2 === 0 ? runs : [...runs].reverse()) {
      await run.round();
      await sleep(20);
    }
  }
  for (const run of runs) await run.stop();
  return runs;
}

async function seed(databaseUrl: string, subscriberCount: number): Promise<Fixture> {
  const orm = await connectOrm(databaseUrl);
  try {
    await migrate(orm);
    const em = orm.em.fork();
    const partner = em.create(Partner, { name: 'Bench Partner', kind: PartnerKind.NON_PROFIT, priorityAreas: [PriorityArea.FAMILY_ENGAGEMENT] });
    const group = em.create(FocalGroup, { name: 'Bench Group', category: FocalGroupCategory.COMMUNITY, languages: ['en'], populationShare: 0.1, proximity: IssueProximity.DIRECTLY_IMPACTED });
    const request = em.create(Request, {
      title: 'Bench request',
      description: 'Synthetic request transitioned by the fan-out bench',
      priorityArea: PriorityArea.FAMILY_ENGAGEMENT,
      partner,
      peopleImpacted: 100,
      oneTimeCents: 100_000,
      recurringCents: 0,
      fte: 0,
      earliestYear: 2027,
    });
    request.focalGroups.add(group);
    const liaisonToken = createUserWithToken(em, { email: 'bench-liaison@example.org', displayName: 'bench liaison', role: Role.LIAISON, tokenName: 'bench' }).secret;
    const partnerTokens = Array.from(
      { length: subscriberCount },
      (_, index) =>
        createUserWithToken(em, { email: `bench-partner-app-${index}@example.org`, displayName: `bench partner app ${index}`, role: Role.PARTNER, partnerId: partner.id, tokenName: 'bench' }).secret,
    );
    await em.flush();
    return { requestId: request.id, status: RequestStatus.SUBMITTED, liaisonToken, partnerTokens };
  } finally {
    await orm.close();
  }
}

async function main(): Promise<void> {
  const flags = parseFlags(process.argv.slice(2));
  if (flags.modes.includes('two') && !process.env.REDIS_URL) {
    console.log('mode "two" skipped: it needs REDIS_URL (e.g. redis://127.0.0.1:6379)');
    flags.modes = flags.modes.filter((mode) => mode !== 'two');
  }
  const embedded = process.env.DATABASE_URL ? null : await startThrowawayPostgres();
  const maintenanceUrl = embedded ? embedded.url : withDatabase(process.env.DATABASE_URL!, 'postgres');
  const database = `cbh_bench_fanout_${randomUUID().replace(/-/g, '').slice(0, 10)}`;
  await createDatabaseIfMissing(maintenanceUrl, database);
  const databaseUrl = withDatabase(maintenanceUrl, database);
  try {
    const fixture = await seed(databaseUrl, flags.subscribers);
    console.log(`# fan-out bench: node ${process.version}, ${cpus().length} cpu(s) (${cpus()[0]?.model ?? 'unknown'}); driver and instances are separate processes on this machine`);
    console.log(`load average (1 / 5 / 15 min) at start: ${loadAverage()}`);
    console.log('latency = subscriber receive time - instance publish time (right after commit); CPU = user + system of the instances per round (one event, the mutation included); memory = server growth after GC per subscribed connection');
    const results: { mode: Mode; runs: VariantRun[] }[] = [];
    for (const mode of flags.modes) results.push({ mode, runs: await runMode(mode, flags, databaseUrl, fixture) });
    console.log(`load average (1 / 5 / 15 min) at end: ${loadAverage()}`);
    console.log('');
    console.log('| instances | execution | subscribers | rounds | commit -> last delivery p50 / p95 / p99 / max (ms) | commit -> each delivery p50 / p95 / p99 (ms) | server CPU per event (ms) | missed | heap per connection (KiB) | RSS per connection (KiB) |');
    console.log('|---|---|---:|---:|---|---|---:|---:|---:|---:|');
    for (const { mode, runs } of results) for (const run of runs) console.log(run.row(mode, flags));
    const compared = results.filter(({ runs }) => runs.length === 2);
    if (compared.length > 0) {
      console.log('');
      console.log('per subscriber ÷ shared (how many times slower or costlier one execution per subscriber is):');
      console.log('');
      console.log('| instances | last delivery p50 / p95 / p99 | each delivery p50 / p95 / p99 | server CPU per event |');
      console.log('|---|---|---|---:|');
      for (const { mode, runs } of compared) {
        const byVariant = new Map(runs.map((run) => [run.variant, run]));
        console.log(byVariant.get('shared')!.ratioRow(mode, byVariant.get('per-subscriber')!));
      }
    }
  } finally {
    await dropDatabase(maintenanceUrl, database);
    await embedded?.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
