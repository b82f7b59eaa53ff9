/**
 * A newcomer's first run: the header that fits, a quiet logged-out page, and (below) the journey
 * from an empty database to a unit coordinator's "my unit". Every page is scanned with axe.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { apiCall } from './api';
import { expectAccessible, launch, logIn, navigate, openPage, screenshot } from './browser';
import { startServer } from './server';

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
    // The menu closes after following a link and names the current section. The router changes the
    // address first and renders the new page (a lazily loaded chunk) after, so wait for the close.
    await nav.getByRole('button', { name: 'Dane', exact: true }).waitFor({ state: 'hidden', timeout: 30_000 });
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

describe('production build', () => {
  it('serves no source maps', async () => {
    const html = await (await fetch(`${baseUrl}/`)).text();
    const script = /src="(\/assets\/[^"]+\.js)"/.exec(html)?.[1];
    expect(script).toBeDefined();
    const js = await (await fetch(`${baseUrl}${script}`)).text();
    expect(js).not.toContain('sourceMappingURL');
    const map = await fetch(`${baseUrl}${script}.map`);
    expect(map.status).toBe(404);
  });
});

describe('first run from an empty database', () => {
  // A server of its own with a fresh database and no demo data, so the checklist starts empty
  // whatever the other journeys did to the shared one.
  const owner = { email: 'owner@first-run.test', password: 'first-run-password-1' };
  let server: Awaited<ReturnType<typeof startServer>>;
  beforeAll(async () => {
    server = await startServer({ admin: owner, env: { MIERNIK_DEMO: 'false' }, startupMs: 840_000 });
  }, 900_000);
  afterAll(async () => {
    await server?.stop();
  });

  async function signIn(page: Awaited<ReturnType<typeof openPage>>, user: { email: string; password: string }) {
    await page.goto(`${server.baseUrl}/login`);
    await page.getByLabel('Adres e-mail').fill(user.email);
    await page.getByLabel('Hasło').fill(user.password);
    await page.getByRole('button', { name: 'Zaloguj się' }).click();
    await page.getByRole('button', { name: /Wyloguj/ }).waitFor();
  }

  it('first login → checklist → a unit coordinator → that coordinator sees my unit with an open form', async () => {
    const page = await openPage(browser);
    await signIn(page, owner);
    await page.goto(`${server.baseUrl}/`);
    const checklist = page.getByRole('region', { name: 'Pierwsze kroki' });
    await checklist.waitFor();
    await expect.poll(() => checklist.textContent()).toContain('Zrobione: 1 z 6');
    // The register is loaded; nobody has a role yet, so that is the highlighted next step.
    const next = checklist.locator('.checklist__item--next');
    expect(await next.textContent()).toContain('Utwórz konta osób i nadaj role');
    await expectAccessible(page, 'first run checklist');
    await screenshot(page, 'first-run-checklist');

    await next.getByRole('link', { name: 'Utwórz konta osób i nadaj role' }).click();
    await page.waitForURL(/\/admin\/users$/);
    const coordinator = {
      email: 'koordynator@zabierzow.test',
      name: 'Anna Koordynator',
      password: 'zabierzow-haslo-12',
    };
    const create = page.getByRole('form', { name: 'Nowy użytkownik' });
    await create.getByLabel('Adres e-mail').fill(coordinator.email);
    await create.getByLabel('Imię i nazwisko').fill(coordinator.name);
    await create.getByLabel('Hasło').fill(coordinator.password);
    await create.getByRole('button', { name: 'Utwórz konto' }).click();
    await page.getByText(`Utworzono konto ${coordinator.email}.`).first().waitFor();
    await page.getByRole('button', { name: `Zarządzaj rolami: ${coordinator.name}` }).click();
    const roles = page.getByRole('form', { name: 'Nadaj rolę' });
    await roles.getByLabel('Rola').selectOption({ label: 'Koordynator jednostki' });
    await roles.getByLabel('jedna jednostka').check();
    await roles.getByLabel('Wyszukaj jednostkę').fill('Zabierzów');
    await roles.getByRole('button', { name: 'Wybierz: Zabierzów (1206162)' }).click();
    await roles.getByRole('button', { name: 'Nadaj rolę' }).click();
    await page.getByText('Koordynator jednostki').first().waitFor();
    await expect
      .poll(async () =>
        (
          await apiCall<{ items: { email: string; roles: { role: string }[] }[] }>(page, 'GET', '/users?q=zabierzow')
        ).json.items[0]?.roles.map((r) => r.role),
      )
      .toEqual(['unit-coordinator']);

    // The operator opens a round for the unit (the round form has its own journey).
    const round = await apiCall<{ id: number }>(page, 'POST', '/data-collection/rounds', {
      name: 'Dane za 2024',
      period: '2024',
      deadline: '2099-03-31T23:59:00+02:00',
      variableCodes: ['pupils'],
      unitCodes: ['1206162'],
    });
    expect(round.status, JSON.stringify(round.json)).toBe(201);
    await page.goto(`${server.baseUrl}/`);
    await expect.poll(() => checklist.textContent()).toContain('Zrobione: 3 z 6');

    const unitPage = await openPage(browser);
    await signIn(unitPage, coordinator);
    await unitPage.goto(`${server.baseUrl}/`);
    const mine = unitPage.getByRole('region', { name: 'Moja jednostka: Zabierzów' });
    await mine.waitFor();
    expect(await unitPage.getByText('Pierwsze kroki').count(), 'no setup checklist for a coordinator').toBe(0);
    expect(await mine.textContent()).toContain('Jesteś koordynatorem jednostki');
    const form = mine.getByRole('link', { name: 'Dane za 2024 (2024)' });
    expect(await mine.textContent()).toContain('nierozpoczęta');
    await expectAccessible(unitPage, 'my unit');
    await screenshot(unitPage, 'first-run-my-unit');
    await form.click();
    await unitPage.waitForURL(new RegExp(`/rounds/${round.json.id}/units/1206162$`));
    await unitPage.getByRole('heading', { level: 1 }).waitFor();
    await expectAccessible(unitPage, 'the open form');
  });
});
