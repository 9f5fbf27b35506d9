/**
 * Every way a Xerte import can fail, as a stable code. Callers (the API's import route, the
 * CLI) map the code once; the message is for people and never contains more than a short,
 * truncated excerpt of the input.
 */
export const XERTE_ERROR_CODES = [
  /** Not XML at all, or XML that is not well-formed even after Xerte's own repairs. */
  'not_xml',
  /** A DOCTYPE, DTD or entity declaration: refused outright (XXE, billion laughs). */
  'dtd_forbidden',
  /** Input larger than the byte limit. */
  'too_large',
  /** Elements nested deeper than the depth limit. */
  'too_deep',
  /** More elements than the node limit. */
  'too_many_nodes',
  /** More attributes on one element than the attribute limit. */
  'too_many_attributes',
  /** One attribute value longer than the attribute-size limit. */
  'attribute_too_large',
  /** The root element is not `<learningObject>`. */
  'wrong_root',
  /** `targetFolder` names another Xerte template family (`site`, `decision`, …). */
  'wrong_template',
  /** More than one root element. */
  'multiple_roots',
  /** The zip could not be read (corrupt, encrypted, lying sizes). */
  'bad_zip',
  /** A zip entry name that could escape the target folder (`..`, absolute, `C:`, `\`, NUL) or a symlink. */
  'unsafe_zip_entry',
  /** Too many zip entries, too many bytes uncompressed, or a suspicious compression ratio. */
  'zip_bomb',
  /** The zip holds no `template.xml` or `data.xml` at its root. */
  'no_project_xml',
  /** A module JSON document that does not have the module shape. */
  'bad_module_json',
  /** The file could not be read at all. */
  'unreadable',
] as const;

export type XerteErrorCode = (typeof XERTE_ERROR_CODES)[number];

export class XerteImportError extends Error {
  constructor(
    readonly code: XerteErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'XerteImportError';
  }
}

export const isXerteImportError = (error: unknown): error is XerteImportError => error instanceof XerteImportError;

/** A short, printable excerpt of untrusted input for an error message. */
export function excerpt(value: string, max = 40): string {
  // eslint-disable-next-line no-control-regex -- control characters are what this removes
  const clean = value.replace(/[\u0000-\u001f\u007f]/g, ' ');
  return clean.length > max ? `${clean.slice(0, max)}…` : clean;
}
