import type { NodeJson } from '../module-json';

/** A `buttonNav` page with every declared field filled. */
export const buttonNavSample: NodeJson = {
  type: 'buttonNav',
  attributes: [
    ['linkID', 'PG1700000000044'],
    ['name', 'Voorbeeld &amp; oefening'],
    ['panelWidth', 'Small'],
    ['buttonWidth', '24'],
    ['buttonPos', 'Top'],
  ],
  richText: {
    text: { html: '<p>Tekst voor <em>text</em>.</p>' },
  },
  children: [
    {
      type: 'nestedPage',
      attributes: [
        ['linkID', 'PG1700000000045'],
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
        ['linkID', 'PG1700000000046'],
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
