import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { Breadcrumb } from '../../../components/breadcrumb';
import { Alert } from '../../../components/alert';
import { QueryContent } from '../../../components/query-content';
import { Button } from '../../../components/button';
import { Card } from '../../../components/card';
import { Form, FormActions } from '../../../components/form';
import { Icon } from '../../../components/icon';
import { PageHeader } from '../../../components/page-header';
import { useAnnounce } from '../../../lib/announce';
import { useErrorMessage } from '../../../lib/errors';
import { useFormat } from '../../../lib/format';
import { useCurrentUser } from '../../../lib/session';
import { canWriteUnitData } from '../../../lib/permissions';
import { useVariableNames } from '../../indicators';
import { useLocalized } from '../../../lib/localized';
import { unitPath, useKindLabel } from '../../../lib/unit-labels';
import { useFormActions, useRound, useRoundForm, type Finding, type FormField, type RoundForm } from '../api';
import { decimalInputText, parseDecimalInput } from '../../../lib/decimal';
import { FindingList } from '../components/finding-list';
import { OperatorActions } from '../components/operator-actions';
import { RoundHistory } from '../components/round-history';
import { roundPath, StatusBadge, useProvenanceText } from '../labels';
import { formatWarsaw, previousPeriod } from '../../../lib/time';
import { NO_PROBLEMS, submitProblemsOf, summaryItems, type SubmitProblems } from '../submit-problems';

export function FormPage() {
  const { id = '', code = '' } = useParams();
  const { t } = useTranslation('dataCollection');
  const form = useRoundForm(id, code);
  return (
    <QueryContent
      query={form}
      notFound={(error) =>
        error.code === 'ROUND_NOT_FOUND' ? t('round.notFound') : t('form.unitNotInRound', { code })
      }
    >
      {(data) => <FormView key={`${id}/${code}`} id={id} form={data} />}
    </QueryContent>
  );
}

function initialValues(form: RoundForm, locale: string): Record<string, string> {
  return Object.fromEntries(form.fields.map((f) => [f.variable.code, decimalInputText(f.value, locale)]));
}

function initialComments(form: RoundForm): Record<string, string> {
  return Object.fromEntries(form.fields.map((f) => [f.variable.code, f.comment ?? '']));
}

