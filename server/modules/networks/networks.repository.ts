import { and, asc, desc, eq, inArray, isNull } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import {
  networkAttendance,
  networkCaseImports,
  networkComments,
  networkCycles,
  networkDelegates,
  networkIndicators,
  networkMeetingActions,
  networkMeetings,
  networkProgrammeGroups,
  networkProgrammes,
} from '../../db/schema';

export type ProgrammeRow = typeof networkProgrammes.$inferSelect;
export type DelegateRow = typeof networkDelegates.$inferSelect;
export type CycleRow = typeof networkCycles.$inferSelect;
export type MeetingRow = typeof networkMeetings.$inferSelect;
export type MeetingActionRow = typeof networkMeetingActions.$inferSelect;
export type CommentRow = typeof networkComments.$inferSelect;
export type CaseImportRow = typeof networkCaseImports.$inferSelect;

// Programmes ----------------------------------------------------------------------------------

export async function insertProgramme(db: Executor, values: typeof networkProgrammes.$inferInsert) {
  const [row] = await db.insert(networkProgrammes).values(values).returning();
  return row!;
}

export async function updateProgramme(db: Executor, id: number, patch: Partial<typeof networkProgrammes.$inferInsert>) {
  await db
    .update(networkProgrammes)
    .set({ ...patch, updatedAt: new Date() })
    .where(eq(networkProgrammes.id, id));
}

export async function findProgramme(db: Executor, id: number) {
  const [row] = await db.select().from(networkProgrammes).where(eq(networkProgrammes.id, id));
  return row;
}

export async function listProgrammes(db: Executor) {
  return db.select().from(networkProgrammes).orderBy(desc(networkProgrammes.startsOn), asc(networkProgrammes.id));
}

export async function programmeGroupIds(db: Executor, programmeId: number): Promise<number[]> {
  const rows = await db
    .select({ groupId: networkProgrammeGroups.groupId })
    .from(networkProgrammeGroups)
    .where(eq(networkProgrammeGroups.programmeId, programmeId))
    .orderBy(asc(networkProgrammeGroups.groupId));
  return rows.map((r) => r.groupId);
}

export async function programmeOfGroup(db: Executor, groupId: number) {
  const [row] = await db
    .select({ programme: networkProgrammes })
    .from(networkProgrammeGroups)
    .innerJoin(networkProgrammes, eq(networkProgrammes.id, networkProgrammeGroups.programmeId))
    .where(eq(networkProgrammeGroups.groupId, groupId));
  return row?.programme;
}

export async function linkGroup(db: Executor, groupId: number, programmeId: number) {
  await db
    .insert(networkProgrammeGroups)
    .values({ groupId, programmeId })
    .onConflictDoUpdate({ target: networkProgrammeGroups.groupId, set: { programmeId } });
}

// Indicator set -------------------------------------------------------------------------------

export async function indicatorSet(db: Executor, groupId: number) {
  return db
    .select()
    .from(networkIndicators)
    .where(eq(networkIndicators.groupId, groupId))
    .orderBy(asc(networkIndicators.position));
}

export async function replaceIndicatorSet(
  db: Executor,
  groupId: number,
  items: readonly { indicatorCode: string; isHeadline: boolean }[],
) {
  await db.delete(networkIndicators).where(eq(networkIndicators.groupId, groupId));
  if (items.length > 0)
    await db.insert(networkIndicators).values(items.map((item, position) => ({ groupId, position, ...item })));
}

// Delegates -----------------------------------------------------------------------------------

export async function delegates(db: Executor, groupId: number) {
  return db
    .select()
    .from(networkDelegates)
    .where(eq(networkDelegates.groupId, groupId))
    .orderBy(asc(networkDelegates.unitId), asc(networkDelegates.id));
}

export async function findDelegate(db: Executor, id: number) {
  const [row] = await db.select().from(networkDelegates).where(eq(networkDelegates.id, id));
  return row;
}

export async function insertDelegate(db: Executor, values: typeof networkDelegates.$inferInsert) {
  const [row] = await db.insert(networkDelegates).values(values).returning();
  return row!;
}

export async function deleteDelegate(db: Executor, id: number) {
  await db.delete(networkDelegates).where(eq(networkDelegates.id, id));
}

// Cycles --------------------------------------------------------------------------------------

export async function cycles(db: Executor, groupId: number) {
  return db.select().from(networkCycles).where(eq(networkCycles.groupId, groupId)).orderBy(asc(networkCycles.number));
}

export async function findCycle(db: Executor, id: number) {
  const [row] = await db.select().from(networkCycles).where(eq(networkCycles.id, id));
  return row;
}

export async function insertCycle(db: Executor, values: typeof networkCycles.$inferInsert) {
  const [row] = await db.insert(networkCycles).values(values).returning();
  return row!;
}

export async function updateCycle(db: Executor, id: number, patch: Partial<typeof networkCycles.$inferInsert>) {
  await db.update(networkCycles).set(patch).where(eq(networkCycles.id, id));
}

