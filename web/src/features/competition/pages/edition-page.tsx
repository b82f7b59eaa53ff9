import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { Alert } from '../../../components/alert';
import { Loading, QueryError } from '../../../components/async-state';
import { Breadcrumb } from '../../../components/breadcrumb';
import { Button } from '../../../components/button';
import { Card } from '../../../components/card';
import { SelectField, TextAreaField, TextField } from '../../../components/field';
import { Form, FormActions, FormError } from '../../../components/form';
import { PageHeader } from '../../../components/page-header';
import { EmptyRow, Table } from '../../../components/table';
import { useFormat } from '../../../lib/format';
import { useCurrentUser } from '../../../lib/session';
import { applicantUnits } from '../../../lib/permissions';
import {
  applicationPath,
  competitionPath,
  resultsPath,
  useBoard,
  useConflicts,
  useCreateApplication,
  useEdition,
  useInviteJuror,
  useJurors,
  useRemoveJuror,
  usePublish,
  useQueue,
  useSolveAssignment,
  type Edition,
} from '../api';
import { PhaseBadge, StatusBadge, useLocalized } from '../labels';
import { RankingSection } from './ranking-section';

/** One edition: its rules and criteria for everyone signed in, then what the caller does in it — apply, judge or run it. */
export function EditionPage() {
  const { t } = useTranslation('competition');
  const id = Number(useParams().id);
  const edition = useEdition(id);
  // A page that sent the user here may leave a notice (a juror who declared a conflict).
  const notice = (useLocation().state as { notice?: string } | null)?.notice;
  if (edition.isPending) return <Loading />;
  if (edition.isError) return <QueryError error={edition.error} onRetry={() => void edition.refetch()} />;
  const e = edition.data;
  return (
    <>
      <PageHeader
        title={`${e.name} (${e.year})`}
        before={<Breadcrumb items={[{ label: t('list.title'), to: competitionPath }, { label: e.name }]} />}
        description={e.theme}
        actions={<PhaseBadge phase={e.phase} />}
      />
      {notice ? (
        <Alert tone="success" live>
          {notice}
        </Alert>
      ) : null}
      <EditionInfo edition={e} />
      <MyApplications edition={e} />
      {e.me.isJuror ? <JurorQueue edition={e} /> : null}
      {e.me.canManage ? <OperatorBoard edition={e} /> : null}
    </>
  );
}

function EditionInfo({ edition: e }: { edition: Edition }) {
  const { t } = useTranslation('competition');
  const format = useFormat();
  const name = useLocalized();
  return (
    <Card title={t('edition.rules')}>
      {e.rules ? <p>{e.rules}</p> : null}
      <dl className="definition-list">
        <dt>{t('edition.callOpens')}</dt>
        <dd>{format.dateTime(e.timeline.callOpensAt)}</dd>
        <dt>{t('edition.applicationsClose')}</dt>
        <dd>{format.dateTime(e.timeline.applicationsCloseAt)}</dd>
        <dt>{t('edition.jurorsPerApplication')}</dt>
        <dd>{e.jurorsPerApplication}</dd>
      </dl>
      <h3>{t('edition.categories')}</h3>
      <ul>
        {e.categories.map((c) => (
          <li key={c.id}>{name(c.names)}</li>
        ))}
      </ul>
      <Table caption={t('edition.criteria')}>
        <thead>
          <tr>
            <th scope="col">{t('edition.criterion')}</th>
            <th scope="col">{t('edition.weight')}</th>
            <th scope="col">{t('edition.scale')}</th>
          </tr>
        </thead>
        <tbody>
          {e.criteria.map((c) => (
            <tr key={c.id}>
              <td>{name(c.names)}</td>
              <td>{format.number(c.weight)}</td>
              <td>
                {c.min}–{c.max}
              </td>
            </tr>
          ))}
        </tbody>
      </Table>
    </Card>
  );
}

