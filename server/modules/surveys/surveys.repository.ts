import { and, asc, count, desc, eq, gt, inArray, isNotNull, isNull, lte, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import {
  surveyHiddenTexts,
  surveyInvitationCodes,
  surveyResponses,
  surveySubmissionKeys,
  surveyTemplates,
  surveyWaves,
  units,
  type Localized,
} from '../../db/schema';

export type TemplateRow = typeof surveyTemplates.$inferSelect;
export type WaveRow = typeof surveyWaves.$inferSelect;

// Templates -------------------------------------------------------------------------------------

/** The newest version of every template. */
export async function latestTemplates(db: Executor): Promise<TemplateRow[]> {
  return db
    .selectDistinctOn([surveyTemplates.id])
    .from(surveyTemplates)
    .orderBy(asc(surveyTemplates.id), desc(surveyTemplates.version));
}

/** One version of a template, or its newest version when `version` is omitted. */
export async function findTemplate(db: Executor, id: string, version?: number): Promise<TemplateRow | undefined> {
  const where =
    version === undefined
      ? eq(surveyTemplates.id, id)
      : and(eq(surveyTemplates.id, id), eq(surveyTemplates.version, version));
  const [row] = await db.select().from(surveyTemplates).where(where).orderBy(desc(surveyTemplates.version)).limit(1);
  return row;
}

export async function templateVersions(db: Executor): Promise<{ id: string; version: number }[]> {
  return db.select({ id: surveyTemplates.id, version: surveyTemplates.version }).from(surveyTemplates);
}

export async function insertTemplate(db: Executor, values: typeof surveyTemplates.$inferInsert): Promise<void> {
  await db.insert(surveyTemplates).values(values);
}

export async function updateTemplate(
  db: Executor,
  id: string,
  version: number,
  values: { kind: string; titles: Localized; definition: Record<string, unknown> },
): Promise<void> {
  await db
    .update(surveyTemplates)
    .set(values)
    .where(and(eq(surveyTemplates.id, id), eq(surveyTemplates.version, version)));
}

// Waves -----------------------------------------------------------------------------------------

export async function insertWave(db: Executor, values: typeof surveyWaves.$inferInsert): Promise<WaveRow> {
  const [row] = await db.insert(surveyWaves).values(values).returning();
  return row!;
}

export async function findWave(db: Executor, id: number): Promise<WaveRow | undefined> {
  const [row] = await db.select().from(surveyWaves).where(eq(surveyWaves.id, id));
  return row;
}

export async function findWaveByToken(db: Executor, token: string): Promise<WaveRow | undefined> {
  const [row] = await db.select().from(surveyWaves).where(eq(surveyWaves.publicToken, token));
  return row;
}

export async function updateWave(
  db: Executor,
  id: number,
  values: Partial<typeof surveyWaves.$inferInsert>,
): Promise<void> {
  await db
    .update(surveyWaves)
    .set({ ...values, updatedAt: new Date() })
    .where(eq(surveyWaves.id, id));
}

export async function successorOf(db: Executor, id: number): Promise<number | null> {
  const [row] = await db.select({ id: surveyWaves.id }).from(surveyWaves).where(eq(surveyWaves.previousWaveId, id));
  return row?.id ?? null;
}

export interface WaveFilter {
  /** null: every unit. */
  unitIds: readonly number[] | null;
  templateId?: string | undefined;
  status?: 'scheduled' | 'open' | 'closed' | undefined;
  now: Date;
}

function waveConditions(filter: WaveFilter): SQL | undefined {
  const conditions: SQL[] = [];
  if (filter.unitIds !== null)
    conditions.push(filter.unitIds.length === 0 ? sql`false` : inArray(surveyWaves.unitId, [...filter.unitIds]));
  if (filter.templateId) conditions.push(eq(surveyWaves.templateId, filter.templateId));
  if (filter.status === 'scheduled') conditions.push(gt(surveyWaves.opensAt, filter.now));
  if (filter.status === 'open')
    conditions.push(and(lte(surveyWaves.opensAt, filter.now), gt(surveyWaves.closesAt, filter.now))!);
  if (filter.status === 'closed') conditions.push(lte(surveyWaves.closesAt, filter.now));
  return conditions.length > 0 ? and(...conditions) : undefined;
}

const responseCount = sql<number>`(select count(*)::int from ${surveyResponses} where ${surveyResponses.waveId} = ${surveyWaves.id})`;

/** Waves with their unit, template titles and response count, newest first. */
export async function listWaves(db: Executor, filter: WaveFilter, page: { limit: number; offset: number }) {
  const where = waveConditions(filter);
  const rows = await db
    .select({
      wave: surveyWaves,
      unitCode: units.code,
      unitName: units.name,
      templateTitles: surveyTemplates.titles,
      responses: responseCount,
    })
    .from(surveyWaves)
    .innerJoin(units, eq(units.id, surveyWaves.unitId))
    .innerJoin(
      surveyTemplates,
      and(eq(surveyTemplates.id, surveyWaves.templateId), eq(surveyTemplates.version, surveyWaves.templateVersion)),
    )
    .where(where)
    .orderBy(desc(surveyWaves.opensAt), desc(surveyWaves.id))
    .limit(page.limit)
    .offset(page.offset);
  const [total] = await db.select({ n: count() }).from(surveyWaves).where(where);
  return { rows, total: total?.n ?? 0 };
}

/** A unit's published waves, newest first. */
export async function publishedWavesOfUnit(db: Executor, unitCode: string): Promise<WaveRow[]> {
  const rows = await db
    .select({ wave: surveyWaves })
    .from(surveyWaves)
    .innerJoin(units, eq(units.id, surveyWaves.unitId))
    .where(and(eq(units.code, unitCode), isNull(units.validTo), isNotNull(surveyWaves.publishedAt)))
    .orderBy(desc(surveyWaves.closesAt), desc(surveyWaves.id));
  return rows.map((r) => r.wave);
}

/** Waves by id with unit and template titles (for summaries). */
export async function wavesWithNames(db: Executor, ids: readonly number[]) {
  if (ids.length === 0) return [];
  return db
    .select({
      wave: surveyWaves,
      unitCode: units.code,
      unitName: units.name,
      templateTitles: surveyTemplates.titles,
      responses: responseCount,
    })
    .from(surveyWaves)
    .innerJoin(units, eq(units.id, surveyWaves.unitId))
    .innerJoin(
      surveyTemplates,
      and(eq(surveyTemplates.id, surveyWaves.templateId), eq(surveyTemplates.version, surveyWaves.templateVersion)),
    )
    .where(inArray(surveyWaves.id, [...ids]));
}

/** Closed waves whose closing has not been processed yet. */
export async function wavesToProcess(db: Executor, now: Date): Promise<WaveRow[]> {
  return db
    .select()
    .from(surveyWaves)
    .where(and(isNull(surveyWaves.closeProcessedAt), lte(surveyWaves.closesAt, now)))
    .orderBy(asc(surveyWaves.closesAt));
}

/** Closed, real (not demo) waves of a unit: the candidates for its catalogue figures. */
export async function closedRealWavesOfUnit(db: Executor, unitId: number, now: Date): Promise<WaveRow[]> {
  return db
    .select()
    .from(surveyWaves)
    .where(and(eq(surveyWaves.unitId, unitId), eq(surveyWaves.isDemo, false), lte(surveyWaves.closesAt, now)));
}

/** The latest wave of the same unit and template version that opened before `before`. */
export async function latestEarlierWave(db: Executor, wave: WaveRow): Promise<WaveRow | undefined> {
  const [row] = await db
    .select()
    .from(surveyWaves)
    .where(
      and(
        eq(surveyWaves.unitId, wave.unitId),
        eq(surveyWaves.templateId, wave.templateId),
        eq(surveyWaves.templateVersion, wave.templateVersion),
        sql`${surveyWaves.opensAt} < ${wave.opensAt}`,
      ),
    )
    .orderBy(desc(surveyWaves.opensAt))
    .limit(1);
  return row;
}

/** Per unit, the wave of a template version that closed last within [from, to]. */
export async function latestClosedWavesPerUnit(
  db: Executor,
  templateId: string,
  version: number,
  range: { from: Date; to: Date },
) {
  return db
    .selectDistinctOn([surveyWaves.unitId], { wave: surveyWaves, unitCode: units.code, unitName: units.name })
    .from(surveyWaves)
    .innerJoin(units, eq(units.id, surveyWaves.unitId))
    .where(
      and(
        eq(surveyWaves.templateId, templateId),
        eq(surveyWaves.templateVersion, version),
        sql`${surveyWaves.closesAt} >= ${range.from}`,
        lte(surveyWaves.closesAt, range.to),
      ),
    )
    .orderBy(asc(surveyWaves.unitId), desc(surveyWaves.closesAt));
}

export async function countDemoWaves(db: Executor): Promise<number> {
  const [row] = await db.select({ n: count() }).from(surveyWaves).where(eq(surveyWaves.isDemo, true));
  return row?.n ?? 0;
}

// Invitation codes ------------------------------------------------------------------------------

/** Inserts the codes that are new for the wave; returns those inserted (a random clash is simply dropped). */
export async function insertCodes(db: Executor, waveId: number, codes: readonly string[]): Promise<string[]> {
  if (codes.length === 0) return [];
  const rows = await db
    .insert(surveyInvitationCodes)
    .values(codes.map((code) => ({ waveId, code })))
    .onConflictDoNothing()
    .returning({ code: surveyInvitationCodes.code });
  return rows.map((r) => r.code);
}

export async function codeCounts(db: Executor, waveId: number): Promise<{ issued: number; used: number }> {
  const [row] = await db
    .select({ issued: count(), used: sql<number>`count(${surveyInvitationCodes.usedOn})::int` })
    .from(surveyInvitationCodes)
    .where(eq(surveyInvitationCodes.waveId, waveId));
  return { issued: row?.issued ?? 0, used: row?.used ?? 0 };
}

export async function listCodes(db: Executor, waveId: number): Promise<{ code: string; used: boolean }[]> {
  const rows = await db
    .select({ code: surveyInvitationCodes.code, usedOn: surveyInvitationCodes.usedOn })
    .from(surveyInvitationCodes)
    .where(eq(surveyInvitationCodes.waveId, waveId))
    .orderBy(asc(surveyInvitationCodes.code));
  return rows.map((r) => ({ code: r.code, used: r.usedOn !== null }));
}

/** Marks an unused code used on `day`; false when the code does not exist or was used already. */
export async function useCode(db: Executor, waveId: number, code: string, day: string): Promise<boolean> {
  const rows = await db
    .update(surveyInvitationCodes)
    .set({ usedOn: day })
    .where(
      and(
        eq(surveyInvitationCodes.waveId, waveId),
        eq(surveyInvitationCodes.code, code),
        isNull(surveyInvitationCodes.usedOn),
      ),
    )
    .returning({ code: surveyInvitationCodes.code });
  return rows.length > 0;
}

export async function codeExists(db: Executor, waveId: number, code: string): Promise<boolean> {
  const [row] = await db
    .select({ code: surveyInvitationCodes.code })
    .from(surveyInvitationCodes)
    .where(and(eq(surveyInvitationCodes.waveId, waveId), eq(surveyInvitationCodes.code, code)));
  return row !== undefined;
}

// Responses -------------------------------------------------------------------------------------

/**
 * Records an idempotency key; false when it was recorded before. ON CONFLICT DO NOTHING rather
 * than check-then-insert: of two concurrent submissions with the same key, the second waits on
 * the unique index until the first commits, then finds the key taken.
 */
export async function insertKey(
  db: Executor,
  keyHash: string,
  bodyHash: string | null,
  waveId: number,
  day: string,
): Promise<boolean> {
  const rows = await db
    .insert(surveySubmissionKeys)
    .values({ keyHash, bodyHash, waveId, createdOn: day })
    .onConflictDoNothing()
    .returning({ keyHash: surveySubmissionKeys.keyHash });
  return rows.length > 0;
}

/** The body fingerprint stored with a key: undefined when the key is unknown, null for keys stored before fingerprints. */
export async function keyBodyHash(db: Executor, keyHash: string): Promise<string | null | undefined> {
  const [row] = await db
    .select({ bodyHash: surveySubmissionKeys.bodyHash })
    .from(surveySubmissionKeys)
    .where(eq(surveySubmissionKeys.keyHash, keyHash));
  return row === undefined ? undefined : row.bodyHash;
}

export async function insertResponse(
  db: Executor,
  waveId: number,
  answers: Record<string, unknown>,
  day: string,
): Promise<void> {
  await db.insert(surveyResponses).values({ waveId, answers, submittedOn: day });
}

/**
 * Stores many submissions in one statement (group commit): each row's idempotency key is inserted
 * with ON CONFLICT DO NOTHING, and its response only when the key was new (or it has none); the
 * statement is one transaction, so a key is never kept without its response or the reverse.
 * Returns, per row, whether it was stored. Keys must be distinct within a call.
 */
export async function insertSubmissions(
  db: Executor,
  rows: readonly {
    waveId: number;
    keyHash: string | null;
    bodyHash: string | null;
    answers: Record<string, unknown>;
    day: string;
  }[],
): Promise<boolean[]> {
  if (rows.length === 0) return [];
  const payload = JSON.stringify(
    rows.map((r, i) => ({ i, w: r.waveId, k: r.keyHash, b: r.bodyHash, a: r.answers, d: r.day })),
  );
  const result = (await db.execute(sql`
    with incoming as (
      select * from json_to_recordset(${payload}::json) as t(i int, w int, k text, b text, a jsonb, d date)
    ),
    new_keys as (
      insert into survey_submission_keys (key_hash, body_hash, wave_id, created_on)
      select k, b, w, d from incoming where k is not null
      on conflict (key_hash) do nothing
      returning key_hash
    ),
    accepted as (
      select i, w, a, d from incoming where k is null or k in (select key_hash from new_keys)
    ),
    inserted as (
      insert into survey_responses (wave_id, answers, submitted_on) select w, a, d from accepted returning 1
    )
    select i from accepted`)) as unknown as { rows: { i: number }[] };
  const stored = new Set(result.rows.map((r) => Number(r.i)));
  return rows.map((_, i) => stored.has(i));
}

/** Bulk insert (demo data): one statement, the rows travelling as one JSON parameter. */
export async function insertResponses(
  db: Executor,
  waveId: number,
  rows: readonly { answers: Record<string, unknown>; day: string }[],
): Promise<void> {
  const CHUNK = 5_000;
  for (let i = 0; i < rows.length; i += CHUNK) {
    const chunk = rows.slice(i, i + CHUNK).map((r) => ({ a: r.answers, d: r.day }));
    await db.execute(sql`
      insert into survey_responses (wave_id, answers, submitted_on)
      select ${waveId}::int, a, d from json_to_recordset(${JSON.stringify(chunk)}::json) as t(a jsonb, d date)`);
  }
}

export interface ResponseRow {
  id: string;
  waveId: number;
  answers: Record<string, unknown>;
  submittedOn: string;
}

export async function responsesOf(db: Executor, waveIds: readonly number[]): Promise<ResponseRow[]> {
  if (waveIds.length === 0) return [];
  return db
    .select({
      id: surveyResponses.id,
      waveId: surveyResponses.waveId,
      answers: surveyResponses.answers,
      submittedOn: surveyResponses.submittedOn,
    })
    .from(surveyResponses)
    .where(inArray(surveyResponses.waveId, [...waveIds]));
}

export async function responseCounts(db: Executor, waveIds: readonly number[]): Promise<Map<number, number>> {
  if (waveIds.length === 0) return new Map();
  const rows = await db
    .select({ waveId: surveyResponses.waveId, n: count() })
    .from(surveyResponses)
    .where(inArray(surveyResponses.waveId, [...waveIds]))
    .groupBy(surveyResponses.waveId);
  return new Map(rows.map((r) => [r.waveId, r.n]));
}

export async function findResponse(db: Executor, id: string): Promise<ResponseRow | undefined> {
  const [row] = await db
    .select({
      id: surveyResponses.id,
      waveId: surveyResponses.waveId,
      answers: surveyResponses.answers,
      submittedOn: surveyResponses.submittedOn,
    })
    .from(surveyResponses)
    .where(eq(surveyResponses.id, id));
  return row;
}

// Hidden free text ------------------------------------------------------------------------------

export async function hiddenTextsOf(db: Executor, waveIds: readonly number[]) {
  if (waveIds.length === 0) return [];
  return db
    .select({
      responseId: surveyHiddenTexts.responseId,
      question: surveyHiddenTexts.question,
      reason: surveyHiddenTexts.reason,
    })
    .from(surveyHiddenTexts)
    .innerJoin(surveyResponses, eq(surveyResponses.id, surveyHiddenTexts.responseId))
    .where(inArray(surveyResponses.waveId, [...waveIds]));
}

export async function hideText(
  db: Executor,
  values: { responseId: string; question: string; reason: string | null; hiddenBy: string | null },
): Promise<void> {
  await db
    .insert(surveyHiddenTexts)
    .values(values)
    .onConflictDoUpdate({
      target: [surveyHiddenTexts.responseId, surveyHiddenTexts.question],
      set: { reason: values.reason, hiddenBy: values.hiddenBy, hiddenAt: new Date() },
    });
}

export async function unhideText(db: Executor, responseId: string, question: string): Promise<number> {
  const rows = await db
    .delete(surveyHiddenTexts)
    .where(and(eq(surveyHiddenTexts.responseId, responseId), eq(surveyHiddenTexts.question, question)))
    .returning();
  return rows.length;
}