// Meetings ------------------------------------------------------------------------------------

export async function meetings(db: Executor, groupId: number) {
  return db
    .select()
    .from(networkMeetings)
    .where(eq(networkMeetings.groupId, groupId))
    .orderBy(asc(networkMeetings.date), asc(networkMeetings.id));
}

export async function findMeeting(db: Executor, id: number) {
  const [row] = await db.select().from(networkMeetings).where(eq(networkMeetings.id, id));
  return row;
}

/** The group's meeting just before `date` (or before `id` on the same day). */
export async function previousMeeting(db: Executor, meeting: MeetingRow) {
  const rows = await meetings(db, meeting.groupId);
  const before = rows.filter((m) => m.date < meeting.date || (m.date === meeting.date && m.id < meeting.id));
  return before.at(-1);
}

export async function insertMeetings(db: Executor, values: (typeof networkMeetings.$inferInsert)[]) {
  if (values.length === 0) return [];
  return db.insert(networkMeetings).values(values).returning();
}

export async function updateMeeting(db: Executor, id: number, patch: Partial<typeof networkMeetings.$inferInsert>) {
  await db
    .update(networkMeetings)
    .set({ ...patch, updatedAt: new Date() })
    .where(eq(networkMeetings.id, id));
}

export async function deleteMeeting(db: Executor, id: number) {
  await db.delete(networkMeetings).where(eq(networkMeetings.id, id));
}

export async function attendance(db: Executor, meetingId: number) {
  return db.select().from(networkAttendance).where(eq(networkAttendance.meetingId, meetingId));
}

export async function replaceAttendance(
  db: Executor,
  meetingId: number,
  rows: readonly { delegateId: number; present: boolean }[],
) {
  await db.delete(networkAttendance).where(eq(networkAttendance.meetingId, meetingId));
  if (rows.length > 0) await db.insert(networkAttendance).values(rows.map((r) => ({ meetingId, ...r })));
}

// Agreed actions ------------------------------------------------------------------------------

export async function meetingActions(db: Executor, meetingIds: readonly number[]) {
  if (meetingIds.length === 0) return [];
  return db
    .select()
    .from(networkMeetingActions)
    .where(inArray(networkMeetingActions.meetingId, [...meetingIds]))
    .orderBy(asc(networkMeetingActions.id));
}

export async function findMeetingAction(db: Executor, id: number) {
  const [row] = await db.select().from(networkMeetingActions).where(eq(networkMeetingActions.id, id));
  return row;
}

export async function insertMeetingAction(db: Executor, values: typeof networkMeetingActions.$inferInsert) {
  const [row] = await db.insert(networkMeetingActions).values(values).returning();
  return row!;
}

export async function updateMeetingAction(
  db: Executor,
  id: number,
  patch: Partial<typeof networkMeetingActions.$inferInsert>,
) {
  await db.update(networkMeetingActions).set(patch).where(eq(networkMeetingActions.id, id));
}

/** Claims the action for a plan only if no other request did it first; false when it was already sent. */
export async function claimForPlan(db: Executor, id: number, planActionId: number): Promise<boolean> {
  const rows = await db
    .update(networkMeetingActions)
    .set({ planActionId })
    .where(and(eq(networkMeetingActions.id, id), isNull(networkMeetingActions.planActionId)))
    .returning({ id: networkMeetingActions.id });
  return rows.length > 0;
}

// Case imports --------------------------------------------------------------------------------

export async function insertCaseImport(db: Executor, values: typeof networkCaseImports.$inferInsert) {
  const [row] = await db.insert(networkCaseImports).values(values).returning();
  return row!;
}

/** The latest case import per unit and period, for the given units. */
export async function latestCaseImports(db: Executor, unitIds: readonly number[]) {
  if (unitIds.length === 0) return [];
  const rows = await db
    .select()
    .from(networkCaseImports)
    .where(inArray(networkCaseImports.unitId, [...unitIds]))
    .orderBy(desc(networkCaseImports.id));
  const seen = new Set<string>();
  return rows.filter((r) => {
    const key = `${r.unitId}|${r.period}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

// Discussion ----------------------------------------------------------------------------------

export async function comments(db: Executor, groupId: number) {
  return db.select().from(networkComments).where(eq(networkComments.groupId, groupId)).orderBy(asc(networkComments.id));
}

export async function findComment(db: Executor, id: number) {
  const [row] = await db.select().from(networkComments).where(eq(networkComments.id, id));
  return row;
}

export async function insertComment(db: Executor, values: typeof networkComments.$inferInsert) {
  const [row] = await db.insert(networkComments).values(values).returning();
  return row!;
}

export async function pinComment(db: Executor, id: number, meetingId: number | null) {
  await db.update(networkComments).set({ pinnedMeetingId: meetingId }).where(eq(networkComments.id, id));
}

export async function nextMeetingAfter(db: Executor, groupId: number, date: string) {
  const rows = await meetings(db, groupId);
  return rows.find((m) => m.date >= date);
}
