import { randomBytes } from 'node:crypto';
import { gunzipSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../tests/helpers/app';
import { createUnit } from '../../../tests/helpers/factories';
import { SYSTEM_CONTEXT } from '../../http/context';

const suffix = randomBytes(3).toString('hex');
const HOSTILE = `<script>alert("x")</script>&'`;
/** Unit names come through the units CSV, where a double quote would need quoting: the same attack without one. */
const HOSTILE_UNIT = `<script>alert(1)</script>&'`;
const VARIABLE = `pt_var_${suffix}`;
const RELEASED = `pt_released_${suffix}`;
const UNRELEASED = `pt_unreleased_${suffix}`;
const MULTI = `pt_multi_${suffix}`;
const KIND = `pt-kind-${suffix}`;
const SMALL_KIND = `pt-small-${suffix}`;

let t: TestApp;
const units: string[] = [];
const small: string[] = [];

const get = (url: string, headers: Record<string, string> = {}) => t.app.inject({ method: 'GET', url, headers });
/** The page's markup without layout whitespace (the templates are indented), for exact assertions. */
const flat = (body: string) =>
  body
    .replace(/\s+/g, ' ')
    .replace(/\s*(<[^>]*>)\s*/g, '$1')
    .replace(/\s*\/?>/g, '>');
const page = async (url: string) => {
  const res = await get(url);
  return { statusCode: res.statusCode, headers: res.headers, raw: res.body, body: flat(res.body) };
};

async function indicator(code: string, kinds: string[]) {
  await t.services.indicators.createIndicator(SYSTEM_CONTEXT, {
    code,
    names: { pl: `Wskaźnik ${HOSTILE}`, en: `Indicator ${HOSTILE}` },
    definition: { pl: 'Definicja testowa', en: 'Test definition' },
    formula: `${VARIABLE} * 1`,
    unit: 'szt.',
    decimals: 1,
    polarity: 'higher-is-better',
    type: 'quality',
    area: 'education',
    unitKinds: kinds,
    source: { pl: `Źródło ${HOSTILE}`, en: 'Test source' },
  });
}

beforeAll(async () => {
  t = await createTestApp();
  await t.services.openData.ensureFirstRelease(SYSTEM_CONTEXT);
  await t.services.indicators.createVariable(SYSTEM_CONTEXT, {
    code: VARIABLE,
    names: { pl: 'Zmienna', en: 'Variable' },
    unit: 'szt.',
    source: 'test',
    periodicity: 'year',
    description: { pl: 'test', en: 'test' },
  });
  await indicator(RELEASED, [KIND, SMALL_KIND]);
  await indicator(UNRELEASED, [KIND]);
  await indicator(MULTI, [KIND, 'county']);
  for (let i = 0; i < 6; i++) units.push(await createUnit(t, { kind: KIND, name: `Gmina ${i} ${HOSTILE_UNIT}` }));
  for (let i = 0; i < 3; i++) small.push(await createUnit(t, { kind: SMALL_KIND }));
  // Higher is better: 50 first, the two 20s share places 4–5.
  const byUnit: Record<string, number> = {};
  [10, 20, 20, 30, 40, 50].forEach((v, i) => (byUnit[units[i]!] = v));
  small.forEach((c, i) => (byUnit[c] = i + 1));
  // Two powiaty of the register: MULTI spans two tiers, 6 test units against 2 powiaty.
  byUnit['0201'] = 7;
  byUnit['0202'] = 8;
  const ids = await t.services.units.findUnitIds(Object.keys(byUnit));
  for (const period of ['2018', '2019'])
    await t.services.dataImport.writeDerivedValues(SYSTEM_CONTEXT, {
      sourceKind: 'test',
      detail: {},
      audit: { action: 'values.import', entityType: 'import', entityId: suffix },
      write: Object.entries(byUnit).map(([code, value]) => ({
        unitId: ids.get(code)!,
        variableCode: VARIABLE,
        period,
        value: period === '2018' ? value / 2 : value,
      })),
      remove: [],
    });
  // Only 2019 of one indicator is released; 2018 and the other indicator stay private.
  const draft = await t.services.openData.createRelease(SYSTEM_CONTEXT, {
    title: { pl: `Wydanie ${HOSTILE}`, en: 'Release' },
    contents: [
      { indicator: RELEASED, periods: ['2019'] },
      { indicator: MULTI, periods: ['2019'] },
    ],
  });
  await t.services.openData.publishRelease(SYSTEM_CONTEXT, draft.id);
}, 240_000);

afterAll(async () => {
  await t?.close();
});

/** A page must never hold the hostile text unescaped, anywhere. */
function expectEscaped(body: string) {
  expect(body).not.toContain('<script>');
  expect(body).not.toContain('alert("x")');
}

describe('home', () => {
  it('answers HTML in Polish with counts, the latest release (escaped) and the search form', async () => {
    const res = await page('/portal');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(res.body).toContain('<html lang="pl">');
    expect(res.body).toContain('<title>Dane o usługach publicznych samorządów — Miernik</title>');
    expect(res.body).toMatch(/<meta name="description" content="[^"]+">/);
    expect(res.body).toContain('<meta name="viewport" content="width=device-width, initial-scale=1">');
    expect(res.body).toContain('Wydanie 2: Wydanie &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&amp;&#39;');
    expect(res.body).toContain('<form class="filters" method="get" action="/portal" role="search">');
    expectEscaped(res.body);
  });

  it('search lists matching units with links to their profiles, escaped', async () => {
    const res = await get(`/portal?q=${encodeURIComponent('Gmina 3')}`);
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain(`href="/jst/${units[3]}"`);
    expect(res.body).not.toContain(`href="/jst/${units[2]}"`);
    expectEscaped(res.body);
    expect((await get('/portal?q=zzzz-nothing')).body).toContain('Nie znaleziono jednostki');
  });

  it('?lang=en answers in English with canonical and hreflang links', async () => {
    const res = await page('/portal?lang=en');
    expect(res.body).toContain('<html lang="en">');
    expect(res.body).toContain('<title>Data on the public services of local governments — Miernik</title>');
    expect(res.body).toContain(`<link rel="canonical" href="${t.config.publicUrl}/portal?lang=en">`);
    expect(res.body).toContain(`<link rel="alternate" hreflang="pl" href="${t.config.publicUrl}/portal">`);
    expect(res.body).toContain(`<link rel="alternate" hreflang="x-default" href="${t.config.publicUrl}/portal">`);
    expect((await page('/portal')).body).toContain(`<link rel="canonical" href="${t.config.publicUrl}/portal">`);
  });
});

describe('unit profile', () => {
  it('shows the released indicator with its tied place, a sparkline and the source; never the unreleased one', async () => {
    const res = await page(`/jst/${units[1]}`);
    expect(res.statusCode).toBe(200);
    expectEscaped(res.body);
    expect(res.body).toContain(`/wskazniki/${RELEASED}?period=2019`);
    expect(res.body).not.toContain(UNRELEASED);
    // 20 ties with units[2] for places 4–5 of 6.
    expect(res.body).toContain('4–5 z 6');
    expect(res.body).toContain('class="sparkline"');
    expect(res.body).toContain('Źródło &lt;script&gt;');
    // 2018 is not released: the profile shows 2019 only (the value, not the private 2018 half).
    expect(res.body).toContain('<td>2019</td><td class="num">20,0</td>');
    expect(res.body).not.toContain('10,0</td>');
  });

  it('suppresses the place among fewer than 5 units of the kind', async () => {
    const res = await page(`/jst/${small[0]}`);
    expect(res.body).toContain('mniej niż 5 jednostek');
    expect(res.body).not.toMatch(/\d+ z 3/);
  });

  it('places a TERYT gmina on the map of its voivodeship', async () => {
    const res = await page('/jst/1261011');
    expect(res.statusCode).toBe(200);
    expect(res.body).toMatch(
      /<svg viewBox="0 0 560 \d+" role="img" aria-label="[^"]+ na mapie województwa" class="map">/,
    );
    expect(res.body).toContain('class="highlight"');
    expect(res.body).toContain('/wskazniki/population_total?period=2019');
  });

  it('answers an unknown unit with the HTML 404 page', async () => {
    const res = await get('/jst/NO-SUCH-UNIT');
    expect(res.statusCode).toBe(404);
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(res.body).toContain('Nie znaleziono strony');
  });

  it('downloads its table as CSV and XLSX with the values unrounded', async () => {
    const csv = await get(`/jst/${units[1]}?format=csv`);
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(csv.headers['content-disposition']).toBe(`attachment; filename="jst-${units[1]}.csv"`);
    const lines = csv.body
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toBe('Kod,Wskaźnik,Okres,Wartość,Jednostka miary,Miejsce,n,Źródło');
    expect(lines.find((l) => l.startsWith(`${RELEASED},`))).toBe(
      `${RELEASED},"Wskaźnik ${HOSTILE.replace(/"/g, '""')}",2019,20,szt.,4–5,6,"Źródło ${HOSTILE.replace(/"/g, '""')}"`,
    );
    const xlsx = await get(`/jst/${units[1]}?format=xlsx`);
    expect(xlsx.headers['content-type']).toContain('spreadsheetml');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const sheet = book.worksheets[0]!;
    const rows = sheet.getSheetValues().filter(Boolean) as unknown[][];
    expect(rows.find((r) => r[1] === RELEASED)?.[4]).toBe(20);
  });
});

