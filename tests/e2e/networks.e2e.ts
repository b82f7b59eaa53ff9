/**
 * A benchmarking network's cycle in real Chromium (issue #12): a network operator creates a
 * programme and a county-roads group of three real powiaty (małopolskie), sets its indicator set
 * with a headline, names delegates (the page warns about a unit without a middle and an operational
 * delegate), opens the first yearly cycle and saves the proposed quarterly meetings at rotating
 * hosts. The group's moderator records attendance, minutes and an agreed action, sends the action
 * to the member's improvement plan, sees it on the cycle board and in the plan, and downloads the
 * meeting pack (PDF and XLSX). Every page is scanned with axe.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { apiCall } from './api';
import { expectAccessible, launch, logIn, navigate, openPage, screenshot } from './browser';

const baseUrl = inject('baseUrl');
const admin = inject('admin');
let browser: Browser;

const stamp = Date.now().toString(36);
const MEMBERS = [
  { code: '1201', name: 'bocheński' },
  { code: '1202', name: 'brzeski' },
  { code: '1203', name: 'chrzanowski' },
];
const operator = { email: `siec-op-${stamp}@e2e.test`, name: 'Olga Operatorka', password: 'network-password-1' };
const moderator = { email: `siec-mod-${stamp}@e2e.test`, name: 'Marek Moderator', password: 'network-password-2' };
const programmeName = `GWD drogi E2E ${stamp}`;
const groupName = `Drogi powiatowe E2E ${stamp}`;
const actionTitle = 'Wprowadzić coroczny przegląd stanu nawierzchni';

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
/** A busy machine needs more than expect.poll's default second for a save to show. */
const POLL = { timeout: 30_000 };

async function createUser(adminPage: Page, user: typeof operator, grant: Record<string, unknown>) {
  const created = await apiCall<{ user: { id: string } }>(adminPage, 'POST', '/users', user);
  expect(created.status, JSON.stringify(created.json)).toBe(201);
  const granted = await apiCall(adminPage, 'POST', `/users/${created.json.user.id}/roles`, grant);
  expect(granted.status, JSON.stringify(granted.json)).toBe(201);
}

/** Fetches a download link from the page (with its cookies) and reports what came back. */
async function fetchFile(page: Page, href: string) {
  return page.evaluate(async (url) => {
    const res = await fetch(url);
    const bytes = new Uint8Array(await res.arrayBuffer());
    return {
      status: res.status,
      type: res.headers.get('content-type') ?? '',
      head: String.fromCharCode(...bytes.slice(0, 4)),
      size: bytes.length,
    };
  }, href);
}

