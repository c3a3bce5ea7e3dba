/**
 * The one error family of the hub. Services throw these; `formatError` maps them to
 * `extensions.code` once, and masks everything else.
 */
export type DomainErrorCode =
  | 'BAD_USER_INPUT'
  | 'NOT_FOUND'
  | 'FORBIDDEN'
  | 'UNAUTHENTICATED'
  | 'CONFLICT'
  | 'QUERY_TOO_COMPLEX'
  | 'LIMIT_EXCEEDED'
  | 'SERVICE_BUSY'
  | 'EXPORT_LINK_INVALID'
  | 'EXPORT_LINK_EXPIRED';

export class DomainError extends Error {
  constructor(
    readonly code: DomainErrorCode,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = new.target.name;
  }
}

export class BadUserInputError extends DomainError {
  constructor(message: string, details: Record<string, unknown> = {}) {
    super('BAD_USER_INPUT', message, details);
  }
}

export class NotFoundError extends DomainError {
  constructor(entity: string, id: string) {
    super('NOT_FOUND', `${entity} ${id} was not found`, { entity, id });
  }
}

export class ForbiddenError extends DomainError {
  constructor(message = 'You are not allowed to do this') {
    super('FORBIDDEN', message);
  }
}

export class UnauthenticatedError extends DomainError {
  constructor(message = 'A valid bearer token is required') {
    super('UNAUTHENTICATED', message);
  }
}

export class ConflictError extends DomainError {
  constructor(message: string, details: Record<string, unknown> = {}) {
    super('CONFLICT', message, details);
  }
}

/** A fair-use bound was reached (e.g. too many queued scenario runs); retry once some finish. */
export class LimitExceededError extends DomainError {
  constructor(message: string, details: Record<string, unknown> = {}) {
    super('LIMIT_EXCEEDED', message, details);
  }
}

/**
 * The hub could not serve the operation now, through no fault of the request: no database
 * connection came free in time, a lock was not granted in time, or PostgreSQL aborted the
 * transaction as a deadlock or serialization failure. Nothing was changed; retrying after
 * `retryAfterSeconds` can succeed.
 */
export class ServiceBusyError extends DomainError {
  constructor(message: string, details: Record<string, unknown> = {}) {
    super('SERVICE_BUSY', message, { retryAfterSeconds: 1, ...details });
  }
}

/** A signed download link that was altered, made for another download, or not made by this hub. */
export class ExportLinkInvalidError extends DomainError {
  constructor(message: string) {
    super('EXPORT_LINK_INVALID', message);
  }
}

/** A signed download link past its expiry: ask for a new one. */
export class ExportLinkExpiredError extends DomainError {
  constructor(message: string, details: Record<string, unknown> = {}) {
    super('EXPORT_LINK_EXPIRED', message, details);
  }
}
