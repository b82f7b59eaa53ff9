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
  const detail =
    reason === 'missing-input'
      ? t('noValue.missingInput', { variables: (noValue?.variables ?? []).map(variableName).join(', ') })
      : reason
        ? t(
            `noValue.${reason === 'division-by-zero' ? 'divisionByZero' : reason === 'not-finite' ? 'notFinite' : 'other'}`,
            { reason },
          )
        : '';
  return (
    <span className="no-value">
      <span className="no-value__label">{t('noValue.label')}</span>
      {detail ? <span className="no-value__reason"> — {detail}</span> : null}
    </span>
  );
}
