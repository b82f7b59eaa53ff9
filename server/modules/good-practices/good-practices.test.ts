import { randomBytes } from 'node:crypto';
import { count, eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../tests/helpers/app';
import { createUnit, loginAs } from '../../../tests/helpers/factories';
import { goodPracticeAttachments, goodPractices, goodPracticeVersions, outbox } from '../../db/schema';
import { SYSTEM_CONTEXT } from '../../http/context';

/** The clock the app reads; moved forward for the yearly confirmation. */
let nowValue = new Date('2025-06-15T10:00:00Z');
const suffix = randomBytes(3).toString('hex');
const VARIABLE = `gp_cases_${suffix}`;
const INDICATOR = `gp_higher_${suffix}`;
const YEARS = ['2016', '2017', '2018', '2019', '2020', '2021', '2022'];

let t: TestApp;
let peers: string[];
/** better: improves more than its peers after 2019; inLine: like its peers; adopter: improves after 2019 too. */
const units = { better: '', inLine: '', adopter: '', other: '' };
let coordinator: Awaited<ReturnType<typeof loginAs>>['client'];
let curator: Awaited<ReturnType<typeof loginAs>>['client'];
let stranger: Awaited<ReturnType<typeof loginAs>>['client'];
let adopterClient: Awaited<ReturnType<typeof loginAs>>['client'];

/** Approved values written in one go (the same store the collection rounds write to). */
async function approvedValues(values: Map<string, Record<string, number>>) {
  const ids = await t.services.units.findUnitIds([...values.keys()]);
  await t.services.dataImport.writeDerivedValues(SYSTEM_CONTEXT, {
    sourceKind: 'test',
    detail: {},
    audit: { action: 'values.import', entityType: 'import', entityId: suffix },
    write: [...values].flatMap(([code, byYear]) =>
      Object.entries(byYear).map(([period, value]) => ({
        unitId: ids.get(code)!,
        variableCode: VARIABLE,
        period,
        value,
      })),
    ),
    remove: [],
  });
}

/**
 * The improvement-plan effect check's fixture: six peers growing at 1, 1.5, …, 3.5 a year (changes
 * between 2016–2018 and 2020–2022: 4, 6, …, 14; median 9, IQR 5). "better" goes 100–107 → 130–134
 * (Δ 30, DiD +21 > 5), "inLine" → 110–114 (Δ 10, DiD +1), the adopter like "better".
 */
beforeAll(async () => {
  t = await createTestApp({ clock: { now: () => nowValue } });
  await t.services.indicators.createVariable(SYSTEM_CONTEXT, {
    code: VARIABLE,
    names: { pl: 'Sprawy', en: 'Cases' },
    unit: 'szt.',
    source: 'test',
    periodicity: 'year',
    description: { pl: 'test', en: 'test' },
  });
  await t.services.indicators.createIndicator(SYSTEM_CONTEXT, {
    code: INDICATOR,
    names: { pl: `Wskaźnik ${INDICATOR}`, en: `Indicator ${INDICATOR}` },
    definition: { pl: 'test', en: 'test' },
    formula: VARIABLE,
    unit: 'szt.',
    decimals: 1,
    polarity: 'higher-is-better',
    type: 'quality',
    area: 'education',
    unitKinds: ['test-unit'],
    source: { pl: 'test', en: 'test' },
  });
  peers = await Promise.all([0, 1, 2, 3, 4, 5].map(() => createUnit(t)));
  units.better = await createUnit(t, { name: 'Gmina Lepsza' });
  units.inLine = await createUnit(t, { name: 'Gmina Przeciętna' });
  units.adopter = await createUnit(t, { name: 'Gmina Naśladowczyni' });
  units.other = await createUnit(t, { kind: 'other-kind', name: 'Inna jednostka' });
  const values = new Map<string, Record<string, number>>();
  peers.forEach((code, i) =>
    values.set(code, Object.fromEntries(YEARS.map((y) => [y, 50 + 10 * i + (1 + 0.5 * i) * (Number(y) - 2016)]))),
  );
  const before = { 2016: 100, 2017: 102, 2018: 104, 2019: 107 };
  values.set(units.better, { ...before, 2020: 130, 2021: 132, 2022: 134 });
  values.set(units.inLine, { ...before, 2020: 110, 2021: 112, 2022: 114 });
  values.set(units.adopter, { ...before, 2020: 130, 2021: 132, 2022: 134 });
  await approvedValues(values);
  t.services.benchmarking.invalidate();
  ({ client: coordinator } = await loginAs(t, [{ role: 'unit-coordinator', unitCode: units.better }]));
  ({ client: curator } = await loginAs(t, [{ role: 'network-operator' }]));
  ({ client: stranger } = await loginAs(t, [{ role: 'unit-coordinator', unitCode: units.inLine }]));
  ({ client: adopterClient } = await loginAs(t, [{ role: 'unit-member', unitCode: units.adopter }]));
}, 300_000);
afterAll(() => t.close());

const anonymous = (url: string) => t.app.inject({ method: 'GET', url });

const entry = (extra: Record<string, unknown> = {}) => ({
  title: 'Zajęcia wyrównawcze w szkołach',
  unitCode: units.better,
  serviceArea: 'education',
  unitKinds: ['test-unit'],
  problem: 'Uczniowie szkół podstawowych tracili rok po przejściu do gimnazjum.',
  solution: 'Dodatkowe zajęcia w małych grupach po lekcjach.',
  results: 'Mniej powtarzanych klas.',
  lessons: 'Nie udało się zainteresować rodziców — zebrania nie działały.',
  costPln: '125000.50',
  tags: ['edukacja', 'wyrównywanie szans'],
  year: 2019,
  indicators: [{ code: INDICATOR, startPeriod: '2019', peers: `units:${peers.join(',')}` }],
  ...extra,
});

describe('workflow: draft, submit, return, publish, new version', () => {
  let id: number;

  it('a coordinator drafts an entry of their unit; evidence is computed, not typed in', async () => {
    const res = await coordinator.post('/api/v1/practices', entry());
    expect(res.statusCode, res.body).toBe(201);
    const body = res.json();
    id = body.id;
    expect(body).toMatchObject({
      status: 'draft',
      version: 1,
      publishedVersion: null,
      viewing: 'working',
      evidenceGrade: 'measured-better-than-peers',
      source: { kind: 'free', id: null, url: null },
      warnings: [],
    });
    expect(body.content.costPln).toBe('125000.50');
    const [row] = await t.db.select().from(goodPractices).where(eq(goodPractices.id, id));
    expect(row!.evidenceGrade).toBe('measured-better-than-peers');
    // An evidenceGrade in the body is not a field: it cannot be typed in.
    const typed = await coordinator.post('/api/v1/practices', entry({ title: 'Inna', evidenceGrade: 'measured' }));
    expect(typed.json().evidenceGrade).toBe('measured-better-than-peers');
    // The first evidence loads the benchmarking engine.
  }, 120_000);

  it('keeps the draft from the public and from other units', async () => {
    expect((await anonymous(`/api/v1/practices/${id}`)).statusCode).toBe(404);
    expect((await anonymous(`/api/v1/practices/${id}/evidence`)).statusCode).toBe(404);
    expect((await anonymous(`/api/v1/practices?q=szkoła`)).json().items).toEqual([]);
    expect((await stranger.get(`/api/v1/practices/${id}`)).statusCode).toBe(404);
  });

  it('refuses the wrong unit and the wrong role with 403', async () => {
    const other = await stranger.post('/api/v1/practices', entry());
    expect(other.statusCode).toBe(403);
    expect(other.json().error.code).toBe('FORBIDDEN');
    expect((await stranger.patch(`/api/v1/practices/${id}`, { title: 'Przejęta' })).statusCode).toBe(403);
    expect((await stranger.post(`/api/v1/practices/${id}/submit`)).statusCode).toBe(403);
    // Curators only publish: they do not edit a unit's entry.
    expect((await curator.patch(`/api/v1/practices/${id}`, { title: 'Poprawiona' })).statusCode).toBe(403);
    // A curator cannot publish a draft (409), and a unit cannot publish its own (403).
    expect((await curator.post(`/api/v1/practices/${id}/publish`)).json().error.code).toBe('PRACTICE_STATE');
    expect((await coordinator.post(`/api/v1/practices/${id}/publish`)).statusCode).toBe(403);
  });

  it('submit → return with a comment → edit → submit → publish', async () => {
    expect((await coordinator.post(`/api/v1/practices/${id}/submit`)).json().status).toBe('submitted');
    expect((await coordinator.patch(`/api/v1/practices/${id}`, { title: 'X y z' })).json().error.code).toBe(
      'PRACTICE_STATE',
    );
    expect((await coordinator.post(`/api/v1/practices/${id}/return`, { comment: 'x' })).statusCode).toBe(403);
    const returned = await curator.post(`/api/v1/practices/${id}/return`, { comment: 'Dopiszcie koszty osobowe.' });
    expect(returned.json()).toMatchObject({ status: 'returned', returnComment: 'Dopiszcie koszty osobowe.' });
    const edited = await coordinator.patch(`/api/v1/practices/${id}`, {
      implementation: { steps: '1. Diagnoza\n2. Zajęcia', duration: '2 lata', people: '4 nauczycieli' },
    });
    expect(edited.json()).toMatchObject({ status: 'draft', version: 1 });
    // Fields left out of a patch stay as they were.
    expect(edited.json().content.indicators).toHaveLength(1);
    expect(edited.json().content.tags).toEqual(['edukacja', 'wyrównywanie szans']);
    await coordinator.post(`/api/v1/practices/${id}/submit`);
    const published = await curator.post(`/api/v1/practices/${id}/publish`);
    expect(published.statusCode, published.body).toBe(200);
    expect(published.json()).toMatchObject({ status: 'published', publishedVersion: 1 });
    const pub = await anonymous(`/api/v1/practices/${id}`);
    expect(pub.statusCode).toBe(200);
    expect(pub.json()).toMatchObject({ viewing: 'published', title: 'Zajęcia wyrównawcze w szkołach', events: [] });
    expect(pub.json().content.implementation.people).toBe('4 nauczycieli');
    expect(
      (await t.db.select({ n: count() }).from(goodPracticeVersions).where(eq(goodPracticeVersions.practiceId, id)))[0]!
        .n,
    ).toBe(1);
  });

  it('an edit of a published entry is a new version, re-moderated; the public keeps the published one', async () => {
    const edited = await coordinator.patch(`/api/v1/practices/${id}`, { title: 'Zajęcia wyrównawcze — wersja 2' });
    expect(edited.json()).toMatchObject({ status: 'draft', version: 2, publishedVersion: 1 });
    expect((await anonymous(`/api/v1/practices/${id}`)).json().title).toBe('Zajęcia wyrównawcze w szkołach');
    await coordinator.post(`/api/v1/practices/${id}/submit`);
    await curator.post(`/api/v1/practices/${id}/publish`);
    expect((await anonymous(`/api/v1/practices/${id}`)).json()).toMatchObject({
      title: 'Zajęcia wyrównawcze — wersja 2',
      publishedVersion: 2,
    });
    const versions = (await anonymous(`/api/v1/practices/${id}/versions`)).json().items;
    expect(versions.map((v: { version: number }) => v.version)).toEqual([2, 1]);
    expect((await anonymous(`/api/v1/practices/${id}/versions/1`)).json().content.title).toBe(
      'Zajęcia wyrównawcze w szkołach',
    );
  });

  it('publishes the evidence: the unit series, the peer median and the verdict of the effect check', async () => {
    const res = await anonymous(`/api/v1/practices/${id}/evidence`);
    expect(res.statusCode).toBe(200);
    const ev = res.json();
    expect(ev.grade).toBe('measured-better-than-peers');
    const [first] = ev.indicators;
    expect(first.problem).toBeNull();
    expect(first.effect.verdict).toBe('improved-more-than-peers');
    expect(first.effect.check.baselinePeriods).toEqual(['2016', '2017', '2018']);
    expect(first.effect.check.followUpPeriods).toEqual(['2020', '2021', '2022']);
    expect(first.effect.check.peers).toMatchObject({ medianChange: 9, iqr: 5 });
    expect(first.effect.check.improvementBeyondPeers).toBeCloseTo(21, 9);
    expect(first.effect.peerMedianSeries.find((p: { period: string }) => p.period === '2016').value).toBe(75);
  });

  it('records the moderation history for the unit and the curator', async () => {
    const events = (await coordinator.get(`/api/v1/practices/${id}`)).json().events;
    expect(events.map((e: { kind: string }) => e.kind)).toEqual([
      'submit',
      'return',
      'submit',
      'publish',
      'new-version',
      'submit',
      'publish',
    ]);
  });
});

describe('bad input', () => {
  it('an indicator not applicable to the unit kind saves as described only, with the reason', async () => {
    const { client } = await loginAs(t, [{ role: 'unit-member', unitCode: units.other }]);
    const res = await client.post('/api/v1/practices', entry({ unitCode: units.other }));
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().evidenceGrade).toBe('described-only');
    expect(res.json().warnings).toEqual([
      expect.objectContaining({ path: 'body.indicators.0.code', code: 'INDICATOR_NOT_APPLICABLE' }),
    ]);
  });

  it('a start year without data after it gives "not enough data" and described only', async () => {
    const res = await coordinator.post(
      '/api/v1/practices',
      entry({ indicators: [{ code: INDICATOR, startPeriod: '2023' }] }),
    );
    expect(res.statusCode).toBe(201);
    expect(res.json().evidenceGrade).toBe('described-only');
    const ev = (await coordinator.get(`/api/v1/practices/${res.json().id}/evidence`)).json();
    expect(ev.indicators[0].effect.verdict).toBe('not-enough-data');
    expect(ev.indicators[0].effect.reasons.map((r: { code: string }) => r.code)).toContain('NO_FOLLOW_UP');
  });

  it('an unknown indicator and bad fields are 400s naming the field', async () => {
    const unknown = await coordinator.post(
      '/api/v1/practices',
      entry({ indicators: [{ code: 'nope', startPeriod: '2019' }] }),
    );
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.details).toEqual([
      { path: 'body.indicators.0.code', message: 'unknown indicator nope' },
    ]);
    const cost = await coordinator.post('/api/v1/practices', entry({ costPln: '12,5' }));
    expect(cost.statusCode).toBe(400);
    expect(JSON.stringify(cost.json().error.details)).toContain('costPln');
  });

  it('stores HTML as text and renders the Markdown sanitised', async () => {
    const res = await coordinator.post(
      '/api/v1/practices',
      entry({ problem: 'Mamy **problem** <script>alert(1)</script> i [link](javascript:alert(1)).' }),
    );
    const body = res.json();
    expect(body.content.problem).toContain('<script>alert(1)</script>');
    expect(body.html.problem).toContain('<strong>problem</strong>');
    expect(body.html.problem).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(body.html.problem).not.toContain('<script');
    expect(body.html.problem).not.toContain('javascript:');
  });
});

