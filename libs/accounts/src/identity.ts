import { badInput } from '@samenwijs/core';

export const LIMITS = {
  name: 120,
  email: 254,
  schoolName: 200,
  groupName: 120,
  sector: 120,
  description: 5000,
  moduleTitle: 200,
  slug: 60,
} as const;

// Deliberately simple: one @, no spaces, a dot in the domain. RFC 5322 allows far more, but
// nobody at a Dutch school has a quoted local part, and the invitation mail proves the rest.
const EMAIL = /^[^\s@"<>()[\],;:\\]+@[^\s@"<>()[\],;:\\]+\.[^\s@"<>()[\],;:\\]{2,}$/u;

/** E-mail addresses are unique case-insensitively; this is the form we store and compare. */
export function normalizeEmail(raw: string, field = 'email'): string {
  const email = raw.trim().toLowerCase();
  if (email.length > LIMITS.email) throw badInput(field, `must be at most ${LIMITS.email} characters`);
  if (!EMAIL.test(email)) throw badInput(field, 'is not a valid e-mail address');
  return email;
}

/** A trimmed, single-line, non-empty display text within a limit. */
export function cleanText(raw: string, field: string, max: number, options: { multiline?: boolean; allowEmpty?: boolean } = {}): string {
  if (raw.length > max * 4) throw badInput(field, `must be at most ${max} characters`);
  const value = raw.normalize('NFC').trim();
  if (!options.allowEmpty && value.length === 0) throw badInput(field, 'must not be empty');
  if ([...value].length > max) throw badInput(field, `must be at most ${max} characters`);
  // eslint-disable-next-line no-control-regex
  const forbidden = options.multiline ? /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/u : /[\u0000-\u001F\u007F]/u;
  if (forbidden.test(value)) throw badInput(field, 'contains control characters');
  return value;
}

/**
 * BRIN ("Basisregistratie Instellingen") codes of Dutch schools: two digits and two
 * letters, e.g. 25LX. Stored upper case.
 */
export function normalizeBrin(raw: string, field = 'brin'): string {
  const brin = raw.trim().toUpperCase();
  if (!/^[0-9]{2}[A-Z]{2}$/.test(brin)) throw badInput(field, 'must be a BRIN code of two digits and two letters, e.g. 25LX');
  return brin;
}

/** URL-safe group slug from a name: "Zorg & Technologie" → "zorg-technologie". */
export function slugify(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, LIMITS.slug)
    .replace(/-+$/g, '');
  return slug || 'groep';
}

export function normalizeSlug(raw: string, field = 'slug'): string {
  const slug = raw.trim().toLowerCase();
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug) || slug.length > LIMITS.slug) {
    throw badInput(field, `must be lower-case letters, digits and single dashes, at most ${LIMITS.slug} characters`);
  }
  return slug;
}

/** BCP 47-ish language tags we accept for modules: "nl", "en", "nl-NL", "fy". */
export function normalizeLanguage(raw: string, field = 'language'): string {
  const value = raw.trim();
  if (!/^[a-zA-Z]{2,3}(?:-[a-zA-Z0-9]{2,8})*$/.test(value) || value.length > 35) {
    throw badInput(field, 'must be a language tag such as nl or en-GB');
  }
  const [primary, ...rest] = value.split('-');
  return [primary.toLowerCase(), ...rest.map((part) => (part.length === 2 ? part.toUpperCase() : part))].join('-');
}
