import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';

export function useServiceAreaLabel(): (id: string) => string {
  const { t } = useTranslation('groups');
  return useCallback((id: string) => t(`serviceAreas.${id}`, { defaultValue: id }), [t]);
}

export function useGroupKindLabel(): (kind: string) => string {
  const { t } = useTranslation('groups');
  return useCallback((kind: string) => t(`kinds.${kind}`, { defaultValue: kind }), [t]);
}

export function groupPath(id: string): string {
  return `/groups/${encodeURIComponent(id)}`;
}