/** The caller's units' applications, and a form to start one during the call for a unit they coordinate. */
function MyApplications({ edition: e }: { edition: Edition }) {
  const { t } = useTranslation('competition');
  const me = useCurrentUser();
  const name = useLocalized();
  const navigate = useNavigate();
  const create = useCreateApplication(e.id);
  const units = applicantUnits(me);
  const available = units.filter((u) => !e.me.applications.some((a) => a.unitCode === u.code));
  const [unitCode, setUnitCode] = useState('');
  const [categoryId, setCategoryId] = useState(e.categories[0]?.id ?? '');
  const [title, setTitle] = useState('');
  const [answers, setAnswers] = useState<Record<string, string>>({});
  const [since, setSince] = useState('');
  if (e.me.applications.length === 0 && (available.length === 0 || e.phase !== 'call')) return null;
  return (
    <Card title={t('apply.title')}>
      {e.me.applications.length > 0 ? (
        <ul>
          {e.me.applications.map((a) => (
            <li key={a.id}>
              <Link to={applicationPath(a.id)}>{a.unitName}</Link> <StatusBadge status={a.status} />
            </li>
          ))}
        </ul>
      ) : null}
      {available.length > 0 && e.phase === 'call' ? (
        <Form
          aria-label={t('apply.title')}
          pending={create.isPending}
          onSubmit={() =>
            create.mutate(
              {
                unitCode: unitCode || available[0]!.code,
                categoryId,
                title,
                answers,
                inOperationSince: since || null,
              },
              { onSuccess: (app) => void navigate(applicationPath(app.id)) },
            )
          }
        >
          <SelectField
            label={t('apply.unit')}
            value={unitCode || available[0]!.code}
            onChange={(ev) => setUnitCode(ev.target.value)}
            options={available.map((u) => ({ value: u.code, label: u.name }))}
          />
          <SelectField
            label={t('apply.category')}
            value={categoryId}
            onChange={(ev) => setCategoryId(ev.target.value)}
            options={e.categories.map((c) => ({ value: c.id, label: name(c.names) }))}
          />
          <TextField
            label={t('apply.titleField')}
            required
            value={title}
            onChange={(ev) => setTitle(ev.target.value)}
          />
          <TextField
            label={t('apply.inOperationSince')}
            type="date"
            value={since}
            onChange={(ev) => setSince(ev.target.value)}
          />
          {e.formFields.map((f) =>
            f.type === 'textarea' ? (
              <TextAreaField
                key={f.id}
                label={name(f.labels)}
                required={f.required}
                value={answers[f.id] ?? ''}
                onChange={(ev) => setAnswers({ ...answers, [f.id]: ev.target.value })}
              />
            ) : (
              <TextField
                key={f.id}
                label={name(f.labels)}
                required={f.required}
                type={f.type === 'number' ? 'number' : f.type === 'date' ? 'date' : f.type === 'url' ? 'url' : 'text'}
                value={answers[f.id] ?? ''}
                onChange={(ev) => setAnswers({ ...answers, [f.id]: ev.target.value })}
              />
            ),
          )}
          <FormError error={create.error} />
          <FormActions>
            <Button type="submit" variant="primary">
              {t('apply.save')}
            </Button>
          </FormActions>
        </Form>
      ) : null}
    </Card>
  );
}

function JurorQueue({ edition: e }: { edition: Edition }) {
  const { t } = useTranslation('competition');
  const queue = useQueue(e.id, true);
  return (
    <Card title={t('juror.queue')}>
      {queue.isPending ? (
        <Loading />
      ) : queue.isError ? (
        <QueryError error={queue.error} />
      ) : (
        <Table caption={t('juror.queue')} captionHidden>
          <thead>
            <tr>
              <th scope="col">{t('field.application')}</th>
              <th scope="col">{t('field.unit')}</th>
              <th scope="col">{t('juror.scored')}</th>
              <th scope="col">{t('juror.state')}</th>
            </tr>
          </thead>
          <tbody>
            {queue.data.items.length === 0 ? (
              <EmptyRow colSpan={4}>{t('juror.empty')}</EmptyRow>
            ) : (
              queue.data.items.map((q) => (
                <tr key={q.applicationId}>
                  <td>
                    <Link to={applicationPath(q.applicationId)}>{q.title}</Link>
                  </td>
                  <td>{q.unit.name}</td>
                  <td>
                    {q.scored} / {q.criteria}
                  </td>
                  <td>{q.submittedAt ? t('juror.submitted') : t('juror.open')}</td>
                </tr>
              ))
            )}
          </tbody>
        </Table>
      )}
    </Card>
  );
}

