import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { createDatabaseIfMissing, withDatabase } from '../../src/db/database-admin';
import { startThrowawayPostgres, type EmbeddedPostgresHandle } from '../../src/db/embedded-postgres';
import { TEST_ENV } from './test-env';

declare global {
  var __CBH_EMBEDDED_PG__: EmbeddedPostgresHandle | undefined;
}

/**
 * One migrated template database per test run; every test file clones it (a fast
 * `create database ... template`), so files run in parallel without seeing each other.
 * With DATABASE_URL set (CI) the template lives on that server, otherwise on a throw-away
 * embedded PostgreSQL.
 */
export default async function globalSetup(): Promise<void> {
  let maintenanceUrl: string;
  if (process.env.DATABASE_URL) {
    maintenanceUrl = withDatabase(process.env.DATABASE_URL, 'postgres');
  } else {
    globalThis.__CBH_EMBEDDED_PG__ = await startThrowawayPostgres();
    maintenanceUrl = globalThis.__CBH_EMBEDDED_PG__.url;
  }
  const template = `cbh_test_template_${randomUUID().replace(/-/g, '').slice(0, 10)}`;
  await createDatabaseIfMissing(maintenanceUrl, template);
  // MikroORM keeps entity metadata in a process-wide store that jest's sandboxed test files
  // cannot share with this parent realm, so the migrations run in a child process.
  execFileSync(process.execPath, [require.resolve('ts-node/dist/bin'), '--transpile-only', 'scripts/migrations.ts', 'up'], {
    cwd: path.resolve(__dirname, '../..'),
    env: { ...process.env, DATABASE_URL: withDatabase(maintenanceUrl, template) },
    stdio: 'inherit',
  });
  process.env[TEST_ENV.maintenanceUrl] = maintenanceUrl;
  process.env[TEST_ENV.template] = template;
}
