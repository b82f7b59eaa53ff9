/**
 * Strategy monitoring in real Chromium (issue #11): the coordinator of Bochnia (gmina wiejska, real
 * first-start BDL values 2010–2019) creates a strategy from the unit's page, adds a goal and two
 * measures — own revenue per capita from the catalogue (baseline 2015 read from the store) and an
 * own measure whose value she enters — sees the lights in the goal tree, the trajectory chart of
 * the measure, downloads the PDF, XLSX and DOCX reports, and imports the NGO register, which the
 * NGO map then shows. Every page is scanned with axe.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createUserWithRole } from './api';
import { expectAccessible, launch, logIn, openPage, screenshot } from './browser';

const baseUrl = inject('baseUrl');
const admin = inject('admin');
let browser: Browser;

const UNIT = { code: '1201022', name: 'Bochnia' };
const stamp = Date.now().toString(36);
const coordinator = { email: `strategia-${stamp}@e2e.test`, name: 'Ewa Strategiczna', password: 'strategy-password-1' };
const strategyName = `Strategia Rozwoju Gminy Bochnia E2E ${stamp}`;

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

async function newPage(): Promise<Page> {
  const page = await openPage(browser, { acceptDownloads: true });
  page.setDefaultTimeout(60_000);
  return page;
}

const main = (page: Page) => page.locator('main');

describe('a strategy of Bochnia, monitored', () => {
  it(
    'is created with a goal and two measures, shows lights and the trajectory, reports and the NGO map',
    { timeout: 600_000 },
    async () => {
      const adminPage = await newPage();
      await logIn(adminPage, admin);
      await createUserWithRole(adminPage, coordinator, { role: 'unit-coordinator', unitCode: UNIT.code });
      await adminPage.context().close();

      const page = await newPage();
      await logIn(page, coordinator);

      // --- From the unit's page to its strategies; a new strategy.
      await page.goto(`${baseUrl}/units/${UNIT.code}`);
      await page.getByRole('link', { name: 'Strategie i ich monitoring' }).click();
      await page.getByRole('heading', { level: 1, name: `Strategie: ${UNIT.name}` }).waitFor();
      await expectAccessible(page, 'strategies');
      await page.getByLabel(/^Nazwa/).fill(strategyName);
      await page.getByLabel(/^Od roku/).fill('2016');
      await page.getByLabel(/^Do roku/).fill('2025');
      await page.getByRole('button', { name: 'Utwórz strategię' }).click();
      await page.getByRole('heading', { level: 1, name: strategyName }).waitFor();

      // --- A goal.
      await page.getByLabel(/^Nazwa celu/).fill('Silne finanse gminy');
      await page.getByRole('button', { name: 'Dodaj cel' }).click();
      await page.getByRole('heading', { name: /Cel strategiczny: Silne finanse gminy/ }).waitFor();

      // --- A catalogue measure: the baseline 2015 comes from the store.
      await page.getByLabel(/^Wskaźnik/).selectOption({ label: 'Dochody własne na mieszkańca' });
      await page.getByLabel(/^Rok bazowy/).fill('2015');
      await page.getByLabel(/^Rok docelowy/).fill('2025');
      await page.getByLabel(/^Wartość docelowa/).fill('2000');
      await page.getByRole('button', { name: 'Dodaj miernik' }).click();
      await page.getByRole('link', { name: 'Dochody własne na mieszkańca' }).waitFor();

      // --- An own measure, entered by the unit.
      await page.getByLabel(/^Rodzaj miernika/).selectOption('own');
      await page.getByLabel(/^Nazwa miernika/).fill('Liczba inicjatyw lokalnych');
      await page.getByLabel(/^Jednostka miary/).fill('szt.');
      await page.getByLabel(/^Źródło danych/).fill('Urząd Gminy');
      await page.getByLabel(/^Wartość bazowa/).fill('10');
      await page.getByLabel(/^Wartość docelowa/).fill('30');
      await page.getByRole('button', { name: 'Dodaj miernik' }).click();
      await page.getByRole('link', { name: 'Liczba inicjatyw lokalnych' }).waitFor();

      // Own revenue per capita grew from 1274 zł (2015) to 1695 zł (2019): 58 % of the way to 2000 zł
      // at 40 % of the time → on track 145 % → green.
      const catalogueRow = main(page).getByRole('row', { name: /Dochody własne na mieszkańca/ });
      await expect.poll(() => catalogueRow.textContent()).toContain('zielone');
      expect(await catalogueRow.textContent()).toContain('58');
      await expectAccessible(page, 'strategy');
      await screenshot(page, 'strategy-page');

      // --- The own measure: a value for 2019 → (16 − 10)/(30 − 10) = 30 % at 40 % → 75 % → amber.
      await page.getByRole('link', { name: 'Liczba inicjatyw lokalnych' }).click();
      await page.getByRole('heading', { level: 1, name: 'Liczba inicjatyw lokalnych' }).waitFor();
      await page.getByLabel(/^Okres/).fill('2019');
      await page.getByLabel(/^Wartość$|^Wartość \(/).fill('16');
      await page.getByRole('button', { name: 'Zapisz wartość' }).click();
      await expect.poll(() => main(page).textContent()).toContain('żółte');
      await expectAccessible(page, 'own measure');
      await page.goBack();

      // --- The catalogue measure's trajectory chart with the peers' median.
      await page.getByRole('link', { name: 'Dochody własne na mieszkańca' }).click();
      await page.getByRole('img', { name: /Wykres ścieżki miernika Dochody własne na mieszkańca/ }).waitFor();
      await expect.poll(() => main(page).textContent()).toContain('Mediana grupy');
      await expectAccessible(page, 'measure');
      await screenshot(page, 'strategy-measure');
      await page.getByRole('link', { name: strategyName }).click();
      await page.getByRole('heading', { level: 1, name: strategyName }).waitFor();
      await expect
        .poll(() =>
          main(page)
            .getByRole('row', { name: /Liczba inicjatyw/ })
            .textContent(),
        )
        .toContain('żółte');

      // --- The reports: PDF, XLSX, DOCX.
      for (const [name, magic, type] of [
        ['Pobierz raport PDF', '%PDF', 'application/pdf'],
        ['Pobierz dane XLSX (liczby niezaokrąglone)', 'PK', 'spreadsheetml'],
        ['Pobierz raport DOCX (do edycji w Wordzie)', 'PK', 'wordprocessingml'],
      ] as const) {
        const href = await page.getByRole('link', { name }).getAttribute('href');
        expect(href).toContain('period=2019');
        const file = await page.evaluate(async (url) => {
          const res = await fetch(url!);
          const bytes = new Uint8Array(await res.arrayBuffer());
          return {
            status: res.status,
            type: res.headers.get('content-type') ?? '',
            head: String.fromCharCode(...bytes.slice(0, 4)),
            size: bytes.length,
          };
        }, href);
        expect(file.status).toBe(200);
        expect(file.type).toContain(type);
        expect(file.head.startsWith(magic)).toBe(true);
        expect(file.size).toBeGreaterThan(1000);
      }
      const download = page.waitForEvent('download');
      await page.getByRole('link', { name: 'Pobierz raport PDF' }).click();
      expect((await download).suggestedFilename()).toMatch(/\.pdf$/);

      // --- The NGO map: import a register, see the organisations and the counts.
      await page.getByRole('link', { name: 'Mapa aktywności NGO' }).first().click();
      await page.getByRole('heading', { level: 1, name: `Mapa aktywności NGO: ${UNIT.name}` }).waitFor();
      await page.getByLabel('Plik CSV').setInputFiles({
        name: 'ngo.csv',
        mimeType: 'text/csv',
        buffer: Buffer.from(
          'name;fields;area;lat;lon;cooperates;published\n' +
            'Koło Gospodyń Wiejskich w Łapczycy;culture|seniors;Łapczyca;49,985;20,385;tak;tak\n' +
            'LKS Orzeł;sport;Łapczyca;49,99;20,41;nie;nie\n' +
            'Fundacja Razem dla Gminy;education;Stanisławice;;;tak;tak\n',
        ),
      });
      await page.getByRole('button', { name: 'Importuj' }).click();
      await page.getByRole('rowheader', { name: /Koło Gospodyń Wiejskich w Łapczycy/ }).waitFor();
      await page.getByRole('rowheader', { name: /Fundacja Razem dla Gminy/ }).waitFor();
      await expect.poll(() => main(page).textContent()).toContain('Razem 3, w tym współpracujących z urzędem: 2');
      await page.getByRole('img', { name: /Mapa jednostki Bochnia z 2 organizacjami/ }).waitFor();
      await expectAccessible(page, 'ngo map');
      await screenshot(page, 'strategy-ngo-map');
    },
  );
});
