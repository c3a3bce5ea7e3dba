import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { printHubSchema } from '../src/server/schema';

/** Writes schema/schema.graphql (or, with --check, fails if the committed file differs from the code). */
async function main(): Promise<number> {
  const target = path.resolve(__dirname, '../schema/schema.graphql');
  const printed = await printHubSchema();
  if (process.argv.includes('--check')) {
    const committed = fs.existsSync(target) ? fs.readFileSync(target, 'utf8') : '';
    if (committed === printed) {
      console.log('schema/schema.graphql matches the code.');
      return 0;
    }
    console.error('schema/schema.graphql is out of date; run "npm run schema:emit" and commit it.');
    return 1;
  }
  fs.writeFileSync(target, printed);
  console.log('Wrote schema/schema.graphql');
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
