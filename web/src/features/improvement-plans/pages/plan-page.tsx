import { publishedHref } from '../../../../../domain/portal/published';
import { useState } from 'react';
import { useInlineEditor } from '../../../lib/use-inline-editor';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { Breadcrumb } from '../../../components/breadcrumb';
import { Button, ButtonLink } from '../../../components/button';
import { Card } from '../../../components/card';
import { TextAreaField, TextField } from '../../../components/field';
import { Form, FormError } from '../../../components/form';
import { SubmitOrCancel } from '../../../components/form-fields';
import { PageHeader } from '../../../components/page-header';
import { PublicationCard } from '../../../components/publication-card';
import { EmptyRow, Table } from '../../../components/table';
import { useAnnounce } from '../../../lib/announce';
import { useFieldErrors } from '../../../lib/errors';
import { useFormat } from '../../../lib/format';
import { useLocalized } from '../../../lib/localized';
import { unitPath } from '../../../lib/unit-labels';
import {
  ACTION_STATUSES,
  actionPath,
  planExportUrl,
  usePlan,
  usePublishPlan,
  useUpdatePlan,
  type Action,
  type PlanDetail,
} from '../api';
import { ActionBoard } from '../components/action-board';
import { ActionTimeline } from '../components/action-timeline';
import { addToPlanHref } from '../components/add-to-plan-link';
import { QueryContent } from '../../../components/query-content';
import { ActionStatusBadge, OverdueFlag, PriorityText, SourceText } from '../labels';
import { PERIOD_PATTERN } from './plans-page';

const VIEWS = ['table', 'board', 'timeline'] as const;
type View = (typeof VIEWS)[number];

/** One improvement plan: its actions as a table, a board by status and a timeline; export; adding actions. */
export function PlanPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation('improvementPlans');
  const plan = usePlan(id);
  return (
    <QueryContent query={plan} notFound={t('plan.notFound')}>
      {(data) => <PlanView key={id} plan={data} />}
    </QueryContent>
  );
}

export function PlanCrumbs({ plan, current }: { plan: PlanDetail; current?: string }) {
  const { t } = useTranslation('improvementPlans');
  const listHref = plan.unit
    ? `/improvement-plans?unit=${encodeURIComponent(plan.unit.code)}`
    : plan.group
      ? `/improvement-plans?group=${plan.group.id}`
      : '/improvement-plans';
  return (
    <Breadcrumb
      items={[
        { to: '/improvement-plans', label: t('list.title') },
        ...(plan.unit || plan.group ? [{ to: listHref, label: plan.unit?.name ?? plan.group?.name ?? '' }] : []),
        current ? { to: `/improvement-plans/${plan.id}`, label: plan.title } : { label: plan.title },
        ...(current ? [{ label: current }] : []),
      ]}
    />
  );
}

