import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';

/** Kind ids that have a translation; CSV-imported sets may use any other id, shown as it is. */
export const KNOWN_KINDS = [
  'voivodeship',
  'county',
  'city-county',
  'municipality-urban',
  'municipality-rural',
  'municipality-urban-rural',
  'municipality-town-part',
  'municipality-rural-part',
  'city-district',
] as const;

export const COUNTY_KINDS: readonly string[] = ['county', 'city-county'];
export const MUNICIPALITY_KINDS: readonly string[] = [
  'municipality-urban',
  'municipality-rural',
  'municipality-urban-rural',
];

export function useKindLabel(): (kind: string) => string {
  const { t } = useTranslation('units');
  return useCallback((kind: string) => t(`kinds.${kind}`, { defaultValue: kind }), [t]);
}

export function unitPath(code: string): string {
  return `/units/${encodeURIComponent(code)}`;
}
