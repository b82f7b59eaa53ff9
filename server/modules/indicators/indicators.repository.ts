import { and, asc, count, eq, ilike, or, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { escapeLike } from '../../db/sql';
import { indicators, plausibilityRules, variables } from '../../db/schema';

export type VariableRow = typeof variables.$inferSelect;
export type IndicatorRow = typeof indicators.$inferSelect;
export type RuleRow = typeof plausibilityRules.$inferSelect;

/** Matches the code or either name, case-insensitively. */
function textMatch(table: typeof indicators | typeof variables, q: string): SQL {
  const pattern = `%${escapeLike(q)}%`;
  return or(
    ilike(table.code, pattern),
    ilike(sql`${table.names}->>'pl'`, pattern),
    ilike(sql`${table.names}->>'en'`, pattern),
  )!;
}

export async function listIndicators(
  db: Executor,
  filter: { q?: string; area?: string; type?: string; unitKind?: string },
  page: { limit: number; offset: number },
) {
  const conditions: SQL[] = [];
  if (filter.q) conditions.push(textMatch(indicators, filter.q));
  if (filter.area) conditions.push(eq(indicators.area, filter.area));
  if (filter.type) conditions.push(eq(indicators.type, filter.type));
  if (filter.unitKind) conditions.push(sql`${indicators.unitKinds} @> ${JSON.stringify([filter.unitKind])}::jsonb`);
  const where = conditions.length > 0 ? and(...conditions) : undefined;
  const rows = await db
    .select()
    .from(indicators)
    .where(where)
    .orderBy(asc(indicators.area), asc(indicators.code))
    .limit(page.limit)
    .offset(page.offset);
  const [total] = await db.select({ n: count() }).from(indicators).where(where);
  return { rows, total: total?.n ?? 0 };
}

export async function allIndicators(db: Executor): Promise<IndicatorRow[]> {
  return db.select().from(indicators).orderBy(asc(indicators.code));
}

export async function findIndicator(db: Executor, code: string): Promise<IndicatorRow | undefined> {
  const [row] = await db.select().from(indicators).where(eq(indicators.code, code));
  return row;
}

export async function insertIndicators(
  db: Executor,
  rows: (typeof indicators.$inferInsert)[],
): Promise<IndicatorRow[]> {
  if (rows.length === 0) return [];
  return db.insert(indicators).values(rows).returning();
}

export async function updateIndicator(
  db: Executor,
  id: number,
  values: Partial<typeof indicators.$inferInsert>,
): Promise<void> {
  await db
    .update(indicators)
    .set({ ...values, updatedAt: new Date() })
    .where(eq(indicators.id, id));
}

export async function listVariables(db: Executor, filter: { q?: string }, page: { limit: number; offset: number }) {
  const where = filter.q ? textMatch(variables, filter.q) : undefined;
  const rows = await db
    .select()
    .from(variables)
    .where(where)
    .orderBy(asc(variables.code))
    .limit(page.limit)
    .offset(page.offset);
  const [total] = await db.select({ n: count() }).from(variables).where(where);
  return { rows, total: total?.n ?? 0 };
}

export async function allVariables(db: Executor): Promise<VariableRow[]> {
  return db.select().from(variables).orderBy(asc(variables.code));
}

export async function findVariable(db: Executor, code: string): Promise<VariableRow | undefined> {
  const [row] = await db.select().from(variables).where(eq(variables.code, code));
  return row;
}

export async function insertVariables(db: Executor, rows: (typeof variables.$inferInsert)[]): Promise<VariableRow[]> {
  if (rows.length === 0) return [];
  return db.insert(variables).values(rows).returning();
}

export async function updateVariable(
  db: Executor,
  id: number,
  values: Partial<typeof variables.$inferInsert>,
): Promise<void> {
  await db
    .update(variables)
    .set({ ...values, updatedAt: new Date() })
    .where(eq(variables.id, id));
}

export async function allRules(db: Executor): Promise<RuleRow[]> {
  return db.select().from(plausibilityRules).orderBy(asc(plausibilityRules.code));
}

export async function insertRules(db: Executor, rows: (typeof plausibilityRules.$inferInsert)[]): Promise<void> {
  if (rows.length > 0) await db.insert(plausibilityRules).values(rows);
}

export async function countShippedIndicators(db: Executor): Promise<number> {
  const [row] = await db.select({ n: count() }).from(indicators).where(eq(indicators.isShipped, true));
  return row?.n ?? 0;
}
