import { notFound } from '@samenwijs/core';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * An id argument that is not one of ours cannot name anything: answer NOT_FOUND for it, the
 * same as for an id that does not exist, before it reaches a query.
 */
export function assertId(value: string, field: string, what: string): string {
  if (typeof value !== 'string' || !UUID.test(value)) throw notFound(what, field);
  return value.toLowerCase();
}
