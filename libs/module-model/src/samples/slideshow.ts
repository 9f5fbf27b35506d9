import type { NodeJson } from '../module-json';

/** A `slideshow` page with every declared field filled. */
export const slideshowSample: NodeJson = {
  type: 'slideshow',
  attributes: [
    ['linkID', 'PG1700000000041'],
    ['name', 'Voorbeeld &amp; oefening'],
    ['panelWidth', 'Small'],
    ['nextBtnTip', 'waarde nextBtnTip'],
    ['priorBtnTip', 'waarde priorBtnTip'],
    ['slideCount', 'Tekst <b>slideCount</b>'],
  ],
  richText: {
    text: { html: '<p>Tekst voor <em>text</em>.</p>' },
  },
  children: [
    {
      type: 'nestedPage',
      attributes: [
        ['linkID', 'PG1700000000042'],
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
        ['linkID', 'PG1700000000043'],
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
