/**
 * The data-collection journey in real Chromium: the indicator catalogue with Kraków's values, an
 * operator's new indicator with a wrong formula pointed at, and a collection round end to end —
 * the admin opens it in the UI, a gmina coordinator fills the form, explains a plausibility
 * warning and submits, the admin returns it with a comment, the coordinator corrects and
 * resubmits, the admin approves; the board, the form's history, the unit's indicators and its
 * value history show the result. Every page is scanned with axe.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { apiCall, createUserWithRole } from './api';
import { expectAccessible, launch, logIn, openPage, screenshot, navigate } from './browser';

const baseUrl = inject('baseUrl');
const admin = inject('admin');
let browser: Browser;

/** Bochnia, a rural gmina (municipality-rural): its area warning range is 1–700 km². */
const UNIT = { code: '1201022', name: 'Bochnia' };
const stamp = Date.now().toString(36);
const coordinator = {
  email: `koordynator-${stamp}@e2e.test`,
  password: 'coordinator-password-1',
  name: 'Koordynatorka Bochni',
};
const roundName = `Sprawozdanie E2E ${stamp}`;

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

// Deadlines are entered and shown in Polish time whatever the browser's zone: prove it from another one.
const newPage = () => openPage(browser, { timezoneId: 'America/New_York' });

const main = (page: Page) => page.locator('main');

/**
 * Waits for a text to be shown. Outcomes are also announced through the app's live region (a
 * visually hidden copy), so the first visible match is the one looked for.
 */
async function see(page: Page, text: string): Promise<void> {
  await page.locator('main').getByText(text, { exact: false }).first().waitFor();
}
const statusOf = (page: Page) => page.locator('.form-status');

describe('indicator catalogue', () => {
  it('lists indicators with filters and shows an indicator with Kraków’s values as a table and a chart', async () => {
    const page = await newPage();
    await page.goto(`${baseUrl}/`);
    await navigate(page, 'Dane', 'Wskaźniki');
    await page.getByRole('heading', { level: 1, name: 'Wskaźniki' }).waitFor();
    await page.getByRole('combobox', { name: 'Obszar usług' }).selectOption('finance');
    await expect.poll(() => page.getByRole('table').textContent()).toContain('Dochody własne na mieszkańca');
    await expect.poll(() => page.getByRole('table').textContent()).not.toContain('Gęstość zaludnienia');
    // Polarity is said in words, not only with an arrow.
    await expect.poll(() => page.getByRole('table').textContent()).toContain('im więcej, tym lepiej');
    await expectAccessible(page, 'indicator catalogue');
    await screenshot(page, 'indicators-catalogue');

    await page.getByRole('link', { name: 'Dochody własne na mieszkańca' }).click();
    await page.getByRole('heading', { level: 1, name: 'Dochody własne na mieszkańca' }).waitFor();
    // The formula in words links each variable to its page.
    await page.locator('.formula').getByRole('link', { name: 'Dochody własne ogółem' }).waitFor();
    await page.getByLabel('Wyszukaj jednostkę').fill('Kraków');
    await page.getByRole('button', { name: /^Wybierz: Kraków \(1261011\)/ }).click();
    await page.waitForURL(/unit=1261011/);
    const table = page.getByRole('table', { name: /Dochody własne na mieszkańca — Kraków/ });
    await table.waitFor();
    // SOURCE.md of the BDL extract: Kraków 2019, 4 920,15 zł per capita (0 decimals).
    await expect.poll(() => table.getByRole('row', { name: /^2019/ }).textContent()).toContain('4920');
    await page
      .getByRole('img', { name: /Wykres liniowy: Dochody własne na mieszkańca/ })
      .locator('svg')
      .waitFor();
    await expectAccessible(page, 'indicator with Kraków values');
    await screenshot(page, 'indicator-krakow');

    // An indicator no data release holds says so to a visitor without a login, instead of a number
    // (members see why a value is missing: data-collection.test.ts).
    await page.goto(`${baseUrl}/indicators/pupils_per_teacher_fte?unit=1261011`);
    await expect
      .poll(() => main(page).textContent())
      .toContain('brak wartości — nie ma go w opublikowanych wydaniach danych');

    await page.goto(`${baseUrl}/variables/area_km2`);
    await page.getByRole('heading', { level: 1, name: 'Powierzchnia' }).waitFor();
    await expect.poll(() => main(page).textContent()).toContain('wartość od 1 do 700 km²');
    await expectAccessible(page, 'variable page');
  });

  it('lets an operator add an indicator and points at the error in a wrong formula', async () => {
    const page = await newPage();
    await logIn(page, admin);
    await page.goto(`${baseUrl}/indicators/new`);
    await page.getByRole('heading', { level: 1, name: 'Nowy wskaźnik' }).waitFor();
    await page.getByLabel(/^Kod/).fill(`e2e_pupils_per_section_${stamp}`);
    await page.getByLabel(/^Nazwa po polsku/).fill('Uczniowie na oddział (test)');
    await page.getByLabel(/^Nazwa po angielsku/).fill('Pupils per class (test)');
    await page.getByLabel(/^Definicja po polsku/).fill('Liczba uczniów podzielona przez liczbę oddziałów.');
    await page.getByLabel(/^Definicja po angielsku/).fill('Pupils divided by class sections.');
    await page.getByLabel(/^Formuła/).fill('pupils / school_sections');
    await page.getByLabel(/^Jednostka miary/).fill('osoba');
    await page.getByLabel(/^Obszar usług/).selectOption('education');
    await page.getByLabel(/^Źródło danych \(po polsku\)/).fill('SIO');
    await page.getByLabel(/^Źródło danych \(po angielsku\)/).fill('SIO');
    await page.getByRole('button', { name: 'Dodaj wskaźnik' }).click();
    // Position 10 (1-based) is where the unknown variable starts; the formula box gets the focus.
    await see(page, 'Błąd w formule na pozycji 10:');
    await expect.poll(() => main(page).textContent()).toContain('nieznana zmienna „school_sections”');
    await expect.poll(() => page.locator(':focus').getAttribute('name')).toBe('formula');
    await expect.poll(() => page.locator('.formula-error__mark').textContent()).toBe('s');
    await expectAccessible(page, 'indicator form with a formula error');
    await screenshot(page, 'indicator-formula-error');

    await page.getByLabel(/^Formuła/).fill('pupils / school_class_sections');
    await page.getByRole('button', { name: 'Dodaj wskaźnik' }).click();
    await page.getByRole('heading', { level: 1, name: 'Uczniowie na oddział (test)' }).waitFor();
    await page.locator('.formula').getByRole('link', { name: 'Oddziały szkolne' }).waitFor();
  });
});

