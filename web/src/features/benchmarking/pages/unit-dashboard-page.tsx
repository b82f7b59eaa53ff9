import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { Alert } from '../../../components/alert';
import { Loading, QueryError } from '../../../components/async-state';
import { Breadcrumb } from '../../../components/breadcrumb';
import { Card } from '../../../components/card';
import { SelectField } from '../../../components/field';
import { NotFoundContent } from '../../../components/not-found';
import { PageHeader } from '../../../components/page-header';
import { isApiError } from '../../../lib/api';
import { useFormat } from '../../../lib/format';
import { SERVICE_AREAS } from '../../groups';
import { useServiceAreaLabel } from '../../../lib/group-labels';
import { useLocalized } from '../../../lib/localized';
import { unitPath, useKindLabel } from '../../../lib/unit-labels';
import { unitReportUrl, useUnitBenchmark, type UnitBenchmark, type UnitBenchmarkItem } from '../api';
import { IndicatorCard } from '../components/indicator-card';
import { NeighboursPanel } from '../components/neighbours-panel';
import { PeerPicker } from '../components/peer-picker';
import { QuartileLegend } from '../components/position-parts';
import { indicatorBenchmarkPath } from '../labels';
import { nearestNeighboursSpec, parsePeerSpec, usePeersText } from '../peers';

/** The nearest-neighbour term of a spec that is exactly `nn:CODE:K` for this unit, else null. */
function nearestNeighbourK(spec: string, code: string): number | null {
  const parsed = parsePeerSpec(spec);
  if (!parsed.ok || parsed.spec.terms.length !== 1) return null;
  const term = parsed.spec.terms[0]!;
  return term.type === 'nn' && term.code === code ? term.k : null;
}

/**
 * A unit's benchmarking dashboard: every indicator of its kind against a peer group (by default
 * its 15 nearest neighbours, with the explanation), grouped by service area. Period and peer group
 * live in the URL, so a view can be shared.
 */
export function UnitDashboardPage() {
  const { code = '' } = useParams();
  const { t } = useTranslation('benchmarking');
  const [params] = useSearchParams();
  const peers = params.get('peers') || nearestNeighboursSpec(code);
  const period = params.get('period') || undefined;
  const dashboard = useUnitBenchmark(code, { period, peers });

  if (dashboard.isPending) return <Loading label={t('dashboard.loading')} />;
  if (dashboard.isError && !dashboard.data) {
    if (isApiError(dashboard.error) && dashboard.error.code === 'UNIT_NOT_FOUND')
      return <NotFoundContent message={t('dashboard.notFound', { code })} />;
    if (isApiError(dashboard.error) && dashboard.error.code === 'PERIOD_NOT_FOUND' && !period) {
      return (
        <>
          <PageHeader title={t('dashboard.titlePlain')} />
          <Alert tone="info" title={t('dashboard.noDataTitle')}>
            <p>{t('dashboard.noDataBody', { code })}</p>
            <p>
              <Link to={unitPath(code)}>{t('dashboard.toUnit')}</Link>
            </p>
          </Alert>
        </>
      );
    }
    return (
      <>
        <PageHeader title={t('dashboard.titlePlain')} />
        <QueryError error={dashboard.error} onRetry={() => void dashboard.refetch()} />
        <DashboardPeerCard data={null} code={code} peers={peers} />
      </>
    );
  }
  return (
    <DashboardView
      data={dashboard.data}
      peersAsked={peers}
      stale={dashboard.isPlaceholderData}
      error={dashboard.isError ? dashboard.error : null}
    />
  );
}

