import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { MUNICIPALITY_KINDS as DOMAIN_MUNICIPALITY_KINDS, POLISH_UNIT_KINDS } from '../../../domain/units/kinds';

/** Kind ids that have a translation; CSV-imported sets may use any other id, shown as it is. */
export const KNOWN_KINDS = POLISH_UNIT_KINDS;

export const COUNTY_KINDS: readonly string[] = ['county', 'city-county'];
export const MUNICIPALITY_KINDS: readonly string[] = DOMAIN_MUNICIPALITY_KINDS;

export function useKindLabel(): (kind: string) => string {
  const { t } = useTranslation('units');
  return useCallback((kind: string) => t(`kinds.${kind}`, { defaultValue: kind }), [t]);
}

export function unitPath(code: string): string {
  return `/units/${encodeURIComponent(code)}`;
}
