import type { FormEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorMessage, useIssueMessage, validationIssues } from '../lib/errors';
import { Alert } from './alert';

export interface FormProps {
  onSubmit: () => void;
  /** While true every control is disabled, so a request cannot be sent twice. */
  pending?: boolean;
  children: ReactNode;
  className?: string;
  'aria-label'?: string;
  'aria-labelledby'?: string;
}

export function Form({ onSubmit, pending = false, children, className, ...labelling }: FormProps) {
  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!pending) onSubmit();
  }
  return (
    <form
      className={['form', className ?? ''].filter(Boolean).join(' ')}
      onSubmit={handleSubmit}
      aria-busy={pending || undefined}
      {...labelling}
    >
      <fieldset className="form__fieldset" disabled={pending}>
        {children}
      </fieldset>
    </form>
  );
}

/**
 * The submission error of a form, focused when it appears. Validation issues that do not belong
 * to a visible field (`handledFields` by last path segment, or `isHandled` by whole path) are
 * listed here so none is silently dropped.
 */
export function FormError({
  error,
  handledFields = [],
  isHandled,
}: {
  error: unknown;
  handledFields?: readonly string[];
  isHandled?: (path: string) => boolean;
}) {
  const { t } = useTranslation();
  const message = useErrorMessage();
  const issueMessage = useIssueMessage();
  if (!error) return null;
  const others = validationIssues(error).filter(
    (issue) => !handledFields.includes(issue.path.split('.').pop() ?? '') && !isHandled?.(issue.path),
  );
  const fieldsOnly = validationIssues(error).length > 0 && others.length === 0;
  return (
    <Alert tone="error" live focusOn={error} title={fieldsOnly ? t('form.fixErrors') : message(error)}>
      {others.length > 0 ? (
        <ul>
          {others.map((issue, index) => (
            <li key={index}>
              {issue.path ? <strong>{issue.path}: </strong> : null}
              {issueMessage(issue)}
            </li>
          ))}
        </ul>
      ) : null}
    </Alert>
  );
}

export function FormActions({ children }: { children: ReactNode }) {
  return <div className="form__actions">{children}</div>;
}
