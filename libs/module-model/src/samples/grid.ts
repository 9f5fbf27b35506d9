import type { NodeJson } from '../module-json';

/** A `grid` (sortable grid) page with every declared field filled. */
export const gridSample: NodeJson = {
  type: 'grid',
  attributes: [
    ['linkID', 'PG1700000000095'],
    ['name', 'Stappen van de handwas'],
    ['data', 'Stap|Wat doe je?||1|<b>Nat</b> maken||2|Zeep nemen||3|Wrijven (20 seconden)'],
    ['constrain', 'col'],
    ['style', 'full'],
    ['align', 'right'],
    ['gridSize', 'large'],
    ['drag', 'replace'],
    ['fixedRows', '1'],
    ['fixedCols', '1'],
    ['fixedCells', '2,2'],
    ['header', 'row'],
    ['shadeHeader', 'true'],
    ['shade', 'true'],
    ['checkBtnTxt', 'Tekst <b>checkBtnTxt</b>'],
    ['resetBtnTxt', 'Tekst <b>resetBtnTxt</b>'],
    ['url', "FileLocation + 'media/grid-url.csv'"],
    ['trackingWeight', 'waarde trackingWeight'],
    ['judge', 'false'],
  ],
  richText: {
    text: { html: '<p>Zet de stappen in de goede volgorde.</p>' },
    feedback: { html: '<p>Tekst voor <em>feedback</em>.</p>' },
  },
  children: [],
};
