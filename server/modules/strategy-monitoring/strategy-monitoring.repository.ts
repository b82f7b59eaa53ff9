import { and, asc, desc, eq, inArray, isNotNull } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import {
  ngoOrganisations,
  strategies,
  strategyComments,
  strategyEvaluations,
  strategyGoals,
  strategyMeasures,
  strategyReports,
} from '../../db/schema';

export type StrategyRow = typeof strategies.$inferSelect;
export type GoalRow = typeof strategyGoals.$inferSelect;
export type MeasureRow = typeof strategyMeasures.$inferSelect;
export type OrganisationRow = typeof ngoOrganisations.$inferSelect;
export type EvaluationRow = typeof strategyEvaluations.$inferSelect;

export async function strategiesOfUnit(db: Executor, unitId: number): Promise<StrategyRow[]> {
  return db
    .select()
    .from(strategies)
    .where(eq(strategies.unitId, unitId))
    .orderBy(desc(strategies.periodFrom), asc(strategies.name));
}

export async function findStrategy(db: Executor, id: number): Promise<StrategyRow | undefined> {
  const [row] = await db.select().from(strategies).where(eq(strategies.id, id));
  return row;
}

export async function insertStrategy(db: Executor, values: typeof strategies.$inferInsert): Promise<StrategyRow> {
  const [row] = await db.insert(strategies).values(values).returning();
  return row!;
}

export async function updateStrategy(db: Executor, id: number, values: Partial<typeof strategies.$inferInsert>) {
  await db
    .update(strategies)
    .set({ ...values, updatedAt: new Date() })
    .where(eq(strategies.id, id));
}

export async function goalsOf(db: Executor, strategyId: number): Promise<GoalRow[]> {
  return db
    .select()
    .from(strategyGoals)
    .where(eq(strategyGoals.strategyId, strategyId))
    .orderBy(asc(strategyGoals.position), asc(strategyGoals.id));
}

export async function insertGoal(db: Executor, values: typeof strategyGoals.$inferInsert): Promise<GoalRow> {
  const [row] = await db.insert(strategyGoals).values(values).returning();
  return row!;
}

export async function measuresOf(db: Executor, strategyId: number): Promise<MeasureRow[]> {
  return db
    .select()
    .from(strategyMeasures)
    .where(eq(strategyMeasures.strategyId, strategyId))
    .orderBy(asc(strategyMeasures.id));
}

export async function findMeasure(db: Executor, id: number): Promise<MeasureRow | undefined> {
  const [row] = await db.select().from(strategyMeasures).where(eq(strategyMeasures.id, id));
  return row;
}

export async function insertMeasure(db: Executor, values: typeof strategyMeasures.$inferInsert): Promise<MeasureRow> {
  const [row] = await db.insert(strategyMeasures).values(values).returning();
  return row!;
}

export async function updateMeasure(db: Executor, id: number, values: Partial<typeof strategyMeasures.$inferInsert>) {
  await db
    .update(strategyMeasures)
    .set({ ...values, updatedAt: new Date() })
    .where(eq(strategyMeasures.id, id));
}

export async function commentsOf(db: Executor, measureIds: readonly number[], period: string) {
  if (measureIds.length === 0) return new Map<number, string>();
  const rows = await db
    .select()
    .from(strategyComments)
    .where(and(inArray(strategyComments.measureId, [...measureIds]), eq(strategyComments.period, period)));
  return new Map(rows.map((r) => [r.measureId, r.comment]));
}

export async function upsertComment(db: Executor, values: typeof strategyComments.$inferInsert) {
  await db
    .insert(strategyComments)
    .values(values)
    .onConflictDoUpdate({
      target: [strategyComments.measureId, strategyComments.period],
      set: { comment: values.comment, updatedBy: values.updatedBy ?? null, updatedAt: new Date() },
    });
}

export async function reportsOf(db: Executor, strategyId: number) {
  return db
    .select()
    .from(strategyReports)
    .where(eq(strategyReports.strategyId, strategyId))
    .orderBy(asc(strategyReports.period));
}

export async function findPublishedReport(db: Executor, strategyId: number, period: string) {
  const [row] = await db
    .select()
    .from(strategyReports)
    .where(
      and(
        eq(strategyReports.strategyId, strategyId),
        eq(strategyReports.period, period),
        isNotNull(strategyReports.publishedAt),
      ),
    );
  return row;
}

export async function setReportPublished(
  db: Executor,
  strategyId: number,
  period: string,
  published: { at: Date; by: string } | null,
) {
  await db
    .insert(strategyReports)
    .values({ strategyId, period, publishedAt: published?.at ?? null, publishedBy: published?.by ?? null })
    .onConflictDoUpdate({
      target: [strategyReports.strategyId, strategyReports.period],
      set: { publishedAt: published?.at ?? null, publishedBy: published?.by ?? null },
    });
}

export async function evaluationsOf(db: Executor, strategyId: number): Promise<EvaluationRow[]> {
  return db
    .select()
    .from(strategyEvaluations)
    .where(eq(strategyEvaluations.strategyId, strategyId))
    .orderBy(asc(strategyEvaluations.year));
}

export async function upsertEvaluation(db: Executor, values: typeof strategyEvaluations.$inferInsert) {
  await db
    .insert(strategyEvaluations)
    .values(values)
    .onConflictDoUpdate({
      target: [strategyEvaluations.strategyId, strategyEvaluations.year],
      set: {
        answers: values.answers,
        coverage: values.coverage,
        updatedBy: values.updatedBy ?? null,
        updatedAt: new Date(),
      },
    });
}

export async function organisationsOf(
  db: Executor,
  unitId: number,
  onlyPublished: boolean,
): Promise<OrganisationRow[]> {
  return db
    .select()
    .from(ngoOrganisations)
    .where(
      onlyPublished
        ? and(eq(ngoOrganisations.unitId, unitId), eq(ngoOrganisations.published, true))
        : eq(ngoOrganisations.unitId, unitId),
    )
    .orderBy(asc(ngoOrganisations.name), asc(ngoOrganisations.id));
}

export async function findOrganisation(db: Executor, id: number): Promise<OrganisationRow | undefined> {
  const [row] = await db.select().from(ngoOrganisations).where(eq(ngoOrganisations.id, id));
  return row;
}

export async function insertOrganisations(db: Executor, rows: (typeof ngoOrganisations.$inferInsert)[]) {
  if (rows.length === 0) return [];
  return db.insert(ngoOrganisations).values(rows).returning();
}

export async function updateOrganisation(
  db: Executor,
  id: number,
  values: Partial<typeof ngoOrganisations.$inferInsert>,
) {
  await db
    .update(ngoOrganisations)
    .set({ ...values, updatedAt: new Date() })
    .where(eq(ngoOrganisations.id, id));
}

export async function deleteOrganisation(db: Executor, id: number) {
  await db.delete(ngoOrganisations).where(eq(ngoOrganisations.id, id));
}
