import ExcelJS from 'exceljs';
import { and, eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../tests/helpers/app';
import { createUnit, loginAs } from '../../../tests/helpers/factories';
import { pdfText } from '../../../tests/helpers/pdf';
import {
  auditLog,
  dataValueRevisions,
  dataValues,
  strategyMeasures,
  units,
  valueSources,
  variables,
} from '../../db/schema';
import { SYSTEM_CONTEXT } from '../../http/context';

/** Bochnia, a rural gmina whose code never changed: its first-start BDL values are in the store. */
const BOCHNIA = '1201022';

let t: TestApp;
let coordinator: Awaited<ReturnType<typeof loginAs>>['client'];
let outsider: Awaited<ReturnType<typeof loginAs>>['client'];
let strategyId: number;
let goalId: number;
let catalogueMeasure: number;
let ownMeasure: number;
let ownCode: string;

beforeAll(async () => {
  t = await createTestApp();
  ({ client: coordinator } = await loginAs(t, [{ role: 'unit-coordinator', unitCode: BOCHNIA }]));
  const other = await createUnit(t);
  ({ client: outsider } = await loginAs(t, [{ role: 'unit-coordinator', unitCode: other }]));
  // The peer context reads the benchmarking engine, which loads every approved value once (slow on a busy machine).
  await t.services.benchmarking.effectSeries('own_revenue_per_capita', BOCHNIA);
}, 300_000);
afterAll(() => t.close());

/** Approved stored value of a variable for Bochnia, read straight from the value store's table. */
async function stored(code: string, period: string): Promise<number> {
  const [row] = await t.db
    .select({ value: dataValues.value })
    .from(dataValues)
    .innerJoin(variables, eq(variables.id, dataValues.variableId))
    .innerJoin(units, eq(units.id, dataValues.unitId))
    .where(and(eq(variables.code, code), eq(dataValues.period, period), eq(units.code, BOCHNIA)));
  return row!.value;
}

async function ownRevenuePerCapita(period: string) {
  const population =
    (await stored('population_pre_working_age', period)) +
    (await stored('population_working_age', period)) +
    (await stored('population_post_working_age', period));
  return (await stored('own_revenue_total', period)) / population;
}

describe('strategies over real first-start BDL values', () => {
  it('creates a strategy, a goal tree and a catalogue measure whose baseline comes from the store', async () => {
    const created = await coordinator.post(`/api/v1/units/${BOCHNIA}/strategies`, {
      name: 'Strategia Rozwoju Gminy Bochnia 2016–2025',
      periodFrom: 2016,
      periodTo: 2025,
    });
    expect(created.statusCode, created.body).toBe(201);
    strategyId = created.json().id;
    expect(created.json()).toMatchObject({ status: 'draft', thresholds: { green: 0.85, amber: 0.65 } });

    const goal = await coordinator.post(`/api/v1/strategies/${strategyId}/goals`, { title: 'Silne finanse gminy' });
    expect(goal.statusCode).toBe(201);
    goalId = goal.json().id;
    const op = await coordinator.post(`/api/v1/strategies/${strategyId}/goals`, {
      title: 'Więcej dochodów',
      parentId: goalId,
    });
    const dir = await coordinator.post(`/api/v1/strategies/${strategyId}/goals`, {
      title: 'Podatki',
      parentId: op.json().id,
    });
    expect(dir.json().level).toBe(3);
    const tooDeep = await coordinator.post(`/api/v1/strategies/${strategyId}/goals`, {
      title: 'Za głęboko',
      parentId: dir.json().id,
    });
    expect(tooDeep.statusCode).toBe(400);
    expect(tooDeep.json().error.details[0].path).toBe('body.parentId');

    const measure = await coordinator.post(`/api/v1/strategies/${strategyId}/measures`, {
      goalId: op.json().id,
      indicatorCode: 'own_revenue_per_capita',
      baseline: { period: '2015' },
      target: { period: '2025', value: 2000 },
      milestones: [{ period: '2020', value: 1600 }],
      responsible: 'Skarbnik',
    });
    expect(measure.statusCode, measure.body).toBe(201);
    catalogueMeasure = measure.json().id;
    // 24 881 398,83 zł / (4019 + 12364 + 3147) residents in 2015 (GUS BDL extract)
    expect(measure.json().baseline.value).toBeCloseTo(24881398.83 / 19530, 9);
    expect(measure.json().baseline.value).toBe(await ownRevenuePerCapita('2015'));
    expect(measure.json().baseline.source).toBe('value-store');
    const [row] = await t.db.select().from(strategyMeasures).where(eq(strategyMeasures.id, catalogueMeasure));
    expect(row!.baselineValue).toBeNull(); // read from the store on every view, not copied
  });

  it('monitoring for 2019: progress, expected, on-track and light equal a hand computation from the stored values', async () => {
    const res = await coordinator.get(`/api/v1/strategies/${strategyId}/monitoring?period=2019`);
    expect(res.statusCode, res.body).toBe(200);
    const m = res.json().measures.find((x: { id: number }) => x.id === catalogueMeasure);
    const baseline = await ownRevenuePerCapita('2015');
    const actual = await ownRevenuePerCapita('2019');
    expect(actual).toBeCloseTo(33944617.2 / 20024, 9); // 4117 + 12357 + 3550 residents in 2019
    const progress = (actual - baseline) / (2000 - baseline); // ≈ 0.5802
    const expected = (2019 - 2015) / (2025 - 2015); // 0.4
    expect(m.actual).toMatchObject({ period: '2019', value: actual });
    expect(m.progress).toBeCloseTo(progress, 12);
    expect(m.expected).toBeCloseTo(expected, 12);
    expect(m.onTrack).toBeCloseTo(progress / expected, 12);
    expect(m.light).toBe('green'); // 1.45 ≥ 0.85
    expect(m.actual.provenance.map((p: { provenance: { kind: string } }) => p.provenance.kind)).toContain(
      'bdl-extract',
    );
    expect(m.peers).toMatchObject({ spec: `nn:${BOCHNIA}:15`, count: 15 });
    expect(m.peers.n).toBeGreaterThan(0);
    const goals = res.json().goals;
    // the strategic goal rolls up its operational goal's measure
    expect(goals.find((g: { id: number }) => g.id === goalId).rollUp.counts.green).toBe(1);
  });

  it('a period without a value is "no data" (grey), never 0', async () => {
    const m = (await coordinator.get(`/api/v1/strategies/${strategyId}/monitoring?period=2023`)).json().measures[0];
    expect(m).toMatchObject({ light: 'grey', greyReason: 'no-data', progress: null, actual: { value: null } });
  });

  it('a strategy-only indicator: values go through the value store with provenance and a revision', async () => {
    const res = await coordinator.post(`/api/v1/strategies/${strategyId}/measures`, {
      goalId,
      own: {
        name: 'Liczba organizacji pozarządowych',
        unit: 'szt.',
        polarity: 'higher-is-better',
        source: 'Urząd Gminy',
      },
      baseline: { period: '2015', value: 10 },
      target: { period: '2025', value: 30 },
    });
    expect(res.statusCode, res.body).toBe(201);
    ownMeasure = res.json().id;
    ownCode = res.json().indicatorCode;
    const notNumber = await coordinator.request('PUT', `/api/v1/strategy-measures/${ownMeasure}/values`, {
      period: '2019',
      value: 'dużo',
    });
    expect(notNumber.statusCode).toBe(400);
    expect(notNumber.json().error.details[0].path).toBe('body.value');
    const put = await coordinator.request('PUT', `/api/v1/strategy-measures/${ownMeasure}/values`, {
      period: '2019',
      value: 16,
    });
    expect(put.statusCode, put.body).toBe(200);
    // (16 − 10)/(30 − 10) = 0.3; expected 0.4; on track 0.75 → amber
    expect(put.json()).toMatchObject({ progress: 0.3, light: 'amber' });
    expect(put.json().onTrack).toBeCloseTo(0.75, 12);
    const [v] = await t.db
      .select({ value: dataValues.value, kind: valueSources.kind, status: dataValues.status })
      .from(dataValues)
      .innerJoin(variables, eq(variables.id, dataValues.variableId))
      .innerJoin(valueSources, eq(valueSources.id, dataValues.sourceId))
      .where(eq(variables.code, ownCode));
    expect(v).toEqual({ value: 16, kind: 'strategy-entry', status: 'approved' });
    await coordinator.request('PUT', `/api/v1/strategy-measures/${ownMeasure}/values`, { period: '2019', value: 18 });
    const revisions = await t.db
      .select({ value: dataValueRevisions.value, previous: dataValueRevisions.previousValue })
      .from(dataValueRevisions)
      .innerJoin(variables, eq(variables.id, dataValueRevisions.variableId))
      .where(eq(variables.code, ownCode));
    expect(revisions).toEqual(expect.arrayContaining([{ value: 18, previous: 16 }]));
    // A catalogue measure's values come from the store, not from this form.
    const refused = await coordinator.request('PUT', `/api/v1/strategy-measures/${catalogueMeasure}/values`, {
      period: '2019',
      value: 1,
    });
    expect(refused.statusCode).toBe(400);
  });

  it('bad input names the field', async () => {
    const base = { goalId, indicatorCode: 'own_revenue_per_capita', baseline: { period: '2015' } };
    const before = await coordinator.post(`/api/v1/strategies/${strategyId}/measures`, {
      ...base,
      target: { period: '2014', value: 2000 },
    });
    expect(before.statusCode).toBe(400);
    expect(before.json().error.details.map((d: { path: string }) => d.path)).toContain('body.target.period');
    const milestone = await coordinator.post(`/api/v1/strategies/${strategyId}/measures`, {
      ...base,
      target: { period: '2025', value: 2000 },
      milestones: [{ period: '2030', value: 1 }],
    });
    expect(milestone.statusCode).toBe(400);
    expect(milestone.json().error.details[0].path).toBe('body.milestones.0.period');
    await t.services.indicators.createIndicator(SYSTEM_CONTEXT, {
      code: 'sm_county_only',
      names: { pl: 'Tylko powiaty', en: 'Counties only' },
      definition: { pl: 'x', en: 'x' },
      formula: 'population_working_age',
      unit: 'os.',
      decimals: 0,
      polarity: 'neutral',
      type: 'context',
      area: 'other',
      unitKinds: ['county'],
      source: { pl: 'x', en: 'x' },
    });
    const kind = await coordinator.post(`/api/v1/strategies/${strategyId}/measures`, {
      ...base,
      indicatorCode: 'sm_county_only',
      target: { period: '2025', value: 1 },
    });
    expect(kind.statusCode).toBe(400);
    expect(kind.json().error).toMatchObject({
      code: 'INDICATOR_NOT_APPLICABLE',
      details: [{ path: 'body.indicatorCode' }],
    });
    const adopted = await coordinator.patch(`/api/v1/strategies/${strategyId}`, { status: 'adopted' });
    expect(adopted.statusCode).toBe(400);
    expect(adopted.json().error.details.map((d: { path: string }) => d.path)).toEqual([
      'body.resolutionNumber',
      'body.resolutionDate',
    ]);
    const survey = await coordinator.patch(`/api/v1/strategies/${strategyId}`, {
      surveyTemplates: ['resident-opinion', 'no-such-template'],
    });
    expect(survey.statusCode).toBe(400);
    expect(survey.json().error.details[0].path).toBe('body.surveyTemplates.1');
    const linked = await coordinator.patch(`/api/v1/strategies/${strategyId}`, {
      surveyTemplates: ['resident-opinion', 'ngo-cooperation', 'business-climate'],
    });
    expect(linked.json().surveyTemplates).toEqual(['resident-opinion', 'ngo-cooperation', 'business-climate']);
    const ok = await coordinator.patch(`/api/v1/strategies/${strategyId}`, {
      status: 'adopted',
      resolutionNumber: 'XX/123/2016',
      resolutionDate: '2016-03-30',
    });
    expect(ok.json()).toMatchObject({ status: 'adopted', resolutionNumber: 'XX/123/2016' });
  });

  it('a user of another unit cannot see the strategy and gets 403 on writes', async () => {
    expect((await outsider.get(`/api/v1/strategies/${strategyId}`)).statusCode).toBe(403);
    expect((await outsider.get(`/api/v1/strategies/${strategyId}/monitoring`)).statusCode).toBe(403);
    expect((await outsider.get(`/api/v1/units/${BOCHNIA}/strategies`)).statusCode).toBe(403);
    expect((await outsider.get(`/api/v1/strategies/${strategyId}/report?format=pdf`)).statusCode).toBe(403);
    expect((await t.app.inject({ method: 'GET', url: `/api/v1/strategies/${strategyId}` })).statusCode).toBe(401);
  });
});

describe('monitoring reports', () => {
  it('PDF in Polish with the figures, XLSX unrounded, DOCX', async () => {
    await coordinator.request('PUT', `/api/v1/strategy-measures/${catalogueMeasure}/comment`, {
      period: '2019',
      comment: 'Dochody rosną szybciej niż zakładano.',
    });
    const pdf = await coordinator.get(`/api/v1/strategies/${strategyId}/report?format=pdf&period=2019`);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    const { text } = await pdfText(pdf.rawPayload);
    expect(text).toContain('Raport z monitoringu strategii');
    expect(text).toContain('Strategia Rozwoju Gminy Bochnia');
    expect(text).toContain('Dochody rosną szybciej niż zakładano.');
    expect(text).toContain('Więcej dochodów');

    const xlsx = await coordinator.get(`/api/v1/strategies/${strategyId}/report?format=xlsx&period=2019`);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.rawPayload as never);
    const sheet = book.worksheets[0]!;
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    const rowOf = [2, 3].map((i) => (sheet.getRow(i).values as unknown[]).slice(1));
    const cat = rowOf.find((r) => r[header.indexOf('measure_id')] === catalogueMeasure)!;
    const baseline = await ownRevenuePerCapita('2015');
    const actual = await ownRevenuePerCapita('2019');
    expect(cat[header.indexOf('progress')]).toBe((actual - baseline) / (2000 - baseline));
    expect(cat[header.indexOf('actual_value')]).toBe(actual);
    expect(cat[header.indexOf('comment')]).toBe('Dochody rosną szybciej niż zakładano.');

    const docx = await coordinator.get(`/api/v1/strategies/${strategyId}/report?format=docx&period=2019`);
    expect(docx.statusCode).toBe(200);
    expect(docx.headers['content-type']).toContain('wordprocessingml');
    expect(docx.rawPayload.subarray(0, 2).toString()).toBe('PK');
  });

  it('the public sees only a published report; anything else is 404', async () => {
    const anon = (url: string) => t.app.inject({ method: 'GET', url });
    expect((await anon(`/api/v1/public/strategies/${strategyId}`)).statusCode).toBe(404);
    expect((await anon(`/api/v1/public/strategies/${strategyId}/report?period=2019`)).statusCode).toBe(404);
    expect(
      (await outsider.post(`/api/v1/strategies/${strategyId}/publications`, { period: '2019', published: true }))
        .statusCode,
    ).toBe(403);
    const pub = await coordinator.post(`/api/v1/strategies/${strategyId}/publications`, {
      period: '2019',
      published: true,
    });
    expect(pub.statusCode).toBe(200);
    expect(pub.json().publishedReports).toEqual(['2019']);
    expect((await anon(`/api/v1/public/strategies/${strategyId}`)).json().reports[0].period).toBe('2019');
    const file = await anon(`/api/v1/public/strategies/${strategyId}/report?period=2019&format=pdf`);
    expect(file.statusCode).toBe(200);
    expect((await pdfText(file.rawPayload)).text).toContain('Strategia Rozwoju Gminy Bochnia');
    expect((await anon(`/api/v1/public/strategies/${strategyId}/report?period=2018`)).statusCode).toBe(404);
    await coordinator.post(`/api/v1/strategies/${strategyId}/publications`, { period: '2019', published: false });
    expect((await anon(`/api/v1/public/strategies/${strategyId}/report?period=2019`)).statusCode).toBe(404);
    const audits = await t.db
      .select({ action: auditLog.action })
      .from(auditLog)
      .where(inArray(auditLog.action, ['strategy.report.publish', 'strategy.report.unpublish']));
    expect(audits.length).toBe(2);
  });
});

