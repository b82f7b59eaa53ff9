/**
 * Honest coverage in the DEA and composite pickers, on the data of a real first start: every
 * indicator an enabled option offers has data for the chosen period in the chosen peer group (the
 * option says how many units), the ones without are disabled, and the counts follow the period.
 */
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { expectAccessible, launch, openPage } from './browser';

const baseUrl = inject('baseUrl');
let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

type Option = { text: string; disabled: boolean; value: string };

async function optionsOf(select: Locator): Promise<Option[]> {
  return (
    await select.locator('option').evaluateAll((os) =>
      os.map((o) => ({
        text: o.textContent ?? '',
        disabled: (o as HTMLOptionElement).disabled,
        value: (o as HTMLOptionElement).value,
      })),
    )
  ).filter((o) => o.value !== '');
}

/**
 * Types a period and waits until the options have come (an empty list would pass "every option"
 * vacuously) and every one counts in it. The counts come from the engine, which may be rebuilding
 * after an earlier journey's import: give it the time a rebuild takes on a busy machine.
 */
async function choosePeriod(page: Page, select: Locator, period: string) {
  await page.getByRole('textbox', { name: 'Rok' }).fill(period);
  await expect
    .poll(
      async () => {
        const options = await optionsOf(select);
        return options.length > 10 && options.every((o) => o.text.includes(`${period}:`) || o.disabled);
      },
      { timeout: 30_000 },
    )
    .toBe(true);
}

function expectHonest(options: Option[], period: string) {
  expect(options.length).toBeGreaterThan(10);
  for (const o of options) {
    if (o.disabled) expect(o.text, o.value).toContain('brak danych w tym okresie');
    else expect(o.text, o.value).toMatch(new RegExp(`${period}: [1-9][\\d\\s\\u00a0]* z `));
  }
}

describe('pickers offer only indicators with data for the chosen period', () => {
  it('DEA: 2023 offers Sejm turnout and unemployment, disables presidential turnout; 2024 disables turnout', async () => {
    const page = await openPage(browser);
    await page.goto(`${baseUrl}/benchmarking/dea`);
    const select = page.getByRole('combobox', { name: 'Dodaj nakład' });
    await select.waitFor();
    await choosePeriod(page, select, '2023');
    let options = await optionsOf(select);
    expectHonest(options, '2023');
    const byValue = (v: string) => options.find((o) => o.value === v)!;
    expect(byValue('turnout_sejm').disabled).toBe(false);
    expect(byValue('registered_unemployed').disabled).toBe(false);
    expect(byValue('turnout_president_round1').disabled).toBe(true);
    expect(options.some((o) => o.disabled)).toBe(true);

    await choosePeriod(page, select, '2024');
    options = await optionsOf(select);
    expectHonest(options, '2024');
    expect(byValue('registered_unemployed')).toBeDefined();
    expect(options.find((o) => o.value === 'registered_unemployed')!.disabled).toBe(false);
    expect(options.find((o) => o.value === 'turnout_sejm')!.disabled).toBe(true);
    await expectAccessible(page, 'DEA picker with coverage');
    await page.close();
  });

  it('composite: the same rule for 2019', async () => {
    const page = await openPage(browser);
    await page.goto(`${baseUrl}/benchmarking/composite`);
    const select = page.getByRole('combobox', { name: 'Dodaj wskaźnik' });
    await select.waitFor();
    await choosePeriod(page, select, '2019');
    expectHonest(await optionsOf(select), '2019');
    await expectAccessible(page, 'composite picker with coverage');
    await page.close();
  });
});
