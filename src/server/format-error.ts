import { GraphQLError, Kind, type GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { DriverException, ForeignKeyConstraintViolationException, NotNullConstraintViolationException, OptimisticLockError, UniqueConstraintViolationException } from '@mikro-orm/core';
import { ArgumentValidationError } from 'type-graphql';
import { DomainError, ServiceBusyError } from '../core/errors';
import { validationProblems } from './input-checks';
import { QueryTooComplexError, TOKEN_LIMIT_MESSAGE } from './limits';

/**
 * PostgreSQL's SQLSTATE class 22, "data exception": a value the database cannot store (a malformed
 * UUID, a number too large for its column, an impossible date, a NUL byte). The input checks
 * refuse these with the argument's path first; this is the backstop.
 */
const DATA_EXCEPTION_CLASS = '22';

/** graphql-js's own rule (MaxIntrospectionDepthRule) against nested `fields { type { fields ...` bombs. */
const INTROSPECTION_DEPTH_MESSAGE = 'Maximum introspection depth exceeded';

/** SQLSTATE of a statement cancelled by DB_STATEMENT_TIMEOUT_MS (PostgreSQL's statement_timeout). */
const QUERY_CANCELED = '57014';

/**
 * SQLSTATEs after which the same operation can succeed if retried: a lock not granted within
 * DB_LOCK_TIMEOUT_MS (55P03 lock_not_available), and a transaction PostgreSQL aborted to resolve a
 * conflict with another (40001 serialization_failure, 40P01 deadlock_detected).
 */
const RETRYABLE_SQLSTATES: Record<string, string> = {
  '55P03': 'A database lock was not granted in time',
  '40001': 'The database aborted the transaction because of a concurrent change',
  '40P01': 'The database aborted the transaction to resolve a deadlock',
};

/** knex's KnexTimeoutError: no pooled connection came free within DB_POOL_ACQUIRE_TIMEOUT_MS (MikroORM may wrap it, keeping the message). */
const POOL_TIMEOUT_MESSAGE = /^Knex: Timeout acquiring a connection/;

/**
 * The hub was too busy for this operation, whatever it asked: answered SERVICE_BUSY, never as an
 * internal error. Looks through the causes, because Apollo wraps a failure of context creation (the
 * token lookup needs a connection too).
 */
export function serviceBusyErrorOf(error: unknown): ServiceBusyError | null {
  for (let cause = error, depth = 0; cause instanceof Error && depth < 5; cause = (cause as { originalError?: unknown }).originalError ?? cause.cause, depth += 1) {
    if (cause instanceof ServiceBusyError) return cause;
    if (cause.name === 'KnexTimeoutError' || POOL_TIMEOUT_MESSAGE.test(cause.message)) {
      return new ServiceBusyError('The hub is busy: no database connection came free in time; try again in a moment', { reason: 'connectionPool' });
    }
    const sqlState = (cause as { code?: unknown }).code;
    if (typeof sqlState === 'string' && sqlState in RETRYABLE_SQLSTATES) {
      return new ServiceBusyError(`${RETRYABLE_SQLSTATES[sqlState]}; nothing was changed, try again in a moment`, { reason: sqlState === '55P03' ? 'lockTimeout' : 'transactionConflict' });
    }
  }
  return null;
}

/** Logs an unexpected error; `requestId` links the line to its request's (absent outside a request). */
export type ErrorLogger = (error: unknown, requestId?: string) => void;

/**
 * The request an error of an HTTP operation belongs to. Apollo calls formatError without any
 * context, so the request id travels with the error object itself (weakly held).
 */
const requestIdsOfErrors = new WeakMap<object, string>();

export function attributeErrors(errors: readonly unknown[], requestId: string): void {
  for (const error of errors) if (typeof error === 'object' && error !== null) requestIdsOfErrors.set(error, requestId);
}

function attributedRequestId(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  // Apollo wraps a failed context creation in a GraphQLError of its own.
  const wrapped = (error as { originalError?: unknown }).originalError;
  return requestIdsOfErrors.get(error) ?? (typeof wrapped === 'object' && wrapped !== null ? requestIdsOfErrors.get(wrapped) : undefined);
}

/** GraphQL's own errors (syntax, validation, variables) already carry a code and a safe message. */
const GRAPHQL_CODES = new Set(['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_USER_INPUT', 'PERSISTED_QUERY_NOT_FOUND', 'OPERATION_RESOLUTION_FAILURE', 'BAD_REQUEST', 'QUERY_TOO_COMPLEX']);

/**
 * graphql-js reports a problem of the request itself (a variable that does not coerce, variables
 * past its 50-error limit) as a GraphQLError with no code and no path, caused by nothing or by a
 * scalar's own GraphQLError: the client's doing. Resolver errors always carry a path.
 */
function isRequestError(error: unknown): error is GraphQLError {
  if (!(error instanceof GraphQLError) || error.path || error.extensions.code !== undefined) return false;
  return !error.originalError || error.originalError instanceof GraphQLError || (error.nodes ?? []).some((node) => node.kind === Kind.VARIABLE_DEFINITION);
}

/** The one place where errors become `extensions.code`; anything unknown is masked and logged. */
export function createFormatError(logUnexpected: ErrorLogger) {
  return (formatted: GraphQLFormattedError, error: unknown, requestId = attributedRequestId(error)): GraphQLFormattedError => {
    const logError = (unexpected: unknown) => logUnexpected(unexpected, requestId);
    const busy = serviceBusyErrorOf(error);
    // Logged, because a full pool or locks held too long are for the operators to look into.
    if (busy) logError(error);
    const original = busy ?? unwrapResolverError(error);
    const base = { message: formatted.message, locations: formatted.locations, path: formatted.path };
    if (original instanceof DomainError) {
      return { ...base, message: original.message, extensions: { code: original.code, ...original.details } };
    }
    // Apollo re-labels every validation error GRAPHQL_VALIDATION_FAILED and a token overflow GRAPHQL_PARSE_FAILED.
    const cause = original instanceof GraphQLError ? original.originalError : undefined;
    if (cause instanceof QueryTooComplexError) return { ...base, extensions: { ...cause.extensions } };
    if (TOKEN_LIMIT_MESSAGE.test(formatted.message)) {
      return { ...base, message: formatted.message.replace(/^Syntax Error: /, ''), extensions: { code: 'QUERY_TOO_COMPLEX', limit: 'tokens' } };
    }
    if (formatted.message === INTROSPECTION_DEPTH_MESSAGE) return { ...base, extensions: { code: 'QUERY_TOO_COMPLEX', limit: 'introspectionDepth' } };
    if (original instanceof ArgumentValidationError) {
      const fields = validationProblems(original, null);
      const message = fields.map(({ field, problems }) => `${field}: ${problems.join(', ')}`).join('; ');
      return { ...base, message: message || 'Invalid input', extensions: { code: 'BAD_USER_INPUT', fields } };
    }
    if (original instanceof OptimisticLockError) {
      return { ...base, message: 'This record was changed by someone else; reload it and try again', extensions: { code: 'CONFLICT' } };
    }
    if (original instanceof UniqueConstraintViolationException) {
      return { ...base, message: 'A record with the same unique value already exists', extensions: { code: 'CONFLICT' } };
    }
    if (original instanceof ForeignKeyConstraintViolationException) {
      return { ...base, message: 'A referenced record does not exist or is still in use', extensions: { code: 'BAD_USER_INPUT' } };
    }
    if (original instanceof NotNullConstraintViolationException) {
      return { ...base, message: 'A required value is missing', extensions: { code: 'BAD_USER_INPUT' } };
    }
    if (original instanceof DriverException && original.code === QUERY_CANCELED) {
      logError(original);
      return { ...base, message: 'The operation ran longer than the database allows; ask for less', extensions: { code: 'QUERY_TOO_COMPLEX', limit: 'statementTimeout' } };
    }
    if (original instanceof DriverException && original.code?.startsWith(DATA_EXCEPTION_CLASS)) {
      return { ...base, message: 'A value cannot be stored as given (for example an id that is not a UUID, or a number too large)', extensions: { code: 'BAD_USER_INPUT' } };
    }
    const code = formatted.extensions?.code;
    if (typeof code === 'string' && GRAPHQL_CODES.has(code)) return formatted;
    if (isRequestError(original)) return { ...base, extensions: { code: 'BAD_USER_INPUT' } };
    logError(original);
    return { ...base, message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } };
  };
}
