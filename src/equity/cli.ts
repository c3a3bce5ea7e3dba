import { readFileSync } from 'node:fs';
import { solveScenario } from './engine';
import { ScenarioFormatError, ScenarioInfeasibleError } from './errors';
import { parseScenarioProblem } from './parse';

const USAGE = 'usage: npm run scenario -- <problem.json | ->';

function readInput(source: string): string {
  return readFileSync(source === '-' ? 0 : source, 'utf8');
}

async function main(args: string[]): Promise<number> {
  if (args.length !== 1) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  const source = args[0];
  const name = source === '-' ? 'stdin' : source;
  let text: string;
  try {
    text = readInput(source);
  } catch (error) {
    process.stderr.write(`${name}: cannot read: ${(error as Error).message}\n`);
    return 2;
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    process.stderr.write(`${name}: not valid JSON: ${(error as Error).message}\n`);
    return 1;
  }
  try {
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
