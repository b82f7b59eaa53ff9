import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../lib/format';
import { useKindLabel } from '../../../lib/unit-labels';
import type { Plausibility, Severity } from '../api';

function SeverityText({ severity }: { severity: Severity }) {
  const { t } = useTranslation('indicators');
  return (
    <strong className={`severity-text severity-text--${severity}`}>{t(`plausibility.severity.${severity}`)}</strong>
  );
}

/** The checks a value goes through when it is entered or imported, in plain words. */
export function PlausibilityText({ plausibility, unit }: { plausibility: Plausibility | null; unit: string }) {
  const { t } = useTranslation('indicators');
  const format = useFormat();
  const kindLabel = useKindLabel();
  if (!plausibility || Object.keys(plausibility).length === 0) return <p className="muted">{t('plausibility.none')}</p>;
  const n = (x: number) => format.number(x, { maximumFractionDigits: 6 });
  const items: { key: string; text: string; severity: Severity }[] = [];
  if (plausibility.nonNegative)
    items.push({ key: 'nonNegative', text: t('plausibility.nonNegative'), severity: 'error' });
  (plausibility.ranges ?? []).forEach((range, index) => {
    const bounds =
      range.min !== undefined && range.max !== undefined
        ? t('plausibility.between', { min: n(range.min), max: n(range.max), unit })
        : range.min !== undefined
          ? t('plausibility.atLeast', { min: n(range.min), unit })
          : t('plausibility.atMost', { max: n(range.max ?? 0), unit });
    const who = range.unitKinds?.length
      ? t('plausibility.forKinds', {
          kinds: range.unitKinds.map((k) => kindLabel(k).toLocaleLowerCase(format.locale)).join(', '),
        })
      : t('plausibility.forAll');
    // Units such as "szt." end with a full stop of their own.
    items.push({
      key: `range-${index}`,
      text: t('plausibility.range', { who, bounds }).replace(/\.\.$/, '.'),
      severity: range.severity,
    });
  });
  if (plausibility.yearOnYear) {
    items.push({
      key: 'yoy',
      text: t('plausibility.yearOnYear', {
        limit: format.number(plausibility.yearOnYear.maxRelativeChange * 100, { maximumFractionDigits: 2 }),
      }),
      severity: plausibility.yearOnYear.severity,
    });
  }
  if (plausibility.peerOutlier) {
    items.push({
      key: 'peers',
      text: t('plausibility.peerOutlier', { threshold: format.number(plausibility.peerOutlier.threshold ?? 3.5) }),
      severity: plausibility.peerOutlier.severity,
    });
  }
  return (
    <ul className="plausibility-list">
      {items.map((item) => (
        <li key={item.key}>
          {item.text} <SeverityText severity={item.severity} />
        </li>
      ))}
    </ul>
  );
}
