/** Checks a value an author sets against its field declaration, before it enters the document. */
import { badInput } from '@samenwijs/core';
import { checkLength } from '../limits';
import type { FieldDef } from '../registry-types';

/** Xerte's canonical media reference, or an http(s) URL (§4.2 of the Xerte reference). */
export const MEDIA_EXPRESSION = /^\s*FileLocation\s*\+\s*'(\/?media\/[^'\\]+)'\s*$/;
const HTTP_URL = /^https?:\/\/[^\s"'<>\\]+$/i;
const COLOUR = /^0x[0-9a-f]{6}$/i;
const NUMBER = /^-?(\d+(\.\d*)?|\.\d+)$/;
const PAGE_REF = /^[A-Za-z0-9_.:-]+$/;
/** C0 controls other than tab, newline and carriage return cannot be written to XML. */
// eslint-disable-next-line no-control-regex
const XML_FORBIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/;

/** Attribute names as XML allows them (ASCII subset; Xerte's are ASCII). */
export const ATTRIBUTE_NAME = /^[A-Za-z_][A-Za-z0-9_.-]*$/;

export function isMediaReference(value: string): boolean {
  return MEDIA_EXPRESSION.test(value) || HTTP_URL.test(value.trim());
}

/** Throws BAD_USER_INPUT naming the field when the value does not fit its declaration. */
export function validateFieldValue(field: FieldDef, value: string, what: string): void {
  checkLength(field, value, what, 'author');
  if (XML_FORBIDDEN.test(value)) throw badInput(what, 'contains control characters', 'control_characters');
  const empty = value.trim() === '';
  switch (field.kind) {
    case 'boolean':
      if (value !== 'true' && value !== 'false') throw badInput(what, 'must be "true" or "false"', 'not_boolean');
      return;
    case 'choice': {
      const allowed = [...(field.options ?? []).map((o) => o.value), ...(field.acceptedValues ?? [])];
      if (!allowed.includes(value)) throw badInput(what, `must be one of ${allowed.map((v) => JSON.stringify(v)).join(', ')}`, 'not_an_option');
      return;
    }
    case 'number': {
      if (empty) return;
      if (!NUMBER.test(value.trim())) throw badInput(what, 'must be a number', 'not_a_number');
      const n = Number(value);
      if (field.min !== undefined && n < field.min) throw badInput(what, `must be at least ${field.min}`, 'below_minimum');
      if (field.max !== undefined && n > field.max) throw badInput(what, `must be at most ${field.max}`, 'above_maximum');
      return;
    }
    case 'colour':
      if (!empty && !COLOUR.test(value)) throw badInput(what, 'must be a colour 0xRRGGBB', 'not_a_colour');
      return;
    case 'media':
      if (!empty && !isMediaReference(value)) throw badInput(what, "must be FileLocation + 'media/…' or an http(s) URL", 'not_a_media_reference');
      return;
    case 'pageRef':
      if (!empty && !PAGE_REF.test(value)) throw badInput(what, 'must be a page id', 'not_a_page_id');
      return;
    case 'plainText':
      if (!field.multiline && /[\r\n]/.test(value)) throw badInput(what, 'must be a single line', 'multiple_lines');
      return;
    default:
      return;
  }
}
