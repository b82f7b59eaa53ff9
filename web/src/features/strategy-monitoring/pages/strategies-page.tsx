import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { Loading, QueryError } from '../../../components/async-state';
import { Breadcrumb } from '../../../components/breadcrumb';
import { Button } from '../../../components/button';
import { Card } from '../../../components/card';
import { TextField } from '../../../components/field';
import { Form, FormActions, FormError } from '../../../components/form';
import { PageHeader } from '../../../components/page-header';
import { EmptyRow, Table } from '../../../components/table';
import { useAnnounce } from '../../../lib/announce';
import { useFieldErrors } from '../../../lib/errors';
import { strategyPath, unitNgosPath, useCreateStrategy, useUnitStrategies } from '../api';

/** A unit's development strategies, and a form to start one (its coordinators and members). */
export function StrategiesPage() {
  const { t } = useTranslation('strategy-monitoring');
  const { code = '' } = useParams();
  const list = useUnitStrategies(code);
  if (list.isPending) return <Loading />;
  if (list.isError) return <QueryError error={list.error} onRetry={() => void list.refetch()} />;
  const { unit, items, canManage } = list.data;
  return (
    <>
      <PageHeader
        before={
          <Breadcrumb
            items={[{ label: unit.name, to: `/units/${encodeURIComponent(unit.code)}` }, { label: t('list.title') }]}
          />
        }
        title={t('list.titleOf', { name: unit.name })}
        description={<p>{t('list.intro')}</p>}
        actions={<Link to={unitNgosPath(unit.code)}>{t('unitLinks.ngos')}</Link>}
      />
      <Card title={t('list.title')}>
        <Table caption={t('list.title')} captionHidden>
          <thead>
            <tr>
              <th scope="col">{t('fields.name')}</th>
              <th scope="col">{t('fields.period')}</th>
              <th scope="col">{t('fields.status')}</th>
            </tr>
          </thead>
          <tbody>
            {items.length === 0 ? (
              <EmptyRow colSpan={3}>{t('list.none')}</EmptyRow>
            ) : (
              items.map((s) => (
                <tr key={s.id}>
                  <th scope="row">
                    <Link to={strategyPath(s.id)}>{s.name}</Link>
                  </th>
                  <td>
                    {s.periodFrom}–{s.periodTo}
                  </td>
                  <td>{t(`statuses.${s.status}`)}</td>
                </tr>
              ))
            )}
          </tbody>
        </Table>
      </Card>
      {canManage ? <NewStrategyCard code={unit.code} /> : null}
    </>
  );
}

const FIELDS = ['name', 'periodFrom', 'periodTo'] as const;

function NewStrategyCard({ code }: { code: string }) {
  const { t } = useTranslation('strategy-monitoring');
  const navigate = useNavigate();
  const announce = useAnnounce();
  const create = useCreateStrategy(code);
  const year = new Date().getFullYear();
  const [name, setName] = useState('');
  const [from, setFrom] = useState(String(year));
  const [to, setTo] = useState(String(year + 9));
  const [clientErrors, setClientErrors] = useState<Record<string, string>>({});
  const serverErrors = useFieldErrors(create.error, FIELDS);
  const errors: Record<string, string | undefined> = { ...serverErrors, ...clientErrors };

  function submit() {
    const problems: Record<string, string> = {};
    if (!name.trim()) problems.name = t('common:validation.required');
    if (!/^\d{4}$/.test(from)) problems.periodFrom = t('form.yearInvalid');
    if (!/^\d{4}$/.test(to)) problems.periodTo = t('form.yearInvalid');
    else if (Number(to) < Number(from)) problems.periodTo = t('form.periodOrder');
    setClientErrors(problems);
    if (Object.keys(problems).length > 0) {
      announce(t('common:form.fixErrors'));
      return;
    }
    create.mutate(
      { name: name.trim(), periodFrom: Number(from), periodTo: Number(to) },
      {
        onSuccess: (s) => {
          announce(t('list.created', { name: s.name }));
          void navigate(strategyPath(s.id));
        },
      },
    );
  }

  return (
    <Card title={t('list.new')}>
      <Form onSubmit={submit} pending={create.isPending} aria-label={t('list.new')}>
        <FormError error={create.error} handledFields={FIELDS} />
        <TextField
          label={t('fields.name')}
          name="strategyName"
          required
          maxLength={300}
          value={name}
          error={errors.name}
          onChange={(e) => setName(e.target.value)}
        />
        <div className="form__row">
          <TextField
            label={t('fields.periodFrom')}
            name="periodFrom"
            inputMode="numeric"
            required
            value={from}
            error={errors.periodFrom}
            onChange={(e) => setFrom(e.target.value)}
          />
          <TextField
            label={t('fields.periodTo')}
            name="periodTo"
            inputMode="numeric"
            required
            value={to}
            error={errors.periodTo}
            onChange={(e) => setTo(e.target.value)}
          />
        </div>
        <FormActions>
          <Button type="submit" variant="primary" busy={create.isPending} busyLabel={t('common:status.saving')}>
            {t('list.create')}
          </Button>
        </FormActions>
      </Form>
    </Card>
  );
}