function PlanView({ plan }: { plan: PlanDetail }) {
  const { t } = useTranslation('improvementPlans');
  const format = useFormat();
  const [params] = useSearchParams();
  const view: View = (VIEWS as readonly string[]).includes(params.get('view') ?? '')
    ? (params.get('view') as View)
    : 'table';
  const { editing, editButton, open: openEditor, close: closeEditor } = useInlineEditor();
  const publish = usePublishPlan(plan.id);

  return (
    <>
      <PageHeader
        before={<PlanCrumbs plan={plan} />}
        title={plan.title}
        description={
          <p>
            {plan.unit ? (
              <Link to={unitPath(plan.unit.code)}>{plan.unit.name}</Link>
            ) : plan.group ? (
              <Link to={`/groups/${plan.group.id}`}>{plan.group.name}</Link>
            ) : null}{' '}
            · {t('plan.period', { period: plan.period })}
          </p>
        }
        actions={
          plan.canManage ? (
            <ButtonLink
              variant="primary"
              to={addToPlanHref({
                type: 'free',
                planId: plan.id,
                ...(plan.unit ? { unitCode: plan.unit.code } : {}),
                ...(plan.group ? { groupId: plan.group.id } : {}),
              })}
            >
              {t('plan.addAction')}
            </ButtonLink>
          ) : null
        }
      />
      <Card
        title={t('plan.about')}
        actions={
          plan.canManage && !editing ? (
            <Button ref={editButton} small onClick={openEditor}>
              {t('plan.edit')}
            </Button>
          ) : null
        }
      >
        {editing ? (
          <PlanEditForm plan={plan} onDone={closeEditor} />
        ) : (
          <>
            {plan.description ? (
              <p className="prewrap">{plan.description}</p>
            ) : (
              <p className="muted">{t('plan.noDescription')}</p>
            )}
            <ul className="stats board-stats" aria-label={t('plan.summary')}>
              {ACTION_STATUSES.map((status) => (
                <li key={status} className="stat">
                  <span className="stat__body">
                    <span className="stat__value">{format.number(plan.byStatus[status] ?? 0)}</span>{' '}
                    <span className="stat__label">{t(`status.${status}`)}</span>
                  </span>
                </li>
              ))}
              <li className="stat">
                <span className={['stat__body', plan.overdue > 0 ? 'stat__body--alert' : ''].filter(Boolean).join(' ')}>
                  <span className="stat__value">{format.number(plan.overdue)}</span>{' '}
                  <span className="stat__label">{t('plan.overdueCount')}</span>
                </span>
              </li>
            </ul>
          </>
        )}
      </Card>
      <Card
        title={t('plan.actionsTitle', { count: plan.actions.length })}
        actions={
          <div className="button-row">
            <a className="button button--secondary button--small" href={planExportUrl(plan.id, 'xlsx')} download>
              {t('plan.exportXlsx')}
            </a>
            <a className="button button--secondary button--small" href={planExportUrl(plan.id, 'csv')} download>
              {t('plan.exportCsv')}
            </a>
          </div>
        }
      >
        <nav className="view-switch" aria-label={t('plan.views')}>
          <ul>
            {VIEWS.map((v) => (
              <li key={v}>
                <Link
                  to={`?${new URLSearchParams({ ...Object.fromEntries(params), view: v }).toString()}`}
                  replace
                  className="view-switch__link"
                  aria-current={v === view ? 'page' : undefined}
                >
                  {t(`plan.view.${v}`)}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <h3 className="visually-hidden">{t(`plan.view.${view}`)}</h3>
        {view === 'table' ? <ActionsTable actions={plan.actions} /> : null}
        {view === 'board' ? <ActionBoard actions={plan.actions} canManage={plan.canManage} /> : null}
        {view === 'timeline' ? <ActionTimeline actions={plan.actions} /> : null}
      </Card>
      {plan.canManage || plan.publishedAt !== null ? (
        <PublicationCard
          publishedAt={plan.publishedAt}
          canManage={plan.canManage}
          publishable
          publicHref={
            // A unit's plan reads on its portal profile; a network's plan has no profile, only the open read.
            plan.unit ? publishedHref(plan.unit.code, 'plan', plan.id) : `/api/v1/public/improvement-plans/${plan.id}`
          }
          mutation={publish}
        />
      ) : null}
    </>
  );
}

function ActionsTable({ actions }: { actions: Action[] }) {
  const { t } = useTranslation('improvementPlans');
  const format = useFormat();
  const localized = useLocalized();
  return (
    <Table caption={t('plan.tableCaption')}>
      <thead>
        <tr>
          <th scope="col">{t('fields.title')}</th>
          <th scope="col">{t('fields.priority')}</th>
          <th scope="col">{t('fields.status')}</th>
          <th scope="col">{t('fields.dates')}</th>
          <th scope="col">{t('fields.owner')}</th>
          <th scope="col">{t('fields.sourceType')}</th>
          <th scope="col">{t('fields.indicator')}</th>
        </tr>
      </thead>
      <tbody>
        {actions.length === 0 ? (
          <EmptyRow colSpan={7}>{t('plan.noActions')}</EmptyRow>
        ) : (
          actions.map((action) => (
            <tr key={action.id} className={action.schedule.overdue ? 'is-overdue' : undefined}>
              <th scope="row">
                <Link to={actionPath(action.planId, action.id)}>{action.title}</Link>
              </th>
              <td>
                <PriorityText action={action} />
              </td>
              <td>
                <ActionStatusBadge status={action.status} />
                {action.progress !== null ? (
                  <span className="muted"> {t('plan.progress', { progress: action.progress })}</span>
                ) : null}
              </td>
              <td>
                <span className="nowrap">{action.startDate ? format.date(action.startDate) : '—'}</span> –{' '}
                <span className="nowrap">{action.endDate ? format.date(action.endDate) : '—'}</span>{' '}
                <OverdueFlag action={action} />
              </td>
              <td>{action.owner ?? ''}</td>
              <td>
                <SourceText
                  source={action.source}
                  indicatorName={
                    action.indicator &&
                    (action.source.type === 'benchmark-gap' && action.source.indicatorCode) === action.indicator.code
                      ? localized(action.indicator.names)
                      : undefined
                  }
                />
              </td>
              <td>
                {action.indicator ? (
                  localized(action.indicator.names)
                ) : (
                  <span className="muted">{t('plan.noIndicator')}</span>
                )}
              </td>
            </tr>
          ))
        )}
      </tbody>
    </Table>
  );
}

const PLAN_FIELDS = ['period', 'title', 'description'] as const;

function PlanEditForm({ plan, onDone }: { plan: PlanDetail; onDone: () => void }) {
  const { t } = useTranslation('improvementPlans');
  const announce = useAnnounce();
  const update = useUpdatePlan(plan.id);
  const [period, setPeriod] = useState(plan.period);
  const [title, setTitle] = useState(plan.title);
  const [description, setDescription] = useState(plan.description ?? '');
  const [clientErrors, setClientErrors] = useState<Record<string, string>>({});
  const errors: Record<string, string | undefined> = { ...useFieldErrors(update.error, PLAN_FIELDS), ...clientErrors };

  function submit() {
    const problems: Record<string, string> = {};
    if (!PERIOD_PATTERN.test(period.trim())) problems.period = t('newPlan.periodInvalid');
    if (!title.trim()) problems.title = t('common:validation.required');
    setClientErrors(problems);
    if (Object.keys(problems).length > 0) return;
    update.mutate(
      { period: period.trim(), title: title.trim(), description: description.trim() || null },
      {
        onSuccess: () => {
          announce(t('plan.saved'));
          onDone();
        },
      },
    );
  }

  return (
    <Form onSubmit={submit} pending={update.isPending} aria-label={t('plan.edit')}>
      <FormError error={update.error} handledFields={PLAN_FIELDS} />
      <div className="form__row">
        <TextField
          label={t('fields.period')}
          name="period"
          required
          hint={t('newPlan.periodHint')}
          value={period}
          error={errors.period}
          onChange={(e) => setPeriod(e.target.value)}
        />
        <TextField
          label={t('fields.title')}
          name="planTitle"
          required
          maxLength={300}
          value={title}
          error={errors.title}
          onChange={(e) => setTitle(e.target.value)}
        />
      </div>
      <TextAreaField
        label={t('fields.description')}
        name="description"
        maxLength={10000}
        value={description}
        error={errors.description}
        onChange={(e) => setDescription(e.target.value)}
      />
      <SubmitOrCancel label={t('common:actions.save')} pending={update.isPending} onCancel={onDone} />
    </Form>
  );
}
