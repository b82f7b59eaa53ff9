import { and, asc, count, countDistinct, eq, inArray, isNull, lt, ne, notInArray } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import {
  assessments,
  collectionRounds,
  groups,
  improvementActions,
  improvementPlans,
  roleAssignments,
  roundUnits,
  surveyWaves,
  units,
} from '../../db/schema';

// Read-only counts and lists for the start page; every write stays with the owning module.

export async function setupCounts(db: Executor) {
  const one = async (query: Promise<{ n: number }[]>) => (await query)[0]?.n ?? 0;
  return {
    units: await one(db.select({ n: count() }).from(units).where(isNull(units.validTo))),
    peopleWithRoles: await one(
      db
        .select({ n: countDistinct(roleAssignments.userId) })
        .from(roleAssignments)
        .where(ne(roleAssignments.role, 'admin')),
    ),
    groups: await one(db.select({ n: count() }).from(groups).where(eq(groups.isDemo, false))),
    rounds: await one(db.select({ n: count() }).from(collectionRounds)),
    surveyWaves: await one(db.select({ n: count() }).from(surveyWaves).where(eq(surveyWaves.isDemo, false))),
    assessments: await one(db.select({ n: count() }).from(assessments).where(eq(assessments.isDemo, false))),
  };
}

export async function unitsByIds(db: Executor, ids: number[]) {
  if (ids.length === 0) return [];
  return db
    .select({ id: units.id, code: units.code, name: units.name, kind: units.kind })
    .from(units)
    .where(inArray(units.id, ids))
    .orderBy(asc(units.name));
}

/** Forms of open rounds the units have not submitted yet (not started, draft or returned). */
export async function openForms(db: Executor, unitIds: number[]) {
  if (unitIds.length === 0) return [];
  return db
    .select({
      unitId: roundUnits.unitId,
      roundId: collectionRounds.id,
      name: collectionRounds.name,
      period: collectionRounds.period,
      deadline: collectionRounds.deadline,
      status: roundUnits.status,
      reopenedUntil: roundUnits.reopenedUntil,
    })
    .from(roundUnits)
    .innerJoin(collectionRounds, eq(collectionRounds.id, roundUnits.roundId))
    .where(
      and(
        inArray(roundUnits.unitId, unitIds),
        eq(collectionRounds.status, 'open'),
        notInArray(roundUnits.status, ['submitted', 'approved']),
      ),
    )
    .orderBy(asc(collectionRounds.deadline));
}

/** The units' survey waves that are not demo (their windows are filtered by the service's clock). */
export async function wavesOf(db: Executor, unitIds: number[]) {
  if (unitIds.length === 0) return [];
  return db
    .select({
      id: surveyWaves.id,
      unitId: surveyWaves.unitId,
      title: surveyWaves.title,
      opensAt: surveyWaves.opensAt,
      closesAt: surveyWaves.closesAt,
    })
    .from(surveyWaves)
    .where(and(inArray(surveyWaves.unitId, unitIds), eq(surveyWaves.isDemo, false)))
    .orderBy(asc(surveyWaves.closesAt));
}

/** Self-assessment rounds not closed yet. */
export async function assessmentsInProgress(db: Executor, unitIds: number[]) {
  if (unitIds.length === 0) return [];
  return db
    .select({
      id: assessments.id,
      unitId: assessments.unitId,
      frameworkId: assessments.frameworkId,
      round: assessments.round,
      status: assessments.status,
    })
    .from(assessments)
    .where(and(inArray(assessments.unitId, unitIds), ne(assessments.status, 'closed'), eq(assessments.isDemo, false)))
    .orderBy(asc(assessments.date));
}

/** Actions of the units' plans past their end date and neither done nor cancelled. */
export async function overdueActions(db: Executor, unitIds: number[], today: string) {
  if (unitIds.length === 0) return [];
  return db
    .select({
      id: improvementActions.id,
      planId: improvementActions.planId,
      unitId: improvementPlans.unitId,
      title: improvementActions.title,
      endDate: improvementActions.endDate,
    })
    .from(improvementActions)
    .innerJoin(improvementPlans, eq(improvementPlans.id, improvementActions.planId))
    .where(
      and(
        inArray(improvementPlans.unitId, unitIds),
        lt(improvementActions.endDate, today),
        inArray(improvementActions.status, ['planned', 'in-progress']),
      ),
    )
    .orderBy(asc(improvementActions.endDate));
}
