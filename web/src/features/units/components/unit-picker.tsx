import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Loading, QueryError } from '../../../components/async-state';
import { Button } from '../../../components/button';
import { TextField } from '../../../components/field';
import { useAnnounce } from '../../../lib/announce';
import { useDebounced } from '../../../lib/use-debounced';
import { useUnits, type UnitSummary } from '../api';
import { useKindLabel } from '../../../lib/unit-labels';

export interface UnitPickerProps {
  label: string;
  /** Text of the button next to each result, e.g. "Dodaj" or "Wybierz". */
  actionLabel: string;
  onPick: (unit: UnitSummary) => void;
  /** Units that cannot be picked again (already members). */
  excludeCodes?: readonly string[];
  pending?: boolean;
}

const MIN_QUERY = 2;

/**
 * Search-as-you-type over units with a button per result. Deliberately not an ARIA combobox:
 * a list of ordinary buttons behaves the same with every screen reader and needs no custom keys.
 */
export function UnitPicker({ label, actionLabel, onPick, excludeCodes = [], pending }: UnitPickerProps) {
  const { t } = useTranslation('units');
  const kindLabel = useKindLabel();
  const announce = useAnnounce();
  const [text, setText] = useState('');
  const q = useDebounced(text.trim(), 250);
  const enabled = q.length >= MIN_QUERY;
  const results = useUnits({ q, pageSize: 10 }, { enabled });

  const count = enabled && results.data && !results.isPlaceholderData ? results.data.total : null;
  useEffect(() => {
    if (count !== null) announce(t('picker.found', { count }));
  }, [count, announce, t]);

  const items = results.data?.items ?? [];

  return (
    <div className="unit-picker">
      <TextField
        type="search"
        label={label}
        hint={t('picker.hint')}
        value={text}
        autoComplete="off"
        spellCheck={false}
        onChange={(event) => setText(event.target.value)}
        onKeyDown={(event) => {
          // The picker often sits inside another form; Enter here must not submit it.
          if (event.key === 'Enter') event.preventDefault();
        }}
      />
      {!enabled ? null : results.isPending ? (
        <Loading label={t('picker.searching')} />
      ) : results.isError ? (
        <QueryError error={results.error} onRetry={() => void results.refetch()} />
      ) : items.length === 0 ? (
        <p className="muted">{t('picker.none')}</p>
      ) : (
        <ul className="picker-results" aria-label={t('picker.results')}>
          {items.map((unit) => {
            const excluded = excludeCodes.includes(unit.code);
            return (
              <li key={unit.code} className="picker-results__item">
                <span>
                  <span className="picker-results__name">{unit.name}</span>{' '}
                  <span className="muted">
                    {unit.code} · {kindLabel(unit.kind)}
                    {unit.parentName ? ` · ${unit.parentName}` : ''}
                  </span>
                </span>
                <Button
                  small
                  disabled={excluded || pending}
                  onClick={() => onPick(unit)}
                  aria-label={`${excluded ? t('picker.alreadyAdded') : actionLabel}: ${unit.name} (${unit.code})`}
                >
                  {excluded ? t('picker.alreadyAdded') : actionLabel}
                </Button>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
