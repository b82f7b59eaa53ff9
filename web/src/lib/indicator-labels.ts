import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';

export function indicatorPath(code: string): string {
  return `/indicators/${encodeURIComponent(code)}`;
}

export function variablePath(code: string): string {
  return `/variables/${encodeURIComponent(code)}`;
}

export function useIndicatorTypeLabel(): (type: string) => string {
  const { t } = useTranslation('indicators');
  return useCallback((type: string) => t(`types.${type}`, { defaultValue: type }), [t]);
}

export function usePeriodicityLabel(): (periodicity: string) => string {
  const { t } = useTranslation('indicators');
  return useCallback((periodicity: string) => t(`periodicities.${periodicity}`, { defaultValue: periodicity }), [t]);
}

/** Formats an indicator value with its number of decimals in the user's locale. */
export function formatValue(locale: string, value: number, decimals: number): string {
  return new Intl.NumberFormat(locale, { minimumFractionDigits: decimals, maximumFractionDigits: decimals }).format(
    value,
  );
}

/** Periods sort as text (`2019` < `2019-H1` < `2019-Q3` < `2020`), which is also time order per granularity. */
export function comparePeriods(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
