/**
 * The management competition in real Chromium (issue #14). An operator runs an edition with two
 * weighted criteria and a required PDF; Rząśnia's coordinator drafts an application, claims a
 * result linked to a catalogue indicator (Miernik sets the unit's data beside the claim), uploads
 * the PDF and submits it, beside a second application (Lubsza) made through the API. The operator
 * runs the formal check, closes the call and solves the assignment; three jurors, each in a
 * browser context of their own, score both applications one criterion at a time with the keyboard
 * only. The operator reads the calibrated ranking with its rank intervals, awards both, publishes,
 * and an anonymous visitor sees the winners on the public results page. Every page is scanned
 * with axe.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { apiCall, apiUpload, createUserWithRole } from './api';
import { expectAccessible, launch, openPage, openSignedIn, screenshot } from './browser';

const baseUrl = inject('baseUrl');
const admin = inject('admin');
let browser: Browser;

const stamp = Date.now().toString(36);
const UNIT = { code: '1009052', name: 'Rząśnia' };
const OTHER = { code: '1601052', name: 'Lubsza' };
const password = 'competition-password-1';
const user = (role: string, name: string) => ({ email: `slz-${role}-${stamp}@e2e.test`, name, password });
const operator = user('op', 'Olga Organizatorka');
const coordinator = user('coord', 'Anna Zgłaszająca');
const otherCoordinator = user('coord2', 'Bogdan Zgłaszający');
const jurors = [user('j1', 'Jan Juror'), user('j2', 'Joanna Jurorka'), user('j3', 'Jerzy Sędzia')];
const editionName = `Samorządowy Lider Zarządzania E2E ${stamp}`;
const title = `Jedno okienko dla przedsiębiorców ${stamp}`;
const otherTitle = `Budżet obywatelski w sołectwach ${stamp}`;
const PDF = '%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n';
/** The jurors' scores (strategy, participation) of Rząśnia's and Lubsza's applications: Rząśnia is better for all three. */
const SCORES = [
  { mine: [8, 7], other: [5, 4] },
  { mine: [9, 8], other: [6, 6] },
  { mine: [7, 6], other: [4, 3] },
];

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const main = (page: Page) => page.locator('main');
const POLL = { timeout: 60_000 };
const day = 86_400_000;

