/**
 * Debian's Chromium through playwright-core (never a downloaded browser), pages in contexts of
 * their own, signing in through the login form, and an axe check.
 */
import { mkdirSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';
import { expect, inject } from 'vitest';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/**
 * A page in a new context — its own cookies, so each person of a journey signs in separately —
 * in Polish at 1280×900 unless `options` say otherwise. An uncaught error in the page fails the test.
 * Each step may take a minute: on a busy CI machine the server computes evidence and rankings slowly.
 */
export async function openPage(browser: Browser, options: BrowserContextOptions = {}): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'pl-PL', ...options });
  const page = await context.newPage();
  page.setDefaultTimeout(60_000);
  page.on('pageerror', (error) => {
    throw error;
  });
  return page;
}

/** A page in a context of its own, signed in as `user` (see {@link openPage} and {@link logIn}). */
export async function openSignedIn(
  browser: Browser,
  user: { email: string; password: string },
  options: BrowserContextOptions = {},
): Promise<Page> {
  const page = await openPage(browser, options);
  await logIn(page, user);
  return page;
}

/** Signs in through the (Polish) login form and waits until the header offers to sign out. */
export async function logIn(page: Page, user: { email: string; password: string }): Promise<void> {
  await page.goto(`${inject('baseUrl')}/login`);
  await page.getByLabel('Adres e-mail').fill(user.email);
  await page.getByLabel('Hasło').fill(user.password);
  await page.getByRole('button', { name: 'Zaloguj się' }).click();
  await page.getByRole('button', { name: /Wyloguj/ }).waitFor();
}

/** Fails on any serious or critical axe violation, listing them. */
export async function expectAccessible(page: Page, label: string): Promise<void> {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const bad = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  const report = bad.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help} — ${v.nodes
        .slice(0, 3)
        .map((n) => n.target.join(' '))
        .join(', ')}`,
  );
  expect(report, `axe on ${label}`).toEqual([]);
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync('test-results', { recursive: true });
  await page.screenshot({ path: `test-results/${name}.png`, fullPage: true });
}

/** Follows an entry of the main navigation: opens its section (Dane, Porównania, …), then the link. */
export async function navigate(page: Page, section: string, entry: string): Promise<void> {
  const nav = page.getByRole('navigation', { name: 'Nawigacja główna' });
  await nav.getByRole('button', { name: section, exact: true }).click();
  await nav.getByRole('link', { name: entry, exact: true }).click();
}
