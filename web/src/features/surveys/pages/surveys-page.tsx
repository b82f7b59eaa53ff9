import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { Loading, QueryError } from '../../../components/async-state';
import { ButtonLink } from '../../../components/button';
import { SelectField } from '../../../components/field';
import { PageHeader } from '../../../components/page-header';
import { Pagination } from '../../../components/pagination';
import { EmptyRow, Table } from '../../../components/table';
import { useFormat } from '../../../lib/format';
import { useCurrentUser } from '../../../lib/session';
import { dataUnits } from '../../../lib/permissions';
import { formatWarsaw } from '../../../lib/time';
import { unitPath } from '../../../lib/unit-labels';
import { useTemplates, useWaves, type WaveStatus } from '../api';
import { DemoBadge, newWavePath, TEMPLATES_PATH, useTitle, useWaveName, wavePath, WaveStatusBadge } from '../labels';
import { canRunSurveys } from '../../../lib/permissions';

const PAGE_SIZE = 25;
const STATUSES: WaveStatus[] = ['open', 'scheduled', 'closed'];

/** Survey waves, for one unit (`?unit=`) or all the user can see, filtered by template and status. */
export function SurveysPage() {
  const { t } = useTranslation('surveys');
  const format = useFormat();
  const title = useTitle();
  const waveName = useWaveName();
  const me = useCurrentUser();
  const [params, setParams] = useSearchParams();
  const unit = params.get('unit') ?? '';
  const template = params.get('template') ?? '';
  const status = (params.get('status') ?? '') as WaveStatus | '';
  const page = Math.max(1, Number(params.get('page')) || 1);
  const waves = useWaves({
    unit: unit || undefined,
    template: template || undefined,
    status: status || undefined,
    page,
    pageSize: PAGE_SIZE,
  });
  const templates = useTemplates();
  const myUnits = dataUnits(me);

  function setFilter(key: string, value: string) {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    next.delete('page');
    setParams(next, { replace: true });
  }

  const hrefFor = (p: number) => {
    const next = new URLSearchParams(params);
    next.set('page', String(p));
    return `?${next.toString()}`;
  };
  const unitName =
    waves.data?.items.find((w) => w.unit.code === unit)?.unit.name ??
    myUnits.find((u) => u.code === unit)?.name ??
    unit;

  return (
    <>
      <PageHeader
        title={unit ? t('list.titleUnit', { unit: unitName }) : t('list.title')}
        description={<p>{t('list.intro')}</p>}
        actions={
          <>
            <ButtonLink to={TEMPLATES_PATH}>{t('templates.title')}</ButtonLink>
            {canRunSurveys(me) ? (
              <ButtonLink to={newWavePath(unit || undefined)} variant="primary">
                {t('list.new')}
              </ButtonLink>
            ) : null}
          </>
        }
      />
      <div className="filters form__row" role="group" aria-label={t('list.filters')}>
        {myUnits.length > 0 || unit ? (
          <SelectField
            label={t('fields.unit')}
            name="unit"
            value={unit}
            placeholder={t('list.allUnits')}
            options={[
              ...myUnits,
              ...(unit && !myUnits.some((u) => u.code === unit) ? [{ code: unit, name: unitName }] : []),
            ].map((u) => ({ value: u.code, label: u.name }))}
            onChange={(event) => setFilter('unit', event.target.value)}
          />
        ) : null}
        <SelectField
          label={t('fields.template')}
          name="template"
          value={template}
          placeholder={t('list.allTemplates')}
          options={(templates.data?.items ?? []).map((item) => ({ value: item.id, label: title(item.titles) }))}
          onChange={(event) => setFilter('template', event.target.value)}
        />
        <SelectField
          label={t('fields.status')}
          name="status"
          value={status}
          placeholder={t('list.allStatuses')}
          options={STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) }))}
          onChange={(event) => setFilter('status', event.target.value)}
        />
      </div>
      {waves.isPending ? (
        <Loading />
      ) : waves.isError ? (
        <QueryError error={waves.error} onRetry={() => void waves.refetch()} />
      ) : (
        <>
          <Table caption={t('list.caption', { count: waves.data.total })}>
            <thead>
              <tr>
                <th scope="col">{t('fields.wave')}</th>
                <th scope="col">{t('fields.unit')}</th>
                <th scope="col">{t('fields.period')}</th>
                <th scope="col">{t('fields.status')}</th>
                <th scope="col" className="numeric">
                  {t('fields.responses')}
                </th>
              </tr>
            </thead>
            <tbody>
              {waves.data.items.length === 0 ? (
                <EmptyRow colSpan={5}>{t('list.empty')}</EmptyRow>
              ) : (
                waves.data.items.map((wave) => (
                  <tr key={wave.id}>
                    <th scope="row">
                      <Link to={wavePath(wave.id)}>{waveName(wave)}</Link>
                      <br />
                      <span className="muted">{title(wave.template.titles)}</span> {wave.demo ? <DemoBadge /> : null}
                    </th>
                    <td>
                      <Link to={unitPath(wave.unit.code)}>{wave.unit.name}</Link>
                    </td>
                    <td>
                      {t('list.period', {
                        from: formatWarsaw(wave.opensAt, format.locale),
                        to: formatWarsaw(wave.closesAt, format.locale),
                      })}
                    </td>
                    <td>
                      <WaveStatusBadge status={wave.status} />
                    </td>
                    <td className="numeric">{format.number(wave.responses)}</td>
                  </tr>
                ))
              )}
            </tbody>
          </Table>
          <Pagination
            page={page}
            pageSize={PAGE_SIZE}
            total={waves.data.total}
            hrefFor={hrefFor}
            label={t('list.pagination')}
          />
        </>
      )}
    </>
  );
}
