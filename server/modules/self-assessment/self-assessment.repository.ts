import { and, asc, desc, eq, inArray, isNull } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import {
  assessmentConsensus,
  assessmentMembers,
  assessments,
  assessmentScores,
  roleAssignments,
  users,
} from '../../db/schema';

export type AssessmentRow = typeof assessments.$inferSelect;
export type MemberRow = typeof assessmentMembers.$inferSelect;
export type ScoreRow = typeof assessmentScores.$inferSelect;
export type ConsensusRow = typeof assessmentConsensus.$inferSelect;
export type ScoreValuesJson = number | Record<string, number>;

export async function insertAssessment(db: Executor, values: typeof assessments.$inferInsert): Promise<AssessmentRow> {
  const [row] = await db.insert(assessments).values(values).returning();
  return row!;
}

export async function findAssessment(db: Executor, id: number): Promise<AssessmentRow | undefined> {
  const [row] = await db.select().from(assessments).where(eq(assessments.id, id));
  return row;
}

export async function hasDemo(db: Executor): Promise<boolean> {
  const [row] = await db.select({ id: assessments.id }).from(assessments).where(eq(assessments.isDemo, true)).limit(1);
  return row !== undefined;
}

export async function findRound(
  db: Executor,
  unitId: number,
  frameworkId: string,
  round: number,
): Promise<AssessmentRow | undefined> {
  const [row] = await db
    .select()
    .from(assessments)
    .where(and(eq(assessments.unitId, unitId), eq(assessments.frameworkId, frameworkId), eq(assessments.round, round)));
  return row;
}

export async function assessmentsOfUnit(db: Executor, unitId: number): Promise<AssessmentRow[]> {
  return db
    .select()
    .from(assessments)
    .where(eq(assessments.unitId, unitId))
    .orderBy(asc(assessments.frameworkId), asc(assessments.round));
}

/** Closed rounds of a framework, optionally of one unit, newest round first per unit. */
export async function closedAssessments(db: Executor, frameworkId: string, unitId?: number): Promise<AssessmentRow[]> {
  const where = and(
    eq(assessments.frameworkId, frameworkId),
    eq(assessments.status, 'closed'),
    unitId === undefined ? undefined : eq(assessments.unitId, unitId),
  );
  return db.select().from(assessments).where(where).orderBy(asc(assessments.unitId), desc(assessments.round));
}

export async function updateAssessment(
  db: Executor,
  id: number,
  values: Partial<typeof assessments.$inferInsert>,
): Promise<void> {
  await db
    .update(assessments)
    .set({ ...values, updatedAt: new Date() })
    .where(eq(assessments.id, id));
}

/** The group with names and e-mails, leaders first, then by name. */
export async function membersOf(db: Executor, assessmentId: number) {
  return db
    .select({
      userId: assessmentMembers.userId,
      role: assessmentMembers.role,
      submittedAt: assessmentMembers.submittedAt,
      name: users.name,
      email: users.email,
    })
    .from(assessmentMembers)
    .innerJoin(users, eq(users.id, assessmentMembers.userId))
    .where(eq(assessmentMembers.assessmentId, assessmentId))
    .orderBy(asc(assessmentMembers.role), asc(users.name), asc(users.email));
}

export async function findMember(db: Executor, assessmentId: number, userId: string): Promise<MemberRow | undefined> {
  const [row] = await db
    .select()
    .from(assessmentMembers)
    .where(and(eq(assessmentMembers.assessmentId, assessmentId), eq(assessmentMembers.userId, userId)));
  return row;
}

