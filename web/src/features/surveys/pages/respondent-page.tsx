import { lazy, Suspense, useCallback, useRef, useState } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { Alert } from '../../../components/alert';
import { Loading, QueryError } from '../../../components/async-state';
import { TextField } from '../../../components/field';
import { Icon } from '../../../components/icon';
import { LanguageSwitch } from '../../../components/language-switch';
import { isApiError } from '../../../lib/api';
import { useAnnounce } from '../../../lib/announce';
import { useFormat } from '../../../lib/format';
import { usePageTitle } from '../../../lib/page-title';
import { formatWarsaw } from '../../../lib/time';
import { submitResponse, usePublicSurvey, type PublicSurvey } from '../api';
import type { QuestionError } from '../components/survey-form';
import { DemoBadge, useTitle } from '../labels';

const SurveyForm = lazy(() => import('../components/survey-form'));

/**
 * The respondent's page at `/s/:token`: no sign-in, no app navigation, only the language switch.
 * What it shows depends on the wave: the form while it is open, a dated notice before it opens
 * or after it closes, a plain "unknown link" otherwise, and a thank-you page after submission.
 */
export function RespondentPage() {
  const { token = '' } = useParams();
  const { t } = useTranslation('surveys');
  const survey = usePublicSurvey(token);
  const main = useRef<HTMLElement>(null);

  let content;
  if (survey.isPending) content = <Loading />;
  else if (survey.isError) {
    content =
      isApiError(survey.error) && survey.error.status === 404 ? (
        <Notice title={t('respond.unknown.title')} body={t('respond.unknown.body')} />
      ) : (
        <QueryError error={survey.error} onRetry={() => void survey.refetch()} />
      );
  } else content = <WaveState key={token} token={token} survey={survey.data} />;

  return (
    <div className="respondent">
      <a
        href="#main"
        className="skip-link"
        onClick={(event) => {
          event.preventDefault();
          main.current?.focus();
        }}
      >
        {t('common:skipToContent')}
      </a>
      <header className="respondent__header">
        <div className="respondent__bar">
          <span className="respondent__brand">Miernik</span>
          <LanguageSwitch />
        </div>
      </header>
      <main id="main" ref={main} tabIndex={-1} className="respondent__main">
        {content}
      </main>
      <footer className="respondent__footer">
        <p>
          <Icon name="lock" /> {t('respond.privacy')}
        </p>
      </footer>
    </div>
  );
}

function Notice({ title, body }: { title: string; body: string }) {
  usePageTitle(title);
  return (
    <div className="respondent__notice">
      <h1>{title}</h1>
      <p>{body}</p>
    </div>
  );
}

function WaveState({ token, survey }: { token: string; survey: PublicSurvey }) {
  const { t } = useTranslation('surveys');
  const format = useFormat();
  const title = useTitle();
  const [outcome, setOutcome] = useState<'answering' | 'submitted' | 'refused'>('answering');
  const name = title(survey.template.titles);
  const onSubmitted = useCallback(() => setOutcome('submitted'), []);
  const onClosed = useCallback(() => setOutcome('refused'), []);

  if (survey.status === 'scheduled') {
    return (
      <Notice
        title={t('respond.scheduled.title', { name })}
        body={t('respond.scheduled.body', {
          date: formatWarsaw(survey.opensAt, format.locale),
          office: survey.unit.officeName,
        })}
      />
    );
  }
  if (survey.status === 'closed') {
    return (
      <Notice
        title={t('respond.closed.title', { name })}
        body={t('respond.closed.body', {
          date: formatWarsaw(survey.closesAt, format.locale),
          office: survey.unit.officeName,
        })}
      />
    );
  }
  // Closed (or moved) while the respondent was answering: the dates loaded with the page may be stale.
  if (outcome === 'refused')
    return (
      <Notice
        title={t('respond.closed.title', { name })}
        body={t('respond.closedMeanwhile', { office: survey.unit.officeName })}
      />
    );
  if (outcome === 'submitted') return <ThankYou name={name} />;
  return <Answering token={token} survey={survey} name={name} onSubmitted={onSubmitted} onClosed={onClosed} />;
}

function ThankYou({ name }: { name: string }) {
  const { t } = useTranslation('surveys');
  usePageTitle(t('respond.thanks.title'));
  // The form is replaced by this page: focus its heading so a screen reader reads it next.
  const focus = useCallback((node: HTMLHeadingElement | null) => node?.focus(), []);
  return (
    <div className="respondent__notice respondent__thanks">
      <h1 ref={focus} tabIndex={-1}>
        {t('respond.thanks.title')}
      </h1>
      <p>{t('respond.thanks.body', { name })}</p>
      <p>{t('respond.thanks.anonymous')}</p>
      <p>{t('respond.thanks.close')}</p>
    </div>
  );
}

function focusCodeField() {
  requestAnimationFrame(() => document.querySelector<HTMLInputElement>('input[name="invitationCode"]')?.focus());
}

/** A key for one submission and its retries; `crypto.randomUUID` exists only on secure origins. */
function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** A 4xx other than 408/429: the server looked at this submission and stored nothing. */
function isDefiniteRefusal(cause: unknown): boolean {
  return isApiError(cause) && cause.status >= 400 && cause.status < 500 && cause.status !== 408 && cause.status !== 429;
}