function FormView({ id, form }: { id: string; form: RoundForm }) {
  const { t } = useTranslation('dataCollection');
  const format = useFormat();
  const localized = useLocalized();
  const kindLabel = useKindLabel();
  const announce = useAnnounce();
  const errorMessage = useErrorMessage();
  const me = useCurrentUser();
  const round = useRound(id);
  const actions = useFormActions(id, form.unit.code);
  const { name: catalogueName } = useVariableNames();
  const fieldNames = useMemo(
    () => new Map(form.fields.map((f) => [f.variable.code, localized(f.variable.names)])),
    [form.fields, localized],
  );
  const variableName = useCallback(
    (code: string) => fieldNames.get(code) ?? catalogueName(code),
    [fieldNames, catalogueName],
  );

  // Local edits, re-read from the server's answer after every save or state change.
  const [values, setValues] = useState(() => initialValues(form, format.locale));
  const [comments, setComments] = useState(() => initialComments(form));
  const [synced, setSynced] = useState(form);
  if (form !== synced) {
    setSynced(form);
    setValues(initialValues(form, format.locale));
    setComments(initialComments(form));
  }
  const [parseErrors, setParseErrors] = useState<Record<string, string>>({});
  const [problems, setProblems] = useState<SubmitProblems>(NO_PROBLEMS);
  const [failure, setFailure] = useState<unknown>(null);
  const [success, setSuccess] = useState<string | null>(null);
  const [focusTarget, setFocusTarget] = useState<{ id: string; nonce: number } | null>(null);
  const summaryRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (focusTarget) document.getElementById(focusTarget.id)?.focus();
  }, [focusTarget]);

  const pending = actions.save.isPending || actions.submit.isPending;
  const editable = form.editable;
  const canManage = round.data?.canManage ?? false;
  const period = form.round.period;
  const previous = previousPeriod(period);
  const fieldId = (code: string, part: string) => `field-${code}-${part}`;

  function parseAll(): {
    entries: { variableCode: string; value: number | null; comment: string | null }[];
    errors: Record<string, string>;
  } {
    const errors: Record<string, string> = {};
    const entries = form.fields.map((field) => {
      const code = field.variable.code;
      const parsed = parseDecimalInput(values[code] ?? '');
      if (parsed && !parsed.ok) errors[code] = t(`form.parse.${parsed.reason}`);
      const comment = (comments[code] ?? '').trim();
      return { variableCode: code, value: parsed && parsed.ok ? parsed.value : null, comment: comment || null };
    });
    return { entries, errors };
  }

  function isDirty(entries: { variableCode: string; value: number | null; comment: string | null }[]): boolean {
    return entries.some((entry) => {
      const field = form.fields.find((f) => f.variable.code === entry.variableCode);
      return !field || field.value !== entry.value || (field.comment ?? null) !== entry.comment;
    });
  }

  function start(): ReturnType<typeof parseAll> | null {
    setFailure(null);
    setSuccess(null);
    const parsed = parseAll();
    setParseErrors(parsed.errors);
    const first = form.fields.find((f) => parsed.errors[f.variable.code]);
    if (first) {
      announce(t('form.fixNumbers'));
      setFocusTarget({ id: fieldId(first.variable.code, 'input'), nonce: Date.now() });
      return null;
    }
    return parsed;
  }

  async function saveDraft() {
    const parsed = start();
    if (!parsed) return;
    try {
      await actions.save.mutateAsync(parsed.entries);
      setProblems(NO_PROBLEMS);
      setSuccess(t('form.saved'));
      announce(t('form.saved'));
    } catch (error) {
      setFailure(error);
    }
  }

  async function submitForApproval() {
    const parsed = start();
    if (!parsed) return;
    try {
      // What the server checks is what is stored: unsaved edits are saved first.
      if (isDirty(parsed.entries)) await actions.save.mutateAsync(parsed.entries);
      await actions.submit.mutateAsync();
      setProblems(NO_PROBLEMS);
      setSuccess(t('form.submitted'));
      announce(t('form.submitted'));
      requestAnimationFrame(() => summaryRef.current?.focus());
    } catch (error) {
      const found = submitProblemsOf(error);
      if (!found) {
        setFailure(error);
        return;
      }
      setProblems(found);
      setFailure(error);
      // Focus the first problem in the order of the form: a missing value, an error, an unexplained warning.
      for (const field of form.fields) {
        const code = field.variable.code;
        if (found.missing.includes(code) || found.errors.some((f) => f.variables.includes(code))) {
          setFocusTarget({ id: fieldId(code, 'input'), nonce: Date.now() });
          return;
        }
        if (found.unexplained.includes(code)) {
          setFocusTarget({ id: fieldId(code, 'comment'), nonce: Date.now() });
          return;
        }
      }
    }
  }

  const summary = summaryItems(problems, fieldNames);
  const problemCount = summary.length;
  const readOnlyReason = editable ? null : readOnlyText();

  function readOnlyText(): string {
    if (form.notEditableReason === 'ROUND_DEADLINE_PASSED')
      return t('form.readOnly.deadline', { deadline: formatWarsaw(form.round.deadline, format.locale) });
    if (form.notEditableReason === 'ROUND_STATE') {
      if (form.round.status === 'closed') return t('form.readOnly.closed');
      if (form.status === 'approved') return t('form.readOnly.approved');
      if (form.status === 'submitted') return t('form.readOnly.submitted');
    }
    return canWriteUnitData(me, form.unit.code) ? t('form.readOnly.other') : t('form.readOnly.noRight');
  }

  const lastReturn = [...form.history].reverse().find((e) => e.action === 'return');
  const showReturnNotice = form.status === 'returned' && lastReturn?.comment;

  return (
    <>
      <PageHeader
        before={
          <Breadcrumb
            items={[
              { to: '/rounds', label: t('rounds.title') },
              { to: roundPath(form.round.id), label: form.round.name },
              { label: form.unit.name },
            ]}
          />
        }
        title={t('form.title', { unit: form.unit.name, period })}
        documentTitle={t('form.documentTitle', { unit: form.unit.name, round: form.round.name })}
        description={
          <p>
            <Link to={unitPath(form.unit.code)}>{form.unit.name}</Link> ({kindLabel(form.unit.kind)}, {form.unit.code})
            · {form.round.name}
          </p>
        }
      />

      <div className="form-status" ref={summaryRef} tabIndex={-1}>
        <dl className="details form-status__list">
          <div>
            <dt>{t('fields.status')}</dt>
            <dd>
              <StatusBadge status={form.status} />
            </dd>
          </div>
          <div>
            <dt>{t('fields.deadline')}</dt>
            <dd>
              {formatWarsaw(form.round.deadline, format.locale)}
              {form.reopenedUntil ? (
                <span className="muted">
                  {' '}
                  · {t('form.reopenedUntil', { date: formatWarsaw(form.reopenedUntil, format.locale) })}
                </span>
              ) : null}
            </dd>
          </div>
          <div>
            <dt>{t('fields.period')}</dt>
            <dd>{period}</dd>
          </div>
        </dl>
      </div>

      {showReturnNotice ? (
        <Alert tone="warning" title={t('form.returnedTitle')}>
          <p className="prewrap">{lastReturn.comment}</p>
          <p className="muted">
            {t('form.returnedBy', { who: lastReturn.actor?.email ?? '', when: format.dateTime(lastReturn.at) })}
          </p>
        </Alert>
      ) : null}

      {readOnlyReason ? (
        <Alert tone="info" title={t('form.readOnly.title')}>
          <p className="with-icon">
            <Icon name="lock" />
            {readOnlyReason}
          </p>
        </Alert>
      ) : null}

      {success ? (
        <Alert tone="success" live>
          <p>{success}</p>
        </Alert>
      ) : null}

      {failure ? (
        <Alert tone="error" live title={problemCount > 0 ? t('form.notSubmitted') : errorMessage(failure)}>
          {problemCount > 0 ? (
            <ul className="submit-summary">
              {summary.map((item) => (
                <li key={`${item.kind}-${item.variableCode}`} className={`submit-summary__item--${item.kind}`}>
                  <strong>{t(`form.summaryKind.${item.kind}`)}:</strong>{' '}
                  <FieldLink target={fieldId(item.variableCode, item.part)}>
                    {variableName(item.variableCode)}
                  </FieldLink>{' '}
                  — {t(`form.summaryAction.${item.kind}`)}
                </li>
              ))}
            </ul>
          ) : null}
        </Alert>
      ) : null}

      <Card title={t('form.valuesTitle')}>
        <Form
          onSubmit={() => void saveDraft()}
          pending={pending}
          aria-label={t('form.valuesTitle')}
          className="values-form"
        >
          <p className="field__hint">{editable ? t('form.hint') : t('form.readOnlyHint')}</p>
          <ol className="value-rows">
            {form.fields.map((field) => (
              <ValueRow
                key={field.variable.code}
                field={field}
                editable={editable}
                previous={previous}
                text={values[field.variable.code] ?? ''}
                comment={comments[field.variable.code] ?? ''}
                parseError={parseErrors[field.variable.code]}
                missing={problems.missing.includes(field.variable.code)}
                unexplained={problems.unexplained.includes(field.variable.code)}
                blocking={problems.errors.filter((f) => f.variables.includes(field.variable.code))}
                variableName={variableName}
                idOf={(part) => fieldId(field.variable.code, part)}
                onText={(text) => {
                  setValues((current) => ({ ...current, [field.variable.code]: text }));
                  if (parseErrors[field.variable.code]) setParseErrors(({ [field.variable.code]: _, ...rest }) => rest);
                }}
                onComment={(text) => {
                  setComments((current) => ({ ...current, [field.variable.code]: text }));
                  if (text.trim())
                    setProblems((current) => ({
                      ...current,
                      unexplained: current.unexplained.filter((c) => c !== field.variable.code),
                    }));
                }}
              />
            ))}
          </ol>
          {editable ? (
            <FormActions>
              <Button
                type="submit"
                busy={actions.save.isPending && !actions.submit.isPending}
                busyLabel={t('common:status.saving')}
              >
                {t('form.saveDraft')}
              </Button>
              <Button
                variant="primary"
                onClick={() => void submitForApproval()}
                busy={pending}
                busyLabel={t('form.submitting')}
              >
                {t('form.submit')}
              </Button>
            </FormActions>
          ) : null}
        </Form>
      </Card>

      {canManage ? <OperatorActions form={form} actions={actions} /> : null}

      <Card title={t('history.title')}>
        <RoundHistory history={form.history} />
      </Card>
    </>
  );
}

