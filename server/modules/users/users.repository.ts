import { and, asc, count, eq, gt, ilike, inArray, isNull, or, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { escapeLike } from '../../db/sql';
import { groups, invitations, roleAssignments, sessions, units, users } from '../../db/schema';

export type UserRow = typeof users.$inferSelect;

export async function findUserByEmail(db: Executor, email: string): Promise<UserRow | undefined> {
  const [row] = await db.select().from(users).where(eq(users.email, email));
  return row;
}

export async function findUserById(db: Executor, id: string): Promise<UserRow | undefined> {
  const [row] = await db.select().from(users).where(eq(users.id, id));
  return row;
}

export async function countUsers(db: Executor): Promise<number> {
  const [row] = await db.select({ n: count() }).from(users);
  return row?.n ?? 0;
}

export async function insertUser(db: Executor, values: typeof users.$inferInsert): Promise<UserRow> {
  const [row] = await db.insert(users).values(values).returning();
  return row!;
}

export async function updateUser(db: Executor, id: string, values: Partial<typeof users.$inferInsert>): Promise<void> {
  await db.update(users).set(values).where(eq(users.id, id));
}

export async function listUsers(db: Executor, q: string | undefined, page: { limit: number; offset: number }) {
  const where = q ? or(ilike(users.email, `%${escapeLike(q)}%`), ilike(users.name, `%${escapeLike(q)}%`)) : undefined;
  const rows = await db
    .select()
    .from(users)
    .where(where)
    .orderBy(asc(users.email))
    .limit(page.limit)
    .offset(page.offset);
  const [total] = await db.select({ n: count() }).from(users).where(where);
  return { rows, total: total?.n ?? 0 };
}

/** Users who are not disabled and hold `role` anywhere, by name. */
export async function usersWithRole(db: Executor, role: string) {
  return db
    .selectDistinct({ id: users.id, name: users.name, email: users.email })
    .from(roleAssignments)
    .innerJoin(users, eq(users.id, roleAssignments.userId))
    .where(and(eq(roleAssignments.role, role), sql`${users.status} <> 'disabled'`))
    .orderBy(asc(users.name), asc(users.email));
}

/** Role grants of users, with the unit code/name or group name each is held in. */
export async function listGrants(db: Executor, userIds: readonly string[]) {
  if (userIds.length === 0) return [];
  return db
    .select({
      id: roleAssignments.id,
      userId: roleAssignments.userId,
      role: roleAssignments.role,
      unitId: roleAssignments.unitId,
      unitCode: units.code,
      unitName: units.name,
      groupId: roleAssignments.groupId,
      groupName: groups.name,
    })
    .from(roleAssignments)
    .leftJoin(units, eq(units.id, roleAssignments.unitId))
    .leftJoin(groups, eq(groups.id, roleAssignments.groupId))
    .where(inArray(roleAssignments.userId, [...userIds]))
    .orderBy(asc(roleAssignments.id));
}

export async function insertGrant(db: Executor, values: typeof roleAssignments.$inferInsert) {
  const [row] = await db.insert(roleAssignments).values(values).onConflictDoNothing().returning();
  return row;
}

export async function findGrant(db: Executor, id: number) {
  const [row] = await db.select().from(roleAssignments).where(eq(roleAssignments.id, id));
  return row;
}

export async function deleteGrant(db: Executor, id: number): Promise<void> {
  await db.delete(roleAssignments).where(eq(roleAssignments.id, id));
}

export async function insertSession(db: Executor, values: typeof sessions.$inferInsert): Promise<void> {
  await db.insert(sessions).values(values);
}

export async function findLiveSession(db: Executor, idHash: string, now: Date) {
  const [row] = await db
    .select({ session: sessions, user: users })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(and(eq(sessions.idHash, idHash), gt(sessions.expiresAt, now), eq(users.status, 'active')));
  return row;
}

export async function deleteSession(db: Executor, idHash: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.idHash, idHash));
}

export async function deleteExpiredSessions(db: Executor, now: Date): Promise<void> {
  await db.delete(sessions).where(sql`${sessions.expiresAt} <= ${now}`);
}

export async function insertInvitation(db: Executor, values: typeof invitations.$inferInsert): Promise<void> {
  await db.insert(invitations).values(values);
}

export async function findOpenInvitation(db: Executor, tokenHash: string, now: Date) {
  const [row] = await db
    .select()
    .from(invitations)
    .where(and(eq(invitations.tokenHash, tokenHash), isNull(invitations.usedAt), gt(invitations.expiresAt, now)));
  return row;
}

export async function markInvitationUsed(db: Executor, tokenHash: string, now: Date): Promise<void> {
  await db.update(invitations).set({ usedAt: now }).where(eq(invitations.tokenHash, tokenHash));
}

export async function emailsByIds(db: Executor, ids: readonly string[]) {
  if (ids.length === 0) return [];
  return db
    .select({ id: users.id, email: users.email })
    .from(users)
    .where(inArray(users.id, [...ids]));
}

/** E-mails of active unit coordinators of the given units. */
export async function coordinatorEmails(db: Executor, unitIds: readonly number[]) {
  if (unitIds.length === 0) return [];
  return db
    .select({ unitId: roleAssignments.unitId, email: users.email })
    .from(roleAssignments)
    .innerJoin(users, eq(users.id, roleAssignments.userId))
    .where(
      and(
        inArray(roleAssignments.unitId, [...unitIds]),
        eq(roleAssignments.role, 'unit-coordinator'),
        eq(users.status, 'active'),
      ),
    );
}
