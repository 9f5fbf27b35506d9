import { sanitizeHtml } from '@samenwijs/editor-schema';
import type { ModuleJson, NodeJson, RichText } from '../../src/module-json';

/** What the model is expected to give back: rich text in the editor schema's canonical form. */
export function normalizeNode(node: NodeJson): NodeJson {
  const out: NodeJson = { type: node.type, attributes: node.attributes.map(([n, v]) => [n, v]), children: node.children.map(normalizeNode) };
  if (node.richText && Object.keys(node.richText).length > 0) {
    out.richText = {};
    for (const [name, value] of Object.entries(node.richText)) {
      const rt: RichText = { html: value.html === '' ? '' : sanitizeHtml(value.html).html };
      if (value.original) rt.original = { ...value.original };
      out.richText[name] = rt;
    }
  }
  if (node.body !== undefined) out.body = node.body;
  return out;
}

export function normalizeModule(json: ModuleJson): ModuleJson {
  return { format: json.format, attributes: json.attributes.map(([n, v]) => [n, v]), pages: json.pages.map(normalizeNode) };
}
