import { Fragment, type Mark, type Node as PMNode } from '@tiptap/pm/model';
import { CODE_LANGUAGE, dimension, ORDERED_LIST_TYPES, PAGE_ID } from './attribute-rules';
import { BlockBuilder } from './block-builder';
import { parseStyle } from './css';
import type { DocJson } from './doc-json';
import { editorSchema, TEXT_ALIGNMENTS, type TextAlignment } from './extensions';
import { attribute, parseForSanitizers, VOID_ELEMENTS, type DroppedTag, type HtmlElement, type HtmlNode, type SanitizerTree } from './html-tree';
import { ReportBuilder, type SanitizeReport } from './report';
import { ImageUrlChecks, isSafeLinkUrl, videoEmbedUrl } from './urls';

/**
 * HTML → a document of the editor schema, without a DOM. This follows what ProseMirror's
 * DOMParser does for our schema (inline runs wrapped in paragraphs, whitespace collapsed, marks
 * from tags) and records everything it drops in the report.
 */
export function htmlToDoc(html: string): { doc: DocJson; report: SanitizeReport } {
  const { doc, report } = treeToDoc(parseForSanitizers(html));
  return { doc: doc.toJSON() as DocJson, report };
}

/** The document of a parsed tree (which is not changed), as a checked ProseMirror node. */
export function treeToDoc(tree: SanitizerTree, imageUrls = new ImageUrlChecks()): { doc: PMNode; report: SanitizeReport } {
  const converter = new Converter(imageUrls);
  for (const dropped of tree.dropped) converter.dropped(dropped);
  const blocks = converter.container(tree.nodes, { marks: [], align: null });
  const doc = editorSchema.nodes.doc.create(null, blocks);
  doc.check();
  return { doc, report: converter.report.build() };
}

const { nodes, marks: markTypes } = editorSchema;

/** Dropped with everything inside: script-capable, invisible, or not content at all. */
const REMOVE_WITH_CONTENT = new Set([
  'script', 'style', 'template', 'noscript', 'noembed', 'noframes', 'xmp', 'plaintext', 'object', 'embed',
  'applet', 'param', 'base', 'meta', 'link', 'title', 'head', 'svg', 'math', 'frame', 'frameset', 'portal',
  'input', 'select', 'textarea', 'option', 'optgroup', 'datalist', 'output', 'progress', 'meter',
  'audio', 'video', 'source', 'track', 'canvas', 'map', 'area', 'dialog', 'slot',
]);

/** Block containers whose content is kept: each one starts and ends a paragraph. (`<form>` is dropped while parsing.) */
const BLOCK_UNWRAP = new Set([
  'div', 'center', 'section', 'article', 'header', 'footer', 'main', 'nav', 'aside', 'figure', 'figcaption',
  'address', 'dl', 'dt', 'dd', 'details', 'summary', 'fieldset', 'legend', 'hgroup', 'html', 'body',
  'tbody', 'thead', 'tfoot', 'tr', 'td', 'th', 'caption', 'colgroup', 'col', 'menu', 'dir',
]);

/** Structural tags whose removal is not worth telling the user about. */
const SILENT_UNWRAP = new Set(['html', 'body', 'tbody', 'thead', 'tfoot', 'wbr']);

const HEADINGS: Record<string, number> = { h1: 1, h2: 2, h3: 3, h4: 4, h5: 5, h6: 6 };
const SIMPLE_MARKS: Record<string, string> = {
  b: 'bold', strong: 'bold', i: 'italic', em: 'italic', u: 'underline', s: 'strike', strike: 'strike',
  del: 'strike', sub: 'subscript', sup: 'superscript', code: 'code', tt: 'code', kbd: 'code', samp: 'code',
};
/**
 * Elements whose content cannot carry a page link given by their own `data-page-link` (the
 * attribute is reported as removed there), besides void elements other than `<img>`.
 */
const NO_PAGE_LINK_CONTENT = new Set(['pre', 'iframe']);
/** Attributes of an iframe that the video node implies; dropping them is not news to anyone. */
const IFRAME_IMPLIED = ['frameborder', 'allowfullscreen', 'allow', 'webkitallowfullscreen', 'mozallowfullscreen', 'scrolling', 'referrerpolicy'];

interface Context {
  marks: readonly Mark[];
  /** Alignment inherited from an enclosing `<div align>` or `<center>`. */
  align: TextAlignment | null;
}

class Converter {
  readonly report = new ReportBuilder();

