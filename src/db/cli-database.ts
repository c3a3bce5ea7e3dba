import { ConnectionException, DriverException, TableNotFoundException } from '@mikro-orm/core';
import type { MikroORM } from '@mikro-orm/postgresql';
import { ConfigError, type AppConfig } from '../config';
import { DomainError } from '../core/errors';
import { connectOrm, migrate } from './database';
import { createDatabaseIfMissing, withDatabase } from './database-admin';
import { EMBEDDED_DATABASE, runningEmbeddedPostgres, startEmbeddedPostgres } from './embedded-postgres';

export interface CliDatabase {
  orm: MikroORM;
  /** Where it is, for the tool's first line of output (no password). */
  description: string;
  /** Closes the connection, and stops the embedded server if this tool started it. */
  close(): Promise<void>;
}

function withoutPassword(url: string): string {
  const parsed = new URL(url);
  parsed.password = '';
  return parsed.toString();
}

/**
 * The database every command-line tool (migrate, import:survey, user:create) works on, found the
 * way `npm start` finds it: DATABASE_URL when set; otherwise the embedded PostgreSQL under
 * EMBEDDED_PG_DIR, the running one if `npm start` has it up, or started for this command (and
 * its migrations applied, as `npm start` would) and stopped again afterwards.
 */
export async function openCliDatabase(config: AppConfig, options: { migrate: boolean }): Promise<CliDatabase> {
  if (config.DATABASE_URL) {
    const orm = await connectOrm(config.DATABASE_URL);
    if (options.migrate) await migrate(orm);
    return { orm, description: withoutPassword(config.DATABASE_URL), close: () => orm.close() };
  }
  const running = runningEmbeddedPostgres(config.EMBEDDED_PG_DIR);
  const embedded = running ? null : await startEmbeddedPostgres({ dataDir: config.EMBEDDED_PG_DIR, port: config.EMBEDDED_PG_PORT, persistent: true });
  const maintenanceUrl = running ?? embedded!.url;
  try {
    await createDatabaseIfMissing(maintenanceUrl, EMBEDDED_DATABASE);
    const orm = await connectOrm(withDatabase(maintenanceUrl, EMBEDDED_DATABASE));
    if (options.migrate || embedded) await migrate(orm);
    return {
      orm,
      description: `the embedded database in ${config.EMBEDDED_PG_DIR} (${running ? 'running' : 'started for this command'})`,
      close: async () => {
        await orm.close();
        await embedded?.stop();
      },
    };
  } catch (error) {
    await embedded?.stop();
    throw error;
  }
}

/** PostgreSQL's SQLSTATE for input such as a malformed UUID. */
const INVALID_TEXT_REPRESENTATION = '22P02';

/**
 * One line a person can act on for whatever stopped a command-line tool, instead of a driver's
 * stack trace: our own errors with their code, bad ids, missing files, an unreachable database.
 */
export function cliErrorMessage(error: unknown): string {
  if (error instanceof ConfigError) return error.message;
  if (error instanceof DomainError) return `${error.code}: ${error.message}`;
  if (error instanceof DriverException && error.code === INVALID_TEXT_REPRESENTATION) {
    return 'BAD_USER_INPUT: a value is not in the expected format (an id must be a UUID such as 3f1c9a52-8d0e-4b7a-9c61-2a4f0e5d7b18)';
  }
  if (error instanceof TableNotFoundException) return 'The database has no hub tables yet: run npm run migrate (or start the hub once)';
  if (error instanceof ConnectionException) return `Cannot reach the database: ${error.message.split('\n')[0]} (is it running? set DATABASE_URL or start the hub with npm start)`;
  const code = (error as NodeJS.ErrnoException | null)?.code;
  if (code === 'ENOENT' || code === 'EACCES' || code === 'EISDIR') return `Cannot read ${(error as NodeJS.ErrnoException).path}: ${code === 'ENOENT' ? 'no such file' : code}`;
  if (code === 'ECONNREFUSED') return `Cannot reach the database: connection refused (is it running? set DATABASE_URL or start the hub with npm start)`;
  return `Failed: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`;
}
