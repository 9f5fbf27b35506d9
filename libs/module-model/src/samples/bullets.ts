import type { NodeJson } from '../module-json';

/** A `bullets` page with every declared field filled. */
export const bulletsSample: NodeJson = {
  type: 'bullets',
  attributes: [
    ['linkID', 'PG1700000000003'],
    ['name', 'Voorbeeld &amp; oefening'],
    ['delaySecs', '2'],
    ['showBullets', '1'],
    ['panelWidth', 'Small'],
    ['panelWidthCustom', '12'],
    ['align', 'Right'],
    ['panelStyle', 'true'],
    ['removeTxt', 'false'],
    ['showPanel', '1'],
    ['textTopWidth', 'true'],
    ['textBottomWidth', 'true'],
    ['backBtn', 'Tekst <b>backBtn</b>'],
    ['nextBtn', 'Tekst <b>nextBtn</b>'],
    ['pauseBtn', 'Tekst <b>pauseBtn</b>'],
    ['playBtn', 'Tekst <b>playBtn</b>'],
  ],
  richText: {
    body: { html: '<p>Inhoud van de pagina (bullets).</p>' },
    text: { html: '<p>Tekst voor <em>text</em>.</p>' },
    textTop: { html: '<p>Tekst voor <em>textTop</em>.</p>' },
    textBottom: { html: '<p>Tekst voor <em>textBottom</em>.</p>' },
  },
  children: [],
};
