/**
 * Self-assessment and improvement plans in real Chromium (issue #6).
 *
 * Journey 1 — the acceptance of the issue: a group of three people of Dzierżoniów (gmina miejska)
 * runs a CAF 2020 self-assessment. The coordinator starts it in the UI and names the group (herself
 * as leader, two members); each of the three, in a browser of their own, scores all 28
 * subcriteria through the scoring form and submits; opening the consensus early is refused with
 * the missing member named; then the leader opens it, sees the spread (largest disagreements
 * first), records the agreed scores, closes, and sees the results — radar, criteria table and the
 * total on 0–900 and 0–100 — and downloads the PDF and XLSX reports. Every page is scanned with axe.
 *
 * Journey 2 — an improvement plan: the coordinator starts a plan, adds an action from a benchmark
 * gap (the link the benchmarking dashboard offers), sees it in the table, on the board (moved there
 * with the keyboard-usable control) and on the timeline, with its overdue flag and effect check.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { apiCall, createUserWithRole } from './api';
import { expectAccessible, launch, logIn, openPage, screenshot } from './browser';

const baseUrl = inject('baseUrl');
const admin = inject('admin');
let browser: Browser;
const contexts: BrowserContext[] = [];

/** Dzierżoniów (gmina miejska) — the office that led the CAF programme of 27 offices. */
const UNIT = { code: '0202021', name: 'Dzierżoniów' };
const stamp = Date.now().toString(36);
const password = 'self-assessment-password-1';
const people = [
  { email: `liderka-${stamp}@e2e.test`, name: 'Anna Liderka', role: 'unit-coordinator' },
  { email: `czlonek1-${stamp}@e2e.test`, name: 'Bartosz Członek', role: 'unit-member' },
  { email: `czlonek2-${stamp}@e2e.test`, name: 'Celina Członkini', role: 'unit-member' },
] as const;
const title = `Samoocena CAF E2E ${stamp}`;

/** CAF 2020 subcriteria in framework order: criteria 1–5 are enablers, 6–9 results. */
const ITEMS = [
  '1.1',
  '1.2',
  '1.3',
  '1.4',
  '2.1',
  '2.2',
  '2.3',
  '2.4',
  '3.1',
  '3.2',
  '3.3',
  '4.1',
  '4.2',
  '4.3',
  '4.4',
  '4.5',
  '4.6',
  '5.1',
  '5.2',
  '5.3',
  '6.1',
  '6.2',
  '7.1',
  '7.2',
  '8.1',
  '8.2',
  '9.1',
  '9.2',
];
const isEnabler = (itemId: string) => Number(itemId.split('.')[0]) <= 5;

/**
 * Individual scores: every fourth subcriterion (1.1, 2.1, 3.1, 4.2, 4.6, 6.1, 8.1) splits the group
 * widely — 25 / 50 / 80, a spread of 55 that crosses bands — the rest differ by a few points.
 */
function individualScore(person: number, index: number): number {
  return index % 4 === 0 ? [25, 50, 80][person]! : [45, 48, 50][person]!;
}

/**
 * Agreed scores: 60 for each of the 20 enabler subcriteria, 45 for each of the 8 results ones.
 * By hand: criteria 1–5 score 60 each, 6–9 score 45 each; total = 5 × 60 + 4 × 45 = 480 of 900;
 * the average criterion score = 480 / 9 = 53,3 (one decimal, as shown).
 */
const agreedScore = (itemId: string) => (isEnabler(itemId) ? 60 : 45);

/** The classical panels' bands: the score falls in exactly one. */
function bandLabel(score: number): RegExp {
  const bands = [
    [0, 10],
    [11, 30],
    [31, 50],
    [51, 70],
    [71, 90],
    [91, 100],
  ] as const;
  const [min, max] = bands.find(([lo, hi]) => score >= lo && score <= hi)!;
  return new RegExp(`^${min}–${max}`);
}

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  for (const context of contexts) await context.close();
  await browser?.close();
});

