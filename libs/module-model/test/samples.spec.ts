import * as Y from 'yjs';
import { docToModule, moduleToDoc } from '../src/doc';
import { MODULE_JSON_FORMAT, type ModuleJson, type NodeJson } from '../src/module-json';
import { childType, COMMON_PAGE_FIELDS, ROOT } from '../src/registry';
import type { NodeTypeDef } from '../src/registry-types';
import { renderModule, renderPage } from '../src/render';
import { SAMPLE_NODES, sampleModule } from '../src/samples';
import { normalizeModule, normalizeNode } from './support/normalize';

const samples = Object.entries(SAMPLE_NODES);

function roundTrip(json: ModuleJson): ModuleJson {
  const doc = new Y.Doc();
  moduleToDoc(json, doc);
  // Through an update too, as a second replica would receive it.
  const replica = new Y.Doc();
  Y.applyUpdate(replica, Y.encodeStateAsUpdate(doc));
  return docToModule(replica);
}

/** Every declared field of the node's type that the sample fills, rich or not. */
function filled(node: NodeJson): string[] {
  return [...node.attributes.map(([n]) => n), ...Object.keys(node.richText ?? {}), ...(node.body !== undefined ? ['body'] : [])];
}

describe('the samples', () => {
  test.each(samples)('%s fills every declared field, its sub-items too', (type, node) => {
    const common = new Set(COMMON_PAGE_FIELDS.map((f) => f.name));
    const check = (n: NodeJson, parent: NodeTypeDef, isPage: boolean): void => {
      // Sub-items as their parent declares them (morphImages > hotspot is its zoom region).
      const def = childType(parent, n.type);
      expect({ type: n.type, declared: def !== undefined }).toEqual({ type: n.type, declared: true });
      const expected = def!.fields.map((f) => f.name).filter((name) => !isPage || type === 'text' || n.type === 'chapter' || name === 'linkID' || !common.has(name));
      expect(filled(n)).toEqual(expect.arrayContaining(expected));
      // ...and nothing undeclared.
      expect(filled(n).filter((name) => !def!.fields.some((f) => f.name === name))).toEqual([]);
      if (n.type !== 'chapter') n.children.forEach((child) => check(child, def!, false));
    };
    check(node, ROOT, true);
  });

  test.each(samples)('%s: moduleToDoc → docToModule is the identity', (_type, node) => {
    const json: ModuleJson = { format: MODULE_JSON_FORMAT, attributes: [['name', 'Module']], pages: [node] };
    expect(roundTrip(json)).toEqual(normalizeModule(json));
  });

  test('the sample module round-trips, root properties included', () => {
    const json = sampleModule();
    expect(roundTrip(json)).toEqual(normalizeModule(json));
  });

  test.each(samples)('%s renders with its title as a heading and no script', (type, node) => {
    const html = renderPage(normalizeNode(node), { headingLevel: 2 });
    expect(html).toMatch(/^<section class="sw-page sw-page-/);
    expect(html).toMatch(/<h2 id="[^"]+">[^<]+<\/h2>/);
    expect(html).not.toMatch(/<script|<style|\son[a-z]+=|javascript:/i);
    expect(html).not.toContain('console.log');
    expect(html).not.toContain('sw-voorbeeld');
    if (type !== 'chapter') expect(html).not.toContain('sw-page-unknown');
  });

  test('the sample module renders as one article with one h1', () => {
    const html = renderModule(sampleModule());
    expect(html.match(/<h1[ >]/g)).toHaveLength(1);
    expect(html).toContain('lang="nl-NL"');
    expect(html).not.toMatch(/<script|\son[a-z]+=/i);
  });
});