describe('indicator page', () => {
  it('shows definition, histogram, ranking with tied places as ranges, the form', async () => {
    const res = await page(`/wskazniki/${RELEASED}`);
    expect(res.statusCode).toBe(200);
    expectEscaped(res.body);
    expect(res.body).toContain('<h1>Wskaźnik &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&amp;&#39;</h1>');
    expect(res.body).toContain('class="chart"');
    expect(res.body).toContain('<td class="num">4–5</td>');
    expect(res.body).toContain(`<form class="filters" method="get" action="/wskazniki/${RELEASED}">`);
    expect(res.body).toContain('<option value="2019" selected>2019</option>');
    // The released period only: 2018 is not offered.
    expect(res.body).not.toContain('<option value="2018"');
  });

  it('filters by kind: the small kind alone has 3 units', async () => {
    const res = await page(`/wskazniki/${RELEASED}?kind=${SMALL_KIND}`);
    expect(res.body).toContain('Ranking, okres 2019: 3 jednostek');
  });

  it('an indicator of two tiers shows the tier with most units and says so; a kind shows the other', async () => {
    const res = await page(`/wskazniki/${MULTI}`);
    expect(res.body).toContain('Wskaźnik dotyczy kilku szczebli samorządu; pokazano: pozostałe jednostki.');
    expect(res.body).toContain('Ranking, okres 2019: 6 jednostek');
    expect(res.body).not.toContain('href="/jst/0201"');
    const counties = await page(`/wskazniki/${MULTI}?kind=county`);
    expect(counties.body).not.toContain('kilku szczebli');
    expect(counties.body).toContain('Ranking, okres 2019: 2 jednostek');
    expect(counties.body).toContain('href="/jst/0202"');
  });

  it('answers 404 for an unreleased indicator, an unreleased period and an unknown code', async () => {
    for (const url of [`/wskazniki/${UNRELEASED}`, `/wskazniki/${RELEASED}?period=2018`, '/wskazniki/no_such_code']) {
      const res = await get(url);
      expect(res.statusCode, url).toBe(404);
      expect(res.body).toContain('Nie znaleziono strony');
    }
  });

  it('a released national indicator has a powiat map saying what it shows', async () => {
    const res = await page('/wskazniki/population_total?period=2019');
    expect(res.statusCode).toBe(200);
    expect(res.body).toMatch(/class="map"/);
    expect(res.body).toContain('Mapa:');
  });

  it('downloads the whole ranking as CSV', async () => {
    const csv = await get(`/wskazniki/${RELEASED}?format=csv`);
    const lines = csv.body
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines).toHaveLength(1 + 9);
    expect(lines[1]).toMatch(new RegExp(`^1,${units[5]},`));
    expect(lines.filter((l) => l.startsWith('4–5,'))).toHaveLength(2);
  });
});