  constructor(private readonly imageUrls: ImageUrlChecks) {}

  /** A tag the parser dropped, keeping its content: nested too deeply, or a `<form>`. */
  dropped({ element, tooDeep, count }: DroppedTag): void {
    if (tooDeep) {
      this.report.add(`tag <${element.name}>`, 'nested too deeply', count);
    } else {
      this.reportTag(element);
      this.reportAttributes(element);
    }
  }

  /** The blocks of a `block+` container: never empty. */
  container(children: HtmlNode[], context: Context): PMNode[] {
    const blocks = this.blocksOf(children, context);
    return blocks.length > 0 ? blocks : [nodes.paragraph.create({ textAlign: context.align })];
  }

  private blocksOf(children: HtmlNode[], context: Context): PMNode[] {
    const out = new BlockBuilder(context.align);
    for (const child of children) this.walk(child, context, out);
    out.flush(false);
    return out.blocks;
  }

  private walkChildren(element: HtmlElement, context: Context, out: BlockBuilder): void {
    for (const child of element.children) this.walk(child, context, out);
  }

  private walk(node: HtmlNode, context: Context, out: BlockBuilder): void {
    if (node.kind === 'text') {
      out.addText(node.text, context.marks);
      return;
    }
    if (node.kind === 'comment') {
      this.report.add('comment', node.text.trim());
      return;
    }
    this.element(node, context, out);
  }

  private element(element: HtmlElement, context: Context, out: BlockBuilder): void {
    const name = element.name;
    if (REMOVE_WITH_CONTENT.has(name)) {
      this.report.add(`element <${name}>`);
      return;
    }
    ({ element, context } = this.pageLinked(element, context));
    const level = HEADINGS[name];
    if (level) {
      const align = this.alignment(element) ?? context.align;
      this.reportAttributes(element, ['align'], ['text-align']);
      out.within({ type: nodes.heading, attrs: { level, textAlign: align } }, true, () =>
        this.walkChildren(element, { ...context, align }, out),
      );
      return;
    }
    const markName = SIMPLE_MARKS[name];
    if (markName) {
      this.markElement(element, markName, context, out);
      return;
    }
    switch (name) {
      case 'p': {
        const align = this.alignment(element) ?? context.align;
        this.reportAttributes(element, ['align'], ['text-align']);
        out.within({ type: nodes.paragraph, attrs: { textAlign: align } }, true, () =>
          this.walkChildren(element, { ...context, align }, out),
        );
        return;
      }
      case 'a':
        return this.anchor(element, context, out);
      case 'br':
        this.reportAttributes(element);
        out.addInline(nodes.hardBreak.create());
        return;
      case 'img':
        return this.image(element, context, out);
      case 'hr':
        this.reportAttributes(element);
        out.addBlock(nodes.horizontalRule.create());
        return;
      case 'ul':
      case 'ol':
      case 'li': {
        const list = this.list(element, context);
        if (list) out.addBlock(list);
        return;
      }
      case 'blockquote':
        this.reportAttributes(element, ['cite']);
        out.addBlock(nodes.blockquote.create(null, this.container(element.children, context)));
        return;
      case 'pre':
        out.addBlock(this.codeBlock(element));
        return;
      case 'table':
        return this.table(element, context, out);
      case 'iframe':
        return this.iframe(element, out);
      case 'span':
      case 'font':
        return this.span(element, context, out);
    }
    if (BLOCK_UNWRAP.has(name)) {
      const align = (name === 'center' ? 'center' : this.alignment(element)) ?? context.align;
      this.reportTag(element);
      this.reportAttributes(element, ['align'], ['text-align']);
      const wrapper = out.currentWrapper;
      out.within({ type: wrapper.type, attrs: { ...wrapper.attrs, textAlign: align } }, false, () =>
        this.walkChildren(element, { ...context, align }, out),
      );
      return;
    }
    // Anything else (abbr, cite, mark, ins, unknown tags): keep the text, drop the tag.
    this.reportTag(element);
    this.reportAttributes(element);
    this.walkChildren(element, context, out);
  }

