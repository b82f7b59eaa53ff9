import { lazy, Suspense, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/alert';
import { Loading } from '../../../components/async-state';
import { Button } from '../../../components/button';
import { Card } from '../../../components/card';
import { FormError } from '../../../components/form';
import { isApiError } from '../../../lib/api';
import { useAnnounce } from '../../../lib/announce';
import {
  useSaveTemplate,
  useValidateTemplate,
  type SurveyJson,
  type TemplateCheck,
  type TemplateDetail,
  type TemplateProblem,
} from '../api';
import { useTitle } from '../labels';

const SurveyForm = lazy(() => import('./survey-form'));

type Parsed = { ok: true; value: unknown } | { ok: false; message: string; line: number | null };

/** JSON.parse with the line of the error (V8 reports a character position). */
function parseJson(text: string): Parsed {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const position = /position (\d+)/.exec(message);
    const line = position ? text.slice(0, Number(position[1])).split('\n').length : null;
    return { ok: false, message, line };
  }
}

function formOf(value: unknown): SurveyJson | null {
  if (value === null || typeof value !== 'object') return null;
  const form = (value as { form?: unknown }).form;
  return form !== null && typeof form === 'object' && !Array.isArray(form) ? (form as SurveyJson) : null;
}

/** A template's problems from the server's check (`details` of TEMPLATE_INVALID or the validate answer). */
function problemsOf(error: unknown): TemplateProblem[] | null {
  if (!isApiError(error) || error.code !== 'TEMPLATE_INVALID') return null;
  const details = error.details as { problems?: TemplateProblem[] } | TemplateProblem[] | undefined;
  if (Array.isArray(details)) return details;
  return details?.problems ?? null;
}

export interface TemplateEditorProps {
  /** The template to start from (an existing one, or a copy for a new one). */
  initial: unknown;
  /** Null for a new template (POST); the id of the one being edited (PUT). */
  id: string | null;
  onSaved: (saved: TemplateDetail) => void;
}

/**
 * The template JSON in a plain monospace textarea, a "check" that asks the server to validate it
 * (SurveyJS loads it, the linter reads it, the metadata is checked against the form) and lists
 * every problem with its path, and a preview of the form that is only shown for a valid template.
 */
