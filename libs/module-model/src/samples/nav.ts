import type { NodeJson } from '../module-json';

/** A `nav` page with every declared field filled. */
export const navSample: NodeJson = {
  type: 'nav',
  attributes: [
    ['linkID', 'PG1700000000017'],
    ['name', 'De vijf momenten'],
    ['type', 'Acc'],
    ['panelWidth', 'Small'],
    ['panelWidthCustom', '15'],
    ['panelHeight', 'fit'],
    ['panelPos', 'Left'],
    ['buttonPos', 'Bottom'],
    ['collapsible', 'true'],
    ['panelStyle', 'true'],
    ['removeTxt', 'false'],
    ['showTitles', 'false'],
    ['minWidth', '23'],
    ['columnPanelStyle', 'single'],
    ['columnWidth', 'waarde columnWidth'],
    ['textTopWidth', 'true'],
    ['textBottomWidth', 'true'],
    ['nextBtnTip', 'waarde nextBtnTip'],
    ['prevBtnTip', 'waarde prevBtnTip'],
    ['slideCount', 'Tekst <b>slideCount</b>'],
  ],
  richText: {
    text: { html: '<p>Tekst voor <em>text</em>.</p>' },
    textTop: { html: '<p>Tekst voor <em>textTop</em>.</p>' },
    textBottom: { html: '<p>Tekst voor <em>textBottom</em>.</p>' },
  },
  children: [
    {
      type: 'navPage',
      attributes: [
        ['linkID', 'PG1700000000018'],
        ['name', 'Voorbeeld &amp; oefening'],
        ['url', "FileLocation + 'media/navPage-url.jpg'"],
        ['tip', 'waarde tip'],
        ['align', 'Top'],
        ['caption', 'Tekst <b>caption</b>'],
      ],
      richText: {
        text: { html: '<p>Tekst voor <em>text</em>.</p>' },
        transcript: { html: '<p>Tekst voor <em>transcript</em>.</p>' },
      },
      children: [],
    },
    {
      type: 'navPage',
      attributes: [
        ['linkID', 'PG1700000000019'],
        ['name', 'Voorbeeld &amp; oefening'],
        ['url', "FileLocation + 'media/navPage-url.jpg'"],
        ['tip', 'waarde tip'],
        ['align', 'Top'],
        ['caption', 'Tekst <b>caption</b>'],
      ],
      richText: {
        text: { html: '<p>Tekst voor <em>text</em>.</p>' },
        transcript: { html: '<p>Tekst voor <em>transcript</em>.</p>' },
      },
      children: [],
    },
  ],
};
