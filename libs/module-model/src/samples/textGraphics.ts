import type { NodeJson } from '../module-json';

/** A `textGraphics` page with every declared field filled. */
export const textGraphicsSample: NodeJson = {
  type: 'textGraphics',
  attributes: [
    ['linkID', 'PG1700000000009'],
    ['name', 'Voorbeeld &amp; oefening'],
    ['align', 'Right'],
    ['url', "FileLocation + 'media/handalcohol.jpg'"],
    ['imagesize', 'small'],
    ['tip', 'Een flacon handalcohol op een aanrecht'],
    ['transcriptbuttonlabel', 'Tekst <b>transcriptbuttonlabel</b>'],
    ['caption', 'Handalcohol werkt binnen 30 seconden'],
    ['magnifier', 'true'],
    ['magnifierSize', '55'],
    ['magnifierForce', 'true'],
    ['sound', "FileLocation + 'media/textGraphics-sound.mp3'"],
    ['transcriptPos', 'below'],
    ['hidePanel', 'true'],
  ],
  richText: {
    body: { html: '<p>Inhoud van de pagina (textGraphics).</p>' },
    transcript: { html: '<p>Tekst voor <em>transcript</em>.</p>' },
  },
  children: [],
};
