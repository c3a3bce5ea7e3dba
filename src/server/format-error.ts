import type { GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { DriverException, ForeignKeyConstraintViolationException, OptimisticLockError, UniqueConstraintViolationException } from '@mikro-orm/core';
import { ArgumentValidationError } from 'type-graphql';
import { DomainError } from '../core/errors';

/** PostgreSQL's SQLSTATE for input such as a malformed UUID. */
const INVALID_TEXT_REPRESENTATION = '22P02';

export type ErrorLogger = (error: unknown) => void;

/** GraphQL's own errors (syntax, validation, variables) already carry a code and a safe message. */
const GRAPHQL_CODES = new Set(['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_USER_INPUT', 'PERSISTED_QUERY_NOT_FOUND', 'OPERATION_RESOLUTION_FAILURE', 'BAD_REQUEST', 'QUERY_TOO_COMPLEX']);

/** The one place where errors become `extensions.code`; anything unknown is masked and logged. */
export function createFormatError(logError: ErrorLogger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    const base = { message: formatted.message, locations: formatted.locations, path: formatted.path };
    if (original instanceof DomainError) {
      return { ...base, message: original.message, extensions: { code: original.code, ...original.details } };
    }
    if (original instanceof ArgumentValidationError) {
      const fields = original.extensions.validationErrors?.map((failure) => ({
        field: failure.property,
        problems: Object.values(failure.constraints ?? {}),
      }));
      return { ...base, message: 'Invalid input', extensions: { code: 'BAD_USER_INPUT', fields } };
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
    if (original instanceof DriverException && original.code === INVALID_TEXT_REPRESENTATION) {
      return { ...base, message: 'A value is not in the expected format (for example an id that is not a UUID)', extensions: { code: 'BAD_USER_INPUT' } };
    }
    const code = formatted.extensions?.code;
    if (typeof code === 'string' && GRAPHQL_CODES.has(code)) return formatted;
    logError(original);
    return { ...base, message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } };
  };
}
