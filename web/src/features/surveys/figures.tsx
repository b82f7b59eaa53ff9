import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../lib/format';

/** Display formatting of survey figures (rounding happens here only; the API sends exact values). */
export interface SurveyFormat {
  /** A share in [0, 1] as "75,0 %". */
  percent: (share: number) => string;
  /** An interval of shares as "68,6–80,5 %". */
  percentInterval: (lower: number | null, upper: number | null) => string;
  /** Percentage points with a sign: "+4,2 p.p.". */
  pp: (value: number) => string;
  ppInterval: (lower: number, upper: number) => string;
  /** A margin of error (a share) as "±3,0 p.p.". */
  margin: (share: number) => string;
  mean: (value: number) => string;
  meanInterval: (lower: number | null, upper: number | null) => string;
  /** "0,299", or "< 0,001". */
  pValue: (p: number | null) => string;
  count: (n: number) => string;
}

export function useSurveyFormat(): SurveyFormat {
  const { t } = useTranslation('surveys');
  const format = useFormat();
  return useMemo(() => {
    const one = (value: number) => format.number(value, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
    const two = (value: number) => format.number(value, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
    const signed = (value: number) => `${value > 0 ? '+' : value < 0 ? '−' : '±'}${one(Math.abs(value))}`;
    return {
      percent: (share) => t('figures.percent', { value: one(share * 100) }),
      percentInterval: (lower, upper) =>
        lower === null || upper === null
          ? '—'
          : t('figures.percentInterval', { lower: one(lower * 100), upper: one(upper * 100) }),
      pp: (value) => t('figures.pp', { value: signed(value) }),
      ppInterval: (lower, upper) => t('figures.ppInterval', { lower: signed(lower), upper: signed(upper) }),
      margin: (share) => t('figures.pp', { value: `±${one(share * 100)}` }),
      mean: two,
      meanInterval: (lower, upper) =>
        lower === null || upper === null ? '—' : t('figures.interval', { lower: two(lower), upper: two(upper) }),
      pValue: (p) =>
        p === null
          ? '—'
          : p < 0.001
            ? t('figures.pBelow', { value: format.number(0.001) })
            : format.number(p, { minimumFractionDigits: 3, maximumFractionDigits: 3 }),
      count: (n) => format.number(n),
    };
  }, [t, format]);
}

/** A withheld cell: "— (n < 5)", with the reason for screen readers and on hover. */
export function Suppressed({ minimumN }: { minimumN: number }) {
  const { t } = useTranslation('surveys');
  return (
    <span className="suppressed" title={t('suppressed.explain', { n: minimumN })}>
      <span aria-hidden="true">{t('suppressed.short', { n: minimumN })}</span>
      <span className="visually-hidden">{t('suppressed.explain', { n: minimumN })}</span>
    </span>
  );
}

/** The plain-language verdict of a comparison, in words (not colour). */
export function SignificanceText({ label }: { label: string }) {
  const { t } = useTranslation('surveys');
  return <span className="significance">{t(`significance.${label}`, { defaultValue: label })}</span>;
}
