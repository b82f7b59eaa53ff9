/**
 * The good-practice bank in real Chromium (issue #13), on the real BDL values the first start
 * loads: Rząśnia (gmina wiejska) raised its own revenue per capita between 2012–2014 and 2016–2018
 * by about 3,280 zł, while eight gminy whose change was the national median (about 310 zł, within
 * 2 zł of each other) serve as its peers — so the effect check of an action in 2015 says
 * "improved more than peers". Its coordinator opens the action, proposes it as a good practice in
 * one step and submits the draft; a curator (network operator) publishes it from the moderation
 * queue; an anonymous visitor searches the bank for an inflected word without diacritics ("szkola"
 * for "szkół" in the title), opens the entry at its shareable URL and sees the evidence chart.
 * Every page is scanned with axe, and the list once more at a phone's width.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { apiCall, createUserWithRole } from './api';
import { expectAccessible, launch, logIn, openPage, screenshot } from './browser';

const baseUrl = inject('baseUrl');
const admin = inject('admin');
let browser: Browser;

const UNIT = { code: '1009052', name: 'Rząśnia' };
/** Gminy whose 2012–2014 → 2016–2018 change of own revenue per capita was 309–311 zł (the median). */
const PEERS = ['1601052', '1203013', '1411011', '3010013', '3016023', '2606032', '2814023', '3202063'];
const stamp = Date.now().toString(36);
const coordinator = {
  email: `praktyki-${stamp}@e2e.test`,
  name: 'Anna Dobrapraktyka',
  password: 'practice-password-1',
};
const curator = { email: `kurator-${stamp}@e2e.test`, name: 'Kamil Kurator', password: 'curator-password-1' };
const title = `Wsparcie szkół w pozyskiwaniu dochodów ${stamp}`;

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

async function newPage(options: Parameters<typeof openPage>[1] = {}): Promise<Page> {
  const page = await openPage(browser, options);
  page.setDefaultTimeout(60_000);
  return page;
}

const main = (page: Page) => page.locator('main');
/** The server computes the evidence on a busy machine; give polls as long as a locator gets. */
const WAIT = { timeout: 60_000 };

