import { BODY_FIELD, exportHtml, type Attributes, type ModuleJson, type NodeJson, type RichText } from '@samenwijs/module-model';
import { XerteImportError, excerpt } from './errors';
import { emptyIdiomCounts, exportIdioms, type IdiomCounts } from './html/idioms';
import type { DroppedAttribute, FieldRemoval } from './import';
import { LinkIds } from './link-ids';
import { checkMediaValue } from './media';
import { defaultSchema } from './registry';
import { EDITOR_SANITIZERS, isInertText, sanitizeInPlace, type HtmlSanitizers, type Removal } from './sanitizers';
import { shapeAt, type NodeShape, type XerteSchema } from './schema';
import { isXmlName } from './xml/parser';
import { cdata, escapeAttribute, htmlCdata } from './xml/serialize';

/**
 * ModuleJson → Xerte XML, in the form Xerte itself writes (`upload.php` via SimpleXML) so XOT
 * opens it: `<?xml version="1.0"?>`, `<learningObject editorVersion="3" targetFolder="Nottingham" …>`,
 * double-quoted attributes with newlines as `&#10;`, rich-text attributes as entity-escaped
 * HTML, a rich CDATA body as the first child, internal links as `x_navigateToPage` handlers and
 * media as `FileLocation + 'media/…'`. Untouched rich text is written from its preserved
 * original. Nothing that could run in Xerte's player is written: rich text goes through the
 * safe-original pass again (a no-op for what the importer produced), media attributes must
 * have the one accepted shape, HTML one-liners are made safe in place.
 */

export interface ExportOptions {
  schema?: XerteSchema;
  sanitizers?: HtmlSanitizers;
  newLinkId?: () => string;
}

export interface ExportReport {
  /** Nodes that had no (or a duplicate) linkID and got a fresh one. */
  linkIdsAssigned: number;
  droppedAttributes: DroppedAttribute[];
  /** Dangerous constructs removed while writing (only possible for modules not produced by the importer). */
  security: FieldRemoval[];
}

export interface ExportResult {
  xml: string;
  report: ExportReport;
}


function checkName(name: string, what: string): void {
  if (!isXmlName(name)) throw new XerteImportError('bad_module_json', `${what} "${excerpt(name)}" is not a valid XML name`);
}

