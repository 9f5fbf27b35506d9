import fc from 'fast-check';
import { decodeCursor, encodeCursor } from './cursor';
import { DomainError } from './errors';

describe('cursor', () => {
  it('round-trips any position', () => {
    fc.assert(
      fc.property(fc.string(), fc.uuid(), (key, id) => {
        expect(decodeCursor(encodeCursor({ key, id }))).toEqual({ key, id });
      }),
    );
  });

  it.each([
    ['garbage', '%%%'],
    ['json that is not a pair', Buffer.from('{"a":1}').toString('base64url')],
    ['numbers', Buffer.from('[1,2]').toString('base64url')],
    ['too long', 'a'.repeat(600)],
  ])('rejects %s as BAD_USER_INPUT naming the field', (_name, cursor) => {
    try {
      decodeCursor(cursor, 'modules.after');
      throw new Error('expected a DomainError');
    } catch (error) {
      expect(error).toBeInstanceOf(DomainError);
      expect((error as DomainError).code).toBe('BAD_USER_INPUT');
      expect((error as DomainError).field).toBe('modules.after');
    }
  });
});
