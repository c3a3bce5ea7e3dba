import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { parseConfig } from '../src/config';
import { connectOrm, migrate } from '../src/db/database';
import { cliErrorMessage, openCliDatabase } from '../src/db/cli-database';
import { createDatabaseIfMissing, dropDatabase, withDatabase } from '../src/db/database-admin';
import { startThrowawayPostgres } from '../src/db/embedded-postgres';
import type { MikroORM } from '@mikro-orm/postgresql';

/**
 * Migration tooling that never touches a real database: each command works on a scratch
 * database (on DATABASE_URL's server, or a throw-away embedded cluster).
 *   up       apply pending migrations to DATABASE_URL, or to the embedded database as `npm start` finds it
 *   create   write a migration for the difference between entities and migrations
 *   check    fail if entities and migrations disagree (CI)
 *   initial  rewrite the initial migration from the entities (only before the first release)
 */
async function withScratchDatabase(work: (orm: MikroORM) => Promise<void>): Promise<void> {
  const server = process.env.DATABASE_URL ? null : await startThrowawayPostgres();
  const maintenanceUrl = server ? server.url : withDatabase(process.env.DATABASE_URL!, 'postgres');
  const scratch = `cbh_migrations_${randomUUID().replace(/-/g, '').slice(0, 12)}`;
  await createDatabaseIfMissing(maintenanceUrl, scratch);
  const orm = await connectOrm(withDatabase(maintenanceUrl, scratch));
  try {
    await work(orm);
  } finally {
    await orm.close();
    await dropDatabase(maintenanceUrl, scratch);
    await server?.stop();
  }
}

const MIGRATIONS_DIR = path.resolve(__dirname, '../migrations');

async function run(command: string | undefined): Promise<number> {
  switch (command) {
    case 'up': {
      const database = await openCliDatabase(parseConfig(), { migrate: true });
      await database.close();
      console.log(`Migrations applied to ${database.description}.`);
      return 0;
    }
    case 'create':
      await withScratchDatabase(async (orm) => {
        await migrate(orm);
        const result = await orm.getMigrator().createMigration();
        console.log(result.fileName ? `Wrote migrations/${result.fileName}` : 'Entities and migrations agree; nothing to write.');
      });
      return 0;
    case 'check': {
      let drift: string[] = [];
      await withScratchDatabase(async (orm) => {
        await migrate(orm);
        const sql = await orm.schema.getUpdateSchemaSQL({ wrap: false });
        drift = sql.split('\n').filter((line) => line.trim().length > 0);
      });
      if (drift.length === 0) {
        console.log('Migrations match the entities.');
        return 0;
      }
      console.error('Entities and migrations disagree; run "npm run migration:create". Missing SQL:');
      console.error(drift.join('\n'));
      return 1;
    }
    case 'initial':
      for (const file of fs.readdirSync(MIGRATIONS_DIR)) if (file.endsWith('.ts')) fs.rmSync(path.join(MIGRATIONS_DIR, file));
      await withScratchDatabase(async (orm) => {
        const result = await orm.getMigrator().createInitialMigration();
        console.log(`Wrote migrations/${result.fileName}`);
      });
      return 0;
    default:
      console.error('usage: migrations up|create|check|initial');
      return 2;
  }
}

run(process.argv[2]).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(cliErrorMessage(error));
    process.exit(1);
  },
);
