import type { NodeJson } from '../module-json';

/** A `title` page with every declared field filled. */
export const titleSample: NodeJson = {
  type: 'title',
  attributes: [
    ['linkID', 'PG1700000000002'],
    ['name', 'Welkom bij de module Hygiëne'],
    ['size', '36'],
    ['titleVAlign', '200'],
    ['titleHAlign', 'center'],
    ['startBtn', 'true'],
    ['url', "FileLocation + 'media/title-url.jpg'"],
    ['tip', 'waarde tip'],
    ['audioImg', "FileLocation + 'media/title-audioImg.jpg'"],
    ['bgImageVAlign', 'top'],
    ['bgImageHAlign', 'left'],
    ['bgImageVConstrain', '4'],
    ['bgImageHConstrain', '5'],
    ['titleTextColour', '0x336699'],
    ['hideTitleTxt', 'true'],
    ['hideIcon', 'true'],
    ['startBtnTxt', 'Start'],
  ],
  richText: {
    body: { html: '<h2>Hygiëne in de zorg</h2><p>Een module voor niveau 3 en 4.</p>' },
    additionalTxt: { html: '<p>Tekst voor <em>additionalTxt</em>.</p>' },
    audioTranscript: { html: '<p>Tekst voor <em>audioTranscript</em>.</p>' },
  },
  children: [],
};