  /**
   * A valid `data-page-link` on an element other than `<a>` (the Xerte importer turns
   * `<button onclick="x_navigateToPage(…)">` into `<button data-page-link="PG…">`): the
   * element's content becomes that page link, as inside an `<a>`. Returns the element without
   * the attribute (it is kept, not removed) and the context with the link; otherwise both as given.
   */
  private pageLinked(element: HtmlElement, context: Context): { element: HtmlElement; context: Context } {
    const value = attribute(element, 'data-page-link');
    if (value === undefined || element.name === 'a' || NO_PAGE_LINK_CONTENT.has(element.name)) return { element, context };
    if (VOID_ELEMENTS.has(element.name) && element.name !== 'img') return { element, context };
    const pageId = value.trim();
    if (!PAGE_ID.test(pageId)) return { element, context };
    const link = markTypes.link.create({ href: `#${pageId}`, pageLink: pageId, target: null });
    return {
      element: { ...element, attributes: element.attributes.filter(([name]) => name !== 'data-page-link') },
      context: { ...context, marks: link.addToSet(context.marks) },
    };
  }

  private markElement(element: HtmlElement, markName: string, context: Context, out: BlockBuilder): void {
    const style = parseStyle(attribute(element, 'style') ?? '');
    // Google Docs wraps whole pastes in <b style="font-weight:normal">, which is not bold at all.
    const notBold = markName === 'bold' && style.some((d) => d.property === 'font-weight' && /^(normal|[1-5]00)$/.test(d.value));
    this.reportAttributes(element, [], notBold ? ['font-weight'] : []);
    const marks = notBold ? context.marks : markTypes[markName].create().addToSet(context.marks);
    this.walkChildren(element, { ...context, marks }, out);
  }

  /** `<span>`/`<font>`: the tag goes, but bold/italic/underline/strike/sub/sup set in CSS stay. */
  private span(element: HtmlElement, context: Context, out: BlockBuilder): void {
    let marks = context.marks;
    const used: string[] = [];
    for (const { property, value } of parseStyle(attribute(element, 'style') ?? '')) {
      const v = value.toLowerCase().replace(/\s*!important$/, '');
      const markName = styleMark(property, v);
      if (markName) {
        marks = markTypes[markName].create().addToSet(marks);
        used.push(property);
      }
    }
    this.reportTag(element);
    this.reportAttributes(element, [], used);
    this.walkChildren(element, { ...context, marks }, out);
  }

  private anchor(element: HtmlElement, context: Context, out: BlockBuilder): void {
    const href = (attribute(element, 'href') ?? '').trim();
    const pageId = (attribute(element, 'data-page-link') ?? '').trim();
    let link: Mark | null = null;
    if (PAGE_ID.test(pageId)) {
      link = markTypes.link.create({ href: `#${pageId}`, pageLink: pageId, target: null });
      this.reportAttributes(element, ['href', 'data-page-link', 'target', 'rel']);
    } else if (href && isSafeLinkUrl(href)) {
      const target = attribute(element, 'target') === '_blank' ? '_blank' : null;
      link = markTypes.link.create({ href, target, pageLink: null });
      this.reportAttributes(element, ['href', 'rel', ...(target ? ['target'] : [])]);
    } else {
      if (href) this.report.add('unsafe url in href', href);
      else this.reportTag(element);
      this.reportAttributes(element, ['href']);
    }
    const marks = link ? link.addToSet(context.marks) : context.marks;
    this.walkChildren(element, { ...context, marks }, out);
  }

  private image(element: HtmlElement, context: Context, out: BlockBuilder): void {
    const src = (attribute(element, 'src') ?? '').trim();
    if (!src) {
      this.report.add('element <img>', 'without src');
      return;
    }
    if (!this.imageUrls.isSafe(src)) {
      this.report.add('unsafe url in src', src);
      return;
    }
    const style = new Map(parseStyle(attribute(element, 'style') ?? '').map((d) => [d.property, d.value]));
    const size = (name: 'width' | 'height') => dimension(attribute(element, name)) ?? dimension(style.get(name));
    const attrs = {
      src,
      alt: attribute(element, 'alt') ?? null,
      title: attribute(element, 'title') || null,
      width: size('width'),
      height: size('height'),
    };
    const keep = ['src', 'alt', 'title'];
    if (dimension(attribute(element, 'width'))) keep.push('width');
    if (dimension(attribute(element, 'height'))) keep.push('height');
    this.reportAttributes(element, keep, ['width', 'height']);
    const link = context.marks.find((mark) => mark.type === markTypes.link);
    out.addInline(nodes.image.create({ ...attrs, link: link ? { ...link.attrs } : null }));
  }

