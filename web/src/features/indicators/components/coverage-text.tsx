import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../lib/format';
import type { IndicatorCoverage } from '../api';

/**
 * An indicator's coverage in one line: the span of periods with data and, for its default period
 * (the latest with substantial data), how many units have a value — or "no data" plainly.
 */
export function CoverageText({ coverage }: { coverage: IndicatorCoverage | null }) {
  const { t } = useTranslation('indicators');
  const format = useFormat();
  if (!coverage) return null;
  const first = coverage.periods[0];
  const last = coverage.periods.at(-1);
  if (!first || !last) return <span className="muted">{t('coverage.none')}</span>;
  const main = coverage.periods.find((p) => p.period === coverage.defaultPeriod) ?? last;
  const span = first.period === last.period ? first.period : `${first.period}–${last.period}`;
  return (
    <span data-coverage-default={coverage.defaultPeriod ?? ''}>
      {t('coverage.summary', {
        span,
        period: main.period,
        count: main.units,
        formatted: format.number(main.units),
      })}
    </span>
  );
}
