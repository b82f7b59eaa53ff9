/**
 * The management competition in real Chromium (issue #14). An operator runs an edition with two
 * weighted criteria and a required PDF and invites three jurors on its page; Rząśnia's coordinator drafts an application, claims a
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
/** A `datetime-local` value in this machine's zone, which the browser shares. */
const localDateTime = (ms: number) => {
  const d = new Date(ms);
  return new Date(ms - d.getTimezoneOffset() * 60_000).toISOString().slice(0, 16);
};

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
      for (const j of jurors) await createUserWithRole(adminPage, j, { role: 'juror' });
      await adminPage.context().close();

      const op = await openSignedIn(browser, operator);
      // The operator sets the edition up on its form: the weights must reach 100 before the server takes them.
      await op.goto(`${baseUrl}/competition`);
      await op.getByRole('link', { name: 'Nowa edycja' }).click();
      const setup = op.getByRole('form', { name: 'Nowa edycja' });
      await setup
        .getByLabel(/^Nazwa/)
        .first()
        .fill(editionName);
      await setup.getByLabel(/^Temat/).fill('Obsługa mieszkańców i przedsiębiorców');
      await setup.getByLabel(/^Rok/).fill('2031');
      await setup
        .getByLabel(/^Zasady edycji/)
        .fill('Zgłaszać można rozwiązania działające co najmniej sześć miesięcy.');
      await setup.getByLabel(/^Otwarcie naboru/).fill(localDateTime(Date.now() - 2 * day));
      await setup.getByLabel(/^Termin zgłoszeń/).fill(localDateTime(Date.now() + 30 * day));
      await setup.getByLabel(/^Nazwa kryterium 1 \(po polsku\)/).fill('Zarządzanie strategiczne');
      await setup.getByLabel(/^Nazwa kryterium 1 \(po angielsku\)/).fill('Strategic management');
      await setup.getByLabel(/^Waga kryterium 1/).fill('60');
      await setup.getByRole('button', { name: 'Dodaj kryterium' }).click();
      await setup.getByLabel(/^Nazwa kryterium 2 \(po polsku\)/).fill('Partycypacja społeczna');
      await setup.getByLabel(/^Waga kryterium 2/).fill('30');
      await setup.getByLabel(/^Wymagany załącznik PDF \(po polsku\)/).fill('Zgoda wójta');
      await expectAccessible(op, 'edition setup');
      await setup.getByRole('button', { name: 'Utwórz edycję' }).click();
      // 60 + 30: the form refuses before sending (the server would too); the operator corrects the second one.
      await setup.getByText('Wagi kryteriów dają razem 90, a muszą dać 100.').waitFor();
      await setup.getByLabel(/^Waga kryterium 2/).fill('40');
      await setup.getByText('Suma wag: 100 (wymagane 100).').waitFor();
      await setup.getByRole('button', { name: 'Utwórz edycję' }).click();
      await op.getByRole('heading', { level: 1, name: `${editionName} (2031)` }).waitFor();
      const editionId = Number(/\/competition\/(\d+)$/.exec(op.url())?.[1]);
      expect(editionId).toBeGreaterThan(0);
      // The operator invites the three jurors on the edition's page, from the users holding the juror role.
      await op.goto(`${baseUrl}/competition/${editionId}`);
      const inviteForm = op.getByRole('form', { name: 'Zaproś jurora' });
      for (const [n, j] of jurors.entries()) {
        await inviteForm.getByLabel(/^Użytkownik z rolą jurora/).selectOption({ label: `${j.name} (${j.email})` });
        await inviteForm.getByRole('button', { name: 'Zaproś jurora' }).click();
        const invited = op.getByRole('table', { name: /^Zaproszeni jurorzy/ });
        await invited.getByRole('row', { name: new RegExp(j.name) }).waitFor();
        expect(await invited.locator('caption').textContent()).toBe(
          `Zaproszeni jurorzy — ${n + 1} ${n === 0 ? 'osoba' : 'osoby'}`,
        );
      }
      await expectAccessible(op, 'jurors invited');

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
      const up = await apiUpload(other, 'PUT', `/competition-applications/${otherId}/attachments/zgoda-wojta`, {
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

      // The consensus step: the panel agrees a lower score for Lubsza and records why it departs from the calibrated one.
      await op.getByLabel(`Wynik uzgodniony przez panel: ${otherTitle}`).fill('4.5');
      await op
        .getByLabel(`Powód odstępstwa od wyniku skalibrowanego: ${otherTitle}`)
        .fill('Panel uznał wyniki za słabiej udokumentowane.');
      await rankRow(otherTitle).getByRole('button', { name: 'Zapisz wynik' }).click();
      await rankRow(otherTitle).getByRole('button', { name: 'Zmień wynik' }).waitFor();
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
