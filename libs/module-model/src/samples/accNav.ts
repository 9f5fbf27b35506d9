import type { NodeJson } from '../module-json';

/** A `accNav` page with every declared field filled. */
export const accNavSample: NodeJson = {
  type: 'accNav',
  attributes: [
    ['linkID', 'PG1700000000038'],
    ['name', 'Voorbeeld &amp; oefening'],
    ['panelWidth', 'Small'],
    ['panelHeight', 'fill'],
  ],
  richText: {
    text: { html: '<p>Tekst voor <em>text</em>.</p>' },
  },
  children: [
    {
      type: 'nestedPage',
      attributes: [
        ['linkID', 'PG1700000000039'],
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
        ['linkID', 'PG1700000000040'],
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
