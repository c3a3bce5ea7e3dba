import path from 'node:path';
import { defineConfig, type Options } from '@mikro-orm/postgresql';
import { Migrator } from '@mikro-orm/migrations';
import type { AppConfig } from '../config';
import { entities } from './entities';

const projectRoot = path.resolve(__dirname, __dirname.includes(`${path.sep}dist${path.sep}`) ? '../../..' : '../..');
/** Under ts-jest the sources run as TypeScript; from `dist/` they run compiled. */
const runningTypeScript = __filename.endsWith('.ts');

/** The server's pool and the limits every one of its database sessions runs under. */
export interface ServerDatabaseLimits {
  /** PostgreSQL statement_timeout; 0 or unset leaves PostgreSQL's default (no limit). */
  statementTimeoutMs?: number;
  /** PostgreSQL lock_timeout; 0 or unset leaves PostgreSQL's default (no limit). */
  lockTimeoutMs?: number;
  poolMax?: number;
  /** How long to wait for a free connection before knex gives up (KnexTimeoutError). */
  acquireTimeoutMs?: number;
}

/**
 * Every session of the pool cancels a statement that runs longer than the statement timeout, or
 * waits longer than the lock timeout for a lock (both sent by node-postgres when it connects), so
 * one runaway query or one held lock cannot keep a connection indefinitely; an operation that finds
 * the pool full waits at most the acquire timeout.
 */
export function serverDatabaseLimits(limits: ServerDatabaseLimits): Partial<Options> {
  const connection = {
    ...(limits.statementTimeoutMs ? { statement_timeout: limits.statementTimeoutMs } : {}),
    ...(limits.lockTimeoutMs ? { lock_timeout: limits.lockTimeoutMs } : {}),
  };
  return {
    pool: { min: 0, max: limits.poolMax ?? 10, ...(limits.acquireTimeoutMs ? { acquireTimeoutMillis: limits.acquireTimeoutMs } : {}) },
    ...(Object.keys(connection).length > 0 ? { driverOptions: { connection } } : {}),
  };
}

/** The limits the configuration asks for. */
export function configuredDatabaseLimits(config: AppConfig): ServerDatabaseLimits {
  return {
    statementTimeoutMs: config.DB_STATEMENT_TIMEOUT_MS,
    lockTimeoutMs: config.DB_LOCK_TIMEOUT_MS,
    poolMax: config.DB_POOL_MAX,
    acquireTimeoutMs: config.DB_POOL_ACQUIRE_TIMEOUT_MS,
  };
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
