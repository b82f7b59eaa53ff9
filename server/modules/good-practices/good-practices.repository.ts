import { and, asc, desc, eq, inArray, isNotNull, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import {
  goodPracticeAdoptions,
  goodPracticeAttachments,
  goodPracticeEvents,
  goodPractices,
  goodPracticeUnits,
  goodPracticeVersions,
  outbox,
} from '../../db/schema';

export type PracticeRow = typeof goodPractices.$inferSelect;
export type VersionRow = typeof goodPracticeVersions.$inferSelect;
export type AdoptionRow = typeof goodPracticeAdoptions.$inferSelect;

export async function insertPractice(db: Executor, values: typeof goodPractices.$inferInsert): Promise<PracticeRow> {
  const [row] = await db.insert(goodPractices).values(values).returning();
  return row!;
}

export async function updatePractice(db: Executor, id: number, values: Partial<typeof goodPractices.$inferInsert>) {
  await db
    .update(goodPractices)
    .set({ ...values, updatedAt: sql`now()` })
    .where(eq(goodPractices.id, id));
}

export async function findPractice(db: Executor, id: number): Promise<PracticeRow | undefined> {
  const [row] = await db.select().from(goodPractices).where(eq(goodPractices.id, id));
  return row;
}

export async function findBySource(db: Executor, kind: string, id: string): Promise<PracticeRow | undefined> {
  const [row] = await db
    .select()
    .from(goodPractices)
    .where(and(eq(goodPractices.sourceKind, kind), eq(goodPractices.sourceId, id)));
  return row;
}

export async function allPractices(db: Executor): Promise<PracticeRow[]> {
  return db.select().from(goodPractices).orderBy(asc(goodPractices.id));
}

export async function practicesByIds(db: Executor, ids: readonly number[]): Promise<PracticeRow[]> {
  if (ids.length === 0) return [];
  return db
    .select()
    .from(goodPractices)
    .where(inArray(goodPractices.id, [...ids]));
}

export async function setUnits(db: Executor, practiceId: number, unitIds: readonly number[]) {
  await db.delete(goodPracticeUnits).where(eq(goodPracticeUnits.practiceId, practiceId));
  if (unitIds.length > 0) await db.insert(goodPracticeUnits).values(unitIds.map((unitId) => ({ practiceId, unitId })));
}

/** practice id → its unit ids (the lead unit first is the caller's job). */
export async function unitsOf(db: Executor, practiceIds: readonly number[] | null): Promise<Map<number, number[]>> {
  const rows = await db
    .select()
    .from(goodPracticeUnits)
    .where(practiceIds === null ? undefined : inArray(goodPracticeUnits.practiceId, [...practiceIds]));
  const out = new Map<number, number[]>();
  for (const r of rows) out.set(r.practiceId, [...(out.get(r.practiceId) ?? []), r.unitId]);
  return out;
}

export async function insertVersion(db: Executor, values: typeof goodPracticeVersions.$inferInsert) {
  await db.insert(goodPracticeVersions).values(values);
}

export async function findVersion(db: Executor, practiceId: number, version: number): Promise<VersionRow | undefined> {
  const [row] = await db
    .select()
    .from(goodPracticeVersions)
    .where(and(eq(goodPracticeVersions.practiceId, practiceId), eq(goodPracticeVersions.version, version)));
  return row;
}

export async function versionsOf(db: Executor, practiceId: number) {
  return db
    .select({ version: goodPracticeVersions.version, publishedAt: goodPracticeVersions.publishedAt })
    .from(goodPracticeVersions)
    .where(eq(goodPracticeVersions.practiceId, practiceId))
    .orderBy(desc(goodPracticeVersions.version));
}

/** The published version of every published entry (for the index). */
export async function publishedVersions(db: Executor, practiceIds: readonly number[] | null): Promise<VersionRow[]> {
  return db
    .select({ v: goodPracticeVersions })
    .from(goodPracticeVersions)
    .innerJoin(
      goodPractices,
      and(
        eq(goodPractices.id, goodPracticeVersions.practiceId),
        eq(goodPractices.publishedVersion, goodPracticeVersions.version),
      ),
    )
    .where(practiceIds === null ? undefined : inArray(goodPractices.id, [...practiceIds]))
    .then((rows) => rows.map((r) => r.v));
}

export async function insertEvent(db: Executor, values: typeof goodPracticeEvents.$inferInsert) {
  await db.insert(goodPracticeEvents).values(values);
}

export async function eventsOf(db: Executor, practiceId: number) {
  return db
    .select()
    .from(goodPracticeEvents)
    .where(eq(goodPracticeEvents.practiceId, practiceId))
    .orderBy(asc(goodPracticeEvents.id));
}

export async function insertAdoption(db: Executor, values: typeof goodPracticeAdoptions.$inferInsert) {
  const [row] = await db.insert(goodPracticeAdoptions).values(values).returning();
  return row!;
}

export async function findAdoption(db: Executor, practiceId: number, unitId: number) {
  const [row] = await db
    .select()
    .from(goodPracticeAdoptions)
    .where(and(eq(goodPracticeAdoptions.practiceId, practiceId), eq(goodPracticeAdoptions.unitId, unitId)));
  return row;
}

export async function findAdoptionById(db: Executor, id: number) {
  const [row] = await db.select().from(goodPracticeAdoptions).where(eq(goodPracticeAdoptions.id, id));
  return row;
}

export async function adoptionsOf(db: Executor, practiceIds: readonly number[] | null): Promise<AdoptionRow[]> {
  return db
    .select()
    .from(goodPracticeAdoptions)
    .where(practiceIds === null ? undefined : inArray(goodPracticeAdoptions.practiceId, [...practiceIds]))
    .orderBy(asc(goodPracticeAdoptions.adoptedOn), asc(goodPracticeAdoptions.id));
}

export async function insertAttachment(db: Executor, values: typeof goodPracticeAttachments.$inferInsert) {
  const [row] = await db.insert(goodPracticeAttachments).values(values).returning({
    id: goodPracticeAttachments.id,
    fileName: goodPracticeAttachments.fileName,
    mediaType: goodPracticeAttachments.mediaType,
    size: goodPracticeAttachments.size,
    createdAt: goodPracticeAttachments.createdAt,
  });
  return row!;
}

/** Attachments without their bytes. */
export async function attachmentsOf(db: Executor, practiceId: number) {
  return db
    .select({
      id: goodPracticeAttachments.id,
      fileName: goodPracticeAttachments.fileName,
      mediaType: goodPracticeAttachments.mediaType,
      size: goodPracticeAttachments.size,
      createdAt: goodPracticeAttachments.createdAt,
    })
    .from(goodPracticeAttachments)
    .where(eq(goodPracticeAttachments.practiceId, practiceId))
    .orderBy(asc(goodPracticeAttachments.id));
}

export async function findAttachment(db: Executor, practiceId: number, id: number) {
  const [row] = await db
    .select()
    .from(goodPracticeAttachments)
    .where(and(eq(goodPracticeAttachments.practiceId, practiceId), eq(goodPracticeAttachments.id, id)));
  return row;
}

export async function deleteAttachment(db: Executor, id: number) {
  await db.delete(goodPracticeAttachments).where(eq(goodPracticeAttachments.id, id));
}

/** Published entries with their confirmation dates, for the yearly question. */
export async function publishedForConfirmation(db: Executor) {
  return db
    .select({
      id: goodPractices.id,
      unitId: goodPractices.unitId,
      content: goodPractices.content,
      confirmedAt: goodPractices.confirmedAt,
      publishedAt: goodPractices.publishedAt,
      confirmationAskedAt: goodPractices.confirmationAskedAt,
    })
    .from(goodPractices)
    .where(isNotNull(goodPractices.publishedVersion));
}

export async function insertOutbox(db: Executor, rows: (typeof outbox.$inferInsert)[]) {
  if (rows.length > 0) await db.insert(outbox).values(rows);
}
