/**
 * A newcomer's first run: the header that fits, a quiet logged-out page, and (below) the journey
 * from an empty database to a unit coordinator's "my unit". Every page is scanned with axe.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { expectAccessible, launch, logIn, navigate, openPage, screenshot } from './browser';

const baseUrl = inject('baseUrl');
const admin = inject('admin');
let browser: Browser;

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('navigation', () => {
  it('is one row at 1366 px for an administrator, grouped by section, with the current section marked', async () => {
    const page = await openPage(browser, { viewport: { width: 1366, height: 768 } });
    await logIn(page, admin);
    const nav = page.getByRole('navigation', { name: 'Nawigacja główna' });
    const sections = ['Dane', 'Porównania', 'Jakość', 'Sieci', 'Administracja'];
    const tops = await Promise.all(
      sections.map(async (name) => (await nav.getByRole('button', { name, exact: true }).boundingBox())!.y),
    );
    expect(new Set(tops).size, 'every section on one row').toBe(1);
    // Logo, five sections, language and user: one row of the header, not three (~200 px before).
    const header = (await page.locator('.site-header').boundingBox())!;
    expect(header.height).toBeLessThan(80);

    await navigate(page, 'Porównania', 'Efektywność (DEA)');
    await page.waitForURL(/\/benchmarking\/dea$/);
    const comparisons = nav.getByRole('button', { name: 'Porównania', exact: true });
    await expect.poll(() => comparisons.getAttribute('aria-current')).toBe('true');
    expect(await nav.getByRole('button', { name: 'Dane', exact: true }).getAttribute('aria-current')).toBeNull();
    await comparisons.click();
    expect(await nav.getByRole('link', { name: 'Efektywność (DEA)' }).getAttribute('aria-current')).toBe('page');
    expect(await nav.getByRole('link', { name: 'Pulpit porównań' }).getAttribute('aria-current')).toBeNull();
    await expectAccessible(page, 'navigation, a section open');
    await screenshot(page, 'navigation-1366');
    // Escape closes the section and gives focus back to its button.
    await page.keyboard.press('Escape');
    await expect.poll(() => comparisons.getAttribute('aria-expanded')).toBe('false');
    expect(await comparisons.evaluate((el) => el === document.activeElement)).toBe(true);
  });

  it('folds behind one Menu button on a phone', async () => {
    const page = await openPage(browser, { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    await logIn(page, admin);
    const nav = page.getByRole('navigation', { name: 'Nawigacja główna' });
    expect(await nav.getByRole('button', { name: 'Dane', exact: true }).isVisible()).toBe(false);
    await nav.getByRole('button', { name: /^Menu/ }).click();
    await navigate(page, 'Dane', 'Jednostki');
    await page.waitForURL(/\/units$/);
    // The menu closes after following a link and names the current section.
    expect(await nav.getByRole('button', { name: 'Dane', exact: true }).isVisible()).toBe(false);
    expect(await nav.getByRole('button', { name: /^Menu/ }).textContent()).toContain('Dane');
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width, 'no horizontal scrolling').toBeLessThanOrEqual(390);
    await nav.getByRole('button', { name: /^Menu/ }).click();
    await expectAccessible(page, 'phone menu open');
    await screenshot(page, 'navigation-phone');
  });
});

describe('a logged-out visitor', () => {
  it('gets no failed request and no console error from the session check', async () => {
    const page = await openPage(browser);
    const failures: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') failures.push(message.text());
    });
    page.on('response', (response) => {
      if (response.status() >= 400) failures.push(`${response.status()} ${response.url()}`);
    });
    await page.goto(`${baseUrl}/units`);
    await page.getByRole('link', { name: 'Zaloguj się' }).waitFor();
    await page.getByRole('heading', { level: 1 }).waitFor();
    expect(failures).toEqual([]);
  });
});
