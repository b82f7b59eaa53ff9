import { and, asc, desc, eq, gte, inArray, isNull, lte, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import {
  appMeta,
  collectionRounds,
  dataValueRevisions,
  dataValues,
  outbox,
  roundEvents,
  roundUnits,
  roundVariables,
  units,
  valueSources,
} from '../../db/schema';

export interface ValueWrite {
  unitId: number;
  variableId: number;
  period: string;
  value: number;
  /** Row of the import file, for sources of kind `import`. */
  row?: number | null;
  comment?: string | null;
}

export interface WriteMeta {
  status: 'draft' | 'submitted' | 'approved';
  sourceId: number;
  roundId: number | null;
  actor: string | null;
}

/** Rows per statement: large enough to amortise the round trip, small enough for PGlite's heap. */
const CHUNK = 25_000;

/**
 * SET clauses (of an upsert or an update of data_values) that keep the approved value beside a
 * draft: when a row that is approved now becomes a draft or submitted, its value and source move to
 * approved_*; when the row becomes approved, approved_* is cleared. In both statements the
 * right-hand sides read the row as it was before the change; `excluded.status` / the new status is
 * given as the `next` expression.
 */
function keepApproved(next: ReturnType<typeof sql>) {
  return sql`
        approved_value = case when ${next} = 'approved' then null when data_values.status = 'approved' then data_values.value else data_values.approved_value end,
        approved_source_id = case when ${next} = 'approved' then null when data_values.status = 'approved' then data_values.source_id else data_values.approved_source_id end,
        approved_source_row = case when ${next} = 'approved' then null when data_values.status = 'approved' then data_values.source_row else data_values.approved_source_row end`;
}
const KEEP_APPROVED = keepApproved(sql.raw('excluded.status'));

/** The value that counts as approved (the row's own or the one a draft replaced), for the reads below. */
const approvedValue = sql<number>`case when ${dataValues.status} = 'approved' then ${dataValues.value} else ${dataValues.approvedValue} end`;
const isOrHidesApproved = sql`(${dataValues.status} = 'approved' or ${dataValues.approvedValue} is not null)`;

export async function insertSource(
  db: Executor,
  kind: string,
  detail: Record<string, unknown>,
  createdBy: string | null,
): Promise<number> {
  const [row] = await db.insert(valueSources).values({ kind, detail, createdBy }).returning({ id: valueSources.id });
  return row!.id;
}

export async function sourcesByIds(db: Executor, ids: readonly number[]) {
  if (ids.length === 0) return new Map<number, { kind: string; detail: Record<string, unknown> }>();
  const rows = await db
    .select()
    .from(valueSources)
    .where(inArray(valueSources.id, [...ids]));
  return new Map(rows.map((r) => [r.id, { kind: r.kind, detail: r.detail }]));
}

/**
 * Writes values and their revisions in one statement per chunk. Rows travel as one compact JSON
 * parameter expanded with json_to_recordset, which works the same on PGlite and node-postgres (no
 * driver array encoding) and keeps a 1,000,000-row import at a few dozen statements. The
 * data-modifying CTE reads the previous value from the same snapshot before the upsert replaces it.
 */
export async function writeValues(db: Executor, rows: readonly ValueWrite[], meta: WriteMeta): Promise<void> {
  for (let i = 0; i < rows.length; i += CHUNK) {
    const chunk = rows
      .slice(i, i + CHUNK)
      .map((r) => ({ u: r.unitId, v: r.variableId, p: r.period, x: r.value, r: r.row ?? null, c: r.comment ?? null }));
    await db.execute(sql`
      with incoming as (
        select * from json_to_recordset(${JSON.stringify(chunk)}::json) as t(u int, v int, p text, x double precision, r int, c text)
      ),
      revisions as (
        insert into data_value_revisions (unit_id, variable_id, period, value, previous_value, status, source_id, source_row, comment, changed_by, round_id)
        select i.u, i.v, i.p, i.x, d.value, ${meta.status}, ${meta.sourceId}, i.r, i.c, ${meta.actor}::uuid, ${meta.roundId}::int
        from incoming i left join data_values d on d.unit_id = i.u and d.variable_id = i.v and d.period = i.p
        -- Saving an unchanged value is not a change: no revision.
        where d.unit_id is null or d.value is distinct from i.x or d.comment is distinct from i.c or d.status is distinct from ${meta.status}
      )
      insert into data_values (unit_id, variable_id, period, value, status, source_id, source_row, comment, round_id, updated_at, updated_by)
      select u, v, p, x, ${meta.status}, ${meta.sourceId}, r, c, ${meta.roundId}::int, now(), ${meta.actor}::uuid from incoming
      on conflict (unit_id, variable_id, period) do update set
        value = excluded.value, status = excluded.status, source_id = excluded.source_id, source_row = excluded.source_row,
        -- The row belongs to whatever wrote it last: a value written outside a round leaves the
        -- round's form (whose approval would not touch it), and one written in a round joins it.
        comment = excluded.comment, round_id = excluded.round_id,
        updated_at = excluded.updated_at, updated_by = excluded.updated_by,
        ${KEEP_APPROVED}`);
  }
}

/** Seeding path without revisions, for reference data loaded on first start (its source is the shipped file). */
export async function seedValues(db: Executor, rows: readonly (ValueWrite & { sourceId: number })[]): Promise<void> {
  for (let i = 0; i < rows.length; i += CHUNK) {
    const chunk = rows
      .slice(i, i + CHUNK)
      .map((r) => ({ u: r.unitId, v: r.variableId, p: r.period, x: r.value, s: r.sourceId }));
    await db.execute(sql`
      insert into data_values (unit_id, variable_id, period, value, status, source_id)
      select u, v, p, x, 'approved', s from json_to_recordset(${JSON.stringify(chunk)}::json)
        as t(u int, v int, p text, x double precision, s int)
      on conflict (unit_id, variable_id, period) do nothing`);
  }
}

export async function deleteValues(
  db: Executor,
  unitId: number,
  variableIds: readonly number[],
  period: string,
  meta: WriteMeta,
): Promise<void> {
  if (variableIds.length === 0) return;
  const removed = await db
    .delete(dataValues)
    .where(
      and(
        eq(dataValues.unitId, unitId),
        eq(dataValues.period, period),
        inArray(dataValues.variableId, [...variableIds]),
      ),
    )
    .returning();
  if (removed.length > 0) {
    await db.insert(dataValueRevisions).values(
      removed.map((r) => ({
        unitId,
        variableId: r.variableId,
        period,
        value: r.approvedValue,
        previousValue: r.value,
        status: r.approvedValue !== null ? 'approved' : meta.status,
        sourceId: r.approvedValue !== null ? r.approvedSourceId! : meta.sourceId,
        sourceRow: r.approvedValue !== null ? r.approvedSourceRow : null,
        changedBy: meta.actor,
        roundId: r.roundId,
      })),
    );
    // Removing a draft brings back the approved value it had replaced (outside any round).
    const restored = removed.filter((r) => r.approvedValue !== null);
    if (restored.length > 0)
      await db.insert(dataValues).values(
        restored.map((r) => ({
          unitId,
          variableId: r.variableId,
          period,
          value: r.approvedValue!,
          status: 'approved' as const,
          sourceId: r.approvedSourceId!,
          sourceRow: r.approvedSourceRow,
          roundId: null,
          updatedBy: meta.actor,
        })),
      );
  }
}

export async function valuesOf(
  db: Executor,
  unitIds: readonly number[],
  variableIds: readonly number[],
  periods: readonly string[],
) {
  if (unitIds.length === 0 || variableIds.length === 0 || periods.length === 0) return [];
  return db
    .select()
    .from(dataValues)
    .where(
      and(
        inArray(dataValues.unitId, [...unitIds]),
        inArray(dataValues.variableId, [...variableIds]),
        inArray(dataValues.period, [...periods]),
      ),
    );
}

/**
 * Approved values of variables in a period for all current units of a kind (the peer group of the
 * outlier check). Approved only: another unit's draft must not show, not even inside a median.
 */
export async function approvedValuesByKind(db: Executor, kind: string, variableIds: readonly number[], period: string) {
  if (variableIds.length === 0) return [];
  return db
    .select({ unitId: dataValues.unitId, variableId: dataValues.variableId, value: approvedValue })
    .from(dataValues)
    .innerJoin(units, eq(units.id, dataValues.unitId))
    .where(
      and(
        eq(units.kind, kind),
        isNull(units.validTo),
        eq(dataValues.period, period),
        inArray(dataValues.variableId, [...variableIds]),
        isOrHidesApproved,
      ),
    );
}

/**
 * Moves the values a unit entered in this round to a new status. Values of the same unit, variable
 * and period that came from elsewhere (another round, BDL, an import outside rounds) keep theirs:
 * returning or reopening one round must not un-approve another round's data.
 */
export async function setStatus(
  db: Executor,
  roundId: number,
  unitId: number,
  variableIds: readonly number[],
  period: string,
  status: 'draft' | 'submitted' | 'approved',
): Promise<void> {
  if (variableIds.length === 0) return;
  await db
    .update(dataValues)
    .set({ status, ...keepApprovedColumns(status) })
    .where(
      and(
        eq(dataValues.unitId, unitId),
        eq(dataValues.period, period),
        eq(dataValues.roundId, roundId),
        inArray(dataValues.variableId, [...variableIds]),
      ),
    );
}

function keepApprovedColumns(next: 'draft' | 'submitted' | 'approved') {
  const when = (column: string) =>
    next === 'approved'
      ? sql`null`
      : sql.raw(
          `case when data_values.status = 'approved' then data_values.${column} else data_values.approved_${column} end`,
        );
  return { approvedValue: when('value'), approvedSourceId: when('source_id'), approvedSourceRow: when('source_row') };
}

export interface DraftFilter {
  sourceIds?: readonly number[] | undefined;
}

/**
 * Values outside rounds that are not approved (imports left as drafts), grouped by their source:
 * what an operator may approve in bulk.
 */
export async function draftsOutsideRounds(db: Executor) {
  return db
    .select({
      sourceId: dataValues.sourceId,
      kind: valueSources.kind,
      detail: valueSources.detail,
      createdAt: valueSources.createdAt,
      createdBy: valueSources.createdBy,
      values: sql<number>`count(*)::int`,
      units: sql<number>`count(distinct ${dataValues.unitId})::int`,
      periods: sql<string[]>`array_agg(distinct ${dataValues.period} order by ${dataValues.period})`,
      replacing: sql<number>`count(${dataValues.approvedValue})::int`,
    })
    .from(dataValues)
    .innerJoin(valueSources, eq(valueSources.id, dataValues.sourceId))
    .where(and(isNull(dataValues.roundId), sql`${dataValues.status} <> 'approved'`))
    .groupBy(
      dataValues.sourceId,
      valueSources.kind,
      valueSources.detail,
      valueSources.createdAt,
      valueSources.createdBy,
    )
    .orderBy(desc(dataValues.sourceId))
    .limit(500);
}

/**
 * Approves the drafts outside rounds that came from the given sources, with a revision per value
 * (status approved), so the history and "approved as of" reads see when it happened.
 */
export async function approveDraftsOutsideRounds(
  db: Executor,
  sourceIds: readonly number[],
  actor: string,
): Promise<{ values: number; units: number }> {
  if (sourceIds.length === 0) return { values: 0, units: 0 };
  const result = (await db.execute(sql`
    with approved as (
      update data_values set status = 'approved', approved_value = null, approved_source_id = null,
        approved_source_row = null, updated_at = now(), updated_by = ${actor}::uuid
      where round_id is null and status <> 'approved'
        and source_id in (select (jsonb_array_elements_text(${JSON.stringify(sourceIds)}::jsonb))::int)
      returning unit_id, variable_id, period, value, source_id, source_row, comment
    ),
    revisions as (
      insert into data_value_revisions (unit_id, variable_id, period, value, previous_value, status, source_id, source_row, comment, changed_by, round_id)
      select unit_id, variable_id, period, value, value, 'approved', source_id, source_row, comment, ${actor}::uuid, null from approved
    )
    select count(*)::int as n, count(distinct unit_id)::int as u from approved`)) as unknown as {
    rows: { n: number; u: number }[];
  };
  const row = result.rows[0];
  return { values: Number(row?.n ?? 0), units: Number(row?.u ?? 0) };
}

export async function revisionsOf(
  db: Executor,
  unitId: number,
  variableId: number | null,
  period: string | null,
  limit: number,
) {
  const conditions = [eq(dataValueRevisions.unitId, unitId)];
  if (variableId !== null) conditions.push(eq(dataValueRevisions.variableId, variableId));
  if (period !== null) conditions.push(eq(dataValueRevisions.period, period));
  return db
    .select()
    .from(dataValueRevisions)
    .where(and(...conditions))
    .orderBy(desc(dataValueRevisions.id))
    .limit(limit);
}

/** The files (detail.file) that sources of `kind` name: which shipped files are already loaded. */
export async function sourceFiles(db: Executor, kind: string): Promise<Set<string>> {
  const rows = await db
    .select({ file: sql<string | null>`${valueSources.detail}->>'file'` })
    .from(valueSources)
    .where(eq(valueSources.kind, kind));
  return new Set(rows.flatMap((r) => (r.file ? [r.file] : [])));
}

export async function countValues(db: Executor): Promise<number> {
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(dataValues);
  return row?.n ?? 0;
}

// Rounds ---------------------------------------------------------------------------------------

export type RoundRow = typeof collectionRounds.$inferSelect;
export type RoundUnitRow = typeof roundUnits.$inferSelect;

export async function insertRound(
  db: Executor,
  values: typeof collectionRounds.$inferInsert,
  variableIds: number[],
  unitIds: number[],
): Promise<RoundRow> {
  const [round] = await db.insert(collectionRounds).values(values).returning();
  await db
    .insert(roundVariables)
    .values(variableIds.map((variableId, position) => ({ roundId: round!.id, variableId, position })));
  await db.insert(roundUnits).values(unitIds.map((unitId) => ({ roundId: round!.id, unitId })));
  return round!;
}

export async function findRound(db: Executor, id: number): Promise<RoundRow | undefined> {
  const [row] = await db.select().from(collectionRounds).where(eq(collectionRounds.id, id));
  return row;
}

export async function listRounds(db: Executor, unitIds: readonly number[] | null) {
  if (unitIds === null) return db.select().from(collectionRounds).orderBy(desc(collectionRounds.id));
  if (unitIds.length === 0) return [];
  return db
    .selectDistinct({ round: collectionRounds })
    .from(collectionRounds)
    .innerJoin(roundUnits, eq(roundUnits.roundId, collectionRounds.id))
    .where(inArray(roundUnits.unitId, [...unitIds]))
    .orderBy(desc(collectionRounds.id))
    .then((rows) => rows.map((r) => r.round));
}

export async function roundVariableIds(db: Executor, roundId: number): Promise<number[]> {
  const rows = await db
    .select()
    .from(roundVariables)
    .where(eq(roundVariables.roundId, roundId))
    .orderBy(asc(roundVariables.position));
  return rows.map((r) => r.variableId);
}

export async function roundUnitRows(db: Executor, roundId: number) {
  return db
    .select({ ru: roundUnits, code: units.code, name: units.name, kind: units.kind })
    .from(roundUnits)
    .innerJoin(units, eq(units.id, roundUnits.unitId))
    .where(eq(roundUnits.roundId, roundId))
    .orderBy(asc(units.name), asc(units.code));
}

export async function findRoundUnit(db: Executor, roundId: number, unitId: number): Promise<RoundUnitRow | undefined> {
  const [row] = await db
    .select()
    .from(roundUnits)
    .where(and(eq(roundUnits.roundId, roundId), eq(roundUnits.unitId, unitId)));
  return row;
}

export async function updateRoundUnit(
  db: Executor,
  roundId: number,
  unitId: number,
  values: Partial<typeof roundUnits.$inferInsert>,
): Promise<void> {
  await db
    .update(roundUnits)
    .set({ ...values, updatedAt: new Date() })
    .where(and(eq(roundUnits.roundId, roundId), eq(roundUnits.unitId, unitId)));
}

export async function insertEvent(db: Executor, values: typeof roundEvents.$inferInsert): Promise<void> {
  await db.insert(roundEvents).values(values);
}

export async function eventsOf(db: Executor, roundId: number, unitId: number | null) {
  const where =
    unitId === null
      ? eq(roundEvents.roundId, roundId)
      : and(eq(roundEvents.roundId, roundId), eq(roundEvents.unitId, unitId));
  return db.select().from(roundEvents).where(where).orderBy(asc(roundEvents.id));
}

export async function insertOutbox(db: Executor, rows: (typeof outbox.$inferInsert)[]) {
  if (rows.length === 0) return [];
  return db.insert(outbox).values(rows).returning();
}

export async function listOutbox(db: Executor, limit: number) {
  return db.select().from(outbox).orderBy(desc(outbox.id)).limit(limit);
}

export async function markOutbox(
  db: Executor,
  id: number,
  values: { sentAt?: Date; error?: string | null },
): Promise<void> {
  await db.update(outbox).set(values).where(eq(outbox.id, id));
}

/** Approved values of one unit (all variables, all periods): what the public sees. */
export async function approvedValuesOfUnit(db: Executor, unitId: number) {
  return db
    .select({ variableId: dataValues.variableId, period: dataValues.period, value: approvedValue })
    .from(dataValues)
    .where(and(eq(dataValues.unitId, unitId), isOrHidesApproved));
}

/** Approved values of the units with ids in [fromId, toId] (a page of the benchmarking engine's input): a few columns, no joins. */
export async function approvedValuesOfUnitRange(db: Executor, fromId: number, toId: number) {
  return db
    .select({
      unitId: dataValues.unitId,
      variableId: dataValues.variableId,
      period: dataValues.period,
      value: approvedValue,
    })
    .from(dataValues)
    .where(and(gte(dataValues.unitId, fromId), lte(dataValues.unitId, toId), isOrHidesApproved));
}

/** The smallest and largest unit id in the value store (null when it is empty). */
export async function valueUnitIdRange(db: Executor): Promise<{ min: number; max: number } | null> {
  const [row] = await db
    .select({ min: sql<number | null>`min(${dataValues.unitId})`, max: sql<number | null>`max(${dataValues.unitId})` })
    .from(dataValues);
  return row?.min == null || row.max == null ? null : { min: Number(row.min), max: Number(row.max) };
}

/** A unit's approved values of some variables in every period, with their source (for provenance). */
export async function approvedSeriesOfUnit(db: Executor, unitId: number, variableIds: readonly number[]) {
  if (variableIds.length === 0) return [];
  return db
    .select({
      variableId: dataValues.variableId,
      period: dataValues.period,
      value: approvedValue,
      sourceId: sql<number>`case when ${dataValues.status} = 'approved' then ${dataValues.sourceId} else ${dataValues.approvedSourceId} end`,
      sourceRow: sql<
        number | null
      >`case when ${dataValues.status} = 'approved' then ${dataValues.sourceRow} else ${dataValues.approvedSourceRow} end`,
    })
    .from(dataValues)
    .where(and(eq(dataValues.unitId, unitId), isOrHidesApproved, inArray(dataValues.variableId, [...variableIds])));
}

/**
 * The value store as it stood at `asOf`, for some units and variables: the latest revision at or
 * before `asOf` gives the value and status then; a key whose revisions all came later held the
 * first revision's previous value (reference data, loaded approved without a revision); a key
 * without revisions is reference data, present since it was loaded. Approving a round form changes
 * the status without a revision, so a value saved in a round counts as approved at `asOf` when the
 * unit's latest step in that round between the save and `asOf` is an approval. Only approved values
 * are returned. Later changes never alter the answer, which makes reports "as of a date" reproducible.
 */
export async function approvedValuesAsOf(
  db: Executor,
  unitIds: readonly number[],
  variableIds: readonly number[],
  asOf: Date,
): Promise<{ unitId: number; variableId: number; period: string; value: number }[]> {
  if (unitIds.length === 0 || variableIds.length === 0) return [];
  const current = await db
    .select({
      unitId: dataValues.unitId,
      variableId: dataValues.variableId,
      period: dataValues.period,
      value: dataValues.value,
      status: dataValues.status,
      roundId: dataValues.roundId,
      updatedAt: dataValues.updatedAt,
    })
    .from(dataValues)
    .where(and(inArray(dataValues.unitId, [...unitIds]), inArray(dataValues.variableId, [...variableIds])));
  const revisions = await db
    .select({
      unitId: dataValueRevisions.unitId,
      variableId: dataValueRevisions.variableId,
      period: dataValueRevisions.period,
      value: dataValueRevisions.value,
      previousValue: dataValueRevisions.previousValue,
      status: dataValueRevisions.status,
      changedAt: dataValueRevisions.changedAt,
      roundId: dataValueRevisions.roundId,
    })
    .from(dataValueRevisions)
    .where(
      and(inArray(dataValueRevisions.unitId, [...unitIds]), inArray(dataValueRevisions.variableId, [...variableIds])),
    )
    .orderBy(asc(dataValueRevisions.id));
  const roundIds = [
    ...new Set([...current, ...revisions].map((c) => c.roundId).filter((id): id is number => id !== null)),
  ];
  const steps =
    roundIds.length === 0
      ? []
      : await db
          .select({
            roundId: roundEvents.roundId,
            unitId: roundEvents.unitId,
            action: roundEvents.action,
            at: roundEvents.at,
          })
          .from(roundEvents)
          .where(and(inArray(roundEvents.roundId, roundIds), inArray(roundEvents.unitId, [...unitIds])))
          .orderBy(asc(roundEvents.id));
  const approvedInRound = (roundId: number | null, unitId: number, after: number, at: number) => {
    if (roundId === null) return false;
    const last = steps
      .filter((e) => e.roundId === roundId && e.unitId === unitId && e.at.getTime() >= after && e.at.getTime() <= at)
      .filter((e) => e.action === 'approve' || e.action === 'return' || e.action === 'reopen')
      .at(-1);
    return last?.action === 'approve';
  };
  const byKey = new Map<string, typeof revisions>();
  for (const r of revisions) {
    const key = `${r.unitId}|${r.variableId}|${r.period}`;
    const list = byKey.get(key);
    if (list) list.push(r);
    else byKey.set(key, [r]);
  }
  const result: { unitId: number; variableId: number; period: string; value: number }[] = [];
  const at = asOf.getTime();
  const keys = new Map<string, { unitId: number; variableId: number; period: string }>();
  for (const c of current) keys.set(`${c.unitId}|${c.variableId}|${c.period}`, c);
  for (const r of revisions) keys.set(`${r.unitId}|${r.variableId}|${r.period}`, r);
  const currentByKey = new Map(current.map((c) => [`${c.unitId}|${c.variableId}|${c.period}`, c]));
  for (const [key, k] of keys) {
    const history = byKey.get(key);
    let value: number | null = null;
    if (!history) {
      const c = currentByKey.get(key)!;
      if (c.status === 'approved' && c.updatedAt.getTime() <= at) value = c.value;
    } else {
      const upTo = history.filter((r) => r.changedAt.getTime() <= at);
      const before = upTo.at(-1);
      if (!before) value = history[0]!.previousValue;
      else if (
        before.status === 'approved' ||
        approvedInRound(
          before.roundId ?? currentByKey.get(key)?.roundId ?? null,
          k.unitId,
          before.changedAt.getTime(),
          at,
        )
      )
        value = before.value;
      else {
        // A draft does not hide the approved value: the last approved revision before it counts
        // (or, when none was approved, the reference value the first revision replaced).
        const approved = upTo.findLast((r) => r.status === 'approved');
        value = approved ? approved.value : history[0]!.previousValue;
      }
    }
    if (value !== null) result.push({ unitId: k.unitId, variableId: k.variableId, period: k.period, value });
  }
  return result;
}

/** One installation fact of app_meta (e.g. the BDL sync's state); undefined when absent. */
export async function readMeta<T>(db: Executor, key: string): Promise<T | undefined> {
  const [row] = await db.select({ value: appMeta.value }).from(appMeta).where(eq(appMeta.key, key));
  return row?.value as T | undefined;
}

export async function writeMeta(db: Executor, key: string, value: unknown): Promise<void> {
  await db
    .insert(appMeta)
    .values({ key, value })
    .onConflictDoUpdate({ target: appMeta.key, set: { value, updatedAt: new Date() } });
}
