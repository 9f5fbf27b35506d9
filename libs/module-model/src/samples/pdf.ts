import type { NodeJson } from '../module-json';

/** A `pdf` page with every declared field filled. */
export const pdfSample: NodeJson = {
  type: 'pdf',
  attributes: [
    ['linkID', 'PG1700000000013'],
    ['name', 'Voorbeeld &amp; oefening'],
    ['url', "FileLocation + 'media/protocol-handhygiene.pdf'"],
    ['panelWidth', 'Small'],
    ['panelWidthCustom', '15'],
    ['align', 'Right'],
    ['panelStyle', 'true'],
    ['removeTxt', 'true'],
    ['pdfWidth', 'small'],
    ['position', 'L'],
    ['textTopWidth', 'true'],
    ['textBottomWidth', 'true'],
    ['open', 'Open het protocol'],
  ],
  richText: {
    text: { html: '<p>Tekst voor <em>text</em>.</p>' },
    textTop: { html: '<p>Tekst voor <em>textTop</em>.</p>' },
    textBottom: { html: '<p>Tekst voor <em>textBottom</em>.</p>' },
  },
  children: [],
};