/** A link in the error summary that moves focus to the field (without the router seeing a hash navigation). */
function FieldLink({ target, children }: { target: string; children: ReactNode }) {
  return (
    <a
      href={`#${target}`}
      onClick={(event) => {
        event.preventDefault();
        document.getElementById(target)?.focus();
      }}
    >
      {children}
    </a>
  );
}

interface ValueRowProps {
  field: FormField;
  editable: boolean;
  previous: string;
  text: string;
  comment: string;
  parseError?: string;
  missing: boolean;
  unexplained: boolean;
  blocking: Finding[];
  variableName: (code: string) => string;
  idOf: (part: string) => string;
  onText: (text: string) => void;
  onComment: (text: string) => void;
}

/** One variable: name and unit, last period's value, the input, its findings and explanation, provenance. */
function ValueRow({
  field,
  editable,
  previous,
  text,
  comment,
  parseError,
  missing,
  unexplained,
  blocking,
  variableName,
  idOf,
  onText,
  onComment,
}: ValueRowProps) {
  const { t } = useTranslation('dataCollection');
  const format = useFormat();
  const localized = useLocalized();
  const provenanceText = useProvenanceText();
  const { variable } = field;
  const name = localized(variable.names);
  // Findings of the stored values; an error the submission reported is added if the form did not list it.
  const findings = [
    ...field.findings,
    ...blocking.filter((b) => !field.findings.some((f) => f.check === b.check && f.ruleId === b.ruleId)),
  ];
  const hasWarning = findings.some((f) => f.severity === 'warning');
  const showComment = hasWarning || unexplained || comment.trim() !== '' || (field.comment ?? '') !== '';
  const inputError = parseError ?? (missing ? t('form.missingValue') : undefined);
  const commentError = unexplained && !comment.trim() ? t('form.explainWarning') : undefined;
  const describedBy = [
    idOf('description'),
    idOf('previous'),
    findings.length ? idOf('findings') : '',
    inputError ? idOf('error') : '',
  ]
    .filter(Boolean)
    .join(' ');
  const invalid = !!inputError || findings.some((f) => f.severity === 'error');

  return (
    <li
      className={['value-row', invalid ? 'value-row--error' : hasWarning ? 'value-row--warning' : '']
        .filter(Boolean)
        .join(' ')}
    >
      <div className="value-row__about">
        {editable ? (
          <label htmlFor={idOf('input')} className="value-row__name">
            {name} <span className="value-row__unit">({variable.unit})</span>
          </label>
        ) : (
          <span className="value-row__name">
            {name} <span className="value-row__unit">({variable.unit})</span>
          </span>
        )}
        <p id={idOf('description')} className="field__hint">
          {localized(variable.description)}
        </p>
      </div>
      <p id={idOf('previous')} className="value-row__previous">
        <span className="value-row__previous-label">{t('form.previous', { period: previous })}</span>{' '}
        {field.previousValue !== null ? (
          <span className="value-row__previous-value">
            {format.measure(field.previousValue, variable.unit, { maximumFractionDigits: 6 })}
          </span>
        ) : (
          <span className="muted">{t('form.noPrevious')}</span>
        )}
      </p>
      <div className="value-row__entry">
        {editable ? (
          <div className="value-input">
            <input
              id={idOf('input')}
              className={['input', 'value-input__control', inputError ? 'is-invalid' : ''].filter(Boolean).join(' ')}
              type="text"
              inputMode="decimal"
              autoComplete="off"
              spellCheck={false}
              value={text}
              aria-describedby={describedBy}
              aria-invalid={invalid || undefined}
              onChange={(event) => onText(event.target.value)}
            />
            <span className="value-input__unit" aria-hidden="true">
              {variable.unit}
            </span>
          </div>
        ) : (
          <p id={idOf('input')} className="value-row__readonly" tabIndex={-1}>
            {field.value !== null ? (
              format.measure(field.value, variable.unit, { maximumFractionDigits: 6 })
            ) : (
              <span className="muted">{t('form.noValue')}</span>
            )}
          </p>
        )}
        {inputError ? (
          <p id={idOf('error')} className="field__error">
            {inputError}
          </p>
        ) : null}
        <FindingList
          findings={findings}
          variableName={variableName}
          id={findings.length ? idOf('findings') : undefined}
        />
        {showComment ? (
          editable ? (
            <div
              className={['field', 'value-row__comment', commentError ? 'field--invalid' : '']
                .filter(Boolean)
                .join(' ')}
            >
              <label htmlFor={idOf('comment')} className="field__label">
                {t('form.explanation')}
                {hasWarning ? <span className="field__required"> ({t('form.explanationRequired')})</span> : null}
              </label>
              <p id={idOf('comment-hint')} className="field__hint">
                {t('form.explanationHint')}
              </p>
              <textarea
                id={idOf('comment')}
                className="input textarea"
                rows={2}
                maxLength={2000}
                value={comment}
                aria-describedby={[
                  idOf('comment-hint'),
                  findings.length ? idOf('findings') : '',
                  commentError ? idOf('comment-error') : '',
                ]
                  .filter(Boolean)
                  .join(' ')}
                aria-invalid={commentError ? true : undefined}
                onChange={(event) => onComment(event.target.value)}
              />
              {commentError ? (
                <p id={idOf('comment-error')} className="field__error">
                  {commentError}
                </p>
              ) : null}
            </div>
          ) : field.comment ? (
            <p className="value-row__comment-text">
              <strong>{t('form.explanation')}:</strong> <span className="prewrap">{field.comment}</span>
            </p>
          ) : null
        ) : null}
        {field.provenance ? (
          <details className="provenance">
            <summary>{t('provenance.title')}</summary>
            <p>{provenanceText(field.provenance)}</p>
          </details>
        ) : null}
      </div>
    </li>
  );
}
