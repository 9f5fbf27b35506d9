import type { NodeJson } from '../module-json';

/** A `dragDropLabel` page with every declared field filled. */
export const dragDropLabelSample: NodeJson = {
  type: 'dragDropLabel',
  attributes: [
    ['linkID', 'PG1700000000059'],
    ['name', 'Voorbeeld &amp; oefening'],
    ['align', 'Right'],
    ['interactivity', 'Match'],
    ['url', "FileLocation + 'media/dragDropLabel-url.jpg'"],
    ['tip', 'waarde tip'],
    ['imgWidth', 'Small'],
    ['showHighlight', 'false'],
    ['highlightColour', '0x336699'],
    ['tryAgainTxt', 'Tekst <b>tryAgainTxt</b>'],
    ['submitText', 'Tekst <b>submitText</b>'],
    ['incomplete', 'Tekst <b>incomplete</b>'],
    ['labelPos', 'image'],
    ['trackingWeight', 'waarde trackingWeight'],
  ],
  richText: {
    text: { html: '<p>Tekst voor <em>text</em>.</p>' },
  },
  children: [
    {
      type: 'hotspot',
      attributes: [
        ['linkID', 'PG1700000000060'],
        ['name', 'Duim'],
        ['alttext', 'Beschrijving voor hulpmiddelen'],
        ['x', '4'],
        ['y', '5'],
        ['w', '1'],
        ['h', '2'],
      ],
      richText: {
        text: { html: '<p>Vergeet de duim niet.</p>' },
      },
      children: [],
    },
    {
      type: 'hotspot',
      attributes: [
        ['linkID', 'PG1700000000061'],
        ['name', 'Vingertoppen'],
        ['alttext', 'Beschrijving voor hulpmiddelen'],
        ['x', '4'],
        ['y', '5'],
        ['w', '1'],
        ['h', '2'],
      ],
      richText: {
        text: { html: '<p>Hier zitten de meeste bacteriën.</p>' },
      },
      children: [],
    },
  ],
};
