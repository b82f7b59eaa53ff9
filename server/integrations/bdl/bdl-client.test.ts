import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createBdlClient, type BdlClientOptions, type BdlFetch } from './bdl-client';

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');
const PAGES = [0, 1, 2].map((p) => fixture(`data-by-variable-72305-malopolskie-page-${p}.json`));
const MALOPOLSKIE = '011200000000';

type Reply = Response | Error;
const json = (body: string, status = 200, headers: Record<string, string> = {}) =>
  new Response(body, { status, headers: { 'content-type': 'application/json', ...headers } });

/**
 * A fake network and clock: `fetch` answers from `route` (or from a queue of replies), `sleep` only
 * advances the clock and records the wait, so nothing waits for real and nothing leaves the process.
 */
function harness(route: (url: URL, call: number) => Reply, options: BdlClientOptions = {}) {
  let clock = Date.parse('2024-03-01T10:00:00Z');
  const sleeps: number[] = [];
  const calls: { url: URL; headers: Record<string, string>; at: number }[] = [];
  const fetch: BdlFetch = async (url, init) => {
    const parsed = new URL(url);
    calls.push({ url: parsed, headers: init.headers, at: clock });
    const reply = route(parsed, calls.length);
    if (reply instanceof Error) throw reply;
    return reply;
  };
  const sleep = async (ms: number) => {
    sleeps.push(ms);
    clock += ms;
  };
  const client = createBdlClient({ fetch, sleep, now: () => clock, ...options });
  return { client, calls, sleeps, elapsed: () => clock - Date.parse('2024-03-01T10:00:00Z') };
}

const pagesRoute = (url: URL): Reply => json(PAGES[Number(url.searchParams.get('page'))]!);
const queue =
  (...replies: (() => Reply)[]) =>
  (_url: URL, call: number) =>
    replies[call - 1]?.() ?? new Error(`unexpected call ${call}`);
const query = { years: [2019, 2018], unitLevel: 6, unitParentId: MALOPOLSKIE } as const;