  private iframe(element: HtmlElement, out: BlockBuilder): void {
    const src = videoEmbedUrl(attribute(element, 'src') ?? '');
    if (!src) {
      this.report.add('element <iframe>', attribute(element, 'src') ?? '');
      return;
    }
    this.reportAttributes(element, ['src', 'width', 'height', 'title', ...IFRAME_IMPLIED]);
    out.addBlock(
      nodes.videoEmbed.create({
        src,
        width: dimension(attribute(element, 'width')),
        height: dimension(attribute(element, 'height')),
        title: attribute(element, 'title') || null,
      }),
    );
  }

  /** `<ul>`/`<ol>`, or a stray `<li>` (browsers show it as a bullet). */
  private list(element: HtmlElement, context: Context): PMNode | null {
    if (element.name === 'li') return nodes.bulletList.create(null, this.listItem(element, context));
    const items: PMNode[] = [];
    let stray: HtmlNode[] = [];
    // Content between items (often a nested list written as <ul><li/><ul/></ul>) joins the item before it.
    const flushStray = () => {
      const blocks = this.blocksOf(stray, context);
      stray = [];
      if (blocks.length === 0) return;
      const last = items.pop();
      if (last) items.push(last.copy(last.content.append(Fragment.fromArray(blocks))));
      else items.push(nodes.listItem.create(null, withLeadingParagraph(blocks)));
    };
    for (const child of element.children) {
      if (child.kind === 'element' && child.name === 'li') {
        flushStray();
        items.push(this.listItem(child, context));
      } else {
        stray.push(child);
      }
    }
    flushStray();
    if (items.length === 0) return null;
    if (element.name === 'ul') {
      this.reportAttributes(element);
      return nodes.bulletList.create(null, items);
    }
    const start = Number.parseInt(attribute(element, 'start') ?? '', 10);
    const type = attribute(element, 'type') ?? '';
    this.reportAttributes(element, ['start', ...(ORDERED_LIST_TYPES.has(type) ? ['type'] : [])]);
    return nodes.orderedList.create(
      { start: Number.isFinite(start) && start >= 0 ? start : 1, type: ORDERED_LIST_TYPES.has(type) && type !== '1' ? type : null },
      items,
    );
  }

  private listItem(element: HtmlElement, context: Context): PMNode {
    ({ element, context } = this.pageLinked(element, context));
    const align = this.alignment(element) ?? context.align;
    this.reportAttributes(element, ['align'], ['text-align']);
    return nodes.listItem.create(null, withLeadingParagraph(this.blocksOf(element.children, { ...context, align })));
  }

  /** `<pre>`: text and line breaks only; formatting inside is dropped. */
  private codeBlock(element: HtmlElement): PMNode {
    this.reportAttributes(element);
    let text = '';
    let language: string | null = null;
    const collect = (node: HtmlNode, top: boolean) => {
      if (node.kind === 'text') text += node.text;
      else if (node.kind === 'comment') this.report.add('comment', node.text.trim());
      else if (node.name === 'br') text += '\n';
      else if (REMOVE_WITH_CONTENT.has(node.name)) this.report.add(`element <${node.name}>`);
      else if (node.name === 'img') this.report.add('element <img>', 'inside a code block');
      else {
        if (top && node.name === 'code' && language === null) {
          const match = /(?:^|\s)language-(\S+)/.exec(attribute(node, 'class') ?? '');
          if (match && CODE_LANGUAGE.test(match[1])) language = match[1];
          this.reportAttributes(node, match ? ['class'] : []);
        } else {
          this.reportTag(node);
          this.reportAttributes(node);
        }
        for (const child of node.children) collect(child, false);
      }
    };
    element.children.forEach((child, index) => {
      // Browsers drop a newline right after <pre>.
      if (index === 0 && child.kind === 'text' && child.text.startsWith('\n')) text += child.text.slice(1);
      else collect(child, true);
    });
    return nodes.codeBlock.create({ language }, text ? editorSchema.text(text) : null);
  }

