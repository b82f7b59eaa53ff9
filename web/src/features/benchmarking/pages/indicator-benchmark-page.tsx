import { Suspense, useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { Alert } from '../../../components/alert';
import { Loading, QueryError } from '../../../components/async-state';
import { Breadcrumb } from '../../../components/breadcrumb';
import { Button, ButtonLink } from '../../../components/button';
import { Card } from '../../../components/card';
import { SelectField } from '../../../components/field';
import { NotFoundContent } from '../../../components/not-found';
import { PageHeader } from '../../../components/page-header';
import { Table } from '../../../components/table';
import { isApiError } from '../../../lib/api';
import { useFormat } from '../../../lib/format';
import { useServiceAreaLabel } from '../../../lib/group-labels';
import { PolarityLabel } from '../../indicators';
import { formatValue, indicatorPath } from '../../../lib/indicator-labels';
import { useLocalized } from '../../../lib/localized';
import { UnitPicker } from '../../units';
import { useIndicatorBenchmark, useIndicatorSeries, useUnitBenchmark, type IndicatorBenchmark } from '../api';
import { CLASS_COLOURS, mapClass } from '../classes';
import { BoxPlotChart, DistributionChart, TrendBandChart } from '../components/charts-lazy';
import { Choropleth } from '../components/choropleth';
import { MemberTable } from '../components/member-table';
import { PeerPicker } from '../components/peer-picker';
import { PercentileBar, QuartileLegend } from '../components/position-parts';
import { benchmarkingUnitPath } from '../labels';
import { nearestNeighboursSpec, usePeersText } from '../peers';

/** How many years the trend against the peer group reaches back (one request per year). */
const TREND_YEARS = 10;

/**
 * One indicator across a peer group: the sorted bar chart with the unit highlighted, the box plot,
 * the unit's trend against the peer median and IQR, a choropleth map and the table of members.
 * Unit, period and peer group are in the URL (?unit=&period=&peers=).
 */
export function IndicatorBenchmarkPage() {
  const { code = '' } = useParams();
  const { t } = useTranslation('benchmarking');
  const [params] = useSearchParams();
  const unitCode = params.get('unit') || undefined;
  const peers = params.get('peers') || (unitCode ? nearestNeighboursSpec(unitCode) : undefined);
  const period = params.get('period') || undefined;
  const result = useIndicatorBenchmark(code, { period, peers });

  if (result.isPending) return <Loading label={t('indicator.loading')} />;
  if (result.isError && !result.data) {
    if (isApiError(result.error) && result.error.code === 'INDICATOR_NOT_FOUND')
      return <NotFoundContent message={t('indicator.notFound', { code })} />;
    return (
      <>
        <PageHeader title={t('indicator.titlePlain')} />
        <QueryError error={result.error} onRetry={() => void result.refetch()} />
        <SettingsCard data={null} unitCode={unitCode} peers={peers ?? 'all'} />
      </>
    );
  }
  return (
    <IndicatorView
      data={result.data}
      unitCode={unitCode}
      peersAsked={peers}
      stale={result.isPlaceholderData}
      error={result.isError ? result.error : null}
    />
  );
}

function IndicatorView({
  data,
  unitCode,
  peersAsked,
  stale,
  error,
}: {
  data: IndicatorBenchmark;
  unitCode: string | undefined;
  peersAsked: string | undefined;
  stale: boolean;
  error: unknown;
}) {
  const { t } = useTranslation('benchmarking');
  const format = useFormat();
  const localized = useLocalized();
  const areaLabel = useServiceAreaLabel();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const { indicator, stats, period } = data;
  const name = localized(indicator.names);
  const formatNumber = useCallback(
    (value: number) => formatValue(format.locale, value, indicator.decimals),
    [format.locale, indicator.decimals],
  );
  const member = unitCode ? data.items.find((i) => i.unit.code === unitCode) : undefined;
  const peersText = usePeersText(data.peers.spec, (c) => data.items.find((i) => i.unit.code === c)?.unit.name);

  const bars = useMemo(
    () =>
      data.items
        .filter((i): i is typeof i & { value: number } => i.value !== null)
        .map((i) => ({
          code: i.unit.code,
          name: i.unit.name,
          value: i.value,
          colour: CLASS_COLOURS[mapClass(i.value, i.position, stats)],
        })),
    [data.items, stats],
  );
  const box = useMemo<[number, number, number, number, number] | null>(
    () =>
      stats.min !== null && stats.q1 !== null && stats.median !== null && stats.q3 !== null && stats.max !== null
        ? [stats.min, stats.q1, stats.median, stats.q3, stats.max]
        : null,
    [stats],
  );

  function selectUnit(code: string | null) {
    const next = new URLSearchParams(params);
    if (code) next.set('unit', code);
    else next.delete('unit');
    next.delete('page');
    // A nearest-neighbour group belongs to the unit it was built around.
    if (next.get('peers')?.startsWith('nn:')) next.delete('peers');
    void navigate(`?${next.toString()}`);
  }

  const crumbs = [
    { to: '/benchmarking', label: t('index.title') },
    ...(member ? [{ to: benchmarkingUnitPath(member.unit.code, { period }), label: member.unit.name }] : []),
    { label: name },
  ];

  return (
    <div className={stale ? 'is-stale' : undefined}>
      <PageHeader
        before={<Breadcrumb items={crumbs} />}
        title={name}
        documentTitle={
          member
            ? t('indicator.documentTitleUnit', { name, unit: member.unit.name })
            : t('indicator.documentTitle', { name })
        }
        description={
          <p>
            {areaLabel(indicator.area)} · <PolarityLabel polarity={indicator.polarity} /> ·{' '}
            {t('dashboard.periodLabel', { period })} · {peersText}
          </p>
        }
        actions={
          <ButtonLink to={`${indicatorPath(indicator.code)}${unitCode ? `?unit=${encodeURIComponent(unitCode)}` : ''}`}>
            {t('indicator.definition')}
          </ButtonLink>
        }
      />
      {error ? <QueryError error={error} /> : null}

      <SettingsCard data={data} unitCode={unitCode} peers={peersAsked ?? data.peers.spec} onUnit={selectUnit} />

      {stats.smallGroup ? (
        <Alert tone="warning" title={t('indicator.smallTitle')}>
          <p>{t('indicator.smallBody', { n: stats.n })}</p>
        </Alert>
      ) : null}

      <Card title={t('indicator.summaryTitle')}>
        <SummaryList data={data} />
        {member ? (
          <div className="subsection">
            <h3>{t('indicator.unitPosition', { name: member.unit.name })}</h3>
            <p className="bench-card__value">
              {member.value !== null ? formatNumber(member.value) : t('card.noValue')}{' '}
              <span className="muted">
                {member.value !== null
                  ? format.unitFor(member.value, indicator.unit, indicator.decimals)
                  : indicator.unit}
              </span>
            </p>
            <PercentileBar position={member.position} stats={stats} />
          </div>
        ) : unitCode ? (
          <p className="muted">{t('indicator.unitNotInGroup', { code: unitCode })}</p>
        ) : null}
      </Card>

      <Card title={t('indicator.distributionTitle')}>
        {bars.length === 0 ? (
          <p className="muted">{t('indicator.noValues', { period })}</p>
        ) : (
          <Suspense fallback={<Loading label={t('charts.loading')} />}>
            <DistributionChart
              bars={bars}
              unitCode={unitCode}
              median={stats.median}
              medianLabel={t('charts.median')}
              format={formatNumber}
              ariaLabel={t('charts.distributionAria', {
                name,
                count: bars.length,
                unit: member?.unit.name ?? '',
                context: member ? 'unit' : undefined,
              })}
            />
            <QuartileLegend
              classes={
                indicator.polarity === 'neutral' ? ['n1', 'n2', 'n3', 'n4', 'small'] : ['q1', 'q2', 'q3', 'q4', 'small']
              }
            />
            {box ? (
              <>
                <h3>{t('indicator.boxTitle')}</h3>
                <BoxPlotChart
                  box={box}
                  unitValue={member?.value ?? null}
                  format={formatNumber}
                  ariaLabel={t('charts.boxAria', {
                    min: formatNumber(box[0]),
                    q1: formatNumber(box[1]),
                    median: formatNumber(box[2]),
                    q3: formatNumber(box[3]),
                    max: formatNumber(box[4]),
                  })}
                />
                <p className="muted">{t('indicator.boxHint')}</p>
              </>
            ) : null}
          </Suspense>
        )}
      </Card>

      {unitCode ? (
        <TrendCard
          data={data}
          unitCode={unitCode}
          unitName={member?.unit.name ?? unitCode}
          formatNumber={formatNumber}
        />
      ) : null}

      <Card title={t('map.title')}>
        <Choropleth data={data} unitCode={unitCode} title={t('map.subject', { name, period })} onSelect={selectUnit} />
      </Card>

      <Card title={t('members.title', { count: data.items.length })}>
        <MemberTable
          data={data}
          unitCode={unitCode}
          formatNumber={formatNumber}
          caption={t('members.caption', { name, period, peers: peersText })}
        />
      </Card>
    </div>
  );
}

function SummaryList({ data }: { data: IndicatorBenchmark }) {
  const { t } = useTranslation('benchmarking');
  const format = useFormat();
  const { stats } = data;
  const { unit, decimals } = data.indicator;
  const value = (v: number | null) => (v === null ? '—' : format.measure(v, unit, decimals));
  const entries: [string, string][] = [
    [t('stats.n'), format.number(stats.n)],
    [t('stats.missing'), format.number(stats.missing)],
    [t('stats.min'), value(stats.min)],
    [t('stats.q1'), value(stats.q1)],
    [t('stats.median'), value(stats.median)],
    [t('stats.q3'), value(stats.q3)],
    [t('stats.max'), value(stats.max)],
    [t('stats.mean'), value(stats.mean)],
    [
      t('stats.sd'),
      stats.sd === null
        ? '—'
        : // The spread is in the indicator's unit too ("SD 1 250,4 zł").
          format.measure(stats.sd, unit, { maximumFractionDigits: Math.max(2, decimals) }),
    ],
  ];
  return (
    <dl className="details details--columns">
      {entries.map(([label, text]) => (
        <div key={label}>
          <dt>{label}</dt>
          <dd>{text}</dd>
        </div>
      ))}
    </dl>
  );
}

/** Unit, period and peer group of the view; each change is a new URL. */
function SettingsCard({
  data,
  unitCode,
  peers,
  onUnit,
}: {
  data: IndicatorBenchmark | null;
  unitCode: string | undefined;
  peers: string;
  onUnit?: (code: string | null) => void;
}) {
  const { t } = useTranslation('benchmarking');
  const [params, setParams] = useSearchParams();
  // Years with a value, read from one unit's series (cheap: a group of that unit alone).
  const reference = unitCode ?? data?.items.find((i) => i.value !== null)?.unit.code ?? '';
  const series = useUnitBenchmark(
    reference,
    { period: data?.period, peers: `units:${reference}` },
    !!data && !!reference,
  );
  const trend = series.data?.items.find((i) => i.indicator.code === data?.indicator.code)?.trend ?? [];
  const years = trend
    .filter((p) => p.value !== null)
    .map((p) => p.period)
    .sort()
    .reverse();
  const periods = data && !years.includes(data.period) ? [data.period, ...years] : years;
  const member = data?.items.find((i) => i.unit.code === unitCode);

  function set(name: string, value: string | null) {
    const next = new URLSearchParams(params);
    if (value) next.set(name, value);
    else next.delete(name);
    next.delete('page');
    setParams(next);
  }

  return (
    <Card title={t('indicator.settingsTitle')}>
      <div className="form__row">
        {data && periods.length > 0 ? (
          <SelectField
            label={t('dashboard.period')}
            name="period"
            value={data.period}
            options={periods.map((p) => ({ value: p, label: p }))}
            onChange={(event) => set('period', event.target.value)}
          />
        ) : null}
        <div>
          {unitCode ? (
            <div className="picked">
              <p>
                {t('indicator.unit')} <strong>{member?.unit.name ?? unitCode}</strong>{' '}
                <Link to={benchmarkingUnitPath(unitCode, { period: data?.period })}>{t('indicator.toDashboard')}</Link>
              </p>
              {onUnit ? (
                <Button small onClick={() => onUnit(null)}>
                  {t('indicator.clearUnit')}
                </Button>
              ) : null}
            </div>
          ) : onUnit ? (
            <UnitPicker
              label={t('indicator.pickUnit')}
              actionLabel={t('indicator.chooseUnit')}
              onPick={(unit) => onUnit(unit.code)}
            />
          ) : null}
        </div>
      </div>
      <details className="subsection" open={!data}>
        <summary>{t('dashboard.changePeers')}</summary>
        <PeerPicker
          key={peers}
          value={peers}
          unit={unitCode && member ? { code: unitCode, kind: member.unit.kind } : undefined}
          onChange={(spec) => set('peers', spec)}
        />
      </details>
    </Card>
  );
}

/** The unit's line against the peer median and IQR, one request per year (cached), with the same numbers as a table. */
function TrendCard({
  data,
  unitCode,
  unitName,
  formatNumber,
}: {
  data: IndicatorBenchmark;
  unitCode: string;
  unitName: string;
  formatNumber: (v: number) => string;
}) {
  const { t } = useTranslation('benchmarking');
  const localized = useLocalized();
  const unitSeries = useUnitBenchmark(unitCode, { period: data.period, peers: `units:${unitCode}` });
  const trend = unitSeries.data?.items.find((i) => i.indicator.code === data.indicator.code)?.trend ?? [];
  const years = trend
    .filter((p) => p.value !== null && p.period <= data.period)
    .map((p) => p.period)
    .slice(-TREND_YEARS);
  const groups = useIndicatorSeries(data.indicator.code, data.peers.spec, years);
  const labels = useMemo(() => ({ unit: unitName, median: t('charts.median'), iqr: t('charts.iqr') }), [unitName, t]);
  const ready = groups.every((g) => g.data);
  const computed = years.map((period, i) => {
    const group = groups[i]?.data;
    return {
      period,
      unit: trend.find((p) => p.period === period)?.value ?? null,
      q1: group?.stats.q1 ?? null,
      median: group?.stats.median ?? null,
      q3: group?.stats.q3 ?? null,
    };
  });
  // The chart is rebuilt when its rows change; the signature keeps them the same object between renders.
  const signature = JSON.stringify(computed);
  const rows = useMemo(() => JSON.parse(signature) as typeof computed, [signature]);
  const failed = groups.find((g) => g.isError);
  const name = localized(data.indicator.names);

  return (
    <Card title={t('trend.title', { name: unitName })}>
      {unitSeries.isPending ? (
        <Loading />
      ) : unitSeries.isError ? (
        <QueryError error={unitSeries.error} onRetry={() => void unitSeries.refetch()} />
      ) : years.length < 2 ? (
        <p className="muted">{t('trend.tooShort')}</p>
      ) : failed ? (
        <QueryError error={failed.error} onRetry={() => groups.forEach((g) => void g.refetch())} />
      ) : !ready ? (
        <Loading label={t('trend.loading')} />
      ) : (
        <>
          <Suspense fallback={<Loading label={t('charts.loading')} />}>
            <TrendBandChart
              rows={rows}
              labels={labels}
              format={formatNumber}
              ariaLabel={t('trend.aria', { name, unit: unitName, from: years[0], to: years[years.length - 1] })}
            />
          </Suspense>
          <ul className="map-legend" aria-label={t('trend.legend')}>
            <li>
              <span className="legend-line legend-line--unit" aria-hidden="true" /> {unitName}
            </li>
            <li>
              <span className="legend-line legend-line--median" aria-hidden="true" /> {t('charts.median')}
            </li>
            <li>
              <span className="map-legend__swatch legend-band" aria-hidden="true" /> {t('charts.iqr')}
            </li>
          </ul>
          {data.peers.spec.startsWith('nn:') ? <p className="muted">{t('trend.nnNote')}</p> : null}
          <details className="subsection">
            <summary>{t('trend.tableSummary')}</summary>
            <Table caption={t('trend.caption', { name, unit: unitName })}>
              <thead>
                <tr>
                  <th scope="col">{t('trend.period')}</th>
                  <th scope="col" className="numeric">
                    {unitName}
                  </th>
                  <th scope="col" className="numeric">
                    {t('stats.q1')}
                  </th>
                  <th scope="col" className="numeric">
                    {t('stats.median')}
                  </th>
                  <th scope="col" className="numeric">
                    {t('stats.q3')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => (
                  <tr key={row.period}>
                    <th scope="row">{row.period}</th>
                    {[row.unit, row.q1, row.median, row.q3].map((v, i) => (
                      <td key={i} className="numeric">
                        {v === null ? '—' : formatNumber(v)}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </Table>
          </details>
        </>
      )}
    </Card>
  );
}
