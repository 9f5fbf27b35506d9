import type { NodeJson } from '../module-json';

/** A `thumbnailViewer` page with every declared field filled. */
export const thumbnailViewerSample: NodeJson = {
  type: 'thumbnailViewer',
  attributes: [
    ['linkID', 'PG1700000000014'],
    ['name', 'Voorbeeld &amp; oefening'],
    ['nextBtnTip', 'waarde nextBtnTip'],
    ['priorBtnTip', 'waarde priorBtnTip'],
  ],
  richText: {
    text: { html: '<p>Tekst voor <em>text</em>.</p>' },
  },
  children: [
    {
      type: 'thumbnailImage',
      attributes: [
        ['linkID', 'PG1700000000015'],
        ['name', 'Voorbeeld &amp; oefening'],
        ['url', "FileLocation + 'media/thumbnailImage-url.jpg'"],
        ['tip', 'waarde tip'],
        ['linktarget', 'None'],
        ['link', 'waarde link'],
      ],
      richText: {
        text: { html: '<p>Tekst voor <em>text</em>.</p>' },
      },
      children: [],
    },
    {
      type: 'thumbnailImage',
      attributes: [
        ['linkID', 'PG1700000000016'],
        ['name', 'Voorbeeld &amp; oefening'],
        ['url', "FileLocation + 'media/thumbnailImage-url.jpg'"],
        ['tip', 'waarde tip'],
        ['linktarget', 'None'],
        ['link', 'waarde link'],
      ],
      richText: {
        text: { html: '<p>Tekst voor <em>text</em>.</p>' },
      },
      children: [],
    },
  ],
};
