import { and, asc, desc, eq, inArray, isNotNull } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import {
  competitionApplications,
  competitionAssignments,
  competitionAttachments,
  competitionAwards,
  competitionConsensus,
  competitionDeclaredConflicts,
  competitionEditions,
  competitionJurors,
  competitionScores,
} from '../../db/schema';

export type EditionRow = typeof competitionEditions.$inferSelect;
export type ApplicationRow = typeof competitionApplications.$inferSelect;
export type AssignmentRow = typeof competitionAssignments.$inferSelect;
export type ScoreRow = typeof competitionScores.$inferSelect;
export type JurorRow = typeof competitionJurors.$inferSelect;

export async function listEditions(db: Executor, onlyPublished: boolean): Promise<EditionRow[]> {
  return db
    .select()
    .from(competitionEditions)
    .where(onlyPublished ? isNotNull(competitionEditions.resultsPublishedAt) : undefined)
    .orderBy(desc(competitionEditions.year), desc(competitionEditions.id));
}

export async function findEdition(db: Executor, id: number): Promise<EditionRow | undefined> {
  const [row] = await db.select().from(competitionEditions).where(eq(competitionEditions.id, id));
  return row;
}

export async function insertEdition(db: Executor, values: typeof competitionEditions.$inferInsert) {
  const [row] = await db.insert(competitionEditions).values(values).returning();
  return row!;
}

export async function updateEdition(
  db: Executor,
  id: number,
  values: Partial<typeof competitionEditions.$inferInsert>,
) {
  await db
    .update(competitionEditions)
    .set({ ...values, updatedAt: new Date() })
    .where(eq(competitionEditions.id, id));
}

export async function applicationsOf(db: Executor, editionId: number): Promise<ApplicationRow[]> {
  return db
    .select()
    .from(competitionApplications)
    .where(eq(competitionApplications.editionId, editionId))
    .orderBy(asc(competitionApplications.id));
}

export async function findApplication(db: Executor, id: number): Promise<ApplicationRow | undefined> {
  const [row] = await db.select().from(competitionApplications).where(eq(competitionApplications.id, id));
  return row;
}

export async function findApplicationOfUnit(db: Executor, editionId: number, unitId: number) {
  const [row] = await db
    .select()
    .from(competitionApplications)
    .where(and(eq(competitionApplications.editionId, editionId), eq(competitionApplications.unitId, unitId)));
  return row;
}

export async function insertApplication(db: Executor, values: typeof competitionApplications.$inferInsert) {
  const [row] = await db.insert(competitionApplications).values(values).returning();
  return row!;
}

export async function updateApplication(
  db: Executor,
  id: number,
  values: Partial<typeof competitionApplications.$inferInsert>,
) {
  await db
    .update(competitionApplications)
    .set({ ...values, updatedAt: new Date() })
    .where(eq(competitionApplications.id, id));
}

export async function attachmentsOf(db: Executor, applicationIds: readonly number[]) {
  if (applicationIds.length === 0) return [];
  return db
    .select({
      applicationId: competitionAttachments.applicationId,
      requirementId: competitionAttachments.requirementId,
      fileName: competitionAttachments.fileName,
      mediaType: competitionAttachments.mediaType,
      size: competitionAttachments.size,
      sha256: competitionAttachments.sha256,
      uploadedAt: competitionAttachments.uploadedAt,
    })
    .from(competitionAttachments)
    .where(inArray(competitionAttachments.applicationId, [...applicationIds]))
    .orderBy(asc(competitionAttachments.requirementId));
}

export async function findAttachment(db: Executor, applicationId: number, requirementId: string) {
  const [row] = await db
    .select()
    .from(competitionAttachments)
    .where(
      and(
        eq(competitionAttachments.applicationId, applicationId),
        eq(competitionAttachments.requirementId, requirementId),
      ),
    );
  return row;
}

export async function upsertAttachment(db: Executor, values: typeof competitionAttachments.$inferInsert) {
  await db
    .insert(competitionAttachments)
    .values(values)
    .onConflictDoUpdate({
      target: [competitionAttachments.applicationId, competitionAttachments.requirementId],
      set: {
        fileName: values.fileName,
        mediaType: values.mediaType,
        size: values.size,
        sha256: values.sha256,
        content: values.content,
        uploadedBy: values.uploadedBy,
        uploadedAt: new Date(),
      },
    });
}

export async function jurorsOf(db: Executor, editionId: number): Promise<JurorRow[]> {
  return db
    .select()
    .from(competitionJurors)
    .where(eq(competitionJurors.editionId, editionId))
    .orderBy(asc(competitionJurors.invitedAt), asc(competitionJurors.userId));
}