describe('propose as a good practice from an improvement action', () => {
  async function actionOf(unit: string, client: typeof coordinator) {
    const plan = await client.post('/api/v1/improvement-plans', { unitCode: unit, period: '2019-2020', title: 'Plan' });
    const action = await client.post(`/api/v1/improvement-plans/${plan.json().id}/actions`, {
      title: 'Skrócenie czasu obsługi w urzędzie',
      description: 'Nowy system kolejkowy i dyżury w soboty.',
      source: { type: 'benchmark-gap', indicatorCode: INDICATOR },
      startDate: '2019-01-01',
      endDate: '2019-12-31',
      status: 'done',
      impact: 'high',
      feasibility: 'medium',
      budget: '40000',
      indicator: { code: INDICATOR, peers: `units:${peers.join(',')}` },
    });
    expect(action.statusCode, action.body).toBe(201);
    return action.json().id as number;
  }

  it('creates a draft that keeps the link and copies the action; a second proposal returns it', async () => {
    const actionId = await actionOf(units.better, coordinator);
    const res = await coordinator.post('/api/v1/practices/proposals', {
      source: { kind: 'improvement-action', id: actionId },
    });
    expect(res.statusCode, res.body).toBe(201);
    const draft = res.json().practice;
    expect(draft).toMatchObject({
      status: 'draft',
      title: 'Skrócenie czasu obsługi w urzędzie',
      source: { kind: 'improvement-action', id: String(actionId) },
      units: [expect.objectContaining({ code: units.better })],
      evidenceGrade: 'measured-better-than-peers',
    });
    expect(draft.content.indicators).toEqual([
      { code: INDICATOR, startPeriod: '2019', peers: `units:${peers.join(',')}` },
    ]);
    expect(draft.content.costPln).toBe('40000');
    const again = await coordinator.post('/api/v1/practices/proposals', {
      source: { kind: 'improvement-action', id: actionId },
    });
    expect(again.statusCode).toBe(200);
    expect(again.json()).toMatchObject({ created: false, practice: { id: draft.id } });
  });

  it('refuses an action that did not improve more than peers, and another unit’s action', async () => {
    const actionId = await actionOf(units.inLine, stranger);
    const res = await stranger.post('/api/v1/practices/proposals', {
      source: { kind: 'improvement-action', id: actionId },
    });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe('PRACTICE_STATE');
    const other = await coordinator.post('/api/v1/practices/proposals', {
      source: { kind: 'improvement-action', id: actionId },
    });
    expect(other.statusCode).toBe(403);
  });

  it('lets another module create a draft from its own object (createDraftFromSource)', async () => {
    const r = await t.services.goodPractices.createDraftFromSource(SYSTEM_CONTEXT, {
      source: { kind: 'competition-application', id: 77 },
      unitCode: units.better,
      title: 'Laureat konkursu',
      problem: 'Opis problemu z wniosku.',
    });
    expect(r.created).toBe(true);
    expect(r.practice).toMatchObject({
      status: 'draft',
      source: { kind: 'competition-application', id: '77' },
      content: { solution: 'Do uzupełnienia.', problem: 'Opis problemu z wniosku.' },
    });
  });
});

