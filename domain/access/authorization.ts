/**
 * The one answer to "may this user do X to Y". Every service asks {@link can} (or its throwing
 * wrapper on the server) before it reads private data or writes anything; routes never decide.
 *
 * A user holds roles *in* a unit or a group, or globally (admin; a network operator for all
 * networks). Pure: the caller passes the actor's grants and the target's ids.
 */

export const ROLES = [
  'admin',
  'network-operator',
  'unit-coordinator',
  'unit-member',
  'group-moderator',
  'juror',
] as const;
export type Role = (typeof ROLES)[number];

/** Which scope each role is held in: exactly one of unit / group / global. */
export const ROLE_SCOPES: Readonly<Record<Role, readonly ('global' | 'unit' | 'group')[]>> = {
  admin: ['global'],
  'network-operator': ['global', 'group'],
  'unit-coordinator': ['unit'],
  'unit-member': ['unit'],
  'group-moderator': ['group'],
  juror: ['global', 'group'],
};

export interface RoleGrant {
  role: Role;
  unitId: number | null;
  groupId: number | null;
}

export interface Actor {
  userId: string;
  grants: readonly RoleGrant[];
}

export type Action =
  | { type: 'units.import' }
  | { type: 'unit.editProfile'; unitId: number }
  | { type: 'unit.writeData'; unitId: number }
  /** May send a value-import file at all (whose rows are then checked unit by unit with unit.writeData). */
  | { type: 'data.import' }
  | { type: 'group.create' }
  | { type: 'group.edit'; groupId: number }
  | { type: 'group.manageMembers'; groupId: number }
  | { type: 'group.delete'; groupId: number }
  | { type: 'catalogue.manage' }
  /** Publishing a data release: what the public sees (#15). */
  | { type: 'release.manage' }
  | { type: 'round.manage'; groupId: number | null }
  | { type: 'data.importExternal' }
  | { type: 'users.manage' }
  | { type: 'role.assign'; role: Role; unitId: number | null; groupId: number | null }
  | { type: 'audit.read' }
  | { type: 'backup.take' }
  | { type: 'assessment.manage'; unitId: number }
  | { type: 'assessment.read'; unitId: number }
  | { type: 'assessment.score'; unitId: number; membership: AssessmentMembership }
  | { type: 'assessment.lead'; unitId: number; membership: AssessmentMembership }
  | { type: 'plan.manage'; unitId: number | null; groupId: number | null }
  | { type: 'plan.read'; unitIds: readonly number[]; groupIds: readonly number[] }
  | { type: 'surveyTemplate.manage' }
  | { type: 'survey.manage'; unitId: number }
  | { type: 'survey.read'; unitIds: readonly number[]; groupIds: readonly number[] }
  | { type: 'strategy.manage'; unitId: number }
  | { type: 'strategy.read'; unitId: number; groupIds: readonly number[] }
  | { type: 'network.manage'; groupId: number | null }
  | { type: 'network.moderate'; groupId: number }
  | { type: 'network.read'; groupId: number; memberUnitIds: readonly number[] }
  | { type: 'network.delegates'; groupId: number; unitId: number }
  | { type: 'setup.read' }
  | { type: 'practice.manage'; unitIds: readonly number[] }
  | { type: 'practice.curate'; groupIds: readonly number[] }
  | { type: 'practice.import' }
  | { type: 'practice.adopt'; unitId: number }
  | { type: 'competition.manage' }
  | { type: 'competition.apply'; unitId: number }
  | { type: 'competition.readApplication'; unitId: number }
  | { type: 'competition.judge'; invited: boolean; assigned: boolean; conflicted: boolean }
  | { type: 'competition.declareConflict'; invited: boolean };

/** The caller's place in a self-assessment group: leader, member, or none. */
export type AssessmentMembership = 'leader' | 'member' | null;

function has(actor: Actor | null, role: Role, scope: { unitId?: number; groupId?: number; global?: true }): boolean {
  if (!actor) return false;
  return actor.grants.some((g) => {
    if (g.role !== role) return false;
    if (scope.global) return g.unitId === null && g.groupId === null;
    if (scope.unitId !== undefined) return g.unitId === scope.unitId;
    if (scope.groupId !== undefined) return g.groupId === scope.groupId;
    return false;
  });
}

