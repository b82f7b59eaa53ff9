import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { Loading, QueryError } from '../../../components/async-state';
import { Button } from '../../../components/button';
import { Card } from '../../../components/card';
import { SelectField, TextAreaField, TextField } from '../../../components/field';
import { Form, FormActions, FormError } from '../../../components/form';
import { PageHeader } from '../../../components/page-header';
import { EmptyRow, Table } from '../../../components/table';
import { useAnnounce } from '../../../lib/announce';
import { useFieldErrors } from '../../../lib/errors';
import { useFormat } from '../../../lib/format';
import { useCurrentUser } from '../../../lib/session';
import { useGroups } from '../../groups';
import { UnitPicker } from '../../units';
import { unitPath } from '../../../lib/unit-labels';
import { planPath, useCreatePlan, useOptionalUnit, usePlans, type PlanSummary } from '../api';
import { canManageGroupPlan, canManageUnitPlan } from '../../../lib/permissions';

/** A plan's period: a year or a span of years. */
export const PERIOD_PATTERN = /^\d{4}(-\d{4})?$/;

/** Improvement plans of a unit (?unit=) or a group (?group=); without either, the plans of the user's units and groups. */
export function PlansPage() {
  const { t } = useTranslation('improvementPlans');
  const [params, setParams] = useSearchParams();
  const unit = params.get('unit') ?? undefined;
  const group = params.get('group') ?? undefined;
  const me = useCurrentUser();
  const plans = usePlans({ unit, group });
  const unitDetail = useOptionalUnit(unit);
  const groups = useGroups({ pageSize: 100 });
  const canCreate = unit ? canManageUnitPlan(me, unit) : group ? canManageGroupPlan(me, group) : false;
  const scopeName = unit
    ? (unitDetail.data?.name ?? unit)
    : group
      ? (groups.data?.items.find((g) => String(g.id) === group)?.name ?? group)
      : null;

  function choose(next: { unit?: string; group?: string }) {
    const query = new URLSearchParams();
    if (next.unit) query.set('unit', next.unit);
    if (next.group) query.set('group', next.group);
    setParams(query);
  }

  return (
    <>
      <PageHeader
        title={scopeName ? t('list.titleOf', { name: scopeName }) : t('list.title')}
        documentTitle={scopeName ? t('list.titleOf', { name: scopeName }) : t('list.title')}
        description={<p>{t('list.intro')}</p>}
      />
      <Card title={t('list.filterTitle')}>
        <div className="grid grid--2">
          <UnitPicker
            label={t('list.pickUnit')}
            actionLabel={t('list.choose')}
            onPick={(u) => choose({ unit: u.code })}
          />
          <SelectField
            label={t('list.pickGroup')}
            value={group ?? ''}
            placeholder={groups.isPending ? t('common:status.loading') : t('list.anyGroup')}
            options={(groups.data?.items ?? []).map((g) => ({ value: String(g.id), label: g.name }))}
            onChange={(event) => choose({ group: event.target.value || undefined })}
          />
        </div>
        {unit || group ? (
          <p>
            <Button small onClick={() => choose({})}>
              {t('list.showMine')}
            </Button>
          </p>
        ) : null}
      </Card>
      <Card title={t('list.plansTitle')}>
        {plans.isPending ? (
          <Loading />
        ) : plans.isError ? (
          <QueryError error={plans.error} onRetry={() => void plans.refetch()} />
        ) : (
          <PlansTable items={plans.data.items} />
        )}
      </Card>
      {canCreate ? <NewPlanCard unitCode={unit} groupId={group} /> : null}
    </>
  );
}

function PlansTable({ items }: { items: PlanSummary[] }) {
  const { t } = useTranslation('improvementPlans');
  const format = useFormat();
  return (
    <Table caption={t('list.caption')} captionHidden>
      <thead>
        <tr>
          <th scope="col">{t('fields.plan')}</th>
          <th scope="col">{t('fields.owner')}</th>
          <th scope="col">{t('fields.period')}</th>
          <th scope="col" className="numeric">
            {t('list.actions')}
          </th>
          <th scope="col">{t('list.updated')}</th>
        </tr>
      </thead>
      <tbody>
        {items.length === 0 ? (
          <EmptyRow colSpan={5}>{t('list.none')}</EmptyRow>
        ) : (
          items.map((plan) => (
            <tr key={plan.id}>
              <th scope="row">
                <Link to={planPath(plan.id)}>{plan.title}</Link>
              </th>
              <td>
                {plan.unit ? (
                  <Link to={unitPath(plan.unit.code)}>{plan.unit.name}</Link>
                ) : plan.group ? (
                  <Link to={`/groups/${plan.group.id}`}>{plan.group.name}</Link>
                ) : (
                  ''
                )}
              </td>
              <td>{plan.period}</td>
              <td className="numeric">{format.number(plan.actionCount)}</td>
              <td>{format.date(plan.updatedAt)}</td>
            </tr>
          ))
        )}
      </tbody>
    </Table>
  );
}

const FIELDS = ['period', 'title', 'description'] as const;

export function NewPlanCard({
  unitCode,
  groupId,
  onCreated,
}: {
  unitCode?: string;
  groupId?: string;
  onCreated?: (id: number) => void;
}) {
  const { t } = useTranslation('improvementPlans');
  const navigate = useNavigate();
  const announce = useAnnounce();
  const create = useCreatePlan();
  const [period, setPeriod] = useState(() => String(new Date().getFullYear()));
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');
  const [clientErrors, setClientErrors] = useState<Record<string, string>>({});
  const serverErrors = useFieldErrors(create.error, FIELDS);
  const errors: Record<string, string | undefined> = { ...serverErrors, ...clientErrors };

  function submit() {
    const problems: Record<string, string> = {};
    if (!PERIOD_PATTERN.test(period.trim())) problems.period = t('newPlan.periodInvalid');
    if (!title.trim()) problems.title = t('common:validation.required');
    setClientErrors(problems);
    if (Object.keys(problems).length > 0) {
      announce(t('common:form.fixErrors'));
      return;
    }
    create.mutate(
      {
        ...(unitCode ? { unitCode } : { groupId: Number(groupId) }),
        period: period.trim(),
        title: title.trim(),
        description: description.trim() || null,
      },
      {
        onSuccess: (plan) => {
          announce(t('newPlan.created', { title: plan.title }));
          if (onCreated) onCreated(plan.id);
          else void navigate(planPath(plan.id));
        },
      },
    );
  }

  return (
    <Card title={t('newPlan.title')}>
      <Form onSubmit={submit} pending={create.isPending} aria-label={t('newPlan.title')}>
        <FormError error={create.error} handledFields={FIELDS} />
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
        <FormActions>
          <Button type="submit" variant="primary" busy={create.isPending} busyLabel={t('common:status.saving')}>
            {t('newPlan.submit')}
          </Button>
        </FormActions>
      </Form>
    </Card>
  );
}
