import 'reflect-metadata';
import { execFileSync, fork, spawn, type ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { isDeepStrictEqual } from 'node:util';
import { cpus, loadavg } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import autocannon from 'autocannon';
import { Client } from 'pg';
import { parseConfig } from '../../src/config';
import { connectOrm, migrate } from '../../src/db/database';
import { createDatabaseIfMissing, dropDatabase, withDatabase } from '../../src/db/database-admin';
import { startThrowawayPostgres } from '../../src/db/embedded-postgres';
import { createHubPubSub } from '../../src/server/pubsub';
import { createCycleAndLens, GENERATE_SQL, importSurvey, SIZE } from './generate';
import { benchIdsOf, hubEnvironment, hubPortOf, HUB_ENTRY, ROOT, startNodeOptions, waitFor, type GeneratedIds } from './hub-process';
import { canonicalQueries, normalise, sortUnorderedLists, type CanonicalQuery } from './queries';

/**
 * The hub against PostGraphile v4 and a hand-written floor on one freshly generated database.
 *   --seconds N   autocannon duration of each measurement (default 10)
 *   --rounds N    interleaved rounds (default 2)
 *   --quick       3 seconds, 2 rounds: for iterating, not for the record
 *   --connections 10,50
 *   --only name,name   canonical queries to drive (all by default)
 *   --no-build    reuse dist/ (npm start's build) instead of building it first
 *   --keep        keep the bench database (its name is printed) instead of dropping it
 *   --reuse NAME  measure on a database an earlier --keep run left (no generation, no adoption)
 * DATABASE_URL: a PostgreSQL server to create the bench database on (dropped at the end);
 * without it a throw-away embedded PostgreSQL is used.
 */
interface Flags {
  seconds: number;
  rounds: number;
  connections: number[];
  only: string[] | null;
  build: boolean;
  keep: boolean;
  reuse: string | null;
  /** The hub without its answer cache: every cached aggregate (representation, survey results, the plan) executes. */
  answerCache: boolean;
}

function parseFlags(argv: string[]): Flags {
  const flags: Flags = { seconds: 10, rounds: 2, connections: [10, 50], only: null, build: true, keep: false, reuse: null, answerCache: true };
  for (let index = 0; index < argv.length; index += 1) {
    const flag = argv[index];
    if (flag === '--quick') Object.assign(flags, { seconds: 3, rounds: 2 });
    else if (flag === '--no-build') flags.build = false;
    else if (flag === '--keep') flags.keep = true;
    else if (flag === '--reuse') flags.reuse = argv[++index];
    else if (flag === '--seconds') flags.seconds = Number(argv[++index]);
    else if (flag === '--rounds') flags.rounds = Number(argv[++index]);
    else if (flag === '--connections') flags.connections = argv[++index].split(',').map(Number);
    else if (flag === '--only') flags.only = argv[++index].split(',');
    else if (flag === '--no-answer-cache') flags.answerCache = false;
    else throw new Error(`unknown flag ${flag}; use --seconds, --rounds, --quick, --connections, --only, --no-build, --keep, --reuse, --no-answer-cache`);
  }
  return flags;
}

type ServerName = 'hub' | 'postgraphile' | 'floor';

interface Target {
  url: string;
  body: string;
  headers: Record<string, string>;
  /** The server's process, whose CPU time a measurement reads. */
  pid: number;
}

const CLOCK_TICKS_PER_SECOND = (() => {
  try {
    return Number(execFileSync('getconf', ['CLK_TCK']).toString()) || 100;
  } catch {
    return 100;
  }
})();

/** User + system CPU time in ms of a `/proc/<pid>/stat` line (utime and stime are the 12th and 13th fields after "(comm) "). */
function cpuMsOfStat(stat: string): number {
  const fields = stat.slice(stat.lastIndexOf(') ') + 2).split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS_PER_SECOND;
}

/** User + system CPU time of a process in ms (Linux /proc); null where it cannot be read. */
function processCpuMs(pid: number): number | null {
  try {
    return cpuMsOfStat(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return null;
  }
}

/** CPU time of each PostgreSQL process of the machine, in ms, by pid; null without /proc. */
function postgresCpuMs(): Map<string, number> | null {
  try {
    const byPid = new Map<string, number>();
    for (const entry of readdirSync('/proc')) {
      if (!/^\d+$/.test(entry)) continue;
      let stat: string;
      try {
        stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      } catch {
        continue; // exited meanwhile
      }
      if (stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')')) === 'postgres') byPid.set(entry, cpuMsOfStat(stat));
    }
    return byPid;
  } catch {
    return null;
  }
}

