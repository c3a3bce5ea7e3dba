import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import pino, { type DestinationStream, type Logger } from 'pino';

export type HubLogger = Logger;
export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

/** A client's X-Request-Id when it is a plain token (so a proxy's id links the lines), else a new one. */
export function requestIdOf(request: IncomingMessage): string {
  const offered = request.headers['x-request-id'];
  return typeof offered === 'string' && /^[A-Za-z0-9._:-]{1,64}$/.test(offered) ? offered : randomUUID();
}

/** PostgreSQL errors as MikroORM wraps them: their message repeats the statement with its values. */
interface DatabaseErrorShape {
  sqlState?: string;
  code?: string;
}

/**
 * Errors without the values that may be personal data: a driver error's message echoes the SQL
 * and its parameters, so only its SQLSTATE and the stack's frames are kept.
 */
function serializeError(error: unknown): Record<string, unknown> {
  if (!(error instanceof Error)) return { type: typeof error, value: error === undefined ? 'undefined' : 'non-error value' };
  const frames = (error.stack ?? '').split('\n').slice(1).join('\n');
  const database = error as Error & DatabaseErrorShape;
  if (database.sqlState || /Exception$/.test(error.name)) {
    return { type: error.name, sqlState: database.sqlState ?? database.code, message: 'database error (statement and values not logged)', stack: frames };
  }
  return { type: error.name, message: error.message, stack: frames };
}

/**
 * JSON lines on stdout (or `destination`). Authorization headers, tokens and passwords are
 * redacted wherever they appear, as a second line of defence: the hub never logs headers,
 * variables or query strings in the first place.
 *
 * Stdout is written asynchronously: a synchronous write per request line cost the requests page
 * about 5% of the hub's CPU. Lines logged while a write is in flight go out together with the
 * next one, and pino flushes what is left when the process exits.
 */
export function createLogger(level: (typeof LOG_LEVELS)[number], destination?: DestinationStream): HubLogger {
  return pino(
    {
      level,
      base: { service: 'community-budget-hub' },
      timestamp: pino.stdTimeFunctions.isoTime,
      serializers: { err: serializeError },
      redact: { paths: ['authorization', 'token', 'password', '*.authorization', '*.token', '*.password', 'headers.authorization', 'connectionParams'], censor: '[redacted]' },
    },
    destination ?? pino.destination({ dest: 1, sync: false }),
  );
}
