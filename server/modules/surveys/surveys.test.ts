import { fillUnitWords } from '../../../domain/surveys/unit-words';
import { readFileSync } from 'node:fs';
import { and, count, eq, inArray, sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { compareProportions, wilsonInterval } from '../../../domain/surveys/statistics';
import type { SurveyTemplate } from '../../../domain/surveys/template';
import { createTestApp, type TestApp } from '../../../tests/helpers/app';
import { createGroup, createUnit, loginAs } from '../../../tests/helpers/factories';
import { pdfText } from '../../../tests/helpers/pdf';
import {
  auditLog,
  dataValues,
  surveyInvitationCodes,
  surveyResponses,
  surveySubmissionKeys,
  surveyTemplates,
  surveyWaves,
  units,
  valueSources,
  variables,
} from '../../db/schema';
import { SYSTEM_CONTEXT } from '../../http/context';

/** "Now" for every test: Monday 2 March 2026, 11:00 in Warsaw. Tests that move the clock put it back. */
const NOW = new Date('2026-03-02T10:00:00Z');
const clock = {
  current: NOW,
  now() {
    return this.current;
  },
};
const DAY = 86_400_000;
const at = (days: number) => new Date(NOW.getTime() + days * DAY).toISOString();

const customer = JSON.parse(
  readFileSync(new URL('../../../data/surveys/customer-office.json', import.meta.url), 'utf8'),
) as SurveyTemplate;

let t: TestApp;
let admin: Awaited<ReturnType<typeof loginAs>>['client'];

beforeAll(async () => {
  // The tests answer far more than 30 times a minute from one address; the limit has its own test below.
  t = await createTestApp({ clock, config: { surveyRateLimit: 1_000_000 } });
  admin = (await loginAs(t, [{ role: 'admin' }])).client;
});
afterAll(() => t.close());
afterEach(() => {
  clock.current = NOW;
});

/**
 * Moves the clock and lets the closing timer run once (reads never process closed waves); sessions
 * expire by the same clock, so the admin logs in again.
 */
async function advance(days: number, { timer = true } = {}) {
  clock.current = new Date(NOW.getTime() + days * DAY);
  if (timer) await t.services.surveyClosing.processClosedWaves();
  admin = (await loginAs(t, [{ role: 'admin' }])).client;
}

interface Wave {
  id: number;
  publicToken: string;
  publicUrl: string;
  status: string;
  [key: string]: unknown;
}

async function newWave(body: Record<string, unknown> = {}): Promise<{ unitCode: string; wave: Wave }> {
  const unitCode = (body.unitCode as string | undefined) ?? (await createUnit(t));
  const res = await admin.post('/api/v1/survey-waves', {
    unitCode,
    templateId: 'customer-office',
    opensAt: at(-1),
    closesAt: at(30),
    ...body,
  });
  expect(res.statusCode, res.body).toBe(201);
  return { unitCode, wave: res.json() };
}

function submit(token: string, answers: Record<string, unknown>, extra: { code?: string; key?: string } = {}) {
  return t.app.inject({
    method: 'POST',
    url: `/api/v1/public/surveys/${token}/responses`,
    payload: { answers, ...(extra.code !== undefined ? { invitationCode: extra.code } : {}) },
    headers: extra.key !== undefined ? { 'idempotency-key': extra.key } : {},
  });
}

/** A valid customer answer with the given overall satisfaction (1–5). */
const answer = (overall: number, extra: Record<string, unknown> = {}) => ({ channel: 'phone', overall, ...extra });

async function submitAll(token: string, list: Record<string, unknown>[]) {
  for (const a of list) {
    const res = await submit(token, a);
    expect(res.statusCode, res.body).toBe(201);
  }
}

async function stored(waveId: number): Promise<number> {
  const [row] = await t.db.select({ n: count() }).from(surveyResponses).where(eq(surveyResponses.waveId, waveId));
  return row!.n;
}

async function auditCount(): Promise<number> {
  const [row] = await t.db.select({ n: count() }).from(auditLog);
  return row!.n;
}

describe('waves', () => {
  it('a coordinator opens a wave of their unit: unguessable link, audited', async () => {
    const unitCode = await createUnit(t);
    const { client } = await loginAs(t, [{ role: 'unit-coordinator', unitCode }]);
    const res = await client.post('/api/v1/survey-waves', {
      unitCode,
      templateId: 'customer-office',
      opensAt: at(0),
      closesAt: at(60),
      targetPopulation: 1000,
      repeatEveryMonths: 6,
    });
    expect(res.statusCode, res.body).toBe(201);
    const wave = res.json();
    expect(wave).toMatchObject({
      unit: { code: unitCode },
      template: { id: 'customer-office', version: customer.version },
      status: 'open',
      responses: 0,
      targetPopulation: 1000,
      repeatEveryMonths: 6,
      minimumN: 5,
      demo: false,
      requiresCode: false,
      canManage: true,
      previousWaveId: null,
      nextWaveId: null,
    });
    // 128 random bits in base64url.
    expect(wave.publicToken).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(wave.publicUrl).toBe(`/s/${wave.publicToken}`);
    const [row] = await t.db.select().from(surveyWaves).where(eq(surveyWaves.id, wave.id));
    expect(row!.opensAt.toISOString()).toBe(at(0));
    const audits = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityType, 'survey-wave'), eq(auditLog.entityId, String(wave.id))));
    expect(audits.map((a) => a.action)).toEqual(['survey.wave.create']);
  });

  it.each([
    ['closing before opening', { opensAt: at(5), closesAt: at(1) }, 400, 'VALIDATION_FAILED'],
    ['closing in the past', { opensAt: at(-10), closesAt: at(-1) }, 400, 'VALIDATION_FAILED'],
    ['an unknown template', { templateId: 'no-such-template' }, 404, 'TEMPLATE_NOT_FOUND'],
    ['an unknown unit', { unitCode: 'T-nope' }, 404, 'UNIT_NOT_FOUND'],
    ['a minimum n below 5', { minimumN: 2 }, 400, 'VALIDATION_FAILED'],
  ])('refuses %s, writing nothing', async (_name, body, status, code) => {
    const unitCode = await createUnit(t);
    const [before] = await t.db.select({ n: count() }).from(surveyWaves);
    const res = await admin.post('/api/v1/survey-waves', {
      unitCode,
      templateId: 'customer-office',
      opensAt: at(-1),
      closesAt: at(30),
      ...body,
    });
    expect(res.statusCode, res.body).toBe(status);
    expect(res.json().error.code).toBe(code);
    const [after] = await t.db.select({ n: count() }).from(surveyWaves);
    expect(after!.n).toBe(before!.n);
  });

  it('lists the waves a user may see: their unit and the units of their groups, not others', async () => {
    const [x, y, z] = [await createUnit(t), await createUnit(t), await createUnit(t)];
    await createGroup(t, { unitCodes: [x, y] });
    const { wave } = await newWave({ unitCode: x });
    const peer = (await loginAs(t, [{ role: 'unit-member', unitCode: y }])).client;
    const outsider = (await loginAs(t, [{ role: 'unit-member', unitCode: z }])).client;
    const listed = (await peer.get('/api/v1/survey-waves?pageSize=100')).json();
    expect(listed.items.map((w: { id: number }) => w.id)).toContain(wave.id);
    expect((await peer.get(`/api/v1/survey-waves/${wave.id}/results`)).statusCode).toBe(200);
    expect((await peer.get(`/api/v1/survey-waves/${wave.id}`)).json().canManage).toBe(false);
    const hidden = (await outsider.get('/api/v1/survey-waves?pageSize=100')).json();
    expect(hidden.items.map((w: { id: number }) => w.id)).not.toContain(wave.id);
    for (const url of [
      `/api/v1/survey-waves?unit=${x}`,
      `/api/v1/survey-waves/${wave.id}`,
      `/api/v1/survey-waves/${wave.id}/results`,
    ]) {
      const res = await outsider.get(url);
      expect(res.statusCode, url).toBe(403);
      expect(res.json().error.code).toBe('FORBIDDEN');
    }
    // Raw answers and free text stay with the unit's own people.
    expect((await peer.get(`/api/v1/survey-waves/${wave.id}/free-text`)).statusCode).toBe(403);
    expect((await peer.get(`/api/v1/survey-waves/${wave.id}/export?format=csv`)).statusCode).toBe(403);
    expect((await t.app.inject({ method: 'GET', url: `/api/v1/survey-waves/${wave.id}` })).statusCode).toBe(401);
  });

  it('filters by unit, template and status', async () => {
    const unitCode = await createUnit(t);
    const open = (await newWave({ unitCode })).wave;
    const scheduled = (await newWave({ unitCode, opensAt: at(10), closesAt: at(20) })).wave;
    const ids = async (query: string) =>
      (await admin.get(`/api/v1/survey-waves?unit=${unitCode}&${query}`)).json().items.map((w: { id: number }) => w.id);
    expect(await ids('')).toEqual([scheduled.id, open.id]);
    expect(await ids('status=open')).toEqual([open.id]);
    expect(await ids('status=scheduled')).toEqual([scheduled.id]);
    expect(await ids('status=closed')).toEqual([]);
    expect(await ids('template=employee-satisfaction')).toEqual([]);
  });

  it("closes early when closesAt is set to now; a closed wave's dates are final", async () => {
    const { wave } = await newWave();
    const closed = await admin.patch(`/api/v1/survey-waves/${wave.id}`, { closesAt: NOW.toISOString() });
    expect(closed.statusCode, closed.body).toBe(200);
    expect(closed.json().status).toBe('closed');
    const reopen = await admin.patch(`/api/v1/survey-waves/${wave.id}`, { closesAt: at(10) });
    expect(reopen.statusCode).toBe(409);
    expect(reopen.json().error.code).toBe('WAVE_CLOSED');
    const [row] = await t.db.select().from(surveyWaves).where(eq(surveyWaves.id, wave.id));
    expect(row!.closesAt.toISOString()).toBe(NOW.toISOString());
    // The title may still be corrected.
    expect((await admin.patch(`/api/v1/survey-waves/${wave.id}`, { title: 'Jesień' })).json().title).toBe('Jesień');
  });

  it('prepares the next wave of the repeat rule, months later in Warsaw time, once', async () => {
    // Opens 1 March 10:00 (winter time, UTC+1), closes 31 March 24:00 (summer time, UTC+2).
    const { wave } = await newWave({
      opensAt: '2026-03-01T09:00:00Z',
      closesAt: '2026-03-31T22:00:00Z',
      repeatEveryMonths: 6,
    });
    const next = await admin.post(`/api/v1/survey-waves/${wave.id}/next`);
    expect(next.statusCode, next.body).toBe(201);
    // 1 September 10:00 (summer time) and 30 September 24:00 (the day clamps to the shorter month).
    expect(next.json()).toMatchObject({
      opensAt: '2026-09-01T08:00:00.000Z',
      closesAt: '2026-09-30T22:00:00.000Z',
      previousWaveId: wave.id,
      repeatEveryMonths: 6,
      status: 'scheduled',
    });
    expect(next.json().publicToken).not.toBe(wave.publicToken);
    expect((await admin.get(`/api/v1/survey-waves/${wave.id}`)).json().nextWaveId).toBe(next.json().id);
    const again = await admin.post(`/api/v1/survey-waves/${wave.id}/next`);
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('CONFLICT');
    const noRule = (await newWave()).wave;
    const refused = await admin.post(`/api/v1/survey-waves/${noRule.id}/next`);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.code).toBe('NO_REPEAT_RULE');
  });

  it('prepares the next wave by itself when a wave with a repeat rule has closed', async () => {
    const { wave } = await newWave({ opensAt: at(-5), closesAt: at(2), repeatEveryMonths: 3 });
    await advance(3);
    const detail = (await admin.get(`/api/v1/survey-waves/${wave.id}`)).json();
    expect(detail.status).toBe('closed');
    expect(detail.nextWaveId).not.toBeNull();
    const [next] = await t.db.select().from(surveyWaves).where(eq(surveyWaves.id, detail.nextWaveId));
    expect(next!.previousWaveId).toBe(wave.id);
    // 25 Feb 11:00 (winter time) + 3 months = 25 May 11:00 (summer time); likewise the closing.
    expect(next!.opensAt.toISOString()).toBe('2026-05-25T09:00:00.000Z');
    expect(next!.closesAt.toISOString()).toBe('2026-06-04T09:00:00.000Z');
  });
});

