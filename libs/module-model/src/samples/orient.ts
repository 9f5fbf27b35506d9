import type { NodeJson } from '../module-json';

/** A `orient` page with every declared field filled. */
export const orientSample: NodeJson = {
  type: 'orient',
  attributes: [
    ['linkID', 'PG1700000000008'],
    ['name', 'Voorbeeld &amp; oefening'],
    ['goalsHeader', 'Tekst <b>goalsHeader</b>'],
    ['audienceHeader', 'Tekst <b>audienceHeader</b>'],
    ['prereqHeader', 'Tekst <b>prereqHeader</b>'],
    ['howtoHeader', 'Tekst <b>howtoHeader</b>'],
    ['url', "FileLocation + 'media/orient-url.jpg'"],
    ['tip', 'waarde tip'],
    ['audioImg', "FileLocation + 'media/orient-audioImg.jpg'"],
  ],
  richText: {
    goals: { html: '<p>Tekst voor <em>goals</em>.</p>' },
    audience: { html: '<p>Tekst voor <em>audience</em>.</p>' },
    prereq: { html: '<p>Tekst voor <em>prereq</em>.</p>' },
    howto: { html: '<p>Tekst voor <em>howto</em>.</p>' },
    audioTranscript: { html: '<p>Tekst voor <em>audioTranscript</em>.</p>' },
  },
  children: [],
};
