import 'reflect-metadata';
import { createHash, randomUUID } from 'node:crypto';
import { cpus, loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { MikroORM } from '@mikro-orm/postgresql';
import { parseConfig } from '../../src/config';
import { migrate } from '../../src/db/database';
import { createDatabaseIfMissing, dropDatabase, withDatabase } from '../../src/db/database-admin';
import { startThrowawayPostgres } from '../../src/db/embedded-postgres';
import { createOrmConfig } from '../../src/db/orm-config';
import { solveScenario, type ScenarioResult } from '../../src/equity';
import { createUserWithToken } from '../../src/modules/auth/api-tokens.service';
import { Role } from '../../src/core/viewer';
import { buildScenarioProblem, hashProblem, type ScenarioSettings } from '../../src/modules/scenarios/problem-builder';
import { DEFAULT_MIP_GAP, Scenario, ScenarioSolver } from '../../src/modules/scenarios/scenario.entity';
import { createHubServer } from '../../src/server/app';
import { createHubPubSub } from '../../src/server/pubsub';
import { generateProblem } from './generate';
import { storeGeneratedProblem } from './store-problem';

/**
 * What budget staff wait for: the whole runScenario mutation over HTTP (auth, building the problem
 * from the database, the solve on the server's warm worker pool, storing the scenario with its items
 * and audit in one transaction, publishing, serialising the response), against the engine alone on
 * the very problem the service built, measured in one run with the two interleaved round by round
 * so machine load hits both alike.
 *   --requests N (default 1000)  --years N (default 4)  --repeat N (default 5)  --seed N
 *   --coverage-bonus X (default 0, runScenario's default; > 0 makes the stored focal groups count)
 *   --trace (after the rounds, one more mutation with its SQL statements on a timeline)
 * Runs under ts-node, not tsx: the hub's entities and GraphQL types need the decorator metadata
 * that tsx (esbuild) does not emit.
 */

interface Flags {
  requests: number;
  years: number;
  seed: number;
  repeat: number;
  coverageBonus: number;
  trace: boolean;
}

function parseFlags(argv: string[]): Flags {
  // The seed of bench/scenario/run.ts and worker-bench.ts; the problem's seed is derived the same way.
  const flags: Flags = { requests: 1000, years: 4, seed: 20270101, repeat: 5, coverageBonus: 0, trace: false };
  for (let i = 0; i < argv.length; i += 2) {
    if (argv[i] === '--trace') {
      flags.trace = true;
      i--;
      continue;
    }
    const [flag, value] = [argv[i], Number(argv[i + 1])];
    if (!Number.isFinite(value)) throw new Error(`${flag} needs a number`);
    if (flag === '--requests') flags.requests = value;
    else if (flag === '--years') flags.years = value;
    else if (flag === '--seed') flags.seed = value;
    else if (flag === '--repeat') flags.repeat = value;
    else if (flag === '--coverage-bonus') flags.coverageBonus = value;
    else throw new Error(`unknown flag ${flag}; use --requests, --years, --seed, --repeat, --coverage-bonus, --trace`);
  }
  return flags;
}

/** What a dashboard asks for after a run. */
const RUN_SCENARIO = `mutation RunScenario($input: RunScenarioInput!) {
  runScenario(input: $input) {
    id
    status
    tiers { tier objective status gap }
    items { tier startYear request { id } }
  }
}`;

interface RunScenarioData {
  runScenario: {
    id: string;
    status: string;
    tiers: Array<{ tier: number; objective: number; status: string; gap: number | null }>;
    items: Array<{ tier: number; startYear: number | null; request: { id: string } }>;
  };
}

interface Row {
  label: string;
  values: number[];
  digits?: number;
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const load = () => loadavg().map((value) => value.toFixed(2)).join(' ');
const sha = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 12);
/** Tier and start year per request: what the stored items and the engine's result must agree on. */
const placements = (items: Array<{ id: string; tier: number; startYear: number | null }>) =>
  JSON.stringify([...items].sort((a, b) => (a.id < b.id ? -1 : 1)).map((item) => [item.id, item.tier, item.startYear]));
const tierText = (tiers: Array<{ tier: number; objective: number; status: string; gap: number | null }>) =>
  tiers.map((tier) => `${tier.status} ${tier.objective.toFixed(3)} gap ${tier.gap === null ? 'n/a' : `${(tier.gap * 100).toFixed(3)}%`}`).join(' / ');

async function main(): Promise<void> {
  const flags = parseFlags(process.argv.slice(2));
  console.log(
    `# runScenario server bench: ${flags.requests.toLocaleString('en-US')} requests x ${flags.years} years OPTIMAL, seed ${flags.seed}, ` +
      `mipGap ${DEFAULT_MIP_GAP} (runScenario's default), coverageBonus ${flags.coverageBonus}, ${flags.repeat} rounds after 1 warm-up; ` +
      `node ${process.version}, ${cpus().length} cpu(s) (${cpus()[0]?.model ?? 'unknown'})`,
  );
  const loadAtStart = load();
  console.log(`load average at start: ${loadAtStart}`);

  const embedded = process.env.DATABASE_URL ? null : await startThrowawayPostgres();
  const maintenanceUrl = embedded ? embedded.url : withDatabase(process.env.DATABASE_URL!, 'postgres');
  const database = `cbh_bench_server_${randomUUID().replace(/-/g, '').slice(0, 10)}`;
  await createDatabaseIfMissing(maintenanceUrl, database);
  const sqlLog: Array<{ at: number; message: string }> = [];
  // Query logging stays off except for the traced run, so the measured rounds do not pay for it.
  const orm = await MikroORM.init(createOrmConfig(withDatabase(maintenanceUrl, database), { logger: (message) => sqlLog.push({ at: performance.now(), message }), colors: false }));
  const pubSub = createHubPubSub();
  // The server's defaults: 30 s time limit, one warm worker; in-memory live updates.
  const config = parseConfig({ NODE_ENV: 'production' });
  let server: Awaited<ReturnType<typeof createHubServer>> | null = null;
  try {
    await migrate(orm);
    const generated = generateProblem({ requestCount: flags.requests, yearCount: flags.years, seed: flags.seed + flags.requests + flags.years });
    const { cycleId, lensId } = await storeGeneratedProblem(orm.em.fork(), generated, flags.seed);
    const tokenEm = orm.em.fork();
    const { secret: token } = createUserWithToken(tokenEm, { email: 'server-bench@example.org', displayName: 'server bench', role: Role.BUDGET_STAFF, tokenName: 'server bench' });
    await tokenEm.flush();

    const serverStarted = performance.now();
    server = await createHubServer({ config, orm, pubSub });
    const port = await server.listen(0, '127.0.0.1');
    const url = `http://127.0.0.1:${port}/graphql`;
    console.log(`database: ${embedded ? 'embedded throw-away PostgreSQL' : 'DATABASE_URL server'}, scratch database ${database}; hub on port ${port}`);

    // What runScenario derives from an input that sets nothing but the cycle, lens, name and coverage bonus.
    const settings: ScenarioSettings = {
      cycleId,
      lensId,
      solver: ScenarioSolver.OPTIMAL,
      discount: 0.9,
      coverageBonus: flags.coverageBonus,
      mipGap: DEFAULT_MIP_GAP,
      capAdjustments: [],
      weightOverrides: [],
      pins: [],
    };
    const input: Record<string, unknown> = { cycleId, lensId, name: 'Server bench' };
    if (flags.coverageBonus !== 0) input.coverageBonus = flags.coverageBonus;
    const body = JSON.stringify({ query: RUN_SCENARIO, operationName: 'RunScenario', variables: { input } });

    const runOverHttp = async () => {
      const started = performance.now();
      const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body });
      const text = await response.text();
      const ms = performance.now() - started;
      const parsed = JSON.parse(text) as { data?: RunScenarioData; errors?: unknown };
      if (!response.ok || parsed.errors || !parsed.data) throw new Error(`runScenario failed (${response.status}): ${text.slice(0, 500)}`);
      const scenario = parsed.data.runScenario;
      const stored = await orm.em.fork().findOneOrFail(Scenario, scenario.id);
      // Only the scenario's own id differs between runs; everything else must be the same bytes.
      return { ms, bytes: Buffer.byteLength(text), scenario, solveMillis: stored.solveMillis ?? NaN, inputsHash: stored.inputsHash, sameBytes: sha(text.replaceAll(scenario.id, '')) };
    };
    /**
     * In process rather than on a second pool: solveScenario alone, without the hand-off to a
     * worker (structured clone of the problem and the 1,000-item result), which belongs to the
     * server path and shows up as solveMillis minus this.
     */
    const runEngineAlone = async () => {
      const buildStarted = performance.now();
      const built = await buildScenarioProblem(orm.em.fork(), settings, config.MIN_CELL_SIZE);
      const buildMs = performance.now() - buildStarted;
      const problem = { ...built.problem, timeLimitSeconds: config.SCENARIO_TIME_LIMIT_SECONDS };
      const started = performance.now();
      const result: ScenarioResult = await solveScenario(problem);
      return { ms: performance.now() - started, buildMs, result, inputsHash: hashProblem(built.problem), sameBytes: sha(JSON.stringify(result)) };
    };

    // The first mutation waits for the pool's worker to warm up and JIT-compiles the server path; the engine's first run does the same here.
    const warmUp = await runOverHttp();
    const warmUpMs = performance.now() - serverStarted;
    const warmUpEngine = await runEngineAlone();
    console.log(
      `warm-up (not counted): mutation ${warmUp.ms.toFixed(0)} ms (solveMillis ${warmUp.solveMillis}), engine ${warmUpEngine.ms.toFixed(0)} ms; ` +
        `server start to first full response ${warmUpMs.toFixed(0)} ms`,
    );

    const rows = {
      http: { label: '(a) runScenario over HTTP, send to full body', values: [] as number[] },
      engine: { label: '(b) engine alone (in-process solveScenario on the built problem)', values: [] as number[] },
      solve: { label: 'stored solveMillis (solve on the server\'s warm pool)', values: [] as number[] },
      overhead: { label: '(a) − (b): everything but the engine', values: [] as number[] },
      dbGraphql: { label: '(a) − solveMillis: auth, build, store, GraphQL, HTTP', values: [] as number[] },
      handOff: { label: 'solveMillis − (b): hand-off to the worker and back, and noise', values: [] as number[] },
      build: { label: 'buildScenarioProblem alone (part of (a))', values: [] as number[] },
      ratio: { label: '(a) / (b)', values: [] as number[], digits: 2 },
    } satisfies Record<string, Row>;
    const httpBytes = new Set<string>();
    const engineBytes = new Set<string>();
    const mismatches: string[] = [];
    let responseBytes = 0;
    let sample: ScenarioResult | undefined;
    for (let round = 1; round <= flags.repeat; round++) {
      const http = await runOverHttp();
      const engine = await runEngineAlone();
      rows.http.values.push(http.ms);
      rows.engine.values.push(engine.ms);
      rows.solve.values.push(http.solveMillis);
      rows.overhead.values.push(http.ms - engine.ms);
      rows.dbGraphql.values.push(http.ms - http.solveMillis);
      rows.handOff.values.push(http.solveMillis - engine.ms);
      rows.build.values.push(engine.buildMs);
      rows.ratio.values.push(http.ms / engine.ms);
      httpBytes.add(http.sameBytes);
      engineBytes.add(engine.sameBytes);
      responseBytes = http.bytes;
      sample ??= engine.result;
      if (http.scenario.status !== 'COMPLETED') mismatches.push(`round ${round}: scenario ${http.scenario.status}`);
      if (http.inputsHash !== engine.inputsHash) mismatches.push(`round ${round}: the service built another problem (inputsHash)`);
      if (tierText(http.scenario.tiers) !== tierText(engine.result.tiers)) mismatches.push(`round ${round}: tiers differ (${tierText(http.scenario.tiers)} vs ${tierText(engine.result.tiers)})`);
      const served = placements(http.scenario.items.map((item) => ({ id: item.request.id, tier: item.tier, startYear: item.startYear })));
      if (served !== placements(engine.result.items)) mismatches.push(`round ${round}: item tiers or start years differ`);
    }
    const loadAtEnd = load();

    const fmt = (value: number, digits = 0) => value.toFixed(digits);
    console.log(`\n| measure | median | min | max | every round |`);
    console.log('|---|---:|---:|---:|---|');
    for (const row of Object.values(rows) as Row[]) {
      const digits = row.digits ?? 0;
      const unit = digits ? '' : ' ms';
      console.log(
        `| ${row.label} | ${fmt(median(row.values), digits)}${unit} | ${fmt(Math.min(...row.values), digits)}${unit} | ${fmt(Math.max(...row.values), digits)}${unit} | ${row.values.map((value) => fmt(value, digits)).join(', ')} |`,
      );
    }
    console.log(
      `\nresponse: ${responseBytes.toLocaleString('en-US')} bytes, ${sample?.items.length ?? 0} items; ${sample ? tierText(sample.tiers) : ''}`,
    );
    console.log(
      `identical response bytes (scenario id aside) in every round: ${httpBytes.size === 1 ? 'yes' : `no (${httpBytes.size} different)`}; ` +
        `identical engine result bytes: ${engineBytes.size === 1 ? 'yes' : `no (${engineBytes.size} different)`}; ` +
        `stored tiers and placements equal the engine's: ${mismatches.length === 0 ? 'yes' : `no\n  ${mismatches.join('\n  ')}`}`,
    );
    console.log(`load average at start: ${loadAtStart}; at end: ${loadAtEnd}`);
    if (mismatches.length > 0 || httpBytes.size !== 1 || engineBytes.size !== 1) process.exitCode = 1;

    if (flags.trace) {
      sqlLog.length = 0;
      orm.config.set('debug', ['query']);
      const started = performance.now();
      const traced = await runOverHttp();
      orm.config.set('debug', false);
      // The last statement is this bench reading solveMillis back, after the response.
      const statements = sqlLog.filter(({ message }) => message.startsWith('[query]')).slice(0, -1);
      console.log(`\ntraced run (not counted): ${traced.ms.toFixed(0)} ms, solveMillis ${traced.solveMillis}; ms from send when each statement finished, statement, its time in PostgreSQL:`);
      for (const { at, message } of statements) {
        const [, statement, took] = /^\[query\] (.*?)(?: \[took ([^\]]*)\])?$/s.exec(message) ?? [];
        console.log(`  +${(at - started).toFixed(0).padStart(5)}  ${(statement ?? message).replace(/\s+/g, ' ').slice(0, 90)}${took ? `  (${took})` : ''}`);
      }
      console.log(`  +${traced.ms.toFixed(0).padStart(5)}  full response body received`);
    }
  } finally {
    await server?.stop();
    await pubSub.close();
    await orm.close();
    await dropDatabase(maintenanceUrl, database);
    await embedded?.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