/** The operator's board: eligibility, the solved assignment with conflicts, scoring progress and spread, ranking, awards, publishing. */
function OperatorBoard({ edition: e }: { edition: Edition }) {
  const { t } = useTranslation('competition');
  const format = useFormat();
  const board = useBoard(e.id, true);
  const conflicts = useConflicts(e.id, true);
  const solve = useSolveAssignment(e.id);
  const publish = usePublish(e.id);
  if (board.isPending) return <Loading />;
  if (board.isError) return <QueryError error={board.error} onRetry={() => void board.refetch()} />;
  const b = board.data;
  return (
    <>
      <Card title={t('board.title')}>
        <p>{t('board.progress', { submitted: b.progress.submitted, count: b.progress.assigned })}</p>
        <Table caption={t('board.applications')}>
          <thead>
            <tr>
              <th scope="col">{t('field.application')}</th>
              <th scope="col">{t('field.unit')}</th>
              <th scope="col">{t('field.status')}</th>
              <th scope="col">{t('board.jurors')}</th>
              <th scope="col">{t('board.spread')}</th>
            </tr>
          </thead>
          <tbody>
            {b.applications.length === 0 ? (
              <EmptyRow colSpan={5}>{t('board.empty')}</EmptyRow>
            ) : (
              b.applications.map((a) => (
                <tr key={a.id}>
                  <td>
                    <Link to={applicationPath(a.id)}>{a.title}</Link>
                  </td>
                  <td>{a.unit.name}</td>
                  <td>
                    <StatusBadge status={a.status} />
                    {a.formalCheckReason ? <div>{a.formalCheckReason}</div> : null}
                  </td>
                  <td>
                    {a.jurors
                      .map(
                        (j) =>
                          `${j.name}${j.kind === 'extra' ? ` (${t('board.extra')})` : ''}${j.submitted ? ' ✓' : ''}`,
                      )
                      .join(', ') || '—'}
                  </td>
                  <td>
                    {a.spread === null
                      ? '—'
                      : format.number(a.spread, { minimumFractionDigits: 2, maximumFractionDigits: 2 })}
                    {a.spreadExceeded ? ` — ${t('board.spreadExceeded')}` : ''}
                  </td>
                </tr>
              ))
            )}
          </tbody>
        </Table>
        {e.phase !== 'published' ? (
          <>
            <FormError error={solve.error} />
            {solve.isSuccess ? (
              <Alert tone="success" live>
                {t('board.assigned')}
              </Alert>
            ) : null}
            <Button variant="secondary" onClick={() => solve.mutate()} disabled={solve.isPending}>
              {t('board.solve')}
            </Button>
          </>
        ) : null}
      </Card>
      {e.phase !== 'published' ? <JurorsCard editionId={e.id} /> : null}
      <Card title={t('board.conflicts')}>
        {conflicts.isSuccess ? (
          conflicts.data.items.length === 0 ? (
            <p>{t('board.noConflicts')}</p>
          ) : (
            <ul>
              {conflicts.data.items.map((c) => (
                <li key={`${c.userId}-${c.applicationId}`}>
                  {c.jurorName} — {b.applications.find((a) => a.id === c.applicationId)?.title ?? c.applicationId}:{' '}
                  {c.reasons.map((r) => t(`conflict.${r}`)).join(', ')}
                  {c.declaredReason ? ` („${c.declaredReason}”)` : ''}
                </li>
              ))}
            </ul>
          )
        ) : null}
      </Card>
      <RankingSection edition={e} />
      <Card title={t('publish.title')}>
        {e.phase === 'published' ? (
          <p>
            <Link to={resultsPath(e.id)}>{t('publish.see')}</Link>
          </p>
        ) : (
          <>
            <p>{t('publish.hint')}</p>
            <FormError error={publish.error} />
            <Button variant="primary" onClick={() => publish.mutate()} disabled={publish.isPending}>
              {t('publish.action')}
            </Button>
          </>
        )}
      </Card>
    </>
  );
}

/** The edition's jurors: who is invited, their load, and whom the operator can still invite. */
function JurorsCard({ editionId }: { editionId: number }) {
  const { t } = useTranslation('competition');
  const jurors = useJurors(editionId, true);
  const invite = useInviteJuror(editionId);
  const remove = useRemoveJuror(editionId);
  const [chosen, setChosen] = useState('');
  if (jurors.isPending) return <Loading />;
  if (jurors.isError) return <QueryError error={jurors.error} onRetry={() => void jurors.refetch()} />;
  const { items, candidates } = jurors.data;
  return (
    <Card title={t('jurors.title')}>
      <Table caption={t('jurors.caption', { count: items.length })}>
        <thead>
          <tr>
            <th scope="col">{t('jurors.name')}</th>
            <th scope="col">{t('jurors.load')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('jurors.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {items.length === 0 ? (
            <EmptyRow colSpan={3}>{t('jurors.none')}</EmptyRow>
          ) : (
            items.map((j) => (
              <tr key={j.userId}>
                <td>
                  {j.name} ({j.email})
                </td>
                <td>
                  {t('jurors.assigned', { count: j.load })}, {t('jurors.submitted', { count: j.submitted })}
                </td>
                <td>
                  {j.load === 0 ? (
                    <Button
                      variant="secondary"
                      onClick={() => remove.mutate(j.userId)}
                      disabled={remove.isPending}
                      aria-label={t('jurors.removeNamed', { name: j.name })}
                    >
                      {t('jurors.remove')}
                    </Button>
                  ) : null}
                </td>
              </tr>
            ))
          )}
        </tbody>
      </Table>
      <FormError error={invite.error ?? remove.error} />
      {candidates.length === 0 ? (
        <p>{t('jurors.noCandidates')}</p>
      ) : (
        <Form
          aria-label={t('jurors.invite')}
          pending={invite.isPending}
          onSubmit={() => {
            if (chosen) invite.mutate(chosen, { onSuccess: () => setChosen('') });
          }}
        >
          <SelectField
            label={t('jurors.candidate')}
            required
            value={chosen}
            onChange={(ev) => setChosen(ev.target.value)}
            placeholder={t('jurors.choose')}
            options={candidates.map((c) => ({ value: c.userId, label: `${c.name} (${c.email})` }))}
          />
          <FormActions>
            <Button type="submit" variant="primary" disabled={invite.isPending || !chosen}>
              {t('jurors.invite')}
            </Button>
          </FormActions>
        </Form>
      )}
    </Card>
  );
}