async function newPage(): Promise<Page> {
  const page = await openPage(browser, { timezoneId: 'Europe/Warsaw', acceptDownloads: true });
  contexts.push(page.context());
  // Other suites may share the machine: allow slow steps without hiding real failures.
  page.setDefaultTimeout(60_000);
  return page;
}

const main = (page: Page) => page.locator('main');
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** The h2 of the scoring or consensus form: "1.1 Wytyczanie kierunku…". */
const itemHeading = (page: Page, itemId: string) =>
  page.getByRole('heading', { level: 2, name: new RegExp(`^${escape(itemId)} `) });

/** Picks the band and types the score in the classical panel of the form on the page. */
async function scoreItem(page: Page, score: number): Promise<void> {
  await page.getByRole('radio', { name: bandLabel(score) }).check();
  await page.getByLabel(/^Ocena w wybranym przedziale/).fill(String(score));
}

let assessmentId = '';

describe('a CAF 2020 self-assessment by a group of three', () => {
  it(
    'is started, scored individually by all three, agreed in consensus, closed and reported',
    { timeout: 600_000 },
    async () => {
      // --- Set-up through the API: three people with roles in Dzierżoniów.
      const adminPage = await newPage();
      await logIn(adminPage, admin);
      for (const person of people)
        await createUserWithRole(adminPage, { ...person, password }, { role: person.role, unitCode: UNIT.code });

      // --- The coordinator starts the self-assessment from the unit's page.
      const leader = await newPage();
      await logIn(leader, { email: people[0].email, password });
      await leader.goto(`${baseUrl}/units/${UNIT.code}`);
      await leader.getByRole('link', { name: 'Samoocena CAF / EFQM — rundy i wyniki' }).click();
      await leader.getByRole('heading', { level: 1, name: `Samoocena: ${UNIT.name}` }).waitFor();
      await leader.getByLabel(/^Model oceny/).selectOption('caf-2020');
      // The next round of the framework in the unit is offered (1 on a fresh database).
      await expect.poll(() => leader.getByLabel(/^Runda/).inputValue()).toMatch(/^[1-9]\d*$/);
      await leader.getByLabel(/^Data/).fill('2026-03-02');
      await leader.getByRole('radio', { name: 'Ocena klasyczna' }).check();
      await leader.getByLabel(/^Tytuł/).fill(title);
      await expectAccessible(leader, 'unit assessments with the start form');
      await screenshot(leader, 'sa-start');
      await leader.getByRole('button', { name: 'Rozpocznij samoocenę' }).click();
      await leader.getByRole('heading', { level: 1, name: title }).waitFor();
      assessmentId = /\/assessments\/(\d+)$/.exec(leader.url())?.[1] ?? '';
      expect(assessmentId).not.toBe('');

      // --- The group: the coordinator leads, two members; three is below CAF's 5–12, which only warns.
      await leader.getByRole('button', { name: 'Zmień skład zespołu' }).click();
      for (const person of people) {
        await leader.getByLabel('Dodaj osobę z jednostki').selectOption({ label: `${person.name} (${person.email})` });
        await leader.getByRole('button', { name: 'Dodaj do zespołu' }).click();
      }
      await expect.poll(() => leader.getByLabel(`Rola: ${people[0].name}`).inputValue()).toBe('leader');
      await expect.poll(() => main(leader).textContent()).toContain('Zespół liczy 3 osoby. CAF zaleca 5–12 osób');
      await expectAccessible(leader, 'group editor');
      await leader.getByRole('button', { name: 'Zapisz skład zespołu' }).click();
      const group = leader.getByRole('table', { name: 'Członkowie zespołu samooceny' });
      await expect.poll(() => group.getByRole('row').count()).toBe(4);
      await expect
        .poll(() => group.getByRole('row', { name: new RegExp(people[0].name) }).textContent())
        .toContain('lider zespołu');
      await expectAccessible(leader, 'assessment overview');
      await screenshot(leader, 'sa-overview');

      // --- Each member scores all 28 subcriteria in their own browser and submits.
      const pages: Page[] = [leader];
      for (const person of people.slice(1)) {
        const page = await newPage();
        await logIn(page, { email: person.email, password });
        pages.push(page);
      }
      for (const [p, page] of pages.entries()) {
        await page.goto(`${baseUrl}/assessments/${assessmentId}`);
        await page.getByRole('link', { name: 'Rozpocznij ocenę' }).click();
        await page.getByRole('heading', { level: 1, name: `Ocena indywidualna: ${title}` }).waitFor();
        for (const [index, itemId] of ITEMS.entries()) {
          await itemHeading(page, itemId).waitFor();
          await scoreItem(page, individualScore(p, index));
          if (p === 0 && itemId === '1.1') {
            // A score outside the chosen band is caught before it is sent, next to the box.
            await page.getByLabel(/^Ocena w wybranym przedziale/).fill('5');
            await page.getByRole('button', { name: 'Zapisz i przejdź dalej' }).click();
            await page.getByText('Ocena musi mieścić się w przedziale wybranego poziomu: 11–30.').waitFor();
            await expectAccessible(page, 'scoring form with an error');
            await screenshot(page, 'sa-scoring-error');
            await page.getByLabel(/^Ocena w wybranym przedziale/).fill(String(individualScore(p, index)));
            await page.getByLabel('Mocne strony').fill('Misja i wizja są spisane i znane pracownikom.');
            await page.getByLabel('Obszary do poprawy').fill('Brak przeglądu wartości od 2019 r.');
          }
          await page.getByRole('button', { name: 'Zapisz i przejdź dalej' }).click();
          await page
            .locator('.scoring-progress label')
            .getByText(`Oceniono ${index + 1} z 28 podkryteriów`)
            .waitFor();
        }
        if (p === 0) await expectAccessible(page, 'scoring form, all scored');
        if (p === 1) {
          // Before the consensus nobody sees the others' scores — not even through the API.
          const spread = await apiCall<{ error: { code: string } }>(page, 'GET', `/assessments/${assessmentId}/spread`);
          expect(spread.status).toBe(409);
          expect(spread.json.error.code).toBe('ASSESSMENT_STATE');
        }
        if (p < 2) {
          await page.getByRole('button', { name: 'Wyślij ocenę' }).click();
          await page.getByText('Ocen nie można już zmieniać.').first().waitFor();
        }
      }

      // --- The leader tries to open the consensus while one member has not submitted: refused, named.
      await leader.goto(`${baseUrl}/assessments/${assessmentId}`);
      await leader.getByRole('button', { name: 'Otwórz konsensus' }).click();
      await leader.getByText('Nie wszyscy wysłali swoje oceny').waitFor();
      await expect.poll(() => leader.locator('.open-consensus .alert').textContent()).toContain(people[2].name);
      await expectAccessible(leader, 'consensus refused');
      await screenshot(leader, 'sa-consensus-not-ready');
      const third = pages[2]!;
      await third.getByRole('button', { name: 'Wyślij ocenę' }).click();
      await third.getByText('Ocen nie można już zmieniać.').first().waitFor();
      await leader.reload();
      await expect.poll(() => main(leader).textContent()).toContain('Wysłano 3 z 3 ocen indywidualnych.');
      await leader.getByRole('button', { name: 'Otwórz konsensus' }).click();
      await leader.getByRole('heading', { level: 1, name: `Konsensus: ${title}` }).waitFor();

      // --- The spread: largest disagreements first, each member's score, flagged for discussion.
      const spreadTable = leader.getByRole('table', { name: /Rozrzut ocen indywidualnych/ });
      const firstRow = spreadTable.locator('tbody tr').first();
      await expect.poll(() => firstRow.locator('th').textContent()).toMatch(/^1\.1 /);
      for (const text of ['25', '50', '80', '55', 'tak — różne przedziały'])
        await expect.poll(() => firstRow.textContent()).toContain(text);
      const header = await spreadTable.locator('thead').textContent();
      for (const person of people) expect(header).toContain(person.name);
      await expect.poll(() => spreadTable.getByRole('row', { name: /^1\.2 / }).textContent()).toContain('45');
      expect(await spreadTable.getByRole('row', { name: /^1\.2 / }).textContent()).not.toContain('tak —');
      await expect.poll(() => main(leader).textContent()).toContain('Brak przeglądu wartości od 2019 r.');
      await expectAccessible(leader, 'consensus with the spread');
      await screenshot(leader, 'sa-consensus');

      // --- Agreed scores, in the order the meeting goes (largest disagreements first).
      const spreadOrder = (await spreadTable.locator('tbody th').allTextContents()).map((text) => text.split(' ')[0]!);
      expect(spreadOrder).toHaveLength(28);
      for (const itemId of spreadOrder) {
        await itemHeading(leader, itemId).waitFor();
        await scoreItem(leader, agreedScore(itemId));
        if (itemId === '1.1')
          await leader
            .getByLabel('Obszary do poprawy (uzgodnione)')
            .fill('Przegląd misji, wizji i wartości z udziałem pracowników.');
        await leader.getByRole('button', { name: /^Zapisz ocenę uzgodnioną/ }).click();
        await expect
          .poll(() =>
            spreadTable
              .getByRole('row', { name: new RegExp(`^${escape(itemId)} `) })
              .locator('td')
              .nth(-2)
              .textContent(),
          )
          .toBe(String(agreedScore(itemId)));
      }
      await expect
        .poll(() => leader.locator('.scoring-progress label').textContent())
        .toBe('Uzgodniono 28 z 28 podkryteriów');
      await leader.getByRole('button', { name: 'Zamknij samoocenę' }).click();

      // --- Results: the hand-computed total on both scales, radar with its table, the evidence.
      await leader.getByRole('heading', { level: 1, name: `Wyniki: ${title}` }).waitFor();
      const totals = leader.getByRole('list', { name: 'Wynik łączny' });
      await expect.poll(() => totals.textContent()).toContain('480 / 900');
      await expect.poll(() => totals.textContent()).toContain('53,3 / 100');
      await expect.poll(() => main(leader).textContent()).toContain('Suma punktów to suma tych 9 ocen — skala 0–900.');
      await leader
        .getByRole('img', { name: /Wykres radarowy ocen 9 kryteriów/ })
        .locator('svg')
        .waitFor();
      const criteria = leader.getByRole('table', { name: 'Oceny kryteriów (0–100) i ich punkty' });
      await expect.poll(() => criteria.getByRole('row', { name: /^1\. Przywództwo/ }).textContent()).toContain('60');
      await expect
        .poll(() => criteria.getByRole('row', { name: /^9\. Kluczowe wyniki/ }).textContent())
        .toContain('45');
      await expect.poll(() => main(leader).textContent()).toContain('orientacyjne');
      await leader.getByRole('link', { name: 'Dodaj do planu doskonalenia: obszar 1.1' }).waitFor();
      await expectAccessible(leader, 'results');
      await screenshot(leader, 'sa-results');

      // --- The reports download.
      for (const [name, magic, type] of [
        ['Raport PDF', '%PDF', 'application/pdf'],
        ['Raport XLSX', 'PK', 'spreadsheetml'],
      ] as const) {
        const href = await leader.getByRole('link', { name }).getAttribute('href');
        const file = await leader.evaluate(async (url) => {
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
      const download = leader.waitForEvent('download');
      await leader.getByRole('link', { name: 'Raport PDF' }).click();
      expect((await download).suggestedFilename()).toMatch(/\.pdf$/);

      // --- A closed assessment cannot change: the API says 409, the scoring page says why.
      const late = await apiCall<{ error: { code: string } }>(
        leader,
        'PUT',
        `/assessments/${assessmentId}/consensus/1.1`,
        { values: 90 },
      );
      expect(late.status).toBe(409);
      expect(late.json.error.code).toBe('ASSESSMENT_CLOSED');
    },
  );

  it('turns the agreed area for improvement into an action with its source filled in', async () => {
    expect(assessmentId).not.toBe('');
    const leader = await newPage();
    await logIn(leader, { email: people[0].email, password });
    await leader.goto(`${baseUrl}/assessments/${assessmentId}/results`);
    await leader.getByRole('link', { name: 'Dodaj do planu doskonalenia: obszar 1.1' }).click();
    await leader.getByRole('heading', { level: 1, name: 'Nowe działanie w planie doskonalenia' }).waitFor();
    await expect
      .poll(() => main(leader).textContent())
      .toContain(
        'Obszar do poprawy z samooceny CAF: podkryterium 1.1 — Przegląd misji, wizji i wartości z udziałem pracowników.',
      );
    await leader.getByRole('heading', { level: 2, name: `Plan doskonalenia: ${UNIT.name}` }).waitFor();
    await expectAccessible(leader, 'new action from a CAF area for improvement');
  });
});

describe('opening the consensus early', () => {
  it('is possible for the leader only with a reason, given in a dialog and shown on the assessment', async () => {
    const leader = await newPage();
    await logIn(leader, { email: people[0].email, password });
    // Set-up through the API: a second framework's round whose member has not submitted anything.
    const existing = await apiCall<{ items: { frameworkId: string; round: number }[] }>(
      leader,
      'GET',
      `/units/${UNIT.code}/assessments`,
    );
    const round =
      Math.max(0, ...existing.json.items.filter((a) => a.frameworkId === 'efqm-2025').map((a) => a.round)) + 1;
    const created = await apiCall<{ id: number }>(leader, 'POST', `/units/${UNIT.code}/assessments`, {
      frameworkId: 'efqm-2025',
      round,
      date: '2026-04-01',
      mode: 'overall',
    });
    expect(created.status).toBe(201);
    const me = await apiCall<{ user: { id: string } }>(leader, 'GET', '/auth/me');
    const set = await apiCall(leader, 'PUT', `/assessments/${created.json.id}/members`, {
      members: [{ userId: me.json.user.id, role: 'leader' }],
    });
    expect(set.status).toBe(200);

    await leader.goto(`${baseUrl}/assessments/${created.json.id}`);
    await leader.getByRole('button', { name: 'Otwórz konsensus' }).click();
    await leader.getByRole('button', { name: 'Otwórz mimo to…' }).click();
    const dialog = leader.getByRole('dialog', { name: 'Otwórz konsensus bez wszystkich ocen' });
    await dialog.waitFor();
    await expect.poll(() => dialog.textContent()).toContain(`Nie wysłali oceny: ${people[0].name}.`);
    await dialog.getByRole('button', { name: 'Otwórz konsensus z tym uzasadnieniem' }).click();
    await dialog.getByText('Podaj powód otwarcia konsensusu.').waitFor();
    await expectAccessible(leader, 'override dialog');
    await screenshot(leader, 'sa-override-dialog');
    await dialog.getByLabel(/^Powód/).fill('Przegląd zarządczy wymaga wyników przed końcem kwartału.');
    await dialog.getByRole('button', { name: 'Otwórz konsensus z tym uzasadnieniem' }).click();
    await leader.getByRole('heading', { level: 1, name: /^Konsensus: / }).waitFor();
    await expect
      .poll(() => main(leader).textContent())
      .toContain('Uzasadnienie lidera: Przegląd zarządczy wymaga wyników przed końcem kwartału.');
    await expectAccessible(leader, 'consensus opened by override');
  });
});

describe('a round of a unit with nobody in it (#19)', () => {
  it('offers inviting people as the main action, and the invitation adds them to the group', async () => {
    // Bielawa: no other journey gives it people, so its coordinator starts with an empty group.
    const unitCode = '0202011';
    const adminPage = await newPage();
    await logIn(adminPage, admin);
    const coordinator = { email: `bielawa-${stamp}@e2e.test`, name: 'Dorota Koordynatorka', password };
    await createUserWithRole(adminPage, coordinator, { role: 'unit-coordinator', unitCode });
    const page = await newPage();
    await logIn(page, coordinator);
    const created = await apiCall<{ id: number }>(page, 'POST', `/units/${unitCode}/assessments`, {
      frameworkId: 'caf-2020',
      round: 1,
      date: '2026-05-04',
      mode: 'classical',
    });
    expect(created.status, JSON.stringify(created.json)).toBe(201);

    await page.goto(`${baseUrl}/assessments/${created.json.id}`);
    const primary = main(page).locator('.next-steps .button--primary');
    await expect.poll(() => primary.allTextContents()).toEqual(['Zaproś osobę do zespołu']);
    expect(await page.getByRole('button', { name: 'Otwórz konsensus' }).count()).toBe(0);
    await primary.click();
    const form = page.getByRole('form', { name: 'Zaproś osobę do zespołu' });
    await form.getByLabel(/^Imię i nazwisko/).fill('Ewa Zaproszona');
    await form.getByLabel(/^Adres e-mail/).fill(`ewa-${stamp}@e2e.test`);
    await form.getByRole('button', { name: 'Zaproś do zespołu' }).click();
    await page.getByText(`Zaproszono do zespołu: ewa-${stamp}@e2e.test.`).first().waitFor();
    await page.getByLabel('Link z zaproszeniem').waitFor();
    const group = page.getByRole('table', { name: 'Członkowie zespołu samooceny' });
    await expect.poll(() => group.getByRole('row', { name: /Ewa Zaproszona/ }).textContent()).toContain('lider');
    // She has not scored yet: opening the consensus is there, but no longer the main button.
    await page.getByRole('button', { name: 'Otwórz konsensus' }).waitFor();
    expect(await main(page).locator('.next-steps .button--primary', { hasText: 'Otwórz konsensus' }).count()).toBe(0);
    await expectAccessible(page, 'round with an invited member');
  });
});

describe('an improvement plan', () => {
  it(
    'gets an action from a benchmark gap, shown in the table, on the board and on the timeline',
    { timeout: 180_000 },
    async () => {
      const leader = await newPage();
      await logIn(leader, { email: people[0].email, password });

      // --- A plan for 2026 from the plans page of the unit.
      await leader.goto(`${baseUrl}/improvement-plans?unit=${UNIT.code}`);
      await leader.getByRole('heading', { level: 1, name: `Plany doskonalenia: ${UNIT.name}` }).waitFor();
      await leader.getByLabel(/^Okres/).fill('2026-2027');
      await leader.getByLabel(/^Tytuł/).fill(`Plan doskonalenia ${stamp}`);
      await leader.getByLabel(/^Opis/).fill('Działania po samoocenie CAF i porównaniach w sieci.');
      await expectAccessible(leader, 'plans of the unit');
      await leader.getByRole('button', { name: 'Utwórz plan' }).click();
      await leader.getByRole('heading', { level: 1, name: `Plan doskonalenia ${stamp}` }).waitFor();
      const planUrl = leader.url();

      // --- From a benchmark gap: the address the dashboard's "Dodaj do planu doskonalenia" opens.
      await leader.goto(
        `${baseUrl}/improvement-plans/actions/new?source=benchmark-gap&unit=${UNIT.code}&indicator=decisions_after_deadline_share&note=${encodeURIComponent('Udział decyzji po terminie powyżej mediany grupy')}`,
      );
      await leader.getByRole('heading', { level: 1, name: 'Nowe działanie w planie doskonalenia' }).waitFor();
      await expect
        .poll(() => main(leader).textContent())
        .toContain(
          'Luka w porównaniach (benchmarking): Udział decyzji wydanych po terminie — Udział decyzji po terminie powyżej mediany grupy',
        );
      await leader
        .getByLabel('Plan', { exact: true })
        .selectOption({ label: `Plan doskonalenia ${stamp} (2026-2027)` });
      await leader.getByRole('button', { name: 'Dodaj do tego planu' }).click();
      await expect.poll(() => leader.getByLabel(/^Źródło/).inputValue()).toBe('benchmark-gap');
      await expect
        .poll(() => leader.getByLabel(/^Wskaźnik z luką/).inputValue())
        .toBe('decisions_after_deadline_share');
      await expect
        .poll(() => leader.getByLabel('Wskaźnik', { exact: true }).inputValue())
        .toBe('decisions_after_deadline_share');
      await leader.getByLabel(/^Tytuł/).fill('Elektroniczny rejestr terminów spraw');
      await leader.getByLabel(/^Odpowiedzialny/).fill('Sekretarz gminy');
      // Ended already: overdue while it is not done.
      await leader.getByLabel(/^Początek/).fill('2025-01-02');
      await leader.getByLabel(/^Termin zakończenia/).fill('2025-06-30');
      await leader.getByLabel(/^Wpływ/).selectOption('5');
      await leader.getByLabel(/^Wykonalność/).selectOption('4');
      await expect
        .poll(() => leader.locator('.priority-preview').textContent())
        .toBe('Priorytet: 20 z 25 (wysoki) — szybki sukces.');
      await leader.getByLabel(/^Budżet/).fill('12 500,50');
      await leader.getByLabel(/^Wartość docelowa/).fill('2,5');
      await expectAccessible(leader, 'action form from a benchmark gap');
      await screenshot(leader, 'plan-action-form');
      await leader.getByRole('button', { name: 'Dodaj działanie' }).click();
      await leader.getByRole('heading', { level: 1, name: 'Elektroniczny rejestr terminów spraw' }).waitFor();
      await expect.poll(() => main(leader).textContent()).toMatch(/12\s500,50 zł/);
      await expect.poll(() => main(leader).textContent()).toContain('po terminie o');
      await leader.getByRole('heading', { name: 'Efekt działania na tle porównywalnych jednostek' }).waitFor();
      await expect
        .poll(() => leader.locator('.effect-verdict').textContent())
        .toMatch(/lepiej niż porównywalne JST|w granicach normy|gorzej niż porównywalne JST|za mało danych/);
      await expectAccessible(leader, 'action page with the effect check');
      await screenshot(leader, 'plan-action');

      // --- The plan: table, then the board (moved with a select and a button), then the timeline.
      await leader.goto(planUrl);
      const table = leader.getByRole('table', { name: 'Działania planu — najwyższy priorytet najpierw' });
      await expect.poll(() => table.textContent()).toContain('Elektroniczny rejestr terminów spraw');
      await expect.poll(() => table.textContent()).toContain('5 × 4 = 20');
      await expect.poll(() => table.textContent()).toContain('szybki sukces');
      await expectAccessible(leader, 'plan table');
      await leader.getByRole('link', { name: 'Tablica według statusu' }).click();
      const planned = leader.getByRole('region', { name: /^zaplanowane/ });
      await planned.getByRole('article', { name: 'Elektroniczny rejestr terminów spraw' }).waitFor();
      await leader.getByLabel('Nowy status: Elektroniczny rejestr terminów spraw').selectOption('in-progress');
      await leader.getByRole('button', { name: 'Przenieś: Elektroniczny rejestr terminów spraw' }).click();
      await leader
        .getByRole('region', { name: /^w realizacji/ })
        .getByRole('article', { name: 'Elektroniczny rejestr terminów spraw' })
        .waitFor();
      await expectAccessible(leader, 'plan board');
      await screenshot(leader, 'plan-board');
      await leader.getByRole('link', { name: 'Harmonogram' }).click();
      const row = leader.locator('.timeline__rows li').filter({ hasText: 'Elektroniczny rejestr terminów spraw' });
      await expect.poll(() => row.textContent()).toContain('2 stycznia 2025');
      await expect.poll(() => row.textContent()).toContain('w realizacji');
      await expect.poll(() => row.textContent()).toContain('po terminie o');
      await expectAccessible(leader, 'plan timeline');
      await screenshot(leader, 'plan-timeline');

      // --- Export: the budget to the grosz, as stored.
      const csv = await leader.evaluate(
        async (href) => (await fetch(href!)).text(),
        await leader.getByRole('link', { name: 'Eksport CSV' }).getAttribute('href'),
      );
      expect(csv).toContain('Elektroniczny rejestr terminów spraw');
      expect(csv).toContain('12500.50');
    },
  );
});
