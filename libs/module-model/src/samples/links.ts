import type { NodeJson } from '../module-json';

/** A `links` page with every declared field filled. */
export const linksSample: NodeJson = {
  type: 'links',
  attributes: [
    ['linkID', 'PG1700000000088'],
    ['name', 'Handige links'],
    ['showTitles', 'true'],
    ['cols', '5'],
    ['minWidth', '25'],
    ['panelStyle', 'none'],
  ],
  richText: {
    text: { html: '<p>Tekst voor <em>text</em>.</p>' },
    textTop: { html: '<p>Tekst voor <em>textTop</em>.</p>' },
    textBottom: { html: '<p>Tekst voor <em>textBottom</em>.</p>' },
  },
  children: [
    {
      type: 'link',
      attributes: [
        ['linkID', 'PG1700000000089'],
        ['name', 'RIVM'],
        ['url', 'https://www.rivm.nl/'],
        ['urlTxt', 'Website van het RIVM'],
        ['target', 'lightbox'],
      ],
      richText: {
        text: { html: '<p>Richtlijnen over infectiepreventie.</p>' },
      },
      children: [],
    },
  ],
};