describe('answering', () => {
  it('shows the public survey without login, with the form', async () => {
    const { unitCode, wave } = await newWave();
    const res = await t.app.inject({ method: 'GET', url: `/api/v1/public/surveys/${wave.publicToken}` });
    expect(res.statusCode).toBe(200);
    // The form as shipped, with the unit words of the wave's unit filled in.
    const { kind } = (await admin.get(`/api/v1/units/${unitCode}`)).json();
    expect(JSON.stringify(res.json().template.form)).not.toContain('{jednostka_');
    expect(res.json()).toMatchObject({
      status: 'open',
      unit: { code: unitCode },
      template: { id: 'customer-office', form: fillUnitWords(customer.form, kind) },
      requiresCode: false,
      demo: false,
    });
    const unknown = await t.app.inject({ method: 'GET', url: '/api/v1/public/surveys/AAAAAAAAAAAAAAAAAAAAAA' });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().error.code).toBe('SURVEY_NOT_FOUND');
  });

  it("names the unit's office for respondents and on the wave (invitation sheets), not the bare unit name", async () => {
    const { wave } = await newWave({ unitCode: '1206162' });
    const res = await t.app.inject({ method: 'GET', url: `/api/v1/public/surveys/${wave.publicToken}` });
    expect(res.json().unit).toEqual({ code: '1206162', name: 'Zabierzów', officeName: 'Urząd Gminy Zabierzów' });
    expect((await admin.get(`/api/v1/survey-waves/${wave.id}`)).json().officeName).toBe('Urząd Gminy Zabierzów');
  });

  it("asks a powiat's residents about their powiat: unit words filled in the form and the export", async () => {
    const { wave } = await newWave({ unitCode: '1206', templateId: 'resident-opinion' });
    const form = JSON.stringify(
      (await t.app.inject({ method: 'GET', url: `/api/v1/public/surveys/${wave.publicToken}` })).json().template.form,
    );
    expect(form).toContain('z mieszkania w naszym powiecie?');
    expect(form).toContain('living in our county?');
    expect(form).not.toMatch(/gmin|\{(jednostka|urzad)_/);
    // The results pages fill the template's titles for the wave's unit kind.
    expect((await admin.get(`/api/v1/survey-waves/${wave.id}`)).json().unitKind).toBe('county');
    const xlsx = await admin.get(`/api/v1/survey-waves/${wave.id}/export?format=xlsx`);
    expect(xlsx.statusCode).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.rawPayload as never);
    const titles: string[] = [];
    workbook.getWorksheet('questions')!.eachRow((row) => titles.push(String(row.getCell(3).value)));
    expect(titles).toContain('Czy Pana/Pani zdaniem powiat rozwija się we właściwym kierunku?');
  });

  it('stores a valid answer with nothing that identifies the respondent', async () => {
    const { wave } = await newWave();
    const audits = await auditCount();
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/v1/public/surveys/${wave.publicToken}/responses`,
      headers: {
        'idempotency-key': 'f3b0c4b2-1c1d-4a57-9d1e-0c2f7a3b9e11',
        'x-forwarded-for': '203.0.113.9',
        'user-agent': 'Respondent/1.0',
        cookie: 'tracking=abc',
      },
      // Whitespace is trimmed.
      payload: {
        answers: { channel: 'inPerson', waitingTime: 4, overall: 5, improvement: '  Dłuższe godziny pracy  ' },
      },
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toEqual({ ok: true });
    // PGlite and node-postgres both answer { rows }.
    const columns = (await t.db.execute(
      sql`select column_name from information_schema.columns where table_name = 'survey_responses' order by column_name`,
    )) as unknown as { rows: { column_name: string }[] };
    expect(columns.rows.map((c) => c.column_name)).toEqual(['answers', 'id', 'submitted_on', 'wave_id']);
    const rows = await t.db.select().from(surveyResponses).where(eq(surveyResponses.waveId, wave.id));
    expect(rows).toHaveLength(1);
    expect(rows[0]!.answers).toEqual({
      channel: 'inPerson',
      waitingTime: 4,
      overall: 5,
      improvement: 'Dłuższe godziny pracy',
    });
    // The day in Warsaw, not a moment.
    expect(rows[0]!.submittedOn).toBe('2026-03-02');
    expect(JSON.stringify(rows[0])).not.toMatch(/203\.0\.113|Respondent|tracking|f3b0c4b2/);
    // The idempotency key is kept apart, hashed, and without a link to the response.
    const keys = await t.db.select().from(surveySubmissionKeys).where(eq(surveySubmissionKeys.waveId, wave.id));
    expect(keys).toHaveLength(1);
    expect(Object.keys(keys[0]!).sort()).toEqual(['bodyHash', 'createdOn', 'keyHash', 'waveId']);
    expect(keys[0]!.keyHash).toMatch(/^[0-9a-f]{64}$/);
    expect(keys[0]!.bodyHash).toMatch(/^[0-9a-f]{64}$/);
    expect(keys[0]!.bodyHash).not.toBe(keys[0]!.keyHash);
    // Respondents are not audited: an audit row would pair the answer with a moment.
    expect(await auditCount()).toBe(audits);
  });

  it.each([
    ['a missing required answer', { channel: 'phone' }, 'answers.overall', 'required'],
    [
      'an unknown question id',
      { ...answer(4), favouriteColour: 'blue' },
      'answers.favouriteColour',
      'unknown-question',
    ],
    ['an out-of-range scale value', answer(7), 'answers.overall', 'not-a-choice'],
    ['a choice the question does not offer', { channel: 'pigeon', overall: 4 }, 'answers.channel', 'not-a-choice'],
    ['a list where one value is expected', { channel: ['phone'], overall: 4 }, 'answers.channel', 'invalid-type'],
    ['oversized free text', answer(4, { improvement: 'x'.repeat(2001) }), 'answers.improvement', 'too-long'],
  ])('refuses %s with 400 naming the field; nothing stored', async (_name, answers, path, code) => {
    const { wave } = await newWave();
    const res = await submit(wave.publicToken, answers, { key: 'k-invalid-0001' });
    expect(res.statusCode, res.body).toBe(400);
    const error = res.json().error;
    expect(error.code).toBe('VALIDATION_FAILED');
    expect(error.details).toContainEqual(expect.objectContaining({ path, code }));
    expect(await stored(wave.id)).toBe(0);
    // Nothing half-written: the key was not kept either, so the corrected answer with the same key is stored.
    expect((await submit(wave.publicToken, answer(4), { key: 'k-invalid-0001' })).statusCode).toBe(201);
  });

  it('lists every problem of an answer at once', async () => {
    const { wave } = await newWave();
    const res = await submit(wave.publicToken, { channel: 'pigeon', timeliness: 9, nonsense: 1 });
    expect(res.statusCode).toBe(400);
    const paths = res
      .json()
      .error.details.map((d: { path: string }) => d.path)
      .sort();
    expect(paths).toEqual(['answers.channel', 'answers.nonsense', 'answers.overall', 'answers.timeliness']);
  });

  it('drops an answer to a question that was not shown (conditional visibility)', async () => {
    const { wave } = await newWave();
    expect((await submit(wave.publicToken, answer(4, { waitingTime: 2 }))).statusCode).toBe(201);
    const [row] = await t.db.select().from(surveyResponses).where(eq(surveyResponses.waveId, wave.id));
    expect(row!.answers).toEqual({ channel: 'phone', overall: 4 });
  });

  it('refuses malformed JSON, a non-object answer set and an oversized body', async () => {
    const { wave } = await newWave();
    const url = `/api/v1/public/surveys/${wave.publicToken}/responses`;
    const malformed = await t.app.inject({
      method: 'POST',
      url,
      payload: '{"answers": {',
      headers: { 'content-type': 'application/json' },
    });
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json().error.code).toBe('BAD_REQUEST');
    const notObject = await t.app.inject({ method: 'POST', url, payload: { answers: [1, 2] } });
    expect(notObject.statusCode).toBe(400);
    expect(notObject.json().error.code).toBe('VALIDATION_FAILED');
    const huge = await t.app.inject({
      method: 'POST',
      url,
      payload: { answers: { ...answer(4), improvement: 'x'.repeat(200_000) } },
    });
    expect(huge.statusCode).toBe(413);
    expect(huge.json().error.code).toBe('PAYLOAD_TOO_LARGE');
    const badKey = await submit(wave.publicToken, answer(4), { key: 'no spaces allowed here' });
    expect(badKey.statusCode).toBe(400);
    expect(await stored(wave.id)).toBe(0);
  });

  it('refuses answers before the wave opens and after it closes (409), storing nothing', async () => {
    const scheduled = (await newWave({ opensAt: at(3), closesAt: at(10) })).wave;
    const early = await submit(scheduled.publicToken, answer(5));
    expect(early.statusCode).toBe(409);
    expect(early.json().error.code).toBe('WAVE_NOT_OPEN');
    expect(
      (await t.app.inject({ method: 'GET', url: `/api/v1/public/surveys/${scheduled.publicToken}` })).json().status,
    ).toBe('scheduled');

    const { wave } = await newWave({ opensAt: at(-3), closesAt: at(1) });
    expect((await submit(wave.publicToken, answer(5), { key: 'before-closing-1' })).statusCode).toBe(201);
    clock.current = new Date(NOW.getTime() + DAY); // closesAt is exclusive
    const late = await submit(wave.publicToken, answer(5));
    expect(late.statusCode).toBe(409);
    expect(late.json().error.code).toBe('WAVE_CLOSED');
    expect(
      (await t.app.inject({ method: 'GET', url: `/api/v1/public/surveys/${wave.publicToken}` })).json().status,
    ).toBe('closed');
    // A retry of the answer stored before closing is still acknowledged, and still stored once.
    expect((await submit(wave.publicToken, answer(5), { key: 'before-closing-1' })).statusCode).toBe(200);
    expect(await stored(scheduled.id)).toBe(0);
    expect(await stored(wave.id)).toBe(1);
  });

  it('stores a double submission once (idempotency key), also when both arrive at the same time', async () => {
    const { wave } = await newWave();
    const first = await submit(wave.publicToken, answer(4), { key: 'double-click-0001' });
    const second = await submit(wave.publicToken, answer(4), { key: 'double-click-0001' });
    expect([first.statusCode, second.statusCode]).toEqual([201, 200]);
    expect(second.json()).toEqual({ ok: true });
    expect(await stored(wave.id)).toBe(1);
    const racing = await Promise.all(
      Array.from({ length: 4 }, () => submit(wave.publicToken, answer(2), { key: 'same-moment-0002' })),
    );
    expect(racing.map((r) => r.statusCode).sort()).toEqual([200, 200, 200, 201]);
    expect(await stored(wave.id)).toBe(2);
    // The same key in another wave is another answer.
    const other = (await newWave()).wave;
    expect((await submit(other.publicToken, answer(4), { key: 'double-click-0001' })).statusCode).toBe(201);
    // Without a key every submission is a new answer.
    await submitAll(wave.publicToken, [answer(3), answer(3)]);
    expect(await stored(wave.id)).toBe(4);
  });

  it('answers 422 to a replayed key with a different body, storing nothing (also racing, also after closing)', async () => {
    const { wave } = await newWave({ opensAt: at(-3), closesAt: at(1) });
    expect((await submit(wave.publicToken, answer(4), { key: 'reused-key-0001' })).statusCode).toBe(201);
    const other = await submit(wave.publicToken, answer(1), { key: 'reused-key-0001' });
    expect(other.statusCode, other.body).toBe(422);
    expect(other.json().error.code).toBe('IDEMPOTENCY_KEY_REUSED');
    // The same answer with its members in another order is the same body: a replay.
    const reordered = await submit(wave.publicToken, { overall: 4, channel: 'phone' }, { key: 'reused-key-0001' });
    expect(reordered.statusCode).toBe(200);
    expect(await stored(wave.id)).toBe(1);
    // Racing: one of the bodies wins the key, every request with the other body is refused.
    const racing = await Promise.all(
      [5, 2, 5, 2].map((overall) => submit(wave.publicToken, answer(overall), { key: 'reused-key-0002' })),
    );
    const codes = racing.map((r) => r.statusCode);
    expect(codes.filter((c) => c === 201)).toHaveLength(1);
    const winner = [5, 2, 5, 2][codes.indexOf(201)];
    racing.forEach((r, i) =>
      expect(r.statusCode).toBe([5, 2, 5, 2][i] === winner ? (i === codes.indexOf(201) ? 201 : 200) : 422),
    );
    expect(await stored(wave.id)).toBe(2);
    clock.current = new Date(NOW.getTime() + DAY);
    expect((await submit(wave.publicToken, answer(3), { key: 'reused-key-0001' })).statusCode).toBe(422);
    expect((await submit(wave.publicToken, answer(4), { key: 'reused-key-0001' })).statusCode).toBe(200);
    clock.current = NOW;
  });

  it('invitation codes: generated, required once issued, single use, exported', async () => {
    const { wave } = await newWave();
    const issued = await admin.post(`/api/v1/survey-waves/${wave.id}/invitation-codes`, { count: 3 });
    expect(issued.statusCode, issued.body).toBe(201);
    const codes: string[] = issued.json().codes;
    expect(codes).toHaveLength(3);
    for (const code of codes) expect(code).toMatch(/^[A-HJ-NP-Z2-9]{5}-[A-HJ-NP-Z2-9]{5}$/);
    expect(new Set(codes).size).toBe(3);
    expect(
      (await t.app.inject({ method: 'GET', url: `/api/v1/public/surveys/${wave.publicToken}` })).json().requiresCode,
    ).toBe(true);

    const none = await submit(wave.publicToken, answer(4));
    expect([none.statusCode, none.json().error.code]).toEqual([400, 'INVITATION_CODE_REQUIRED']);
    const wrong = await submit(wave.publicToken, answer(4), { code: 'AAAAA-AAAAA' });
    expect([wrong.statusCode, wrong.json().error.code]).toEqual([400, 'INVITATION_CODE_INVALID']);
    // Typed on a phone: lower case, a space instead of the dash.
    const typed = codes[0]!.toLowerCase().replace('-', ' ');
    expect((await submit(wave.publicToken, answer(4), { code: typed })).statusCode).toBe(201);
    const reused = await submit(wave.publicToken, answer(5), { code: codes[0]! });
    expect([reused.statusCode, reused.json().error.code]).toEqual([409, 'INVITATION_CODE_USED']);
    expect(await stored(wave.id)).toBe(1);

    const rows = await t.db.select().from(surveyInvitationCodes).where(eq(surveyInvitationCodes.waveId, wave.id));
    expect(rows.find((r) => r.code === codes[0])!.usedOn).toBe('2026-03-02');
    expect(rows.filter((r) => r.usedOn !== null)).toHaveLength(1);

    const csv = await admin.get(`/api/v1/survey-waves/${wave.id}/invitation-codes.csv`);
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toMatch(/text\/csv/);
    const lines = csv.body.trim().split(/\r\n/);
    expect(lines[0]).toBe('code,used');
    expect(lines.slice(1).sort()).toEqual(codes.map((c) => `${c},${c === codes[0] ? 'yes' : 'no'}`).sort());
    const detail = (await admin.get(`/api/v1/survey-waves/${wave.id}`)).json();
    expect(detail.invitationCodes).toEqual({ issued: 3, used: 1 });
  });

  it('limits answers per address in memory (429), without storing the address', async () => {
    const limited = await createTestApp({ clock, config: { surveyRateLimit: 2 } });
    try {
      const unitCode = await createUnit(limited);
      const wave = await limited.services.surveys.create(SYSTEM_CONTEXT, {
        unitCode,
        templateId: 'customer-office',
        opensAt: new Date(at(-1)),
        closesAt: new Date(at(5)),
      });
      const send = (ip: string) =>
        limited.app.inject({
          method: 'POST',
          url: `/api/v1/public/surveys/${wave.publicToken}/responses`,
          payload: { answers: answer(4) },
          remoteAddress: ip,
        });
      expect((await send('198.51.100.1')).statusCode).toBe(201);
      expect((await send('198.51.100.1')).statusCode).toBe(201);
      const third = await send('198.51.100.1');
      expect(third.statusCode).toBe(429);
      expect(third.json().error.code).toBe('TOO_MANY_REQUESTS');
      expect((await send('198.51.100.2')).statusCode).toBe(201);
      const [row] = await limited.db
        .select({ n: count() })
        .from(surveyResponses)
        .where(eq(surveyResponses.waveId, wave.id));
      expect(row!.n).toBe(3);
    } finally {
      await limited.close();
    }
  });
});

describe('results', () => {
  it('gives distributions, means and top-2-box with Wilson intervals; cells under the minimum n are withheld', async () => {
    const { wave } = await newWave({ targetPopulation: 100 });
    const overall = [5, 5, 4, 3, 2, 4, 5];
    await submitAll(
      wave.publicToken,
      overall.map((o, i) =>
        i < 3 ? { channel: 'inPerson', waitingTime: 3 + (i % 2), overall: o, improvement: `Uwaga ${i}` } : answer(o),
      ),
    );
    const res = await admin.get(`/api/v1/survey-waves/${wave.id}/results`);
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({
      n: 7,
      minimumN: 5,
      responseRate: 7 / 100,
      responseRateBasis: 'population',
      wave: { id: wave.id, responses: 7 },
    });
    // Margin of error at p = 0.5 with the finite population correction (METHODS §3.5), computed here by hand.
    expect(body.marginOfError).toBeCloseTo(1.959964 * Math.sqrt(0.25 / 7) * Math.sqrt((100 - 7) / 99), 5);

    const byName = new Map(body.questions.map((q: { question: string }) => [q.question, q]));
    const o = byName.get('overall') as {
      kind: string;
      result: {
        suppressed: false;
        figures: {
          n: number;
          favourable: unknown;
          mean: { mean: number; lower: number; upper: number };
          distribution: { value: number; count: number }[];
        };
      };
    };
    expect(o.kind).toBe('choice');
    expect(o.result.figures.n).toBe(7);
    expect(o.result.figures.favourable).toEqual(wilsonInterval(5, 7));
    expect(o.result.figures.mean.mean).toBeCloseTo(28 / 7, 12);
    expect(o.result.figures.mean.lower).toBeLessThan(4);
    expect(o.result.figures.distribution.map((d) => [d.value, d.count])).toEqual([
      [1, 0],
      [2, 1],
      [3, 1],
      [4, 2],
      [5, 3],
    ]);
    // Three people waited in the office and two wrote a comment: fewer than 5, so no figures at all — not even n.
    expect(byName.get('waitingTime')).toEqual({
      question: 'waitingTime',
      kind: 'choice',
      result: { suppressed: true, reason: 'below-minimum-n', minimumN: 5 },
    });
    expect(byName.get('improvement')).toMatchObject({ kind: 'text', result: { suppressed: true } });
    expect(body.headline).toEqual([
      expect.objectContaining({
        question: 'overall',
        catalogueVariables: { satisfied: 'customer_survey_satisfied', respondents: 'customer_survey_respondents' },
        result: { suppressed: false, figures: wilsonInterval(5, 7) },
      }),
    ]);
    const staff = body.dimensions.find((d: { dimension: string }) => d.dimension === 'staff');
    expect(staff.result.suppressed).toBe(true); // nobody answered the staff items

    // A stricter minimum withholds more; a laxer one than the wave's is refused.
    const strict = (await admin.get(`/api/v1/survey-waves/${wave.id}/results?minimumN=10`)).json();
    expect(strict.headline[0].result).toEqual({ suppressed: true, reason: 'below-minimum-n', minimumN: 10 });
    const lax = await admin.get(`/api/v1/survey-waves/${wave.id}/results?minimumN=3`);
    expect(lax.statusCode).toBe(400);
    expect(lax.json().error.code).toBe('VALIDATION_FAILED');
  });

  it('compares a wave with the previous one: difference, two-proportion z-test, p-value, label', async () => {
    const unitCode = await createUnit(t);
    const earlier = (await newWave({ unitCode, opensAt: at(-20), closesAt: at(5) })).wave;
    const later = (await newWave({ unitCode, opensAt: at(-2), closesAt: at(5) })).wave;
    // Earlier: 30 of 40 satisfied (75 %); later: 38 of 48 (79.2 %).
    await submitAll(earlier.publicToken, [...Array(30).fill(answer(4)), ...Array(10).fill(answer(2))]);
    await submitAll(later.publicToken, [...Array(38).fill(answer(5)), ...Array(10).fill(answer(1))]);
    const res = await admin.get(`/api/v1/survey-waves/${later.id}/comparison`);
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body.earlier.id).toBe(earlier.id);
    expect(body.later.id).toBe(later.id);
    const overall = body.questions.find((q: { question: string }) => q.question === 'overall');
    expect(overall.headline).toBe(true);
    const f = overall.result.figures;
    // The pooled z-test by hand (METHODS §3.4).
    const pooled = 68 / 88;
    const z = (38 / 48 - 30 / 40) / Math.sqrt(pooled * (1 - pooled) * (1 / 40 + 1 / 48));
    expect(f.z).toBeCloseTo(z, 10);
    expect(f.differencePp).toBeCloseTo((38 / 48 - 30 / 40) * 100, 10);
    expect(f.pValue).toBeGreaterThan(0.05);
    expect(f.label).toBe('not-significant');
    expect(f).toEqual(compareProportions({ successes: 30, n: 40 }, { successes: 38, n: 48 }));
    // Explicit partner, either order.
    expect((await admin.get(`/api/v1/survey-waves/${earlier.id}/comparison?with=${later.id}`)).json().later.id).toBe(
      later.id,
    );
  });

  it('refuses comparisons without a partner or across templates', async () => {
    const { unitCode, wave } = await newWave();
    const none = await admin.get(`/api/v1/survey-waves/${wave.id}/comparison`);
    expect([none.statusCode, none.json().error.code]).toEqual([404, 'NO_PREVIOUS_WAVE']);
    const other = (await newWave({ unitCode, templateId: 'employee-satisfaction' })).wave;
    const mixed = await admin.get(`/api/v1/survey-waves/${wave.id}/comparison?with=${other.id}`);
    expect([mixed.statusCode, mixed.json().error.code]).toEqual([409, 'WAVES_NOT_COMPARABLE']);
  });

  it('compares units on one template: latest closed wave each, estimate and interval, small units withheld', async () => {
    const [a, b, c, hidden] = [
      await createUnit(t, { name: 'Aaa test' }),
      await createUnit(t, { name: 'Bbb test' }),
      await createUnit(t, { name: 'Ccc test' }),
      await createUnit(t),
    ];
    await createGroup(t, { unitCodes: [a, b, c] });
    const fill = async (unitCode: string, list: Record<string, unknown>[]) => {
      const { wave } = await newWave({ unitCode, opensAt: at(-3), closesAt: at(1) });
      await submitAll(wave.publicToken, list);
      return wave;
    };
    await fill(a, [...Array(8).fill(answer(5)), ...Array(2).fill(answer(1))]);
    await fill(b, [...Array(3).fill(answer(4)), ...Array(3).fill(answer(2))]);
    await fill(c, [answer(5), answer(5), answer(5)]);
    await fill(hidden, Array(6).fill(answer(5)));
    await advance(2);
    const member = (await loginAs(t, [{ role: 'unit-member', unitCode: a }])).client;
    const res = await member.get('/api/v1/survey-templates/customer-office/unit-comparison?measure=headline');
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body.kind).toBe('share');
    // A unit outside the member's groups is not shown; the group's units are, by name.
    expect(body.rows.map((r: { unit: { code: string } }) => r.unit.code)).toEqual([a, b, c]);
    expect(body.rows[0].result).toEqual({
      suppressed: false,
      figures: { n: 10, estimate: 0.8, lower: wilsonInterval(8, 10)!.lower, upper: wilsonInterval(8, 10)!.upper },
    });
    expect(body.rows[1].result.figures.estimate).toBeCloseTo(0.5, 12);
    expect(body.rows[2].result).toEqual({ suppressed: true, reason: 'below-minimum-n', minimumN: 5 });
    const dimension = await member.get(
      '/api/v1/survey-templates/customer-office/unit-comparison?measure=dimension:staff',
    );
    expect(dimension.json().kind).toBe('mean');
    const bad = await member.get('/api/v1/survey-templates/customer-office/unit-comparison?measure=question:nope');
    expect([bad.statusCode, bad.json().error.code]).toEqual([400, 'VALIDATION_FAILED']);
  });

  it('lists free text; a hidden answer (audited) leaves results and exports', async () => {
    const { wave } = await newWave();
    const texts = ['Bardzo miła obsługa', 'Za długo czekałem', 'Obraźliwy tekst', 'Więcej e-usług', 'Parking'];
    await submitAll(
      wave.publicToken,
      texts.map((text) => answer(4, { improvement: text })),
    );
    const list = (await admin.get(`/api/v1/survey-waves/${wave.id}/free-text`)).json();
    expect(list.items.map((i: { text: string }) => i.text)).toEqual(
      [...texts].sort((x, y) => x.localeCompare(y, 'pl')),
    );
    const abusive = list.items.find((i: { text: string }) => i.text === 'Obraźliwy tekst');
    expect(abusive).toMatchObject({ question: 'improvement', hidden: false, reason: null });
    const audits = await auditCount();
    const hide = await admin.patch(`/api/v1/survey-waves/${wave.id}/free-text/${abusive.id}`, {
      hidden: true,
      reason: 'obraźliwe',
    });
    expect(hide.statusCode, hide.body).toBe(200);
    expect(hide.json()).toMatchObject({ id: abusive.id, hidden: true, reason: 'obraźliwe' });
    expect(await auditCount()).toBe(audits + 1);
    const [entry] = await t.db
      .select()
      .from(auditLog)
      .where(
        and(
          eq(auditLog.entityType, 'survey-wave'),
          eq(auditLog.entityId, String(wave.id)),
          eq(auditLog.action, 'survey.free-text.hide'),
        ),
      );
    expect(entry!.changes).toMatchObject({ answerId: abusive.id, reason: 'obraźliwe' });
    expect(JSON.stringify(entry!.changes)).not.toContain('Obraźliwy');

    const results = (await admin.get(`/api/v1/survey-waves/${wave.id}/results`)).json();
    const text = results.questions.find((q: { question: string }) => q.question === 'improvement');
    // Four texts remain: under the minimum of 5, the whole cell is withheld.
    expect(text.result).toMatchObject({ suppressed: true });
    const csv = (await admin.get(`/api/v1/survey-waves/${wave.id}/export?format=csv`)).body;
    expect(csv).not.toContain('Obraźliwy');
    expect(csv).toContain('Parking');
    expect(
      (await admin.get(`/api/v1/survey-waves/${wave.id}/free-text`))
        .json()
        .items.find((i: { id: string }) => i.id === abusive.id).hidden,
    ).toBe(true);
    // Shown again.
    await admin.patch(`/api/v1/survey-waves/${wave.id}/free-text/${abusive.id}`, { hidden: false });
    const again = (await admin.get(`/api/v1/survey-waves/${wave.id}/results`)).json();
    expect(
      again.questions.find((q: { question: string }) => q.question === 'improvement').result.figures.texts,
    ).toContain('Obraźliwy tekst');
    const missing = await admin.patch(
      `/api/v1/survey-waves/${wave.id}/free-text/00000000-0000-4000-8000-000000000000.improvement`,
      { hidden: true },
    );
    expect([missing.statusCode, missing.json().error.code]).toEqual([404, 'NOT_FOUND']);
  });

  it('exports anonymised raw answers as CSV and XLSX, and a PDF report', async () => {
    const { wave } = await newWave({ title: 'Badanie klientów — zażółć gęślą jaźń' });
    const overall = [5, 4, 4, 3, 1, 5];
    await submitAll(
      wave.publicToken,
      overall.map((o) => answer(o, { department: 'taxes' })),
    );
    const csv = await admin.get(`/api/v1/survey-waves/${wave.id}/export?format=csv`);
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toMatch(/text\/csv/);
    const lines = csv.body
      .replace(/^\uFEFF/, '')
      .trim()
      .split(/\r\n/);
    const header = lines[0]!.split(',');
    expect(header).toEqual([
      'row',
      'submitted_on',
      'department',
      'channel',
      'firstContact',
      'waitingTime',
      'timeliness',
      'knowledge',
      'clarity',
      'courtesy',
      'fairness',
      'outcome',
      'overall',
      'improvement',
    ]);
    const rows = lines.slice(1).map((l) => l.split(','));
    expect(rows).toHaveLength(6);
    expect(rows.map((r) => r[0])).toEqual(['1', '2', '3', '4', '5', '6']);
    expect(rows.every((r) => r[1] === '2026-03-02')).toBe(true);
    expect(rows.map((r) => Number(r[header.indexOf('overall')])).sort()).toEqual([...overall].sort());
    expect(csv.body).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-/); // no response ids

    const xlsx = await admin.get(`/api/v1/survey-waves/${wave.id}/export?format=xlsx`);
    expect(xlsx.statusCode).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.rawPayload as never);
    const sheet = workbook.getWorksheet('answers')!;
    expect(sheet.rowCount).toBe(7);
    expect(sheet.getRow(1).getCell(13).value).toBe('overall');
    expect(workbook.getWorksheet('questions')!.rowCount).toBe(1 + header.length - 2);

    const pdf = await admin.get(`/api/v1/survey-waves/${wave.id}/export?format=pdf`);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    const { text } = await pdfText(pdf.rawPayload);
    expect(text).toContain('zażółć gęślą jaźń');
    expect(text).toMatch(/66,7%/); // 4 of 6 satisfied, Polish decimal comma
    const english = await pdfText(
      (await admin.get(`/api/v1/survey-waves/${wave.id}/export?format=pdf&lang=en`)).rawPayload,
    );
    expect(english.text).toContain('Headline figure');
  });
});

describe('link to the indicator catalogue', () => {
  it('a closed customer wave writes approved satisfied/respondents values for its unit and half-year', async () => {
    const { unitCode, wave } = await newWave({ opensAt: at(-10), closesAt: at(2) });
    await submitAll(
      wave.publicToken,
      [5, 4, 4, 2, 1, 5].map((o) => answer(o)),
    );
    const [unit] = await t.db.select({ id: units.id }).from(units).where(eq(units.code, unitCode));
    const vars = await t.db
      .select({ id: variables.id, code: variables.code })
      .from(variables)
      .where(inArray(variables.code, ['customer_survey_satisfied', 'customer_survey_respondents']));
    const valuesOfUnit = async () => {
      const rows = await t.db.select().from(dataValues).where(eq(dataValues.unitId, unit!.id));
      return Object.fromEntries(
        rows.map((r) => [
          `${vars.find((v) => v.id === r.variableId)!.code}@${r.period}`,
          { value: r.value, status: r.status, sourceId: r.sourceId },
        ]),
      );
    };
    // Open: no figures yet.
    await admin.get(`/api/v1/survey-waves/${wave.id}/results`);
    expect(await valuesOfUnit()).toEqual({});
    await advance(3);
    expect((await admin.get(`/api/v1/survey-waves/${wave.id}/results`)).statusCode).toBe(200);
    const values = await valuesOfUnit();
    expect(values['customer_survey_satisfied@2026-H1']).toMatchObject({ value: 4, status: 'approved' });
    expect(values['customer_survey_respondents@2026-H1']).toMatchObject({ value: 6, status: 'approved' });
    const [source] = await t.db
      .select()
      .from(valueSources)
      .where(eq(valueSources.id, values['customer_survey_satisfied@2026-H1']!.sourceId));
    expect(source).toMatchObject({ kind: 'survey', detail: { waveIds: [wave.id], question: 'overall' } });
    // Asking again changes nothing.
    await admin.get(`/api/v1/survey-waves/${wave.id}/results`);
    expect(await valuesOfUnit()).toEqual(values);
    // Raising the minimum above the answers withdraws the published figures.
    const raised = await admin.patch(`/api/v1/survey-waves/${wave.id}`, { minimumN: 10 });
    expect(raised.statusCode, raised.body).toBe(200);
    expect(await valuesOfUnit()).toEqual({});
  });

  it('reads have no side effects: a closed wave is processed by the closing timer, not by GETs', async () => {
    const { unitCode, wave } = await newWave({ opensAt: at(-10), closesAt: at(1) });
    await submitAll(
      wave.publicToken,
      [5, 5, 4, 4, 5, 1].map((o) => answer(o)),
    );
    const [unit] = await t.db.select({ id: units.id }).from(units).where(eq(units.code, unitCode));
    const state = async () => ({
      values: (await t.db.select({ n: count() }).from(dataValues).where(eq(dataValues.unitId, unit!.id)))[0]!.n,
      audit: (await t.db.select({ n: count() }).from(auditLog))[0]!.n,
      processed: (await t.db.select().from(surveyWaves).where(eq(surveyWaves.id, wave.id)))[0]!.closeProcessedAt,
    });
    await advance(2, { timer: false });
    const before = await state();
    expect(before).toMatchObject({ values: 0, processed: null });
    for (const url of [
      `/api/v1/survey-waves/${wave.id}/results`,
      `/api/v1/survey-waves/${wave.id}`,
      `/api/v1/survey-waves?unit=${unitCode}`,
      '/api/v1/survey-templates/customer-office/unit-comparison?measure=headline',
    ]) {
      const res = await admin.get(url);
      expect(res.statusCode, `${url}: ${res.body}`).toBe(200);
    }
    expect((await admin.get(`/api/v1/survey-waves/${wave.id}/results`)).json().wave.status).toBe('closed');
    expect(await state()).toEqual(before);
    // The timer the server starts finds it (a short interval here; the server looks once a minute).
    const errors: unknown[] = [];
    const stop = t.services.surveyClosing.start((e) => errors.push(e), 10);
    try {
      await vi.waitFor(async () => expect((await state()).processed).not.toBeNull(), { timeout: 10_000 });
    } finally {
      await stop();
    }
    expect(errors).toEqual([]);
    expect((await state()).values).toBe(2); // satisfied and respondents for the half-year
  });

  it('does not publish a wave below its minimum n', async () => {
    const { unitCode, wave } = await newWave({ opensAt: at(-10), closesAt: at(1) });
    await submitAll(wave.publicToken, [answer(5), answer(5), answer(4)]);
    await advance(2);
    expect((await admin.get(`/api/v1/survey-waves/${wave.id}`)).json().status).toBe('closed');
    const [unit] = await t.db.select({ id: units.id }).from(units).where(eq(units.code, unitCode));
    const [row] = await t.db.select({ n: count() }).from(dataValues).where(eq(dataValues.unitId, unit!.id));
    expect(row!.n).toBe(0);
  });
});

describe('templates', () => {
  const copy = (changes: Partial<SurveyTemplate> = {}): SurveyTemplate => ({
    ...structuredClone(customer),
    id: `test-${Math.random().toString(36).slice(2, 10)}`,
    ...changes,
  });

  it('lists the five shipped templates, read-only', async () => {
    const list = (await t.app.inject({ method: 'GET', url: '/api/v1/survey-templates' })).json();
    const shipped = list.items
      .filter((i: { shipped: boolean }) => i.shipped)
      .map((i: { id: string }) => i.id)
      .sort();
    expect(shipped).toEqual([
      'business-climate',
      'customer-office',
      'employee-satisfaction',
      'ngo-cooperation',
      'resident-opinion',
    ]);
    expect(list.items.find((i: { id: string }) => i.id === 'customer-office')).toMatchObject({
      kind: 'customer',
      questionCount: 12,
      titles: customer.titles,
    });
    const one = (await t.app.inject({ method: 'GET', url: '/api/v1/survey-templates/customer-office' })).json();
    expect(one).toMatchObject({
      id: 'customer-office',
      shipped: true,
      form: customer.form,
      questions: customer.questions,
    });
    const edit = await admin.request('PUT', '/api/v1/survey-templates/customer-office', {
      template: { ...customer, version: customer.version + 1 },
    });
    expect([edit.statusCode, edit.json().error.code]).toEqual([409, 'TEMPLATE_READ_ONLY']);
  });

  it('validates without writing: problems with their paths, including a form survey-core cannot load', async () => {
    const ok = await admin.post('/api/v1/survey-templates/validate', { template: copy() });
    expect(ok.json()).toEqual({ ok: true, problems: [], warnings: [] });
    const broken = copy();
    (broken.form as { pages: unknown }).pages = 5;
    const res = await admin.post('/api/v1/survey-templates/validate', { template: broken });
    expect(res.statusCode).toBe(200);
    expect(res.json().ok).toBe(false);
    expect(res.json().problems).toContainEqual(expect.objectContaining({ path: 'form.pages' }));
    const unknownVariable = copy();
    unknownVariable.questions = unknownVariable.questions.map((q) =>
      q.catalogueVariables
        ? { ...q, catalogueVariables: { satisfied: 'no_such_var', respondents: 'customer_survey_respondents' } }
        : q,
    );
    expect(
      (await admin.post('/api/v1/survey-templates/validate', { template: unknownVariable })).json().problems,
    ).toContainEqual(expect.objectContaining({ code: 'unknown-variable', path: 'questions[10].catalogueVariables' }));
  });

  it('creates a template (audited) and refuses an invalid one with the problems, writing nothing', async () => {
    const template = copy();
    const created = await admin.post('/api/v1/survey-templates', { template });
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json()).toMatchObject({ id: template.id, version: template.version, shipped: false });
    const audits = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityType, 'survey-template'), eq(auditLog.entityId, template.id)));
    expect(audits.map((a) => a.action)).toEqual(['survey.template.create']);
    const duplicate = await admin.post('/api/v1/survey-templates', { template });
    expect([duplicate.statusCode, duplicate.json().error.code]).toEqual([409, 'CONFLICT']);

    const broken = copy();
    const firstPage = (broken.form as { pages: { elements: Record<string, unknown>[] }[] }).pages[0]!;
    firstPage.elements[2]!.visibleIf = "{channel} = = 'inPerson'";
    const refused = await admin.post('/api/v1/survey-templates', { template: broken });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.code).toBe('TEMPLATE_INVALID');
    expect(refused.json().error.details).toContainEqual(
      expect.objectContaining({ path: 'form.pages[0].elements[2].visibleIf', code: 'form-lint' }),
    );
    const [row] = await t.db.select({ n: count() }).from(surveyTemplates).where(eq(surveyTemplates.id, broken.id));
    expect(row!.n).toBe(0);
  });

  it('a changed form needs a new version; old versions stay for their waves', async () => {
    const template = copy();
    await admin.post('/api/v1/survey-templates', { template });
    const unitCode = await createUnit(t);
    const first = (await newWave({ unitCode, templateId: template.id })).wave;
    const changed = structuredClone(template);
    (changed.form as { pages: { elements: Record<string, unknown>[] }[] }).pages[0]!.elements[2]!.isRequired = true;
    const sameVersion = await admin.request('PUT', `/api/v1/survey-templates/${template.id}`, { template: changed });
    expect(sameVersion.statusCode).toBe(400);
    expect(sameVersion.json().error.details).toContainEqual(
      expect.objectContaining({ path: 'version', code: 'version-not-bumped' }),
    );
    // A title correction is allowed within the version.
    const retitled = await admin.request('PUT', `/api/v1/survey-templates/${template.id}`, {
      template: { ...template, titles: { pl: 'Poprawiony tytuł', en: 'Corrected title' } },
    });
    expect(retitled.statusCode, retitled.body).toBe(200);
    const bumped = await admin.request('PUT', `/api/v1/survey-templates/${template.id}`, {
      template: { ...changed, version: template.version + 1 },
    });
    expect(bumped.statusCode, bumped.body).toBe(200);
    expect(bumped.json().version).toBe(template.version + 1);
    const versions = await t.db
      .select({ version: surveyTemplates.version })
      .from(surveyTemplates)
      .where(eq(surveyTemplates.id, template.id));
    expect(versions.map((v) => v.version).sort()).toEqual([template.version, template.version + 1]);
    // The old wave keeps its version (firstContact optional); a new wave gets the new one.
    expect((await submit(first.publicToken, answer(4))).statusCode).toBe(201);
    const second = (await newWave({ unitCode, templateId: template.id })).wave;
    expect(second.template).toMatchObject({ version: template.version + 1 });
    const missing = await submit(second.publicToken, answer(4));
    expect(missing.json().error.details).toContainEqual(
      expect.objectContaining({ path: 'answers.firstContact', code: 'required' }),
    );
  });
});

describe('demo data', () => {
  it('creates labelled demo waves with synthetic answers once, and never puts them in the catalogue', async () => {
    const created = await t.services.surveys.ensureDemo(SYSTEM_CONTEXT, {
      customerUnitCodes: ['1261', '1201'],
      employeeUnitCode: '1261',
      residentUnitCode: '1202',
    });
    expect(created).toBe(true);
    const demo = await t.db.select().from(surveyWaves).where(eq(surveyWaves.isDemo, true));
    expect(demo.length).toBe(6);
    for (const w of demo) expect(w.title).toContain('(dane syntetyczne – demo)');
    const counts = await Promise.all(demo.map((w) => stored(w.id)));
    for (const n of counts) expect(n).toBeGreaterThanOrEqual(60);
    expect(demo.filter((w) => w.previousWaveId !== null)).toHaveLength(2); // spring ↔ autumn in each customer unit
    expect(
      await t.services.surveys.ensureDemo(SYSTEM_CONTEXT, {
        customerUnitCodes: ['1261'],
        employeeUnitCode: '1261',
        residentUnitCode: '1202',
      }),
    ).toBe(false);
    // Processing closed waves publishes nothing from demo waves.
    await t.services.surveyClosing.processClosedWaves();
    const surveySources = await t.db
      .select({ detail: valueSources.detail })
      .from(valueSources)
      .where(eq(valueSources.kind, 'survey'));
    const demoIds = new Set(demo.map((w) => w.id));
    expect(surveySources.filter((s) => (s.detail.waveIds as number[]).some((id) => demoIds.has(id)))).toEqual([]);
    const results = (await admin.get(`/api/v1/survey-waves/${demo[0]!.id}/results`)).json();
    expect(results.wave.demo).toBe(true);
  });
});
