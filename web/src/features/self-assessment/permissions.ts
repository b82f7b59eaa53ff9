import type { Me } from '../../lib/session';
import { hasRole, isAdmin, isGlobalOperator } from '../../lib/permissions';

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
