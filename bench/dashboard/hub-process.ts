import type { ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { connectOrm } from '../../src/db/database';
import { createUserWithToken } from '../../src/modules/auth/api-tokens.service';
import { Role } from '../../src/core/viewer';
import { FIRST_REGION_ID_SQL } from './generate';

/** The hub under test, its database and the ids the canonical queries need: shared by the dashboard benches. */
export const ROOT = path.resolve(__dirname, '../..');

export const HUB_ENTRY = 'dist/src/main.js';

/** The node options `npm start` runs the hub with (package.json's start script), so the benches measure the hub as it is deployed. */
export function startNodeOptions(): string[] {
  const start = (JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts.start;
  const match = /\bnode((?:\s+--\S+)*)\s+dist\/src\/main\.js/.exec(start);
  if (!match) throw new Error(`package.json's start script does not run node ${HUB_ENTRY}: ${start}`);
  return match[1].split(/\s+/).filter(Boolean);
}

/**
 * The hub's environment in a bench: production, any free port, no demo district. The rate limits
 * are off: one token and one address stand for a district's many readers, and the peers have none.
 */
export function hubEnvironment(databaseUrl: string, answerCache: boolean): NodeJS.ProcessEnv {
  return {
    ...process.env,
    NODE_ENV: 'production',
    DATABASE_URL: databaseUrl,
    PORT: '0',
    HOST: '127.0.0.1',
    SEED_DEMO: 'false',
    RATE_LIMIT_PER_IP: '0',
    RATE_LIMIT_PER_TOKEN: '0',
    ...(answerCache ? {} : { AGGREGATE_CACHE_ENTRIES: '0' }),
  };
}

/** The port a hub started with PORT=0 announces on its standard output; the rest of its log is drained unread. */
export function hubPortOf(hub: ChildProcess): Promise<number> {
  return new Promise<number>((resolve, reject) => {
    let output = '';
    const readPort = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /http:\/\/localhost:(\d+)\/graphql/.exec(output);
      if (!match) return;
      // Kept and searched, the log grew by a line a request, and the bench process (autocannon's)
      // spent ever more CPU beside the hub it was measuring.
      hub.stdout!.off('data', readPort);
      hub.stdout!.resume();
      resolve(Number(match[1]));
    };
    hub.stdout!.on('data', readPort);
    hub.once('exit', (code) => reject(new Error(`the hub exited with ${code}: ${output}`)));
  });
}

export async function waitFor(url: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${url}: the server exited with ${child.exitCode}`);
    try {
      const response = await fetch(url);
      if (response.status < 500) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`${url} did not answer within ${timeoutMs} ms`);
}

export interface GeneratedIds {
  regionId: string;
  cycleId: string;
  lensId: string;
  surveyId: string;
  token: string;
}

/** The ids the queries need, read back from a generated database, and a new staff token. */
export async function benchIdsOf(databaseUrl: string, existingOrm?: Awaited<ReturnType<typeof connectOrm>>): Promise<GeneratedIds> {
  const orm = existingOrm ?? (await connectOrm(databaseUrl));
  try {
    const em = orm.em.fork();
    const [ids] = await em.getConnection().execute<Omit<GeneratedIds, 'token'>[]>(
      `select (${FIRST_REGION_ID_SQL}) as "regionId", (select id from budget_cycle limit 1) as "cycleId",
              (select id from equity_lens limit 1) as "lensId", (select id from survey limit 1) as "surveyId"`,
    );
    const { secret: token } = createUserWithToken(em, { email: `bench-${Date.now()}@bench.invalid`, displayName: 'Dashboard bench (budget staff)', role: Role.BUDGET_STAFF, tokenName: 'dashboard bench' });
    await em.flush();
    return { ...ids, token };
  } finally {
    if (!existingOrm) await orm.close();
  }
}
