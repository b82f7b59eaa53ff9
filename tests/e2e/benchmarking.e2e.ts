/**
 * The benchmarking journeys in real Chromium, on the real data loaded at first start (TERYT units
 * and the GUS BDL extract): Kraków's dashboard against its nearest neighbours with the explanation
 * and the report downloads; one indicator with its charts, map and member table; re-weighting the
 * nearest-neighbour model of a rural gmina; a DEA run with its scatter and frontier; a composite
 * index with rank intervals. Every page is scanned with axe. Nobody logs in — comparisons of
 * public data are public — except for DEA, whose ready-made model needs figures the shipped
 * extract lacks (imported, approved, not released).
 */
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { apiUpload } from './api';
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

const newPage = () => openPage(browser, { acceptDownloads: true });

const main = (page: Page) => page.locator('main');

async function see(page: Page, text: string): Promise<void> {
  await main(page).getByText(text, { exact: false }).first().waitFor();
}

/** An ECharts chart has been drawn: its role=img container holds an SVG with shapes (axes alone are a few). */
async function expectChart(chart: Locator, minShapes = 10): Promise<void> {
  await chart.locator('svg').waitFor();
  await expect.poll(() => chart.locator('svg path').count()).toBeGreaterThan(minShapes);
}

/** Names in the first column of a table's body (row headers). */
async function rowNames(table: Locator): Promise<string[]> {
  return (await table.locator('tbody th a').allTextContents()).map((s) => s.trim());
}