describe('comparison', () => {
  it('charts and tabulates the chosen units; unknown codes are named; the URL is shareable', async () => {
    const res = await page(`/porownaj?jst=${units[0]},${units[5]},NOPE&wskazniki=${RELEASED}&wskazniki=${UNRELEASED}`);
    expect(res.statusCode).toBe(200);
    expectEscaped(res.body);
    expect(res.body).toContain('class="chart bars"');
    expect(res.body).toContain(
      `${t.config.publicUrl}/porownaj?jst=${units[0]}%2C${units[5]}&amp;wskazniki=${RELEASED}`,
    );
    expect(res.body).toContain(`Nieznane kody pominięto: NOPE, ${UNRELEASED}`);
    const csv = await get(`/porownaj?jst=${units[0]},${units[5]}&wskazniki=${RELEASED}&format=csv`);
    const lines = csv.body
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines.slice(1).map((l) => l.split(',').at(-1))).toEqual(['10', '50']);
  });

  it('adds a unit found by name', async () => {
    const res = await get(`/porownaj?jst=${units[0]}&dodaj=${encodeURIComponent('Gmina 4')}&wskazniki=${RELEASED}`);
    expect(res.body).toContain(`href="/jst/${units[4]}"`);
  });
});

describe('sitemap, robots, caching', () => {
  it('the sitemap lists released indicators and not unreleased ones', async () => {
    const res = await get('/sitemap.xml');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/xml; charset=utf-8');
    expect(res.body).toContain(`<loc>${t.config.publicUrl}/wskazniki/${RELEASED}</loc>`);
    expect(res.body).toContain(`<loc>${t.config.publicUrl}/wskazniki/population_total</loc>`);
    expect(res.body).not.toContain(UNRELEASED);
    expect(res.body).toContain(`<loc>${t.config.publicUrl}/jst/${units[0]}</loc>`);
  });

  it('robots.txt allows the portal and names the sitemap', async () => {
    const res = await get('/robots.txt');
    expect(res.body).toContain('Allow: /jst/');
    expect(res.body).toContain(`Sitemap: ${t.config.publicUrl}/sitemap.xml`);
  });

  it('answers 304 to a current ETag, gzip to a client that accepts it', async () => {
    const first = await get(`/wskazniki/${RELEASED}`);
    const etag = first.headers.etag as string;
    expect(etag).toMatch(/^"[\w-]+"$/);
    expect(first.headers['cache-control']).toBe('public, max-age=300');
    const again = await get(`/wskazniki/${RELEASED}`, { 'if-none-match': etag });
    expect(again.statusCode).toBe(304);
    expect(again.body).toBe('');
    const zipped = await get(`/wskazniki/${RELEASED}`, { 'accept-encoding': 'gzip' });
    expect(zipped.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(zipped.rawPayload).toString()).toBe(first.body);
  });

  it('a new release changes the page (the cache is per release)', async () => {
    const before = await get(`/wskazniki/${RELEASED}`);
    const draft = await t.services.openData.createRelease(SYSTEM_CONTEXT, {
      title: { pl: 'Wydanie 2018', en: 'Release 2018' },
      contents: [{ indicator: RELEASED, periods: ['2018'] }],
    });
    await t.services.openData.publishRelease(SYSTEM_CONTEXT, draft.id);
    const after = await get(`/wskazniki/${RELEASED}`, { 'if-none-match': before.headers.etag as string });
    expect(after.statusCode).toBe(200);
    expect(flat(after.body)).toContain('<option value="2018">2018</option>');
    expect((await get(`/wskazniki/${RELEASED}?period=2018`)).statusCode).toBe(200);
  });
});
