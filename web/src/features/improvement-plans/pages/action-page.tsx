import { useRef, useState, type ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { Alert } from '../../../components/alert';
import { QueryContent } from '../../../components/query-content';
import { Button } from '../../../components/button';
import { Card } from '../../../components/card';
import { SelectField, TextAreaField, TextField } from '../../../components/field';
import { Form, FormActions, FormError } from '../../../components/form';
import { NotFoundContent } from '../../../components/not-found';
import { PageHeader } from '../../../components/page-header';
import { EmptyRow, Table } from '../../../components/table';
import { useAnnounce } from '../../../lib/announce';
import { useErrorMessage, useFieldErrors } from '../../../lib/errors';
import { useFormat } from '../../../lib/format';
import { indicatorPath } from '../../../lib/indicator-labels';
import { useLocalized } from '../../../lib/localized';
import { todayIso } from '../../../lib/dates';
import { Dialog } from '../../../components/dialog';
import {
  ACTION_STATUSES,
  planPath,
  useAddUpdate,
  useDeleteAction,
  usePlan,
  useUpdateAction,
  type Action,
  type ActionStatus,
  type PlanDetail,
} from '../api';
import { ActionForm, draftFromAction } from '../components/action-form';
import { EffectPanel } from '../components/effect-panel';
import { ActionStatusBadge, OverdueFlag, PriorityText, SourceText } from '../labels';
import { PlanCrumbs } from './plan-page';

/** One action: what and where from, schedule and priority, progress history, and — with an indicator — its effect against peers. */
/** What the action page shows from later features, handed in by the app (see routes.tsx). */
export interface ActionPageExtras {
  /** Offers an action that improved more than its peers to the good-practice bank. */
  ProposePractice: ComponentType<{ actionId: number }>;
}

export function ActionPage({ extras }: { extras: ActionPageExtras }) {
  const { planId = '', actionId = '' } = useParams();
  const { t } = useTranslation('improvementPlans');
  const plan = usePlan(planId);
  return (
    <QueryContent query={plan} notFound={t('plan.notFound')}>
      {(data) => {
        const action = data.actions.find((a) => String(a.id) === actionId);
        if (!action) return <NotFoundContent message={t('action.notFound')} />;
        return <ActionView key={action.id} plan={data} action={action} extras={extras} />;
      }}
    </QueryContent>
  );
}

function ActionView({ plan, action, extras }: { plan: PlanDetail; action: Action; extras: ActionPageExtras }) {
  const { t } = useTranslation('improvementPlans');
  const [editing, setEditing] = useState(false);
  const editButton = useRef<HTMLButtonElement>(null);
  const update = useUpdateAction();
  const announce = useAnnounce();
  const format = useFormat();

  function closeEditor() {
    setEditing(false);
    requestAnimationFrame(() => editButton.current?.focus());
  }

  return (
    <>
      <PageHeader
        before={<PlanCrumbs plan={plan} current={action.title} />}
        title={action.title}
        description={
          <p>
            <ActionStatusBadge status={action.status} /> <OverdueFlag action={action} />
          </p>
        }
        actions={
          plan.canManage && !editing ? (
            <div className="button-row">
              <Button ref={editButton} onClick={() => setEditing(true)}>
                {t('action.edit')}
              </Button>
              <DeleteAction plan={plan} action={action} />
            </div>
          ) : null
        }
      />
      {editing ? (
        <Card title={t('action.editTitle')}>
          <ActionForm
            initial={draftFromAction(action, format.locale)}
            unit={plan.unit}
            submitLabel={t('action.save')}
            pending={update.isPending}
            error={update.error}
            onCancel={closeEditor}
            onSubmit={(input) =>
              update.mutate(
                { id: action.id, ...input },
                {
                  onSuccess: () => {
                    announce(t('action.saved'));
                    closeEditor();
                  },
                },
              )
            }
          />
        </Card>
      ) : (
        <ActionDetails action={action} />
      )}
      {/* The effect check compares one unit with its peers; a group's plan has no single unit. */}
      {action.indicator && plan.unit ? (
        <EffectPanel
          action={action}
          footer={(effect) =>
            // Only what worked better than the peers is offered to the good-practice bank.
            plan.canManage && effect.verdict === 'improved-more-than-peers' ? (
              <extras.ProposePractice actionId={action.id} />
            ) : null
          }
        />
      ) : null}
      <UpdatesCard action={action} canManage={plan.canManage} />
    </>
  );
}

function ActionDetails({ action }: { action: Action }) {
  const { t } = useTranslation('improvementPlans');
  const format = useFormat();
  const localized = useLocalized();
  const indicator = action.indicator;
  const value = (v: number | null) =>
    v === null || !indicator ? '—' : format.measure(v, indicator.unit, indicator.decimals);
  return (
    <div className="grid grid--2">
      <Card title={t('action.about')}>
        {action.description ? <p className="prewrap">{action.description}</p> : null}
        <dl className="details">
          <div>
            <dt>{t('fields.sourceType')}</dt>
            <dd>
              <SourceText
                source={action.source}
                withNote
                indicatorName={
                  indicator &&
                  (action.source.type === 'benchmark-gap' && action.source.indicatorCode) === indicator.code
                    ? localized(indicator.names)
                    : undefined
                }
              />
            </dd>
          </div>
          <div>
            <dt>{t('fields.owner')}</dt>
            <dd>{action.owner ?? <span className="muted">{t('action.noOwner')}</span>}</dd>
          </div>
          <div>
            <dt>{t('fields.dates')}</dt>
            <dd>
              {action.startDate ? format.date(action.startDate) : '—'} –{' '}
              {action.endDate ? format.date(action.endDate) : '—'}
            </dd>
          </div>
          <div>
            <dt>{t('fields.progress')}</dt>
            <dd>
              {action.progress === null ? (
                <span className="muted">{t('action.noProgress')}</span>
              ) : (
                t('plan.progress', { progress: action.progress })
              )}
            </dd>
          </div>
        </dl>
      </Card>
      <Card title={t('action.priorityTitle')}>
        <dl className="details">
          <div>
            <dt>{t('fields.priority')}</dt>
            <dd>
              <PriorityText action={action} />
            </dd>
          </div>
          <div>
            <dt>{t('fields.budget')}</dt>
            <dd>
              {action.budget === null ? (
                <span className="muted">{t('action.noBudget')}</span>
              ) : (
                <Budget value={action.budget} />
              )}
            </dd>
          </div>
          <div>
            <dt>{t('fields.indicator')}</dt>
            <dd>
              {indicator ? (
                <Link to={indicatorPath(indicator.code)}>{localized(indicator.names)}</Link>
              ) : (
                <span className="muted">{t('plan.noIndicator')}</span>
              )}
            </dd>
          </div>
          {indicator ? (
            <>
              <div>
                <dt>{t('fields.baseline')}</dt>
                <dd>{value(indicator.baseline)}</dd>
              </div>
              <div>
                <dt>{t('fields.target')}</dt>
                <dd>{value(indicator.target)}</dd>
              </div>
              <div>
                <dt>{t('fields.peers')}</dt>
                <dd>{indicator.peers ? <span className="mono">{indicator.peers}</span> : t('action.defaultPeers')}</dd>
              </div>
            </>
          ) : null}
        </dl>
      </Card>
    </div>
  );
}

/**
 * The exact decimal from the server, shown with the locale's separators but never through a float,
 * so 12 345 678 901,27 zł stays to the grosz.
 */
function Budget({ value }: { value: string }) {
  const format = useFormat();
  const [whole = '0', fraction] = value.split('.');
  const grouped = new Intl.NumberFormat(format.locale, { maximumFractionDigits: 0 }).format(BigInt(whole));
  const separator = format.locale.startsWith('pl') ? ',' : '.';
  return <span className="nowrap">{`${grouped}${fraction ? `${separator}${fraction.padEnd(2, '0')}` : ''} zł`}</span>;
}

function DeleteAction({ plan, action }: { plan: PlanDetail; action: Action }) {
  const { t } = useTranslation('improvementPlans');
  const navigate = useNavigate();
  const announce = useAnnounce();
  const errorMessage = useErrorMessage();
  const remove = useDeleteAction();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button variant="danger" onClick={() => setOpen(true)}>
        {t('action.delete')}
      </Button>
      <Dialog open={open} title={t('action.deleteTitle')} onClose={() => setOpen(false)}>
        <p>{t('action.deleteConfirm', { title: action.title })}</p>
        {remove.isError ? (
          <Alert tone="error" live>
            <p>{errorMessage(remove.error)}</p>
          </Alert>
        ) : null}
        <div className="button-row">
          <Button
            variant="danger"
            busy={remove.isPending}
            busyLabel={t('action.deleting')}
            disabled={remove.isPending}
            onClick={() =>
              remove.mutate(action.id, {
                onSuccess: () => {
                  announce(t('action.deleted', { title: action.title }));
                  void navigate(planPath(plan.id));
                },
              })
            }
          >
            {t('action.deleteSubmit')}
          </Button>
          <Button onClick={() => setOpen(false)}>{t('common:actions.cancel')}</Button>
        </div>
      </Dialog>
    </>
  );
}

