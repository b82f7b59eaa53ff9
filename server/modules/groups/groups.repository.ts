import { and, asc, count, eq, ilike, inArray } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { escapeLike } from '../../db/sql';
import { groupMembers, groups, roleAssignments, users } from '../../db/schema';

export type GroupRow = typeof groups.$inferSelect;

export async function listGroups(db: Executor, q: string | undefined, page: { limit: number; offset: number }) {
  const where = q ? ilike(groups.name, `%${escapeLike(q)}%`) : undefined;
  const rows = await db
    .select({ group: groups, memberCount: count(groupMembers.unitId) })
    .from(groups)
    .leftJoin(groupMembers, eq(groupMembers.groupId, groups.id))
    .where(where)
    .groupBy(groups.id)
    .orderBy(asc(groups.name), asc(groups.id))
    .limit(page.limit)
    .offset(page.offset);
  const [total] = await db.select({ n: count() }).from(groups).where(where);
  return { rows, total: total?.n ?? 0 };
}

export async function findGroup(db: Executor, id: number): Promise<GroupRow | undefined> {
  const [row] = await db.select().from(groups).where(eq(groups.id, id));
  return row;
}

export async function memberUnitIds(db: Executor, groupId: number): Promise<number[]> {
  const rows = await db
    .select({ unitId: groupMembers.unitId })
    .from(groupMembers)
    .where(eq(groupMembers.groupId, groupId));
  return rows.map((r) => r.unitId);
}

export async function moderators(db: Executor, groupId: number) {
  return db
    .select({ userId: users.id, name: users.name, email: users.email })
    .from(roleAssignments)
    .innerJoin(users, eq(users.id, roleAssignments.userId))
    .where(and(eq(roleAssignments.groupId, groupId), eq(roleAssignments.role, 'group-moderator')))
    .orderBy(asc(users.name));
}

export async function insertGroup(db: Executor, values: typeof groups.$inferInsert): Promise<GroupRow> {
  const [row] = await db.insert(groups).values(values).returning();
  return row!;
}

export async function updateGroup(
  db: Executor,
  id: number,
  values: Partial<typeof groups.$inferInsert>,
): Promise<void> {
  await db
    .update(groups)
    .set({ ...values, updatedAt: new Date() })
    .where(eq(groups.id, id));
}

export async function deleteGroup(db: Executor, id: number): Promise<void> {
  await db.delete(groups).where(eq(groups.id, id));
}

export async function addMembers(db: Executor, groupId: number, unitIds: readonly number[]): Promise<number> {
  if (unitIds.length === 0) return 0;
  const rows = await db
    .insert(groupMembers)
    .values(unitIds.map((unitId) => ({ groupId, unitId })))
    .onConflictDoNothing()
    .returning();
  return rows.length;
}

export async function removeMember(db: Executor, groupId: number, unitId: number): Promise<number> {
  const rows = await db
    .delete(groupMembers)
    .where(and(eq(groupMembers.groupId, groupId), eq(groupMembers.unitId, unitId)))
    .returning();
  return rows.length;
}

export async function groupsOfUnits(db: Executor, unitIds: readonly number[]) {
  if (unitIds.length === 0) return [];
  return db
    .select({ groupId: groupMembers.groupId, unitId: groupMembers.unitId })
    .from(groupMembers)
    .where(inArray(groupMembers.unitId, [...unitIds]));
}

export async function countDemoGroups(db: Executor): Promise<number> {
  const [row] = await db.select({ n: count() }).from(groups).where(eq(groups.isDemo, true));
  return row?.n ?? 0;
}
