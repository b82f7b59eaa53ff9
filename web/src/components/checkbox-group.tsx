import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export interface CheckboxOption {
  value: string;
  label: ReactNode;
  hint?: ReactNode;
}

export interface CheckboxGroupProps {
  legend: ReactNode;
  hint?: ReactNode;
  error?: string;
  required?: boolean;
  options: readonly CheckboxOption[];
  value: readonly string[];
  onChange: (value: string[]) => void;
  disabled?: boolean;
  className?: string;
}

/** Several checkboxes under one legend (a fieldset), with the group's hint and error read with it. */
export function CheckboxGroup({
  legend,
  hint,
  error,
  required,
  options,
  value,
  onChange,
  disabled,
  className,
}: CheckboxGroupProps) {
  const { t } = useTranslation();
  const id = useId();
  const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <fieldset
      className={['checkbox-group', error ? 'field--invalid' : '', className ?? ''].filter(Boolean).join(' ')}
      aria-describedby={describedBy}
      disabled={disabled}
    >
      <legend className="field__label">
        {legend}
        {required ? <span className="field__required"> ({t('form.required')})</span> : null}
      </legend>
      {hint ? (
        <p id={`${id}-hint`} className="field__hint">
          {hint}
        </p>
      ) : null}
      <ul className="checkbox-group__list">
        {options.map((option, index) => {
          const optionId = `${id}-${index}`;
          return (
            <li key={option.value} className="checkbox">
              <input
                type="checkbox"
                id={optionId}
                checked={value.includes(option.value)}
                aria-describedby={option.hint ? `${optionId}-hint` : undefined}
                onChange={(event) =>
                  onChange(event.target.checked ? [...value, option.value] : value.filter((v) => v !== option.value))
                }
              />
              <label htmlFor={optionId}>{option.label}</label>
              {option.hint ? (
                <p id={`${optionId}-hint`} className="field__hint">
                  {option.hint}
                </p>
              ) : null}
            </li>
          );
        })}
      </ul>
      {error ? (
        <p id={`${id}-error`} className="field__error">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
