import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from './axe';
import { Browser, chromium, Page } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumPath, PlatformProcess } from './server';

/**
 * What a newcomer does after `npm ci && npm start`, in a real Chromium against the built
 * platform: sign in, see the development groups, manage modules, and find everything again
 * after a restart. Runs when Chromium is installed; CI (REQUIRE_BROWSER=1) insists on it.
 */
const browserPath = chromiumPath();
const OUTPUT = join(__dirname, '..', '..', 'test-output', 'e2e');
const PASSWORD = 'samenwijs-demo';

if (!browserPath) {
  describe('browser tests', () => {
    it('need Chromium (apt-get install -y chromium, or CHROMIUM_PATH)', () => {
      expect(process.env.REQUIRE_BROWSER).not.toBe('1');
    });
  });
} else {
  describe('the platform in a browser', () => {
    const platform = new PlatformProcess();
    let browser: Browser;

    beforeAll(async () => {
      mkdirSync(OUTPUT, { recursive: true });
      await platform.start();
      browser = await chromium.launch({ executablePath: browserPath, args: CHROMIUM_ARGS });
    });

    afterAll(async () => {
      await browser?.close();
      await platform.stop();
    });

    async function signIn(page: Page, email: string): Promise<void> {
      await page.goto(platform.url + '/');
      await page.waitForURL(/\/inloggen/);
      await page.getByLabel('E-mailadres').fill(email);
      await page.locator('input[autocomplete="current-password"]').fill(PASSWORD);
      await page.getByRole('button', { name: 'Inloggen' }).click();
      await page.getByRole('heading', { level: 1, name: 'Mijn ontwikkelgroepen' }).waitFor();
    }

    // Each test signs in in its own browser context (own cookies). axe-core is injected as
    // an inline script, which the app's CSP rightly refuses, so these contexts bypass CSP.
    const newPage = async () => (await browser.newContext({ bypassCSP: true })).newPage();

    const seriousViolations = async (page: Page) =>
      (await new AxeBuilder(page).analyze()).violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.help}`);

    it('prints the URL and the demo accounts at start', () => {
      expect(platform.output).toContain(`Samenwijs runs at ${platform.url}`);
      expect(platform.output).toContain('coordinator@samenwijs.test');
      expect(platform.output).toContain(`password: ${PASSWORD}`);
    });

    it('serves a Dutch sign-in page that refuses a wrong password without saying which part was wrong', async () => {
      const page = await newPage();
      await page.goto(platform.url + '/');
      await page.waitForURL(/\/inloggen/);
      expect(await page.locator('html').getAttribute('lang')).toBe('nl');
      await page.getByLabel('E-mailadres').fill('coordinator@samenwijs.test');
      await page.locator('input[autocomplete="current-password"]').fill('niet-het-wachtwoord');
      await page.getByRole('button', { name: 'Inloggen' }).click();
      await page.getByRole('alert').filter({ hasText: 'horen niet bij elkaar' }).waitFor();
      expect(await seriousViolations(page)).toEqual([]);
      await page.screenshot({ path: join(OUTPUT, 'sign-in.png'), fullPage: true });
      await page.close();
    });

    it('shows the coordinator Zorgtechnologie with members of two schools', async () => {
      const page = await newPage();
      await signIn(page, 'coordinator@samenwijs.test');
      await page.getByRole('heading', { name: 'Zorgtechnologie' }).first().waitFor();
      expect(await seriousViolations(page)).toEqual([]);
      await page.screenshot({ path: join(OUTPUT, 'dashboard.png'), fullPage: true });

      await page.getByRole('link', { name: /Zorgtechnologie/ }).first().click();
      await page.getByRole('heading', { level: 1, name: 'Zorgtechnologie' }).waitFor();
      await page.getByRole('heading', { name: 'ROC De Brug' }).waitFor();
      await page.getByRole('heading', { name: 'Vakcollege Rivierenland' }).waitFor();
      // Coordinators manage roles.
      await page.screenshot({ path: join(OUTPUT, 'group.png'), fullPage: true });
      expect(await seriousViolations(page)).toEqual([]);
      await page.close();
    });

    it('lets an author create, rename, delete and restore a module, and a restart keeps it', async () => {
      const page = await newPage();
      await signIn(page, 'auteur.a@samenwijs.test');
      const title = `Handhygiëne ${Date.now()}`;
      await page.getByLabel('Titel van de nieuwe module').first().fill(title);
      await page.getByRole('button', { name: 'Module aanmaken' }).first().click();
      await page.getByText(title).first().waitFor();

      await page.getByRole('button', { name: new RegExp(`^Naam wijzigen\\s*:\\s*${title}$`) }).click();
      const renamed = `${title} (herzien)`;
      await page.getByLabel(`Nieuwe titel voor „${title}”`).fill(renamed);
      await page.getByLabel(`Nieuwe titel voor „${title}”`).press('Enter');
      await page.getByText(`Module hernoemd naar „${renamed}”.`).waitFor();

      await page.getByRole('button', { name: new RegExp(`^Verwijderen\\s*:\\s*${renamed.replace(/[()]/g, '\\$&')}$`) }).click();
      await page.getByText(`Module „${renamed}” verwijderd`).waitFor();
      expect(await page.getByRole('heading', { name: renamed }).count()).toBe(0);
      await page.getByRole('button', { name: 'Ongedaan maken' }).click();
      await page.getByText(`Module „${renamed}” is teruggezet.`).waitFor();
      await page.getByRole('heading', { name: renamed }).waitFor();

      await platform.stop();
      await platform.start();

      // Same data folder: the data and even the session (refresh cookie) survive the restart.
      await page.goto(platform.url + '/');
      await page.getByRole('heading', { level: 1, name: 'Mijn ontwikkelgroepen' }).waitFor();
      await page.getByText(renamed).first().waitFor();
      await page.close();
    });

    it('switches the interface to English', async () => {
      const page = await newPage();
      await signIn(page, 'reviewer.b@samenwijs.test');
      await page.getByRole('button', { name: /English/ }).click();
      await page.getByRole('heading', { level: 1, name: 'My development groups' }).waitFor();
      expect(await page.locator('html').getAttribute('lang')).toBe('en');
      await page.close();
    });
  });
}
