import type { NodeJson } from '../module-json';

/** A `columnPage` page with every declared field filled. */
export const columnPageSample: NodeJson = {
  type: 'columnPage',
  attributes: [
    ['linkID', 'PG1700000000004'],
    ['name', 'Voorbeeld &amp; oefening'],
    ['showTitles', 'false'],
    ['minWidth', '23'],
    ['panelStyle', 'single'],
    ['columnWidth', 'waarde columnWidth'],
  ],
  richText: {
    header: { html: '<p>Tekst voor <em>header</em>.</p>' },
    textBottom: { html: '<p>Tekst voor <em>textBottom</em>.</p>' },
  },
  children: [
    {
      type: 'nestedColumnPage',
      attributes: [
        ['linkID', 'PG1700000000005'],
        ['name', 'Voorbeeld &amp; oefening'],
        ['align', 'Bottom'],
        ['url', "FileLocation + 'media/nestedColumnPage-url.jpg'"],
        ['tip', 'waarde tip'],
        ['caption', 'Tekst <b>caption</b>'],
        ['initObject', 'waarde initObject'],
        ['movieSize', 'waarde movieSize'],
        ['synch', 'waarde synch'],
      ],
      richText: {
        text: { html: '<p>Tekst voor <em>text</em>.</p>' },
      },
      children: [],
    },
    {
      type: 'nestedColumnPage',
      attributes: [
        ['linkID', 'PG1700000000006'],
        ['name', 'Voorbeeld &amp; oefening'],
        ['align', 'Bottom'],
        ['url', "FileLocation + 'media/nestedColumnPage-url.jpg'"],
        ['tip', 'waarde tip'],
        ['caption', 'Tekst <b>caption</b>'],
        ['initObject', 'waarde initObject'],
        ['movieSize', 'waarde movieSize'],
        ['synch', 'waarde synch'],
      ],
      richText: {
        text: { html: '<p>Tekst voor <em>text</em>.</p>' },
      },
      children: [],
    },
  ],
};