function DashboardView({
  data,
  peersAsked,
  stale,
  error,
}: {
  data: UnitBenchmark;
  peersAsked: string;
  stale: boolean;
  error: unknown;
}) {
  const { t, i18n } = useTranslation('benchmarking');
  const format = useFormat();
  const kindLabel = useKindLabel();
  const areaLabel = useServiceAreaLabel();
  const localized = useLocalized();
  const idPrefix = useId();
  const { unit, period } = data;
  const k = nearestNeighbourK(data.peers.spec, unit.code);
  const describedPeers = usePeersText(data.peers.spec, (code) => (code === unit.code ? unit.name : undefined));

  const areas = [
    ...SERVICE_AREAS,
    ...new Set(
      data.items.map((i) => i.indicator.area).filter((a) => !(SERVICE_AREAS as readonly string[]).includes(a)),
    ),
  ];
  const byName = (a: UnitBenchmarkItem, b: UnitBenchmarkItem) =>
    localized(a.indicator.names).localeCompare(localized(b.indicator.names), format.locale);
  const groups = areas
    .map((area) => {
      const inArea = data.items.filter((i) => i.indicator.area === area).sort(byName);
      return { area, valued: inArea.filter((i) => i.value !== null), empty: inArea.filter((i) => i.value === null) };
    })
    .filter((g) => g.valued.length + g.empty.length > 0);
  const valued = data.items.filter((i) => i.value !== null).length;

  return (
    <div className={stale ? 'is-stale' : undefined}>
      <PageHeader
        before={
          <Breadcrumb
            items={[
              { to: '/benchmarking', label: t('index.title') },
              { to: unitPath(unit.code), label: unit.name },
              { label: t('dashboard.crumb') },
            ]}
          />
        }
        title={t('dashboard.title', { name: unit.name })}
        documentTitle={t('dashboard.documentTitle', { name: unit.name, period })}
        description={
          <p className="unit-subtitle">
            {kindLabel(unit.kind)} · <span className="mono">{unit.code}</span> ·{' '}
            {t('dashboard.periodLabel', { period })} · {describedPeers}
          </p>
        }
        actions={
          <div className="button-row">
            {(['pdf', 'xlsx'] as const).map((type) => (
              <a
                key={type}
                className="button button--secondary"
                href={unitReportUrl(unit.code, {
                  period,
                  peers: data.peers.spec,
                  format: type,
                  lang: i18n.resolvedLanguage === 'en' ? 'en' : 'pl',
                })}
                download
              >
                {t(`dashboard.download.${type}`)}
              </a>
            ))}
          </div>
        }
      />

      {error ? <QueryError error={error} /> : null}

      <DashboardPeerCard data={data} code={unit.code} peers={peersAsked} />

      {data.peers.count < 5 ? (
        <Alert tone="warning" title={t('dashboard.smallPeersTitle')}>
          <p>{t('dashboard.smallPeersBody', { count: data.peers.count })}</p>
        </Alert>
      ) : null}

      {k !== null ? <NeighboursPanel code={unit.code} k={k} period={period} /> : null}

      <Card title={t('dashboard.indicatorsTitle')}>
        <p>{t('dashboard.summary', { count: data.items.length, valued, period })}</p>
        <QuartileLegend />
        {valued === 0 ? <p className="muted">{t('dashboard.noValues', { period })}</p> : null}
      </Card>

      {groups
        .filter((group) => group.valued.length > 0)
        .map((group) => (
          <section key={group.area} className="card bench-area" aria-labelledby={`${idPrefix}-${group.area}`}>
            <h2 id={`${idPrefix}-${group.area}`} className="card__title">
              {areaLabel(group.area)}
            </h2>
            <ul className="bench-cards">
              {group.valued.map((item) => (
                <IndicatorCard
                  key={item.indicator.code}
                  item={item}
                  unitCode={unit.code}
                  period={period}
                  peers={data.peers}
                />
              ))}
            </ul>
            {group.empty.length > 0 ? (
              <WithoutValue items={group.empty} unitCode={unit.code} period={period} peers={data.peers.spec} />
            ) : null}
          </section>
        ))}

      {groups.some((group) => group.valued.length === 0) ? (
        <Card title={t('dashboard.emptyAreasTitle', { period })}>
          <p className="muted">{t('dashboard.emptyAreasText')}</p>
          {groups
            .filter((group) => group.valued.length === 0)
            .map((group) => (
              <div key={group.area} className="bench-empty-area" data-area={group.area}>
                <h3>{areaLabel(group.area)}</h3>
                {/* Why the area is empty: nobody has data yet, or only this unit lacks a value this year. */}
                <p className="muted">
                  {group.empty.every((i) => i.defaultPeriod === null)
                    ? t('dashboard.areaNoCatalogueData')
                    : t('dashboard.areaNoUnitValue', { period })}
                </p>
                <WithoutValue items={group.empty} unitCode={unit.code} period={period} peers={data.peers.spec} />
              </div>
            ))}
        </Card>
      ) : null}
    </div>
  );
}

