/**
 * Unit dashboards are prepared once per engine build and answered as bytes with an ETag (#16
 * item 2). Prepared must never mean stale: after a committed change the next request reflects it,
 * for members (every approved value) and for the public (released values), and a client holding
 * the old ETag gets the new answer, not a 304.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../tests/helpers/app';
import { createTestIndicator, createUnit, loginAs } from '../../../tests/helpers/factories';
import { SYSTEM_CONTEXT } from '../../http/context';

let t: TestApp;
let unit: string;
let indicator: string;
let variable: string;
let member: Awaited<ReturnType<typeof loginAs>>['client'];

async function approve(value: number) {
  await t.services.dataImport.importFile(
    SYSTEM_CONTEXT,
    new TextEncoder().encode(`unit_code,variable_code,period,value\n${unit},${variable},2019,${value}\n`),
    { fileName: 'v.csv', dryRun: false, approve: true, replaceOfficial: true },
  );
}

const valueIn = (body: { items: { indicator: { code: string }; value: number | null }[] }) =>
  body.items.find((i) => i.indicator.code === indicator)?.value;

beforeAll(async () => {
  t = await createTestApp();
  unit = await createUnit(t);
  ({ indicator, variable } = await createTestIndicator(t));
  member = (await loginAs(t, [{ role: 'unit-member', unitCode: unit }])).client;
  await approve(100);
});
afterAll(() => t.close());

describe('prepared dashboards follow every committed change', () => {
  it('members: the next request after a change has the new value; the old ETag no longer matches', async () => {
    const url = `/api/v1/benchmarking/units/${unit}?period=2019`;
    const first = await member.get(url);
    expect(first.statusCode, first.body).toBe(200);
    expect(valueIn(first.json())).toBe(100);
    const etag = first.headers.etag as string;
    expect(etag).toMatch(/^"/);
    expect(first.headers['cache-control']).toBe('private, no-cache');
    // Unchanged: a revalidation is a 304 without a body.
    const again = await member.request('GET', url, undefined, { 'if-none-match': etag });
    expect(again.statusCode).toBe(304);
    await approve(250.5);
    const after = await member.request('GET', url, undefined, { 'if-none-match': etag });
    expect(after.statusCode).toBe(200);
    expect(valueIn(after.json())).toBe(250.5);
    expect(after.headers.etag).not.toBe(etag);
  });

  it('the public: an approved value no release holds is not in the prepared answer, then is once released', async () => {
    const url = `/api/v1/benchmarking/units/${unit}?period=2019`;
    const before = await t.app.inject({ method: 'GET', url });
    // The indicator is in no release yet: either no released period at all, or no value for it.
    if (before.statusCode === 200) expect(valueIn(before.json()) ?? null).toBeNull();
    const admin = (await loginAs(t, [{ role: 'admin' }])).client;
    const draft = await admin.post('/api/v1/releases', {
      title: { pl: 'Test', en: 'Test' },
      notes: { pl: 'Test', en: 'Test' },
      contents: [{ indicator, periods: ['2019'] }],
    });
    expect(draft.statusCode, draft.body).toBe(201);
    expect((await admin.post(`/api/v1/releases/${draft.json().id}/publish`)).statusCode).toBe(200);
    const after = await t.app.inject({ method: 'GET', url });
    expect(after.statusCode, after.body).toBe(200);
    expect(valueIn(after.json())).toBe(250.5);
  });
});

describe('a rebuild does not hold the server (#17: no request waits seconds behind it)', () => {
  it('answers a health check while the engine is still reading its values', async () => {
    // The template holds ~300,000 approved values: read in one query and placed in one loop, they
    // kept every other request waiting until the build was done.
    t.services.benchmarking.invalidate();
    let built = false;
    const building = t.services.benchmarking.buildNumber().then(() => {
      built = true;
    });
    const health = await t.app.inject({ method: 'GET', url: '/api/v1/health' });
    expect(health.statusCode).toBe(200);
    expect(built).toBe(false);
    await building;
    expect(built).toBe(true);
  });
});