/** Holds a coordinator or member role in the unit. */
function inUnit(actor: Actor, unitId: number): boolean {
  return has(actor, 'unit-coordinator', { unitId }) || has(actor, 'unit-member', { unitId });
}

/** Holds the juror role anywhere (globally or in a group). */
function isJuror(actor: Actor): boolean {
  return actor.grants.some((g) => g.role === 'juror');
}

export function isAdmin(actor: Actor | null): boolean {
  return has(actor, 'admin', { global: true });
}

/**
 * May `actor` perform `action`? Anonymous actors (null) may do nothing here: public reads are not
 * actions. Rules:
 * - admin: everything;
 * - network operator (global): import units, keep the indicator catalogue, open and run collection
 *   rounds, import from BDL, create/edit/delete any group, assign non-admin roles other than network
 *   operator; in a group: edit it and its members, run the group's rounds;
 * - group moderator: edit the group's name and description;
 * - unit coordinator: edit the unit's profile and data, grant unit-member in the unit;
 * - unit member: write the unit's data (a global network operator may write any unit's data).
 * - self-assessment: the unit's coordinator starts an assessment; members of its group who still
 *   hold a role in the unit score; the group's leader (or the unit's coordinator) names the group,
 *   runs consensus and closes; the unit's people and global operators read results.
 * - improvement plans: a unit's plan is kept by its coordinators and members, a group's plan by
 *   the group's operators (and global operators); a plan is read by whoever may keep it, by the
 *   people of the units it concerns, and by the operators and moderators of the groups it concerns.
 * - networks: global operators keep programmes; a group's operators (and global ones) set its
 *   indicator set, cycles and schedule; its moderators too run meetings, minutes, agreed actions and
 *   the discussion pins; a member unit's coordinator names the unit's delegates; the group (its
 *   operators, moderators and the people of its member units) reads everything of the group.
 * - surveys: global operators keep the survey templates; a unit's people (and global operators) run
 *   its waves and see their free text and raw answers; a wave's results are read by them, by the
 *   people of the other units of the unit's groups and by those groups' operators and moderators.
 * - strategies (and the unit's NGO register): kept by the unit's coordinators and members; read by
 *   them, global operators and the operators of the unit's groups (groupIds: groups containing the
 *   unit). The public sees only published reports and published NGO entries (no action).
 * - good practices: the people of an entry's units draft, edit and submit it (only their own
 *   entries); curators — global network operators, or operators of a group one of its units belongs
 *   to — return or publish it and see it before it is published; global operators import entries; a
 *   unit's people record their unit's adoption of a practice.
 * - competition: global operators run editions (setup, formal check, jurors, assignment, consensus,
 *   awards, publishing); a unit's coordinator drafts and submits its application, which the unit's
 *   people read; a user holding the juror role who is invited to the edition scores the applications
 *   assigned to them and free of conflicts, and may declare a conflict with any application.
 */
