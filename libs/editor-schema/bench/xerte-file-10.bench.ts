// Time of sanitising all rich text of the largest Xerte corpus file (10, 733 KB, mostly base64
// images in HTML) with both sanitisers. Not part of the test run; start it with
//
//   npx jest -c libs/editor-schema/jest.config.js --testMatch '**/bench/*.bench.ts'
import { safeOriginalHtml, sanitizeBoth, sanitizeHtml } from '../src/index';
import { corpusRichTexts } from '../src/testing/xerte-corpus';

const texts = corpusRichTexts('10-project-proposal-datauri.template.xml').map(({ html }) => html);

function median(run: () => void, runs = 50): number {
  for (let i = 0; i < 5; i++) run();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    run();
    times.push(performance.now() - started);
  }
  return times.sort((a, b) => a - b)[Math.floor(runs / 2)];
}

it('sanitises file 10 with both sanitisers', () => {
  const kilobytes = Math.round(texts.reduce((n, html) => n + html.length, 0) / 1024);
  const separately = median(() => texts.forEach((html) => (sanitizeHtml(html), safeOriginalHtml(html))));
  const once = median(() => texts.forEach((html) => sanitizeBoth(html)));
  console.log(
    `${texts.length} rich texts, ${kilobytes} KB: sanitizeHtml + safeOriginalHtml ${separately.toFixed(1)} ms, ` +
      `sanitizeBoth ${once.toFixed(1)} ms (medians)`,
  );
  expect(texts.length).toBeGreaterThan(0);
});
