/**
 * Collecting what BDL does not have, in real Chromium: the operator (the first admin) opens a round
 * from the county-roads template in two clicks — the template link, then "Otwórz rundę" — with
 * the demo roads network as participants, and sees its variables on the round page. The
 * administrators' BDL sync card is on the BDL page. Both pages are scanned with axe.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { expectAccessible, launch, openSignedIn } from './browser';

const baseUrl = inject('baseUrl');
const admin = inject('admin');
let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('round templates', () => {
  it('opens a county-roads round in two clicks, filled from the template, for the demo roads network', async () => {
    const page = await openSignedIn(browser, admin);
    await page.goto(`${baseUrl}/rounds`);
    const templates = page.getByRole('navigation', { name: 'Nowa runda z szablonu' });
    await templates.waitFor();
    await expectAccessible(page, 'rounds with templates');
    // Click 1: the template.
    await templates.getByRole('link', { name: /Drogi powiatowe/ }).click();
    await page.getByText('Szablon: Drogi powiatowe').waitFor();
    await expect.poll(() => page.getByLabel('Nazwa').inputValue()).toMatch(/^Drogi powiatowe — sieć, stan i koszty/);
    // The area's group (the demo roads network) is chosen as participants.
    await expect.poll(() => page.getByRole('radio', { name: 'Wszyscy członkowie grupy' }).isChecked()).toBe(true);
    await expect
      .poll(
        async () => (await page.getByRole('combobox', { name: 'Grupa' }).locator('option:checked').textContent()) ?? '',
      )
      .toContain('DEMO');
    await expectAccessible(page, 'new round from a template');
    // Click 2: open the round.
    await page.getByRole('button', { name: 'Otwórz rundę' }).click();
    await page.waitForURL(/\/rounds\/\d+$/);
    await expect.poll(() => page.locator('main').textContent()).toContain('Długość dróg w dobrym stanie technicznym');
    await page.close();
  });

  it('the BDL page offers administrators the whole-catalogue sync with its years', async () => {
    const page = await openSignedIn(browser, admin);
    await page.goto(`${baseUrl}/data/bdl`);
    await page.getByRole('heading', { name: 'Synchronizacja całego katalogu z BDL' }).waitFor();
    await page.getByRole('button', { name: 'Synchronizuj z BDL' }).waitFor();
    await expectAccessible(page, 'BDL sync card');
    await page.close();
  });
});
