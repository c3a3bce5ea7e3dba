import path from 'node:path';
import { defineConfig, type Options } from '@mikro-orm/postgresql';
import { Migrator } from '@mikro-orm/migrations';
import { entities } from './entities';

const projectRoot = path.resolve(__dirname, __dirname.includes(`${path.sep}dist${path.sep}`) ? '../../..' : '../..');
/** Under ts-jest the sources run as TypeScript; from `dist/` they run compiled. */
const runningTypeScript = __filename.endsWith('.ts');

/**
 * Every session of the pool cancels a statement that runs longer than `milliseconds` (PostgreSQL's
 * statement_timeout, sent by node-postgres when it connects), so one runaway query cannot hold a
 * connection and its locks indefinitely. 0 leaves PostgreSQL's default (no limit).
 */
export function statementTimeout(milliseconds: number): Partial<Options> {
  return milliseconds > 0 ? { driverOptions: { connection: { statement_timeout: milliseconds } } } : {};
}

export function createOrmConfig(clientUrl: string, overrides: Partial<Options> = {}): Options {
  return defineConfig({
    clientUrl,
    entities,
    extensions: [Migrator],
    preferTs: runningTypeScript,
    allowGlobalContext: false,
    forceUtcTimezone: true,
    debug: false,
    pool: { min: 0, max: 10 },
    migrations: {
      path: path.join(projectRoot, 'dist/migrations'),
      pathTs: path.join(projectRoot, 'migrations'),
      glob: '!(*.d).{js,ts}',
      // Migrations are diffed against a real database, never a snapshot file, so branches cannot disagree about it.
      snapshot: false,
      transactional: true,
      allOrNothing: true,
      emit: 'ts',
    },
    ...overrides,
  });
}