export function TemplateEditor({ initial, id, onSaved }: TemplateEditorProps) {
  const { t } = useTranslation('surveys');
  const announce = useAnnounce();
  const title = useTitle();
  const textId = useId();
  const [text, setText] = useState(() => JSON.stringify(initial, null, 2));
  const [checked, setChecked] = useState<{ text: string; result: TemplateCheck } | null>(null);
  const [parseError, setParseError] = useState<Extract<Parsed, { ok: false }> | null>(null);
  const [previewNote, setPreviewNote] = useState(false);
  const validate = useValidateTemplate();
  const save = useSaveTemplate(id);
  const current = checked !== null && checked.text === text ? checked.result : null;
  const saveProblems = problemsOf(save.error);

  function parsed(): unknown {
    const result = parseJson(text);
    if (!result.ok) {
      setParseError(result);
      announce(t('editor.jsonInvalid'));
      return undefined;
    }
    setParseError(null);
    return result.value;
  }

  function check() {
    const value = parsed();
    if (value === undefined) return;
    const snapshot = text;
    validate.mutate(value, {
      onSuccess: (result) => {
        setChecked({ text: snapshot, result });
        announce(
          result.ok
            ? t('editor.valid', { count: result.warnings.length })
            : t('editor.invalid', { count: result.problems.length }),
        );
      },
    });
  }

  function submit() {
    const value = parsed();
    if (value === undefined) return;
    save.mutate(value, {
      onSuccess: (saved) => {
        announce(t('editor.saved', { name: title(saved.titles) }));
        onSaved(saved);
      },
    });
  }

  const form = useMemo(() => {
    if (!current?.ok) return null;
    const result = parseJson(text);
    return result.ok ? formOf(result.value) : null;
  }, [current, text]);

  return (
    <>
      <Card title={t('editor.title')}>
        <p className="muted">{t('editor.intro')}</p>
        <div className={['field', 'template-editor', parseError ? 'field--invalid' : ''].filter(Boolean).join(' ')}>
          <label htmlFor={textId} className="field__label">
            {t('editor.json')}
          </label>
          <p id={`${textId}-hint`} className="field__hint">
            {t('editor.jsonHint')}
          </p>
          <textarea
            id={textId}
            name="template"
            className="input textarea"
            spellCheck={false}
            autoCapitalize="off"
            autoComplete="off"
            aria-describedby={[`${textId}-hint`, parseError ? `${textId}-error` : ''].filter(Boolean).join(' ')}
            aria-invalid={parseError ? true : undefined}
            value={text}
            onChange={(event) => setText(event.target.value)}
          />
          {parseError ? (
            <p id={`${textId}-error`} className="field__error">
              {parseError.line !== null
                ? t('editor.jsonErrorAt', { line: parseError.line, message: parseError.message })
                : t('editor.jsonError', { message: parseError.message })}
            </p>
          ) : null}
        </div>
        <div className="button-row">
          <Button onClick={check} busy={validate.isPending} busyLabel={t('editor.checking')}>
            {t('editor.check')}
          </Button>
          <Button variant="primary" onClick={submit} busy={save.isPending} busyLabel={t('common:status.saving')}>
            {id === null ? t('editor.create') : t('editor.save')}
          </Button>
        </div>
        {validate.isError ? <FormError error={validate.error} /> : null}
        {saveProblems ? (
          <ProblemList
            tone="error"
            title={t('editor.saveRejected', { count: saveProblems.length })}
            problems={saveProblems}
            focus={save.error}
          />
        ) : save.isError ? (
          <FormError error={save.error} />
        ) : null}
        {current ? (
          current.ok ? (
            <Alert tone="success" live title={t('editor.validTitle')}>
              <p>{t('editor.validBody')}</p>
            </Alert>
          ) : (
            <ProblemList
              tone="error"
              title={t('editor.invalid', { count: current.problems.length })}
              problems={current.problems}
            />
          )
        ) : checked !== null ? (
          <p className="muted">{t('editor.changedSinceCheck')}</p>
        ) : null}
        {current && current.warnings.length > 0 ? (
          <ProblemList
            tone="warning"
            title={t('editor.warnings', { count: current.warnings.length })}
            problems={current.warnings}
          />
        ) : null}
      </Card>
      <Card title={t('editor.previewTitle')}>
        {form ? (
          <>
            <p className="muted">{t('editor.previewIntro')}</p>
            {previewNote ? (
              <Alert tone="info" live>
                <p>{t('editor.previewSubmitted')}</p>
              </Alert>
            ) : null}
            <Suspense fallback={<Loading />}>
              <SurveyForm
                form={form}
                label={t('editor.previewTitle')}
                completeText={t('respond.submit')}
                onSubmit={async () => {
                  setPreviewNote(true);
                  return [];
                }}
              />
            </Suspense>
          </>
        ) : (
          <p className="muted">{current && !current.ok ? t('editor.previewRefused') : t('editor.previewNeedsCheck')}</p>
        )}
      </Card>
    </>
  );
}

function ProblemList({
  tone,
  title,
  problems,
  focus,
}: {
  tone: 'error' | 'warning';
  title: string;
  problems: TemplateProblem[];
  focus?: unknown;
}) {
  const { t } = useTranslation('surveys');
  return (
    <Alert tone={tone} live={tone === 'error'} focusOn={focus} title={title}>
      <ul className="problem-list">
        {problems.map((p, index) => (
          <li key={index}>
            <code>{p.path || t('editor.root')}</code>: {t(`problemCodes.${p.code}`, { defaultValue: '' }) || null}{' '}
            <span lang="en" className="muted">
              ({p.message})
            </span>
          </li>
        ))}
      </ul>
    </Alert>
  );
}
