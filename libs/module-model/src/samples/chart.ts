import type { NodeJson } from '../module-json';

/** A `chart` page with every declared field filled. */
export const chartSample: NodeJson = {
  type: 'chart',
  attributes: [
    ['linkID', 'PG1700000000086'],
    ['name', 'Infecties per jaar'],
    ['chartTitle', 'Ziekenhuisinfecties'],
    ['chartType', 'bar'],
    ['panelWidth', 'Small'],
    ['panelWidthCustom', '11'],
    ['align', 'right'],
    ['panelStyle', 'true'],
    ['removeTxt', 'true'],
    ['textTopWidth', 'true'],
    ['textBottomWidth', 'true'],
    ['alt', 'Het aantal infecties daalt van 120 naar 80.'],
  ],
  richText: {
    text: { html: '<p>Tekst voor <em>text</em>.</p>' },
    textTop: { html: '<p>Tekst voor <em>textTop</em>.</p>' },
    textBottom: { html: '<p>Tekst voor <em>textBottom</em>.</p>' },
  },
  children: [
    {
      type: 'series',
      attributes: [
        ['linkID', 'PG1700000000087'],
        ['name', 'Infecties'],
        ['data', '2022|120||2023|95||2024|80'],
        ['colour', '0x336699'],
      ],
      children: [],
    },
  ],
};
