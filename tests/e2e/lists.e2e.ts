/**
 * The list pages share one building block (web/src/components/list-page.tsx): the filters live in
 * the URL, the text box follows the URL on back, a filter drops the page number, and "clear"
 * returns to the whole list. One journey per page an administrator sees; every page is scanned.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { expectAccessible, launch, openSignedIn } from './browser';

const baseUrl = inject('baseUrl');
const admin = inject('admin');
let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launch();
  page = await openSignedIn(browser, admin);
});
afterAll(async () => {
  await browser?.close();
});

/** The table's caption (hidden or not), which names the number of results. */
async function caption(): Promise<string> {
  return (await page.locator('table caption').first().textContent()) ?? '';
}

describe('list pages', () => {
  it('searches groups through the URL and says when nothing matches', async () => {
    await page.goto(`${baseUrl}/groups`);
    await page.locator('table caption', { hasText: /^Grupy — / }).waitFor();
    const search = page.getByRole('search', { name: 'Szukaj grup' });
    await search.getByLabel('Szukaj grup').fill('zzz-no-such-group');
    await search.getByRole('button', { name: 'Szukaj' }).click();
    await page.waitForURL(/\/groups\?q=zzz-no-such-group$/);
    await page.getByText('Żadna grupa nie pasuje do wyszukiwania.').waitFor();
    expect(await caption()).toMatch(/Grupy — 0 wyników/);
    await expectAccessible(page, 'groups, no match');
    // Back to the whole list: the box follows the URL and empties.
    await page.goBack();
    await page.waitForURL(/\/groups$/);
    await expect.poll(() => search.getByLabel('Szukaj grup').inputValue()).toBe('');
  });

  it('filters indicators by a select at once, keeps the search and clears both', async () => {
    await page.goto(`${baseUrl}/indicators?q=ucz&page=2`);
    const search = page.getByRole('search', { name: 'Wyszukiwanie wskaźników' });
    expect(await search.getByLabel('Nazwa lub kod').inputValue()).toBe('ucz');
    await search.getByLabel('Obszar usług').selectOption({ index: 1 });
    // A new filter makes the old page number meaningless.
    await page.waitForURL((url) => url.searchParams.has('area') && !url.searchParams.has('page'));
    expect(new URL(page.url()).searchParams.get('q')).toBe('ucz');
    await page.locator('table caption', { hasText: /^Wskaźniki — / }).waitFor();
    await expectAccessible(page, 'indicators, filtered');
    await search.getByRole('link', { name: 'Wyczyść filtry' }).click();
    await page.waitForURL(/\/indicators$/);
    expect(await search.getByLabel('Nazwa lub kod').inputValue()).toBe('');
    expect(await search.getByRole('link', { name: 'Wyczyść filtry' }).count()).toBe(0);
  });

  it('finds a variable by its code', async () => {
    await page.goto(`${baseUrl}/variables`);
    const search = page.getByRole('search', { name: 'Szukaj zmiennych' });
    await search.getByLabel('Szukaj zmiennych').fill('area_km2');
    await search.getByRole('button', { name: 'Szukaj' }).click();
    await page.waitForURL(/\/variables\?q=area_km2$/);
    await page.getByRole('cell', { name: 'area_km2', exact: true }).waitFor();
    expect(await caption()).toMatch(/^Zmienne — \d/);
    await expectAccessible(page, 'variables, searched');
  });

  it('finds the administrator among the users', async () => {
    await page.goto(`${baseUrl}/admin/users`);
    const search = page.getByRole('search', { name: 'Szukaj po nazwisku lub e-mailu' });
    await search.getByLabel('Szukaj po nazwisku lub e-mailu').fill(admin.email);
    await search.getByRole('button', { name: 'Szukaj' }).click();
    await page.waitForURL((url) => url.searchParams.get('q') === admin.email);
    await page.getByRole('cell', { name: admin.email, exact: true }).waitFor();
    // The administrator is on the unfiltered page too, shown (dimmed) until the search answers, so
    // the count is polled: read at once it was the whole list's when earlier files had added users.
    await expect.poll(caption, { timeout: 5_000 }).toMatch(/^Użytkownicy — 1 wynik$/);
    await expectAccessible(page, 'users, searched');
  });

  it('filters the audit log by entity type with its own submit label', async () => {
    await page.goto(`${baseUrl}/admin/audit`);
    const filters = page.getByRole('search', { name: 'Filtrowanie dziennika' });
    // The object type is a select of the audit vocabulary's labels (#19 item 8), applied at once.
    await filters.getByLabel('Rodzaj obiektu').selectOption({ label: 'użytkownik' });
    await page.waitForURL(/\/admin\/audit\?entityType=user$/);
    await filters.getByRole('button', { name: 'Filtruj' }).waitFor();
    await page.locator('table caption', { hasText: /^Wpisy dziennika — / }).waitFor();
    expect(await filters.getByLabel('Identyfikator obiektu').inputValue()).toBe('');
    await expectAccessible(page, 'audit, filtered');
    await filters.getByRole('link', { name: 'Wyczyść filtry' }).click();
    await page.waitForURL(/\/admin\/audit$/);
    await expect.poll(() => filters.getByLabel('Rodzaj obiektu').inputValue()).toBe('');
  });
});
