import type { NodeJson } from '../module-json';

/** A `categories` page with every declared field filled. */
export const categoriesSample: NodeJson = {
  type: 'categories',
  attributes: [
    ['linkID', 'PG1700000000065'],
    ['name', 'Schoon of vuil?'],
    ['buttonLabel', 'Tekst <b>buttonLabel</b>'],
    ['buttonWidth', '105'],
    ['feedbackScore', 'Tekst <b>feedbackScore</b>'],
    ['incomplete', 'Tekst <b>incomplete</b>'],
    ['trackingWeight', 'waarde trackingWeight'],
    ['judge', 'true'],
  ],
  richText: {
    text: { html: '<p>Tekst voor <em>text</em>.</p>' },
    feedback: { html: '<p>Tekst voor <em>feedback</em>.</p>' },
  },
  children: [
    {
      type: 'category',
      attributes: [
        ['linkID', 'PG1700000000066'],
        ['name', 'Schoon'],
      ],
      children: [
        {
          type: 'item',
          attributes: [
            ['linkID', 'PG1700000000067'],
            ['name', 'Steriel gaas'],
          ],
          children: [],
        },
        {
          type: 'item',
          attributes: [
            ['linkID', 'PG1700000000068'],
            ['name', 'Schone handdoek'],
          ],
          children: [],
        },
      ],
    },
    {
      type: 'category',
      attributes: [
        ['linkID', 'PG1700000000069'],
        ['name', 'Vuil'],
      ],
      children: [
        {
          type: 'item',
          attributes: [
            ['linkID', 'PG1700000000070'],
            ['name', 'Vuile luier'],
          ],
          children: [],
        },
        {
          type: 'item',
          attributes: [
            ['linkID', 'PG1700000000071'],
            ['name', 'Gebruikte handschoen'],
          ],
          children: [],
        },
      ],
    },
  ],
};