/** CPU PostgreSQL spent between two readings: per process, so a backend that exits meanwhile cannot make it negative. */
function postgresCpuBetween(before: Map<string, number> | null, after: Map<string, number> | null): number | null {
  if (!before || !after) return null;
  let total = 0;
  for (const [pid, cpu] of after) total += cpu - (before.get(pid) ?? 0);
  return total;
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

/** A bench server written in TypeScript, forked with ts-node; resolves with its port. */
function forkServer(file: string, env: Record<string, string>): Promise<{ child: ChildProcess; port: number }> {
  const child = fork(path.join(__dirname, file), [], {
    env: { ...process.env, ...env, NODE_ENV: 'production' },
    execArgv: ['-r', 'ts-node/register/transpile-only'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  return new Promise((resolve, reject) => {
    child.once('message', (message: { port: number }) => resolve({ child, port: message.port }));
    child.once('exit', (code) => reject(new Error(`${file} exited with ${code}`)));
  });
}

async function graphql(url: string, token: string, query: string, variables: Record<string, unknown> = {}): Promise<any> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: unknown; errors?: unknown[] };
  if (body.errors) throw new Error(`${url}: ${JSON.stringify(body.errors).slice(0, 500)}`);
  return body.data;
}

async function fetchData(target: Target): Promise<unknown> {
  const response = await fetch(target.url, { method: 'POST', headers: target.headers, body: target.body });
  const body = (await response.json()) as { data?: unknown; errors?: unknown[] };
  if (body.errors || !body.data) throw new Error(`${target.url}: ${JSON.stringify(body).slice(0, 500)}`);
  return body.data;
}

interface Measurement {
  requestsPerSecond: number;
  /** CPU ms per completed request of the server's own process, and of PostgreSQL; null without /proc. */
  serverCpuPerRequest: number | null;
  postgresCpuPerRequest: number | null;
  p50: number;
  p99: number;
  load: number;
  failures: number;
}

const cpuCell = (ms: number | null) => (ms === null ? '–' : ms.toFixed(2));

/**
 * Waits until no statement of the bench database is running, so that a measurement never pays
 * for the one before it: autocannon stops sending when its time is up, but a server still runs
 * what it had queued (the floor's survey results at 50 connections left seconds of PostgreSQL
 * work behind, which the next measurement, always the hub's, was charged for).
 */
async function settle(monitor: Client, database: string): Promise<number> {
  const started = performance.now();
  for (let quiet = 0; quiet < 3 && performance.now() - started < 120_000; ) {
    const { rows } = await monitor.query<{ active: number }>(`select count(*)::int as active from pg_stat_activity where datname = $1 and state = 'active' and pid <> pg_backend_pid()`, [database]);
    quiet = rows[0].active === 0 ? quiet + 1 : 0;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return performance.now() - started;
}

async function drive(target: Target, connections: number, seconds: number): Promise<Measurement> {
  const load = loadavg()[0];
  const serverBefore = processCpuMs(target.pid);
  const postgresBefore = postgresCpuMs();
  const result = await autocannon({ url: target.url, method: 'POST', headers: target.headers, body: target.body, connections, duration: seconds });
  const serverAfter = processCpuMs(target.pid);
  const postgresAfter = postgresCpuMs();
  const perRequest = (spent: number | null) => (spent === null || result.requests.total === 0 ? null : spent / result.requests.total);
  return {
    requestsPerSecond: result.requests.total / (result.duration || seconds),
    serverCpuPerRequest: perRequest(serverBefore === null || serverAfter === null ? null : serverAfter - serverBefore),
    postgresCpuPerRequest: perRequest(postgresCpuBetween(postgresBefore, postgresAfter)),
    p50: result.latency.p50,
    p99: result.latency.p99,
    load,
    failures: result.errors + result.timeouts + result.non2xx,
  };
}

/** A fresh database at the issue's size: migrations, the SQL generator, a cycle and lens, the survey import, a staff token. */
async function generate(maintenanceUrl: string, database: string, databaseUrl: string): Promise<GeneratedIds> {
  await createDatabaseIfMissing(maintenanceUrl, database);
  const orm = await connectOrm(databaseUrl);
  try {
    await migrate(orm);
    const client = new Client({ connectionString: databaseUrl });
    await client.connect();
    await client.query(GENERATE_SQL);
    await client.end();
    const { cycleId, lensId } = await createCycleAndLens(orm);
    const config = parseConfig({ NODE_ENV: 'production', DATABASE_URL: databaseUrl });
    const pubSub = createHubPubSub(config);
    const surveyId = await importSurvey(orm, { pubSub: pubSub.pubSub, config });
    await pubSub.close();
    return { ...(await benchIdsOf(databaseUrl, orm)), cycleId, lensId, surveyId };
  } finally {
    await orm.close();
  }
}

async function main(): Promise<void> {
  const flags = parseFlags(process.argv.slice(2));
  const children: ChildProcess[] = [];
  const embedded = process.env.DATABASE_URL ? null : await startThrowawayPostgres();
  const maintenanceUrl = embedded ? embedded.url : withDatabase(process.env.DATABASE_URL!, 'postgres');
  const database = flags.reuse ?? `cbh_bench_dashboard_${randomUUID().replace(/-/g, '').slice(0, 10)}`;
  const databaseUrl = withDatabase(maintenanceUrl, database);
  try {
    if (flags.build) {
      console.log('Building the hub (npm run build) ...');
      execFileSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'ignore' });
    }

    const fresh = flags.reuse === null;
    let started = performance.now();
    const ids = fresh ? await generate(maintenanceUrl, database, databaseUrl) : await benchIdsOf(databaseUrl);
    const generatedMs = performance.now() - started;
    const { regionId, cycleId, surveyId, token } = ids;

    const hub = spawn(process.execPath, [...startNodeOptions(), HUB_ENTRY], { cwd: ROOT, env: hubEnvironment(databaseUrl, flags.answerCache), stdio: ['ignore', 'pipe', 'inherit'] });
    children.push(hub);
    const hubPort = await hubPortOf(hub);
    const hubUrl = `http://127.0.0.1:${hubPort}/graphql`;
    await waitFor(`http://127.0.0.1:${hubPort}/healthz`, hub, 30_000);

    if (fresh) {
      // The plan as budget staff make it: a GREEDY scenario over the cycle's candidates, adopted through GraphQL.
      started = performance.now();
      const { runScenario } = await graphql(hubUrl, token, `mutation Run($input: RunScenarioInput!) { runScenario(input: $input) { id status } }`, {
        input: { cycleId, lensId: ids.lensId, name: 'Dashboard bench plan', solver: 'GREEDY', discount: 0.9, coverageBonus: 0 },
      });
      await graphql(hubUrl, token, `mutation Adopt($id: ID!) { adoptScenario(id: $id) { id adopted } }`, { id: runScenario.id });
      console.log(`Generated in ${(generatedMs / 1000).toFixed(1)} s; plan run and adopted through GraphQL in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    }
    const check = new Client({ connectionString: databaseUrl });
    await check.connect();
    const counts = (
      await check.query(`select (select count(*) from allocation)::int as allocations, (select count(*) from request)::int as requests,
                                (select count(*) from communication)::int as communications, (select count(*) from request_focal_groups)::int as request_groups`)
    ).rows[0];
    await check.end();
    if (counts.allocations !== SIZE.planRequests) throw new Error(`the adopted plan has ${counts.allocations} allocations, not ${SIZE.planRequests}`);

    const [postgraphile, floor] = await Promise.all([
      forkServer('postgraphile-server.ts', { DATABASE_URL: databaseUrl }),
      forkServer('floor-server.ts', { DATABASE_URL: databaseUrl, REGION_ID: regionId, CYCLE_ID: cycleId, SURVEY_ID: surveyId }),
    ]);
    children.push(postgraphile.child, floor.child);

    const queries = canonicalQueries({ regionId, cycleId, surveyId }).filter((query) => !flags.only || flags.only.includes(query.name));
    const targetsOf = (query: CanonicalQuery): Partial<Record<ServerName, Target>> => ({
      hub: { url: hubUrl, pid: hub.pid!, headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify(query.hub) },
      ...(query.postgraphile
        ? { postgraphile: { url: `http://127.0.0.1:${postgraphile.port}/graphql`, pid: postgraphile.child.pid!, headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: query.postgraphile.query, variables: query.postgraphile.variables }) } }
        : {}),
      floor: { url: `http://127.0.0.1:${floor.port}${query.floorPath}`, pid: floor.child.pid!, headers: { 'content-type': 'application/json' }, body: '{}' },
    });

    // Same data from every server, or no figures at all.
    for (const query of queries) {
      const targets = targetsOf(query);
      const hubData = normalise(sortUnorderedLists(query.name, await fetchData(targets.hub!)));
      const floorData = normalise(sortUnorderedLists(query.name, await fetchData(targets.floor!)));
      if (!isDeepStrictEqual(hubData, floorData)) throw new Error(`${query.name}: the hub and the floor answer differently`);
      if (targets.postgraphile) {
        const postgraphileData = normalise(sortUnorderedLists(query.name, query.postgraphile!.toHubShape(await fetchData(targets.postgraphile))));
        if (!isDeepStrictEqual(hubData, postgraphileData)) throw new Error(`${query.name}: the hub and PostGraphile answer differently`);
      }
      console.log(`${query.name}: same data from ${Object.keys(targets).join(', ')} (${JSON.stringify(hubData).length} bytes)`);
    }

    // Warm-up (JIT, plan caches), then rounds: every query x connections x server, servers interleaved.
    const monitor = new Client({ connectionString: databaseUrl });
    await monitor.connect();
    for (const query of queries) {
      for (const target of Object.values(targetsOf(query))) {
        await settle(monitor, database);
        await drive(target, 10, Math.min(2, flags.seconds));
      }
    }
    const results = new Map<string, Measurement[]>();
    const keyOf = (query: string, connections: number, server: ServerName) => `${query}|${connections}|${server}`;
    for (let round = 1; round <= flags.rounds; round += 1) {
      for (const query of queries) {
        for (const connections of flags.connections) {
          for (const [server, target] of Object.entries(targetsOf(query)) as [ServerName, Target][]) {
            const settledMs = await settle(monitor, database);
            if (settledMs > 1_000) console.log(`  (waited ${(settledMs / 1000).toFixed(1)} s for PostgreSQL to finish the previous measurement's statements)`);
            const measurement = await drive(target, connections, flags.seconds);
            const key = keyOf(query.name, connections, server);
            results.set(key, [...(results.get(key) ?? []), measurement]);
            console.log(
              `round ${round} ${query.name} c=${connections} ${server}: ${measurement.requestsPerSecond.toFixed(1)} req/s p50 ${measurement.p50} ms p99 ${measurement.p99} ms CPU/request ${cpuCell(measurement.serverCpuPerRequest)} + PostgreSQL ${cpuCell(measurement.postgresCpuPerRequest)} ms load ${measurement.load.toFixed(2)}${measurement.failures ? ` FAILURES ${measurement.failures}` : ''}`,
            );
          }
        }
      }
    }

    await monitor.end();
    console.log(`\nMachine: ${cpus().length} x ${cpus()[0]?.model}, Node ${process.version}; ${flags.rounds} rounds of ${flags.seconds} s; medians over rounds; load = 1-min load average at the start of each measurement (min-max); hub answer cache ${flags.answerCache ? 'on (representation, survey results and the plan are answered from memory while their tables are unchanged)' : 'off (--no-answer-cache: every query executes)'}`);
    console.log('| query | conns | hub req/s | PostGraphile req/s | floor req/s | hub p50 / p99 ms | PostGraphile p50 / p99 ms | floor p50 / p99 ms | hub/PostGraphile | hub/floor | load |');
    console.log('|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
    for (const query of queries) {
      for (const connections of flags.connections) {
        const of = (server: ServerName) => results.get(keyOf(query.name, connections, server));
        const rate = (server: ServerName) => (of(server) ? median(of(server)!.map((m) => m.requestsPerSecond)) : null);
        const latency = (server: ServerName) => (of(server) ? `${median(of(server)!.map((m) => m.p50))} / ${median(of(server)!.map((m) => m.p99))}` : '–');
        // Ratios per round (same round, servers back to back), then their median.
        const ratio = (peer: ServerName) => {
          if (!of(peer)) return '–';
          const perRound = of('hub')!.map((m, round) => m.requestsPerSecond / of(peer)![round].requestsPerSecond);
          return `${median(perRound).toFixed(2)} (${Math.min(...perRound).toFixed(2)}–${Math.max(...perRound).toFixed(2)})`;
        };
        const loads = (['hub', 'postgraphile', 'floor'] as ServerName[]).flatMap((server) => of(server)?.map((m) => m.load) ?? []);
        const failures = (['hub', 'postgraphile', 'floor'] as ServerName[]).flatMap((server) => of(server)?.map((m) => m.failures) ?? []).reduce((a, b) => a + b, 0);
        const cell = (value: number | null) => (value === null ? '–' : value.toFixed(1));
        console.log(
          `| ${query.name} | ${connections} | ${cell(rate('hub'))} | ${cell(rate('postgraphile'))} | ${cell(rate('floor'))} | ${latency('hub')} | ${latency('postgraphile')} | ${latency('floor')} | ${ratio('postgraphile')} | ${ratio('floor')} | ${Math.min(...loads).toFixed(1)}–${Math.max(...loads).toFixed(1)}${failures ? ` (${failures} failed)` : ''} |`,
        );
      }
    }
    console.log(
      '\nCPU per request (ms, medians over rounds): the server process + every PostgreSQL process of the machine, measured from /proc around each measurement; the CPU ratio is total hub CPU over total peer CPU (below 1: the hub spends less)',
    );
    console.log('| query | conns | hub | PostGraphile | floor | hub/PostGraphile CPU | hub/floor CPU |');
    console.log('|---|---:|---:|---:|---:|---:|---:|');
    for (const query of queries) {
      for (const connections of flags.connections) {
        const of = (server: ServerName) => results.get(keyOf(query.name, connections, server));
        const cpuOf = (server: ServerName) => {
          const measured = of(server);
          if (!measured || measured.some((m) => m.serverCpuPerRequest === null || m.postgresCpuPerRequest === null)) return null;
          return { server: median(measured.map((m) => m.serverCpuPerRequest!)), postgres: median(measured.map((m) => m.postgresCpuPerRequest!)) };
        };
        const cell = (server: ServerName) => {
          const cpu = cpuOf(server);
          return cpu ? `${cpuCell(cpu.server)} + ${cpuCell(cpu.postgres)}` : '–';
        };
        const cpuRatio = (peer: ServerName) => {
          const hubCpu = cpuOf('hub');
          const peerCpu = cpuOf(peer);
          return hubCpu && peerCpu ? ((hubCpu.server + hubCpu.postgres) / (peerCpu.server + peerCpu.postgres)).toFixed(2) : '–';
        };
        console.log(`| ${query.name} | ${connections} | ${cell('hub')} | ${cell('postgraphile')} | ${cell('floor')} | ${cpuRatio('postgraphile')} | ${cpuRatio('floor')} |`);
      }
    }
    console.log(`\nData: ${SIZE.regions} regions, ${SIZE.schools} schools, ${SIZE.focalGroups} focal groups, ${SIZE.partners} partners, ${counts.requests} requests (${counts.request_groups} focal-group links), ${counts.communications} communications, ${counts.allocations} allocations in the adopted plan`);
  } finally {
    for (const child of children) child.kill('SIGTERM');
    await new Promise((resolve) => setTimeout(resolve, 500));
    if (flags.keep || flags.reuse) console.log(`Kept the bench database ${database} (measure it again with --reuse ${database})`);
    else await dropDatabase(maintenanceUrl, database).catch((error: unknown) => console.error('could not drop the bench database', error));
    await embedded?.stop();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
