import type { Me, Role } from './session';

// Ids are compared as strings: route params are strings whatever type the server uses.

/**
 * What the UI offers to the current user. The server decides for real (and answers 403
 * FORBIDDEN); these only keep buttons away from people who cannot use them.
 */

export function hasRole(me: Me | null, role: Role, scope?: { unitCode?: string; groupId?: string }): boolean {
  if (!me) return false;
  return me.roles.some(
    (assignment) =>
      assignment.role === role &&
      (scope?.unitCode === undefined || assignment.unit?.code === scope.unitCode) &&
      (scope?.groupId === undefined || String(assignment.group?.id) === scope.groupId),
  );
}

export function isAdmin(me: Me | null): boolean {
  return !!me && (me.isAdmin || hasRole(me, 'admin'));
}

export function canEditUnitProfile(me: Me | null, unitCode: string): boolean {
  return isAdmin(me) || hasRole(me, 'unit-coordinator', { unitCode });
}

/** Network operators run programmes and groups; their assignment may be global or group-scoped. */
export function canManageGroups(me: Me | null): boolean {
  return isAdmin(me) || hasRole(me, 'network-operator');
}

export function canManageGroup(me: Me | null, groupId: string): boolean {
  if (isAdmin(me)) return true;
  if (!me) return false;
  return me.roles.some((a) => a.role === 'network-operator' && (a.group === null || String(a.group.id) === groupId));
}

/** Moderators may change a group's name and description, not its area, kind or members. */
export function canModerateGroup(me: Me | null, groupId: string): boolean {
  return canManageGroup(me, groupId) || hasRole(me, 'group-moderator', { groupId });
}

export function canImportUnits(me: Me | null): boolean {
  return isAdmin(me) || hasRole(me, 'network-operator');
}

/** A network operator for every network (not only one group's). */
export function isGlobalOperator(me: Me | null): boolean {
  return !!me && me.roles.some((a) => a.role === 'network-operator' && a.group === null && a.unit === null);
}

/** Keeping the indicator catalogue (indicators, variables) and importing from GUS BDL. */
export function canManageCatalogue(me: Me | null): boolean {
  return isAdmin(me) || isGlobalOperator(me);
}

export const canImportExternalData = canManageCatalogue;

/** Opening and running collection rounds: global operators, and operators of a group for its rounds. */
export function canManageRounds(me: Me | null): boolean {
  return isAdmin(me) || hasRole(me, 'network-operator');
}

/** Entering a unit's data: its coordinators and members, and global operators (on the unit's behalf). */
export function canWriteUnitData(me: Me | null, unitCode: string): boolean {
  return (
    isAdmin(me) ||
    isGlobalOperator(me) ||
    hasRole(me, 'unit-coordinator', { unitCode }) ||
    hasRole(me, 'unit-member', { unitCode })
  );
}

/** Units whose data the user enters as a coordinator or member. */
export function dataUnits(me: Me | null): { code: string; name: string }[] {
  if (!me) return [];
  const units = new Map<string, { code: string; name: string }>();
  for (const a of me.roles)
    if ((a.role === 'unit-coordinator' || a.role === 'unit-member') && a.unit) units.set(a.unit.code, a.unit);
  return [...units.values()];
}

/** The file import of values: operators for any unit, unit people for their own units. */
export function canImportData(me: Me | null): boolean {
  return isAdmin(me) || isGlobalOperator(me) || dataUnits(me).length > 0;
}

// Good practices.
// What the UI offers; the server decides for real (practice.curate in the service).

/** Curators of the bank: network operators (and administrators). */
export function canCuratePractices(me: Me | null): boolean {
  return isAdmin(me) || hasRole(me, 'network-operator');
}

// Improvement plans.
// What the UI offers; the server decides for real (domain/access/authorization.ts, plan.manage).

/** A unit's plan is kept by its coordinators and members. */
export function canManageUnitPlan(me: Me | null, unitCode: string): boolean {
  return isAdmin(me) || hasRole(me, 'unit-coordinator', { unitCode }) || hasRole(me, 'unit-member', { unitCode });
}

/** A group's plan is kept by the group's network operators and by global operators. */
export function canManageGroupPlan(me: Me | null, groupId: string): boolean {
  return isAdmin(me) || isGlobalOperator(me) || hasRole(me, 'network-operator', { groupId });
}

// Self-assessment.
// What the UI offers; the server decides for real (domain/access/authorization.ts, assessment.* and plan.*).

/** Holds a coordinator or member role in the unit. */
export function isInUnit(me: Me | null, unitCode: string): boolean {
  return hasRole(me, 'unit-coordinator', { unitCode }) || hasRole(me, 'unit-member', { unitCode });
}

/** Starting an assessment and naming its group: the unit's coordinators. */
export function canStartAssessment(me: Me | null, unitCode: string): boolean {
  return isAdmin(me) || hasRole(me, 'unit-coordinator', { unitCode });
}

/** Assessments and their results are read by the unit's people and by network operators. */
export function canReadAssessments(me: Me | null, unitCode: string): boolean {
  return isAdmin(me) || isGlobalOperator(me) || isInUnit(me, unitCode);
}

// Surveys.
/**
 * What the survey pages offer (the server decides for real with `survey.manage` and
 * `surveyTemplate.manage`): a unit's coordinators and members run its surveys, global operators
 * and admins any unit's; templates are kept by the catalogue's keepers.
 */
export function canRunSurveys(me: Me | null): boolean {
  return isAdmin(me) || isGlobalOperator(me) || dataUnits(me).length > 0;
}

export function canRunSurveysOf(me: Me | null, unitCode: string): boolean {
  return isAdmin(me) || isGlobalOperator(me) || dataUnits(me).some((u) => u.code === unitCode);
}

export const canManageTemplates = canManageCatalogue;