/** Replaces the group, keeping the submission time of those who stay. */
export async function replaceMembers(
  db: Executor,
  assessmentId: number,
  members: readonly { userId: string; role: 'leader' | 'member' }[],
): Promise<void> {
  const before = new Map(
    (await db.select().from(assessmentMembers).where(eq(assessmentMembers.assessmentId, assessmentId))).map((m) => [
      m.userId,
      m,
    ]),
  );
  await db.delete(assessmentMembers).where(eq(assessmentMembers.assessmentId, assessmentId));
  if (members.length === 0) return;
  await db.insert(assessmentMembers).values(
    members.map((m) => ({
      assessmentId,
      userId: m.userId,
      role: m.role,
      submittedAt: before.get(m.userId)?.submittedAt ?? null,
      ...(before.has(m.userId) ? { addedAt: before.get(m.userId)!.addedAt } : {}),
    })),
  );
}

export async function addMember(
  db: Executor,
  values: { assessmentId: number; userId: string; role: 'leader' | 'member' },
): Promise<void> {
  await db.insert(assessmentMembers).values(values);
}

export async function setSubmitted(db: Executor, assessmentId: number, userId: string, at: Date): Promise<void> {
  await db
    .update(assessmentMembers)
    .set({ submittedAt: at })
    .where(and(eq(assessmentMembers.assessmentId, assessmentId), eq(assessmentMembers.userId, userId)));
}

/** Users (not disabled) holding a coordinator or member role in the unit: who may join its self-assessment group. */
export async function unitPeople(db: Executor, unitId: number) {
  const rows = await db
    .selectDistinct({ userId: users.id, name: users.name, email: users.email })
    .from(roleAssignments)
    .innerJoin(users, eq(users.id, roleAssignments.userId))
    .where(
      and(
        eq(roleAssignments.unitId, unitId),
        inArray(roleAssignments.role, ['unit-coordinator', 'unit-member']),
        // Invited people (a round's invitation, #19) may be in the group before they set a password.
        inArray(users.status, ['active', 'invited']),
        isNull(roleAssignments.groupId),
      ),
    );
  return rows.sort((a, b) => a.name.localeCompare(b.name, 'pl') || a.email.localeCompare(b.email));
}

export async function scoresOf(db: Executor, assessmentId: number, userId?: string): Promise<ScoreRow[]> {
  const where = and(
    eq(assessmentScores.assessmentId, assessmentId),
    userId === undefined ? undefined : eq(assessmentScores.userId, userId),
  );
  return db.select().from(assessmentScores).where(where);
}

export async function upsertScore(
  db: Executor,
  row: {
    assessmentId: number;
    userId: string;
    itemId: string;
    values: ScoreValuesJson;
    strengths: string | null;
    improvements: string | null;
  },
): Promise<ScoreRow> {
  const [saved] = await db
    .insert(assessmentScores)
    .values(row)
    .onConflictDoUpdate({
      target: [assessmentScores.assessmentId, assessmentScores.userId, assessmentScores.itemId],
      set: { values: row.values, strengths: row.strengths, improvements: row.improvements, updatedAt: new Date() },
    })
    .returning();
  return saved!;
}

export async function consensusOf(db: Executor, assessmentIds: readonly number[]): Promise<ConsensusRow[]> {
  if (assessmentIds.length === 0) return [];
  return db
    .select()
    .from(assessmentConsensus)
    .where(inArray(assessmentConsensus.assessmentId, [...assessmentIds]));
}

export async function upsertConsensus(
  db: Executor,
  row: {
    assessmentId: number;
    itemId: string;
    values: ScoreValuesJson;
    strengths: string | null;
    improvements: string | null;
    updatedBy: string;
  },
): Promise<ConsensusRow> {
  const [saved] = await db
    .insert(assessmentConsensus)
    .values(row)
    .onConflictDoUpdate({
      target: [assessmentConsensus.assessmentId, assessmentConsensus.itemId],
      set: {
        values: row.values,
        strengths: row.strengths,
        improvements: row.improvements,
        updatedBy: row.updatedBy,
        updatedAt: new Date(),
      },
    })
    .returning();
  return saved!;
}

export async function insertConsensusRows(
  db: Executor,
  rows: readonly (typeof assessmentConsensus.$inferInsert)[],
): Promise<void> {
  if (rows.length > 0) await db.insert(assessmentConsensus).values([...rows]);
}
