import type { Me, Role } from './api';

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