type Failure =
  | { kind: 'answers'; errors: QuestionError[] }
  | { kind: 'code'; message: string }
  | { kind: 'closed' }
  | { kind: 'general'; message: string };

/** What a failed submission means for the respondent, in their language. */
function describeFailure(cause: unknown, t: TFunction): Failure {
  if (!isApiError(cause)) return { kind: 'general', message: t('respond.errors.UNKNOWN') };
  switch (cause.code) {
    case 'VALIDATION_FAILED': {
      const errors = answerErrors(cause.details, t);
      return errors.length > 0
        ? { kind: 'answers', errors }
        : { kind: 'general', message: t('respond.errors.VALIDATION_FAILED') };
    }
    case 'INVITATION_CODE_REQUIRED':
    case 'INVITATION_CODE_INVALID':
    case 'INVITATION_CODE_USED':
      return { kind: 'code', message: t(`respond.errors.${cause.code}`) };
    case 'WAVE_CLOSED':
    case 'WAVE_NOT_OPEN':
      return { kind: 'closed' };
    default: {
      const known = t(`respond.errors.${cause.code}`, { defaultValue: '' });
      if (known) return { kind: 'general', message: known };
      if (cause.status === 0) return { kind: 'general', message: t('respond.errors.NETWORK_ERROR') };
      if (cause.status === 413) return { kind: 'general', message: t('respond.errors.TOO_LARGE') };
      if (cause.status === 429) return { kind: 'general', message: t('respond.errors.RATE_LIMITED') };
      return { kind: 'general', message: t('respond.errors.UNKNOWN') };
    }
  }
}

/** `answers.<question>` details → messages under the questions, in the respondent's language. */
function answerErrors(details: unknown, t: TFunction): QuestionError[] {
  if (!Array.isArray(details)) return [];
  const result: QuestionError[] = [];
  for (const entry of details as { path?: unknown; code?: unknown }[]) {
    const path = Array.isArray(entry.path) ? entry.path.join('.') : String(entry.path ?? '');
    const match = /^(?:body\.)?answers\.([^.[\]]+)/.exec(path);
    if (!match) continue;
    const code = typeof entry.code === 'string' ? entry.code : '';
    result.push({
      question: match[1]!,
      message: t(`respond.answerErrors.${code}`, { defaultValue: t('respond.answerErrors.invalid') }),
    });
  }
  return result;
}

interface AnsweringProps {
  token: string;
  survey: PublicSurvey;
  name: string;
  onSubmitted: () => void;
  onClosed: () => void;
}

function Answering({ token, survey, name, onSubmitted, onClosed }: AnsweringProps) {
  const { t } = useTranslation('surveys');
  const format = useFormat();
  const announce = useAnnounce();
  const [code, setCode] = useState('');
  const [codeError, setCodeError] = useState<string | undefined>();
  const [error, setError] = useState<{ message: string } | null>(null);
  // Kept across retries of the same submission (a double click, a lost answer, a 5xx), so the
  // server stores one response; dropped after a definite answer, so corrected answers are new.
  const idempotencyKey = useRef<string | null>(null);
  usePageTitle(name);

  const submit = useCallback(
    async (answers: Record<string, unknown>): Promise<true | QuestionError[]> => {
      setError(null);
      if (survey.requiresCode && code.trim() === '') {
        setCodeError(t('respond.code.required'));
        focusCodeField();
        return [];
      }
      idempotencyKey.current ??= newIdempotencyKey();
      try {
        await submitResponse({
          token,
          answers,
          invitationCode: survey.requiresCode ? code.trim() : undefined,
          idempotencyKey: idempotencyKey.current,
        });
        idempotencyKey.current = null;
        onSubmitted();
        return true;
      } catch (cause) {
        if (isDefiniteRefusal(cause)) idempotencyKey.current = null;
        const failure = describeFailure(cause, t);
        switch (failure.kind) {
          case 'answers':
            announce(t('respond.errors.fixAnswers'));
            return failure.errors;
          case 'code':
            setCodeError(failure.message);
            focusCodeField();
            return [];
          case 'closed':
            onClosed();
            return [];
          default:
            setError({ message: failure.message });
            return [];
        }
      }
    },
    [token, code, survey.requiresCode, t, announce, onSubmitted, onClosed],
  );

  return (
    <>
      <div className="respondent__intro">
        {survey.demo ? <DemoBadge /> : null}
        <p className="muted">
          {t('respond.intro', { office: survey.unit.officeName, date: formatWarsaw(survey.closesAt, format.locale) })}
        </p>
      </div>
      {error ? (
        <Alert tone="error" live focusOn={error} title={t('respond.errors.title')}>
          <p>{error.message}</p>
        </Alert>
      ) : null}
      {survey.requiresCode ? (
        <div className="respondent__code">
          <TextField
            label={t('respond.code.label')}
            hint={t('respond.code.hint')}
            name="invitationCode"
            autoComplete="off"
            spellCheck={false}
            required
            value={code}
            error={codeError}
            onChange={(event) => {
              setCode(event.target.value);
              setCodeError(undefined);
            }}
          />
        </div>
      ) : null}
      <Suspense fallback={<Loading label={t('respond.loadingForm')} />}>
        <SurveyForm form={survey.template.form} onSubmit={submit} completeText={t('respond.submit')} label={name} />
      </Suspense>
    </>
  );
}
