import 'reflect-metadata';
import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import { MikroORM } from '@mikro-orm/postgresql';
import { Role } from '../../src/core/viewer';
import { createDatabaseIfMissing, dropDatabase, withDatabase } from '../../src/db/database-admin';
import { connectOrm, migrate } from '../../src/db/database';
import { createUserWithToken } from '../../src/modules/auth/api-tokens.service';
import { Scenario, ScenarioStatus } from '../../src/modules/scenarios/scenario.entity';
import { generateProblem } from '../scenario/generate';
import { storeGeneratedProblem } from '../scenario/store-problem';

/**
 * 20 what-ifs of a 100-request cycle submitted at once, to one hub instance and then to two
 * instances on the same database (one shared queue), each instance with one solver worker.
 * Prints the time to drain the queue and the per-run latency (queued -> finished), and the
 * one/two ratio. Usage: DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres npm run bench:scenario-jobs [-- --runs 20 --requests 100]
 */
const ROOT = path.resolve(__dirname, '../..');
const argument = (name: string, fallback: number) => {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? Number(process.argv[index + 1]) : fallback;
};
const RUNS = argument('runs', 20);
const REQUESTS = argument('requests', 100);
const SEED = 20271129;

interface Instance {
  process: ChildProcess;
  url: string;
}

function startInstance(databaseUrl: string): Promise<Instance> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [require.resolve('ts-node/dist/bin'), '--transpile-only', 'test/support/hub-instance.ts'], {
      cwd: ROOT,
      env: { ...process.env, DATABASE_URL: databaseUrl, NODE_ENV: 'production', LOG_LEVEL: 'warn', SCENARIO_WORKERS: '1', SCENARIO_MAX_QUEUED_PER_USER: String(RUNS), SCENARIO_MAX_QUEUED_PER_CYCLE: String(RUNS), RATE_LIMIT_PER_IP: '0', RATE_LIMIT_PER_TOKEN: '0' },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let output = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const port = /listening (\d+)/.exec(output)?.[1];
      if (port) resolve({ process: child, url: `http://127.0.0.1:${port}/graphql` });
    });
    child.on('exit', (code) => reject(new Error(`hub instance exited with ${code}: ${output}`)));
  });
}

async function startRun(instance: Instance, token: string, cycleId: string, lensId: string, name: string): Promise<string> {
  const response = await fetch(instance.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query: 'mutation ($input: RunScenarioInput!) { startScenario(input: $input) { id } }', variables: { input: { cycleId, lensId, name } } }),
  });
  const body = (await response.json()) as { data?: { startScenario: { id: string } }; errors?: unknown };
  if (!body.data) throw new Error(JSON.stringify(body.errors));
  return body.data.startScenario.id;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

async function measure(orm: MikroORM, databaseUrl: string, instanceCount: number, token: string, cycleId: string, lensId: string) {
  const instances = await Promise.all(Array.from({ length: instanceCount }, () => startInstance(databaseUrl)));
  try {
    // Both sides include their workers' warm-up (started with the instance, before it listens).
    const started = Date.now();
    const ids = await Promise.all(Array.from({ length: RUNS }, (_, i) => startRun(instances[i % instanceCount], token, cycleId, lensId, `Bench ${instanceCount} #${i}`)));
    let runs: Scenario[] = [];
    for (;;) {
      runs = await orm.em.fork().find(Scenario, { id: { $in: ids } });
      if (runs.every((run) => [ScenarioStatus.COMPLETED, ScenarioStatus.FAILED, ScenarioStatus.CANCELLED].includes(run.status))) break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const drainMs = Date.now() - started;
    const latencies = runs.map((run) => run.finishedAt!.getTime() - run.createdAt.getTime());
    return {
      instances: instanceCount,
      drainMs,
      completed: runs.filter((run) => run.status === ScenarioStatus.COMPLETED).length,
      runners: new Set(runs.map((run) => run.runnerInstance)).size,
      latencyMedianMs: median(latencies),
      latencyMaxMs: Math.max(...latencies),
    };
  } finally {
    for (const instance of instances) instance.process.kill('SIGKILL');
  }
}

async function main(): Promise<void> {
  const maintenanceUrl = withDatabase(process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres', 'postgres');
  const database = `cbh_bench_jobs_${randomUUID().replace(/-/g, '').slice(0, 12)}`;
  await createDatabaseIfMissing(maintenanceUrl, database);
  const databaseUrl = withDatabase(maintenanceUrl, database);
  const orm = await connectOrm(databaseUrl);
  try {
    await migrate(orm);
    const { cycleId, lensId } = await storeGeneratedProblem(orm.em.fork(), generateProblem({ requestCount: REQUESTS, yearCount: 4, seed: SEED }), SEED);
    const em = orm.em.fork();
    const { secret: token } = createUserWithToken(em, { email: 'bench@bench.invalid', displayName: 'Scenario jobs bench', role: Role.BUDGET_STAFF, tokenName: 'bench' });
    await em.flush();
    console.log(`${RUNS} what-ifs of a ${REQUESTS}-request x 4-year cycle (OPTIMAL, mipGap 1%), one solver worker per instance; load ${os.loadavg().map((load) => load.toFixed(1)).join(' ')}`);
    const one = await measure(orm, databaseUrl, 1, token, cycleId, lensId);
    console.log(JSON.stringify(one));
    const two = await measure(orm, databaseUrl, 2, token, cycleId, lensId);
    console.log(JSON.stringify(two));
    console.log(`drain time one/two instances: ${(one.drainMs / two.drainMs).toFixed(2)}; load ${os.loadavg().map((load) => load.toFixed(1)).join(' ')}`);
  } finally {
    await orm.close();
    await dropDatabase(maintenanceUrl, database);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
