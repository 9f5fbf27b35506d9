import { BODY_FIELD, MODULE_JSON_FORMAT, type Attributes, type ModuleJson, type NodeJson, type RichText } from '@samenwijs/module-model';
import { elementText } from './compare';
import { XerteImportError, excerpt } from './errors';
import { emptyIdiomCounts, importIdioms, type IdiomCounts } from './html/idioms';
import { LinkIds } from './link-ids';
import { checkMediaValue } from './media';
import { defaultSchema } from './registry';
import { describeRemovals, EDITOR_SANITIZERS, isInertText, sanitizeInPlace, type HtmlSanitizers, type Removal, sanitizeRichText } from './sanitizers';
import { shapeAt, type NodeShape, type XerteSchema } from './schema';
import { mergeRepairs, parseXml, type XmlDocument, type XmlElement, type XmlLimits } from './xml/parser';

/**
 * Xerte XML → ModuleJson. Every element becomes a NodeJson with ALL its attributes (decoded,
 * in order) and children in order. Registry-declared rich-text fields are lifted into
 * `richText` (editor HTML + the safe original); media attributes are validated; HTML-valued
 * one-liners are made safe in place; unknown page types and unknown sub-elements are kept
 * verbatim. The report says what was repaired, removed (and why) and where the export will
 * differ from the input.
 */

export interface ImportOptions {
  schema?: XerteSchema;
  sanitizers?: HtmlSanitizers;
  limits?: Partial<XmlLimits>;
  /** Generates linkIDs for nodes that lack one (default `PG` + milliseconds). */
  newLinkId?: () => string;
}

/** One field whose safe original lost something: the export differs there. */
export interface FieldRemoval {
  /** Node path, e.g. `/learningObject/text[1]`. */
  path: string;
  /** `@attribute` or `text()`. */
  field: string;
  removed: Removal[];
}

export interface DroppedAttribute {
  path: string;
  attribute: string;
  /** The dropped value, truncated. */
  value: string;
  reason: string;
}

/** A place where the exported XML will differ from the input, and why. */
export interface ExpectedChange {
  /** Same notation as `Difference.path`: `/learningObject/mcq[2]/option[1]@feedback`, `…/text()`. */
  path: string;
  reason: string;
  security: boolean;
}

export interface ImportReport {
  pageCount: number;
  chapterCount: number;
  /** Pages per page type. */
  pageTypes: Record<string, number>;
  unknownPageTypes: string[];
  /** Sub-elements not in the registry (kept verbatim), by element name. */
  unknownElements: Record<string, number>;
  /** Repairs made to the input, by kind (XML repairs, normalisations). */
  repairs: Record<string, number>;
  /** Removals from the safe original HTML: security, they change the exported XML. */
  security: FieldRemoval[];
  /** Removals that only affect the editor HTML (presentation the editor schema cannot hold), per page. */
  editor: { page: string; removed: Record<string, number> }[];
  /** Media attributes dropped because they could run script in Xerte's player. */
  droppedAttributes: DroppedAttribute[];
  changes: ExpectedChange[];
}

export interface ImportResult {
  module: ModuleJson;
  report: ImportReport;
}

const CDATA_FIELD = 'text()';

export function rootCheck(root: XmlElement): void {
  if (root.name !== 'learningObject') {
    throw new XerteImportError('wrong_root', `Not a Xerte project: the root element is <${excerpt(root.name)}>, expected <learningObject>`);
  }
  const targetFolder = root.attributes.find(([name]) => name === 'targetFolder')?.[1];
  if (targetFolder !== undefined && targetFolder !== 'Nottingham') {
    throw new XerteImportError(
      'wrong_template',
      `This Xerte project uses the "${excerpt(targetFolder)}" template; only "Nottingham" (Xerte Online Toolkit) projects can be imported`,
    );
  }
}

/** `editorVersion` missing or below 3: text fields are Xerte 2.1 plain text where a newline is a line break. */
export function isLegacyProject(root: { attributes: Attributes }): boolean {
  const version = root.attributes.find(([name]) => name === 'editorVersion')?.[1];
  return version === undefined || !(parseInt(`0${version}`, 10) >= 3);
}

/** Xerte's `x_addLineBreaks` for pre-v3 text: newlines become `<br />` unless the text already is block HTML. */
export function legacyLineBreaks(text: string): string {
  const trimmed = text.trim();
  if ((trimmed.startsWith('<p') || trimmed.startsWith('<h')) && (trimmed.endsWith('</p>') || /<\/h[1-6]>$/.test(trimmed))) return text;
  if (text.includes('<math') || text.includes('<table')) return text;
  return text.replace(/\n/g, '<br />');
}

