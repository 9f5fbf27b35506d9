import type { Mark, Node as PMNode } from '@tiptap/pm/model';
import type { DocJson } from './doc-json';
import { editorSchema } from './extensions';
import { escapeAttribute as attr, escapeText } from './html-tree';
import { CODE_LANGUAGE, dimension, ORDERED_LIST_TYPES, PAGE_ID } from './attribute-rules';
import { TEXT_ALIGNMENTS } from './extensions';
import { isSafeImageUrl, isSafeLinkUrl, videoEmbedUrl } from './urls';

/**
 * The canonical HTML of a document: one spelling per construct, so equal documents give equal
 * strings and `htmlToDoc(docToHtml(doc))` returns `doc`. An empty document is the empty string.
 *
 * Documents come from editors we do not control (any collaborator can send any Yjs update), so
 * URLs and attribute values are checked again here: an unsafe link loses its `<a>`, an unsafe
 * image or video is left out, an unknown alignment is not written.
 */
export function docToHtml(doc: DocJson): string {
  const node = editorSchema.nodeFromJSON(doc);
  node.check();
  return nodeToHtml(node, false);
}

/**
 * `docToHtml` of a document node that the schema has checked already. `fromSanitizer` says the
 * document was built by `treeToDoc` a moment ago, which admitted only images whose `src`
 * passed `isSafeImageUrl`; that check (a scan of every byte of a data URL) is not repeated.
 * Everything else is checked again all the same.
 */
export function nodeToHtml(node: PMNode, fromSanitizer: boolean): string {
  if (isBlank(node)) return '';
  return blocks(node, { imageSrcChecked: fromSanitizer });
}

interface Writer {
  imageSrcChecked: boolean;
}

/** One empty, unaligned paragraph: what an empty field parses to. */
function isBlank(doc: PMNode): boolean {
  const only = doc.childCount === 1 ? doc.firstChild! : null;
  return only !== null && only.type.name === 'paragraph' && only.childCount === 0 && !only.attrs.textAlign;
}

function blocks(parent: PMNode, w: Writer): string {
  let html = '';
  parent.forEach((child) => (html += block(child, w)));
  return html;
}

function block(node: PMNode, w: Writer): string {
  const a = node.attrs;
  switch (node.type.name) {
    case 'paragraph':
      return `<p${alignStyle(a.textAlign)}>${inline(node, w)}</p>`;
    case 'heading':
      return `<h${a.level}${alignStyle(a.textAlign)}>${inline(node, w)}</h${a.level}>`;
    case 'blockquote':
      return `<blockquote>${blocks(node, w)}</blockquote>`;
    case 'bulletList':
      return `<ul>${blocks(node, w)}</ul>`;
    case 'orderedList':
      return `<ol${start(a.start)}${ORDERED_LIST_TYPES.has(a.type) && a.type !== '1' ? ` type="${a.type}"` : ''}>${blocks(node, w)}</ol>`;
    case 'listItem':
      return `<li>${blocks(node, w)}</li>`;
    case 'codeBlock':
      return `<pre><code${CODE_LANGUAGE.test(a.language ?? '') ? ` class="language-${attr(a.language)}"` : ''}>${escapeText(node.textContent)}</code></pre>`;
    case 'horizontalRule':
      return '<hr>';
    case 'table':
      return `<table><tbody>${blocks(node, w)}</tbody></table>`;
    case 'tableRow':
      return `<tr>${blocks(node, w)}</tr>`;
    case 'tableCell':
    case 'tableHeader': {
      const tag = node.type.name === 'tableHeader' ? 'th' : 'td';
      const attrs =
        span('colspan', a.colspan) +
        span('rowspan', a.rowspan) +
        (Array.isArray(a.colwidth) && a.colwidth.length === a.colspan && a.colwidth.every(isPositiveInteger)
          ? ` data-colwidth="${a.colwidth.join(',')}"`
          : '') +
        alignStyle(a.align === 'justify' ? null : a.align);
      return `<${tag}${attrs}>${blocks(node, w)}</${tag}>`;
    }
    case 'videoEmbed': {
      const src = videoEmbedUrl(String(a.src ?? ''));
      if (!src) return '';
      return `<iframe${optional('src', src)}${optional('width', dimension(a.width))}${optional('height', dimension(a.height))}${optional('title', a.title)} frameborder="0" allowfullscreen></iframe>`;
    }
    default:
      throw new Error(`editor-schema: no HTML for block node ${node.type.name}`);
  }
}

