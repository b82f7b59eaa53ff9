import type { Me } from '../../lib/session';
import { hasRole, isAdmin, isGlobalOperator } from '../../lib/permissions';

// What the UI offers; the server decides for real (domain/access/authorization.ts, plan.manage).

/** A unit's plan is kept by its coordinators and members. */
export function canManageUnitPlan(me: Me | null, unitCode: string): boolean {
  return isAdmin(me) || hasRole(me, 'unit-coordinator', { unitCode }) || hasRole(me, 'unit-member', { unitCode });
}

/** A group's plan is kept by the group's network operators and by global operators. */
export function canManageGroupPlan(me: Me | null, groupId: string): boolean {
  return isAdmin(me) || isGlobalOperator(me) || hasRole(me, 'network-operator', { groupId });
}