describe('a good practice, from an improvement action to the public bank', () => {
  it(
    'is proposed from an action that improved more than peers, published by a curator and found by anyone',
    { timeout: 600_000 },
    async () => {
      // --- Set-up: the coordinator of Rząśnia and a curator; the coordinator's plan and action.
      const adminPage = await newPage();
      await logIn(adminPage, admin);
      await createUserWithRole(adminPage, coordinator, { role: 'unit-coordinator', unitCode: UNIT.code });
      const created = await apiCall<{ user: { id: string } }>(adminPage, 'POST', '/users', curator);
      expect(created.status, JSON.stringify(created.json)).toBe(201);
      const granted = await apiCall(adminPage, 'POST', `/users/${created.json.user.id}/roles`, {
        role: 'network-operator',
      });
      expect(granted.status, JSON.stringify(granted.json)).toBe(201);
      await adminPage.context().close();

      const page = await newPage();
      await logIn(page, coordinator);
      const plan = await apiCall<{ id: number }>(page, 'POST', '/improvement-plans', {
        unitCode: UNIT.code,
        period: '2015-2016',
        title: 'Plan poprawy finansów',
      });
      expect(plan.status, JSON.stringify(plan.json)).toBe(201);
      const action = await apiCall<{ id: number }>(page, 'POST', `/improvement-plans/${plan.json.id}/actions`, {
        title,
        description: 'Gmina pomogła szkołom pozyskiwać dochody z najmu sal i z programów zewnętrznych.',
        source: { type: 'benchmark-gap', indicatorCode: 'own_revenue_per_capita' },
        startDate: '2015-01-01',
        endDate: '2015-12-31',
        status: 'done',
        impact: 'high',
        feasibility: 'medium',
        budget: '48000',
        indicator: { code: 'own_revenue_per_capita', peers: `units:${PEERS.join(',')}` },
      });
      expect(action.status, JSON.stringify(action.json)).toBe(201);

      // --- The action's effect check says "improved more than peers": propose it in one step.
      await page.goto(`${baseUrl}/improvement-plans/${plan.json.id}/actions/${action.json.id}`);
      await page.getByRole('heading', { level: 1, name: title }).waitFor();
      await page.getByRole('button', { name: 'Zaproponuj jako dobrą praktykę' }).waitFor();
      await expectAccessible(page, 'action with the proposal button');
      await page.getByRole('button', { name: 'Zaproponuj jako dobrą praktykę' }).click();

      // The draft keeps the link, copies the action and shows the evidence computed from the data.
      await page.waitForURL(/\/good-practices\/\d+$/);
      await page.getByRole('heading', { level: 1, name: title }).waitFor();
      await expect.poll(() => main(page).textContent(), WAIT).toContain('działanie doskonalące');
      await expect.poll(() => main(page).textContent(), WAIT).toContain('szkic');
      await page.getByRole('img', { name: /Wykres liniowy: Dochody własne na mieszkańca/ }).waitFor();
      expect(await main(page).textContent()).toContain('wyniki zmierzone, lepsze niż u podobnych');
      const practiceUrl = page.url();
      expect(practiceUrl).toMatch(/\/good-practices\/\d+$/);
      await expectAccessible(page, 'practice draft');
      await page.getByRole('button', { name: 'Wyślij do moderacji' }).click();
      await expect.poll(() => main(page).textContent(), WAIT).toContain('czeka na moderację');

      // Not public yet: an anonymous visitor gets "not found".
      const visitor = await newPage();
      await visitor.goto(practiceUrl);
      await visitor.getByText('Nie ma takiej praktyki albo nie została jeszcze opublikowana.').waitFor();

      // --- The curator publishes it from the moderation queue.
      const curatorPage = await newPage();
      await logIn(curatorPage, curator);
      await curatorPage.goto(`${baseUrl}/good-practices/moderation`);
      await curatorPage.getByRole('heading', { level: 1, name: 'Kolejka moderacji dobrych praktyk' }).waitFor();
      await expectAccessible(curatorPage, 'moderation queue');
      await curatorPage.getByRole('link', { name: title }).click();
      await curatorPage.getByRole('heading', { level: 1, name: title }).waitFor();
      await curatorPage.getByRole('button', { name: 'Opublikuj', exact: true }).click();
      await expect.poll(() => main(curatorPage).textContent(), WAIT).toContain('opublikowana');
      await curatorPage.context().close();
      await page.context().close();

      // --- Anyone finds it by an inflected word typed without diacritics, and opens it.
      await visitor.goto(`${baseUrl}/good-practices`);
      await visitor.getByRole('heading', { level: 1, name: 'Baza dobrych praktyk' }).waitFor();
      await visitor.getByRole('searchbox', { name: 'Szukaj w bazie dobrych praktyk' }).fill('szkola');
      await visitor.getByRole('button', { name: 'Szukaj', exact: true }).click();
      const hit = main(visitor).getByRole('link', { name: title });
      await hit.waitFor();
      // The matched word is highlighted in the title.
      expect(await hit.locator('mark').first().textContent()).toBe('szkół');
      expect(visitor.url()).toContain('q=szkola');
      await expectAccessible(visitor, 'search results');
      await screenshot(visitor, 'good-practices-search');
      await hit.click();
      await visitor.getByRole('heading', { level: 1, name: title }).waitFor();
      expect(visitor.url()).toBe(practiceUrl);
      await visitor.getByRole('img', { name: /Wykres liniowy: Dochody własne na mieszkańca/ }).waitFor();
      const text = await main(visitor).textContent();
      expect(text).toContain('wyniki zmierzone, lepsze niż u podobnych');
      expect(text).toContain('Mediana grupy');
      expect(text).toContain(UNIT.name);
      await expectAccessible(visitor, 'public practice');
      await screenshot(visitor, 'good-practices-entry');
      await visitor.context().close();

      // --- The list on a phone.
      const phone = await newPage({ viewport: { width: 390, height: 844 } });
      await phone.goto(`${baseUrl}/good-practices?q=szkol`);
      await main(phone).getByRole('link', { name: title }).waitFor();
      await expectAccessible(phone, 'search results on a phone');
      await phone.context().close();
    },
  );
});
