import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Loading, QueryError } from '../../../components/async-state';
import { Button } from '../../../components/button';
import { useAllVariables } from '../../indicators';
import { useLocalized } from '../../../lib/localized';

/** Case- and diacritic-insensitive search key ("Łódź" → "lodz"). */
export function fold(text: string): string {
  return text.toLocaleLowerCase('pl').normalize('NFD').replace(/\p{M}/gu, '').replace(/ł/g, 'l');
}

export interface VariablePickerProps {
  value: readonly string[];
  onChange: (codes: string[]) => void;
  error?: string;
}

/**
 * Multi-select of catalogue variables: a search box filters a list of checkboxes; the chosen ones
 * are listed above it with a button to remove each. Plain form controls, so it works the same
 * with a keyboard and every screen reader.
 */
export function VariablePicker({ value, onChange, error }: VariablePickerProps) {
  const { t } = useTranslation('dataCollection');
  const localized = useLocalized();
  const id = useId();
  const variables = useAllVariables();
  const [text, setText] = useState('');
  const byCode = useMemo(() => new Map((variables.data ?? []).map((v) => [v.code, v])), [variables.data]);
  const query = fold(text.trim());
  const shown = (variables.data ?? []).filter(
    (v) => !query || fold(`${v.code} ${v.names.pl} ${v.names.en}`).includes(query),
  );

  function toggle(code: string, checked: boolean) {
    onChange(checked ? [...value, code] : value.filter((c) => c !== code));
  }

  return (
    <fieldset
      className={['variable-picker', error ? 'field--invalid' : ''].filter(Boolean).join(' ')}
      aria-describedby={`${id}-hint${error ? ` ${id}-error` : ''}`}
    >
      <legend className="field__label">
        {t('newRound.variables')}
        <span className="field__required"> ({t('common:form.required')})</span>
      </legend>
      <p id={`${id}-hint`} className="field__hint">
        {t('newRound.variablesHint')}
      </p>
      <div className="variable-picker__chosen" aria-live="polite">
        <p className="variable-picker__count">{t('newRound.chosenCount', { count: value.length })}</p>
        {value.length > 0 ? (
          <ul className="chips">
            {value.map((code) => {
              const variable = byCode.get(code);
              const name = variable ? localized(variable.names) : code;
              return (
                <li key={code} className="chip">
                  {name}
                  <Button
                    small
                    variant="ghost"
                    className="chip__remove"
                    aria-label={t('newRound.removeVariable', { name })}
                    onClick={() => toggle(code, false)}
                  >
                    ×
                  </Button>
                </li>
              );
            })}
          </ul>
        ) : null}
      </div>
      <div className="field">
        <label htmlFor={`${id}-search`} className="field__label">
          {t('newRound.searchVariables')}
        </label>
        <input
          id={`${id}-search`}
          type="search"
          className="input"
          value={text}
          autoComplete="off"
          aria-controls={`${id}-list`}
          onChange={(event) => setText(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter') event.preventDefault();
          }}
        />
      </div>
      {variables.isPending ? (
        <Loading />
      ) : variables.isError ? (
        <QueryError error={variables.error} onRetry={() => void variables.refetch()} />
      ) : (
        <>
          <p className="visually-hidden" aria-live="polite">
            {t('newRound.variablesFound', { count: shown.length })}
          </p>
          <ul className="variable-picker__list" id={`${id}-list`} aria-label={t('newRound.variablesList')}>
            {shown.length === 0 ? <li className="muted">{t('newRound.noVariables')}</li> : null}
            {shown.map((variable) => {
              const optionId = `${id}-${variable.code}`;
              return (
                <li key={variable.code} className="checkbox">
                  <input
                    type="checkbox"
                    id={optionId}
                    checked={value.includes(variable.code)}
                    onChange={(event) => toggle(variable.code, event.target.checked)}
                  />
                  <label htmlFor={optionId}>
                    {localized(variable.names)}{' '}
                    <span className="muted">
                      (<span className="mono">{variable.code}</span>, {variable.unit})
                    </span>
                  </label>
                </li>
              );
            })}
          </ul>
        </>
      )}
      {error ? (
        <p id={`${id}-error`} className="field__error">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
