import { useId, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/button';
import { Field } from '../../../components/field';
import { useFormat } from '../../../lib/format';
import { SERVICE_AREAS } from '../../groups';
import { useServiceAreaLabel } from '../../../lib/group-labels';
import type { Indicator } from '../../indicators';
import { useLocalized } from '../../../lib/localized';
import { usePickerCoverage } from '../api';

export type PickerCount = { units: number; applicable: number; period: string | null };
export type PickerCounts = (code: string) => PickerCount | undefined;
const NO_DATA: PickerCount = { units: 0, applicable: 0, period: null };

const PERIOD = /^\d{4}(-(H[12]|Q[1-4]))?$/;

/**
 * The counts a picker shows for the period typed (while it is incomplete: each indicator's own
 * default period) and the peer group. A period without any data fails on the server: then every
 * indicator counts as empty, so nothing without data is offered.
 */
export function usePickerCounts(period: string, peers: string) {
  const coverage = usePickerCoverage({ period: PERIOD.test(period) ? period : undefined, peers });
  const byCode = useMemo(
    () => (coverage.data ? new Map(coverage.data.items.map((i) => [i.code, i])) : undefined),
    [coverage.data],
  );
  const counts: PickerCounts | undefined = coverage.isError
    ? () => NO_DATA
    : byCode
      ? // Missing from the answer: no data for these peers (e.g. not released, for visitors without a login).
        (code) => byCode.get(code) ?? NO_DATA
      : undefined;
  return { counts, failed: coverage.isError };
}

export interface IndicatorListFieldProps {
  legend: string;
  hint?: ReactNode;
  error?: string | undefined;
  /** Indicators that may be added, e.g. without neutral ones for a composite. */
  catalogue: readonly Indicator[];
  value: readonly string[];
  onChange: (codes: string[]) => void;
  /** Codes taken elsewhere in the same form (e.g. chosen as inputs when picking outputs). */
  unavailable?: readonly string[];
  /** Extra controls per chosen indicator (a weight input). */
  extra?: (code: string) => ReactNode;
  addLabel: string;
  /** The most indicators the list may hold (the add control is hidden when it is full). */
  max?: number;
  /**
   * Per indicator, members of the peer group with a value in the period counted (from
   * usePickerCoverage): shown beside each option, and an indicator without any is disabled.
   */
  counts?: PickerCounts | undefined;
}

/**
 * A list of chosen catalogue indicators with a remove button each, and a select (grouped by
 * service area) with an "add" button — compact for a catalogue of dozens, and plain HTML
 * controls that every keyboard and screen reader handles.
 */
export function IndicatorListField({
  legend,
  hint,
  error,
  catalogue,
  value,
  onChange,
  unavailable = [],
  extra,
  addLabel,
  max = 50,
  counts,
}: IndicatorListFieldProps) {
  const { t } = useTranslation('benchmarking');
  const format = useFormat();
  const localized = useLocalized();
  const areaLabel = useServiceAreaLabel();
  const id = useId();
  const [adding, setAdding] = useState('');
  const byCode = new Map(catalogue.map((i) => [i.code, i]));
  const options = catalogue.filter((i) => !value.includes(i.code) && !unavailable.includes(i.code));
  const countText = (code: string) => {
    const c = counts?.(code);
    if (!c) return '';
    return c.period === null || c.units === 0
      ? ` — ${t('builder.noData')}`
      : ` — ${t('builder.withData', { period: c.period, count: c.units, formatted: format.number(c.units), applicable: format.number(c.applicable) })}`;
  };
  const empty = (code: string) => {
    const c = counts?.(code);
    return c !== undefined && (c.period === null || c.units === 0);
  };
  const areas = [
    ...SERVICE_AREAS,
    ...new Set(options.map((i) => i.area).filter((a) => !(SERVICE_AREAS as readonly string[]).includes(a))),
  ];

  return (
    <fieldset
      className={['form-subsection', 'indicator-list', error ? 'field--invalid' : ''].filter(Boolean).join(' ')}
      aria-describedby={error ? `${id}-error` : undefined}
    >
      <legend>{legend}</legend>
      {hint ? <p className="field__hint">{hint}</p> : null}
      {value.length > 0 ? (
        <ul className="indicator-list__chosen">
          {value.map((code) => {
            const indicator = byCode.get(code);
            const name = indicator ? localized(indicator.names) : code;
            return (
              <li key={code} className="indicator-list__item">
                <span className="indicator-list__name">
                  {name} <span className="muted">({indicator?.unit ?? code})</span>
                  {counts?.(code) ? (
                    <span className={empty(code) ? 'field__error' : 'muted'}>{countText(code)}</span>
                  ) : null}
                </span>
                {extra?.(code)}
                <Button
                  small
                  variant="ghost"
                  onClick={() => onChange(value.filter((c) => c !== code))}
                  aria-label={t('builder.removeNamed', { name })}
                >
                  {t('builder.remove')}
                </Button>
              </li>
            );
          })}
        </ul>
      ) : (
        <p className="muted">{t('builder.noneChosen')}</p>
      )}
      {value.length >= max ? (
        <p className="muted">{t('builder.full', { count: max })}</p>
      ) : (
        <div className="indicator-list__add">
          <Field label={addLabel}>
            {(control) => (
              <select
                className="input select"
                {...control}
                value={adding}
                onChange={(event) => setAdding(event.target.value)}
              >
                <option value="">{t('builder.choose')}</option>
                {areas.map((area) => {
                  const inArea = options
                    .filter((i) => i.area === area)
                    .sort((a, b) => localized(a.names).localeCompare(localized(b.names), format.locale));
                  return inArea.length === 0 ? null : (
                    <optgroup key={area} label={areaLabel(area)}>
                      {inArea.map((i) => (
                        <option key={i.code} value={i.code} disabled={empty(i.code)}>
                          {localized(i.names)} ({i.unit}){countText(i.code)}
                        </option>
                      ))}
                    </optgroup>
                  );
                })}
              </select>
            )}
          </Field>
          <Button
            disabled={!adding}
            onClick={() => {
              onChange([...value, adding]);
              setAdding('');
            }}
          >
            {t('builder.add')}
          </Button>
        </div>
      )}
      {error ? (
        <p id={`${id}-error`} className="field__error">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