export function exportXerte(module: ModuleJson, options: ExportOptions = {}): ExportResult {
  const schema = options.schema ?? defaultSchema();
  const sanitizers = options.sanitizers ?? EDITOR_SANITIZERS;
  const report: ExportReport = { linkIdsAssigned: 0, droppedAttributes: [], security: [] };
  const idioms: IdiomCounts = emptyIdiomCounts();
  const linkIds = new LinkIds(options.newLinkId);
  const visitIds = (nodes: NodeJson[]): void => {
    for (const node of nodes) {
      const id = node.attributes.find(([name]) => name === 'linkID')?.[1];
      if (id) linkIds.seen(id);
      visitIds(node.children);
    }
  };
  visitIds(module.pages);

  const out: string[] = ['<?xml version="1.0"?>\n'];

  const richValue = (value: RichText, path: string, field: string): string => {
    const html = exportHtml(value);
    if (isInertText(html)) return html;
    const safe = sanitizers.safeOriginalHtml(html);
    if (safe.report.removed.length > 0) report.security.push({ path, field, removed: safe.report.removed.map((r): Removal => ({ ...r })) });
    return exportIdioms(safe.html);
  };

  const writeAttributes = (attributes: Attributes, shape: NodeShape | undefined, path: string, written: Set<string>): void => {
    for (const [name, raw] of attributes) {
      checkName(name, 'Attribute name');
      if (written.has(name)) continue;
      let value = raw;
      if (shape?.mediaAttributes.has(name)) {
        const verdict = checkMediaValue(value);
        if (!verdict.ok) {
          report.droppedAttributes.push({ path, attribute: name, value: excerpt(value, 120), reason: verdict.reason });
          continue;
        }
      } else if (shape?.htmlAttributes.has(name)) {
        const safe = sanitizeInPlace(value, sanitizers, idioms);
        if (safe.removed.length > 0) report.security.push({ path, field: `@${name}`, removed: safe.removed });
        value = safe.value;
      }
      written.add(name);
      out.push(' ', name, '="', escapeAttribute(value), '"');
    }
  };

  /** `parentShape`: the parent's shape (undefined inside a verbatim subtree), for sub-items as their parent declares them. */
  const writeNode = (node: NodeJson, depth: number, parentType: string, parentShape: NodeShape | undefined, path: string, verbatim: boolean): void => {
    checkName(node.type, 'Element name');
    const isPage = depth === 1 || (depth === 2 && parentType === 'chapter');
    let shape = verbatim ? undefined : shapeAt(schema, node.type, depth, parentShape ?? parentType);
    const needsLinkId = isPage || shape !== undefined;
    if (!shape) verbatim = true;
    if (verbatim) shape = undefined;

    out.push('<', node.type);
    const written = new Set<string>();
    let attributes = node.attributes;
    const id = attributes.find(([name]) => name === 'linkID')?.[1];
    if (needsLinkId && (!id || !linkIds.claim(id))) {
      attributes = [['linkID', linkIds.fresh()], ...attributes.filter(([name]) => name !== 'linkID')];
      report.linkIdsAssigned++;
    }
    const rich = node.richText ?? {};
    const richNames = Object.keys(rich).filter((name) => name !== BODY_FIELD);
    const writeRich = (name: string): void => {
      checkName(name, 'Rich-text field name');
      if (written.has(name)) return;
      written.add(name);
      out.push(' ', name, '="', escapeAttribute(richValue(rich[name], path, `@${name}`)), '"');
    };
    // Each rich-text attribute goes right after its nearest predecessor in the registry's field
    // order (Xerte's own order: `name`, then `text`…); the rest follow the raw attributes.
    const anchored = anchorRichFields(attributes, richNames, shape);
    for (const [index, attribute] of attributes.entries()) {
      writeAttributes([attribute], shape, path, written);
      for (const name of anchored.get(index) ?? []) writeRich(name);
    }
    for (const name of anchored.get(-1) ?? []) writeRich(name);

    let content = '';
    const body = Object.prototype.hasOwnProperty.call(rich, BODY_FIELD) ? rich[BODY_FIELD] : undefined;
    if (body) content = htmlCdata(richValue(body, path, 'text()'));
    else if (shape?.body === 'richText') content = htmlCdata(typeof node.body === 'string' ? richValue({ html: node.body }, path, 'text()') : '');
    else if (typeof node.body === 'string') content = cdata(node.body);

    if (content === '' && node.children.length === 0) {
      out.push('/>');
      return;
    }
    out.push('>', content);
    const seen = new Map<string, number>();
    for (const child of node.children) {
      const index = (seen.get(child.type) ?? 0) + 1;
      seen.set(child.type, index);
      writeNode(child, depth + 1, node.type, shape, `${path}/${child.type}[${index}]`, verbatim);
    }
    out.push('</', node.type, '>');
  };

  // Root: editorVersion="3" and targetFolder="Nottingham" ensured (first when missing, as in Xerte's seed).
  const version = module.attributes.find(([name]) => name === 'editorVersion')?.[1];
  const keepVersion = version !== undefined && parseInt(`0${version}`, 10) >= 3;
  const rootAttributes: Attributes = module.attributes.map(([name, value]): [string, string] =>
    name === 'editorVersion' ? [name, keepVersion ? value : '3'] : name === 'targetFolder' ? [name, 'Nottingham'] : [name, value],
  );
  const ensured: Attributes = [];
  if (version === undefined) ensured.push(['editorVersion', '3']);
  if (!module.attributes.some(([name]) => name === 'targetFolder')) ensured.push(['targetFolder', 'Nottingham']);
  out.push('<learningObject');
  const rootWritten = new Set<string>();
  writeAttributes([...ensured, ...rootAttributes], schema.root, '/learningObject', rootWritten);
  if (module.pages.length === 0) {
    out.push('/>\n');
  } else {
    out.push('>');
    const seen = new Map<string, number>();
    for (const page of module.pages) {
      const index = (seen.get(page.type) ?? 0) + 1;
      seen.set(page.type, index);
      writeNode(page, 1, 'learningObject', schema.root, `/learningObject/${page.type}[${index}]`, false);
    }
    out.push('</learningObject>\n');
  }
  return { xml: out.join(''), report };
}

/** For each raw attribute index, the rich fields to write after it (-1: after all of them). */
function anchorRichFields(attributes: Attributes, richNames: string[], shape: NodeShape | undefined): Map<number, string[]> {
  const anchored = new Map<number, string[]>();
  const order = shape?.fieldOrder;
  const ranked = order ? [...richNames].sort((a, b) => (order.get(a) ?? Infinity) - (order.get(b) ?? Infinity)) : richNames;
  for (const name of ranked) {
    const rank = order?.get(name);
    let anchor = -1;
    let best = -1;
    if (rank !== undefined) {
      attributes.forEach(([attribute], index) => {
        const r = order!.get(attribute);
        if (r !== undefined && r < rank && r > best) {
          best = r;
          anchor = index;
        }
      });
    }
    anchored.set(anchor, [...(anchored.get(anchor) ?? []), name]);
  }
  return anchored;
}