const UPDATE_FIELDS = ['date', 'comment', 'status', 'progress'] as const;

function UpdatesCard({ action, canManage }: { action: Action; canManage: boolean }) {
  const { t } = useTranslation('improvementPlans');
  const format = useFormat();
  const announce = useAnnounce();
  const add = useAddUpdate(action.id);
  const [date, setDate] = useState(todayIso);
  const [comment, setComment] = useState('');
  const [status, setStatus] = useState<'' | ActionStatus>('');
  const [progress, setProgress] = useState('');
  const [clientErrors, setClientErrors] = useState<Record<string, string>>({});
  const errors: Record<string, string | undefined> = { ...useFieldErrors(add.error, UPDATE_FIELDS), ...clientErrors };
  const updates = [...action.updates].sort(
    (a, b) => b.date.localeCompare(a.date) || b.createdAt.localeCompare(a.createdAt),
  );

  function submit() {
    const problems: Record<string, string> = {};
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) problems.date = t('updates.dateInvalid');
    if (!comment.trim()) problems.comment = t('common:validation.required');
    const progressNumber =
      progress.trim() === '' ? undefined : /^\d+$/.test(progress.trim()) ? Number(progress.trim()) : NaN;
    if (
      progressNumber !== undefined &&
      (!Number.isInteger(progressNumber) || progressNumber < 0 || progressNumber > 100)
    )
      problems.progress = t('updates.progressInvalid');
    setClientErrors(problems);
    if (Object.keys(problems).length > 0) return;
    add.mutate(
      {
        date,
        comment: comment.trim(),
        ...(status ? { status } : {}),
        ...(progressNumber !== undefined ? { progress: progressNumber } : {}),
      },
      {
        onSuccess: () => {
          announce(t('updates.added'));
          setComment('');
          setStatus('');
          setProgress('');
        },
      },
    );
  }

  return (
    <Card title={t('updates.title')}>
      <Table caption={t('updates.caption', { title: action.title })} captionHidden>
        <thead>
          <tr>
            <th scope="col">{t('updates.date')}</th>
            <th scope="col">{t('updates.comment')}</th>
            <th scope="col">{t('fields.status')}</th>
            <th scope="col" className="numeric">
              {t('fields.progress')}
            </th>
            <th scope="col">{t('updates.author')}</th>
          </tr>
        </thead>
        <tbody>
          {updates.length === 0 ? (
            <EmptyRow colSpan={5}>{t('updates.none')}</EmptyRow>
          ) : (
            updates.map((u) => (
              <tr key={u.id}>
                <th scope="row" className="nowrap">
                  {format.date(u.date)}
                </th>
                <td className="prewrap">{u.comment}</td>
                <td>{u.status ? <ActionStatusBadge status={u.status} /> : ''}</td>
                <td className="numeric">{u.progress === null ? '' : `${format.number(u.progress)}%`}</td>
                <td>{u.author?.name ?? ''}</td>
              </tr>
            ))
          )}
        </tbody>
      </Table>
      {canManage ? (
        <Form onSubmit={submit} pending={add.isPending} aria-label={t('updates.formTitle')} className="update-form">
          <h3>{t('updates.formTitle')}</h3>
          <FormError error={add.error} handledFields={UPDATE_FIELDS} />
          <div className="form__row">
            <TextField
              label={t('updates.date')}
              name="date"
              type="date"
              required
              value={date}
              error={errors.date}
              onChange={(e) => setDate(e.target.value)}
            />
            <SelectField
              label={t('updates.newStatus')}
              name="status"
              value={status}
              placeholder={t('updates.keepStatus')}
              options={ACTION_STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) }))}
              onChange={(e) => setStatus(e.target.value as '' | ActionStatus)}
            />
            <TextField
              label={t('updates.progress')}
              name="progress"
              inputMode="numeric"
              hint={t('updates.progressHint')}
              value={progress}
              error={errors.progress}
              onChange={(e) => setProgress(e.target.value)}
            />
          </div>
          <TextAreaField
            label={t('updates.comment')}
            name="comment"
            required
            maxLength={4000}
            rows={3}
            value={comment}
            error={errors.comment}
            onChange={(e) => setComment(e.target.value)}
          />
          <FormActions>
            <Button type="submit" variant="primary" busy={add.isPending} busyLabel={t('common:status.saving')}>
              {t('updates.submit')}
            </Button>
          </FormActions>
        </Form>
      ) : null}
    </Card>
  );
}