describe('benchmarking a gmina', () => {
  it('shows Kraków’s BDL indicators against its nearest neighbours with the explanation, and downloads the report', async () => {
    const page = await newPage();
    await page.goto(`${baseUrl}/units/1261011`);
    await page.getByRole('heading', { level: 1, name: 'Kraków' }).waitFor();
    await page.getByRole('link', { name: 'Porównaj z innymi' }).click();
    await page.getByRole('heading', { level: 1, name: 'Kraków na tle grupy porównawczej' }).waitFor();

    // The page opens on the latest year with any data; the shipped data now reach 2024/2025 for a
    // few indicators (unemployment, population, turnout), and the finance indicators end in 2019.
    const peers = page.getByRole('region', { name: 'Grupa porównawcza' });
    await peers.getByRole('combobox', { name: 'Rok' }).selectOption('2019');
    // The default peer group is Kraków with its 15 nearest neighbours.
    await expect
      .poll(() => peers.textContent())
      .toContain('W grupie jest 16 jednostek: Kraków i 15 najbliższych sąsiadów; dane za 2019 r.');

    // The explanation: the method, and for every neighbour its distance and what differs most.
    const why = page.getByRole('region', { name: /Dlaczego te jednostki/ });
    await expect.poll(() => why.textContent()).toContain('odległość euklidesowa');
    const neighbours = why.getByRole('table', { name: /15 najbliższych sąsiadów jednostki Kraków \(2019 r\.\)/ });
    await expect.poll(async () => (await rowNames(neighbours)).length).toBe(15);
    expect(await rowNames(neighbours)).toContain('Wrocław');
    await expect.poll(() => neighbours.getByRole('row').nth(1).textContent()).toContain('najbardziej:');

    // An indicator card from BDL data: SOURCE.md gives Kraków 4 920,15 zł own revenue per resident in 2019.
    const finance = page.getByRole('region', { name: 'Finanse' });
    const card = finance
      .getByRole('listitem')
      .filter({ has: page.getByRole('link', { name: 'Dochody własne na mieszkańca', exact: true }) });
    await expect.poll(() => card.textContent()).toContain('4920');
    const text = (await card.textContent()) ?? '';
    expect(text).toContain('Mediana grupy');
    expect(text).toMatch(/miejsce \d+ z 16/);
    // The class and the direction of travel are said in words, not only in colour and arrows.
    expect(text).toMatch(/najlepsze 25%|powyżej mediany|poniżej mediany|najsłabsze 25%/);
    expect(text).toMatch(/poprawa|pogorszenie|bez zmian/);
    await expect.poll(() => main(page).textContent()).toContain('Legenda kolorów');
    await expectAccessible(page, 'unit dashboard');
    await screenshot(page, 'benchmarking-dashboard');

    // The report buttons download real files.
    for (const [label, extension, type] of [
      ['Pobierz raport (PDF)', 'pdf', 'application/pdf'],
      ['Pobierz raport (XLSX)', 'xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
    ] as const) {
      const link = page.getByRole('link', { name: label });
      const href = await link.getAttribute('href');
      expect(href).toContain('period=2019');
      const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
      expect(await download.failure()).toBeNull();
      expect(download.suggestedFilename()).toMatch(new RegExp(`\\.${extension}$`));
      const response = await page.request.get(new URL(href!, baseUrl).toString());
      expect(response.status()).toBe(200);
      expect(response.headers()['content-type']).toContain(type);
      expect((await response.body()).length).toBeGreaterThan(1000);
    }
  });

  it('shows one indicator across the peer group with the bar chart, box plot, trend, map and table', async () => {
    const page = await newPage();
    await page.goto(`${baseUrl}/benchmarking/units/1261011?period=2019`);
    await page
      .getByRole('region', { name: 'Finanse' })
      .getByRole('link', { name: 'Dochody własne na mieszkańca', exact: true })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Dochody własne na mieszkańca' }).waitFor();
    expect(page.url()).toContain('unit=1261011');

    await expectChart(
      page.getByRole('img', {
        name: /^Wykres słupkowy: Dochody własne na mieszkańca, 16 jednostek.*wyróżniona: Kraków/,
      }),
    );
    await expectChart(page.getByRole('img', { name: /^Wykres pudełkowy: minimum/ }), 5);
    await expectChart(
      page.getByRole('img', { name: /^Wykres liniowy: Dochody własne na mieszkańca — Kraków na tle mediany/ }),
    );
    // The map colours the group's gminy; Kraków is outlined and the legend counts the classes.
    const map = page.getByRole('img', { name: /^Mapa: Dochody własne na mieszkańca, 2019 r\.; 16 jednostek/ });
    // Every gmina of Poland is drawn (2,477), the group's 16 among them.
    await expectChart(map, 2000);
    const legend = page.getByRole('list', { name: 'Legenda mapy' });
    await expect.poll(() => legend.textContent()).toContain('obrys: Kraków');
    await expect.poll(() => legend.textContent()).toContain('najlepsze 25% (4)');

    // The table is the text alternative: every member with its value and class; Kraków is marked.
    const table = page.getByRole('table', {
      name: /^Dochody własne na mieszkańca, 2019 r\.: Kraków i 15 najbliższych sąsiadów/,
    });
    await expect.poll(async () => (await rowNames(table)).length).toBe(16);
    const krakow = table.getByRole('row').filter({ hasText: 'Kraków' });
    await expect.poll(() => krakow.textContent()).toContain('4920');
    expect(await krakow.getAttribute('class')).toContain('is-selected');
    // Sorting by name puts Białystok first.
    await table.getByRole('button', { name: /Jednostka/ }).click();
    await expect.poll(async () => (await rowNames(table))[0]).toBe('Białystok');
    await expectAccessible(page, 'indicator view');
    await screenshot(page, 'benchmarking-indicator');
  });

  it('re-weights the nearest-neighbour model of a rural gmina and uses the new list as the peer group', async () => {
    const page = await newPage();
    await page.goto(`${baseUrl}/benchmarking/units/1206172?period=2019`);
    await page.getByRole('heading', { level: 1, name: 'Zielonki na tle grupy porównawczej' }).waitFor();
    await page.getByRole('link', { name: 'Zmień wagi i liczbę sąsiadów' }).click();
    await page.getByRole('heading', { level: 1, name: 'Najbliżsi sąsiedzi: Zielonki' }).waitFor();
    const list = page.getByRole('table', { name: /najbliższych sąsiadów jednostki Zielonki/ });
    await expect.poll(async () => (await rowNames(list)).length).toBe(15);
    const before = await rowNames(list);
    await expectAccessible(page, 'neighbours page');

    await page.getByLabel('Dochody własne na mieszkańca', { exact: true }).fill('0');
    await page.getByLabel('Liczba ludności', { exact: true }).fill('5');
    await page.getByRole('button', { name: 'Przelicz sąsiadów' }).click();
    await page.waitForURL(/weights=/);
    await expect.poll(async () => (await rowNames(list)).join('|')).not.toBe(before.join('|'));
    const after = await rowNames(list);
    expect(after).toHaveLength(15);
    // The values table shows the weights in force.
    await expect
      .poll(() => page.getByRole('table', { name: /Zmienne strukturalne: Zielonki/ }).textContent())
      .toContain('waga 5');
    await expectAccessible(page, 'neighbours page re-weighted');
    await screenshot(page, 'benchmarking-neighbours');

    // Custom weights cannot be written as nn:…; the dashboard gets the list itself.
    await page.getByRole('link', { name: 'Użyj jako grupy porównawczej' }).click();
    await page.getByRole('heading', { level: 1, name: 'Zielonki na tle grupy porównawczej' }).waitFor();
    expect(decodeURIComponent(page.url())).toMatch(/peers=units:1206172(,\d{7}){15}(&|$)/);
    await expect
      .poll(() => page.getByRole('region', { name: 'Grupa porównawcza' }).textContent())
      .toContain('W grupie jest 16 jednostek: jednostki z listy (16)');
  });

  it('bad peer-group text is pointed at before any request', async () => {
    const page = await newPage();
    await page.goto(`${baseUrl}/benchmarking/units/1261011`);
    await page.getByRole('heading', { level: 1, name: 'Kraków na tle grupy porównawczej' }).waitFor();
    await page.getByText('Zmień grupę porównawczą').click();
    await page.getByLabel('Porównaj z', { exact: true }).selectOption('custom');
    await page.getByLabel('Definicja grupy').fill('kind:municipality-urban&voivodship:12');
    await page.getByRole('button', { name: 'Zastosuj grupę' }).click();
    await expect
      .poll(() => main(page).textContent())
      .toContain('Błąd na pozycji 25 („voivodship:12”): nieznany warunek');
    expect(page.url()).not.toContain('peers=');
    await page.getByLabel('Definicja grupy').fill('kind:municipality-urban&voivodeship:12');
    await page.getByRole('button', { name: 'Zastosuj grupę' }).click();
    await page.waitForURL(/peers=kind/);
    await expect
      .poll(() => page.getByRole('region', { name: 'Grupa porównawcza' }).textContent())
      .toContain('Gmina miejska · województwo małopolskie');
  });
});

describe('efficiency and composite indices', () => {
  it('opens DEA without a run, offers the ready-made models with their coverage, runs one, then CCR', async () => {
    const page = await newPage();
    // The shipped extract holds no expenditure nor service volume: culture figures for eight rural
    // gminy of Małopolska come in as an approved import (comparisons of unreleased data need a login).
    await logIn(page, admin);
    const rows = [
      ['1201022', 9_800_000, 120_000],
      ['1201032', 1_900_000, 21_000],
      ['1201042', 1_200_000, 30_000],
      ['1201052', 2_100_000, 18_000],
      ['1201072', 1_500_000, 26_000],
      ['1201082', 1_300_000, 12_000],
      ['1201092', 1_000_000, 25_000],
      ['1202012', 3_400_000, 33_000],
    ];
    const csv = [
      'unit_code,variable_code,period,value',
      ...rows.flatMap(([code, spent, loans]) => [
        `${code},culture_expenditure,2019,${spent}`,
        `${code},library_loans,2019,${loans}`,
      ]),
    ].join('\n');
    const imported = await apiUpload(page, 'POST', '/data-collection/imports?approve=true&fileName=kultura-2019.csv', {
      bytes: csv,
      contentType: 'text/csv',
    });
    expect(imported.status, imported.text).toBe(200);

    await page.goto(`${baseUrl}/`);
    await navigate(page, 'Porównania', 'Pulpit porównań');
    await page.getByRole('heading', { level: 1, name: 'Porównania' }).waitFor();
    await expectAccessible(page, 'benchmarking index');
    await page.getByRole('link', { name: 'Otwórz analizę DEA' }).click();
    await page.getByRole('heading', { level: 1, name: 'Efektywność (DEA)' }).waitFor();
    // No model runs by itself (the old default set parts of own revenue against it).
    await see(page, 'Wybierz model przykładowy albo nakłady i efekty');
    expect(await page.getByRole('region', { name: 'Wynik analizy' }).count()).toBe(0);
    await see(page, 'Bez modelu przykładowego: Finanse (dochody i ich części to budżet');

    await page.getByText('Zmień grupę porównawczą').click();
    await page.getByLabel('Definicja grupy').fill('kind:municipality-rural&voivodeship:12');
    await page.getByRole('button', { name: 'Zastosuj grupę' }).click();
    await page.getByRole('textbox', { name: 'Rok' }).fill('2019');
    const presets = page.getByRole('combobox', { name: 'Model przykładowy' });
    const option = (name: RegExp) => presets.locator('option', { hasText: name });
    // The coverage comes from the engine, which rebuilds after the import (in slices, so it may
    // take several seconds on a busy machine while the page's other requests are answered).
    await expect
      .poll(() => option(/^Kultura/).textContent(), { timeout: 30_000 })
      .toBe('Kultura: wydatki a wypożyczenia — dane ma 8 jednostek');
    expect(await option(/^Oświata/).textContent()).toContain('brak danych w tym okresie');
    expect(await option(/^Oświata/).evaluate((o) => (o as HTMLOptionElement).disabled)).toBe(true);
    await presets.selectOption('culture');
    await see(page, 'Wydatki na kulturę na mieszkańca wobec liczby wypożyczeń bibliotecznych na mieszkańca');
    await expectAccessible(page, 'DEA form with a ready-made model');
    await page.getByRole('button', { name: 'Użyj modelu' }).click();
    const outputs = page.getByRole('group', { name: 'Efekty' });
    await expect.poll(() => outputs.textContent()).toContain('Wypożyczenia');
    await page.getByRole('button', { name: 'Przeprowadź analizę' }).click();

    const result = page.getByRole('region', { name: 'Wynik analizy' });
    await expect
      .poll(() => result.textContent(), { timeout: 30_000 })
      .toMatch(
        /Model BCC — zmienne korzyści skali, orientacja na nakłady .*2019 r\., grupa: Gmina wiejska · województwo małopolskie\. W analizie 8 jednostek, efektywnych: \d+\./,
      );
    await expectChart(
      page.getByRole('img', { name: /^Wykres punktowy: Wydatki na kulturę na mieszkańca \(zł\) na osi poziomej/ }),
      5,
    );
    const table = page.getByRole('table', { name: /^Wyniki DEA, 2019 r\./ });
    await expect.poll(() => table.textContent()).toContain('efektywna');
    // Best first under input orientation: θ = 1 at the top; an inefficient unit lists peers with λ.
    await expect.poll(() => table.getByRole('row').nth(1).textContent()).toContain('1,000');
    await table.getByRole('button', { name: /Wynik/ }).click();
    await expect.poll(() => table.getByRole('row').nth(1).textContent()).toContain('λ =');
    await expectAccessible(page, 'DEA result');
    await screenshot(page, 'benchmarking-dea');

    // A form error is said next to the list, and nothing is sent.
    const name = await outputs.locator('.indicator-list__name').first().textContent();
    await outputs.getByRole('button', { name: /^Usuń: / }).click();
    await page.getByRole('button', { name: 'Przeprowadź analizę' }).click();
    await expect.poll(() => outputs.textContent()).toContain('Wybierz co najmniej jeden efekt.');
    expect(name).toContain('Wypożyczenia');
    await outputs.getByLabel('Dodaj efekt').selectOption('library_loans_per_capita');
    await outputs.getByRole('button', { name: 'Dodaj', exact: true }).click();
    await page.getByLabel('CCR — stałe korzyści skali').check();
    await page.getByRole('button', { name: 'Przeprowadź analizę' }).click();
    await expect.poll(() => result.textContent(), { timeout: 30_000 }).toContain('Model CCR — stałe korzyści skali');
    // One input and one output: the CCR frontier is the ray through the best ratio, and no projection note.
    await expect
      .poll(() => page.getByRole('list', { name: 'Legenda wykresu punktowego' }).textContent())
      .toContain('półprosta z początku układu');
    await expect.poll(() => main(page).textContent()).not.toContain('wykres pokazuje tylko wybraną parę');
  });

  it('builds a composite index and shows ranks with their sensitivity intervals', async () => {
    const page = await newPage();
    await page.goto(`${baseUrl}/benchmarking/composite`);
    await page.getByRole('heading', { level: 1, name: 'Indeks złożony' }).waitFor();
    const ranks = page.getByRole('region', { name: 'Ranking z przedziałami miejsc' });
    await expect.poll(() => ranks.textContent(), { timeout: 30_000 }).toContain('w 90% z 1000 losowań wag');
    await expectChart(
      page.getByRole('img', { name: /^Wykres miejsc w rankingu z przedziałami wrażliwości, jednostki od 1\. do 25\./ }),
    );
    const table = ranks.getByRole('table', { name: /^Ranking indeksu złożonego, 2019 r\./ });
    await expect.poll(async () => (await rowNames(table)).length).toBe(25);
    const first = (await table.getByRole('row').nth(1).textContent()) ?? '';
    // Rank 1, an index value with three decimals, a median rank and an interval "lo–hi".
    expect(first).toMatch(/^1.*\d,\d{3}.*\d+(,\d)?–\d+(,\d)?$/);
    await expectAccessible(page, 'composite index');
    await screenshot(page, 'benchmarking-composite');

    // Another normalisation, and the next page of the ranking.
    await page.getByLabel('standaryzacja (z)').check();
    await page.getByRole('button', { name: 'Oblicz indeks' }).click();
    await expect
      .poll(() => page.getByRole('region', { name: 'Indeks', exact: true }).textContent())
      .toContain('Normalizacja: standaryzacja (z)');
    await page.getByRole('button', { name: 'Następna strona' }).click();
    await expect.poll(() => table.getByRole('row').nth(1).textContent()).toMatch(/^26/);
  });
});
