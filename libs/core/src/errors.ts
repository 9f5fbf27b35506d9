/**
 * Domain errors carry a stable code. Transport layers map the code once
 * (GraphQL `extensions.code`, HTTP status); nothing else about the error leaks.
 */
export const ERROR_CODES = [
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'CONFLICT',
  'TOO_MANY_REQUESTS',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    /** The input field the error is about, e.g. `input.email`. */
    readonly field?: string,
    /** Seconds after which a throttled request may be retried. */
    readonly retryAfterSeconds?: number,
    /** A machine-readable reason within the code, e.g. a password rule (`too_short`). */
    readonly reason?: string,
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

export const badInput = (field: string, message: string, reason?: string): DomainError =>
  new DomainError('BAD_USER_INPUT', `${field}: ${message}`, field, undefined, reason);

export const notFound = (what: string, field?: string): DomainError =>
  new DomainError('NOT_FOUND', `${what} not found`, field);

export const forbidden = (message = 'You are not allowed to do this'): DomainError =>
  new DomainError('FORBIDDEN', message);

export const unauthenticated = (message = 'Sign in first'): DomainError =>
  new DomainError('UNAUTHENTICATED', message);

export const conflict = (message: string, field?: string): DomainError =>
  new DomainError('CONFLICT', message, field);

export const isDomainError = (error: unknown): error is DomainError => error instanceof DomainError;