describe('a collection round from opening to approval', () => {
  // Two people, a whole round and the value history: ~55 s on an idle machine, so more than the default minute.
  it(
    'admin opens a round, the coordinator explains a warning and submits, is returned, corrects, and is approved',
    { timeout: 240_000 },
    async () => {
      // --- Set-up through the API: a coordinator of Bochnia with a password.
      const adminPage = await newPage();
      await logIn(adminPage, admin);
      await createUserWithRole(adminPage, coordinator, { role: 'unit-coordinator', unitCode: UNIT.code });

      // --- The admin opens the round in the UI.
      await navigate(adminPage, 'Dane', 'Rundy');
      await adminPage.getByRole('heading', { level: 1, name: 'Rundy zbierania danych' }).waitFor();
      await adminPage.getByRole('link', { name: 'Nowa runda' }).click();
      await adminPage.getByRole('heading', { level: 1, name: 'Nowa runda' }).waitFor();
      await adminPage.getByLabel(/^Nazwa/).fill(roundName);
      await adminPage.getByLabel(/^Okres/).fill('2024');
      await adminPage.getByLabel(/^Termin — dzień/).fill('2030-12-31');
      await adminPage.getByLabel(/^Termin — godzina/).fill('23:59');
      const search = adminPage.getByLabel('Szukaj zmiennych');
      for (const [query, label] of [
        ['powierzchnia', /^Powierzchnia \(area_km2/],
        ['pupils', /^Uczniowie \(pupils,/],
        ['teacher', /^Etaty nauczycieli \(teacher_fte/],
      ] as const) {
        await search.fill(query);
        await adminPage.getByRole('checkbox', { name: label }).check();
      }
      await expect.poll(() => adminPage.getByText('Wybrano 3 zmienne.').count()).toBe(1);
      await adminPage.getByLabel('Wyszukaj jednostkę').fill(UNIT.code);
      await adminPage.getByRole('button', { name: `Dodaj: ${UNIT.name} (${UNIT.code})` }).click();
      await adminPage.getByRole('heading', { name: 'Wybrane jednostki (1)' }).waitFor();
      await expectAccessible(adminPage, 'new round form');
      await screenshot(adminPage, 'round-new');
      await adminPage.getByRole('button', { name: 'Otwórz rundę' }).click();
      await adminPage.getByRole('heading', { level: 1, name: roundName }).waitFor();
      const roundId = /\/rounds\/(\d+)$/.exec(adminPage.url())?.[1];
      expect(roundId).toBeTruthy();
      const formUrl = `${baseUrl}/rounds/${roundId}/units/${UNIT.code}`;
      // Polish time: 23:59 on 31 December is 22:59 UTC (+01:00 in winter).
      const round = await apiCall<{ deadline: string }>(adminPage, 'GET', `/data-collection/rounds/${roundId}`);
      expect(round.json.deadline).toBe('2030-12-31T22:59:00.000Z');

      // The board: one unit, not started; reminders go to the outbox (no SMTP here).
      const board = adminPage.getByRole('table', { name: /Jednostki w rundzie/ });
      await expect.poll(() => board.textContent()).toContain('nierozpoczęta');
      await adminPage.getByRole('button', { name: 'Wyślij przypomnienia' }).click();
      await see(adminPage, 'Wiadomości w kolejce: 1; wysłane: 0.');
      await adminPage.getByRole('link', { name: 'Zobacz skrzynkę nadawczą' }).first().click();
      await adminPage.getByRole('heading', { level: 1, name: 'Skrzynka nadawcza' }).waitFor();
      await see(adminPage, 'Wysyłka e-maili nie jest skonfigurowana');
      await expect.poll(() => adminPage.getByRole('table').textContent()).toContain(coordinator.email);
      await expectAccessible(adminPage, 'outbox');

      // --- The coordinator fills the form.
      const unitPage = await newPage();
      await logIn(unitPage, coordinator);
      await navigate(unitPage, 'Dane', 'Rundy');
      await unitPage.getByRole('link', { name: roundName }).click();
      await unitPage.getByRole('heading', { level: 1, name: roundName }).waitFor();
      await expectAccessible(unitPage, 'round page (unit)');
      await unitPage.getByRole('link', { name: `Otwórz formularz: ${UNIT.name}` }).click();
      await unitPage.getByRole('heading', { level: 1, name: `${UNIT.name} — dane za 2024` }).waitFor();
      await unitPage.getByRole('textbox', { name: /^Powierzchnia/ }).fill('800');
      await unitPage.getByRole('textbox', { name: /^Uczniowie/ }).fill('1 234');
      await unitPage.getByRole('textbox', { name: /^Etaty nauczycieli/ }).fill('80,5');
      await unitPage.getByRole('button', { name: 'Zapisz wersję roboczą' }).click();
      await see(unitPage, 'Zapisano wersję roboczą.');
      await expect.poll(() => statusOf(unitPage).textContent()).toContain('wersja robocza');
      // 800 km² is outside the usual 1–700 km² of a gmina: a warning, in amber, in words.
      const warning = unitPage.locator('.finding--warning');
      await expect
        .poll(() => warning.textContent())
        .toContain('Ostrzeżenie: Wartość 800 jest poza typowym zakresem 1–700 (za duża).');

      // An error and a warning at once: the summary lists both, the warning as needing an
      // explanation and linked to its explanation field.
      await unitPage.getByRole('textbox', { name: /^Etaty nauczycieli/ }).fill('-80,5');
      await unitPage.getByRole('button', { name: 'Wyślij do zatwierdzenia' }).click();
      const summary = main(unitPage).locator('.submit-summary');
      await expect
        .poll(() => summary.locator('li').allTextContents())
        .toEqual([
          'Błąd: Etaty nauczycieli — popraw wartość oznaczoną jako błąd',
          'Wymaga wyjaśnienia: Powierzchnia — to ostrzeżenie; napisz w polu „Wyjaśnienie”, dlaczego wartość jest prawidłowa',
        ]);
      await summary.getByRole('link', { name: 'Powierzchnia' }).click();
      await expect.poll(() => unitPage.locator(':focus').getAttribute('id')).toMatch(/area_km2-comment$/);
      await unitPage.getByRole('textbox', { name: /^Etaty nauczycieli/ }).fill('80,5');

      await unitPage.getByRole('button', { name: 'Wyślij do zatwierdzenia' }).click();
      await see(unitPage, 'Nie wysłano danych.');
      await see(unitPage, 'Wyjaśnij to ostrzeżenie — bez wyjaśnienia nie można wysłać danych.');
      // The first problem — the explanation of the warning — has the focus.
      await expect.poll(() => unitPage.locator(':focus').getAttribute('id')).toMatch(/area_km2-comment$/);
      await expectAccessible(unitPage, 'form with an unexplained warning');
      await screenshot(unitPage, 'round-form-warning');
      await unitPage
        .getByRole('textbox', { name: /^Wyjaśnienie/ })
        .fill('Po przyłączeniu sołectw w 2024 r. powierzchnia wzrosła.');
      await unitPage.getByRole('button', { name: 'Wyślij do zatwierdzenia' }).click();
      await see(unitPage, 'Wysłano dane do zatwierdzenia.');
      await expect.poll(() => statusOf(unitPage).textContent()).toContain('wysłana do zatwierdzenia');
      await see(unitPage, 'Dane zostały wysłane do zatwierdzenia.');
      // Provenance of a value, on demand.
      await unitPage.getByText('Źródło wartości').first().click();
      await see(unitPage, `wpisana w formularzu rundy nr ${roundId}`);

      // --- The admin returns it with a comment.
      await adminPage.goto(formUrl);
      await expect.poll(() => statusOf(adminPage).textContent()).toContain('wysłana do zatwierdzenia');
      await adminPage.getByRole('button', { name: 'Zwróć do poprawy' }).click();
      await see(adminPage, 'Napisz, co jednostka ma poprawić.');
      await adminPage.getByLabel('Komentarz dla jednostki').fill('Liczba uczniów nie zgadza się z SIO — sprawdźcie.');
      await adminPage.getByRole('button', { name: 'Zwróć do poprawy' }).click();
      await see(adminPage, 'Zwrócono formularz do poprawy.');
      await expect.poll(() => statusOf(adminPage).textContent()).toContain('zwrócona do poprawy');

      // --- The coordinator sees the comment, corrects and resubmits.
      await unitPage.reload();
      await see(unitPage, 'Operator zwrócił formularz do poprawy');
      const history = () => unitPage.getByRole('table', { name: 'Historia formularza' });
      await expect.poll(() => history().textContent()).toContain('Liczba uczniów nie zgadza się z SIO — sprawdźcie.');
      await unitPage.getByRole('textbox', { name: /^Uczniowie/ }).fill('1 240');
      await unitPage.getByRole('button', { name: 'Wyślij do zatwierdzenia' }).click();
      await expect.poll(() => statusOf(unitPage).textContent()).toContain('wysłana do zatwierdzenia');

      // --- The admin approves.
      await adminPage.goto(formUrl);
      await expect.poll(() => statusOf(adminPage).textContent()).toContain('wysłana do zatwierdzenia');
      await adminPage.getByRole('button', { name: 'Zatwierdź', exact: true }).click();
      await see(adminPage, 'Zatwierdzono dane jednostki.');
      await expect.poll(() => statusOf(adminPage).textContent()).toContain('zatwierdzona');
      const actions = await adminPage
        .getByRole('table', { name: 'Historia formularza' })
        .locator('tbody th')
        .allTextContents();
      const story = [
        'zapisano wersję roboczą',
        'wysłano do zatwierdzenia',
        'zwrócono do poprawy',
        'wysłano do zatwierdzenia',
        'zatwierdzono',
      ];
      // The history is in order; reminders and extra saves may come between these steps.
      let at = 0;
      for (const action of actions) if (action === story[at]) at++;
      expect(at, `history: ${actions.join(' → ')}`).toBe(story.length);
      await expectAccessible(adminPage, 'approved form (operator)');
      await screenshot(adminPage, 'round-form-approved');

      await adminPage.getByRole('link', { name: roundName }).click();
      const row = adminPage
        .getByRole('table', { name: /Jednostki w rundzie/ })
        .getByRole('row', { name: new RegExp(UNIT.name) });
      await expect.poll(() => row.textContent()).toContain('zatwierdzona');
      await expect.poll(() => row.textContent()).toContain('3 z 3');
      await expectAccessible(adminPage, 'completeness board');
      await screenshot(adminPage, 'round-board');
      const exportHref = await adminPage.getByRole('link', { name: 'Eksport CSV' }).getAttribute('href');
      const csv = await adminPage.evaluate(async (href) => (await fetch(href!)).text(), exportHref);
      expect(csv).toContain(`${UNIT.code},${UNIT.name},approved,3,3`);

      // --- Approved values feed the unit's indicators and its value history.
      await adminPage.goto(`${baseUrl}/units/${UNIT.code}`);
      const indicators = adminPage.getByRole('region', { name: 'Wskaźniki' });
      // The round's period (the page opens on the latest with any data: 2025 holds the shipped turnout).
      await indicators.getByRole('combobox', { name: 'Okres' }).selectOption('2024');
      await expect.poll(() => indicators.getByRole('combobox', { name: 'Okres' }).inputValue()).toBe('2024');
      // 1 240 pupils / 80,5 FTE = 15,4.
      await expect
        .poll(() => indicators.getByRole('row', { name: /Uczniowie na etat nauczycielski/ }).textContent())
        .toContain('15,4');
      await expectAccessible(adminPage, 'unit page with indicators');
      await adminPage.getByRole('link', { name: 'Historia zmian wartości' }).click();
      await adminPage.getByRole('heading', { level: 1, name: `Historia zmian wartości: ${UNIT.name}` }).waitFor();
      await expect.poll(() => adminPage.getByRole('table').textContent()).toContain(coordinator.email);
      await expect.poll(() => adminPage.getByRole('table').textContent()).toContain('Po przyłączeniu sołectw');
      await expectAccessible(adminPage, 'value history');
    },
  );

  it('checks a file before importing it and validates the BDL form without a network', async () => {
    const page = await newPage();
    await logIn(page, admin);
    await page.goto(`${baseUrl}/data/import`);
    await page.getByRole('heading', { level: 1, name: 'Import danych' }).waitFor();
    // A TERYT code that lost its leading zero (261011 = 0261011) and a decimal comma are fine; -5 km² is not.
    await page.getByLabel(/^Plik CSV lub XLSX/).setInputFiles({
      name: 'dane.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from('kod;rok;library_loans;area_km2\n1201022;2023;12 345;650,5\n1201011;2023;;-5\n'),
    });
    await page.getByRole('button', { name: 'Sprawdź plik' }).click();
    await page.getByRole('table', { name: 'Problemy w pliku' }).waitFor();
    await expect
      .poll(() => page.getByRole('table', { name: 'Problemy w pliku' }).textContent())
      .toContain('wartość ujemna');
    await expectAccessible(page, 'import with problems');
    await page.getByLabel(/^Plik CSV lub XLSX/).setInputFiles({
      name: 'dane.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from('kod;rok;library_loans;area_km2\n1201022;2023;12 345;650,5\n'),
    });
    await page.getByRole('button', { name: 'Sprawdź plik' }).click();
    await see(page, 'Plik jest poprawny — nic jeszcze nie zapisano');
    await expect.poll(() => page.getByRole('table', { name: /Pierwsze wiersze/ }).textContent()).toContain('650,5');
    await expectAccessible(page, 'import preview');
    await screenshot(page, 'data-import-preview');

    await page.goto(`${baseUrl}/data/bdl`);
    await page.getByRole('heading', { level: 1, name: 'Import z BDL' }).waitFor();
    // The page also holds the whole-catalogue sync with its own years: fill the one-variable form.
    const form = page.getByRole('form', { name: 'Import z BDL' });
    await form.getByLabel(/^Numer zmiennej w BDL/).fill('72305');
    await form.getByLabel(/^Od roku/).fill('2020');
    await form.getByLabel(/^Do roku/).fill('2018');
    await form.getByRole('button', { name: 'Importuj z BDL' }).click();
    await see(page, 'Rok końcowy nie może być wcześniejszy niż początkowy.');
    await expectAccessible(page, 'BDL import form');
  });
});