describe('adoption', () => {
  it('records an adoption by another unit and computes the adopter’s own evidence', async () => {
    const created = await coordinator.post('/api/v1/practices', entry({ title: 'Praktyka do przejęcia' }));
    const id = created.json().id;
    await coordinator.post(`/api/v1/practices/${id}/submit`);
    await curator.post(`/api/v1/practices/${id}/publish`);
    expect(
      (await coordinator.post(`/api/v1/practices/${id}/adoptions`, { unitCode: units.better, adoptedOn: '2019-03-01' }))
        .statusCode,
    ).toBe(400);
    expect(
      (
        await adopterClient.post(`/api/v1/practices/${id}/adoptions`, {
          unitCode: units.inLine,
          adoptedOn: '2019-03-01',
        })
      ).statusCode,
    ).toBe(403);
    const res = await adopterClient.post(`/api/v1/practices/${id}/adoptions`, {
      unitCode: units.adopter,
      adoptedOn: '2019-03-01',
      changes: 'Zajęcia w soboty zamiast po lekcjach.',
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(
      (
        await adopterClient.post(`/api/v1/practices/${id}/adoptions`, {
          unitCode: units.adopter,
          adoptedOn: '2019-03-01',
        })
      ).statusCode,
    ).toBe(409);
    const detail = (await anonymous(`/api/v1/practices/${id}`)).json();
    expect(detail.adoptions).toEqual([
      expect.objectContaining({ unit: expect.objectContaining({ code: units.adopter }), adoptedOn: '2019-03-01' }),
    ]);
    expect(detail.adoptionCount).toBe(1);
    const ev = (await anonymous(`/api/v1/practices/${id}/adoptions/${res.json().id}/evidence`)).json();
    expect(ev.unit.code).toBe(units.adopter);
    expect(ev.indicators[0].startPeriod).toBe('2019');
    expect(ev.indicators[0].effect.verdict).toBe('improved-more-than-peers');
    // The adopter's own series, not the author's: 2020 is the adopter's value.
    expect(ev.indicators[0].effect.unitSeries.find((p: { period: string }) => p.period === '2020').value).toBe(130);
    expect(ev.grade).toBe('measured-better-than-peers');
  });
});

describe('search and facets on a fixture set', () => {
  let ids: number[] = [];
  beforeAll(async () => {
    const fixtures = [
      {
        title: 'Cyfrowy dziennik w szkole',
        serviceArea: 'education',
        tags: ['cyfryzacja', 'fx-' + suffix],
        year: 2020,
      },
      {
        title: 'Remont dróg gminnych',
        serviceArea: 'roads',
        tags: ['drogi', 'fx-' + suffix],
        year: 2020,
        problem: 'Dziury w drogach.',
      },
      {
        title: 'Budżet obywatelski dla szkół',
        serviceArea: 'education',
        tags: ['partycypacja', 'fx-' + suffix],
        year: 2021,
      },
      {
        title: 'E-usługi w urzędzie',
        serviceArea: 'administration',
        tags: ['cyfryzacja', 'fx-' + suffix],
        year: 2021,
        problem: 'Kolejki w urzędzie.',
      },
    ];
    ids = [];
    for (const f of fixtures) {
      const res = await coordinator.post(
        '/api/v1/practices',
        entry({ problem: 'Opis problemu.', indicators: [], ...f }),
      );
      ids.push(res.json().id);
      await coordinator.post(`/api/v1/practices/${res.json().id}/submit`);
      await curator.post(`/api/v1/practices/${res.json().id}/publish`);
    }
  });

  it('counts facet values over the matching entries, each facet without its own selection', async () => {
    const all = (await anonymous(`/api/v1/practices?tag=fx-${suffix}`)).json();
    expect(all.total).toBe(4);
    expect(all.facets.serviceArea).toEqual([
      { value: 'education', label: 'education', count: 2 },
      { value: 'administration', label: 'administration', count: 1 },
      { value: 'roads', label: 'roads', count: 1 },
    ]);
    expect(all.facets.year).toEqual([
      { value: '2020', label: '2020', count: 2 },
      { value: '2021', label: '2021', count: 2 },
    ]);
    expect(all.facets.evidence).toEqual([{ value: 'described-only', label: 'described-only', count: 4 }]);
    const narrowed = (await anonymous(`/api/v1/practices?tag=fx-${suffix}&serviceArea=education&year=2021`)).json();
    expect(narrowed.items.map((i: { id: number }) => i.id)).toEqual([ids[2]]);
    // serviceArea counts under year=2021 (and the tag): education 1, administration 1.
    expect(narrowed.facets.serviceArea).toEqual([
      { value: 'administration', label: 'administration', count: 1 },
      { value: 'education', label: 'education', count: 1 },
    ]);
    // year counts under serviceArea=education: 2020 1, 2021 1.
    expect(narrowed.facets.year).toEqual([
      { value: '2020', label: '2020', count: 1 },
      { value: '2021', label: '2021', count: 1 },
    ]);
  });

  it('finds inflected forms without diacritics, ranked, with highlights', async () => {
    const res = (await anonymous(`/api/v1/practices?q=${encodeURIComponent('szkoła')}&tag=fx-${suffix}`)).json();
    // "szkole" and "szkół" match "szkoła"; the title matches rank first.
    expect(res.items.map((i: { id: number }) => i.id).sort()).toEqual([ids[0], ids[2]].sort());
    expect(res.items[0].highlights[0]).toMatchObject({ field: 'title' });
    expect(res.items[0].score).toBeGreaterThan(0);
    const plain = (await anonymous(`/api/v1/practices?q=drogach&tag=fx-${suffix}`)).json();
    expect(plain.items.map((i: { id: number }) => i.id)).toEqual([ids[1]]);
    expect(plain.items[0].highlights.find((h: { field: string }) => h.field === 'problem').segments).toContainEqual({
      text: 'drogach',
      match: true,
    });
    const noDiacritics = (await anonymous(`/api/v1/practices?q=urzedzie&tag=fx-${suffix}`)).json();
    expect(noDiacritics.items.map((i: { id: number }) => i.id)).toEqual([ids[3]]);
  });

  it('sorts by date and by evidence', async () => {
    const byDate = (await anonymous(`/api/v1/practices?tag=fx-${suffix}&sort=date`)).json();
    expect(byDate.items.map((i: { id: number }) => i.id)).toEqual([...ids].reverse());
    const byEvidence = (await anonymous(`/api/v1/practices?sort=evidence`)).json();
    expect(byEvidence.items[0].evidenceGrade).toBe('measured-better-than-peers');
  });

  it('serves an Atom feed of published entries only', async () => {
    const res = await anonymous('/api/v1/practices/feed.atom');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('application/atom+xml');
    expect(res.body).toContain('Budżet obywatelski dla szkół');
    expect(res.body).not.toContain('Laureat konkursu');
    expect((await anonymous('/api/v1/practices/feed.atom?format=rss')).body).toContain('<rss');
  });
});

describe('import', () => {
  const header = 'title;unit;service_area;problem;solution;results;lessons;year;tags;source_url';
  const csv = (...rows: string[]) => [header, ...rows].join('\n');

  it('imports all rows, marked with their source, or none with every bad row listed', async () => {
    const [before] = await t.db.select({ n: count() }).from(goodPractices);
    const bad = csv(
      `Dobra;${units.better};education;Problem;Rozwiązanie;;;2015;a,b;https://example.org/1`,
      `Brak jednostki;NIE-MA;education;Problem;Rozwiązanie;;;2015;;`,
      `Zły obszar;${units.better};kosmos;Problem;Rozwiązanie;;;2015;;`,
      `Zły rok;${units.better};education;Problem;Rozwiązanie;;;dawno;;`,
      `Zły adres;${units.better};education;Problem;Rozwiązanie;;;2015;;ftp://x`,
      `;${units.better};education;;Rozwiązanie;;;;;`,
      `Dobra;${units.better};education;Problem;Rozwiązanie;;;2015;;`,
    );
    const res = await curator.post('/api/v1/practices/import', bad, { 'content-type': 'text/csv' });
    expect(res.statusCode).toBe(400);
    const details = res.json().error.details as { row: number; column: string }[];
    expect(details.map((d) => [d.row, d.column])).toEqual([
      [3, 'unit'],
      [4, 'service_area'],
      [5, 'year'],
      [6, 'source_url'],
      [7, 'title'],
      [7, 'problem'],
      [8, 'title'],
    ]);
    const [after] = await t.db.select({ n: count() }).from(goodPractices);
    expect(after!.n).toBe(before!.n);
    const missing = await curator.post('/api/v1/practices/import', 'title;unit\nA;B', { 'content-type': 'text/csv' });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().error.message).toContain('missing column(s): service_area, problem, solution');
    expect((await coordinator.post('/api/v1/practices/import', bad, { 'content-type': 'text/csv' })).statusCode).toBe(
      403,
    );
  });

  it('imports a good CSV (unit by name) and an XLSX; dry run writes nothing', async () => {
    const good = csv(
      `Archiwum: mobilny urzędnik;${units.better};administration;Dojazd do urzędu;Urzędnik dojeżdża;;;2012;seniorzy;https://example.org/a`,
      `Archiwum: biblioteka;Gmina Przeciętna;culture;Mało czytelników;Biblioteka w szkole;;;2013;;`,
    );
    const dry = await curator.post('/api/v1/practices/import?dryRun=true', good, { 'content-type': 'text/csv' });
    expect(dry.json()).toEqual({ dryRun: true, created: 2, ids: [] });
    const res = await curator.post('/api/v1/practices/import?publish=true', good, { 'content-type': 'text/csv' });
    expect(res.statusCode, res.body).toBe(201);
    const [first] = res.json().ids;
    const pub = (await anonymous(`/api/v1/practices/${first}`)).json();
    expect(pub).toMatchObject({ source: { kind: 'import', url: 'https://example.org/a' }, year: 2012 });

    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('Praktyki');
    sheet.addRow(header.split(';'));
    sheet.addRow(['Z arkusza', units.inLine, 'health', 'Problem', 'Rozwiązanie', '', '', 2014, '', '']);
    const xlsx = Buffer.from(await book.xlsx.writeBuffer());
    const x = await curator.post('/api/v1/practices/import', xlsx, {
      'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    });
    expect(x.statusCode, x.body).toBe(201);
    const [row] = await t.db.select().from(goodPractices).where(eq(goodPractices.id, x.json().ids[0]));
    expect(row).toMatchObject({ status: 'submitted', sourceKind: 'import' });
  });
});

describe('attachments', () => {
  let id: number;
  const png = Buffer.from(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
    'base64',
  );
  const pdf = Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n');
  const upload = (name: string, bytes: Buffer, client = coordinator) =>
    client.post(`/api/v1/practices/${id}/attachments?fileName=${encodeURIComponent(name)}`, bytes, {
      'content-type': 'application/octet-stream',
    });

  beforeAll(async () => {
    id = (await coordinator.post('/api/v1/practices', entry({ title: 'Z załącznikami' }))).json().id;
  });

  it('accepts a PNG and a PDF checked by content, and serves them', async () => {
    const a = await upload('schemat zajęć.png', png);
    expect(a.statusCode, a.body).toBe(201);
    expect(a.json()).toMatchObject({ mediaType: 'image/png', size: png.length, fileName: 'schemat zajęć.png' });
    expect((await upload('raport.pdf', pdf)).json().mediaType).toBe('application/pdf');
    const got = await coordinator.get(`/api/v1/practices/${id}/attachments/${a.json().id}`);
    expect(got.headers['content-type']).toBe('image/png');
    expect(got.headers['content-disposition']).toContain("filename*=UTF-8''schemat%20zaj%C4%99%C4%87.png");
    expect(got.rawPayload.equals(png)).toBe(true);
    // The entry is unpublished: its attachments are not public either.
    expect((await anonymous(`/api/v1/practices/${id}/attachments/${a.json().id}`)).statusCode).toBe(404);
  });

  it('refuses a file that is not what its name says, a foreign type, a hostile name and an oversized file', async () => {
    const [before] = await t.db.select({ n: count() }).from(goodPracticeAttachments);
    const disguised = await upload('zdjecie.png', pdf);
    expect(disguised.statusCode).toBe(400);
    expect(disguised.json().error).toMatchObject({ code: 'ATTACHMENT_INVALID' });
    expect(disguised.json().error.message).toContain('application/pdf');
    const html = await upload('strona.pdf', Buffer.from('<html><script>alert(1)</script></html>'));
    expect(html.statusCode).toBe(400);
    for (const name of ['../../etc/passwd.pdf', 'a\\b.pdf', '.htaccess.pdf', 'x\u202Efdp.exe', 'bez-rozszerzenia'])
      expect((await upload(name, pdf)).statusCode, name).toBe(400);
    const big = Buffer.concat([pdf, Buffer.alloc(5 * 1024 * 1024)]);
    const tooBig = await upload('duzy.pdf', big);
    expect(tooBig.statusCode).toBe(413);
    expect((await upload('raport.pdf', pdf, stranger)).statusCode).toBe(403);
    const [after] = await t.db.select({ n: count() }).from(goodPracticeAttachments);
    expect(after!.n).toBe(before!.n);
  });
});

describe('yearly confirmation', () => {
  it('asks the unit a year after publication and marks entries unconfirmed for two years', async () => {
    const { client } = await loginAs(t, [{ role: 'unit-coordinator', unitCode: units.inLine }]);
    const id = (
      await client.post('/api/v1/practices', entry({ unitCode: units.inLine, title: 'Do potwierdzenia' }))
    ).json().id;
    await client.post(`/api/v1/practices/${id}/submit`);
    await curator.post(`/api/v1/practices/${id}/publish`);
    const [before] = await t.db.select({ n: count() }).from(outbox).where(eq(outbox.kind, 'practice-confirmation'));
    nowValue = new Date('2026-07-01T10:00:00Z');
    const asked = await t.services.goodPractices.askForConfirmations(true);
    expect(asked.asked).toBeGreaterThanOrEqual(1);
    const [after] = await t.db.select({ n: count() }).from(outbox).where(eq(outbox.kind, 'practice-confirmation'));
    expect(after!.n).toBeGreaterThan(before!.n);
    // Asked once a year only.
    expect((await t.services.goodPractices.askForConfirmations(true)).asked).toBe(0);
    nowValue = new Date('2027-07-01T10:00:00Z');
    await t.services.goodPractices.rebuildIndex();
    expect((await anonymous(`/api/v1/practices/${id}`)).json().mayBeOutOfDate).toBe(true);
    // Sessions expired while the clock moved: log in again.
    const { client: again } = await loginAs(t, [{ role: 'unit-coordinator', unitCode: units.inLine }]);
    expect((await again.post(`/api/v1/practices/${id}/confirm`)).statusCode).toBe(200);
    const after2 = await anonymous(`/api/v1/practices/${id}`);
    expect(after2.json().mayBeOutOfDate).toBe(false);
    nowValue = new Date('2025-06-15T10:00:00Z');
  });
});
