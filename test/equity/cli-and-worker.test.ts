import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ScenarioFormatError, ScenarioTimeoutError, solveScenario, solveScenarioInWorker } from '../../src/equity';

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

describe('solveScenarioInWorker', () => {
  it('returns exactly what solveScenario returns', async () => {
    const [inWorker, inline] = await Promise.all([
      solveScenarioInWorker(demo, { timeoutMs: 30000 }),
      solveScenario(demo),
    ]);
    expect(JSON.stringify(inWorker)).toBe(JSON.stringify(inline));
  });

  it('rejects with a timeout error when the time runs out', async () => {
    await expect(solveScenarioInWorker(demo, { timeoutMs: 1 })).rejects.toThrow(ScenarioTimeoutError);
  });

  it('passes format errors back with their type and field', async () => {
    const bad = structuredClone(demo);
    bad.years = [2030, 2029];
    await expect(solveScenarioInWorker(bad, { timeoutMs: 30000 })).rejects.toThrow(ScenarioFormatError);
    await expect(solveScenarioInWorker(bad, { timeoutMs: 30000 })).rejects.toThrow('years[1]: years must be strictly increasing');
  });
});
