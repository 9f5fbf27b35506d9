import type { NodeJson } from '../module-json';

/** A `textVideo` page with every declared field filled. */
export const textVideoSample: NodeJson = {
  type: 'textVideo',
  attributes: [
    ['linkID', 'PG1700000000011'],
    ['name', 'Voorbeeld &amp; oefening'],
    ['align', 'Right'],
    ['url', 'https://www.youtube.com/watch?v=dQw4w9WgXcQ'],
    ['tip', 'Video over handen wassen'],
    ['full', 'true'],
    ['reset', 'true'],
    ['transcriptTabTxt', 'Tekst <b>transcriptTabTxt</b>'],
    ['transcriptTabTip', 'waarde transcriptTabTip'],
    ['transcriptTabWidth', '85'],
    ['startFrame', 'waarde startFrame'],
    ['endFrame', 'waarde endFrame'],
    ['movieSize', 'waarde movieSize'],
    ['iframeMax', 'waarde iframeMax'],
    ['iframeRatio', 'waarde iframeRatio'],
    ['trackingWeight', 'waarde trackingWeight'],
  ],
  richText: {
    body: { html: '<p>Inhoud van de pagina (textVideo).</p>' },
    transcript: { html: '<p>Tekst voor <em>transcript</em>.</p>' },
  },
  children: [],
};
