import type { NodeJson } from '../module-json';

/** A `hotspotImage` page with every declared field filled. */
export const hotspotImageSample: NodeJson = {
  type: 'hotspotImage',
  attributes: [
    ['linkID', 'PG1700000000062'],
    ['name', 'Voorbeeld &amp; oefening'],
    ['align', 'Right'],
    ['url', "FileLocation + 'media/hotspotImage-url.jpg'"],
    ['tip', 'waarde tip'],
    ['hicol', '0x336699'],
    ['hs_strokeOpacity', 'waarde hs_strokeOpacity'],
    ['hs_strokeWidth', 'waarde hs_strokeWidth'],
    ['hs_fill', 'true'],
    ['hs_fillColor', '0x336699'],
    ['hs_fillOpacity', 'waarde hs_fillOpacity'],
    ['hs_showTooltip', 'true'],
    ['interactivity', 'Click Explore'],
    ['nextTxt', 'Tekst <b>nextTxt</b>'],
    ['priorTxt', 'Tekst <b>priorTxt</b>'],
    ['highlight', 'true'],
  ],
  richText: {
    text: { html: '<p>Tekst voor <em>text</em>.</p>' },
  },
  children: [
    {
      type: 'flexhotspot',
      attributes: [
        ['linkID', 'PG1700000000063'],
        ['name', 'Kraan'],
        ['alttext', 'Beschrijving voor hulpmiddelen'],
        ['x', '4'],
        ['y', '5'],
        ['w', '1'],
        ['h', '2'],
        ['points', 'waarde points'],
        ['mode', 'waarde mode'],
        ['shape', 'waarde shape'],
      ],
      richText: {
        text: { html: '<p>Draai de kraan dicht met een papieren doekje.</p>' },
      },
      children: [],
    },
    {
      type: 'hotspot',
      attributes: [
        ['linkID', 'PG1700000000064'],
        ['name', 'Zeep'],
        ['alttext', 'Beschrijving voor hulpmiddelen'],
        ['x', '4'],
        ['y', '5'],
        ['w', '1'],
        ['h', '2'],
      ],
      richText: {
        text: { html: '<p>Gebruik vloeibare zeep.</p>' },
      },
      children: [],
    },
  ],
};
