import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateProblem } from '../../bench/scenario/generate';
import { ScenarioFormatError, ScenarioSolverPool, ScenarioTimeoutError, solveScenario } from '../../src/equity';

const root = join(__dirname, '..', '..');
const cli = join(root, 'src', 'equity', 'cli.ts');
const demoPath = join(root, 'src', 'equity', 'examples', 'demo-problem.json');
const demo = JSON.parse(readFileSync(demoPath, 'utf8'));

function runCli(args: string[], input?: string) {
  return spawnSync(process.execPath, ['--require', 'tsx/cjs', cli, ...args], { cwd: root, input, encoding: 'utf8' });
}

describe('scenario CLI', () => {
  it('prints the result of a good file as JSON', () => {
    const run = runCli([demoPath]);
    expect(run.status).toBe(0);
    const result = JSON.parse(run.stdout);
    expect(result.items).toHaveLength(demo.requests.length);
    expect(result.tiers.map((t: { tier: number }) => t.tier)).toEqual([1, 2]);
  });

  it('reads the problem from stdin with "-"', () => {
    const run = runCli(['-'], JSON.stringify(demo));
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual(JSON.parse(runCli([demoPath]).stdout));
  });

  it('rejects a bad file with a non-zero exit, the field on stderr and nothing on stdout', () => {
    const bad = structuredClone(demo);
    bad.requests[3].oneTime = -5;
    const file = join(mkdtempSync(join(tmpdir(), 'scenario-')), 'bad.json');
    writeFileSync(file, JSON.stringify(bad));
    const run = runCli([file]);
    expect(run.status).not.toBe(0);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('requests[3].oneTime: must be a number >= 0');
  });

  it('rejects text that is not JSON', () => {
    const run = runCli(['-'], '{"years": [');
    expect(run.status).not.toBe(0);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('stdin: not valid JSON');
  });
});

describe('ScenarioSolverPool', () => {
  /** Big enough that a solve on a warm worker takes far longer than the tight timeouts below. */
  const large = { ...generateProblem({ requestCount: 2000, yearCount: 4, seed: 7 }), solver: 'OPTIMAL' as const, mipGap: 0.01 };
  const closedMessage = 'the scenario solver pool was closed';
  let pool: ScenarioSolverPool;
  let demoInline: string;

  beforeAll(async () => {
    pool = new ScenarioSolverPool({ size: 1 });
    demoInline = JSON.stringify(await solveScenario(demo));
  });
  afterAll(() => pool.close());

  it('returns exactly what solveScenario returns', async () => {
    expect(JSON.stringify(await pool.solve(demo, { timeoutMs: 30000 }))).toBe(demoInline);
  });

  it('queues solves while its only worker is busy and answers them first come, first served', async () => {
    const finished: string[] = [];
    const first = pool.solve(large, { timeoutMs: 30000 }).then(() => finished.push('large'));
    const second = pool.solve(demo, { timeoutMs: 30000 }).then((result) => {
      finished.push('demo');
      return result;
    });
    const [, demoResult] = await Promise.all([first, second]);
    expect(finished).toEqual(['large', 'demo']);
    expect(JSON.stringify(demoResult)).toBe(demoInline);
  });

  it('times out a solve, terminates its worker and answers the next solve on a replacement', async () => {
    await expect(pool.solve(large, { timeoutMs: 50 })).rejects.toThrow(ScenarioTimeoutError);
    expect(JSON.stringify(await pool.solve(demo, { timeoutMs: 30000 }))).toBe(demoInline);
  });

  it('passes format errors back with their type and field', async () => {
    const bad = structuredClone(demo);
    bad.years = [2030, 2029];
    const failure = await pool.solve(bad, { timeoutMs: 30000 }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ScenarioFormatError);
    expect((failure as ScenarioFormatError).path).toBe('years[1]');
    expect((failure as Error).message).toBe('years[1]: years must be strictly increasing');
  });

  it('close() rejects the running and the queued solves, and every later one', async () => {
    const closing = new ScenarioSolverPool({ size: 1 });
    await closing.ready();
    const running = closing.solve(large, { timeoutMs: 30000 });
    const queued = closing.solve(demo, { timeoutMs: 30000 });
    const closed = closing.close();
    await expect(running).rejects.toThrow(closedMessage);
    await expect(queued).rejects.toThrow(closedMessage);
    await closed;
    await expect(closing.solve(demo, { timeoutMs: 30000 })).rejects.toThrow(closedMessage);
  });

  it('keeps the process alive only while someone waits for a worker', () => {
    // Never closed: once the solve is answered, the idle workers must let the process exit.
    const script = `
      const { ScenarioSolverPool } = require(${JSON.stringify(join(root, 'src', 'equity'))});
      const pool = new ScenarioSolverPool({ size: 2 });
      pool.ready()
        .then(() => pool.solve(require(${JSON.stringify(demoPath)}), { timeoutMs: 30000 }))
        .then((result) => console.log(result.items.length));
    `;
    const run = spawnSync(process.execPath, ['--require', 'tsx/cjs', '-e', script], { cwd: root, encoding: 'utf8', timeout: 50000 });
    expect(run.error).toBeUndefined();
    expect(run.status).toBe(0);
    expect(run.stdout.trim()).toBe(String(demo.requests.length));
  });
});