export async function upsertJuror(db: Executor, values: typeof competitionJurors.$inferInsert) {
  await db
    .insert(competitionJurors)
    .values(values)
    .onConflictDoUpdate({
      target: [competitionJurors.editionId, competitionJurors.userId],
      set: { categories: values.categories },
    });
}

export async function deleteJuror(db: Executor, editionId: number, userId: string) {
  await db
    .delete(competitionJurors)
    .where(and(eq(competitionJurors.editionId, editionId), eq(competitionJurors.userId, userId)));
}

export async function declaredConflictsOf(db: Executor, applicationIds: readonly number[]) {
  if (applicationIds.length === 0) return [];
  return db
    .select()
    .from(competitionDeclaredConflicts)
    .where(inArray(competitionDeclaredConflicts.applicationId, [...applicationIds]));
}

export async function insertDeclaredConflict(db: Executor, values: typeof competitionDeclaredConflicts.$inferInsert) {
  await db.insert(competitionDeclaredConflicts).values(values).onConflictDoNothing();
}

export async function assignmentsOf(db: Executor, applicationIds: readonly number[]): Promise<AssignmentRow[]> {
  if (applicationIds.length === 0) return [];
  return db
    .select()
    .from(competitionAssignments)
    .where(inArray(competitionAssignments.applicationId, [...applicationIds]))
    .orderBy(asc(competitionAssignments.applicationId), asc(competitionAssignments.createdAt));
}

export async function replaceAssignments(
  db: Executor,
  applicationIds: readonly number[],
  rows: (typeof competitionAssignments.$inferInsert)[],
) {
  if (applicationIds.length > 0)
    await db.delete(competitionAssignments).where(inArray(competitionAssignments.applicationId, [...applicationIds]));
  if (rows.length > 0) await db.insert(competitionAssignments).values(rows);
}

export async function insertAssignment(db: Executor, values: typeof competitionAssignments.$inferInsert) {
  await db.insert(competitionAssignments).values(values).onConflictDoNothing();
}

export async function markSubmitted(db: Executor, applicationId: number, userId: string, at: Date) {
  await db
    .update(competitionAssignments)
    .set({ submittedAt: at })
    .where(and(eq(competitionAssignments.applicationId, applicationId), eq(competitionAssignments.userId, userId)));
}

export async function scoresOf(db: Executor, applicationIds: readonly number[]): Promise<ScoreRow[]> {
  if (applicationIds.length === 0) return [];
  return db
    .select()
    .from(competitionScores)
    .where(inArray(competitionScores.applicationId, [...applicationIds]));
}

export async function upsertScore(db: Executor, values: typeof competitionScores.$inferInsert) {
  await db
    .insert(competitionScores)
    .values(values)
    .onConflictDoUpdate({
      target: [competitionScores.applicationId, competitionScores.userId, competitionScores.criterionId],
      set: { score: values.score, justification: values.justification, updatedAt: new Date() },
    });
}

export async function consensusOf(db: Executor, applicationIds: readonly number[]) {
  if (applicationIds.length === 0) return [];
  return db
    .select()
    .from(competitionConsensus)
    .where(inArray(competitionConsensus.applicationId, [...applicationIds]));
}

export async function upsertConsensus(db: Executor, values: typeof competitionConsensus.$inferInsert) {
  await db
    .insert(competitionConsensus)
    .values(values)
    .onConflictDoUpdate({
      target: competitionConsensus.applicationId,
      set: { score: values.score, reason: values.reason, decidedBy: values.decidedBy, decidedAt: new Date() },
    });
}

export async function awardsOf(db: Executor, applicationIds: readonly number[]) {
  if (applicationIds.length === 0) return [];
  return db
    .select()
    .from(competitionAwards)
    .where(inArray(competitionAwards.applicationId, [...applicationIds]));
}

export async function upsertAward(db: Executor, values: typeof competitionAwards.$inferInsert) {
  await db
    .insert(competitionAwards)
    .values(values)
    .onConflictDoUpdate({
      target: competitionAwards.applicationId,
      set: { award: values.award, reason: values.reason, createdBy: values.createdBy },
    });
}

export async function deleteAward(db: Executor, applicationId: number) {
  await db.delete(competitionAwards).where(eq(competitionAwards.applicationId, applicationId));
}

export async function setAwardPractice(db: Executor, applicationId: number, goodPracticeId: number) {
  await db.update(competitionAwards).set({ goodPracticeId }).where(eq(competitionAwards.applicationId, applicationId));
}
