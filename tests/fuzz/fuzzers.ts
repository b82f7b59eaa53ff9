/**
 * Fuzzers for the three doors hostile input comes through: value imports (CSV and XLSX), anonymous
 * survey answers and the JSON bodies of every write route. Each case is checked for what must hold
 * whatever the input: no 5xx (a crash), an answer within 2 s (a hang), a JSON error with a code and
 * a message (a 400 from a file names its row or field), and nothing written unless the request
 * succeeded (a partial write: row counts and the audit log are compared before and after).
 *
 * One module for `server/fuzz.test.ts` (a few hundred cases with a fixed seed, in `npm test`) and
 * `scripts/fuzz.ts` (`npm run fuzz -- --cases 10000`, figures for the closing note).
 */
import { count, eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { mulberry32 } from '../../domain/random';
import { generateSyntheticResponses } from '../../domain/surveys/synthetic';
import type { SurveyTemplate } from '../../domain/surveys/template';
import { auditLog, dataValues, surveyResponses } from '../../server/db/schema';
import type { TestApp } from '../helpers/app';
import { createUnit, loginAs } from '../helpers/factories';

export const HANG_MS = 2_000;

export interface Finding {
  fuzzer: string;
  case: number;
  kind: 'crash' | 'hang' | 'partial-write' | 'unclear';
  status: number;
  detail: string;
}

export interface FuzzReport {
  fuzzer: string;
  cases: number;
  statuses: Record<string, number>;
  slowestMs: number;
  findings: Finding[];
}

type Rng = () => number;
const pick = <T>(rng: Rng, list: readonly T[]): T => list[Math.floor(rng() * list.length)]!;
const chance = (rng: Rng, p: number) => rng() < p;

/** Strings that broke something somewhere once: control characters, encodings, formulas, sizes. */
const HOSTILE = [
  '\u0000',
  'a\u0000b',
  '\uD800',
  'x\uDFFFy',
  '\u202Eevil',
  '=2+2',
  '\t=cmd',
  '+SUM(A1)',
  '@x',
  '"',
  '""',
  "'; drop table units; --",
  '<script>alert(1)</script>',
  '${7*7}',
  '../../etc/passwd',
  '%00',
  '𝔘𝔫𝔦𝔠𝔬𝔡𝔢',
  'Zażółć gęślą jaźń',
  '',
  ' ',
  '\r\n',
  '\uFEFF',
  '1e309',
  '-0',
  'NaN',
  'Infinity',
  '0x1F',
  '١٢٣',
  '1,5',
  '1 000,5',
  '12 345',
  '9'.repeat(400),
  'x'.repeat(20_000),
];
const HOSTILE_NUMBERS = [0, -1, 1, 2 ** 31, 2 ** 53 + 1, -(2 ** 63), 1e308, -1e-308, 0.1 + 0.2, 3.5];

function randomJson(rng: Rng, depth = 0): unknown {
  const r = rng();
  if (depth > 3 || r < 0.3) return pick(rng, HOSTILE);
  if (r < 0.5) return pick(rng, HOSTILE_NUMBERS);
  if (r < 0.6) return pick(rng, [null, true, false]);
  if (r < 0.8) return Array.from({ length: Math.floor(rng() * 4) }, () => randomJson(rng, depth + 1));
  const out: Record<string, unknown> = {};
  for (let i = Math.floor(rng() * 4); i > 0; i--)
    out[pick(rng, ['__proto__', 'constructor', 'id', 'name', 'value', pick(rng, HOSTILE)])] = randomJson(
      rng,
      depth + 1,
    );
  return out;
}

/** A value for a JSON schema of the OpenAPI document: valid most of the time, so the checks behind validation run too. */
function fromSchema(rng: Rng, schema: Record<string, unknown> | undefined, depth = 0): unknown {
  if (!schema || depth > 6) return randomJson(rng, 3);
  const s = schema as {
    type?: string | string[];
    enum?: unknown[];
    const?: unknown;
    anyOf?: Record<string, unknown>[];
    oneOf?: Record<string, unknown>[];
    allOf?: Record<string, unknown>[];
    properties?: Record<string, Record<string, unknown>>;
    required?: string[];
    items?: Record<string, unknown>;
    minimum?: number;
    maximum?: number;
    minItems?: number;
    maxItems?: number;
    format?: string;
    minLength?: number;
    maxLength?: number;
  };
  if (s.const !== undefined) return s.const;
  if (s.enum) return pick(rng, s.enum);
  const alternatives = s.anyOf ?? s.oneOf;
  if (alternatives) return fromSchema(rng, pick(rng, alternatives), depth + 1);
  if (s.allOf) return fromSchema(rng, s.allOf[0], depth + 1);
  const type = Array.isArray(s.type) ? pick(rng, s.type) : s.type;
  switch (type) {
    case 'object': {
      const out: Record<string, unknown> = {};
      for (const [key, sub] of Object.entries(s.properties ?? {}))
        if (s.required?.includes(key) || chance(rng, 0.5)) out[key] = fromSchema(rng, sub, depth + 1);
      return out;
    }
    case 'array': {
      const n = Math.min(s.maxItems ?? 3, (s.minItems ?? 0) + Math.floor(rng() * 3));
      return Array.from({ length: n }, () => fromSchema(rng, s.items, depth + 1));
    }
    case 'integer': {
      const low = s.minimum ?? 0;
      const high = s.maximum ?? low + 100;
      return Math.floor(low + rng() * (Math.min(high, low + 1e6) - low + 1));
    }
    case 'number': {
      const low = s.minimum ?? 0;
      return low + rng() * Math.min((s.maximum ?? low + 100) - low, 1e6);
    }
    case 'boolean':
      return chance(rng, 0.5);
    case 'null':
      return null;
    case 'string': {
      if (s.format === 'date') return pick(rng, ['2024-01-15', '2023-12-31', '2099-01-01']);
      if (s.format === 'date-time') return pick(rng, ['2024-01-15T10:00:00.000Z', '2099-01-01T00:00:00.000Z']);
      if (s.format === 'email') return `fuzz${Math.floor(rng() * 1e9)}@example.test`;
      const length = Math.max(s.minLength ?? 1, Math.min(s.maxLength ?? 12, 12));
      return Array.from({ length }, () => pick(rng, 'abcdefghijklmnopąęóżź0123456789 '.split(''))).join('');
    }
    default:
      return randomJson(rng, 2);
  }
}

/** Replaces, removes or adds one member somewhere in `value` (a copy). */
function mutate(rng: Rng, value: unknown): unknown {
  if (value === null || typeof value !== 'object') return chance(rng, 0.5) ? randomJson(rng) : pick(rng, HOSTILE);
  const copy: Record<string, unknown> | unknown[] = Array.isArray(value) ? [...value] : { ...value };
  const keys = Object.keys(copy);
  const r = rng();
  if (keys.length === 0 || r < 0.15) {
    (copy as Record<string, unknown>)[pick(rng, ['__proto__', 'extra', pick(rng, HOSTILE)])] = randomJson(rng);
  } else {
    const key = pick(rng, keys);
    const target = copy as Record<string, unknown>;
    if (r < 0.3) delete target[key];
    else if (r < 0.55) target[key] = mutate(rng, target[key]);
    else target[key] = chance(rng, 0.6) ? pick(rng, HOSTILE) : randomJson(rng);
  }
  return copy;
}

interface Outcome {
  status: number;
  ms: number;
  body: string;
}

export function classify(
  fuzzer: string,
  index: number,
  outcome: Outcome,
  findings: Finding[],
  fileInput: boolean,
  label = '',
): void {
  const add = (kind: Finding['kind'], detail: string) =>
    findings.push({
      fuzzer,
      case: index,
      kind,
      status: outcome.status,
      detail: `${label} ${detail}`.trim().slice(0, 300),
    });
  if (outcome.status >= 500) add('crash', outcome.body);
  if (outcome.ms > HANG_MS) add('hang', `${Math.round(outcome.ms)} ms`);
  if (outcome.status >= 400 && outcome.status < 500) {
    let error: { code?: string; message?: string; details?: Record<string, unknown>[] } | undefined;
    try {
      error = (JSON.parse(outcome.body) as { error?: typeof error }).error;
    } catch {
      error = undefined;
    }
    if (!error?.code || !error.message) add('unclear', `no error code or message: ${outcome.body}`);
    else if (fileInput && error.code === 'VALIDATION_FAILED') {
      const located = (error.details ?? []).every(
        (d) => d.row !== undefined || d.path !== undefined || d.field !== undefined,
      );
      if (!located || !error.details?.length) add('unclear', `a file error without row or field: ${outcome.body}`);
    }
  }
}

async function timed(run: () => Promise<{ statusCode: number; body: string }>): Promise<Outcome> {
  const started = performance.now();
  const res = await run();
  return { status: res.statusCode, ms: performance.now() - started, body: res.body };
}

function tally(statuses: Record<string, number>, status: number) {
  statuses[status] = (statuses[status] ?? 0) + 1;
}

async function auditCount(t: TestApp): Promise<number> {
  return (await t.db.select({ n: count() }).from(auditLog))[0]!.n;
}

async function rows(t: TestApp) {
  const [values] = await t.db.select({ n: count() }).from(dataValues);
  return { values: values!.n, audit: await auditCount(t) };
}

/** Counts one case's answer into its report and classifies it (see `classify`). */
function observe(report: FuzzReport, index: number, outcome: Outcome, fileInput: boolean, label = ''): void {
  tally(report.statuses, outcome.status);
  report.slowestMs = Math.max(report.slowestMs, outcome.ms);
  classify(report.fuzzer, index, outcome, report.findings, fileInput, label);
}

function partialWrite(report: FuzzReport, index: number, status: number, detail: string): void {
  report.findings.push({ fuzzer: report.fuzzer, case: index, kind: 'partial-write', status, detail });
}

// Value imports ---------------------------------------------------------------------------------

const HEADER = ['unit_code', 'variable_code', 'period', 'value'];
const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** A valid long-format file and a mutation of it: a cell, a row, the header, the bytes, the format. */
async function importCase(rng: Rng, unitCode: string): Promise<{ body: Buffer; type: string; name: string }> {
  const table: string[][] = [[...HEADER]];
  for (let i = 0, n = 1 + Math.floor(rng() * 6); i < n; i++)
    table.push([
      unitCode,
      pick(rng, ['pupils', 'decisions_issued', 'population_working_age']),
      String(2011 + i),
      String(i * 7.5),
    ]);
  // A quarter of the files stay valid, so the cases reach the writes behind validation too.
  const mutations = chance(rng, 0.25) ? 0 : 1 + Math.floor(rng() * 3);
  for (let m = 0; m < mutations; m++) {
    const r = rng();
    const row = table[Math.floor(rng() * table.length)]!;
    if (r < 0.45) row[Math.floor(rng() * row.length)] = pick(rng, HOSTILE);
    else if (r < 0.55) row.splice(Math.floor(rng() * row.length), 1);
    else if (r < 0.65) row.push(pick(rng, HOSTILE));
    else if (r < 0.72) table.push([...row]);
    else if (r < 0.8) table[0] = table[0]!.map((h) => (chance(rng, 0.3) ? pick(rng, HOSTILE) : h));
    else if (r < 0.85) table.splice(1);
  }
  const format = rng();
  if (format < 0.2) {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet(chance(rng, 0.8) ? 'dane' : pick(rng, ['x', 'Arkusz1']));
    for (const r of table)
      sheet.addRow(r.map((c) => (chance(rng, 0.5) && c !== '' && Number.isFinite(Number(c)) ? Number(c) : c)));
    if (chance(rng, 0.2)) sheet.getCell(pick(rng, ['XFD1', 'A1048576', 'Z9000'])).value = pick(rng, HOSTILE);
    let body = Buffer.from(await book.xlsx.writeBuffer());
    if (chance(rng, 0.2)) body = body.subarray(0, Math.floor(body.length * rng())); // a truncated zip
    return { body, type: XLSX_TYPE, name: 'fuzz.xlsx' };
  }
  const delimiter = format < 0.3 ? ';' : format < 0.35 ? '\t' : ',';
  // Quoted where needed; an unbalanced quote comes from the hostile cells ('"'), not from here.
  const quote = (c: string) => (/[",;\t\r\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c);
  let text = table.map((r) => r.map(quote).join(delimiter)).join(chance(rng, 0.3) ? '\r\n' : '\n');
  if (chance(rng, 0.1)) text = '\uFEFF' + text;
  let body = Buffer.from(text, chance(rng, 0.1) ? 'latin1' : 'utf8');
  if (chance(rng, 0.08)) {
    const bytes = Buffer.alloc(Math.floor(rng() * 64));
    for (let i = 0; i < bytes.length; i++) bytes[i] = Math.floor(rng() * 256);
    body = chance(rng, 0.5) ? Buffer.concat([Buffer.from('PK\u0003\u0004'), bytes]) : Buffer.concat([body, bytes]);
  }
  return {
    body,
    type: pick(rng, ['text/csv', 'text/csv', 'text/plain', 'application/octet-stream']),
    name: 'fuzz.csv',
  };
}

export async function fuzzImports(t: TestApp, options: { cases: number; seed: number }): Promise<FuzzReport> {
  const rng = mulberry32(options.seed);
  const unitCode = await createUnit(t);
  const { client } = await loginAs(t, [{ role: 'network-operator' }]);
  // The first import starts the parsing worker thread (~3 s): a start-up cost, not a request's.
  await client.post('/api/v1/data-collection/imports?dryRun=true', Buffer.from(`${HEADER.join(',')}\n`), {
    'content-type': 'text/csv',
  });
  const report: FuzzReport = { fuzzer: 'imports', cases: options.cases, statuses: {}, slowestMs: 0, findings: [] };
  for (let i = 0; i < options.cases; i++) {
    const file = await importCase(rng, unitCode);
    const dryRun = chance(rng, 0.5);
    const query = new URLSearchParams({ dryRun: String(dryRun) });
    if (chance(rng, 0.2)) query.set('fileName', pick(rng, HOSTILE).slice(0, 300));
    if (chance(rng, 0.1)) query.set('roundId', String(pick(rng, [1, 999_999, -1])));
    if (chance(rng, 0.1)) query.set('approve', 'true');
    const before = await rows(t);
    const outcome = await timed(() =>
      client.post(`/api/v1/data-collection/imports?${query.toString()}`, file.body, { 'content-type': file.type }),
    );
    const after = await rows(t);
    observe(report, i, outcome, true);
    const committed = outcome.status < 300 && !dryRun;
    if (!committed && (after.values !== before.values || after.audit !== before.audit))
      partialWrite(
        report,
        i,
        outcome.status,
        `values ${before.values} → ${after.values}, audit ${before.audit} → ${after.audit}`,
      );
  }
  return report;
}

// Survey answers ---------------------------------------------------------------------------------

export async function fuzzSurveyAnswers(t: TestApp, options: { cases: number; seed: number }): Promise<FuzzReport> {
  const rng = mulberry32(options.seed);
  const unitCode = await createUnit(t);
  const { client } = await loginAs(t, [{ role: 'admin' }]);
  const now = Date.now();
  const created = await client.post('/api/v1/survey-waves', {
    unitCode,
    templateId: 'customer-office',
    opensAt: new Date(now - 86_400_000).toISOString(),
    closesAt: new Date(now + 30 * 86_400_000).toISOString(),
  });
  if (created.statusCode !== 201) throw new Error(`wave: ${created.statusCode} ${created.body}`);
  const wave = created.json() as { id: number; publicToken: string };
  const template = (await t.services.surveyTemplates.get('customer-office')) as unknown as SurveyTemplate;
  const valid = generateSyntheticResponses(template, { seed: options.seed, count: 64 }).map((r) => r.answers);
  const stored = async () =>
    (await t.db.select({ n: count() }).from(surveyResponses).where(eq(surveyResponses.waveId, wave.id)))[0]!.n;
  const report: FuzzReport = {
    fuzzer: 'survey-answers',
    cases: options.cases,
    statuses: {},
    slowestMs: 0,
    findings: [],
  };
  for (let i = 0; i < options.cases; i++) {
    let answers: unknown = pick(rng, valid);
    for (let m = Math.floor(rng() * 3); m > 0; m--) answers = mutate(rng, answers);
    const payload = chance(rng, 0.05)
      ? randomJson(rng)
      : { answers, ...(chance(rng, 0.05) ? { invitationCode: pick(rng, HOSTILE) } : {}) };
    const headers: Record<string, string> = {};
    if (chance(rng, 0.2))
      headers['idempotency-key'] = chance(rng, 0.5)
        ? `fuzz-key-${Math.floor(rng() * 20)}`
        : pick(rng, HOSTILE).slice(0, 200);
    const before = await stored();
    const outcome = await timed(() =>
      t.app.inject({
        method: 'POST',
        url: `/api/v1/public/surveys/${chance(rng, 0.03) ? pick(rng, HOSTILE).slice(0, 40) : wave.publicToken}/responses`,
        payload: payload as never,
        headers,
        // A fresh address per case: the per-address limit is tested on its own.
        remoteAddress: `10.${i % 250}.${Math.floor(i / 250) % 250}.${Math.floor(rng() * 250)}`,
      }),
    );
    const after = await stored();
    observe(report, i, outcome, false);
    if (after - before !== (outcome.status === 201 ? 1 : 0))
      partialWrite(report, i, outcome.status, `responses ${before} → ${after}`);
  }
  return report;
}

// JSON bodies of every write route ------------------------------------------------------------------

interface Operation {
  method: string;
  path: string;
  hasBody: boolean;
  schema: Record<string, unknown> | undefined;
}

/**
 * Left out: routes that end the fuzzer's own session or identity (auth), and those that call an
 * outside service (the BDL sync talks to GUS). Everything else is fair game.
 */
const SPARED = /^\/api\/v1\/auth\/|bdl/;

export function jsonWriteOperations(document: { paths: Record<string, Record<string, unknown>> }): Operation[] {
  const out: Operation[] = [];
  for (const [path, item] of Object.entries(document.paths)) {
    if (SPARED.test(path)) continue;
    for (const [method, op] of Object.entries(item)) {
      if (!['post', 'put', 'patch', 'delete'].includes(method)) continue;
      const content = (op as { requestBody?: { content?: Record<string, { schema?: Record<string, unknown> }> } })
        .requestBody?.content;
      if (content && !content['application/json']) continue; // uploads: the import fuzzer's job
      out.push({
        method: method.toUpperCase(),
        path,
        hasBody: content !== undefined,
        schema: content?.['application/json']?.schema,
      });
    }
  }
  return out;
}

/** A path segment; a lone surrogate (which has no UTF-8 form) goes as the invalid bytes ED A0 80. */
function encodePart(text: string): string {
  try {
    return encodeURIComponent(text);
  } catch {
    return encodeURIComponent(text.replace(/[\uD800-\uDFFF]/g, '')) + '%ED%A0%80';
  }
}

export async function fuzzJsonBodies(t: TestApp, options: { cases: number; seed: number }): Promise<FuzzReport> {
  const rng = mulberry32(options.seed);
  const operations = jsonWriteOperations(t.app.swagger() as never);
  const unitCode = await createUnit(t);
  let { client } = await loginAs(t, [{ role: 'admin' }]);
  // The benchmarking arrays are built on first use after start (a start-up cost, not a request's).
  const warm = await client.get('/api/v1/benchmarking/coverage');
  if (warm.statusCode !== 200) throw new Error(`coverage: ${warm.statusCode}`);
  const report: FuzzReport = { fuzzer: 'json-bodies', cases: options.cases, statuses: {}, slowestMs: 0, findings: [] };
  const param = (name: string) =>
    /code/i.test(name)
      ? pick(rng, [unitCode, '1261011', '0000000', pick(rng, HOSTILE)])
      : String(pick(rng, [1, 2, 3, 999_999, -1, 0, 'x', '1.5', pick(rng, HOSTILE)]));
  for (let i = 0; i < options.cases; i++) {
    const op = pick(rng, operations);
    const url = op.path.replace(/\{(\w+)\}/g, (_, name: string) => encodePart(param(name)));
    let body: unknown = op.hasBody || chance(rng, 0.2) ? fromSchema(rng, op.schema) : undefined;
    if (body !== undefined && chance(rng, 0.7)) body = mutate(rng, body);
    if (chance(rng, 0.05)) body = randomJson(rng);
    const before = await auditCount(t);
    const outcome = await timed(() => client.request(op.method as 'POST', url, body));
    const after = await auditCount(t);
    observe(report, i, outcome, false, `${op.method} ${url.slice(0, 120)} ${JSON.stringify(body)?.slice(0, 200)}`);
    // Every data change is audited in its own transaction: a refused request that left an audit
    // row behind wrote something.
    if (outcome.status >= 400 && after !== before)
      partialWrite(report, i, outcome.status, `${op.method} ${url}: audit ${before} → ${after}`);
    // A fuzzed body may lock or delete the fuzzer's own account; sign in afresh and go on.
    if (outcome.status === 401) ({ client } = await loginAs(t, [{ role: 'admin' }]));
  }
  return report;
}

export function summary(reports: readonly FuzzReport[]) {
  return reports.map((r) => ({
    fuzzer: r.fuzzer,
    cases: r.cases,
    crashes: r.findings.filter((f) => f.kind === 'crash').length,
    hangs: r.findings.filter((f) => f.kind === 'hang').length,
    partialWrites: r.findings.filter((f) => f.kind === 'partial-write').length,
    unclear: r.findings.filter((f) => f.kind === 'unclear').length,
    slowestMs: Math.round(r.slowestMs),
    statuses: r.statuses,
  }));
}
