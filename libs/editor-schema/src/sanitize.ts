import { nodeToHtml } from './doc-to-html';
import { treeToDoc } from './html-to-doc';
import { parseForSanitizers, type SanitizerTree } from './html-tree';
import type { SanitizeReport } from './report';
import { treeToSafeOriginal } from './safe-original';
import { ImageUrlChecks } from './urls';

/** Sanitised HTML and what the sanitiser removed. */
export interface SanitizedHtml {
  html: string;
  report: SanitizeReport;
}

/** Both sanitisers' results: the editor HTML (`sanitizeHtml`) and the safe original (`safeOriginalHtml`). */
export interface SanitizedBoth extends SanitizedHtml {
  original: SanitizedHtml;
}

/** HTML reduced to the editor schema, in canonical form: `docToHtml(htmlToDoc(html).doc)`. */
export function sanitizeHtml(html: string): SanitizedHtml {
  return editorHtml(parseForSanitizers(html));
}

/**
 * `sanitizeHtml(html)` and, as `original`, `safeOriginalHtml(html)`, from one parse of the
 * input: both are derived from the same tree, and the results are equal to calling the two
 * functions separately. For importers that store both (Xerte: `RichText.html` and
 * `RichText.original.html`).
 */
export function sanitizeBoth(html: string): SanitizedBoth {
  const tree = parseForSanitizers(html);
  // Both passes check the same image sources: each long data URL is scanned once.
  const imageUrls = new ImageUrlChecks();
  const { html: editor, report } = editorHtml(tree, imageUrls);
  return { html: editor, report, original: treeToSafeOriginal(tree, imageUrls) };
}

function editorHtml(tree: SanitizerTree, imageUrls?: ImageUrlChecks): SanitizedHtml {
  const { doc, report } = treeToDoc(tree, imageUrls);
  return { html: nodeToHtml(doc, true), report };
}
