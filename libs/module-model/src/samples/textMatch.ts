import type { NodeJson } from '../module-json';

/** A `textMatch` page with every declared field filled. */
export const textMatchSample: NodeJson = {
  type: 'textMatch',
  attributes: [
    ['linkID', 'PG1700000000076'],
    ['name', 'Maak de zinnen af'],
    ['maxAttempts', '5'],
    ['correctMessage', 'Tekst <b>correctMessage</b>'],
    ['submitBtnTxt', 'Tekst <b>submitBtnTxt</b>'],
    ['submitBtnTip', 'waarde submitBtnTip'],
    ['submitBtnWidth', '83'],
    ['allWrong', 'Tekst <b>allWrong</b>'],
    ['score', 'Tekst <b>score</b>'],
    ['allWrongTracking', 'Tekst <b>allWrongTracking</b>'],
    ['scoreTracking', 'Tekst <b>scoreTracking</b>'],
    ['incomplete', 'Tekst <b>incomplete</b>'],
    ['trackingWeight', 'waarde trackingWeight'],
    ['markEnd', 'true'],
  ],
  richText: {
    text: { html: '<p>Tekst voor <em>text</em>.</p>' },
    feedback: { html: '<p>Tekst voor <em>feedback</em>.</p>' },
  },
  children: [
    {
      type: 'sentence',
      attributes: [
        ['linkID', 'PG1700000000077'],
        ['audioFeedback', "FileLocation + 'media/sentence-audioFeedback.mp3'"],
        ['name', 'Zin 1'],
      ],
      richText: {
        p1: { html: '<p>Handalcohol gebruik je</p>' },
        p2: { html: '<p>als je handen niet zichtbaar vuil zijn.</p>' },
        hint: { html: '<p>Denk aan zichtbaar vuil.</p>' },
        audioTranscript: { html: '<p>Tekst voor <em>audioTranscript</em>.</p>' },
      },
      children: [],
    },
    {
      type: 'sentence',
      attributes: [
        ['linkID', 'PG1700000000078'],
        ['audioFeedback', "FileLocation + 'media/sentence-audioFeedback.mp3'"],
        ['name', 'Zin 2'],
      ],
      richText: {
        p1: { html: '<p>Handschoenen trek je aan</p>' },
        p2: { html: '<p>bij contact met bloed.</p>' },
        hint: { html: '<p>Denk aan lichaamsvloeistoffen.</p>' },
        audioTranscript: { html: '<p>Tekst voor <em>audioTranscript</em>.</p>' },
      },
      children: [],
    },
  ],
};
