import type { NodeJson } from '../module-json';

/** A `summary` page with every declared field filled. */
export const summarySample: NodeJson = {
  type: 'summary',
  attributes: [
    ['linkID', 'PG1700000000007'],
    ['name', 'Voorbeeld &amp; oefening'],
    ['summaryHeader', 'Tekst <b>summaryHeader</b>'],
    ['nextstepsHeader', 'Tekst <b>nextstepsHeader</b>'],
    ['url', "FileLocation + 'media/summary-url.jpg'"],
    ['tip', 'waarde tip'],
    ['audioImg', "FileLocation + 'media/summary-audioImg.jpg'"],
  ],
  richText: {
    summary: { html: '<p>Tekst voor <em>summary</em>.</p>' },
    nextsteps: { html: '<p>Tekst voor <em>nextsteps</em>.</p>' },
    audioTranscript: { html: '<p>Tekst voor <em>audioTranscript</em>.</p>' },
  },
  children: [],
};
