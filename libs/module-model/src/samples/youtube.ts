import type { NodeJson } from '../module-json';

/** A `youtube` page with every declared field filled. */
export const youtubeSample: NodeJson = {
  type: 'youtube',
  attributes: [
    ['linkID', 'PG1700000000012'],
    ['name', 'Voorbeeld &amp; oefening'],
    ['autoplay', 'true'],
    ['toggle', 'true'],
    ['videoSize', 'waarde videoSize'],
    ['launchvideo', 'waarde launchvideo'],
    ['trackingWeight', 'waarde trackingWeight'],
  ],
  richText: {
    text: { html: '<p>Tekst voor <em>text</em>.</p>' },
  },
  body: 'dQw4w9WgXcQ',
  children: [],
};
