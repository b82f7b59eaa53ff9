import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { RoleAssignment } from '../../lib/session';

export function useRoleLabel(): (role: string) => string {
  const { t } = useTranslation();
  return useCallback((role: string) => t(`common:roles.${role}`, { defaultValue: role }), [t]);
}

/** "Koordynator jednostki — Kraków (1261)" */
export function useAssignmentLabel(): (assignment: RoleAssignment) => string {
  const roleLabel = useRoleLabel();
  return useCallback(
    (assignment: RoleAssignment) => {
      const scope = assignment.unit
        ? `${assignment.unit.name} (${assignment.unit.code})`
        : assignment.group
          ? assignment.group.name
          : '';
      return scope ? `${roleLabel(assignment.role)} — ${scope}` : roleLabel(assignment.role);
    },
    [roleLabel],
  );
}
