/**
 * Rich text inside the Y.Doc: each field is a `Y.XmlFragment` in the editor schema's shape,
 * which TipTap's Collaboration extension binds to directly. Conversions go through ProseMirror
 * JSON with @tiptap/y-tiptap (the y-prosemirror fork the editor binds with), and HTML through the editor schema (`htmlToDoc` sanitises,
 * `docToHtml` is canonical and safe).
 */
import { docToHtml, editorSchema, htmlToDoc, type DocJson, type NodeJson as PmNodeJson } from '@samenwijs/editor-schema';
import { prosemirrorJSONToYXmlFragment, yXmlFragmentToProsemirrorJSON } from '@tiptap/y-tiptap';
import type * as Y from 'yjs';

const EMPTY_DOC: DocJson = { type: 'doc', content: [{ type: 'paragraph' }] };

/** Replaces the fragment's content with the document (a minimal diff, as the editor would). */
export function writeDocJson(fragment: Y.XmlFragment, doc: DocJson): void {
  prosemirrorJSONToYXmlFragment(editorSchema, doc, fragment);
}

/** Replaces the fragment's content with HTML, sanitised by the editor schema. */
export function writeHtml(fragment: Y.XmlFragment, html: string): void {
  writeDocJson(fragment, html === '' ? EMPTY_DOC : htmlToDoc(html).doc);
}

function isValid(doc: PmNodeJson): boolean {
  try {
    editorSchema.nodeFromJSON(doc).check();
    return true;
  } catch {
    return false;
  }
}

/**
 * The fragment as editor-schema JSON. Reading never changes the Y.Doc: a block that does not fit
 * the schema (any collaborator can send any update) is left out of what is read.
 */
export function readDocJson(fragment: Y.XmlFragment): DocJson {
  const json = yXmlFragmentToProsemirrorJSON(fragment) as DocJson;
  const doc: DocJson = { type: 'doc', content: json.content ?? [] };
  if (doc.content!.length === 0) return EMPTY_DOC;
  if (isValid(doc)) return doc;
  const content = doc.content!.filter((block) => isValid({ type: 'doc', content: [block] }));
  return content.length > 0 ? { type: 'doc', content } : EMPTY_DOC;
}

/** The fragment as canonical editor HTML (`''` when empty). */
export function readHtml(fragment: Y.XmlFragment): string {
  return docToHtml(readDocJson(fragment));
}

/** HTML in the canonical form the model stores and returns. */
export function canonicalHtml(html: string): string {
  return html === '' ? '' : docToHtml(htmlToDoc(html).doc);
}
