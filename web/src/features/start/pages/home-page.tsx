import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Loading, QueryError } from '../../../components/async-state';
import { ButtonLink } from '../../../components/button';
import { Card } from '../../../components/card';
import { PageHeader } from '../../../components/page-header';
import { Table } from '../../../components/table';
import { useFormat } from '../../../lib/format';
import { useCurrentUser } from '../../../lib/session';
import { useGroups } from '../../groups';
import { StartPanels } from '../components/start-panels';
import { useUnitKinds } from '../../units';
import { UnitMap } from '../../units';
import { COUNTY_KINDS, MUNICIPALITY_KINDS, useKindLabel } from '../../../lib/unit-labels';

function StatText({ value, label }: { value: number | null; label: string }) {
  const format = useFormat();
  return (
    <>
      <span className="stat__value">{value === null ? '…' : format.number(value)}</span>{' '}
      <span className="stat__label">{label}</span>
    </>
  );
}

function UnitCounts() {
  const { t } = useTranslation();
  const format = useFormat();
  const kindLabel = useKindLabel();
  const kinds = useUnitKinds();
  const groups = useGroups({ pageSize: 1 });

  if (kinds.isPending) return <Loading />;
  if (kinds.isError) return <QueryError error={kinds.error} onRetry={() => void kinds.refetch()} />;

  const items = kinds.data.items;
  const sum = (ids: readonly string[]) =>
    items.filter((item) => ids.includes(item.kind)).reduce((total, item) => total + item.count, 0);
  const stat = (key: string, value: number | null, href: string | null) => ({
    label: t(`home.stats.${key}`, { count: value ?? 0 }),
    value,
    href,
  });
  const stats = [
    stat('voivodeships', sum(['voivodeship']), '/units?kind=voivodeship'),
    // Counties and gminy span several kinds, which one filter cannot express; the table below links each kind.
    stat('counties', sum(COUNTY_KINDS), null),
    stat('municipalities', sum(MUNICIPALITY_KINDS), null),
    stat('groups', groups.data?.total ?? null, '/groups'),
  ];

  return (
    <>
      <ul className="stats" aria-label={t('home.stats.label')}>
        {stats.map((stat) => (
          <li key={stat.label} className="stat">
            {stat.href ? (
              <Link to={stat.href} className="stat__body">
                <StatText value={stat.value} label={stat.label} />
              </Link>
            ) : (
              <span className="stat__body">
                <StatText value={stat.value} label={stat.label} />
              </span>
            )}
          </li>
        ))}
      </ul>
      <details className="subsection">
        <summary>{t('home.allKinds')}</summary>
        <Table caption={t('home.kindsCaption')}>
          <thead>
            <tr>
              <th scope="col">{t('units:fields.kind')}</th>
              <th scope="col" className="numeric">
                {t('home.count')}
              </th>
            </tr>
          </thead>
          <tbody>
            {items.map((item) => (
              <tr key={item.kind}>
                <th scope="row">
                  <Link to={`/units?kind=${encodeURIComponent(item.kind)}`}>{kindLabel(item.kind)}</Link>
                </th>
                <td className="numeric">{format.number(item.count)}</td>
              </tr>
            ))}
          </tbody>
        </Table>
      </details>
    </>
  );
}

export function HomePage() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  return (
    <>
      <PageHeader
        title={t('home.title')}
        documentTitle={t('home.documentTitle')}
        description={<p className="lead">{t('home.lead')}</p>}
      />
      <StartPanels />
      <div className="grid grid--2">
        <Card title={t('home.whatTitle')}>
          <p>{t('home.what1')}</p>
          <p>{t('home.what2')}</p>
          <div className="button-row">
            <ButtonLink to="/units" variant="primary">
              {t('home.browseUnits')}
            </ButtonLink>
            <ButtonLink to="/groups">{t('home.browseGroups')}</ButtonLink>
            {/* The public portal is served by the server, not a route of this app: a plain link. */}
            {me ? null : (
              <a className="button button--secondary" href="/portal">
                {t('home.portal')}
              </a>
            )}
          </div>
        </Card>
        <Card title={t('home.registerTitle')}>
          <UnitCounts />
        </Card>
      </div>
      <Card title={t('home.mapTitle')}>
        <UnitMap level="voivodeship" description={t('home.mapDescription')} />
      </Card>
    </>
  );
}
