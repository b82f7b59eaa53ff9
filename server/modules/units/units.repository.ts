import { and, asc, count, desc, eq, inArray, isNull, like, ne, or, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Executor } from '../../db/client';
import { escapeLike } from '../../db/sql';
import { unitGeometries, unitLinks, units } from '../../db/schema';

export type UnitRow = typeof units.$inferSelect;
const parent = alias(units, 'parent');

/** Columns of a unit summary: the unit plus its parent's code and name. */
const summaryColumns = {
  id: units.id,
  code: units.code,
  name: units.name,
  kind: units.kind,
  source: units.source,
  validFrom: units.validFrom,
  validTo: units.validTo,
  parentId: units.parentId,
  parentCode: parent.code,
  parentName: parent.name,
};

/** `path` contains `/CODE/` for every ancestor (and the unit itself). */
export function withinCondition(code: string): SQL {
  return and(like(units.path, `%/${escapeLike(code)}/%`), ne(units.code, code))!;
}

export interface UnitFilter {
  kind?: string | undefined;
  parentCode?: string | undefined;
  withinCode?: string | undefined;
  /** Already folded with foldForSearch. */
  foldedQuery?: string | undefined;
  includeHistorical?: boolean | undefined;
}

export async function listUnits(db: Executor, filter: UnitFilter, page: { limit: number; offset: number }) {
  const conditions: SQL[] = [];
  if (!filter.includeHistorical) conditions.push(isNull(units.validTo));
  if (filter.kind) conditions.push(eq(units.kind, filter.kind));
  if (filter.parentCode) conditions.push(eq(parent.code, filter.parentCode));
  if (filter.withinCode) conditions.push(withinCondition(filter.withinCode));
  const q = filter.foldedQuery;
  if (q) conditions.push(or(like(units.searchName, `%${escapeLike(q)}%`), like(units.code, `${escapeLike(q)}%`))!);
  const where = conditions.length > 0 ? and(...conditions) : undefined;
  // With a query, exact and prefix matches come first ("lodz" → Łódź before Łódzkie villages).
  const order = q
    ? [
        desc(sql`(${units.searchName} = ${q})`),
        desc(sql`(${units.searchName} like ${`${escapeLike(q)}%`})`),
        asc(units.name),
        asc(units.code),
      ]
    : [asc(units.code)];
  const rows = await db
    .select(summaryColumns)
    .from(units)
    .leftJoin(parent, eq(parent.id, units.parentId))
    .where(where)
    .orderBy(...order)
    .limit(page.limit)
    .offset(page.offset);
  const [total] = await db
    .select({ n: count() })
    .from(units)
    .leftJoin(parent, eq(parent.id, units.parentId))
    .where(where);
  return { rows, total: total?.n ?? 0 };
}

export async function countKinds(db: Executor) {
  return db
    .select({ kind: units.kind, count: count() })
    .from(units)
    .where(isNull(units.validTo))
    .groupBy(units.kind)
    .orderBy(asc(units.kind));
}

/** The current unit with this code, or else its most recent historical version. */
export async function findUnitByCode(db: Executor, code: string): Promise<UnitRow | undefined> {
  const [row] = await db
    .select()
    .from(units)
    .where(eq(units.code, code))
    .orderBy(sql`${units.validTo} desc nulls first`)
    .limit(1);
  return row;
}

export async function findCurrentUnitIds(db: Executor, codes: readonly string[]): Promise<Map<string, number>> {
  if (codes.length === 0) return new Map();
  const rows = await db
    .select({ id: units.id, code: units.code })
    .from(units)
    .where(and(inArray(units.code, [...codes]), isNull(units.validTo)));
  return new Map(rows.map((r) => [r.code, r.id]));
}

export async function summariesWhere(db: Executor, where: SQL | undefined, limit = 1000) {
  return db
    .select(summaryColumns)
    .from(units)
    .leftJoin(parent, eq(parent.id, units.parentId))
    .where(where)
    .orderBy(asc(units.name), asc(units.code))
    .limit(limit);
}

export type UnitSummaryRow = Awaited<ReturnType<typeof summariesWhere>>[number];

/** Current children of a unit. */
export async function childrenOf(db: Executor, unitId: number) {
  return summariesWhere(db, and(eq(units.parentId, unitId), isNull(units.validTo)));
}

/** Current units with the same parent ("neighbours in the hierarchy"); top-level units: the same kind. */
export async function siblingsOf(db: Executor, row: Pick<UnitRow, 'id' | 'parentId' | 'kind'>) {
  const sameParent =
    row.parentId === null ? and(isNull(units.parentId), eq(units.kind, row.kind)) : eq(units.parentId, row.parentId);
  return summariesWhere(db, and(sameParent, isNull(units.validTo), ne(units.id, row.id)));
}

export async function countTerytUnits(db: Executor): Promise<number> {
  const [row] = await db.select({ n: count() }).from(units).where(eq(units.source, 'teryt'));
  return row?.n ?? 0;
}

export async function summariesByIds(db: Executor, ids: readonly number[]) {
  if (ids.length === 0) return [];
  return summariesWhere(db, inArray(units.id, [...ids]));
}

export async function summariesByCodes(db: Executor, codes: readonly string[]) {
  if (codes.length === 0) return [];
  return summariesWhere(db, and(inArray(units.code, [...codes]), isNull(units.validTo)));
}

