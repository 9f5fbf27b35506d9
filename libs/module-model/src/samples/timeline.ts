import type { NodeJson } from '../module-json';

/** A `timeline` page with every declared field filled. */
export const timelineSample: NodeJson = {
  type: 'timeline',
  attributes: [
    ['linkID', 'PG1700000000072'],
    ['name', 'Stappen van handen wassen'],
    ['interactivity', 'Timeline'],
    ['checkBtnTxt', 'Tekst <b>checkBtnTxt</b>'],
    ['checkBtnTip', 'waarde checkBtnTip'],
    ['checkBtnWidth', '102'],
    ['allWrong', 'Tekst <b>allWrong</b>'],
    ['score', 'Tekst <b>score</b>'],
    ['allWrongTracking', 'Tekst <b>allWrongTracking</b>'],
    ['scoreTracking', 'Tekst <b>scoreTracking</b>'],
    ['incomplete', 'Tekst <b>incomplete</b>'],
    ['trackingWeight', 'waarde trackingWeight'],
  ],
  richText: {
    text: { html: '<p>Tekst voor <em>text</em>.</p>' },
    feedback: { html: '<p>Tekst voor <em>feedback</em>.</p>' },
  },
  children: [
    {
      type: 'timelinedate',
      attributes: [
        ['linkID', 'PG1700000000073'],
        ['name', 'Handen nat maken'],
      ],
      richText: {
        text: { html: '<p>Gebruik stromend water.</p>' },
      },
      children: [],
    },
    {
      type: 'timelinedate',
      attributes: [
        ['linkID', 'PG1700000000074'],
        ['name', 'Zeep gebruiken'],
      ],
      richText: {
        text: { html: '<p>Wrijf minstens 20 seconden.</p>' },
      },
      children: [],
    },
    {
      type: 'timelinedate',
      attributes: [
        ['linkID', 'PG1700000000075'],
        ['name', 'Afdrogen'],
      ],
      richText: {
        text: { html: '<p>Met een papieren handdoek.</p>' },
      },
      children: [],
    },
  ],
};