describe('getDataByVariable (fixture: 72305 ludność ogółem, level 6 of małopolskie, 280 records)', () => {
  it('reads every page in order with the documented parameters', async () => {
    const { client, calls, sleeps } = harness(pagesRoute);
    const result = await client.getDataByVariable(72305, query);
    expect(result.ok).toBe(true);
    expect(calls.map((c) => c.url.pathname)).toEqual(Array(3).fill('/api/v1/data/by-variable/72305'));
    expect(calls.map((c) => c.url.searchParams.get('page'))).toEqual(['0', '1', '2']);
    for (const { url } of calls) {
      expect(url.origin).toBe('https://bdl.stat.gov.pl');
      expect(url.searchParams.get('page-size')).toBe('100');
      expect(url.searchParams.get('format')).toBe('json');
      expect(url.searchParams.get('unit-level')).toBe('6');
      expect(url.searchParams.get('unit-parent-id')).toBe(MALOPOLSKIE);
      expect(url.searchParams.getAll('year')).toEqual(['2018', '2019']);
    }
    expect(sleeps).toEqual([]); // 3 requests fit in the 5-per-second budget
    if (!result.ok) return;
    const data = result.value;
    expect(data.totalRecords).toBe(280);
    expect(data.provenance).toMatchObject({
      source: 'bdl-api',
      lastUpdate: '2020-06-30T07:41:12',
      fetchedAt: '2024-03-01T10:00:00.000Z',
      pages: 3,
    });
    expect(data.provenance.url).toBe(calls[0]!.url.toString());
    // 280 units × 2 years, minus the 6 null cells (Koszyce and Nowe Brzesko before/after their type change).
    expect(data.values).toHaveLength(280 * 2 - 6);
    expect(data.unmappedUnitIds).toEqual([]);
  });

  it('maps BDL unit ids to TERYT codes and keeps attrId; null values are skipped', async () => {
    const { client } = harness(pagesRoute);
    const result = await client.getDataByVariable(72305, query);
    if (!result.ok) throw new Error(result.error.message);
    const krakow = result.value.values.filter((v) => v.bdlUnitId === '011212161011');
    expect(krakow).toEqual([
      {
        bdlUnitId: '011212161011',
        unitCode: '1261011',
        level: 'municipality',
        unitName: 'Kraków',
        year: 2018,
        value: 771_069,
        attrId: 1,
      },
      {
        bdlUnitId: '011212161011',
        unitCode: '1261011',
        level: 'municipality',
        unitName: 'Kraków',
        year: 2019,
        value: 779_115,
        attrId: 1,
      },
    ]);
    // Koszyce was rural (1214022) until 2018 and urban-rural (1214023, with parts 4/5) from 2019.
    const koszyce = (code: string) => result.value.values.filter((v) => v.unitCode === code).map((v) => v.year);
    expect(koszyce('1214022')).toEqual([2018]);
    expect(koszyce('1214023')).toEqual([2019]);
    expect(koszyce('1214024')).toEqual([2019]);
    expect(new Set(result.value.values.map((v) => v.unitCode.length))).toEqual(new Set([7]));
  });

  it('sends X-ClientId when a key is configured, and never puts it in the URL', async () => {
    const keyed = harness(pagesRoute, { clientId: 'secret-key' });
    await keyed.client.getDataByVariable(72305, query);
    for (const call of keyed.calls) {
      expect(call.headers['X-ClientId']).toBe('secret-key');
      expect(call.url.toString()).not.toContain('secret-key');
    }
    const anonymous = harness(pagesRoute);
    await anonymous.client.getDataByVariable(72305, query);
    expect(anonymous.calls[0]!.headers['X-ClientId']).toBeUndefined();
  });

  it('rejects a malformed query without calling the API', async () => {
    const { client, calls } = harness(pagesRoute);
    expect(await client.getDataByVariable(72305, { ...query, unitParentId: '0112' })).toMatchObject({
      ok: false,
      error: { code: 'BDL_INVALID_QUERY' },
    });
    expect(await client.getDataByVariable(72305, { ...query, years: [] })).toMatchObject({
      ok: false,
      error: { code: 'BDL_INVALID_QUERY' },
    });
    expect(await client.getDataByVariable(0, query)).toMatchObject({ ok: false, error: { code: 'BDL_INVALID_QUERY' } });
    expect(calls).toEqual([]);
  });

  it('reports a response that is not in the documented shape, or a page that ends the data early', async () => {
    const wrongShape = harness(() => json('{"totalRecords": "many"}'));
    const shape = await wrongShape.client.getDataByVariable(72305, query);
    expect(shape).toMatchObject({ ok: false, error: { code: 'BDL_INVALID_RESPONSE' } });

    const empty = JSON.stringify({ ...JSON.parse(PAGES[1]!), results: [] });
    const early = harness((url) => (url.searchParams.get('page') === '0' ? json(PAGES[0]!) : json(empty)));
    const result = await early.client.getDataByVariable(72305, query);
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'BDL_INVALID_RESPONSE', message: 'page 1 is empty after 100 of 280 records' },
    });
  });
});

describe('getVariable', () => {
  it('reads /variables/{id}', async () => {
    const { client, calls } = harness(() => json(fixture('variable-72305.json')));
    const result = await client.getVariable(72305);
    expect(result).toMatchObject({
      ok: true,
      value: { id: 72305, subjectId: 'P2137', n1: 'ogółem', n2: 'ogółem', measureUnitName: 'osoba' },
    });
    expect(calls[0]!.url.pathname).toBe('/api/v1/variables/72305');
    expect(calls[0]!.url.searchParams.get('format')).toBe('json');
  });

  it('a permanent 404 is an error with the status and the body message, without retries', async () => {
    const { client, calls, sleeps } = harness(() => json(fixture('error-404.json'), 404));
    const result = await client.getVariable(9_999_999);
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'BDL_HTTP_ERROR',
        status: 404,
        message: 'Zmienna o identyfikatorze 9999999 nie istnieje.',
        url: calls[0]!.url.toString(),
      },
    });
    expect(calls).toHaveLength(1);
    expect(sleeps).toEqual([]);
  });
});

