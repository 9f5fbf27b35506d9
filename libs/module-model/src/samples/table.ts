import type { NodeJson } from '../module-json';

/** A `table` page with every declared field filled. */
export const tableSample: NodeJson = {
  type: 'table',
  attributes: [
    ['linkID', 'PG1700000000084'],
    ['name', 'Inwerktijden'],
    ['align', 'right'],
    ['loadingPrompt', 'Tekst <b>loadingPrompt</b>'],
  ],
  richText: {
    text: { html: '<p>Tekst voor <em>text</em>.</p>' },
  },
  children: [
    {
      type: 'tableData',
      attributes: [
        ['linkID', 'PG1700000000085'],
        ['name', 'Inwerktijden'],
        ['data', 'Middel|Tijd||Zeep|20 seconden||Handalcohol|30 seconden'],
        ['size', 'small'],
        ['borders', 'none'],
        ['header', 'header'],
        ['shadeHeader', 'false'],
        ['shade', 'false'],
        ['caption', 'Tekst <b>caption</b>'],
        ['alt', 'Hoe lang elk middel moet inwerken'],
        ['url', "FileLocation + 'media/tableData-url.csv'"],
        ['delimiter', 'comma'],
      ],
      children: [],
    },
  ],
};