describe('self-evaluation and the NGO register', () => {
  it('records a yearly checklist with the share of measures with baseline, target and current data', async () => {
    const res = await coordinator.request('PUT', `/api/v1/strategies/${strategyId}/evaluations/2019`, {
      answers: {
        'baselines-set': { answer: 'yes' },
        'sources-regular': { answer: 'partly', note: 'BDL z opóźnieniem' },
      },
    });
    expect(res.statusCode, res.body).toBe(200);
    // two measures, both with baseline and target; both have a 2019 value (the latest period)
    expect(res.json().current).toEqual({ measures: 2, withBaseline: 1, withTarget: 1, withCurrentData: 1 });
    expect(res.json().years[0]).toMatchObject({ year: 2019, answers: { 'sources-regular': { answer: 'partly' } } });
    const bad = await coordinator.request('PUT', `/api/v1/strategies/${strategyId}/evaluations/2019`, {
      answers: { nonsense: { answer: 'yes' } },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details[0].path).toBe('body.answers.nonsense');
  });

  it('imports organisations from CSV (all or nothing) and shows only published ones to the public', async () => {
    const bad = await coordinator.post(`/api/v1/units/${BOCHNIA}/ngos/import`, {
      csv: 'name;fields;area;published\nKoło Gospodyń;culture|seniors;Łapczyca;tak\nZły;unknown-field;;nie\n',
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details[0].path).toBe('line 3.fields');
    expect((await coordinator.get(`/api/v1/units/${BOCHNIA}/ngos`)).json().items).toHaveLength(0);
    const ok = await coordinator.post(`/api/v1/units/${BOCHNIA}/ngos/import`, {
      csv: 'name;krs;fields;area;lat;lon;cooperates;published\nKoło Gospodyń;;culture|seniors;Łapczyca;49,97;20,43;tak;tak\nLKS Orzeł;0000111222;sport;Łapczyca;;;nie;nie\nFundacja X;;education;Stanisławice;;;nie;tak\n',
    });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json().imported).toBe(3);
    const list = (await coordinator.get(`/api/v1/units/${BOCHNIA}/ngos`)).json();
    expect(list.summary.total).toBe(3);
    expect(list.summary.byArea).toEqual([
      { area: 'Łapczyca', count: 2 },
      { area: 'Stanisławice', count: 1 },
    ]);
    expect(list.summary.byField.find((f: { field: string }) => f.field === 'culture').count).toBe(1);
    const pub = (await t.app.inject({ method: 'GET', url: `/api/v1/public/units/${BOCHNIA}/ngos` })).json();
    expect(pub.items.map((i: { name: string }) => i.name)).toEqual(['Fundacja X', 'Koło Gospodyń']);
    expect((await outsider.get(`/api/v1/units/${BOCHNIA}/ngos`)).statusCode).toBe(403);
  });
});
