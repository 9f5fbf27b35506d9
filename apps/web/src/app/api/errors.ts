/** Error codes the API puts in `errors[].extensions.code`, plus two the client adds itself. */
export const API_ERROR_CODES = [
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'CONFLICT',
  'TOO_MANY_REQUESTS',
] as const;

/** NETWORK: no (usable) answer from the server; INTERNAL: any code we do not know. */
export type ErrorCode = (typeof API_ERROR_CODES)[number] | 'NETWORK' | 'INTERNAL';

/** One entry of a GraphQL response's `errors` array, as far as we read it. */
export interface GraphQLErrorPayload {
  message: string;
  path?: ReadonlyArray<string | number>;
  extensions?: {
    code?: string;
    /** The input field the error is about, e.g. `input.email`. */
    field?: string;
    /** Seconds after which a throttled request may be retried. */
    retryAfterSeconds?: number;
    /** Optional machine-readable reason, e.g. `common` for a refused password. */
    reason?: string;
  };
}

export interface ApiErrorDetail {
  code: ErrorCode;
  /** The last segment of `extensions.field` (`input.email` → `email`), when present. */
  field?: string;
  /** The server's message without a leading `field: ` prefix. */
  message: string;
  reason?: string;
  retryAfterSeconds?: number;
  path?: ReadonlyArray<string | number>;
}

const normalizeCode = (code: string | undefined): ErrorCode =>
  API_ERROR_CODES.includes(code as (typeof API_ERROR_CODES)[number]) ? (code as ErrorCode) : 'INTERNAL';

function toDetail(error: GraphQLErrorPayload): ApiErrorDetail {
  const rawField = error.extensions?.field;
  const field = rawField ? rawField.split('.').pop() : undefined;
  const message = rawField && error.message.startsWith(`${rawField}: `) ? error.message.slice(rawField.length + 2) : error.message;
  const retry = error.extensions?.retryAfterSeconds;
  return {
    code: normalizeCode(error.extensions?.code),
    field,
    message,
    reason: error.extensions?.reason,
    retryAfterSeconds: typeof retry === 'number' && retry > 0 ? Math.ceil(retry) : undefined,
    path: error.path,
  };
}

export class ApiError extends Error {
  readonly code: ErrorCode;
  readonly details: ApiErrorDetail[];

  constructor(details: ApiErrorDetail[]) {
    const first = details[0] ?? { code: 'INTERNAL', message: 'Unknown error' };
    super(first.message);
    this.name = 'ApiError';
    this.code = first.code;
    this.details = details.length > 0 ? details : [first];
  }

  static fromGraphQL(errors: readonly GraphQLErrorPayload[]): ApiError {
    return new ApiError(errors.map(toDetail));
  }

  static network(message = 'Network error'): ApiError {
    return new ApiError([{ code: 'NETWORK', message }]);
  }

  /** The first error the API reported, or the first with this code. */
  detail(code?: ErrorCode): ApiErrorDetail | undefined {
    return code ? this.details.find((d) => d.code === code) : this.details[0];
  }

  has(code: ErrorCode): boolean {
    return this.details.some((d) => d.code === code);
  }

  get retryAfterSeconds(): number | undefined {
    return this.details.find((d) => d.retryAfterSeconds)?.retryAfterSeconds;
  }
}

/** Wraps anything thrown by an API call, so components deal with ApiError only. */
export const asApiError = (error: unknown): ApiError =>
  error instanceof ApiError ? error : ApiError.network(error instanceof Error ? error.message : String(error));
