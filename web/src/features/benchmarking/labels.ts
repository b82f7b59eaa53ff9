import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { IconName } from '../../components/icon';
import { buildQuery } from '../../lib/api';
import type { Direction, Position } from './api';
import type { ValueClass } from './classes';

// Other features link here through web/src/lib (a URL is not a reason to import benchmarking).
export { benchmarkingUnitPath, indicatorBenchmarkPath } from '../../lib/benchmarking-paths';

export function neighboursPath(
  code: string,
  query: { period?: string | undefined; k?: number | undefined; weights?: string | undefined } = {},
): string {
  return `/benchmarking/units/${encodeURIComponent(code)}/neighbours${buildQuery(query)}`;
}

/**
 * Where the marker sits on the 0–100 bar: for indicators with a direction the share of the group
 * the unit is better than (right = better), for neutral ones the percent rank (right = higher).
 */
export function barPosition(position: Position): number {
  return 100 * (position.betterThan ?? position.percentRank);
}

const DIRECTION_ICONS: Record<Direction, IconName> = {
  improving: 'arrow-up',
  worsening: 'arrow-down',
  rising: 'arrow-up',
  falling: 'arrow-down',
  stable: 'neutral',
  'insufficient-data': 'info',
};

export function directionIcon(direction: Direction): IconName {
  return DIRECTION_ICONS[direction];
}

export function useDirectionLabel(): (direction: Direction) => string {
  const { t } = useTranslation('benchmarking');
  return useCallback((direction: Direction) => t(`direction.${direction}`, { defaultValue: direction }), [t]);
}

export function useClassLabel(): (cls: ValueClass) => string {
  const { t } = useTranslation('benchmarking');
  return useCallback((cls: ValueClass) => t(`classes.${cls}`), [t]);
}

/** "dolnośląskie" for the register's "DOLNOŚLĄSKIE": voivodeship names are written in lower case in running text. */
export function voivodeshipName(name: string, locale: string): string {
  return name.toLocaleLowerCase(locale);
}
