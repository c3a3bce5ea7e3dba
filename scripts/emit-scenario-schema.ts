import fs from 'node:fs';
import path from 'node:path';
import { scenarioJsonSchema } from '../src/equity/parse';

/**
 * Writes docs/scenario.schema.json from the engine's zod schema (or, with
 * --check, fails if the committed file differs from the code).
 */
function main(): number {
  const target = path.resolve(__dirname, '../docs/scenario.schema.json');
  const printed = `${JSON.stringify(scenarioJsonSchema(), null, 2)}\n`;
  if (process.argv.includes('--check')) {
    const committed = fs.existsSync(target) ? fs.readFileSync(target, 'utf8') : '';
    if (committed === printed) {
      console.log('docs/scenario.schema.json matches the code.');
      return 0;
    }
    console.error('docs/scenario.schema.json is out of date; run "npm run scenario:schema" and commit it.');
    return 1;
  }
  fs.writeFileSync(target, printed);
  console.log('Wrote docs/scenario.schema.json');
  return 0;
}

process.exitCode = main();
