import { Logger } from '@nestjs/common';
import { GraphQLError, GraphQLFormattedError } from 'graphql';
import { isDomainError } from '@samenwijs/core';

const logger = new Logger('GraphQL');

/** Codes Apollo itself produces for malformed requests; passed through with their message. */
const REQUEST_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
]);

// Validation errors that are about argument values having the wrong type are bad input of
// the caller, not a malformed query: answer them as BAD_USER_INPUT like variable errors.
const WRONG_VALUE = /^(Expected value of type|.+ cannot represent|Field ".+" of required type|Argument ".+" of (non-null )?type|Int cannot|Float cannot|Enum ".+" cannot|Value ".*" does not exist in)/;

/**
 * Errors are mapped here, once: domain errors keep their code (and the field they are about);
 * request errors keep Apollo's code; anything else becomes a generic internal error, logged
 * on the server and never described to the client.
 */
export function formatGraphqlError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = error instanceof GraphQLError ? (error.originalError ?? error) : error;
  if (isDomainError(original)) {
    return {
      message: original.message,
      path: formatted.path,
      locations: formatted.locations,
      extensions: {
        code: original.code,
        ...(original.field ? { field: original.field } : {}),
        ...(original.retryAfterSeconds ? { retryAfterSeconds: original.retryAfterSeconds } : {}),
      },
    };
  }
  const code = formatted.extensions?.code;
  // Request errors (parse, validation, variable coercion) happen before execution: no path.
  if (typeof code === 'string' && REQUEST_CODES.has(code) && !formatted.path) {
    const badValue = code === 'GRAPHQL_VALIDATION_FAILED' && WRONG_VALUE.test(formatted.message);
    return {
      message: formatted.message,
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: badValue ? 'BAD_USER_INPUT' : code },
    };
  }
  logger.error(original instanceof Error ? (original.stack ?? original.message) : String(original));
  return { message: 'Internal server error', path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
}
