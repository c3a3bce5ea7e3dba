import { readFileSync } from 'node:fs';
import { solveScenario } from './engine';
import { ScenarioFormatError, ScenarioInfeasibleError } from './errors';
import { pabulibToScenario, parsePabulib } from './pabulib';
import { parseScenarioProblem } from './parse';
import type { SolverKind } from './types';

const USAGE =
  'usage: npm run scenario -- <problem.json | ->\n' +
  '       npm run scenario -- --from-pb <instance.pb | -> [--solver GREEDY|OPTIMAL] [--year YYYY]';

interface Invocation {
  source: string;
  fromPb: boolean;
  solver?: SolverKind;
  year?: number;
}

function parseArgs(args: string[]): Invocation | null {
  const invocation: Partial<Invocation> = { fromPb: false };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--from-pb') invocation.fromPb = true;
    else if (arg === '--solver' && (args[i + 1] === 'GREEDY' || args[i + 1] === 'OPTIMAL')) invocation.solver = args[++i] as SolverKind;
    else if (arg === '--year' && /^\d{4}$/.test(args[i + 1] ?? '')) invocation.year = Number(args[++i]);
    else if (invocation.source === undefined && (arg === '-' || !arg.startsWith('--'))) invocation.source = arg;
    else return null;
  }
  if (invocation.source === undefined) return null;
  if (!invocation.fromPb && (invocation.solver !== undefined || invocation.year !== undefined)) return null;
  return invocation as Invocation;
}

function readInput(source: string): string {
  return readFileSync(source === '-' ? 0 : source, 'utf8');
}

async function main(args: string[]): Promise<number> {
  const invocation = parseArgs(args);
  if (invocation === null) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  const { source } = invocation;
  const name = source === '-' ? 'stdin' : source;
  let text: string;
  try {
    text = readInput(source);
  } catch (error) {
    process.stderr.write(`${name}: cannot read: ${(error as Error).message}\n`);
    return 2;
  }
  try {
    let json: unknown;
    if (invocation.fromPb) {
      const problem = pabulibToScenario(parsePabulib(text), { year: invocation.year });
      json = invocation.solver === undefined ? problem : { ...problem, solver: invocation.solver };
    } else {
      try {
        json = JSON.parse(text);
      } catch (error) {
        process.stderr.write(`${name}: not valid JSON: ${(error as Error).message}\n`);
        return 1;
      }
    }
    const result = await solveScenario(parseScenarioProblem(json));
    process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
    return 0;
  } catch (error) {
    if (error instanceof ScenarioFormatError || error instanceof ScenarioInfeasibleError) {
      process.stderr.write(`${name}: ${error.message}\n`);
      return 1;
    }
    throw error;
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`scenario failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 3;
  },
);
