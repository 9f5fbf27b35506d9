import type { NodeJson } from '../module-json';

/** A `chapter` with every declared field filled, holding one page. */
export const chapterSample: NodeJson = {
  type: 'chapter',
  attributes: [
    ['linkID', 'PG1700000000091'],
    ['name', 'Hoofdstuk 1 &amp; 2'],
    ['includeInHeader', 'true'],
    ['headerName', 'Tekst <b>headerName</b>'],
    ['chapterID', 'waarde chapterID'],
    ['linkPageChapter', 'true'],
    ['linkTargetChapter', 'same'],
    ['headerHideChapter', 'true'],
    ['footerHideChapter', 'true'],
    ['reqProgressChapter', 'true'],
  ],
  children: [
    {
      type: 'text',
      attributes: [
        ['linkID', 'PG1700000000092'],
        ['name', 'Pagina in een hoofdstuk'],
      ],
      richText: {
        body: { html: '<p>Tekst in een hoofdstuk.</p>' },
      },
      children: [],
    },
  ],
};
