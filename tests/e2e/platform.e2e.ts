/**
 * Golden journeys of the platform foundation in real Chromium: browse and search units, a unit page
 * with its map, language switch, login as the first admin, import another country's units and see
 * them in the browser. Every page is scanned with axe.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { expectAccessible, launch, logIn, openPage, screenshot, navigate } from './browser';

const baseUrl = inject('baseUrl');
const admin = inject('admin');
let browser: Browser;

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const newPage = (viewport?: { width: number; height: number }) => openPage(browser, viewport ? { viewport } : {});

describe('units without logging in', () => {
  it('finds Łódź by typing "lodz" and opens its page with a map', async () => {
    const page = await newPage();
    await page.goto(`${baseUrl}/`);
    await expectAccessible(page, 'home');
    await navigate(page, 'Dane', 'Jednostki');
    await page.getByLabel('Nazwa lub kod').fill('lodz');
    await page.getByLabel('Nazwa lub kod').press('Enter');
    const firstRow = page.getByRole('table').getByRole('row').nth(1);
    await expect.poll(() => firstRow.textContent()).toContain('Łódź');
    await expectAccessible(page, 'units browser');
    await screenshot(page, 'units-browser');

    await page.getByRole('link', { name: 'Łódź', exact: true }).first().click();
    await page.getByRole('heading', { level: 1, name: /Łódź/ }).waitFor();
    // The map is drawn from GeoJSON (ECharts canvas/svg inside a role=img container).
    const map = page
      .getByRole('img')
      .filter({ has: page.locator('canvas, svg') })
      .first();
    await map.waitFor();
    await page.waitForTimeout(500);
    await expectAccessible(page, 'unit page');
    await screenshot(page, 'unit-page-lodz');
  });

  it('shows a gmina page with its hierarchy and the gminy of its powiat on the map, and clicks through', async () => {
    const page = await newPage();
    await page.goto(`${baseUrl}/units/1261011`);
    await page.getByRole('heading', { level: 1, name: /Kraków/ }).waitFor();
    await expect.poll(() => page.locator('main').textContent()).toContain('MAŁOPOLSKIE');
    await expect.poll(() => page.locator('main').textContent()).toContain('gmina miejska');
    await page.goto(`${baseUrl}/units/1201`);
    await page.getByRole('heading', { level: 1, name: /bocheński/ }).waitFor();
    await page.getByRole('link', { name: 'Bochnia' }).first().click();
    await page.waitForURL(/\/units\/12010/);
    await page.getByRole('heading', { level: 1, name: /Bochnia/ }).waitFor();
    await expectAccessible(page, 'gmina page');
    await screenshot(page, 'unit-page-bochnia');
  });

  it('keeps a historical unit with its successors (Ostrowice, abolished 2019)', async () => {
    const page = await newPage();
    await page.goto(`${baseUrl}/units/3203042`);
    await page.getByRole('heading', { level: 1, name: /Ostrowice/ }).waitFor();
    await expect.poll(() => page.locator('main').textContent()).toContain('Drawsko Pomorskie');
    await expect.poll(() => page.locator('main').textContent()).toContain('Złocieniec');
    await expectAccessible(page, 'historical unit');
  });

  it('switches to English and remembers it', async () => {
    const page = await newPage();
    await page.goto(`${baseUrl}/units`);
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: 'Units' }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Units' }).waitFor();
    await expectAccessible(page, 'units browser (en)');
    await page.getByRole('button', { name: 'Polski' }).click();
    await page.getByRole('heading', { level: 1, name: 'Jednostki' }).waitFor();
  });

  it('works on a phone-sized screen', async () => {
    const page = await newPage({ width: 390, height: 844 });
    await page.goto(`${baseUrl}/units/12`);
    await page.getByRole('heading', { level: 1, name: /MAŁOPOLSKIE/i }).waitFor();
    await expectAccessible(page, 'unit page (phone)');
    await screenshot(page, 'unit-page-phone');
  });
});

describe('as the administrator', () => {
  it('refuses a wrong password with a clear message', async () => {
    const page = await newPage();
    await page.goto(`${baseUrl}/login`);
    await page.getByLabel('Adres e-mail').fill(admin.email);
    await page.getByLabel('Hasło').fill('not-the-password');
    await page.getByRole('button', { name: 'Zaloguj się' }).click();
    await page.getByText('Nieprawidłowy e-mail lub hasło').waitFor();
    await expectAccessible(page, 'login with error');
  });

  it('logs in, imports Swedish municipalities from CSV and finds them in the units browser', async () => {
    const page = await newPage();
    await logIn(page, admin);
    await expectAccessible(page, 'home (admin)');
    // The import goes through the same API the import page uses; the browser shows the result.
    const csv =
      'code,name,kind,parent_code\nSE-AB,Stockholms län,county,\nSE-0180,Stockholm,kommun,SE-AB\nSE-0114,Upplands Väsby,kommun,SE-AB\n';
    const status = await page.evaluate(async (body) => {
      const me = (await (await fetch('/api/v1/auth/me')).json()) as { csrfToken: string };
      const res = await fetch('/api/v1/units/import?fileName=se.csv', {
        method: 'POST',
        headers: { 'content-type': 'text/csv', 'x-csrf-token': me.csrfToken },
        body,
      });
      return res.status;
    }, csv);
    expect(status).toBe(200);
    await page.goto(`${baseUrl}/units?q=vasby`);
    await expect.poll(() => page.getByRole('table').textContent()).toContain('Upplands Väsby');
    await page.getByRole('link', { name: 'Upplands Väsby' }).click();
    await page.getByRole('heading', { level: 1, name: /Upplands Väsby/ }).waitFor();
    await expect.poll(() => page.locator('main').textContent()).toContain('Stockholms län');
    await expectAccessible(page, 'imported unit');

    for (const path of ['/groups', '/admin/users', '/admin/audit']) {
      await page.goto(`${baseUrl}${path}`);
      await page.getByRole('heading', { level: 1 }).waitFor();
      await page.waitForLoadState('networkidle');
      await expectAccessible(page, path);
      await screenshot(page, path.replaceAll('/', '_').slice(1));
    }

    // The audit log names the import just made in Polish, and the object type is a select.
    await page.goto(`${baseUrl}/admin/audit`);
    await page.getByLabel('Rodzaj obiektu').selectOption({ label: 'rejestr jednostek (import)' });
    // A select filter applies at once.
    await page.waitForURL(/entityType=units/);
    const log = page.getByRole('table', { name: /^Wpisy dziennika/ });
    await expect.poll(() => log.textContent()).toContain('import jednostek');
    expect(await log.locator('tbody tr').first().textContent()).toContain('rejestr jednostek (import)');
    await expectAccessible(page, 'audit log filtered');
  });
});
