import type { Me } from '../../lib/session';
import { canManageCatalogue, dataUnits, isAdmin, isGlobalOperator } from '../../lib/permissions';

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
