import { asc, count, desc, eq, inArray, or, type SQL } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { improvementActions, improvementActionUpdates, improvementPlans, users } from '../../db/schema';

export type PlanRow = typeof improvementPlans.$inferSelect;
export type ActionRow = typeof improvementActions.$inferSelect;
export type UpdateRow = typeof improvementActionUpdates.$inferSelect;

/** Plans of any of these units or groups (both empty and `all` false: none). */
export async function listPlans(
  db: Executor,
  scope: { all: boolean; unitIds: readonly number[]; groupIds: readonly number[] },
) {
  const parts: SQL[] = [];
  if (scope.unitIds.length > 0) parts.push(inArray(improvementPlans.unitId, [...scope.unitIds]));
  if (scope.groupIds.length > 0) parts.push(inArray(improvementPlans.groupId, [...scope.groupIds]));
  if (!scope.all && parts.length === 0) return [];
  return db
    .select({ plan: improvementPlans, actionCount: count(improvementActions.id) })
    .from(improvementPlans)
    .leftJoin(improvementActions, eq(improvementActions.planId, improvementPlans.id))
    .where(scope.all ? undefined : or(...parts))
    .groupBy(improvementPlans.id)
    .orderBy(desc(improvementPlans.period), asc(improvementPlans.title), asc(improvementPlans.id));
}

export async function findPlan(db: Executor, id: number): Promise<PlanRow | undefined> {
  const [row] = await db.select().from(improvementPlans).where(eq(improvementPlans.id, id));
  return row;
}

export async function insertPlan(db: Executor, values: typeof improvementPlans.$inferInsert): Promise<PlanRow> {
  const [row] = await db.insert(improvementPlans).values(values).returning();
  return row!;
}

export async function updatePlan(
  db: Executor,
  id: number,
  values: Partial<typeof improvementPlans.$inferInsert>,
): Promise<void> {
  await db
    .update(improvementPlans)
    .set({ ...values, updatedAt: new Date() })
    .where(eq(improvementPlans.id, id));
}

export async function actionsOf(db: Executor, planIds: readonly number[]): Promise<ActionRow[]> {
  if (planIds.length === 0) return [];
  return db
    .select()
    .from(improvementActions)
    .where(inArray(improvementActions.planId, [...planIds]))
    .orderBy(asc(improvementActions.id));
}

export async function findAction(db: Executor, id: number): Promise<ActionRow | undefined> {
  const [row] = await db.select().from(improvementActions).where(eq(improvementActions.id, id));
  return row;
}

export async function insertAction(db: Executor, values: typeof improvementActions.$inferInsert): Promise<ActionRow> {
  const [row] = await db.insert(improvementActions).values(values).returning();
  return row!;
}

export async function updateAction(
  db: Executor,
  id: number,
  values: Partial<typeof improvementActions.$inferInsert>,
): Promise<void> {
  await db
    .update(improvementActions)
    .set({ ...values, updatedAt: new Date() })
    .where(eq(improvementActions.id, id));
}

export async function deleteAction(db: Executor, id: number): Promise<void> {
  await db.delete(improvementActions).where(eq(improvementActions.id, id));
}

/** Progress updates of actions, oldest first, with the author's name. */
export async function updatesOf(db: Executor, actionIds: readonly number[]) {
  if (actionIds.length === 0) return [];
  return db
    .select({ update: improvementActionUpdates, authorName: users.name })
    .from(improvementActionUpdates)
    .leftJoin(users, eq(users.id, improvementActionUpdates.createdBy))
    .where(inArray(improvementActionUpdates.actionId, [...actionIds]))
    .orderBy(asc(improvementActionUpdates.date), asc(improvementActionUpdates.id));
}

export async function insertUpdate(
  db: Executor,
  values: typeof improvementActionUpdates.$inferInsert,
): Promise<UpdateRow> {
  const [row] = await db.insert(improvementActionUpdates).values(values).returning();
  return row!;
}
