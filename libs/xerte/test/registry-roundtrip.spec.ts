/**
 * Every page type of the registry: its SAMPLE_NODES entry → XML → module → XML equals the
 * first XML canonically, and module → XML → module is the identity. The sample's content
 * arrives in the editor unchanged (rich text as the same editor HTML, raw attributes equal).
 */
import { BODY_FIELD, MODULE_JSON_FORMAT, PAGE_TYPES, SAMPLE_NODES, sampleModule, type ModuleJson, type NodeJson } from '@samenwijs/module-model';
import { compareXml, exportXerte, importXerte, parseXml } from '../src';

const wrap = (page: NodeJson): ModuleJson => ({
  format: MODULE_JSON_FORMAT,
  attributes: [['editorVersion', '3'], ['targetFolder', 'Nottingham'], ['name', 'Registry sample'], ['language', 'nl-NL']],
  pages: [structuredClone(page)],
});

/** The sample as the importer gives it back: raw attributes as they are, rich text with its preserved original. */
function expectSameContent(imported: NodeJson, sample: NodeJson): void {
  expect(imported.type).toBe(sample.type);
  expect(imported.attributes).toEqual(sample.attributes);
  expect(imported.body).toEqual(sample.body);
  expect(Object.keys(imported.richText ?? {}).sort()).toEqual(Object.keys(sample.richText ?? {}).sort());
  for (const [name, value] of Object.entries(sample.richText ?? {})) {
    expect({ field: name, html: imported.richText![name].html }).toEqual({ field: name, html: value.html });
  }
  expect(imported.children.length).toBe(sample.children.length);
  imported.children.forEach((child, k) => expectSameContent(child, sample.children[k]));
}

describe.each(Object.keys(PAGE_TYPES))('page type %s', (type) => {
  const sample = SAMPLE_NODES[type];

  it('has a sample node', () => {
    expect(sample).toBeDefined();
  });

  it('sample → XML → module → XML equals canonically, with nothing removed', () => {
    const first = exportXerte(wrap(sample));
    expect(first.report).toEqual({ linkIdsAssigned: 0, droppedAttributes: [], security: [] });
    const imported = importXerte(first.xml);
    expect(imported.report.security).toEqual([]);
    expect(imported.report.droppedAttributes).toEqual([]);
    expect(imported.report.unknownPageTypes).toEqual([]);
    expect(imported.report.unknownElements).toEqual({});
    const second = exportXerte(imported.module);
    expect(compareXml(first.xml, second.xml)).toEqual([]);
    expectSameContent(imported.module.pages[0], sample);
  });

  it('module → XML → module is the identity', () => {
    const module = importXerte(exportXerte(wrap(sample)).xml).module;
    const again = importXerte(exportXerte(module).xml).module;
    expect(again).toEqual(module);
  });

  it('writes a rich body as the first child, CDATA, of the page element', () => {
    const { xml } = exportXerte(wrap(sample));
    const page = parseXml(xml).root.children[0];
    if (page.kind !== 'element') throw new Error('no page element');
    if (sample.richText?.[BODY_FIELD] || sample.body !== undefined) expect(page.children[0]).toMatchObject({ kind: 'text', cdata: true });
  });
});

describe('the whole sample module', () => {
  it('round-trips with every root property filled', () => {
    const module = sampleModule();
    const first = exportXerte(module);
    const imported = importXerte(first.xml);
    expect(imported.report.security).toEqual([]);
    expect(imported.report.droppedAttributes).toEqual([]);
    expect(imported.module.attributes).toEqual(module.attributes);
    const second = exportXerte(imported.module);
    expect(compareXml(first.xml, second.xml)).toEqual([]);
    expect(importXerte(second.xml).module).toEqual(imported.module);
  });
});
