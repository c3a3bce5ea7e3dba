import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { MikroORM } from '@mikro-orm/postgresql';
import { print } from 'graphql';
import { generateProblem } from '../../bench/scenario/generate';
import { storeGeneratedProblem } from '../../bench/scenario/store-problem';
import { Role } from '../../src/core/viewer';
import { createDatabaseIfMissing, dropDatabase, withDatabase } from '../../src/db/database-admin';
import { createOrmConfig } from '../../src/db/orm-config';
import { createUserWithToken } from '../../src/modules/auth/api-tokens.service';
import { ScenarioItem } from '../../src/modules/scenarios/scenario-item.entity';
import { Scenario, ScenarioStatus } from '../../src/modules/scenarios/scenario.entity';
import { StartScenarioDocument } from '../generated/graphql';
import { TEST_ENV } from '../support/test-env';

const ROOT = path.resolve(__dirname, '../..');
const SEED = 20271123;

interface Instance {
  process: ChildProcess;
  url: string;
}

/**
 * Two hub instances in processes of their own, sharing one database and so one scenario queue.
 * Killing the instance that holds a run (SIGKILL: no goodbye) must not lose the run.
 */
describe('scenario jobs across hub instances', () => {
  const maintenanceUrl = process.env[TEST_ENV.maintenanceUrl]!;
  const database = `cbh_test_${randomUUID().replace(/-/g, '').slice(0, 16)}`;
  const instances: Instance[] = [];
  let orm: MikroORM;
  let token: string;
  let cycleId: string;
  let lensId: string;

  const startInstance = (): Promise<Instance> =>
    new Promise((resolve, reject) => {
      const child = spawn(process.execPath, [require.resolve('ts-node/dist/bin'), '--transpile-only', 'test/support/hub-instance.ts'], {
        cwd: ROOT,
        env: {
          ...process.env,
          DATABASE_URL: withDatabase(maintenanceUrl, database),
          // With Redis (CI) the instances also share live events; the queue itself needs only PostgreSQL.
          REDIS_CHANNEL_PREFIX: `${database}:`,
          NODE_ENV: 'test',
          // A 1% gap proves both tiers long before this limit even on a loaded machine, so no answer depends on the clock.
          SCENARIO_TIME_LIMIT_SECONDS: '60',
          SCENARIO_STALE_SECONDS: '2',
        },
        stdio: ['ignore', 'pipe', 'inherit'],
      });
      let output = '';
      child.stdout!.on('data', (chunk: Buffer) => {
        output += chunk.toString();
        const port = /listening (\d+)/.exec(output)?.[1];
        if (port) {
          const instance = { process: child, url: `http://127.0.0.1:${port}/graphql` };
          instances.push(instance);
          resolve(instance);
        }
      });
      child.on('exit', (code) => reject(new Error(`hub instance exited with ${code} before listening: ${output}`)));
    });

  const start = async (instance: Instance, name: string) => {
    const response = await fetch(instance.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: print(StartScenarioDocument), variables: { input: { cycleId, lensId, name, mipGap: 0.01 } } }),
    });
    const body = (await response.json()) as { data?: { startScenario: { id: string } }; errors?: unknown };
    if (!body.data) throw new Error(JSON.stringify(body.errors));
    return body.data.startScenario.id;
  };
  const scenario = (id: string) => orm.em.fork().findOneOrFail(Scenario, id);
  const pidOf = (instance: Instance) => `:${instance.process.pid}`;

  beforeAll(async () => {
    await createDatabaseIfMissing(maintenanceUrl, database, process.env[TEST_ENV.template]);
    orm = await MikroORM.init(createOrmConfig(withDatabase(maintenanceUrl, database), { pool: { min: 0, max: 3 } }));
    ({ cycleId, lensId } = await storeGeneratedProblem(orm.em.fork(), generateProblem({ requestCount: 1000, yearCount: 4, seed: SEED }), SEED));
    const em = orm.em.fork();
    token = createUserWithToken(em, { email: 'budget@test.invalid', displayName: 'test budget', role: Role.BUDGET_STAFF, tokenName: 'test' }).secret;
    await em.flush();
  }, 120_000);

  afterAll(async () => {
    for (const instance of instances) instance.process.kill('SIGKILL');
    await orm.close();
    await dropDatabase(maintenanceUrl, database);
  });

  const waitForStatus = async (id: string, done: (run: Scenario) => boolean, timeoutMs: number) => {
    const deadline = Date.now() + timeoutMs;
    let run = await scenario(id);
    while (!done(run) && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      run = await scenario(id);
    }
    return run;
  };
  const alive: Instance[] = [];

  it('finishes on the other instance a run whose instance was killed mid-solve, writing its items once', async () => {
    alive.push(...(await Promise.all([startInstance(), startInstance()])));
    const id = await start(alive[0], 'Survives its instance');
    const running = await waitForStatus(id, (run) => run.status === ScenarioStatus.RUNNING, 60_000);
    expect(running.status).toBe(ScenarioStatus.RUNNING);
    const holder = alive.find((instance) => running.runnerInstance?.endsWith(pidOf(instance)))!;
    expect(holder).toBeDefined();
    holder.process.kill('SIGKILL');
    alive.splice(alive.indexOf(holder), 1);

    const finished = await waitForStatus(id, (run) => [ScenarioStatus.COMPLETED, ScenarioStatus.FAILED].includes(run.status), 120_000);
    expect(finished).toMatchObject({ status: ScenarioStatus.COMPLETED, attempt: 2 });
    expect(finished.runnerInstance).toContain(pidOf(alive[0]));
    expect(await orm.em.fork().count(ScenarioItem, { scenario: id })).toBe(1000);
  }, 240_000);

  /** What a run decided, as stored: tiers and every item, in one canonical text. */
  const resultBytes = async (id: string) => {
    const [row] = await orm.em.getConnection().execute<{ result: string }[]>(
      `select json_build_object(
         'tiers', (select tiers from scenario where id = ?),
         'items', (select json_agg(json_build_array(request_id, tier, start_year, rank, equity_score, score_breakdown, allocations, reason, reason_code, to_move_up) order by request_id)
                   from scenario_item where scenario_id = ?))::text as result`,
      [id, id],
    );
    return row.result;
  };

  it('shares one queue: runs submitted to one instance are solved by both, to the same result bytes', async () => {
    alive.push(await startInstance());
    const ids: string[] = [];
    for (let i = 0; i < 4; i++) ids.push(await start(alive[0], `Shared ${i}`));
    const runs = await Promise.all(ids.map((id) => waitForStatus(id, (run) => run.status === ScenarioStatus.COMPLETED, 180_000)));
    expect(runs.map((run) => run.status)).toEqual(Array(4).fill(ScenarioStatus.COMPLETED));
    expect(new Set(runs.map((run) => run.runnerInstance)).size).toBe(2);
    expect(runs.flatMap((run) => run.tiers.map((tier) => tier.status))).toEqual(Array(8).fill('OPTIMAL'));

    const results = await Promise.all(ids.map(resultBytes));
    expect(JSON.parse(results[0]).items).toHaveLength(1000);
    expect(new Set(results).size).toBe(1);
  }, 240_000);
});
