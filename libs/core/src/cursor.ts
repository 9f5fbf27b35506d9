import { badInput } from './errors';

/**
 * Opaque keyset cursors for stable pagination: a position is (sort key, id), so rows
 * inserted or deleted between page requests never shift or repeat entries.
 */
export interface CursorPosition {
  key: string;
  id: string;
}

export function encodeCursor(position: CursorPosition): string {
  return Buffer.from(JSON.stringify([position.key, position.id]), 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string, field = 'after'): CursorPosition {
  if (cursor.length > 512) throw badInput(field, 'cursor is too long');
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw badInput(field, 'not a valid cursor');
  }
  if (
    !Array.isArray(parsed) ||
    parsed.length !== 2 ||
    typeof parsed[0] !== 'string' ||
    typeof parsed[1] !== 'string'
  ) {
    throw badInput(field, 'not a valid cursor');
  }
  return { key: parsed[0], id: parsed[1] };
}
