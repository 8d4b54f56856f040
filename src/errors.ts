import { GraphQLError } from 'graphql';

/** The stable codes clients can rely on in `extensions.code`. */
export type ErrorCode = 'BAD_USER_INPUT' | 'NOT_FOUND' | 'CONFLICT' | 'IMPORT_FAILED' | 'TIMEOUT' | 'SERVICE_UNAVAILABLE'
  | 'UNAUTHENTICATED' | 'FORBIDDEN';

export interface InputIssue {
  /** Dotted path of the field at fault, e.g. `input.startYear`. */
  readonly field: string;
  readonly message: string;
}

/** An expected failure: its message and code reach the client as they are. */
export abstract class DomainError extends GraphQLError {
  protected constructor(message: string, code: ErrorCode, extensions: Record<string, unknown> = {}) {
    super(message, { extensions: { code, ...extensions } });
  }
}

export class BadUserInputError extends DomainError {
  constructor(readonly issues: readonly InputIssue[]) {
    const summary = issues.map((issue) => `${issue.field}: ${issue.message}`).join('; ');
    super(`Invalid input: ${summary}`, 'BAD_USER_INPUT', {
      field: issues[0]?.field,
      issues: issues.map((issue) => ({ ...issue })),
    });
  }

  static of(field: string, message: string): BadUserInputError {
    return new BadUserInputError([{ field, message }]);
  }
}

export class NotFoundError extends DomainError {
  constructor(what: string, key: string, field: string) {
    super(`${what} '${key}' does not exist`, 'NOT_FOUND', { field });
  }
}

export class ConflictError extends DomainError {
  constructor(message: string, field?: string) {
    super(message, 'CONFLICT', field ? { field } : {});
  }
}

/** A bulk import that failed while writing; its transaction was rolled back, so nothing changed. */
export class ImportFailed extends DomainError {
  constructor(message: string) {
    super(message, 'IMPORT_FAILED');
  }
}

/** The database gave up on a transaction that ran longer than NEO4J_TX_TIMEOUT_MS; it was rolled back. */
export class TimeoutError extends DomainError {
  constructor() {
    super('The operation took too long and was cancelled; nothing was changed. Ask for less (smaller pages, fewer nested fields) or try again later', 'TIMEOUT');
  }
}

/**
 * The database cannot be reached (down, restarting, network). Answered with HTTP 503 so that
 * clients and load balancers know to retry later; a write that met it was not committed.
 */
export class ServiceUnavailableError extends DomainError {
  constructor() {
    super('The database is unavailable; try again shortly', 'SERVICE_UNAVAILABLE', { http: { status: 503 } });
  }
}
