import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { Loading, QueryError } from '../../../components/async-state';
import { Breadcrumb } from '../../../components/breadcrumb';
import { Card } from '../../../components/card';
import { PageHeader } from '../../../components/page-header';
import { Table } from '../../../components/table';
import { call, client } from '../../../lib/client';
import { useFormat } from '../../../lib/format';
import { unitStrategiesPath } from '../api';

/**
 * The statistical data set of a unit for strategy workshops: every catalogue indicator of its kind
 * over the years it has data for, generated from the value store; the downloads are the
 * benchmarking unit report (PDF with charts, XLSX unrounded) against the 15 nearest neighbours.
 */
export function DataSetPage() {
  const { t, i18n } = useTranslation('strategy-monitoring');
  const { code = '' } = useParams();
  const format = useFormat();
  const lang = i18n.language === 'en' ? 'en' : 'pl';
  const data = useQuery({
    queryKey: ['strategy-monitoring', 'data-set', code],
    queryFn: () => call(client.GET('/api/v1/units/{code}/indicators', { params: { path: { code }, query: {} } })),
  });
  if (data.isPending) return <Loading />;
  if (data.isError) return <QueryError error={data.error} onRetry={() => void data.refetch()} />;
  const { unit, periods, items } = data.data;
  const shown = periods.filter((p) => /^\d{4}$/.test(p)).slice(-10);
  const withData = items.filter((i) => i.values.some((v) => v.value !== null && shown.includes(v.period)));
  const report = (f: 'pdf' | 'xlsx') =>
    `/api/v1/benchmarking/units/${encodeURIComponent(unit.code)}/report?format=${f}&lang=${lang}&peers=${encodeURIComponent(`nn:${unit.code}:15`)}`;
  return (
    <>
      <PageHeader
        before={
          <Breadcrumb
            items={[
              { label: unit.name, to: `/units/${encodeURIComponent(unit.code)}` },
              { label: t('list.title'), to: unitStrategiesPath(unit.code) },
              { label: t('dataSet.title') },
            ]}
          />
        }
        title={t('dataSet.titleOf', { name: unit.name })}
        description={<p>{t('dataSet.intro')}</p>}
      />
      <Card title={t('dataSet.downloads')}>
        <ul className="link-list">
          <li>
            <a href={report('pdf')} download>
              {t('dataSet.pdf')}
            </a>
          </li>
          <li>
            <a href={report('xlsx')} download>
              {t('dataSet.xlsx')}
            </a>
          </li>
        </ul>
      </Card>
      <Card title={t('dataSet.table')}>
        <Table caption={t('dataSet.table')} captionHidden>
          <thead>
            <tr>
              <th scope="col">{t('dataSet.indicator')}</th>
              {shown.map((p) => (
                <th scope="col" className="numeric" key={p}>
                  {p}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {withData.map((i) => (
              <tr key={i.code}>
                <th scope="row">
                  {i.names[lang]}
                  {i.unit ? <span className="field__hint"> [{i.unit}]</span> : null}
                </th>
                {shown.map((p) => {
                  const v = i.values.find((x) => x.period === p)?.value ?? null;
                  return (
                    <td className="numeric" key={p}>
                      {v === null ? '—' : format.number(v, { maximumFractionDigits: i.decimals })}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </Table>
        <p className="field__hint">{t('dataSet.source')}</p>
      </Card>
    </>
  );
}
