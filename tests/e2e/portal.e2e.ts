/**
 * The public portal in real Chromium, as an anonymous visitor (issue #15 item 3): the home page,
 * a unit search, Kraków's profile with its map, an indicator page, another period through the GET
 * form, a comparison with a second unit added by code, and the comparison's CSV download. Then the
 * same pages with JavaScript disabled still show their main content, and axe finds nothing serious
 * on any public page — in Polish and English, at 1280 px and at a phone's 390 px.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { expectAccessible, launch, openPage, screenshot } from './browser';

const baseUrl = inject('baseUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const main = (page: Page) => page.locator('main');
const PAGES = [
  '/portal',
  '/jst/1261011',
  '/wskazniki/population_total',
  '/porownaj?jst=1261011,0264011&wskazniki=population_total',
];

describe('the public portal', () => {
  it(
    'home → search → unit profile with map → indicator → another period → comparison → CSV',
    { timeout: 300_000 },
    async () => {
      const page = await openPage(browser);
      await page.goto(`${baseUrl}/portal`);
      await page.getByRole('heading', { level: 1, name: 'Dane o usługach publicznych samorządów' }).waitFor();
      await expectAccessible(page, 'portal home');

      await page.getByLabel('Nazwa lub kod TERYT').fill('Kraków');
      await page.getByRole('button', { name: 'Szukaj' }).click();
      await page.getByRole('heading', { name: 'Wyniki wyszukiwania' }).waitFor();
      await main(page).locator('a[href="/jst/1261011"]').click();

      await page.getByRole('heading', { level: 1, name: 'Kraków' }).waitFor();
      await expect.poll(() => page.locator('svg.map path.highlight').count()).toBe(1);
      expect(await page.getByRole('img', { name: 'Kraków na mapie województwa' }).count()).toBe(1);
      await screenshot(page, 'portal-unit');
      await expectAccessible(page, 'portal unit profile');

      await main(page).locator('a[href^="/wskazniki/population_total?"]').first().click();
      await page.getByRole('heading', { level: 1 }).waitFor();
      expect(page.url()).toContain('/wskazniki/population_total');
      await expect.poll(() => page.locator('svg.map path').count()).toBeGreaterThan(300);
      await expectAccessible(page, 'portal indicator page');

      await page.getByRole('combobox', { name: 'Okres' }).selectOption('2015');
      await page.getByRole('combobox', { name: 'Rodzaj' }).selectOption('municipality-urban');
      await page.getByRole('button', { name: 'Pokaż' }).click();
      await page.waitForURL(/period=2015/);
      expect(await page.getByRole('combobox', { name: 'Okres' }).inputValue()).toBe('2015');
      expect(await main(page).locator('table caption').last().textContent()).toContain('okres 2015');
      await screenshot(page, 'portal-indicator');

      await page.goto(`${baseUrl}/jst/1261011`);
      await page.getByRole('link', { name: 'Porównaj z innymi' }).click();
      await page.getByRole('heading', { level: 1, name: 'Porównaj jednostki' }).waitFor();
      await page.getByLabel('Dodaj jednostkę (nazwa lub kod)').fill('0264011');
      await main(page).locator('input[name="wskazniki"][value="population_total"]').check();
      await page.getByRole('button', { name: 'Porównaj', exact: true }).click();
      await page.getByText('Adres tego porównania').waitFor();
      expect(page.url()).toContain('jst=1261011');
      await expect.poll(() => page.locator('svg.bars rect').count()).toBe(2);
      await expectAccessible(page, 'portal comparison');
      await screenshot(page, 'portal-compare');

      const [download] = await Promise.all([
        page.waitForEvent('download'),
        main(page).getByRole('link', { name: 'CSV' }).click(),
      ]);
      const path = await download.path();
      const { readFileSync } = await import('node:fs');
      const lines = readFileSync(path, 'utf8')
        .replace(/^\uFEFF/, '')
        .trim()
        .split('\r\n');
      expect(lines[0]).toMatch(/^Kod,Jednostka,/);
      expect(lines.slice(1).map((l) => l.split(',')[0])).toEqual(['1261011', '0264011']);
      await page.context().close();
    },
  );

  it(
    'the app links the portal for anonymous visitors: header in one row, start page on a phone',
    { timeout: 120_000 },
    async () => {
      const wide = await openPage(browser, { viewport: { width: 1366, height: 768 } });
      await wide.goto(`${baseUrl}/`);
      const link = wide.locator('.site-header').getByRole('link', { name: 'Portal danych' });
      await link.waitFor();
      expect(await link.getAttribute('href')).toBe('/portal');
      expect((await wide.locator('.site-header').boundingBox())!.height).toBeLessThan(80);
      await expectAccessible(wide, 'app start page, anonymous, 1366 px');
      await wide.context().close();

      const phone = await openPage(browser, { viewport: { width: 390, height: 844 }, isMobile: true });
      await phone.goto(`${baseUrl}/`);
      await phone.getByRole('link', { name: 'Portal danych publicznych' }).click();
      await phone.getByRole('heading', { level: 1, name: 'Dane o usługach publicznych samorządów' }).waitFor();
      await phone.goBack();
      await phone.getByRole('link', { name: 'Portal danych publicznych' }).waitFor();
      // The phone's header keeps its rows (the link would add one): hidden there, the start page has it.
      expect(await phone.locator('.site-header').getByRole('link', { name: 'Portal danych' }).isVisible()).toBe(false);
      expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
      await phone.context().close();
    },
  );

  it('shows the main content of every public page with JavaScript disabled', { timeout: 180_000 }, async () => {
    const page = await openPage(browser, { javaScriptEnabled: false });
    for (const path of PAGES) {
      await page.goto(`${baseUrl}${path}`);
      expect(await page.getByRole('heading', { level: 1 }).count(), path).toBe(1);
      expect(await main(page).locator('table, form').count(), path).toBeGreaterThan(0);
    }
    await page.goto(`${baseUrl}/jst/1261011`);
    expect(await page.locator('svg.map').count()).toBe(1);
    expect(await main(page).locator('tbody tr').count()).toBeGreaterThan(5);
    await page.context().close();
  });

  it('has no serious axe findings in English and at 390 px', { timeout: 300_000 }, async () => {
    const phone = await openPage(browser, { viewport: { width: 390, height: 844 }, isMobile: true });
    for (const path of [...PAGES, '/jst/NO-SUCH-UNIT']) {
      for (const lang of ['pl', 'en']) {
        const url = `${baseUrl}${path}${lang === 'en' ? (path.includes('?') ? '&' : '?') + 'lang=en' : ''}`;
        await phone.goto(url);
        await expectAccessible(phone, `${path} (${lang}, 390 px)`);
      }
      // Nothing wider than the phone's screen but the tables' own scrolling boxes.
      expect(await phone.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(390);
    }
    await phone.goto(`${baseUrl}/wskazniki/population_total?lang=en`);
    expect(await phone.locator('html').getAttribute('lang')).toBe('en');
    await screenshot(phone, 'portal-indicator-390-en');
    await phone.context().close();
    const wide = await openPage(browser);
    await wide.goto(`${baseUrl}/portal?lang=en`);
    await expectAccessible(wide, 'portal home (en)');
    await wide.context().close();
  });
});