describe('retries and back-off', () => {
  const ok = () => json(fixture('variable-72305.json'));
  const tooMany =
    (headers: Record<string, string> = {}) =>
    () =>
      json(fixture('error-429.json'), 429, headers);

  it('429 without Retry-After: backs off 1 s, then succeeds', async () => {
    const { client, calls, sleeps } = harness(queue(tooMany(), ok));
    expect((await client.getVariable(72305)).ok).toBe(true);
    expect(calls).toHaveLength(2);
    expect(sleeps).toEqual([1000]);
  });

  it('429 with Retry-After in seconds or as a date: waits that long', async () => {
    const seconds = harness(queue(tooMany({ 'Retry-After': '7' }), ok));
    expect((await seconds.client.getVariable(72305)).ok).toBe(true);
    expect(seconds.sleeps).toEqual([7000]);

    const date = harness(queue(tooMany({ 'Retry-After': 'Fri, 01 Mar 2024 10:00:30 GMT' }), ok));
    expect((await date.client.getVariable(72305)).ok).toBe(true);
    expect(date.sleeps).toEqual([30_000]);
  });

  it('429 on every try: gives up after 5 tries with the body message', async () => {
    const { client, calls, sleeps } = harness(() => json(fixture('error-429.json'), 429));
    const result = await client.getVariable(72305);
    expect(result).toMatchObject({
      ok: false,
      error: {
        code: 'BDL_RATE_LIMITED',
        attempts: 5,
        message: 'Przekroczono limit zapytań. Spróbuj ponownie później.',
      },
    });
    expect(calls).toHaveLength(5);
    expect(sleeps).toEqual([1000, 2000, 4000, 8000]);
  });

  it('5xx and network errors: retried with exponential back-off, then success', async () => {
    const { client, calls, sleeps } = harness(
      queue(
        () => json('{}', 503),
        () => new TypeError('fetch failed'),
        () => json('<html>Bad Gateway</html>', 502),
        ok,
      ),
    );
    expect((await client.getVariable(72305)).ok).toBe(true);
    expect(calls).toHaveLength(4);
    expect(sleeps).toEqual([1000, 2000, 4000]);
  });

  it('5xx on every try: BDL_UNAVAILABLE after 5 tries', async () => {
    const { client, calls, sleeps } = harness(() => json('<html>Service Unavailable</html>', 503));
    const result = await client.getVariable(72305);
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'BDL_UNAVAILABLE', status: 503, attempts: 5, message: '<html>Service Unavailable</html>' },
    });
    expect(calls).toHaveLength(5);
    expect(sleeps).toEqual([1000, 2000, 4000, 8000]);
  });
});

describe('quotas', () => {
  const ok = () => json(fixture('variable-72305.json'));

  it('anonymous: the 6th request in one second waits until the first leaves the 1-s window', async () => {
    const { client, calls, sleeps } = harness(ok);
    for (let i = 0; i < 6; i++) await client.getVariable(72305);
    expect(sleeps).toEqual([1000]);
    expect(calls.map((c) => c.at - calls[0]!.at)).toEqual([0, 0, 0, 0, 0, 1000]);
  });

  it('with a key: 10 per second, the 11th waits', async () => {
    const { client, sleeps } = harness(ok, { clientId: 'k' });
    for (let i = 0; i < 10; i++) await client.getVariable(72305);
    expect(sleeps).toEqual([]);
    await client.getVariable(72305);
    expect(sleeps).toEqual([1000]);
  });

  it('anonymous: never more than 100 requests in any 15 minutes', async () => {
    const { client, calls } = harness(ok);
    for (let i = 0; i < 101; i++) await client.getVariable(72305);
    const at = calls.map((c) => c.at);
    expect(at[100]! - at[0]!).toBe(15 * 60 * 1000);
    for (let i = 5; i < at.length; i++) expect(at[i]! - at[i - 5]!).toBeGreaterThanOrEqual(1000);
  });

  it('a wait longer than maxWaitMs is returned as BDL_QUOTA_EXHAUSTED without calling the API', async () => {
    const { client, calls } = harness(ok, { maxWaitMs: 60_000 });
    for (let i = 0; i < 100; i++) await client.getVariable(72305);
    const result = await client.getVariable(72305);
    expect(result).toMatchObject({ ok: false, error: { code: 'BDL_QUOTA_EXHAUSTED' } });
    expect(calls).toHaveLength(100);
  });

  it('retries count against the quota too', async () => {
    const { client, calls } = harness((_url, call) => (call <= 5 ? json('{}', 500) : ok()), {
      maxAttempts: 6,
      quotas: [{ windowMs: 10_000, limit: 3 }],
    });
    expect((await client.getVariable(72305)).ok).toBe(true);
    const at = calls.map((c) => c.at);
    for (let i = 3; i < at.length; i++) expect(at[i]! - at[i - 3]!).toBeGreaterThanOrEqual(10_000);
  });
});