export function can(actor: Actor | null, action: Action): boolean {
  if (!actor) return false;
  if (isAdmin(actor)) return true;
  const globalOperator = has(actor, 'network-operator', { global: true });
  switch (action.type) {
    case 'setup.read':
      // The first-run checklist: counts only, for whoever sets the platform up.
      return actor.grants.some((g) => g.role === 'network-operator');
    case 'units.import':
    case 'group.create':
    case 'catalogue.manage':
    case 'release.manage':
    case 'data.importExternal':
      return globalOperator;
    case 'round.manage':
      return globalOperator || (action.groupId !== null && has(actor, 'network-operator', { groupId: action.groupId }));
    case 'group.delete':
      return globalOperator;
    case 'group.manageMembers':
      return globalOperator || has(actor, 'network-operator', { groupId: action.groupId });
    case 'group.edit':
      return (
        globalOperator ||
        has(actor, 'network-operator', { groupId: action.groupId }) ||
        has(actor, 'group-moderator', { groupId: action.groupId })
      );
    case 'unit.editProfile':
      return has(actor, 'unit-coordinator', { unitId: action.unitId });
    case 'data.import':
      return globalOperator || actor.grants.some((g) => g.role === 'unit-coordinator' || g.role === 'unit-member');
    case 'unit.writeData':
      // Association staff compile and correct data on behalf of units, so a global operator may too.
      return (
        globalOperator ||
        has(actor, 'unit-coordinator', { unitId: action.unitId }) ||
        has(actor, 'unit-member', { unitId: action.unitId })
      );
    case 'role.assign':
      if (action.role === 'admin' || action.role === 'network-operator') return false;
      if (globalOperator) return true;
      if (action.role === 'unit-member' && action.unitId !== null)
        return has(actor, 'unit-coordinator', { unitId: action.unitId });
      if (action.role === 'group-moderator' && action.groupId !== null)
        return has(actor, 'network-operator', { groupId: action.groupId });
      return false;
    case 'users.manage':
    case 'audit.read':
    case 'backup.take':
      return false;
    case 'assessment.manage':
      return has(actor, 'unit-coordinator', { unitId: action.unitId });
    case 'assessment.read':
      return globalOperator || inUnit(actor, action.unitId);
    case 'assessment.score':
      // Membership alone is not enough: someone who left the unit no longer scores for it.
      return action.membership !== null && inUnit(actor, action.unitId);
    case 'assessment.lead':
      // The unit's coordinator may stand in for the leader, so an absent leader cannot block a round.
      return (
        (action.membership === 'leader' && inUnit(actor, action.unitId)) ||
        has(actor, 'unit-coordinator', { unitId: action.unitId })
      );
    case 'plan.manage':
      if (action.unitId !== null) return inUnit(actor, action.unitId);
      return globalOperator || (action.groupId !== null && has(actor, 'network-operator', { groupId: action.groupId }));
    case 'plan.read':
      return (
        globalOperator ||
        action.unitIds.some((unitId) => inUnit(actor, unitId)) ||
        action.groupIds.some(
          (groupId) => has(actor, 'network-operator', { groupId }) || has(actor, 'group-moderator', { groupId }),
        )
      );
    case 'surveyTemplate.manage':
      return globalOperator;
    case 'survey.manage':
      return globalOperator || inUnit(actor, action.unitId);
    case 'strategy.manage':
      return inUnit(actor, action.unitId);
    case 'strategy.read':
      return (
        globalOperator ||
        inUnit(actor, action.unitId) ||
        action.groupIds.some((groupId) => has(actor, 'network-operator', { groupId }))
      );
    case 'competition.manage':
      return globalOperator;
    case 'competition.apply':
      return has(actor, 'unit-coordinator', { unitId: action.unitId });
    case 'competition.readApplication':
      return globalOperator || inUnit(actor, action.unitId);
    case 'competition.judge':
      return isJuror(actor) && action.invited && action.assigned && !action.conflicted;
    case 'competition.declareConflict':
      return isJuror(actor) && action.invited;
    case 'survey.read':
      // unitIds: the wave's unit and the other members of its groups (group data is visible to the group).
      return (
        globalOperator ||
        action.unitIds.some((unitId) => inUnit(actor, unitId)) ||
        action.groupIds.some(
          (groupId) => has(actor, 'network-operator', { groupId }) || has(actor, 'group-moderator', { groupId }),
        )
      );
    case 'network.manage':
      return globalOperator || (action.groupId !== null && has(actor, 'network-operator', { groupId: action.groupId }));
    case 'network.moderate':
      return (
        globalOperator ||
        has(actor, 'network-operator', { groupId: action.groupId }) ||
        has(actor, 'group-moderator', { groupId: action.groupId })
      );
    case 'network.delegates':
      return (
        can(actor, { type: 'network.moderate', groupId: action.groupId }) ||
        has(actor, 'unit-coordinator', { unitId: action.unitId })
      );
    case 'network.read':
      return (
        can(actor, { type: 'network.moderate', groupId: action.groupId }) ||
        action.memberUnitIds.some((unitId) => inUnit(actor, unitId))
      );
    case 'practice.manage':
      return action.unitIds.some((unitId) => inUnit(actor, unitId));
    case 'practice.curate':
      return globalOperator || action.groupIds.some((groupId) => has(actor, 'network-operator', { groupId }));
    case 'practice.import':
      return globalOperator;
    case 'practice.adopt':
      return inUnit(actor, action.unitId);
  }
}