function bump(record: Record<string, number>, key: string, by = 1): void {
  record[key] = (record[key] ?? 0) + by;
}

/** A record keyed by names from the input: no prototype, so `__proto__` is just a key. */
function dict<T>(): Record<string, T> {
  return Object.create(null) as Record<string, T>;
}

function childPaths(path: string, children: XmlElement[]): string[] {
  const seen = new Map<string, number>();
  return children.map((child) => {
    const index = (seen.get(child.name) ?? 0) + 1;
    seen.set(child.name, index);
    return `${path}/${child.name}[${index}]`;
  });
}

export function importXerte(input: string | Uint8Array | XmlDocument, options: ImportOptions = {}): ImportResult {
  const document = typeof input === 'string' || input instanceof Uint8Array ? parseXml(input, options.limits) : input;
  const root = document.root;
  rootCheck(root);
  const schema = options.schema ?? defaultSchema();
  const sanitizers = options.sanitizers ?? EDITOR_SANITIZERS;
  const legacy = isLegacyProject(root);

  const report: ImportReport = {
    pageCount: 0,
    chapterCount: 0,
    pageTypes: dict(),
    unknownPageTypes: [],
    unknownElements: dict(),
    repairs: {},
    security: [],
    editor: [],
    droppedAttributes: [],
    changes: [],
  };
  mergeRepairs(report.repairs, document.repairs);
  const idioms: IdiomCounts = emptyIdiomCounts();
  const unknownPages = new Set<string>();
  let pageEditor: Record<string, number> | undefined;

  const linkIds = new LinkIds(options.newLinkId);
  collectLinkIds(root, linkIds);

  const security = (path: string, field: string, removed: Removal[]): void => {
    if (removed.length === 0) return;
    report.security.push({ path, field, removed });
    report.changes.push({ path: `${path}${field === CDATA_FIELD ? `/${field}` : field}`, reason: `security: removed ${describeRemovals(removed)}`, security: true });
  };

  const richText = (value: string, path: string, field: string): RichText => {
    let html = value;
    if (legacy) {
      const converted = legacyLineBreaks(html);
      if (converted !== html) {
        bump(report.repairs, 'legacy_line_breaks');
        report.changes.push({ path: `${path}${field === CDATA_FIELD ? `/${field}` : field}`, reason: 'line breaks of a pre-Xerte-3 text written as <br /> (the export is editorVersion 3)', security: false });
        html = converted;
      }
    }
    const unsafeBefore = idioms.unsafeMediaPaths;
    html = importIdioms(html, idioms);
    // Text without markup or entities needs no original pass; otherwise both sanitisers
    // come from one parse.
    const both = isInertText(html) ? { ...sanitizers.sanitizeHtml(html), original: { html, report: { removed: [] as Removal[] } } } : sanitizeRichText(html, sanitizers);
    const editor = { html: both.html, report: both.report };
    const safe = both.original;
    const removed: Removal[] = safe.report.removed.map((r) => ({ ...r }));
    if (idioms.unsafeMediaPaths > unsafeBefore) removed.push({ what: 'unsafe media path', count: idioms.unsafeMediaPaths - unsafeBefore });
    security(path, field, removed);
    if (pageEditor) for (const r of editor.report.removed) bump(pageEditor, r.what, r.count);
    return { html: editor.html, original: { html: safe.html, editorHtml: editor.html } };
  };

  const convertAttributes = (element: XmlElement, shape: NodeShape | undefined, path: string, rich: Record<string, RichText> | undefined): Attributes => {
    const attributes: Attributes = [];
    for (const [name, value] of element.attributes) {
      if (shape) {
        if (rich && shape.richAttributes.has(name)) {
          rich[name] = richText(value, path, `@${name}`);
          continue;
        }
        if (shape.mediaAttributes.has(name)) {
          const verdict = checkMediaValue(value);
          if (!verdict.ok) {
            report.droppedAttributes.push({ path, attribute: name, value: excerpt(value, 120), reason: verdict.reason });
            report.changes.push({ path: `${path}@${name}`, reason: `security: attribute dropped, ${verdict.reason}`, security: true });
            continue;
          }
        } else if (shape.htmlAttributes.has(name)) {
          const safe = sanitizeInPlace(value, sanitizers, idioms);
          security(path, `@${name}`, safe.removed);
          attributes.push([name, safe.value]);
          continue;
        }
      }
      attributes.push([name, value]);
    }
    return attributes;
  };

  /** `parentShape`: the parent's shape (undefined inside a verbatim subtree), for sub-items as their parent declares them. */
  const convert = (element: XmlElement, depth: number, parentType: string, parentShape: NodeShape | undefined, path: string, verbatim: boolean): NodeJson => {
    const isPage = depth === 1 || (depth === 2 && parentType === 'chapter');
    let shape = verbatim ? undefined : shapeAt(schema, element.name, depth, parentShape ?? parentType);
    if (isPage) {
      if (element.name === 'chapter') {
        report.chapterCount++;
      } else {
        report.pageCount++;
        bump(report.pageTypes, element.name);
        pageEditor = dict();
        report.editor.push({ page: path, removed: pageEditor });
      }
      if (!shape) {
        unknownPages.add(element.name);
        verbatim = true;
      }
    } else if (!shape && !verbatim) {
      bump(report.unknownElements, element.name);
      verbatim = true;
    }
    if (verbatim) shape = undefined;

    const rich: Record<string, RichText> = {};
    const attributes = convertAttributes(element, shape, path, rich);
    // Pages and known nodes carry a unique linkID; what sits inside a verbatim subtree is left as it is.
    const fixed = isPage || shape ? linkIds.ensure(attributes) : null;
    if (fixed) {
      bump(report.repairs, fixed === 'missing' ? 'missing_link_id' : 'duplicate_link_id');
      report.changes.push({ path: `${path}@linkID`, reason: fixed === 'missing' ? 'every node needs a linkID; one was added' : 'duplicate linkID replaced by a unique one', security: false });
    }

    const node: NodeJson = { type: element.name, attributes, children: [] };
    const text = elementText(element);
    if (shape?.body === 'richText') {
      rich[BODY_FIELD] = richText(text ?? '', path, CDATA_FIELD);
    } else if (text !== undefined) {
      node.body = text;
    }
    if (Object.keys(rich).length > 0) node.richText = rich;

    const children = element.children.filter((c): c is XmlElement => c.kind === 'element');
    const paths = childPaths(path, children);
    node.children = children.map((child, k) => convert(child, depth + 1, element.name, shape, paths[k], verbatim));
    return node;
  };

  const rootShape = schema.root;
  const rootAttributes = convertAttributes(root, rootShape, '/learningObject', undefined);
  if (elementText(root)?.trim()) {
    bump(report.repairs, 'root_text_dropped');
    report.changes.push({ path: `/learningObject/${CDATA_FIELD}`, reason: 'text directly inside <learningObject> is not part of a Xerte project', security: false });
  }
  // The module is Xerte 3 from here on (legacy text was converted above) and names its template.
  if (legacy) {
    const at = rootAttributes.findIndex(([name]) => name === 'editorVersion');
    if (at >= 0) rootAttributes[at] = ['editorVersion', '3'];
    else rootAttributes.unshift(['editorVersion', '3']);
    bump(report.repairs, 'editor_version_3');
    report.changes.push({ path: '/learningObject@editorVersion', reason: 'the module is Xerte 3 (editorVersion="3"); the file predates it', security: false });
  }
  if (!rootAttributes.some(([name]) => name === 'targetFolder')) {
    rootAttributes.splice(rootAttributes[0]?.[0] === 'editorVersion' ? 1 : 0, 0, ['targetFolder', 'Nottingham']);
    report.changes.push({ path: '/learningObject@targetFolder', reason: 'the module names its template (targetFolder="Nottingham")', security: false });
  }
  const pageElements = root.children.filter((c): c is XmlElement => c.kind === 'element');
  const pagePaths = childPaths('/learningObject', pageElements);
  const pages = pageElements.map((element, k) => convert(element, 1, 'learningObject', rootShape, pagePaths[k], false));

  report.unknownPageTypes = [...unknownPages].sort();
  report.editor = report.editor.filter((entry) => Object.keys(entry.removed).length > 0);
  if (idioms.leadingSlashes) bump(report.repairs, 'media_leading_slash', idioms.leadingSlashes);
  return { module: { format: MODULE_JSON_FORMAT, attributes: rootAttributes, pages }, report };
}

function collectLinkIds(element: XmlElement, ids: LinkIds): void {
  for (const child of element.children) {
    if (child.kind !== 'element') continue;
    const id = child.attributes.find(([name]) => name === 'linkID')?.[1];
    if (id) ids.seen(id);
    collectLinkIds(child, ids);
  }
}
