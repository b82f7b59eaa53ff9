import { lazy, Suspense, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { Loading, QueryError } from '../../../components/async-state';
import { Breadcrumb } from '../../../components/breadcrumb';
import { Button } from '../../../components/button';
import { Card } from '../../../components/card';
import { Form, FormActions, FormError } from '../../../components/form';
import { PageHeader } from '../../../components/page-header';
import { EmptyRow, Table } from '../../../components/table';
import { useAnnounce } from '../../../lib/announce';
import { useFormat } from '../../../lib/format';
import { useUnit, useUnitMap } from '../../units';
import { mapTargetFor } from '../../units';
import {
  unitStrategiesPath,
  useImportOrganisations,
  useOrganisations,
  useUpdateOrganisation,
  type Organisations,
} from '../api';

const NgoMapChart = lazy(() => import('../components/ngo-map-chart'));

/** "Mapa aktywności NGO": the unit's organisations on its map, counts by field and area, the register, CSV import. */
export function NgoPage() {
  const { t } = useTranslation('strategy-monitoring');
  const { code = '' } = useParams();
  const list = useOrganisations(code);
  if (list.isPending) return <Loading />;
  if (list.isError) return <QueryError error={list.error} onRetry={() => void list.refetch()} />;
  const data = list.data;
  return (
    <>
      <PageHeader
        before={
          <Breadcrumb
            items={[
              { label: data.unit.name, to: `/units/${encodeURIComponent(data.unit.code)}` },
              { label: t('list.title'), to: unitStrategiesPath(data.unit.code) },
              { label: t('ngo.title') },
            ]}
          />
        }
        title={t('ngo.titleOf', { name: data.unit.name })}
        description={<p>{t('ngo.intro')}</p>}
      />
      <NgoMapCard code={code} data={data} />
      <CountsCard data={data} />
      <RegisterCard data={data} />
      {data.canManage ? <ImportCard code={code} /> : null}
    </>
  );
}

function NgoMapCard({ code, data }: { code: string; data: Organisations }) {
  const { t } = useTranslation('strategy-monitoring');
  const unit = useUnit(code);
  const target = unit.data ? mapTargetFor(unit.data) : null;
  const map = useUnitMap(target?.level ?? 'municipality', target?.within, target !== null);
  const collection = useMemo(() => {
    if (!map.data) return null;
    const own = map.data.features.filter((f) => f.properties.code === code);
    return { ...map.data, features: own.length > 0 ? own : map.data.features };
  }, [map.data, code]);
  const points = data.items
    .filter((o) => o.lat !== null && o.lon !== null)
    .map((o) => ({ name: o.name, lat: o.lat!, lon: o.lon!, cooperates: o.cooperates }));
  return (
    <Card title={t('ngo.map')}>
      <p>{t('ngo.mapHint', { shown: points.length, total: data.items.length })}</p>
      {collection ? (
        <Suspense fallback={<Loading />}>
          <NgoMapChart
            mapName={`ngo-${code}`}
            collection={collection}
            points={points}
            ariaLabel={t('ngo.mapLabel', { name: data.unit.name, count: points.length })}
          />
        </Suspense>
      ) : map.isPending && target !== null ? (
        <Loading />
      ) : (
        <p>{t('ngo.noMap')}</p>
      )}
    </Card>
  );
}

function CountsCard({ data }: { data: Organisations }) {
  const { t } = useTranslation('strategy-monitoring');
  const format = useFormat();
  return (
    <Card title={t('ngo.counts')}>
      <p>{t('ngo.totals', { total: data.summary.total, cooperating: data.summary.cooperating })}</p>
      <div className="grid grid--2">
        <Table caption={t('ngo.byField')}>
          <thead>
            <tr>
              <th scope="col">{t('ngo.field')}</th>
              <th scope="col" className="numeric">
                {t('ngo.count')}
              </th>
            </tr>
          </thead>
          <tbody>
            {data.summary.byField.map((f) => (
              <tr key={f.field}>
                <th scope="row">{t(`fields-of-activity.${f.field}`)}</th>
                <td className="numeric">{format.number(f.count)}</td>
              </tr>
            ))}
          </tbody>
        </Table>
        <Table caption={t('ngo.byArea')}>
          <thead>
            <tr>
              <th scope="col">{t('ngo.area')}</th>
              <th scope="col" className="numeric">
                {t('ngo.count')}
              </th>
            </tr>
          </thead>
          <tbody>
            {data.summary.byArea.length === 0 ? (
              <EmptyRow colSpan={2}>{t('ngo.none')}</EmptyRow>
            ) : (
              data.summary.byArea.map((a) => (
                <tr key={a.area ?? ''}>
                  <th scope="row">{a.area ?? t('ngo.noArea')}</th>
                  <td className="numeric">{format.number(a.count)}</td>
                </tr>
              ))
            )}
          </tbody>
        </Table>
      </div>
    </Card>
  );
}

function RegisterCard({ data }: { data: Organisations }) {
  const { t } = useTranslation('strategy-monitoring');
  const update = useUpdateOrganisation();
  const announce = useAnnounce();
  return (
    <Card title={t('ngo.register')}>
      <Table caption={t('ngo.register')} captionHidden>
        <thead>
          <tr>
            <th scope="col">{t('ngo.name')}</th>
            <th scope="col">{t('ngo.fields')}</th>
            <th scope="col">{t('ngo.area')}</th>
            <th scope="col">{t('ngo.cooperates')}</th>
            <th scope="col">{t('ngo.published')}</th>
          </tr>
        </thead>
        <tbody>
          {data.items.length === 0 ? (
            <EmptyRow colSpan={5}>{t('ngo.none')}</EmptyRow>
          ) : (
            data.items.map((o) => (
              <tr key={o.id}>
                <th scope="row">
                  {o.name}
                  {o.krs ? <span className="field__hint"> · KRS {o.krs}</span> : null}
                </th>
                <td>{o.fields.map((f) => t(`fields-of-activity.${f}`)).join(', ')}</td>
                <td>{o.area ?? '—'}</td>
                <td>{o.cooperates ? t('yes') : t('no')}</td>
                <td>
                  {o.published ? t('yes') : t('no')}{' '}
                  {data.canManage ? (
                    <Button
                      small
                      onClick={() =>
                        update.mutate(
                          { id: o.id, published: !o.published },
                          { onSuccess: () => announce(t('ngo.changed', { name: o.name })) },
                        )
                      }
                    >
                      {o.published ? t('ngo.unpublish', { name: o.name }) : t('ngo.publish', { name: o.name })}
                    </Button>
                  ) : null}
                </td>
              </tr>
            ))
          )}
        </tbody>
      </Table>
    </Card>
  );
}

function ImportCard({ code }: { code: string }) {
  const { t } = useTranslation('strategy-monitoring');
  const announce = useAnnounce();
  const importer = useImportOrganisations(code);
  const [file, setFile] = useState<File | null>(null);
  return (
    <Card title={t('ngo.import')}>
      <p>{t('ngo.importHint')}</p>
      <Form
        onSubmit={() => {
          if (!file) return;
          void file
            .text()
            .then((csv) =>
              importer.mutate(csv, { onSuccess: (r) => announce(t('ngo.imported', { count: r.imported })) }),
            );
        }}
        pending={importer.isPending}
        aria-label={t('ngo.import')}
      >
        <FormError error={importer.error} />
        <div className="field">
          <label htmlFor="ngo-file" className="field__label">
            {t('ngo.file')}
          </label>
          <input
            id="ngo-file"
            className="input"
            type="file"
            accept=".csv,text/csv"
            onChange={(e) => setFile(e.target.files?.[0] ?? null)}
          />
        </div>
        <FormActions>
          <Button type="submit" variant="primary" disabled={!file} busy={importer.isPending}>
            {t('ngo.importSubmit')}
          </Button>
        </FormActions>
      </Form>
      {importer.data ? <p role="status">{t('ngo.imported', { count: importer.data.imported })}</p> : null}
    </Card>
  );
}
