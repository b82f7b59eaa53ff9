import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from './button';
import { TextAreaField, TextField } from './field';
import { FormActions } from './form';

export interface Bilingual {
  pl: string;
  en: string;
}

export interface BilingualFieldProps {
  /** The field path of the pair (`names`): the inputs are `names.pl` and `names.en`, as the server names them. */
  name: string;
  label: Bilingual;
  value: Bilingual;
  onChange: (value: Bilingual) => void;
  /** Errors by field path (`names.pl`). */
  errors: Record<string, string | undefined>;
  required?: boolean;
  /** A text area of this many rows instead of a one-line input. */
  rows?: number;
}

/** A Polish and an English text side by side, each with its `lang` so screen readers switch voice. */
export function BilingualField({ name, label, value, onChange, errors, required, rows }: BilingualFieldProps) {
  return (
    <div className="form__row">
      {(['pl', 'en'] as const).map((language) => {
        const props = {
          label: label[language],
          name: `${name}.${language}`,
          lang: language,
          required,
          value: value[language],
          error: errors[`${name}.${language}`],
        };
        const change = (text: string) => onChange({ ...value, [language]: text });
        return rows === undefined ? (
          <TextField key={language} {...props} onChange={(event) => change(event.target.value)} />
        ) : (
          <TextAreaField key={language} {...props} rows={rows} onChange={(event) => change(event.target.value)} />
        );
      })}
    </div>
  );
}

export interface CodeAndNamesProps {
  /** Editing: the code cannot change, so it is not shown. */
  editing: boolean;
  code: string;
  onCodeChange: (code: string) => void;
  codeLabel: string;
  codeHint: ReactNode;
  names: Bilingual;
  onNamesChange: (names: Bilingual) => void;
  namesLabel: Bilingual;
  errors: Record<string, string | undefined>;
}

/** A catalogue entry's identity: its code (fixed once created) and its Polish and English names. */
export function CodeAndNames({
  editing,
  code,
  onCodeChange,
  codeLabel,
  codeHint,
  names,
  onNamesChange,
  namesLabel,
  errors,
}: CodeAndNamesProps) {
  return (
    <>
      {editing ? null : (
        <TextField
          label={codeLabel}
          name="code"
          required
          hint={codeHint}
          className="mono-input"
          value={code}
          error={errors.code}
          autoComplete="off"
          spellCheck={false}
          onChange={(event) => onCodeChange(event.target.value)}
        />
      )}
      <BilingualField name="names" label={namesLabel} required value={names} errors={errors} onChange={onNamesChange} />
    </>
  );
}

/** A form's primary submit button (busy while saving) and its cancel (none without `onCancel`). */
export function SubmitOrCancel({
  label,
  pending,
  onCancel,
}: {
  label: ReactNode;
  pending: boolean;
  onCancel?: () => void;
}) {
  const { t } = useTranslation();
  return (
    <FormActions>
      <Button type="submit" variant="primary" busy={pending} busyLabel={t('status.saving')}>
        {label}
      </Button>
      {onCancel ? <Button onClick={onCancel}>{t('actions.cancel')}</Button> : null}
    </FormActions>
  );
}
