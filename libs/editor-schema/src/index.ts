/**
 * The one definition of what a rich-text field may hold: the TipTap/ProseMirror schema used by
 * the web editor, the API, the module model and the Xerte import/export, and the conversions
 * between it and HTML. Everything here runs in Node without a DOM.
 */
export type { DocJson, EditorMarkJson, EditorMarkJson as MarkJson, EditorNodeJson, EditorNodeJson as NodeJson } from './doc-json';
export { editorExtensions, editorSchema, TEXT_ALIGNMENTS, VideoEmbed, type TextAlignment } from './extensions';
export { docToHtml } from './doc-to-html';
export { htmlToDoc } from './html-to-doc';
export type { SanitizeReport } from './report';
export { safeOriginalHtml } from './safe-original';
export { sanitizeBoth, sanitizeHtml, type SanitizedBoth, type SanitizedHtml } from './sanitize';
export { docToText, isEmptyDoc } from './text';
export { VIDEO_HOSTS, isAllowedVideoSrc, isSafeImageUrl, isSafeLinkUrl } from './urls';