/** What office names are made of: the units by id, with their register path and stored office name. */
export async function officeFactsByIds(db: Executor, ids: readonly number[]) {
  if (ids.length === 0) return [];
  return db
    .select({
      id: units.id,
      code: units.code,
      kind: units.kind,
      name: units.name,
      path: units.path,
      officeName: units.officeName,
    })
    .from(units)
    .where(inArray(units.id, [...ids]));
}

/** Current units sharing a kind and name with one of these pairs (namesakes whose office names need telling apart). */
export async function currentNamesakes(db: Executor, pairs: readonly { kind: string; name: string }[]) {
  if (pairs.length === 0) return [];
  return db
    .select({ code: units.code, kind: units.kind, name: units.name, path: units.path })
    .from(units)
    .where(
      and(
        isNull(units.validTo),
        inArray(units.name, [...new Set(pairs.map((p) => p.name))]),
        inArray(units.kind, [...new Set(pairs.map((p) => p.kind))]),
      ),
    );
}

export async function listLinks(db: Executor, unitId: number) {
  return db
    .select()
    .from(unitLinks)
    .where(or(eq(unitLinks.fromUnitId, unitId), eq(unitLinks.toUnitId, unitId)));
}

export async function hasGeometry(db: Executor, unitId: number): Promise<boolean> {
  const [row] = await db
    .select({ id: unitGeometries.unitId })
    .from(unitGeometries)
    .where(eq(unitGeometries.unitId, unitId));
  return row !== undefined;
}

export async function updateUnit(db: Executor, id: number, values: Partial<typeof units.$inferInsert>): Promise<void> {
  await db
    .update(units)
    .set({ ...values, updatedAt: new Date() })
    .where(eq(units.id, id));
}

export async function insertUnits(db: Executor, values: (typeof units.$inferInsert)[]) {
  const out: { id: number; code: string }[] = [];
  for (let i = 0; i < values.length; i += 500) {
    out.push(
      ...(await db
        .insert(units)
        .values(values.slice(i, i + 500))
        .returning({ id: units.id, code: units.code })),
    );
  }
  return out;
}

export async function insertLinks(db: Executor, values: (typeof unitLinks.$inferInsert)[]): Promise<void> {
  for (let i = 0; i < values.length; i += 500)
    await db
      .insert(unitLinks)
      .values(values.slice(i, i + 500))
      .onConflictDoNothing();
}

export async function insertGeometries(db: Executor, values: (typeof unitGeometries.$inferInsert)[]): Promise<void> {
  for (let i = 0; i < values.length; i += 200) await db.insert(unitGeometries).values(values.slice(i, i + 200));
}

/** Codes → source and id of every current unit; used to validate imports in memory. */
export async function currentCodeIndex(
  db: Executor,
): Promise<Map<string, { id: number; source: 'teryt' | 'csv'; path: string }>> {
  const rows = await db
    .select({ id: units.id, code: units.code, source: units.source, path: units.path })
    .from(units)
    .where(isNull(units.validTo));
  return new Map(rows.map((r) => [r.code, { id: r.id, source: r.source, path: r.path }]));
}

export async function mapFeatures(db: Executor, level: string, withinCode: string | undefined) {
  const conditions: SQL[] = [eq(unitGeometries.level, level), isNull(units.validTo)];
  if (withinCode) conditions.push(withinCondition(withinCode));
  return db
    .select({ code: units.code, name: units.name, kind: units.kind, geometry: unitGeometries.geometry })
    .from(unitGeometries)
    .innerJoin(units, eq(units.id, unitGeometries.unitId))
    .where(and(...conditions))
    .orderBy(asc(units.code));
}

export async function kindsByIds(db: Executor, ids: readonly number[]) {
  if (ids.length === 0) return [];
  return db
    .select({ id: units.id, kind: units.kind })
    .from(units)
    .where(inArray(units.id, [...ids]));
}

export async function pathsByIds(db: Executor, ids: readonly number[]) {
  if (ids.length === 0) return [];
  return db
    .select({ id: units.id, code: units.code, name: units.name, kind: units.kind, path: units.path })
    .from(units)
    .where(inArray(units.id, [...ids]));
}

/** Every unit version (current and historical) by code: older data attaches to the code it was reported under. */
export async function allCodeIds(db: Executor) {
  return db.select({ id: units.id, code: units.code, kind: units.kind, validTo: units.validTo }).from(units);
}

/** Every unit with its validity, for resolving codes as they were on a date. */
export async function registerEntries(db: Executor) {
  return db
    .select({
      code: units.code,
      kind: units.kind,
      name: units.name,
      validFrom: units.validFrom,
      validTo: units.validTo,
    })
    .from(units);
}

/** Current units with what peer selection needs. */
export async function currentUnitsForUniverse(db: Executor) {
  return db
    .select({
      id: units.id,
      code: units.code,
      name: units.name,
      kind: units.kind,
      path: units.path,
      source: units.source,
    })
    .from(units)
    .where(isNull(units.validTo))
    .orderBy(asc(units.code));
}

export async function allLinks(db: Executor) {
  return db
    .select({ fromUnitId: unitLinks.fromUnitId, toUnitId: unitLinks.toUnitId, kind: unitLinks.kind })
    .from(unitLinks);
}
