import type { NodeJson } from '../module-json';

/** A `cMcq` page with every declared field filled. */
export const cMcqSample: NodeJson = {
  type: 'cMcq',
  attributes: [
    ['linkID', 'PG1700000000079'],
    ['name', 'Kies je route'],
    ['panelWidth', 'Small'],
    ['panelWidthCustom', '15'],
    ['panelHeight', 'fit'],
    ['align', 'Right'],
    ['panelStyle', 'true'],
    ['removeTxt', 'true'],
    ['textTopWidth', 'true'],
    ['textBottomWidth', 'true'],
    ['confirmBtnTxt', 'Tekst <b>confirmBtnTxt</b>'],
    ['confirmBtnTip', 'waarde confirmBtnTip'],
    ['confirmBtnWidth', '101'],
    ['notFoundMessage', 'Tekst <b>notFoundMessage</b>'],
    ['notSetMessage', 'Tekst <b>notSetMessage</b>'],
  ],
  richText: {
    instruction: { html: '<p>Tekst voor <em>instruction</em>.</p>' },
    prompt: { html: '<p>Werk je in de thuiszorg of in het ziekenhuis?</p>' },
    textTop: { html: '<p>Tekst voor <em>textTop</em>.</p>' },
    textBottom: { html: '<p>Tekst voor <em>textBottom</em>.</p>' },
  },
  children: [
    {
      type: 'cOption',
      attributes: [
        ['linkID', 'PG1700000000080'],
        ['name', 'Thuiszorg'],
        ['destination', 'PG1700000000001'],
      ],
      richText: {
        text: { html: '<p>Thuiszorg</p>' },
      },
      children: [],
    },
    {
      type: 'cOption',
      attributes: [
        ['linkID', 'PG1700000000081'],
        ['name', 'Ziekenhuis'],
        ['destination', 'PG1700000000002'],
      ],
      richText: {
        text: { html: '<p>Ziekenhuis</p>' },
      },
      children: [],
    },
  ],
};
