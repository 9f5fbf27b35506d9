/**
 * Plain-text helpers for fields whose stored value is HTML but that are edited and shown as
 * text (`plainText` with `html: true`: page titles, button labels, the module title).
 */
import { docToText, htmlToDoc } from '@samenwijs/editor-schema';

/** The text a browser would show for an HTML value: tags dropped, entities decoded. */
export function htmlToPlainText(html: string): string {
  if (html === '') return '';
  if (!/[<&]/.test(html)) return html.trim();
  return docToText(htmlToDoc(html).doc).replace(/\s*\n\s*/g, ' ').trim();
}

/** Text typed by an author, as the HTML value Xerte stores for a one-line wysiwyg field. */
export function plainTextToHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Escapes text for HTML element content and double-quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}
