/**
 * Keystroke in one browser to rendered text in the other, over loopback: the built platform
 * (`npm run build` first) on its embedded default, two Chromium contexts signed in as the two demo
 * authors on the same page of the demo module. Author A types KEYS characters one by one at a
 * steady pace; author B's page timestamps every change of the editor's text with a
 * MutationObserver. Both clocks are `performance.timeOrigin + performance.now()` of one machine.
 *
 *   SWC_NODE_PROJECT=tsconfig.base.json node -r @swc-node/register test/bench/editor/keystroke-bench.ts [--keys 200] [--gap 40]
 *
 * Goal (issue #5): p95 ≤ 50 ms.
 */
import { chromium, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumPath, PlatformProcess, signIn } from '../../e2e/server';

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
};
const KEYS = arg('keys', 200);
const GAP_MS = arg('gap', 40);

async function openPage(page: Page, moduleUrl: string): Promise<void> {
  await page.goto(moduleUrl);
  await page.locator('[data-connection="connected"]').waitFor();
  await page.locator('.outline__select', { hasText: 'Waarom een tillift?' }).click();
  await page.locator('[data-field="body"] .ProseMirror').waitFor();
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];

async function main(): Promise<void> {
  const executablePath = chromiumPath();
  if (!executablePath) throw new Error('needs Chromium: apt-get install -y chromium (or CHROMIUM_PATH)');
  const platform = new PlatformProcess();
  await platform.start();
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  try {
    const a = await (await browser.newContext({ viewport: { width: 1400, height: 900 } })).newPage();
    const b = await (await browser.newContext({ viewport: { width: 1400, height: 900 } })).newPage();
    await signIn(a, platform.url, 'auteur.a@samenwijs.test');
    await signIn(b, platform.url, 'auteur.b@samenwijs.test');
    await a.getByRole('link', { name: 'Veilig werken met de tillift' }).first().click();
    await a.waitForURL(/\/modules\//);
    const moduleUrl = a.url().replace(/\?.*$/, '');
    await openPage(a, moduleUrl);
    await openPage(b, moduleUrl);

    // B: the time of every text change, with the text length then.
    await b.evaluate(() => {
      const editor = document.querySelector('[data-field="body"] .ProseMirror')!;
      const w = window as unknown as { seen: [number, number][] };
      w.seen = [];
      const text = () => editor.textContent?.replace(/Ahmed Auteur/g, '').length ?? 0;
      new MutationObserver(() => w.seen.push([performance.timeOrigin + performance.now(), text()])).observe(editor, {
        childList: true,
        characterData: true,
        subtree: true,
      });
    });
    // A: the time each key went down, and the length B must reach for it.
    await a.locator('[data-field="body"] .ProseMirror').click();
    await a.keyboard.press('Control+End');
    await a.keyboard.type(' ');
    await a.waitForTimeout(500);
    const base = await b.evaluate(() => document.querySelector('[data-field="body"] .ProseMirror')!.textContent!.replace(/Ahmed Auteur/g, '').length);
    await a.evaluate(() => {
      const w = window as unknown as { sent: number[] };
      w.sent = [];
      document.addEventListener('keydown', () => w.sent.push(performance.timeOrigin + performance.now()), { capture: true });
    });
    const alphabet = 'abcdefghijklmnopqrstuvwxyz';
    for (let i = 0; i < KEYS; i++) {
      await a.keyboard.type(alphabet[i % alphabet.length]);
      await a.waitForTimeout(GAP_MS);
    }
    await a.waitForTimeout(1_000);
    const sent = await a.evaluate(() => (window as unknown as { sent: number[] }).sent);
    const seen = await b.evaluate(() => (window as unknown as { seen: [number, number][] }).seen);

    const latencies: number[] = [];
    let missing = 0;
    sent.forEach((at, i) => {
      const shown = seen.find(([, length]) => length >= base + i + 1);
      if (shown) latencies.push(shown[0] - at);
      else missing++;
    });
    const sorted = [...latencies].sort((x, y) => x - y);
    const p50 = percentile(sorted, 50);
    const p95 = percentile(sorted, 95);
    console.log(`keystrokes: ${sent.length} typed, ${latencies.length} seen by the other author, ${missing} missing (gap ${GAP_MS} ms)`);
    console.log(`keystroke → other browser's render: p50 ${p50.toFixed(1)} ms, p95 ${p95.toFixed(1)} ms, max ${sorted.at(-1)!.toFixed(1)} ms`);
    console.log(`goal p95 ≤ 50 ms: ${p95 <= 50 && missing === 0 ? 'met' : 'NOT met'}`);
  } finally {
    await browser.close();
    await platform.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