/** Indicators the unit has no value for, behind a disclosure; each still links to its comparison. */
function WithoutValue({
  items,
  unitCode,
  period,
  peers,
}: {
  items: UnitBenchmarkItem[];
  unitCode: string;
  period: string;
  peers: string;
}) {
  const { t } = useTranslation('benchmarking');
  const localized = useLocalized();
  return (
    <details className="unit-indicators__missing">
      <summary>{t('dashboard.withoutValue', { count: items.length })}</summary>
      <ul>
        {items.map((item) => (
          <li key={item.indicator.code}>
            <Link to={indicatorBenchmarkPath(item.indicator.code, { unit: unitCode, period, peers })}>
              {localized(item.indicator.names)}
            </Link>
            {item.stats.n > 0 ? (
              <span className="muted"> — {t('dashboard.peersHave', { count: item.stats.n })}</span>
            ) : item.defaultPeriod === null ? (
              <span className="muted"> — {t('dashboard.noCatalogueData')}</span>
            ) : null}
            {item.latestPeriod !== null && item.latestPeriod !== period ? (
              <span className="muted">
                {' '}
                (
                <Link
                  to={`?${new URLSearchParams({ ...(peers ? { peers } : {}), period: item.latestPeriod }).toString()}`}
                >
                  {t('dashboard.latestValue', { period: item.latestPeriod })}
                </Link>
                )
              </span>
            ) : null}
          </li>
        ))}
      </ul>
    </details>
  );
}

/** Period and peer group of the dashboard; both are written to the URL. */
function DashboardPeerCard({ data, code, peers }: { data: UnitBenchmark | null; code: string; peers: string }) {
  const { t } = useTranslation('benchmarking');
  const [params, setParams] = useSearchParams();
  const described = usePeersText(data?.peers.spec ?? peers, (c) =>
    c === data?.unit.code ? data.unit.name : undefined,
  );
  const population = data?.items.find((i) => i.indicator.code === 'population_total')?.value ?? null;
  const periods = data ? [...data.periods].reverse() : [];
  const chosen = data?.periods.find((p) => p.period === data.period);

  function set(name: string, value: string | null) {
    const next = new URLSearchParams(params);
    if (value) next.set(name, value);
    else next.delete(name);
    setParams(next, { replace: false });
  }

  return (
    <Card title={t('dashboard.peersTitle')}>
      {data ? (
        <p>
          {t('dashboard.peersSummary', { count: data.peers.count, description: described, period: data.period })}{' '}
          <span className="muted mono">{data.peers.spec}</span>
        </p>
      ) : null}
      {data ? (
        <p className="bench-period-choice">
          {t(data.periodChoice === 'asked' ? 'dashboard.periodChoiceAsked' : 'dashboard.periodChoiceMost', {
            period: data.period,
            count: chosen?.indicators ?? 0,
            of: chosen?.of ?? data.items.length,
          })}
        </p>
      ) : null}
      {periods.length > 0 ? (
        <SelectField
          label={t('dashboard.period')}
          name="period"
          className="bench-period"
          value={data!.period}
          options={[
            ...(chosen ? [] : [{ value: data!.period, label: data!.period }]),
            ...periods.map((p) => ({
              value: p.period,
              label: t('dashboard.periodOption', { period: p.period, count: p.indicators, of: p.of }),
            })),
          ]}
          onChange={(event) => set('period', event.target.value)}
        />
      ) : null}
      <details className="subsection" open={!data}>
        <summary>{t('dashboard.changePeers')}</summary>
        <PeerPicker
          key={peers}
          value={peers}
          unit={{ code, kind: data?.unit.kind ?? 'municipality-rural', population }}
          onChange={(spec) => set('peers', spec === nearestNeighboursSpec(code) ? null : spec)}
        />
      </details>
    </Card>
  );
}
