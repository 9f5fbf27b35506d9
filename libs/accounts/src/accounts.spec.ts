import fc from 'fast-check';
import { DomainError } from '@samenwijs/core';
import {
  assertAcceptablePassword,
  cleanText,
  normalizeBrin,
  normalizeEmail,
  normalizeLanguage,
  normalizeSlug,
  passwordProblem,
  slugify,
} from './index';

const codeOf = (fn: () => unknown): string | undefined => {
  try {
    fn();
    return undefined;
  } catch (error) {
    return (error as DomainError).code;
  }
};

describe('password policy', () => {
  it.each([
    ['kort', 'too_short'],
    ['123456789', 'too_short'],
    ['1234567890', 'common'],
    ['Wachtwoord123', 'common'],
    ['aaaaaaaaaaaa', 'repetitive'],
    ['abababababab', 'repetitive'],
    ['abcdefghijklm', 'repetitive'],
    ['x'.repeat(257) + 'yz', 'too_long'],
    ['janssen-2026-zomer', 'contains_email'],
    ['correct horse battery', null],
    ['Tr0uble-Met-Koffie', null],
  ])('%s → %s', (password, expected) => {
    expect(passwordProblem(password, { email: 'janssen@school.nl' })).toBe(expected);
  });

  it('throws BAD_USER_INPUT naming the field', () => {
    expect(() => assertAcceptablePassword('kort', 'input.password')).toThrow('input.password');
    try {
      assertAcceptablePassword('Wachtwoord123', 'input.password');
    } catch (error) {
      expect(error).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.password', reason: 'common' });
    }
    expect.assertions(2);
  });
});

describe('identity values', () => {
  it.each([
    ['Jan@School.NL ', 'jan@school.nl'],
    ['a.b+c@roc-midden.nl', 'a.b+c@roc-midden.nl'],
  ])('normalises e-mail %s', (raw, expected) => expect(normalizeEmail(raw)).toBe(expected));

  it.each(['', 'geen-apenstaart', 'a@b', 'a b@c.nl', 'a@@b.nl', '<a>@b.nl', `${'a'.repeat(250)}@b.nl`])(
    'refuses e-mail %j',
    (raw) => expect(codeOf(() => normalizeEmail(raw))).toBe('BAD_USER_INPUT'),
  );

  it.each([
    ['25lx', '25LX'],
    [' 00GT ', '00GT'],
  ])('normalises BRIN %s', (raw, expected) => expect(normalizeBrin(raw)).toBe(expected));

  it.each(['25L', 'LX25', '25LXX', '2 5LX', ''])('refuses BRIN %j', (raw) =>
    expect(codeOf(() => normalizeBrin(raw))).toBe('BAD_USER_INPUT'),
  );

  it('slugifies Dutch names', () => {
    expect(slugify('Zorg & Technologie')).toBe('zorg-technologie');
    expect(slugify('Schoonheidsverzorging ')).toBe('schoonheidsverzorging');
    expect(slugify('Café Één')).toBe('cafe-een');
    expect(slugify('!!!')).toBe('groep');
  });

  it('every slug from slugify is a valid slug', () => {
    fc.assert(fc.property(fc.string({ maxLength: 200 }), (name) => expect(normalizeSlug(slugify(name))).toBe(slugify(name))));
  });

  it('cleanText trims, bounds and refuses control characters', () => {
    expect(cleanText('  Zorg  ', 'name', 10)).toBe('Zorg');
    expect(codeOf(() => cleanText('x'.repeat(100_000), 'name', 120))).toBe('BAD_USER_INPUT');
    expect(codeOf(() => cleanText('   ', 'name', 10))).toBe('BAD_USER_INPUT');
    expect(codeOf(() => cleanText('a\u0000b', 'name', 10))).toBe('BAD_USER_INPUT');
    expect(cleanText('regel 1\nregel 2', 'description', 100, { multiline: true })).toBe('regel 1\nregel 2');
    expect(cleanText('', 'description', 100, { allowEmpty: true })).toBe('');
  });

  it.each([
    ['nl', 'nl'],
    ['EN-gb', 'en-GB'],
    ['fy', 'fy'],
  ])('normalises language %s', (raw, expected) => expect(normalizeLanguage(raw)).toBe(expected));

  it.each(['', 'nederlands-taal-x', '12', 'n'])('refuses language %j', (raw) =>
    expect(codeOf(() => normalizeLanguage(raw))).toBe('BAD_USER_INPUT'),
  );
});
