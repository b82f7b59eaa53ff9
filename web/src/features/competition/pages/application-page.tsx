import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { Alert } from '../../../components/alert';
import { Loading, QueryError } from '../../../components/async-state';
import { Breadcrumb } from '../../../components/breadcrumb';
import { Button } from '../../../components/button';
import { Card } from '../../../components/card';
import { TextAreaField, TextField } from '../../../components/field';
import { Form, FormActions, FormError } from '../../../components/form';
import { PageHeader } from '../../../components/page-header';
import { useFieldErrors } from '../../../lib/errors';
import { useFormat } from '../../../lib/format';
import {
  competitionPath,
  editionPath,
  useApplication,
  useDeclareConflict,
  useEdition,
  useFormalCheck,
  useSaveScore,
  useSubmitApplication,
  useSubmitScores,
  type Application,
  type Edition,
} from '../api';
import { StatusBadge, useLocalized } from '../labels';
import { DraftEditor } from './draft-editor';

/**
 * One application: what the unit wrote and what its data say about each claimed result; the
 * unit submits it, the operator runs the formal check, an assigned juror scores it one criterion
 * at a time. The server decides who sees what (a conflicted juror gets 403).
 */
export function ApplicationPage() {
  const { t } = useTranslation('competition');
  const id = Number(useParams().id);
  const application = useApplication(id);
  const edition = useEdition(application.data?.editionId ?? 0);
  if (application.isPending) return <Loading />;
  if (application.isError) return <QueryError error={application.error} onRetry={() => void application.refetch()} />;
  if (edition.isPending) return <Loading />;
  if (edition.isError) return <QueryError error={edition.error} />;
  const a = application.data;
  const e = edition.data;
  const own = e.me.applications.some((x) => x.id === a.id);
  return (
    <>
      <PageHeader
        title={a.title}
        before={
          <Breadcrumb
            items={[
              { label: t('list.title'), to: competitionPath },
              { label: e.name, to: editionPath(e.id) },
              { label: a.title },
            ]}
          />
        }
        description={a.unit.name}
        actions={<StatusBadge status={a.status} />}
      />
      <ApplicationContent application={a} edition={e} />
      {own && a.status === 'draft' ? (
        <>
          <DraftEditor application={a} edition={e} />
          <SubmitApplication application={a} />
        </>
      ) : null}
      {a.formalCheck && a.status === 'ineligible' ? (
        <Alert tone="warning" title={t('formal.ineligible')}>
          {a.formalCheck.reason}
        </Alert>
      ) : null}
      {e.me.canManage && a.status === 'submitted' ? <FormalCheck application={a} /> : null}
      {a.myScores !== null ? (
        <>
          <ScoringForm application={a} edition={e} />
          <DeclareConflict application={a} edition={e} />
        </>
      ) : null}
    </>
  );
}

