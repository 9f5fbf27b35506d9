import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { Browser, BrowserContext, chromium, Page } from 'playwright-core';
import { WebSocket } from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import AxeBuilder from './axe';
import { CHROMIUM_ARGS, chromiumPath, login, PlatformProcess, setDemoRoles, signIn, until } from './server';

/**
 * Two teachers co-author the demo module in two browsers (Debian's Chromium), as the README
 * promises after `npm start`: each sees the other's text and caret, pages added and moved by one
 * appear for the other, a reload keeps everything, offline edits merge on reconnect, a reviewer
 * can look but not change, and the interface switches between Dutch and English.
 */
const browserPath = chromiumPath();
const OUTPUT = join(__dirname, '..', '..', 'test-output', 'e2e');
const MODULE_TITLE = 'Veilig werken met de tillift';
const PAGE_TITLE = 'Waarom een tillift?';

if (!browserPath) {
  describe('editor browser tests', () => {
    it('need Chromium (apt-get install -y chromium, or CHROMIUM_PATH)', () => {
      expect(process.env.REQUIRE_BROWSER).not.toBe('1');
    });
  });
} else {
  describe('co-authoring in the browser', () => {
    const platform = new PlatformProcess();
    let browser: Browser;
    let moduleUrl = '';

    beforeAll(async () => {
      mkdirSync(OUTPUT, { recursive: true });
      await platform.start();
      browser = await chromium.launch({ executablePath: browserPath, args: CHROMIUM_ARGS });
    });

    afterAll(async () => {
      await browser?.close();
      await platform.stop();
    });

    async function signedIn(email: string): Promise<{ context: BrowserContext; page: Page }> {
      const context = await browser.newContext({ bypassCSP: true, viewport: { width: 1400, height: 900 } });
      const page = await context.newPage();
      await signIn(page, platform.url, email);
      return { context, page };
    }

    async function openModule(page: Page): Promise<void> {
      if (moduleUrl) {
        await page.goto(moduleUrl);
      } else {
        await page.getByRole('link', { name: MODULE_TITLE }).first().click();
        await page.waitForURL(/\/modules\//);
        moduleUrl = page.url().replace(/\?.*$/, '');
      }
      await page.locator('[data-connection="connected"]').waitFor();
      await page.locator('.outline__item').first().waitFor();
    }

    /** The two demo authors in their own browsers, both in the demo module (and on one page). */
    async function bothAuthors(pageTitle?: string) {
      const authors = [await signedIn('auteur.a@samenwijs.test'), await signedIn('auteur.b@samenwijs.test')] as const;
      for (const { page } of authors) {
        await openModule(page);
        if (pageTitle) await openPage(page, pageTitle);
      }
      return authors;
    }

    const outlineButton = (page: Page, title: string) => page.locator('.outline__select', { hasText: title });
    const bodyEditor = (page: Page) => page.locator('[data-field="body"] .ProseMirror');

    async function openPage(page: Page, title: string): Promise<void> {
      await outlineButton(page, title).click();
      await bodyEditor(page).waitFor();
    }

    async function typeAtEnd(page: Page, text: string): Promise<void> {
      await bodyEditor(page).click();
      await page.keyboard.press('Control+End');
      await page.keyboard.type(text);
    }

    const seriousViolations = async (page: Page) =>
      (await new AxeBuilder(page).analyze()).violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.help}`);

    it('lets two authors edit one page and see each other’s text and caret within a second', async () => {
      const [a, b] = await bothAuthors(PAGE_TITLE);

      // Presence: each sees the other in the module and on this page.
      await a.page.locator('.presence__person', { hasText: 'Bregje Auteur' }).waitFor();
      await a.page.locator('.outline__item--selected .outline__presence').waitFor();

      const started = Date.now();
      await typeAtEnd(a.page, ' Samen schrijven we verder.');
      await b.page.locator('[data-field="body"]', { hasText: 'Samen schrijven we verder.' }).waitFor({ timeout: 1_000 });
      const textLatency = Date.now() - started;
      // Ahmed's caret, with his name, in Bregje's editor.
      await b.page.locator('.collaboration-carets__label', { hasText: 'Ahmed Auteur' }).waitFor({ timeout: 1_000 });

      await typeAtEnd(b.page, ' En Bregje vult aan.');
      await a.page.locator('[data-field="body"]', { hasText: 'En Bregje vult aan.' }).waitFor({ timeout: 1_000 });
      await a.page.locator('.collaboration-carets__label', { hasText: 'Bregje Auteur' }).waitFor({ timeout: 1_000 });
      await a.page.screenshot({ path: join(OUTPUT, 'editor-two-carets-a.png') });
      await b.page.screenshot({ path: join(OUTPUT, 'editor-two-carets-b.png') });
      expect(textLatency).toBeLessThan(1_500); // includes typing 27 keys
      expect(await seriousViolations(a.page)).toEqual([]);
      await a.context.close();
      await b.context.close();
    });

    it('syncs added and reordered pages, and keeps everything after a reload', async () => {
      const [a, b] = await bothAuthors();
      const countB = await b.page.locator('.outline__item').count();

      await a.page.getByRole('button', { name: 'Pagina toevoegen' }).click();
      await a.page.locator('[data-page-type="bullets"]').click();
      await expect_count(b.page, countB + 1);
      // The new page is last and selected for Ahmed, with the focus in its title: he types it.
      const title = a.page.locator('.editor__page [data-node-type="bullets"] [data-field="name"] input');
      await waitFor(async () => title.evaluate((input) => input === document.activeElement));
      await title.fill('Stappenplan');
      await outlineButton(a.page, 'Stappenplan').waitFor({ timeout: 1_000 }).catch(async (e) => {
        await a.page.screenshot({ path: join(OUTPUT, 'editor-add-page-failed.png') });
        throw e;
      });
      await outlineButton(b.page, 'Stappenplan').waitFor({ timeout: 1_000 });

      // Move it one up with the keyboard (Alt+↑ on the outline entry).
      await outlineButton(a.page, 'Stappenplan').focus();
      await a.page.keyboard.press('Alt+ArrowUp');
      const order = async (page: Page) => page.locator('.outline__page-title').allTextContents();
      await waitFor(async () => {
        const titles = await order(b.page);
        return titles.indexOf('Stappenplan') === titles.length - 2;
      });

      // Undo (Ctrl+Z outside a field) takes Ahmed's move back; Bregje sees that too.
      await a.page.locator('.editor__page-title').click();
      await a.page.keyboard.press('Control+z');
      await waitFor(async () => (await order(b.page)).at(-1) === 'Stappenplan');

      await b.page.reload();
      await b.page.locator('[data-connection="connected"]').waitFor();
      expect((await order(b.page)).at(-1)).toBe('Stappenplan');
      await openPage(b.page, PAGE_TITLE);
      await b.page.locator('[data-field="body"]', { hasText: 'En Bregje vult aan.' }).waitFor();
      await a.context.close();
      await b.context.close();
    });

    it('keeps offline edits (even across a closed tab) and merges them on reconnect', async () => {
      const [a, b] = await bothAuthors(PAGE_TITLE);

      await a.context.setOffline(true);
      await a.page.locator('[data-connection="offline"], [data-connection="reconnecting"]').waitFor();
      await typeAtEnd(a.page, ' Offline geschreven.');
      await a.page.getByText('Nog niet op de server: bewaard in deze browser').waitFor();
      await typeAtEnd(b.page, ' Intussen online.');
      await a.page.locator('[data-field="body"]', { hasText: 'Intussen online.' }).waitFor({ state: 'detached', timeout: 500 }).catch(() => undefined);
      expect(await a.page.locator('[data-field="body"]').textContent()).not.toContain('Intussen online.');
      // Give IndexedDB its write, then close the tab while still offline.
      await a.page.waitForTimeout(300);
      await a.page.close();

      await a.context.setOffline(false);
      const again = await a.context.newPage();
      await again.goto(moduleUrl);
      await again.locator('[data-connection="connected"]').waitFor();
      await openPage(again, PAGE_TITLE);
      await again.locator('[data-field="body"]', { hasText: 'Intussen online.' }).waitFor();
      await again.locator('[data-field="body"]', { hasText: 'Offline geschreven.' }).waitFor();
      expect(await again.getByText('Nog niet op de server').count()).toBe(0);
      await b.page.locator('[data-field="body"]', { hasText: 'Offline geschreven.' }).waitFor({ timeout: 5_000 });
      expect(await editorText(again)).toBe(await editorText(b.page));
      await a.context.close();
      await b.context.close();
    });

    it('keeps what one author types in a page while the other moves that page', async () => {
      const [a, b] = await bothAuthors(PAGE_TITLE);
      const order = async (page: Page) => page.locator('.outline__page-title').allTextContents();
      const before = await order(a.page);

      // Bregje's words are still on their way while Ahmed moves the page: she is offline then.
      await b.context.setOffline(true);
      await b.page.locator('[data-connection="offline"], [data-connection="reconnecting"]').waitFor();
      await typeAtEnd(b.page, ' Getypt terwijl de pagina verschoof.');

      await outlineButton(a.page, PAGE_TITLE).focus();
      await a.page.keyboard.press(before.indexOf(PAGE_TITLE) > 0 ? 'Alt+ArrowUp' : 'Alt+ArrowDown');
      await waitFor(async () => (await order(a.page)).indexOf(PAGE_TITLE) !== before.indexOf(PAGE_TITLE));

      await b.context.setOffline(false);
      await b.page.locator('[data-connection="connected"]').waitFor();
      await a.page.locator('[data-field="body"]', { hasText: 'Getypt terwijl de pagina verschoof.' }).waitFor({ timeout: 5_000 });
      await waitFor(async () => (await order(b.page)).join('|') === (await order(a.page)).join('|'));
      expect((await order(b.page)).indexOf(PAGE_TITLE)).not.toBe(before.indexOf(PAGE_TITLE));
      // Bregje's editor stayed on the page, and its text is the same for both.
      expect(await editorText(b.page)).toContain('Getypt terwijl de pagina verschoof.');
      expect(await editorText(a.page)).toBe(await editorText(b.page));
      await a.context.close();
      await b.context.close();
    });

    it('keeps what both authors typed in one page title at the same moment, and the typist’s caret', async () => {
      const [a, b] = await bothAuthors(PAGE_TITLE);
      const titleOf = (page: Page) => page.getByLabel('Paginatitel', { exact: true });
      // Bregje's "!" is on its way (she is offline) while Ahmed types at the start of the title.
      await b.context.setOffline(true);
      await b.page.locator('[data-connection="offline"], [data-connection="reconnecting"]').waitFor();
      await titleOf(b.page).click();
      await b.page.keyboard.press('End');
      await b.page.keyboard.type('!');
      await titleOf(a.page).click();
      await a.page.keyboard.press('Home');
      await a.page.keyboard.type('Veilig: ');
      await b.context.setOffline(false);
      await b.page.locator('[data-connection="connected"]').waitFor();
      const both = `Veilig: ${PAGE_TITLE}!`;
      await waitFor(async () => (await titleOf(a.page).inputValue()) === both && (await titleOf(b.page).inputValue()) === both);
      // Ahmed's caret stayed behind what he typed, and so did Bregje's.
      expect(await titleOf(a.page).evaluate((input: HTMLInputElement) => input.selectionStart)).toBe('Veilig: '.length);
      expect(await titleOf(b.page).evaluate((input: HTMLInputElement) => input.selectionStart)).toBe(both.length);
      // Back as it was, for the tests after this one.
      await titleOf(a.page).fill(PAGE_TITLE);
      await waitFor(async () => (await titleOf(b.page).inputValue()) === PAGE_TITLE);
      await a.context.close();
      await b.context.close();
    });

    it('previews the page as students see it, and saves, views, compares and restores a version', async () => {
      const a = await signedIn('auteur.a@samenwijs.test');
      await openModule(a.page);
      await openPage(a.page, PAGE_TITLE);

      // A word becomes a link through the toolbar; the learner preview shows it as one.
      await bodyEditor(a.page).getByText('Controleer altijd eerst de lift en de tilband.').dblclick({ position: { x: 5, y: 5 } });
      await a.page.getByRole('button', { name: 'Link', exact: true }).click();
      await a.page.getByLabel('Webadres van de link').fill('javascript:alert(1)');
      await a.page.getByRole('button', { name: 'Link toepassen' }).click();
      await a.page.getByRole('alert').filter({ hasText: 'Vul een webadres in' }).waitFor();
      await a.page.getByLabel('Webadres van de link').fill('www.arbocatalogusvvt.nl');
      await a.page.getByRole('button', { name: 'Link toepassen' }).click();
      await bodyEditor(a.page).locator('a[href="https://www.arbocatalogusvvt.nl"]').waitFor();

      await a.page.getByRole('button', { name: 'Voorbeeld pagina' }).click();
      const preview = a.page.frameLocator('iframe.preview__frame');
      await preview.locator('a[href="https://www.arbocatalogusvvt.nl"]').waitFor();
      await preview.getByRole('heading', { name: PAGE_TITLE }).waitFor();
      await preview.getByText('Controleer altijd eerst de lift en de tilband.').waitFor();

      await a.page.getByRole('button', { name: 'Versies' }).click();
      await a.page.getByLabel('Naam van de versie').fill('Voor de review');
      await a.page.getByRole('button', { name: 'Versie opslaan' }).click();
      await a.page.locator('.versions__item', { hasText: 'Voor de review' }).waitFor();

      await typeAtEnd(a.page, ' Een zin die we terugdraaien.');
      await a.page.waitForTimeout(300);
      await a.page.getByRole('button', { name: 'Versie Voor de review vergelijken met nu' }).click();
      await a.page.locator('.diff ins', { hasText: 'Een zin die we terugdraaien.' }).waitFor();

      await a.page.getByRole('button', { name: 'Versie Voor de review bekijken' }).click();
      await a.page.frameLocator('.versions__detail iframe').getByText('Controleer altijd eerst de lift').waitFor();

      a.page.once('dialog', (dialog) => void dialog.accept());
      await a.page.getByRole('button', { name: 'Versie Voor de review terugzetten' }).click();
      await a.page.getByText('Versie "Voor de review" is teruggezet.').waitFor();
      await waitFor(async () => !(await editorText(a.page)).includes('Een zin die we terugdraaien.'), 5_000);
      await a.page.screenshot({ path: join(OUTPUT, 'editor-versions.png') });
      await a.context.close();
    });

    it('shows a reviewer everything and lets them change nothing', async () => {
      const r = await signedIn('reviewer.a@samenwijs.test');
      await r.page.goto(moduleUrl);
      await r.page.locator('[data-connection="connected"]').waitFor();
      await r.page.locator('[data-readonly="true"]').first().waitFor();
      await openPage(r.page, PAGE_TITLE);
      expect(await bodyEditor(r.page).getAttribute('contenteditable')).toBe('false');
      expect(await r.page.getByRole('button', { name: 'Pagina toevoegen' }).count()).toBe(0);
      expect(await r.page.locator('[data-field="name"] input').isDisabled()).toBe(true);
      const before = await bodyEditor(r.page).textContent();
      await bodyEditor(r.page).click();
      await r.page.keyboard.type('Mag niet');
      expect(await bodyEditor(r.page).textContent()).toBe(before);
      expect(await seriousViolations(r.page)).toEqual([]);
      await r.context.close();
    });

    it('unlocks the open editor of a reviewer who is made author meanwhile', async () => {
      const r = await signedIn('reviewer.b@samenwijs.test');
      await r.page.goto(moduleUrl);
      await r.page.locator('[data-connection="connected"]').waitFor();
      await openPage(r.page, PAGE_TITLE);
      expect(await bodyEditor(r.page).getAttribute('contenteditable')).toBe('false');

      await setDemoRoles(platform.url, 'reviewer.b@samenwijs.test', ['REVIEWER', 'AUTHOR']);
      try {
        await waitFor(async () => (await bodyEditor(r.page).getAttribute('contenteditable')) === 'true', 5_000);
        await r.page.locator('[data-connection="connected"]').waitFor();
        await typeAtEnd(r.page, ' Nu mag het wel.');
        const a = await signedIn('auteur.a@samenwijs.test');
        await openModule(a.page);
        await openPage(a.page, PAGE_TITLE);
        await a.page.locator('[data-field="body"]', { hasText: 'Nu mag het wel.' }).waitFor({ timeout: 5_000 });
        await a.context.close();
      } finally {
        await setDemoRoles(platform.url, 'reviewer.b@samenwijs.test', ['REVIEWER']);
      }
      // And locked again the moment the role is gone.
      await waitFor(async () => (await bodyEditor(r.page).getAttribute('contenteditable')) === 'false', 5_000);
      await r.context.close();
    });

    it('removes the module copies from the browser at sign-out, and asks first about edits not on the server', async () => {
      const b = await signedIn('auteur.b@samenwijs.test');
      await openModule(b.page);
      await openPage(b.page, PAGE_TITLE);
      const copies = () => localCopies(b.page);
      await waitFor(async () => (await copies()).length === 1);

      await b.context.setOffline(true);
      await b.page.locator('[data-connection="offline"], [data-connection="reconnecting"]').waitFor();
      await typeAtEnd(b.page, ' Nog niet verstuurd.');
      await b.page.getByText('Nog niet op de server: bewaard in deze browser').waitFor();
      await b.page.getByRole('button', { name: 'Uitloggen' }).click();
      await b.page.getByText('Wijzigingen in 1 module staan nog niet op de server. Uitloggen wist ze uit deze browser.').waitFor();
      await b.page.getByRole('button', { name: 'Ingelogd blijven' }).click();

      await b.context.setOffline(false);
      await b.page.locator('[data-connection="connected"]').waitFor();
      await b.page.getByText('Nog niet op de server').waitFor({ state: 'detached' });
      await b.page.getByRole('button', { name: 'Uitloggen' }).click(); // nothing to ask now
      await b.page.getByRole('heading', { level: 1, name: 'Inloggen' }).waitFor();
      await waitFor(async () => (await copies()).length === 0, 5_000);
      await b.context.close();
    });

    it('ends the session in the person’s other tab at sign-out, so that tab lets go of its module copy', async () => {
      const b = await signedIn('auteur.b@samenwijs.test');
      await openModule(b.page);
      const other = await b.context.newPage(); // signed in through the shared refresh cookie
      await openModule(other);
      const copies = () => localCopies(b.page);
      await waitFor(async () => (await copies()).length === 1);

      await b.page.getByRole('button', { name: 'Uitloggen' }).click();
      await b.page.getByRole('heading', { level: 1, name: 'Inloggen' }).waitFor();
      await other.getByRole('heading', { level: 1, name: 'Inloggen' }).waitFor({ timeout: 5_000 });
      await waitFor(async () => (await copies()).length === 0, 5_000);
      await b.context.close();
    });

    it('locks an open editor and asks for a reload when a newer Samenwijs has reshaped the module', async () => {
      const a = await signedIn('auteur.a@samenwijs.test');
      await openModule(a.page);
      await openPage(a.page, PAGE_TITLE);
      // A newer version writes its shape number, as an upgrade on the server would.
      const doc = new Y.Doc();
      const moduleId = moduleUrl.split('/').pop()!;
      const provider = new WebsocketProvider(platform.url.replace('http:', 'ws:') + '/collab', moduleId, doc, {
        WebSocketPolyfill: WebSocket as never,
        params: { token: await login(platform.url, 'auteur.b@samenwijs.test') },
        disableBc: true,
      });
      try {
        await until(() => provider.synced, 'the other client synced');
        const shape = doc.getMap('meta').get('version');
        doc.getMap('meta').set('version', 99);
        await a.page.getByRole('alert').filter({ hasText: 'Samenwijs is bijgewerkt' }).waitFor({ timeout: 5_000 });
        expect(await bodyEditor(a.page).getAttribute('contenteditable')).toBe('false');
        doc.getMap('meta').set('version', shape);
        await waitFor(async () => (await bodyEditor(a.page).getAttribute('contenteditable')) === 'true', 5_000);
      } finally {
        provider.destroy();
        doc.destroy();
        await a.context.close();
      }
    });

    it('switches the editor between Dutch and English', async () => {
      const a = await signedIn('auteur.a@samenwijs.test');
      await openModule(a.page);
      await a.page.getByRole('heading', { name: 'Pagina’s' }).waitFor();
      await a.page.getByRole('button', { name: 'Switch to English' }).click();
      await a.page.getByRole('heading', { name: 'Pages' }).waitFor();
      await a.page.getByRole('button', { name: 'Add a page' }).waitFor();
      expect(await a.page.locator('html').getAttribute('lang')).toBe('en');
      await a.page.getByRole('button', { name: /Nederlands|Dutch/ }).click();
      await a.page.getByRole('heading', { name: 'Pagina’s' }).waitFor();
      await a.context.close();
    });
  });
}

/** The body field's text without the other people's caret labels. */
async function editorText(page: Page): Promise<string> {
  return page.locator('[data-field="body"] .ProseMirror').evaluate((el) => {
    const copy = el.cloneNode(true) as HTMLElement;
    copy.querySelectorAll('.collaboration-carets__caret').forEach((c) => c.remove());
    return copy.textContent ?? '';
  });
}

async function expect_count(page: Page, count: number): Promise<void> {
  await waitFor(async () => (await page.locator('.outline__item').count()) === count);
}

/** Polls a browser-side condition, a little more patiently than the server-side default. */
/** The module copies (IndexedDB databases) the app keeps in this browser. */
const localCopies = (page: Page) => page.evaluate(async () => (await indexedDB.databases()).map((d) => d.name ?? '').filter((name) => name.startsWith('samenwijs:')));
const waitFor = (check: () => Promise<boolean>, timeoutMs = 2_000) => until(check, 'the page to update', timeoutMs, 25);
