import { useTranslation } from 'react-i18next';
import type { IndicatorValue } from '../api';

/**
 * "No value" with the reason the server gives — never a 0 or an empty cell, which would read as a
 * measurement. Missing inputs are named, so the unit knows which data to supply.
 */
export function NoValue({
  noValue,
  variableName,
}: {
  noValue: IndicatorValue['noValue'];
  variableName: (code: string) => string;
}) {
  const { t } = useTranslation('indicators');
  const reason = noValue?.reason;
  const missing = noValue?.variables ?? [];
  // Visitors without a login read released data only: the server names no inputs there (#15).
  const key =
    reason === 'missing-input'
      ? missing.length > 0
        ? 'missingInput'
        : 'noData'
      : reason === 'division-by-zero'
        ? 'divisionByZero'
        : reason === 'not-finite'
          ? 'notFinite'
          : reason === 'not-released'
            ? 'notReleased'
            : 'other';
  const detail = reason ? t(`noValue.${key}`, { reason, variables: missing.map(variableName).join(', ') }) : '';
  return (
    <span className="no-value">
      <span className="no-value__label">{t('noValue.label')}</span>
      {detail ? <span className="no-value__reason"> — {detail}</span> : null}
    </span>
  );
}