function ApplicationContent({ application: a, edition: e }: { application: Application; edition: Edition }) {
  const { t } = useTranslation('competition');
  const name = useLocalized();
  const format = useFormat();
  return (
    <Card title={t('application.content')}>
      <dl className="definition-list">
        <dt>{t('apply.category')}</dt>
        <dd>
          {name(e.categories.find((c) => c.id === a.categoryId)?.names ?? { pl: a.categoryId, en: a.categoryId })}
        </dd>
        <dt>{t('apply.inOperationSince')}</dt>
        <dd>{a.inOperationSince ? format.date(a.inOperationSince) : '—'}</dd>
        {e.formFields.map((f) => (
          <div key={f.id}>
            <dt>{name(f.labels)}</dt>
            <dd>{a.answers[f.id] ?? '—'}</dd>
          </div>
        ))}
      </dl>
      {a.claims && a.claims.length > 0 ? (
        <>
          <h3>{t('application.claims')}</h3>
          <ul>
            {a.claims.map((c) => (
              <li key={c.indicatorCode}>
                <strong>{name(c.indicator.names)}</strong>: {c.statement} — {t(`verdict.${c.verdict}`)}
                {c.contradicted ? <strong> ({t('application.contradicted')})</strong> : null}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {a.problems.length > 0 ? (
        <Alert tone="info" title={t('application.problems')}>
          <ul>
            {a.problems.map((p) => (
              <li key={p.path}>{p.message}</li>
            ))}
          </ul>
        </Alert>
      ) : null}
    </Card>
  );
}

function SubmitApplication({ application: a }: { application: Application }) {
  const { t } = useTranslation('competition');
  const submit = useSubmitApplication();
  return (
    <Card title={t('apply.submitTitle')}>
      <p>{t('apply.submitHint')}</p>
      <FormError error={submit.error} />
      <Button variant="primary" onClick={() => submit.mutate(a.id)} disabled={submit.isPending}>
        {t('apply.submit')}
      </Button>
    </Card>
  );
}

function FormalCheck({ application: a }: { application: Application }) {
  const { t } = useTranslation('competition');
  const check = useFormalCheck();
  const [reason, setReason] = useState('');
  return (
    <Card title={t('formal.title')}>
      <TextAreaField
        label={t('formal.reason')}
        hint={t('formal.reasonHint')}
        value={reason}
        onChange={(ev) => setReason(ev.target.value)}
      />
      <FormError error={check.error} />
      <FormActions>
        <Button
          variant="primary"
          onClick={() => check.mutate({ id: a.id, eligible: true, reason: reason || undefined })}
        >
          {t('formal.eligible')}
        </Button>
        <Button variant="danger" onClick={() => check.mutate({ id: a.id, eligible: false, reason })}>
          {t('formal.notEligible')}
        </Button>
      </FormActions>
    </Card>
  );
}

/** One criterion at a time: score on the criterion's scale and a justification, then the next; submit at the end. */
function ScoringForm({ application: a, edition: e }: { application: Application; edition: Edition }) {
  const { t } = useTranslation('competition');
  const name = useLocalized();
  const save = useSaveScore(a.id);
  const submit = useSubmitScores(a.id);
  const mine = a.myScores!;
  const [index, setIndex] = useState(0);
  const criterion = e.criteria[index]!;
  const existing = mine.items.find((s) => s.criterionId === criterion.id);
  const [score, setScore] = useState(existing ? String(existing.score) : '');
  const [justification, setJustification] = useState(existing?.justification ?? '');
  const scored = mine.items.length;
  const go = (to: number) => {
    const next = e.criteria[to]!;
    const s = mine.items.find((x) => x.criterionId === next.id);
    setIndex(to);
    setScore(s ? String(s.score) : '');
    setJustification(s?.justification ?? '');
  };
  if (mine.submittedAt)
    return (
      <Alert tone="success" title={t('score.done')}>
        <Link to={editionPath(e.id)}>{t('score.back')}</Link>
      </Alert>
    );
  return (
    <Card title={t('score.title')}>
      <p>{t('score.progress', { index: index + 1, count: e.criteria.length, scored })}</p>
      <Form
        aria-label={t('score.title')}
        pending={save.isPending}
        onSubmit={() =>
          save.mutate(
            { criterionId: criterion.id, score: Number(score), justification },
            { onSuccess: () => (index + 1 < e.criteria.length ? go(index + 1) : undefined) },
          )
        }
      >
        <h3>
          {name(criterion.names)} ({t('edition.weight')}: {criterion.weight})
        </h3>
        {criterion.descriptions ? <p>{name(criterion.descriptions)}</p> : null}
        <TextField
          label={t('score.score', { min: criterion.min, max: criterion.max })}
          type="number"
          required
          min={criterion.min}
          max={criterion.max}
          step="any"
          value={score}
          onChange={(ev) => setScore(ev.target.value)}
        />
        <TextAreaField
          label={t('score.justification')}
          required
          value={justification}
          onChange={(ev) => setJustification(ev.target.value)}
        />
        <FormError error={save.error} />
        {/* The main action comes first in the tab order: a keyboard user goes from the justification straight to it. */}
        <FormActions>
          <Button type="submit" variant="primary">
            {t('score.save')}
          </Button>
          {index > 0 ? (
            <Button type="button" onClick={() => go(index - 1)}>
              {t('score.previous')}
            </Button>
          ) : null}
        </FormActions>
      </Form>
      {scored === e.criteria.length ? (
        <>
          <FormError error={submit.error} />
          <Button variant="primary" onClick={() => submit.mutate()} disabled={submit.isPending}>
            {t('score.submit')}
          </Button>
        </>
      ) : null}
    </Card>
  );
}

/**
 * A juror who finds they have a conflict with the application declares it: they leave it (their
 * scores of it are dropped), another juror takes their place, and they no longer see it.
 */
function DeclareConflict({ application: a, edition: e }: { application: Application; edition: Edition }) {
  const { t } = useTranslation('competition');
  const navigate = useNavigate();
  const declare = useDeclareConflict(a.id);
  const [reason, setReason] = useState('');
  const errors = useFieldErrors(declare.error, ['reason']);
  return (
    <Card title={t('declare.title')}>
      <p>{t('declare.hint')}</p>
      <Form
        aria-label={t('declare.title')}
        pending={declare.isPending}
        onSubmit={() =>
          declare.mutate(reason, {
            onSuccess: (r) =>
              void navigate(editionPath(e.id), {
                state: { notice: t(r.replacementAssigned ? 'declare.done' : 'declare.doneNoReplacement') },
              }),
          })
        }
      >
        <TextAreaField
          label={t('declare.reason')}
          required
          value={reason}
          onChange={(ev) => setReason(ev.target.value)}
          error={errors.reason}
        />
        <FormError error={declare.error} handledFields={['reason']} />
        <FormActions>
          <Button type="submit" variant="danger">
            {t('declare.action')}
          </Button>
        </FormActions>
      </Form>
    </Card>
  );
}
