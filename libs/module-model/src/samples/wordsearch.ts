import type { NodeJson } from '../module-json';

/** A `wordsearch` page with every declared field filled (`words`: one word per line). */
export const wordsearchSample: NodeJson = {
  type: 'wordsearch',
  attributes: [
    ['linkID', 'PG1700000000096'],
    ['name', 'Woorden over hygiëne'],
    ['words', 'zeep\nhanddoek\nbacterie\nalcohol\nnagels'],
    ['colour1', '0x336699'],
    ['colour2', '0x336699'],
    ['colour3', '0x336699'],
    ['colour4', '0x336699'],
    ['colour5', '0x336699'],
    ['order', 'alphabetical'],
    ['hideSolve', 'false'],
    ['hideSolveUntilTimer', 'false'],
    ['hideWords', 'false'],
    ['puzzleCase', 'lowercase'],
    ['solveBtnTxt', 'Tekst <b>solveBtnTxt</b>'],
    ['retryBtnTxt', 'Tekst <b>retryBtnTxt</b>'],
    ['fillChars', 'xyz'],
  ],
  richText: {
    text: { html: '<p>Zoek de woorden in de puzzel.</p>' },
  },
  children: [],
};
