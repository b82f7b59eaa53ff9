import { asc, desc, eq, isNotNull, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { dataReleases, type ReleaseChanges, type ReleaseContent, type Localized } from '../../db/schema';

export type ReleaseRow = typeof dataReleases.$inferSelect;

export async function listReleases(db: Executor): Promise<ReleaseRow[]> {
  return db.select().from(dataReleases).orderBy(desc(dataReleases.number), desc(dataReleases.id));
}

export async function publishedReleases(db: Executor): Promise<ReleaseRow[]> {
  return db.select().from(dataReleases).where(isNotNull(dataReleases.number)).orderBy(asc(dataReleases.number));
}

export async function findRelease(db: Executor, id: number): Promise<ReleaseRow | undefined> {
  const [row] = await db.select().from(dataReleases).where(eq(dataReleases.id, id));
  return row;
}

export async function insertRelease(
  db: Executor,
  values: { title: Localized; notes: Localized; contents: ReleaseContent[]; createdBy: string | null },
): Promise<ReleaseRow> {
  const [row] = await db.insert(dataReleases).values(values).returning();
  return row!;
}

/** Numbers a draft: the next number is taken under a lock so two operators publishing at once get 1 and 2. */
export async function publishRelease(
  db: Executor,
  id: number,
  values: { publishedAt: Date; publishedBy: string | null; changes: ReleaseChanges },
): Promise<ReleaseRow> {
  await db.execute(sql`lock table ${dataReleases} in share row exclusive mode`);
  const [row] = await db
    .update(dataReleases)
    .set({
      ...values,
      number: sql`(select coalesce(max(${dataReleases.number}), 0) + 1 from ${dataReleases})`,
    })
    .where(eq(dataReleases.id, id))
    .returning();
  return row!;
}

/**
 * The database's clock: revisions and round steps are stamped by it (`now()`), so a release's
 * instant must come from the same clock for "as of the release" to cut the history right. (A write
 * whose transaction began before the instant but commits after it would still count as before it;
 * imports and round steps are short, and the release records the instant, not the commit order.)
 */
export async function databaseNow(db: Executor): Promise<Date> {
  const result = (await db.execute(sql`select now() as now`)) as unknown as { rows: { now: Date | string }[] };
  return new Date(result.rows[0]!.now);
}

export async function deleteRelease(db: Executor, id: number): Promise<void> {
  await db.delete(dataReleases).where(eq(dataReleases.id, id));
}

/** Variable periods holding reference data (the shipped BDL extract, shipped datasets, BDL API syncs). */
export async function referenceVariablePeriods(db: Executor): Promise<{ variableId: number; period: string }[]> {
  const result = (await db.execute(sql`
    select distinct dv.variable_id, dv.period
    from data_values dv join value_sources s on s.id = dv.source_id
    where dv.status = 'approved' and s.kind in ('bdl-extract', 'dataset', 'bdl')`)) as unknown as {
    rows: { variable_id: number; period: string }[];
  };
  return result.rows.map((r) => ({ variableId: Number(r.variable_id), period: r.period }));
}

/**
 * When the inputs of some variables in one period changed after `after`, per unit: revisions
 * (saves, imports, removals) and round steps that decide whether a round value counts as approved
 * (approve, return, reopen). The as-of read of the value store changes only at these instants.
 */
export async function inputChanges(
  db: Executor,
  variableIds: readonly number[],
  period: string,
  after: Date,
): Promise<{ unitId: number; at: Date }[]> {
  if (variableIds.length === 0) return [];
  const ids = sql.join(
    variableIds.map((id) => sql`${id}`),
    sql`, `,
  );
  const result = (await db.execute(sql`
    select r.unit_id, r.changed_at as at from data_value_revisions r
    where r.period = ${period} and r.variable_id in (${ids}) and r.changed_at > ${after}
    union
    select e.unit_id, e.at from round_events e
    where e.at > ${after} and e.action in ('approve', 'return', 'reopen')
      and exists (
        select 1 from data_values dv
        where dv.round_id = e.round_id and dv.unit_id = e.unit_id and dv.period = ${period} and dv.variable_id in (${ids})
        union all
        select 1 from data_value_revisions rv
        where rv.round_id = e.round_id and rv.unit_id = e.unit_id and rv.period = ${period} and rv.variable_id in (${ids})
      )`)) as unknown as { rows: { unit_id: number; at: Date | string }[] };
  return result.rows.map((r) => ({ unitId: Number(r.unit_id), at: new Date(r.at) }));
}

/** The revisions of some variables of one unit in one period, with the kind of their source (never who). */
export async function valueRevisions(
  db: Executor,
  unitId: number,
  variableIds: readonly number[],
  period: string,
): Promise<{ variableId: number; at: Date; comment: string | null; sourceKind: string }[]> {
  if (variableIds.length === 0) return [];
  const ids = sql.join(
    variableIds.map((id) => sql`${id}`),
    sql`, `,
  );
  const result = (await db.execute(sql`
    select r.variable_id, r.changed_at as at, r.comment, s.kind as source_kind
    from data_value_revisions r join value_sources s on s.id = r.source_id
    where r.unit_id = ${unitId} and r.period = ${period} and r.variable_id in (${ids})
    order by r.changed_at, r.id`)) as unknown as {
    rows: { variable_id: number; at: Date | string; comment: string | null; source_kind: string }[];
  };
  return result.rows.map((r) => ({
    variableId: Number(r.variable_id),
    at: new Date(r.at),
    comment: r.comment,
    sourceKind: r.source_kind,
  }));
}
