import { Logger } from '@nestjs/common';
import { GraphQLError, GraphQLFormattedError, Kind, parse, visit } from 'graphql';
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
const WRONG_VALUE = /^(Expected value of type|\w+ cannot represent|Field ".+" of required type|Field ".+" argument ".+" of type .+ is required|Argument ".+" of (non-null )?type|Value ".*" does not exist in)/;

/**
 * The argument or input field whose value starts at `position` in the query, as a dotted
 * path (`input.name`), so a wrongly typed value is reported by name like any other bad input.
 */
function fieldAt(source: string, position: number): string | undefined {
  let found: string | undefined;
  const path: string[] = [];
  try {
    visit(parse(source, { noLocation: false }), {
      enter(node) {
        if (node.kind === Kind.ARGUMENT || node.kind === Kind.OBJECT_FIELD) {
          path.push(node.name.value);
          if (node.value.loc?.start === position && !found) found = path.join('.');
        }
      },
      leave(node) {
        if (node.kind === Kind.ARGUMENT || node.kind === Kind.OBJECT_FIELD) path.pop();
      },
    });
  } catch {
    return undefined;
  }
  return found;
}

function requiredArgument(message: string): string | undefined {
  return /argument "([^"]+)" of type .+ is required/.exec(message)?.[1];
}

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
        ...(original.reason ? { reason: original.reason } : {}),
      },
    };
  }
  const code = formatted.extensions?.code;
  // Request errors (parse, validation, variable coercion) happen before execution: no path.
  if (typeof code === 'string' && REQUEST_CODES.has(code) && !formatted.path) {
    const badValue = code === 'GRAPHQL_VALIDATION_FAILED' && WRONG_VALUE.test(formatted.message);
    let field: string | undefined;
    if (badValue && error instanceof GraphQLError) {
      const position = error.positions?.[0];
      field = requiredArgument(formatted.message) ?? (error.source && position !== undefined ? fieldAt(error.source.body, position) : undefined);
    }
    return {
      message: field ? `${field}: ${formatted.message}` : formatted.message,
      locations: formatted.locations,
      extensions: { code: badValue ? 'BAD_USER_INPUT' : code, ...(field ? { field } : {}) },
    };
  }
  logger.error(original instanceof Error ? (original.stack ?? original.message) : String(original));
  return { message: 'Internal server error', path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
}