describe('a competition edition from the call to the public winners', () => {
  it(
    'a unit applies with a claim, the operator checks and assigns, three jurors score, the winners are published',
    { timeout: 900_000 },
    async () => {
      // --- Set-up through the API: the people, the edition, its jurors and a second application.
      const adminPage = await openSignedIn(browser, admin);
      await createUserWithRole(adminPage, operator, { role: 'network-operator' });
      await createUserWithRole(adminPage, coordinator, { role: 'unit-coordinator', unitCode: UNIT.code });
      await createUserWithRole(adminPage, otherCoordinator, { role: 'unit-coordinator', unitCode: OTHER.code });
      const jurorIds: string[] = [];
      for (const j of jurors) jurorIds.push(await createUserWithRole(adminPage, j, { role: 'juror' }));
      await adminPage.context().close();

      const op = await openSignedIn(browser, operator);
      const created = await apiCall<{ id: number }>(op, 'POST', '/competition-editions', {
        name: editionName,
        theme: 'Obsługa mieszkańców i przedsiębiorców',
        year: 2031,
        rules: 'Zgłaszać można rozwiązania działające co najmniej sześć miesięcy.',
        categories: [{ id: 'gminy', names: { pl: 'Gminy', en: 'Municipalities' }, unitKinds: [] }],
        criteria: [
          { id: 'strategia', names: { pl: 'Zarządzanie strategiczne', en: 'Strategic management' }, weight: 60 },
          { id: 'partycypacja', names: { pl: 'Partycypacja społeczna', en: 'Social participation' }, weight: 40 },
        ],
        formFields: [
          { id: 'opis', labels: { pl: 'Opis rozwiązania', en: 'Description' }, type: 'textarea', required: true },
        ],
        eligibility: {
          unitKinds: [],
          minMonthsInOperation: 6,
          requiredAttachments: [{ id: 'zgoda', labels: { pl: 'Zgoda wójta', en: "The mayor's consent" } }],
        },
        timeline: {
          callOpensAt: new Date(Date.now() - 2 * day).toISOString(),
          applicationsCloseAt: new Date(Date.now() + 30 * day).toISOString(),
        },
        jurorsPerApplication: 3,
        spreadThreshold: 3,
      });
      expect(created.status, JSON.stringify(created.json)).toBe(201);
      const editionId = created.json.id;
      for (const id of jurorIds) {
        const invited = await apiCall(op, 'PUT', `/competition-editions/${editionId}/jurors/${id}`, { categories: [] });
        expect(invited.status, JSON.stringify(invited.json)).toBe(200);
      }

      const other = await openSignedIn(browser, otherCoordinator);
      const draft = await apiCall<{ id: number }>(other, 'POST', `/competition-editions/${editionId}/applications`, {
        unitCode: OTHER.code,
        categoryId: 'gminy',
        title: otherTitle,
        answers: { opis: 'Sołectwa decydują o części budżetu gminy.' },
        inOperationSince: '2016-01-01',
      });
      expect(draft.status, JSON.stringify(draft.json)).toBe(201);
      const otherId = draft.json.id;
      const up = await apiUpload(other, 'PUT', `/competition-applications/${otherId}/attachments/zgoda`, {
        bytes: PDF,
        contentType: 'application/pdf',
      });
      expect(up.status, up.text).toBe(200);
      const sent = await apiCall(other, 'POST', `/competition-applications/${otherId}/submit`);
      expect(sent.status, JSON.stringify(sent.json)).toBe(200);
      await other.context().close();

      // --- Rząśnia's coordinator applies through the pages.
      const unit = await openSignedIn(browser, coordinator);
      await unit.goto(`${baseUrl}/competition`);
      await unit.getByRole('link', { name: editionName }).click();
      await unit.getByRole('heading', { level: 1, name: `${editionName} (2031)` }).waitFor();
      await expectAccessible(unit, 'edition (unit)');
      const applyForm = unit.getByRole('form', { name: 'Zgłoszenia mojej jednostki' });
      await applyForm.getByLabel(/^Tytuł rozwiązania/).fill(title);
      await applyForm.getByLabel(/^Działa od/).fill('2015-01-01');
      await applyForm.getByLabel(/^Opis rozwiązania/).fill('Jedno miejsce załatwiania spraw firm w urzędzie gminy.');
      await applyForm.getByRole('button', { name: 'Zapisz szkic zgłoszenia' }).click();
      await unit.getByRole('heading', { level: 1, name: title }).waitFor();
      const applicationId = Number(/\/competition\/applications\/(\d+)/.exec(unit.url())?.[1]);
      expect(applicationId).toBeGreaterThan(0);

      // A claimed result linked to a catalogue indicator: the page sets the unit's data beside it.
      const claimForm = unit.getByRole('form', { name: 'Dodaj deklarowany wynik' });
      await claimForm.getByLabel(/^Wskaźnik z katalogu/).selectOption('own_revenue_per_capita');
      await claimForm.getByLabel(/^Co się poprawiło/).fill('Dochody własne gminy wzrosły po otwarciu okienka.');
      await claimForm.getByLabel(/^Od kiedy/).fill('2015');
      await claimForm.getByRole('button', { name: 'Dodaj deklarowany wynik' }).click();
      const claims = main(unit).getByRole('list').filter({ hasText: 'Dochody własne gminy wzrosły' }).first();
      await claims.waitFor();
      await expect
        .poll(() => main(unit).textContent(), POLL)
        .toMatch(/dane potwierdzają|zmiana jak u|dane przeczą|za mało danych/);

      // The required PDF, checked by its content.
      const attachment = unit.getByRole('form', { name: 'Zgoda wójta' });
      await attachment
        .getByLabel(/^Plik PDF: Zgoda wójta/)
        .setInputFiles({ name: 'zgoda.pdf', mimeType: 'application/pdf', buffer: Buffer.from(PDF, 'latin1') });
      await attachment.getByRole('button', { name: 'Wyślij plik' }).click();
      await attachment.getByRole('link', { name: 'zgoda.pdf' }).waitFor();
      await expectAccessible(unit, 'application draft');
      await screenshot(unit, 'competition-application');
      await unit.getByRole('button', { name: 'Złóż zgłoszenie' }).click();
      await unit.getByText('Złożone', { exact: true }).first().waitFor();
      await unit.context().close();

      // --- The operator: the formal check of both, the call closed, the assignment solved.
      await op.goto(`${baseUrl}/competition/${editionId}`);
      await op.getByRole('heading', { name: 'Panel operatora' }).waitFor();
      await expectAccessible(op, 'operator board');
      for (const t of [title, otherTitle]) {
        await op.goto(`${baseUrl}/competition/${editionId}`);
        await main(op).getByRole('link', { name: t }).first().click();
        await op.getByRole('heading', { name: 'Ocena formalna' }).waitFor();
        await expectAccessible(op, 'formal check');
        await op.getByRole('button', { name: 'Dopuść' }).click();
        await op.getByText('Dopuszczone', { exact: true }).first().waitFor();
      }
      // The call closes (here a minute ago: the journey cannot wait for a deadline).
      const closed = await apiCall(op, 'PATCH', `/competition-editions/${editionId}`, {
        timeline: {
          callOpensAt: new Date(Date.now() - 2 * day).toISOString(),
          applicationsCloseAt: new Date(Date.now() - 60_000).toISOString(),
        },
      });
      expect(closed.status, JSON.stringify(closed.json)).toBe(200);
      await op.goto(`${baseUrl}/competition/${editionId}`);
      await op.getByRole('button', { name: 'Przydziel jurorów' }).click();
      await op.getByText('Jurorzy przydzieleni.').waitFor();
      const boardRow = (t: string) =>
        op.getByRole('table', { name: 'Zgłoszenia', exact: true }).getByRole('row', { name: new RegExp(t) });
      for (const t of [title, otherTitle])
        for (const j of jurors) await expect.poll(() => boardRow(t).textContent(), POLL).toContain(j.name);
      expect(await op.getByText('Przekazane oceny: 0 z 6 przydziałów.').count()).toBe(1);
      await expectAccessible(op, 'board with the assignment');

      // --- Three jurors, each in a context of their own, score with the keyboard only.
      for (const [i, j] of jurors.entries()) {
        const page = await openSignedIn(browser, j);
        await page.goto(`${baseUrl}/competition/${editionId}`);
        const queue = page.getByRole('table', { name: 'Moje zgłoszenia do oceny' });
        await queue.waitFor();
        await expectAccessible(page, `juror ${i + 1} queue`);
        for (const [t, scores] of [
          [title, SCORES[i]!.mine],
          [otherTitle, SCORES[i]!.other],
        ] as const) {
          await page.goto(`${baseUrl}/competition/${editionId}`);
          await queue.getByRole('link', { name: t }).click();
          await page.getByRole('heading', { name: 'Ocena zgłoszenia' }).waitFor();
          if (t === title) await main(page).getByText('Dochody własne gminy wzrosły').waitFor();
          for (const [k, score] of scores.entries()) {
            await page.getByText(`Kryterium ${k + 1} z 2`).waitFor();
            const field = page.getByLabel(/^Ocena \(0–10\)/);
            await field.focus();
            await page.keyboard.type(String(score));
            await page.keyboard.press('Tab');
            await page.keyboard.type(`Uzasadnienie ${k + 1}: ocena ${score}.`);
            await page.keyboard.press('Tab');
            await expect
              .poll(() => page.evaluate(() => document.activeElement?.textContent ?? ''))
              .toBe('Zapisz i dalej');
            if (k === 0) await expectAccessible(page, `juror ${i + 1} scoring`);
            await page.keyboard.press('Enter');
            await expect.poll(() => page.getByText(`ocenionych: ${k + 1}`).count(), POLL).toBe(1);
          }
          const submit = page.getByRole('button', { name: 'Przekaż ocenę' });
          await submit.focus();
          await page.keyboard.press('Enter');
          await page.getByText('Ocena przekazana.').waitFor();
        }
        await page.goto(`${baseUrl}/competition/${editionId}`);
        await expect.poll(() => queue.getByText('Przekazana').count(), POLL).toBe(2);
        await page.context().close();
      }

      // --- The operator: the ranking (raw and calibrated, with rank intervals), awards, publishing.
      await op.goto(`${baseUrl}/competition/${editionId}`);
      await expect.poll(() => op.getByText('Przekazane oceny: 6 z 6 przydziałów.').count(), POLL).toBe(1);
      const ranking = op.getByRole('table', { name: 'Klasyfikacja: Gminy' });
      const rankRow = (t: string) => ranking.getByRole('row', { name: new RegExp(t) });
      await op.getByLabel('Metoda').selectOption('raw');
      await expect.poll(() => rankRow(title).textContent(), POLL).toContain('7,60');
      await op.getByLabel('Metoda').selectOption('calibrated');
      await expect.poll(() => rankRow(title).locator('td').first().textContent(), POLL).toBe('1');
      expect(await rankRow(title).textContent()).toContain('miejsca 1–1');
      expect(await rankRow(otherTitle).locator('td').first().textContent()).toBe('2');
      await expectAccessible(op, 'ranking');
      await screenshot(op, 'competition-ranking');

      for (const [t, kind, reason] of [
        [title, 'laureate', 'Spójne zarządzanie i potwierdzone wyniki.'],
        [otherTitle, 'distinction', 'Mieszkańcy sołectw decydują o budżecie.'],
      ] as const) {
        await op.getByLabel(`Rodzaj nagrody: ${t}`).selectOption(kind);
        await op.getByLabel(`Uzasadnienie jury: ${t}`).fill(reason);
        await rankRow(t).getByRole('button', { name: 'Przyznaj' }).click();
        await rankRow(t).getByRole('button', { name: 'Zmień' }).waitFor();
      }
      await op.getByRole('button', { name: 'Ogłoś wyniki' }).click();
      await op.getByRole('link', { name: 'Zobacz ogłoszone wyniki' }).waitFor();
      await op.context().close();

      // --- Anyone: the published winners.
      const anyone = await openPage(browser);
      await anyone.goto(`${baseUrl}/competition`);
      await anyone.getByRole('link', { name: new RegExp(editionName) }).click();
      const winners = anyone.getByRole('table', { name: 'Gminy' });
      await winners.waitFor();
      const laureate = winners.getByRole('row', { name: new RegExp(title) });
      expect(await laureate.textContent()).toContain('Laureat');
      expect(await laureate.textContent()).toContain(UNIT.name);
      expect(await laureate.textContent()).toContain('Spójne zarządzanie i potwierdzone wyniki.');
      const distinction = winners.getByRole('row', { name: new RegExp(otherTitle) });
      expect(await distinction.textContent()).toContain('Wyróżnienie');
      expect(await distinction.textContent()).toContain(OTHER.name);
      await expectAccessible(anyone, 'public results');
      await screenshot(anyone, 'competition-results');
      await anyone.context().close();
    },
  );
});
