import { MODULE_JSON_FORMAT, type Attributes, type ModuleJson, type NodeJson, type RichText } from '@samenwijs/module-model';
import { XerteImportError, excerpt } from './errors';
import { DEFAULT_XML_LIMITS, isXmlName } from './xml/parser';

/**
 * Validates an untrusted module JSON document (the CLI's `convert` input) and returns it as a
 * ModuleJson built from fresh objects: only known keys are copied, names must be XML names,
 * attribute names unique per node, depth and node count bounded as for XML.
 */
export function parseModuleJson(input: string | unknown, limits = DEFAULT_XML_LIMITS): ModuleJson {
  let data: unknown = input;
  if (typeof input === 'string') {
    if (input.length > limits.maxInputBytes * 4) throw new XerteImportError('too_large', 'The module JSON is too large');
    try {
      data = JSON.parse(input);
    } catch (error) {
      throw new XerteImportError('bad_module_json', `Not JSON: ${excerpt(error instanceof Error ? error.message : String(error), 120)}`);
    }
  }
  const fail = (where: string, what: string): never => {
    throw new XerteImportError('bad_module_json', `Not a module JSON document: ${where} ${what}`);
  };
  if (!isObject(data)) fail('the document', 'is not an object');
  const doc = data as Record<string, unknown>;
  if (doc.format !== MODULE_JSON_FORMAT) fail('format', `is not "${MODULE_JSON_FORMAT}"`);
  let nodes = 0;

  const attributes = (value: unknown, where: string): Attributes => {
    if (!Array.isArray(value)) fail(where, 'is not an array');
    const seen = new Set<string>();
    return (value as unknown[]).map((pair, k) => {
      if (!Array.isArray(pair) || pair.length !== 2 || typeof pair[0] !== 'string' || typeof pair[1] !== 'string') fail(`${where}[${k}]`, 'is not a [name, value] pair of strings');
      const [name, text] = pair as [string, string];
      if (!isXmlName(name)) fail(`${where}[${k}]`, `has an invalid name "${excerpt(name)}"`);
      if (seen.has(name)) fail(`${where}[${k}]`, `repeats the attribute "${excerpt(name)}"`);
      if (text.length > limits.maxAttributeLength) fail(`${where}[${k}]`, 'is too long');
      seen.add(name);
      return [name, text];
    });
  };

  const richText = (value: unknown, where: string): Record<string, RichText> => {
    if (!isObject(value)) fail(where, 'is not an object');
    const out: Record<string, RichText> = {};
    for (const [name, field] of Object.entries(value as Record<string, unknown>)) {
      if (!isXmlName(name) && name !== 'body') fail(`${where}.${excerpt(name)}`, 'is not a valid field name');
      if (!isObject(field) || typeof field.html !== 'string') fail(`${where}.${name}`, 'has no html string');
      const f = field as Record<string, unknown>;
      const rt: RichText = { html: f.html as string };
      if (f.original !== undefined) {
        const o = f.original as Record<string, unknown>;
        if (!isObject(o) || typeof o.html !== 'string' || typeof o.editorHtml !== 'string') fail(`${where}.${name}.original`, 'is not { html, editorHtml }');
        rt.original = { html: o.html as string, editorHtml: o.editorHtml as string };
      }
      Object.defineProperty(out, name, { value: rt, enumerable: true, writable: true, configurable: true });
    }
    return out;
  };

  const node = (value: unknown, where: string, depth: number): NodeJson => {
    if (++nodes > limits.maxNodes) fail('the document', 'has too many nodes');
    if (depth > limits.maxDepth) fail(where, 'is nested too deeply');
    if (!isObject(value)) fail(where, 'is not an object');
    const v = value as Record<string, unknown>;
    if (typeof v.type !== 'string' || !isXmlName(v.type)) fail(`${where}.type`, 'is not a valid element name');
    const result: NodeJson = { type: v.type as string, attributes: attributes(v.attributes, `${where}.attributes`), children: [] };
    if (v.richText !== undefined) result.richText = richText(v.richText, `${where}.richText`);
    if (v.body !== undefined) {
      if (typeof v.body !== 'string') fail(`${where}.body`, 'is not a string');
      result.body = v.body as string;
    }
    if (!Array.isArray(v.children)) fail(`${where}.children`, 'is not an array');
    result.children = (v.children as unknown[]).map((child, k) => node(child, `${where}.children[${k}]`, depth + 1));
    return result;
  };

  if (!Array.isArray(doc.pages)) fail('pages', 'is not an array');
  return {
    format: MODULE_JSON_FORMAT,
    attributes: attributes(doc.attributes, 'attributes'),
    pages: (doc.pages as unknown[]).map((page, k) => node(page, `pages[${k}]`, 2)),
  };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
