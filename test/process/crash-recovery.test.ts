import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { print } from 'graphql';
import { Client } from 'pg';
import { AdoptScenarioDocument, CreatePartnerDocument, ImportSurveyResponsesDocument, RunScenarioDocument } from '../generated/graphql';
import { dataOf } from '../support/hub';
import { freePort, graphqlAt, isAlive, postmasterPid, startHubProcess, waitUntil, BOOT_TIMEOUT_MS, type HubProcess } from './hub-process';

/**
 * `npm start`'s own code path (src/main.ts as a child process, embedded PostgreSQL on a temp data
 * directory) killed with SIGKILL in the middle of writes, then started again: it recovers the
 * orphaned database by itself, and each write is all or nothing.
 */
jest.setTimeout(BOOT_TIMEOUT_MS * 2);

const ADMIN = 'demo-admin';
const READY = /GraphQL at http/;
const ORPHAN_STOPPED = /Recovered from an unclean stop: stopped the orphaned embedded PostgreSQL \(PID (\d+)\)/;

describe('the hub process after a crash', () => {
  let workDir: string;
  let dataDir: string;
  let env: Record<string, string>;
  let url: string;
  let hub: HubProcess | null = null;
  const started: HubProcess[] = [];

  const start = (): HubProcess => {
    const process = startHubProcess(env);
    started.push(process);
    return process;
  };

  /** The test's own session on the hub's database, to arrange blocking locks and read results. */
  const database = async (): Promise<Client> => {
    const client = new Client({ host: '127.0.0.1', port: Number(env.EMBEDDED_PG_PORT), user: 'postgres', password: 'postgres', database: 'community_budget_hub' });
    // Stopping the orphan ends this session too when a test failed before closing it.
    client.on('error', () => undefined);
    await client.connect();
    return client;
  };
  const count = async (client: Client, sql: string, values: unknown[] = []): Promise<number> => Number((await client.query(sql, values)).rows[0].count);

  /** Waits until one of the hub's sessions is waiting for a lock the test holds: the write is in its transaction. */
  /** Sessions of the database other than this client's that wait for a lock. */
  const lockWaits = (client: Client) =>
    count(client, `select count(*) from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock' and pid <> pg_backend_pid()`);
  const waitForBlockedWrite = (client: Client) => waitUntil(async () => (await lockWaits(client)) > 0, 'the hub to block on the held lock');

  /** SIGKILL: no handler runs, nothing is drained or stopped; the embedded PostgreSQL is left behind. */
  const killHub = async () => {
    const victim = hub as HubProcess;
    process.kill(victim.pid, 'SIGKILL');
    await victim.exited;
    hub = null;
  };

  beforeAll(async () => {
    workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cbh-process-'));
    // Reachable by the unprivileged user PostgreSQL runs as under root (the private case has its own check).
    fs.chmodSync(workDir, 0o755);
    dataDir = path.join(workDir, 'postgres');
    env = {
      EMBEDDED_PG_DIR: dataDir,
      EMBEDDED_PG_PORT: String(await freePort()),
      PORT: String(await freePort()),
      HOST: '127.0.0.1',
      SCENARIO_WORKERS: '1',
    };
    url = `http://127.0.0.1:${env.PORT}/graphql`;
  });

  afterAll(async () => {
    for (const process_ of started) if (isAlive(process_.pid)) process.kill(process_.pid, 'SIGKILL');
    const postmaster = dataDir ? postmasterPid(dataDir) : null;
    if (postmaster && isAlive(postmaster)) {
      process.kill(postmaster, 'SIGINT');
      await waitUntil(() => !isAlive(postmaster), 'the embedded PostgreSQL to stop');
    }
    if (workDir) fs.rmSync(workDir, { recursive: true, force: true });
  });

  it('starts, and a second instance on the same data directory refuses in one line naming the first one', async () => {
    hub = start();
    await hub.waitForLine(READY);
    const second = startHubProcess({ ...env, PORT: String(await freePort()) });
    // Another data directory but the first one's database port: PostgreSQL itself fails to start.
    const portTaken = startHubProcess({ ...env, EMBEDDED_PG_DIR: path.join(workDir, 'other'), PORT: String(await freePort()) });
    expect((await second.exited).code).toBe(1);
    expect(second.stderr().trim().split('\n')).toEqual([
      `Community Budget Hub could not start: Another Community Budget Hub (PID ${hub.pid}) is already running on the embedded PostgreSQL in ${dataDir}; stop it first, or give this one its own EMBEDDED_PG_DIR and EMBEDDED_PG_PORT`,
    ]);
    expect((await portTaken.exited).code).toBe(1);
    const failure = portTaken.stderr().trim().split('\n');
    expect(failure).toEqual([expect.stringMatching(new RegExp(`^Community Budget Hub could not start: Embedded PostgreSQL on port ${env.EMBEDDED_PG_PORT} exited while starting \\(code 1\\): .*(could not|already)`))]);
    for (const refused of [second, portTaken]) expect(refused.output()).not.toMatch(/undefined/);
    // The first one is untouched.
    expect((await graphqlAt(url, CreatePartnerDocument, { input: { name: 'Still here', kind: 'NON_PROFIT' } }, ADMIN)).errors).toBeUndefined();
  });

  it('killed during a survey import, starts again by itself and the import is all or nothing', async () => {
    const client = await database();
    const survey = (await client.query(`select s.id, w.name as wave, i.code as item from survey s join survey_wave w on w.survey_id = s.id join survey_item i on i.survey_id = s.id limit 1`)).rows[0];
    const school = (await client.query(`select name from school order by name limit 1`)).rows[0].name as string;
    const rows = Array.from({ length: 40 }, (_, index) => `${survey.wave},${survey.item},${school},,en,${(index % 5) + 1},crash-${index}`);
    const csv = ['wave,item,school,focal_groups,language,answer,submission_id', ...rows].join('\n');
    const responsesBefore = await count(client, 'select count(*) from survey_response');
    const importsBefore = await count(client, 'select count(*) from survey_import');

    // The test holds a lock that the import's writes wait for, so the kill lands inside its transaction.
    await client.query('begin');
    await client.query('lock table survey_response in share mode');
    const pending = graphqlAt(url, ImportSurveyResponsesDocument, { surveyId: survey.id, csv, importKey: 'crash-test' }, ADMIN).then(
      () => 'answered',
      () => 'connection lost',
    );
    await waitForBlockedWrite(client);
    const postmaster = postmasterPid(dataDir) as number;
    await killHub();
    expect(await pending).toBe('connection lost');
    await client.query('rollback');
    await client.end();
    expect(isAlive(postmaster)).toBe(true);

    hub = start();
    const recovery = await hub.waitForLine(ORPHAN_STOPPED);
    expect(recovery).toContain(`PID ${postmaster}`);
    await hub.waitForLine(READY);
    expect(isAlive(postmaster)).toBe(false);

    const after = await database();
    expect(await count(after, 'select count(*) from survey_response')).toBe(responsesBefore);
    expect(await count(after, 'select count(*) from survey_import')).toBe(importsBefore);
    // Nothing half-done blocks the retry: the same import key imports everything once.
    const retried = dataOf(await graphqlAt(url, ImportSurveyResponsesDocument, { surveyId: survey.id, csv, importKey: 'crash-test' }, ADMIN)).importSurveyResponses;
    expect(retried).toMatchObject({ alreadyImported: false, surveyImport: { rowsAccepted: rows.length } });
    expect(await count(after, 'select count(*) from survey_response')).toBe(responsesBefore + rows.length);
    await after.end();
  });

  it('killed during an adoption, starts again by itself and the adoption is all or nothing', async () => {
    const client = await database();
    const cycleId = (await client.query(`select id from budget_cycle order by name limit 1`)).rows[0].id as string;
    const lensId = (await client.query(`select id from equity_lens order by name limit 1`)).rows[0].id as string;
    const tables = ['allocation', 'communication_draft', 'audit_event'];
    const before: Record<string, number> = {};
    let statusesBefore: unknown[] = [];

    // Adoption drafts its letters last; holding their table makes the kill land inside the transaction.
    // An adoption refused before it writes (it answers instead of blocking) leaves nothing behind and is
    // tried once more with a new run; the answer is part of the failure if it happens twice.
    let scenario = { id: '' };
    let pending: Promise<string> | undefined;
    for (let attempt = 1; pending === undefined; attempt += 1) {
      const run = dataOf(await graphqlAt(url, RunScenarioDocument, { input: { cycleId, lensId, name: `Crash test ${attempt}`, solver: 'GREEDY' } }, ADMIN)).runScenario;
      for (const table of tables) before[table] = await count(client, `select count(*) from ${table}`);
      statusesBefore = (await client.query('select id, status from request order by id')).rows;
      await client.query('begin');
      await client.query('lock table communication_draft in share mode');
      let answer: string | undefined;
      const adoption = graphqlAt(url, AdoptScenarioDocument, { id: run.id }, ADMIN).then(
        (result) => (answer = `answered ${JSON.stringify(result.errors ?? result.data)}`),
        () => 'connection lost',
      );
      await waitUntil(async () => answer !== undefined || (await lockWaits(client)) > 0, 'the hub to block on the held lock');
      if (answer === undefined) {
        scenario = run;
        pending = adoption;
      } else {
        await client.query('rollback');
        if (attempt === 2) throw new Error(`the adoption never reached its letters: ${answer}`);
      }
    }
    const postmaster = postmasterPid(dataDir) as number;
    await killHub();
    expect(await pending).toBe('connection lost');
    await client.query('rollback');
    await client.end();

    hub = start();
    expect(await hub.waitForLine(ORPHAN_STOPPED)).toContain(`PID ${postmaster}`);
    await hub.waitForLine(READY);

    const after = await database();
    for (const table of tables) expect([table, await count(after, `select count(*) from ${table}`)]).toEqual([table, before[table]]);
    expect((await after.query('select id, status from request order by id')).rows).toEqual(statusesBefore);
    expect(await count(after, 'select count(*) from scenario where id = $1 and adopted_at is not null', [scenario.id])).toBe(0);
    // The adoption can simply be made again, once.
    expect(dataOf(await graphqlAt(url, AdoptScenarioDocument, { id: scenario.id }, ADMIN)).adoptScenario.adopted).toBe(true);
    expect(await count(after, 'select count(*) from scenario where id = $1 and adopted_at is not null', [scenario.id])).toBe(1);
    expect(await count(after, 'select count(*) from communication_draft')).toBeGreaterThan(before.communication_draft);
    await after.end();
  });

  it("drains an in-flight request on a terminal's Ctrl-C (SIGINT to the whole process group) before the database stops", async () => {
    const running = hub as HubProcess;
    const postmaster = postmasterPid(dataDir) as number;
    const body = JSON.stringify({ query: print(CreatePartnerDocument), variables: { input: { name: 'Written while draining', kind: 'NON_PROFIT' } } });
    const split = Math.floor(body.length / 2);
    const request = http.request(url, {
      method: 'POST',
      agent: false,
      headers: { 'content-type': 'application/json', authorization: `Bearer ${ADMIN}`, 'content-length': Buffer.byteLength(body) },
    });
    const response = new Promise<{ status: number; body: string }>((resolve, reject) => {
      request.on('response', (incoming) => {
        let text = '';
        incoming.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
        incoming.on('end', () => resolve({ status: incoming.statusCode ?? 0, body: text }));
      });
      request.on('error', reject);
    });
    // Half the body: the request is in flight when the signal arrives.
    request.write(body.slice(0, split));
    await new Promise((resolve) => setTimeout(resolve, 500));

    process.kill(-running.pid, 'SIGINT');
    await running.waitForLine(/SIGINT: draining/, 60_000);
    expect(isAlive(postmaster)).toBe(true);
    request.end(body.slice(split));

    const answered = await response;
    expect(answered.status).toBe(200);
    const result = JSON.parse(answered.body) as { data?: { createPartner: { name: string } }; errors?: unknown[] };
    expect(result.errors).toBeUndefined();
    expect(result.data?.createPartner.name).toBe('Written while draining');

    expect(await running.exited).toEqual({ code: 0, signal: null });
    expect(running.output()).toContain('Stopped cleanly.');
    expect(isAlive(postmaster)).toBe(false);
    expect(fs.existsSync(path.join(dataDir, 'postmaster.pid'))).toBe(false);
    expect(fs.existsSync(`${dataDir}.hub.pid`)).toBe(false);
    hub = null;
  });
});
