import type { NodeJson } from '../module-json';

/** A `embedDiv` page with every declared field filled. */
export const embedDivSample: NodeJson = {
  type: 'embedDiv',
  attributes: [
    ['linkID', 'PG1700000000090'],
    ['name', 'Voorbeeld &amp; oefening'],
    ['src', 'https://www.youtube.com/embed/dQw4w9WgXcQ'],
    ['windowWidth', 'Small'],
    ['panelWidthCustom', '15'],
    ['align', 'Right'],
    ['panelStyle', 'true'],
    ['removeTxt', 'true'],
    ['textTopWidth', 'true'],
    ['textBottomWidth', 'true'],
  ],
  richText: {
    text: { html: '<p>Tekst voor <em>text</em>.</p>' },
    textTop: { html: '<p>Tekst voor <em>textTop</em>.</p>' },
    textBottom: { html: '<p>Tekst voor <em>textBottom</em>.</p>' },
  },
  children: [],
};
