import 'reflect-metadata';
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { withDatabase } from '../../src/db/database-admin';
import { benchIdsOf, hubEnvironment, hubPortOf, HUB_ENTRY, ROOT, startNodeOptions, waitFor } from './hub-process';
import { canonicalQueries } from './queries';

/**
 * Instructions the hub's process executes per request of a canonical dashboard query, counted by
 * valgrind's callgrind. CPU time on these shared 2-core machines moves by up to ±25% from one hub
 * process to the next; this count repeats within about 1%, so it can tell whether a change to the
 * hub saves a few percent of its own work. It counts neither PostgreSQL nor waiting, so it is a
 * yardstick for changes to the hub, not a throughput figure (run.ts measures those).
 *
 *   DATABASE_URL=postgres://…/postgres npm run bench:dashboard-instructions -- --reuse <database>
 *     --only requests-page,region-groups   canonical queries to count (default: those two)
 *     --warm N       requests before counting starts, for the JIT (default 1500)
 *     --requests N   requests counted (default 1000)
 *     --node-options "…"   added to npm start's node options (e.g. a heap setting under trial)
 *     --checkout DIR   count another build instead, e.g. a `git worktree` of an earlier commit after
 *                      its own `npm run build`: two builds counted this way compare by the count alone
 *
 * Needs valgrind (Debian: valgrind), the bench database of a `npm run bench:dashboard -- --keep`
 * run, and the hub built (`npm run build`): it runs dist/ as `npm start` does.
 */
interface Flags {
  reuse: string;
  only: string[];
  warm: number;
  requests: number;
  nodeOptions: string[];
  checkout: string;
}

function parseFlags(argv: string[]): Flags {
  const flags: Partial<Flags> & Omit<Flags, 'reuse'> = { only: ['requests-page', 'region-groups'], warm: 1500, requests: 1000, nodeOptions: [], checkout: ROOT };
  for (let index = 0; index < argv.length; index += 1) {
    const flag = argv[index];
    if (flag === '--reuse') flags.reuse = argv[++index];
    else if (flag === '--only') flags.only = argv[++index].split(',');
    else if (flag === '--warm') flags.warm = Number(argv[++index]);
    else if (flag === '--requests') flags.requests = Number(argv[++index]);
    else if (flag === '--node-options') flags.nodeOptions = argv[++index].split(/\s+/).filter(Boolean);
    else if (flag === '--checkout') flags.checkout = path.resolve(argv[++index]);
    else throw new Error(`unknown flag ${flag}; use --reuse, --only, --warm, --requests, --node-options, --checkout`);
  }
  if (!flags.reuse) throw new Error('--reuse <database> is required: the bench database of a `npm run bench:dashboard -- --keep` run');
  return flags as Flags;
}

/** Sends `amount` requests over 10 connections; every one must succeed, or the count would include error paths. */
async function send(url: string, headers: Record<string, string>, body: string, amount: number): Promise<void> {
  const result = await autocannon({ url, method: 'POST', headers, body, connections: 10, amount, timeout: 300 });
  const failures = result.errors + result.timeouts + result.non2xx;
  if (failures > 0 || result.requests.total < amount) throw new Error(`${failures} of ${amount} requests failed`);
}

/** The `totals:` of every file callgrind wrote (one per process part). */
function countedInstructions(directory: string): number {
  let total = 0;
  for (const file of readdirSync(directory)) {
    const match = /^totals:\s+(\d+)/m.exec(readFileSync(path.join(directory, file), 'utf8'));
    if (match) total += Number(match[1]);
  }
  return total;
}

async function countQuery(flags: Flags, databaseUrl: string, name: string, query: { query: string; variables: Record<string, unknown> }, token: string): Promise<number> {
  const directory = mkdtempSync(path.join(tmpdir(), 'cbh-callgrind-'));
  // callgrind_control finds the process by a name made of USER and HOST: both must be the same for it as for valgrind.
  const env = { ...hubEnvironment(databaseUrl, true), USER: process.env.USER ?? 'bench', LOGNAME: process.env.LOGNAME ?? 'bench' };
  const hub = spawn(
    'valgrind',
    ['--tool=callgrind', '--instr-atstart=no', '--smc-check=all-non-file', `--callgrind-out-file=${path.join(directory, 'callgrind.out')}`, process.execPath, ...startNodeOptions(), ...flags.nodeOptions, HUB_ENTRY],
    { cwd: flags.checkout, env, stdio: ['ignore', 'pipe', 'ignore'] },
  );
  try {
    const port = await hubPortOf(hub);
    await waitFor(`http://127.0.0.1:${port}/healthz`, hub, 180_000);
    const url = `http://127.0.0.1:${port}/graphql`;
    const headers = { 'content-type': 'application/json', authorization: `Bearer ${token}` };
    const body = JSON.stringify(query);
    await send(url, headers, body, flags.warm);
    execFileSync('callgrind_control', ['--instr=on', String(hub.pid)], { env, stdio: 'ignore' });
    await send(url, headers, body, flags.requests);
    execFileSync('callgrind_control', ['--instr=off', String(hub.pid)], { env, stdio: 'ignore' });
    const exited = new Promise((resolve) => hub.once('exit', resolve));
    hub.kill('SIGTERM');
    await exited;
    const instructions = countedInstructions(directory);
    if (instructions === 0) throw new Error(`${name}: callgrind counted nothing (is callgrind_control able to reach the process?)`);
    return instructions / flags.requests;
  } finally {
    if (hub.exitCode === null) hub.kill('SIGKILL');
    rmSync(directory, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const flags = parseFlags(process.argv.slice(2));
  if (!process.env.DATABASE_URL) throw new Error('DATABASE_URL: the PostgreSQL server that holds the bench database');
  const databaseUrl = withDatabase(process.env.DATABASE_URL, flags.reuse);
  const ids = await benchIdsOf(databaseUrl);
  const queries = canonicalQueries(ids).filter((query) => flags.only.includes(query.name));
  if (queries.length === 0) throw new Error(`no canonical query named ${flags.only.join(', ')}`);
  console.log(`callgrind on ${flags.checkout === ROOT ? 'this checkout' : flags.checkout}'s dist/, ${flags.warm} requests to warm up, ${flags.requests} counted, 10 connections; node options: ${[...startNodeOptions(), ...flags.nodeOptions].join(' ') || '(none)'}`);
  for (const query of queries) {
    const perRequest = await countQuery(flags, databaseUrl, query.name, query.hub, ids.token);
    console.log(`${query.name}: ${(perRequest / 1e6).toFixed(3)} M instructions per request`);
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
