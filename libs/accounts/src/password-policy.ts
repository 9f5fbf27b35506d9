import { badInput } from '@samenwijs/core';
import { COMMON_PASSWORDS } from './common-passwords';

export const PASSWORD_MIN_LENGTH = 10;
/** Argon2 would hash longer input, but nobody types this much and it bounds the work per login. */
export const PASSWORD_MAX_LENGTH = 256;

export type PasswordProblem = 'too_short' | 'too_long' | 'common' | 'repetitive' | 'contains_email';

/** Returns why a password is refused, or null when it is acceptable. */
export function passwordProblem(password: string, context: { email?: string } = {}): PasswordProblem | null {
  const length = [...password].length;
  if (length < PASSWORD_MIN_LENGTH) return 'too_short';
  if (length > PASSWORD_MAX_LENGTH) return 'too_long';
  const lower = password.toLowerCase();
  if (COMMON_PASSWORDS.has(lower)) return 'common';
  if (new Set(lower).size <= 2 || isRun(lower)) return 'repetitive';
  const local = context.email?.split('@')[0]?.toLowerCase();
  if (local && local.length >= 4 && lower.includes(local)) return 'contains_email';
  return null;
}

const MESSAGES: Record<PasswordProblem, string> = {
  too_short: `must be at least ${PASSWORD_MIN_LENGTH} characters long`,
  too_long: `must be at most ${PASSWORD_MAX_LENGTH} characters long`,
  common: 'is too common; choose a less predictable password',
  repetitive: 'is a repetition or a keyboard run; choose a less predictable password',
  contains_email: 'must not contain your e-mail address',
};

export function assertAcceptablePassword(password: string, field: string, context: { email?: string } = {}): void {
  const problem = passwordProblem(password, context);
  if (problem) throw badInput(field, `password ${MESSAGES[problem]}`, problem);
}

/** "abcdefghij", "9876543210": each character one step from the previous. */
function isRun(value: string): boolean {
  const codes = [...value].map((c) => c.codePointAt(0) ?? 0);
  const step = codes[1] - codes[0];
  if (Math.abs(step) !== 1) return false;
  return codes.every((code, i) => i === 0 || code - codes[i - 1] === step);
}
