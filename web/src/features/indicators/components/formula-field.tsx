import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { isApiError } from '../../../lib/api';

export interface FormulaProblem {
  /** 0-based offset in the formula; may equal its length ("unexpected end"). */
  position: number;
  message: string;
}

/** FORMULA_INVALID details: `{ position, message }`. */
export function formulaProblem(error: unknown): FormulaProblem | null {
  if (!isApiError(error) || error.code !== 'FORMULA_INVALID') return null;
  const details = error.details as { position?: unknown; message?: unknown } | undefined;
  if (typeof details?.position !== 'number') return null;
  return { position: details.position, message: typeof details.message === 'string' ? details.message : '' };
}

/** The parser's English messages that occur most, in the user's language; others are shown as written. */
const KNOWN: readonly [RegExp, string][] = [
  [/^unexpected end of formula$/, 'end'],
  [/^empty formula$/, 'empty'],
  [/^unknown variable '(.+)'$/, 'unknownVariable'],
  [/^unknown function '(.+)'$/, 'unknownFunction'],
  [/^unexpected '(.+)' \(variable codes are lower case\)$/, 'lowerCase'],
  [/^missing '\)'/, 'missingParen'],
  [/^unexpected '(.+)'$/, 'unexpected'],
];

export function translateFormulaMessage(t: TFunction, message: string): { text: string; translated: boolean } {
  for (const [pattern, key] of KNOWN) {
    const match = pattern.exec(message);
    if (match) return { text: t(`indicators:formula.messages.${key}`, { name: match[1] ?? '' }), translated: true };
  }
  return { text: message, translated: false };
}

export interface FormulaFieldProps {
  value: string;
  onChange: (value: string) => void;
  /** The submission error; a FORMULA_INVALID one is shown here with the position marked. */
  error: unknown;
  /** Another message for the field (e.g. required). */
  fieldError?: string;
  disabled?: boolean;
}

/**
 * The formula box. When the server refuses a formula, the message appears under it with the
 * formula repeated and the offending character highlighted and a caret beneath it; the position
 * is also said in words, and the cursor is put on it so the user can fix it at once.
 */
export function FormulaField({ value, onChange, error, fieldError, disabled }: FormulaFieldProps) {
  const { t } = useTranslation('indicators');
  const id = useId();
  const textarea = useRef<HTMLTextAreaElement>(null);
  const problem = formulaProblem(error);
  // Once the formula is edited, the old position no longer points at anything meaningful: the
  // formula as it was when the error arrived is remembered (state adjusted during render).
  const [seenError, setSeenError] = useState(error);
  const [erroredFormula, setErroredFormula] = useState(value);
  if (error !== seenError) {
    setSeenError(error);
    setErroredFormula(value);
  }
  const stale = problem !== null && value !== erroredFormula;
  const shown = problem && !stale ? problem : null;

  useEffect(() => {
    const current = formulaProblem(error);
    if (!current || !textarea.current) return;
    textarea.current.focus();
    textarea.current.setSelectionRange(current.position, Math.min(current.position + 1, textarea.current.value.length));
  }, [error]);

  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hintId, shown || fieldError ? errorId : ''].filter(Boolean).join(' ');
  const message = shown ? translateFormulaMessage(t, shown.message) : null;
  const before = shown ? value.slice(0, shown.position) : '';
  const at = shown ? value.slice(shown.position, shown.position + 1) : '';
  const after = shown ? value.slice(shown.position + 1) : '';

  return (
    <div className={['field', shown || fieldError ? 'field--invalid' : ''].filter(Boolean).join(' ')}>
      <label htmlFor={id} className="field__label">
        {t('fields.formula')}
        <span className="field__required"> ({t('common:form.required')})</span>
      </label>
      <p id={hintId} className="field__hint">
        {t('formula.hint')}
      </p>
      <textarea
        ref={textarea}
        id={id}
        name="formula"
        className="input textarea mono"
        rows={3}
        required
        spellCheck={false}
        autoCapitalize="off"
        autoComplete="off"
        value={value}
        disabled={disabled}
        aria-describedby={describedBy}
        aria-invalid={shown || fieldError ? true : undefined}
        onChange={(event) => onChange(event.target.value)}
      />
      {shown && message ? (
        <div id={errorId} className="formula-error">
          <p className="field__error">
            {t('formula.errorAt', { position: shown.position + 1 })}{' '}
            <span lang={message.translated ? undefined : 'en'}>{message.text}</span>
            {at.trim()
              ? ` ${t('formula.character', { character: at })}`
              : shown.position >= value.length
                ? ` ${t('formula.atEnd')}`
                : ''}
          </p>
          <pre className="formula-error__text" aria-hidden="true">
            {before}
            <mark className="formula-error__mark">{at || ' '}</mark>
            {after}
            {'\n'}
            {' '.repeat(before.length)}^
          </pre>
        </div>
      ) : fieldError ? (
        <p id={errorId} className="field__error">
          {fieldError}
        </p>
      ) : null}
    </div>
  );
}
