/**
 * @jest-environment jsdom
 */
import { generateHTML } from '@tiptap/core';
import { editorExtensions } from './extensions';

/**
 * What the browser editor draws from a live document. A client can write the Yjs shape
 * directly, past every parse rule, so drawing must check again what it frames.
 */
describe('the editor drawing a live document', () => {
  const withVideo = (src: string) => ({
    type: 'doc',
    content: [{ type: 'videoEmbed', attrs: { src, width: '560', height: '315', title: 'Tillift' } }],
  });

  it.each(['https://evil.example/', 'javascript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'https://www.youtube.com.evil.example/embed/x'])(
    'frames no video from %s',
    (src) => {
      const html = generateHTML(withVideo(src), editorExtensions);
      expect(html).not.toContain('<iframe');
      expect(html).not.toContain(src);
    },
  );

  it('frames a video of an allowed host', () => {
    const html = generateHTML(withVideo('https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ'), editorExtensions);
    expect(html).toContain('<iframe');
    expect(html).toContain('src="https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ"');
  });
});