  private table(element: HtmlElement, context: Context, out: BlockBuilder): void {
    this.reportAttributes(element);
    const rows: PMNode[] = [];
    const cellContext: Context = { marks: context.marks, align: null };
    const fostered: HtmlNode[] = [];
    const row = (tr: HtmlElement, rowContext: Context) => {
      ({ element: tr, context: rowContext } = this.pageLinked(tr, rowContext));
      this.reportAttributes(tr);
      const cells: PMNode[] = [];
      for (const child of tr.children) {
        if (child.kind === 'element' && (child.name === 'td' || child.name === 'th')) cells.push(this.cell(child, rowContext));
        else fostered.push(child);
      }
      if (cells.length > 0) rows.push(nodes.tableRow.create(null, cells));
    };
    const visit = (parent: HtmlElement, sectionContext: Context) => {
      for (const child of parent.children) {
        if (child.kind !== 'element') fostered.push(child);
        else if (child.name === 'tr') row(child, sectionContext);
        else if (child.name === 'thead' || child.name === 'tbody' || child.name === 'tfoot') {
          const linked = this.pageLinked(child, sectionContext);
          this.reportAttributes(linked.element);
          visit(linked.element, linked.context);
        } else if (child.name === 'td' || child.name === 'th') row({ ...child, name: 'tr', attributes: [], children: [child] }, sectionContext);
        else if (child.name === 'colgroup' || child.name === 'col') this.report.add(`tag <${child.name}>`);
        else fostered.push(child); // <caption> and misplaced content: shown before the table, as browsers do
      }
    };
    visit(element, cellContext);
    for (const block of this.blocksOf(fostered, context)) out.addBlock(block);
    if (rows.length > 0) out.addBlock(nodes.table.create(null, rows));
  }

  private cell(element: HtmlElement, context: Context): PMNode {
    ({ element, context } = this.pageLinked(element, context));
    const colspan = spanValue(attribute(element, 'colspan'));
    const rowspan = spanValue(attribute(element, 'rowspan'));
    const widths = (attribute(element, 'data-colwidth') ?? '').split(',').map((w) => Number.parseInt(w, 10));
    const colwidth = widths.length === colspan && widths.every((w) => Number.isInteger(w) && w > 0) ? widths : null;
    const align = this.alignment(element);
    const cellAlign = align === 'justify' ? null : align;
    this.reportAttributes(element, ['colspan', 'rowspan', 'data-colwidth', 'align'], ['text-align']);
    const type = element.name === 'th' ? nodes.tableHeader : nodes.tableCell;
    return type.create({ colspan, rowspan, colwidth, align: cellAlign }, this.container(element.children, context));
  }

  /** Alignment from `style="text-align:…"` or the old `align=` attribute. */
  private alignment(element: HtmlElement): TextAlignment | null {
    const fromStyle = parseStyle(attribute(element, 'style') ?? '').find((d) => d.property === 'text-align')?.value;
    const value = (fromStyle ?? attribute(element, 'align') ?? '').trim().toLowerCase().replace(/\s*!important$/, '');
    return (TEXT_ALIGNMENTS as readonly string[]).includes(value) ? (value as TextAlignment) : null;
  }

  private reportTag(element: HtmlElement): void {
    if (!SILENT_UNWRAP.has(element.name)) this.report.add(`tag <${element.name}>`);
  }

  /**
   * Reports every attribute the document does not keep. `style` counts once per attribute,
   * unless all of its declarations were turned into document attributes or marks.
   */
  private reportAttributes(element: HtmlElement, kept: string[] = [], keptStyle: string[] = []): void {
    for (const [name, value] of element.attributes) {
      if (kept.includes(name)) continue;
      if (name === 'style') {
        if (parseStyle(value).some((d) => !keptStyle.includes(d.property))) this.report.add('style', value);
      } else {
        this.report.add(`attribute ${name}`, `${name}="${value}"`);
      }
    }
  }
}

function styleMark(property: string, value: string): string | null {
  if (property === 'font-weight' && /^(bold|bolder|[6-9]00)$/.test(value)) return 'bold';
  if (property === 'font-style' && /^(italic|oblique)/.test(value)) return 'italic';
  if ((property === 'text-decoration' || property === 'text-decoration-line') && value.includes('underline')) return 'underline';
  if ((property === 'text-decoration' || property === 'text-decoration-line') && value.includes('line-through')) return 'strike';
  if (property === 'vertical-align' && value === 'sub') return 'subscript';
  if (property === 'vertical-align' && value === 'super') return 'superscript';
  return null;
}

function spanValue(value: string | undefined): number {
  const n = Number.parseInt(value ?? '', 10);
  return Number.isInteger(n) && n >= 1 && n <= 1000 ? n : 1;
}

/** A list item must open with a paragraph. */
function withLeadingParagraph(blocks: PMNode[]): PMNode[] {
  return blocks[0]?.type === nodes.paragraph ? blocks : [nodes.paragraph.create(), ...blocks];
}
