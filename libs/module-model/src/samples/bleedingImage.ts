import type { NodeJson } from '../module-json';

/** A `bleedingImage` page with every declared field filled. */
export const bleedingImageSample: NodeJson = {
  type: 'bleedingImage',
  attributes: [
    ['linkID', 'PG1700000000010'],
    ['name', 'Voorbeeld &amp; oefening'],
    ['align', 'Right'],
    ['url', "FileLocation + 'media/ziekenhuisgang.jpg'"],
    ['imagesize', 'small'],
    ['tip', 'Een lege ziekenhuisgang'],
    ['magnifier', 'true'],
    ['magnifierSize', '53'],
    ['magnifierForce', 'true'],
    ['sound', "FileLocation + 'media/bleedingImage-sound.mp3'"],
    ['link', 'https://www.rivm.nl/hygiene'],
    ['linkIntro', 'Meer over hygiëne'],
    ['linktarget', 'waarde linktarget'],
    ['caption', 'Tekst <b>caption</b>'],
    ['addmargin', 'true'],
    ['size', '12'],
  ],
  richText: {
    body: { html: '<p>Inhoud van de pagina (bleedingImage).</p>' },
    soundTranscript: { html: '<p>Tekst voor <em>soundTranscript</em>.</p>' },
  },
  children: [],
};