describe('a roads network through its first cycle', () => {
  it(
    'programme → group with indicator set and delegates → meetings → minutes and an agreed action → plan, board and pack',
    { timeout: 600_000 },
    async () => {
      const adminPage = await newPage();
      await logIn(adminPage, admin);
      await createUser(adminPage, operator, { role: 'network-operator' });

      // --- The operator: a programme from the networks list.
      const page = await newPage();
      await logIn(page, operator);
      await navigate(page, 'Sieci', 'Programy i spotkania');
      await page.getByRole('heading', { level: 1, name: 'Sieci benchmarkingowe' }).waitFor();
      await expectAccessible(page, 'programmes');
      const programmeForm = page.getByRole('form', { name: 'Nowy program' });
      await programmeForm.getByLabel(/^Nazwa programu/).fill(programmeName);
      await programmeForm.getByLabel(/^Operator/).fill('Związek Powiatów Polskich');
      await programmeForm.getByLabel(/^Początek/).fill('2026-01-01');
      await programmeForm.getByLabel(/^Koniec/).fill('2027-12-31');
      await programmeForm.getByRole('button', { name: 'Utwórz program' }).click();
      await page.getByRole('link', { name: programmeName }).click();
      await page.getByRole('heading', { level: 1, name: programmeName }).waitFor();
      await expectAccessible(page, 'programme');

      // --- A roads group in it: the page of the new group opens.
      const groupForm = page.getByRole('form', { name: 'Nowa grupa' });
      await groupForm.getByLabel(/^Nazwa grupy/).fill(groupName);
      await groupForm.getByLabel(/^Obszar usług/).selectOption('roads');
      await groupForm.getByRole('button', { name: 'Utwórz grupę' }).click();
      await page.getByRole('heading', { level: 1, name: groupName }).waitFor();
      const groupId = Number(/\/networks\/groups\/(\d+)/.exec(page.url())?.[1]);
      expect(groupId).toBeGreaterThan(0);

      // --- Members by TERYT code.
      for (const m of MEMBERS) {
        await page.getByRole('textbox', { name: /^Dodaj jednostkę \(kod TERYT\)/ }).fill(m.code);
        await page.getByRole('button', { name: 'Dodaj', exact: true }).click();
        await main(page)
          .getByRole('row', { name: new RegExp(m.name) })
          .waitFor();
      }

      // --- Delegates: all three levels for the first member, only a strategic one for the second.
      const delegateForm = page.getByRole('form', { name: 'Dodaj delegata' });
      const delegates = [
        { unit: MEMBERS[0]!, name: 'Anna Starosta', level: 'strategiczny' },
        { unit: MEMBERS[0]!, name: 'Bartosz Naczelnik', level: 'średni' },
        { unit: MEMBERS[0]!, name: 'Celina Inspektor', level: 'operacyjny' },
        { unit: MEMBERS[1]!, name: 'Dariusz Wicestarosta', level: 'strategiczny' },
      ];
      for (const d of delegates) {
        await delegateForm.getByLabel(/^Jednostka delegata/).selectOption(d.unit.code);
        await delegateForm.getByLabel(/^Imię i nazwisko/).fill(d.name);
        await delegateForm.getByLabel(/^Poziom zarządzania/).selectOption({ label: d.level });
        await delegateForm.getByRole('button', { name: 'Dodaj delegata' }).click();
        await main(page).getByText(`${d.name} — ${d.level}`).waitFor();
      }
      const rowOf = (name: string) => main(page).getByRole('row', { name: new RegExp(name) });
      await expect.poll(() => rowOf(MEMBERS[0]!.name).textContent(), POLL).toContain('komplet poziomów');
      expect(await rowOf(MEMBERS[1]!.name).textContent()).toContain('Brak delegata: średni, operacyjny');
      expect(await rowOf(MEMBERS[2]!.name).textContent()).toContain('Brak delegata: strategiczny, średni, operacyjny');
      await expectAccessible(page, 'group members');
      await screenshot(page, 'network-members');

      // --- The indicator set: two roads indicators, one of them the headline.
      await page.getByRole('link', { name: 'Zestaw wskaźników' }).click();
      await page.getByRole('checkbox', { name: 'Koszt utrzymania kilometra drogi', exact: true }).check();
      await page.getByRole('checkbox', { name: 'Udział dróg w dobrym stanie technicznym', exact: true }).check();
      await page.getByRole('checkbox', { name: 'Wskaźnik główny: Koszt utrzymania kilometra drogi' }).check();
      await page.getByRole('button', { name: 'Zapisz zestaw' }).click();
      await expect
        .poll(() => page.getByRole('status').allTextContents(), POLL)
        .toContain('Zapisano zestaw wskaźników.');
      await expectAccessible(page, 'indicator set');

      // --- The first yearly cycle.
      await page.getByRole('link', { name: 'Cykle' }).click();
      const cycleForm = page.getByRole('form', { name: 'Nowy cykl' });
      await cycleForm.getByLabel(/^Nazwa cyklu/).fill('Diagnoza i plan');
      await cycleForm.getByLabel(/^Początek/).fill('2026-01-01');
      await cycleForm.getByLabel(/^Koniec/).fill('2026-12-31');
      await cycleForm.getByLabel(/^Okres planów doskonalenia/).fill('2026');
      await cycleForm.getByRole('button', { name: 'Utwórz cykl' }).click();
      await page.getByRole('heading', { name: 'Tablica cyklu: 1. Diagnoza i plan' }).waitFor();

      // --- Six quarterly meetings, each member hosting twice, never twice in a row.
      await page.getByRole('link', { name: 'Spotkania' }).click();
      const scheduleForm = page.getByRole('form', { name: 'Zaplanuj spotkania' });
      await scheduleForm.getByLabel(/^Pierwsze spotkanie/).fill('2026-03-10');
      expect(await scheduleForm.getByLabel(/^Liczba spotkań/).inputValue()).toBe('6');
      await scheduleForm.getByRole('button', { name: 'Zaproponuj terminy' }).click();
      const proposal = page.getByRole('form', { name: 'Propozycja: gospodarze kolejno, co kwartał' });
      await proposal.waitFor();
      const hosts = await proposal
        .getByRole('combobox')
        .evaluateAll((els) => els.map((e) => (e as HTMLSelectElement).value));
      expect(hosts).toHaveLength(6);
      for (const m of MEMBERS) expect(hosts.filter((h) => h === m.code)).toHaveLength(2);
      for (let i = 1; i < hosts.length; i++) expect(hosts[i]).not.toBe(hosts[i - 1]);
      await expectAccessible(page, 'schedule proposal');
      await proposal.getByRole('button', { name: 'Zapisz terminy' }).click();
      await expect.poll(() => main(page).getByRole('row').count(), POLL).toBe(7);
      await expectAccessible(page, 'meetings');
      await screenshot(page, 'network-meetings');
      await page.context().close();

      // --- The moderator of the group.
      await createUser(adminPage, moderator, { role: 'group-moderator', groupId });
      await adminPage.context().close();
      const mod = await newPage();
      await logIn(mod, moderator);
      await mod.goto(`${baseUrl}/networks/groups/${groupId}?tab=meetings`);
      await mod.getByRole('heading', { level: 1, name: groupName }).waitFor();
      const firstMeeting = main(mod).getByRole('row').nth(1).getByRole('link');
      await firstMeeting.click();
      await mod.getByRole('heading', { name: 'Materiały na spotkanie' }).waitFor();
      await expectAccessible(mod, 'meeting');

      // Attendance of the delegates, minutes, an agreed action for the second member.
      await mod.getByRole('checkbox', { name: /^Anna Starosta/ }).check();
      await mod.getByRole('checkbox', { name: /^Dariusz Wicestarosta/ }).check();
      await mod.getByRole('button', { name: 'Zapisz obecność' }).click();
      await expect.poll(() => mod.getByRole('status').allTextContents(), POLL).toContain('Zapisano obecność.');
      await mod
        .getByLabel('Protokół (Markdown)')
        .fill('## Ustalenia\n\nPowiat brzeski przygotuje przegląd nawierzchni.');
      await mod.getByRole('button', { name: 'Zapisz protokół' }).click();
      await expect.poll(() => mod.getByRole('status').allTextContents(), POLL).toContain('Zapisano protokół.');
      const actionForm = mod.getByRole('form', { name: 'Nowe ustalenie' });
      await actionForm.getByLabel(/^Jednostka/).selectOption(MEMBERS[1]!.code);
      await actionForm.getByLabel(/^Osoba odpowiedzialna/).fill('Dariusz Wicestarosta');
      await actionForm.getByLabel(/^Co zrobić/).fill(actionTitle);
      await actionForm.getByLabel(/^Do kiedy/).fill('2026-09-30');
      await actionForm.getByRole('button', { name: 'Dodaj ustalenie' }).click();
      await main(mod)
        .getByRole('row', { name: new RegExp(actionTitle) })
        .waitFor();

      // One step to the member's improvement plan, keeping the link.
      await mod.getByRole('button', { name: `Wyślij do planu doskonalenia: ${actionTitle}` }).click();
      await main(mod)
        .getByRole('row', { name: new RegExp(actionTitle) })
        .getByText('w planie')
        .waitFor();
      await expectAccessible(mod, 'meeting with an agreed action');
      await screenshot(mod, 'network-meeting');

      // --- The meeting pack: PDF and XLSX.
      for (const [name, magic, type] of [
        ['Pobierz materiały (PDF)', '%PDF', 'application/pdf'],
        ['Pobierz materiały (XLSX)', 'PK', 'spreadsheetml'],
      ] as const) {
        const href = await mod.getByRole('link', { name }).getAttribute('href');
        const file = await fetchFile(mod, href!);
        expect(file.status).toBe(200);
        expect(file.type).toContain(type);
        expect(file.head.startsWith(magic)).toBe(true);
        expect(file.size).toBeGreaterThan(1000);
      }
      const download = mod.waitForEvent('download');
      await mod.getByRole('link', { name: 'Pobierz materiały (PDF)' }).click();
      expect((await download).suggestedFilename()).toMatch(/\.pdf$/);

      // --- The cycle board: the second member has a plan with one planned action.
      await mod.goto(`${baseUrl}/networks/groups/${groupId}?tab=cycles`);
      const board = mod.getByRole('table', { name: 'Tablica cyklu: 1. Diagnoza i plan' });
      const boardRow = board.getByRole('row', { name: new RegExp(MEMBERS[1]!.name) });
      await expect.poll(() => boardRow.textContent(), POLL).toContain('1 / 0 / 0');
      expect(await boardRow.getByRole('link', { name: 'jest' }).count()).toBe(1);
      expect(await board.getByRole('row', { name: new RegExp(MEMBERS[0]!.name) }).textContent()).toContain('brak');
      await expectAccessible(mod, 'cycle board');
      await screenshot(mod, 'network-cycle-board');

      // --- The yearly plan of the member holds the action, with its source meeting.
      await boardRow.getByRole('link', { name: 'jest' }).click();
      await main(mod).getByText(actionTitle).first().waitFor();
      // Its source is the meeting, linked.
      await main(mod).getByRole('link', { name: 'spotkanie grupy' }).first().waitFor();
      await expectAccessible(mod, 'improvement plan');
      await screenshot(mod, 'network-plan');
    },
  );
});
