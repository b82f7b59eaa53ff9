import { can as domainCan, type Action, type Actor } from '../../../domain/access/authorization';
import type { Me } from './session';

/**
 * What the UI offers to the current user, decided by the same `can()` the server's services call
 * (domain/access/authorization.ts), on an actor built from `/auth/me`. The server still decides for
 * real (403 FORBIDDEN); these only keep buttons away from people who would be refused.
 *
 * Pages know units by code and groups by the id in the URL; the domain works on ids. A unit's id
 * is taken from the user's own roles, which carry it. A unit none of the user's roles names gets
 * {@link UNIT_OUTSIDE_GRANTS}: the domain compares a target unit only with the actor's grants, so
 * any id that no grant holds gives the answer the unit's real id would.
 */

/** Not a unit id (ids are positive): stands for "a unit the user holds no role in". */
const UNIT_OUTSIDE_GRANTS = -1;

/** The domain's actor for the signed-in user; null for an anonymous visitor. */
export function actorOf(me: Me | null): Actor | null {
  if (!me) return null;
  return {
    userId: me.id,
    grants: me.roles.map((r) => ({ role: r.role, unitId: r.unit?.id ?? null, groupId: r.group?.id ?? null })),
  };
}

/** The domain's answer for the signed-in user. */
export function can(me: Me | null, action: Action): boolean {
  return domainCan(actorOf(me), action);
}

/** The id of a unit the user holds a role in, else {@link UNIT_OUTSIDE_GRANTS}. */
function unitId(me: Me | null, unitCode: string): number {
  return me?.roles.find((r) => r.unit?.code === unitCode)?.unit?.id ?? UNIT_OUTSIDE_GRANTS;
}

// Route params are strings; a non-numeric one matches no group (NaN equals nothing).
const groupId = (id: string) => Number(id);

/** The groups the user's roles are held in. */
function grantGroupIds(me: Me | null): number[] {
  return [...new Set((me?.roles ?? []).flatMap((r) => (r.group ? [r.group.id] : [])))];
}

/** The units the user's roles are held in. */
function grantUnits(me: Me | null): { id: number; code: string; name: string }[] {
  const units = new Map<number, { id: number; code: string; name: string }>();
  for (const r of me?.roles ?? []) if (r.unit) units.set(r.unit.id, r.unit);
  return [...units.values()];
}

/** Users, audit log, backups: administrators only. */
export function isAdmin(me: Me | null): boolean {
  return can(me, { type: 'users.manage' });
}

export function canEditUnitProfile(me: Me | null, unitCode: string): boolean {
  return can(me, { type: 'unit.editProfile', unitId: unitId(me, unitCode) });
}

/** Creating groups: global operators (an operator of one group is refused by the server). */
export function canManageGroups(me: Me | null): boolean {
  return can(me, { type: 'group.create' });
}

/** A group's area, kind and members. */
export function canManageGroup(me: Me | null, id: string): boolean {
  return can(me, { type: 'group.manageMembers', groupId: groupId(id) });
}

/** A group's name and description (moderators too). */
export function canModerateGroup(me: Me | null, id: string): boolean {
  return can(me, { type: 'group.edit', groupId: groupId(id) });
}

export function canImportUnits(me: Me | null): boolean {
  return can(me, { type: 'units.import' });
}

/** Keeping the indicator catalogue (indicators, variables). */
export function canManageCatalogue(me: Me | null): boolean {
  return can(me, { type: 'catalogue.manage' });
}

/** Importing from GUS BDL. */
export function canImportExternalData(me: Me | null): boolean {
  return can(me, { type: 'data.importExternal' });
}

/** Running competition editions. */
export function canManageCompetition(me: Me | null): boolean {
  return can(me, { type: 'competition.manage' });
}

/** Approving values imported outside rounds, and the list of such drafts: operators of every group. */
export function canApproveImports(me: Me | null): boolean {
  return can(me, { type: 'round.manage', groupId: null });
}

/** Opening and running collection rounds: of every group, or of one of the user's groups. */
export function canManageRounds(me: Me | null): boolean {
  return [null, ...grantGroupIds(me)].some((id) => can(me, { type: 'round.manage', groupId: id }));
}

export function canWriteUnitData(me: Me | null, unitCode: string): boolean {
  return can(me, { type: 'unit.writeData', unitId: unitId(me, unitCode) });
}

/** Entering data for a unit the user holds no role in (global operators, on the unit's behalf). */
export function canWriteAnyUnitData(me: Me | null): boolean {
  return can(me, { type: 'unit.writeData', unitId: UNIT_OUTSIDE_GRANTS });
}

/** Units of the user's roles whose data the user may enter (as a coordinator or member). */
export function dataUnits(me: Me | null): { code: string; name: string }[] {
  return grantUnits(me)
    .filter((u) => can(me, { type: 'unit.writeData', unitId: u.id }))
    .map(({ code, name }) => ({ code, name }));
}

/** Units of the user's roles that may apply to a competition edition (their coordinators). */
export function applicantUnits(me: Me | null): { code: string; name: string }[] {
  return grantUnits(me)
    .filter((u) => can(me, { type: 'competition.apply', unitId: u.id }))
    .map(({ code, name }) => ({ code, name }));
}

/** The file import of values: operators for any unit, unit people for their own units. */
export function canImportData(me: Me | null): boolean {
  return can(me, { type: 'data.import' });
}

/** Curators of the practice bank: global operators, and operators of a group for its units' entries. */
export function canCuratePractices(me: Me | null): boolean {
  return can(me, { type: 'practice.curate', groupIds: grantGroupIds(me) });
}

/** A unit's improvement plan. */
export function canManageUnitPlan(me: Me | null, unitCode: string): boolean {
  return can(me, { type: 'plan.manage', unitId: unitId(me, unitCode), groupId: null });
}

/** A group's improvement plan. */
export function canManageGroupPlan(me: Me | null, id: string): boolean {
  return can(me, { type: 'plan.manage', unitId: null, groupId: groupId(id) });
}

/** Starting a self-assessment and naming its group. */
export function canStartAssessment(me: Me | null, unitCode: string): boolean {
  return can(me, { type: 'assessment.manage', unitId: unitId(me, unitCode) });
}

export function canReadAssessments(me: Me | null, unitCode: string): boolean {
  return can(me, { type: 'assessment.read', unitId: unitId(me, unitCode) });
}

/** Reading the assessments of units the user holds no role in. */
export function canReadAnyUnitAssessments(me: Me | null): boolean {
  return can(me, { type: 'assessment.read', unitId: UNIT_OUTSIDE_GRANTS });
}

/** Running a survey wave for some unit. */
export function canRunSurveys(me: Me | null): boolean {
  return canRunAnyUnitSurveys(me) || grantUnits(me).some((u) => can(me, { type: 'survey.manage', unitId: u.id }));
}

export function canRunSurveysOf(me: Me | null, unitCode: string): boolean {
  return can(me, { type: 'survey.manage', unitId: unitId(me, unitCode) });
}

/** Running survey waves for units the user holds no role in. */
export function canRunAnyUnitSurveys(me: Me | null): boolean {
  return can(me, { type: 'survey.manage', unitId: UNIT_OUTSIDE_GRANTS });
}

export function canManageTemplates(me: Me | null): boolean {
  return can(me, { type: 'surveyTemplate.manage' });
}
