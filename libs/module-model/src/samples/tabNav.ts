import type { NodeJson } from '../module-json';

/** A `tabNav` page with every declared field filled. */
export const tabNavSample: NodeJson = {
  type: 'tabNav',
  attributes: [
    ['linkID', 'PG1700000000035'],
    ['name', 'Voorbeeld &amp; oefening'],
    ['panelWidth', 'Small'],
    ['tabWidth', '24'],
    ['panelHeight', 'fill'],
  ],
  richText: {
    text: { html: '<p>Tekst voor <em>text</em>.</p>' },
  },
  children: [
    {
      type: 'nestedPage',
      attributes: [
        ['linkID', 'PG1700000000036'],
        ['name', 'Voorbeeld &amp; oefening'],
        ['align', 'Bottom'],
        ['url', "FileLocation + 'media/nestedPage-url.jpg'"],
        ['tip', 'waarde tip'],
        ['initObject', 'waarde initObject'],
        ['movieSize', 'waarde movieSize'],
        ['synch', 'waarde synch'],
        ['caption', 'Tekst <b>caption</b>'],
      ],
      richText: {
        text: { html: '<p>Tekst voor <em>text</em>.</p>' },
      },
      children: [],
    },
    {
      type: 'nestedPage',
      attributes: [
        ['linkID', 'PG1700000000037'],
        ['name', 'Voorbeeld &amp; oefening'],
        ['align', 'Bottom'],
        ['url', "FileLocation + 'media/nestedPage-url.jpg'"],
        ['tip', 'waarde tip'],
        ['initObject', 'waarde initObject'],
        ['movieSize', 'waarde movieSize'],
        ['synch', 'waarde synch'],
        ['caption', 'Tekst <b>caption</b>'],
      ],
      richText: {
        text: { html: '<p>Tekst voor <em>text</em>.</p>' },
      },
      children: [],
    },
  ],
};