/**
 * Inline content, keeping a mark's tag open across neighbours that share it. Only text has
 * marks; a line break leaves open tags alone, and an image keeps them open too except for
 * links, since a link around an image is the image's own `link` attribute.
 */
function inline(parent: PMNode, w: Writer): string {
  let html = '';
  const open: Mark[] = [];
  parent.forEach((child) => {
    let target: readonly Mark[];
    if (child.isText) target = child.marks;
    else if (child.type.name === 'image') target = imageMarks(child, open);
    else target = open;
    let keep = 0;
    while (keep < open.length && keep < target.length && open[keep].eq(target[keep])) keep++;
    while (open.length > keep) html += closeTag(open.pop()!);
    for (const mark of target.slice(keep)) {
      html += openTag(mark);
      open.push(mark);
    }
    html += leaf(child, w);
  });
  while (open.length > 0) html += closeTag(open.pop()!);
  return html;
}

function imageMarks(image: PMNode, open: readonly Mark[]): readonly Mark[] {
  const linkType = editorSchema.marks.link;
  const link = image.attrs.link as Record<string, unknown> | null;
  if (!link || typeof link !== 'object') return open.filter((mark) => mark.type !== linkType);
  // Marks that exclude links (code) are closed around a linked image.
  const others = open.filter((mark) => mark.type !== linkType && !mark.type.excludes(linkType));
  return linkType.create({ href: link.href ?? null, target: link.target ?? null, pageLink: link.pageLink ?? null }).addToSet(others);
}

function leaf(node: PMNode, w: Writer): string {
  const a = node.attrs;
  switch (node.type.name) {
    case 'text':
      return escapeText(node.text!);
    case 'hardBreak':
      return '<br>';
    case 'image':
      if (!String(a.src ?? '').trim() || (!w.imageSrcChecked && !isSafeImageUrl(String(a.src ?? '')))) return '';
      return `<img${optional('src', a.src)}${optional('alt', a.alt)}${optional('title', a.title)}${optional('width', dimension(a.width))}${optional('height', dimension(a.height))}>`;
    default:
      throw new Error(`editor-schema: no HTML for inline node ${node.type.name}`);
  }
}

const MARK_TAGS: Record<string, string> = {
  bold: 'strong', italic: 'em', underline: 'u', strike: 's', subscript: 'sub', superscript: 'sup', code: 'code', link: 'a',
};

function openTag(mark: Mark): string {
  if (mark.type.name !== 'link') return `<${MARK_TAGS[mark.type.name]}>`;
  const { href, target, pageLink } = mark.attrs;
  if (isPageId(pageLink)) return `<a href="#${pageLink}" data-page-link="${pageLink}">`;
  if (!isWritableHref(href)) return '';
  return `<a href="${attr(href.trim())}"${target === '_blank' ? ' target="_blank" rel="noopener noreferrer"' : ''}>`;
}

function closeTag(mark: Mark): string {
  if (mark.type.name === 'link' && !isPageId(mark.attrs.pageLink) && !isWritableHref(mark.attrs.href)) return '';
  return `</${MARK_TAGS[mark.type.name]}>`;
}

function isPageId(value: unknown): value is string {
  return typeof value === 'string' && PAGE_ID.test(value);
}

function isWritableHref(value: unknown): value is string {
  return typeof value === 'string' && value.trim() !== '' && isSafeLinkUrl(value);
}

function isPositiveInteger(value: unknown): boolean {
  return Number.isInteger(value) && (value as number) > 0;
}

function start(value: unknown): string {
  return Number.isInteger(value) && (value as number) >= 0 && value !== 1 ? ` start="${value}"` : '';
}

function span(name: string, value: unknown): string {
  return Number.isInteger(value) && (value as number) > 1 ? ` ${name}="${value}"` : '';
}

function alignStyle(align: unknown): string {
  return (TEXT_ALIGNMENTS as readonly unknown[]).includes(align) ? ` style="text-align: ${align}"` : '';
}

/** An attribute when it has a value; an empty title says nothing, but an empty alt marks decoration. */
function optional(name: string, value: unknown): string {
  if (value === null || value === undefined || (value === '' && name !== 'alt')) return '';
  return ` ${name}="${attr(String(value))}"`;
}
