import { Suspense, useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Alert } from '../../../components/alert';
import { Loading } from '../../../components/async-state';
import { Breadcrumb } from '../../../components/breadcrumb';
import { Button } from '../../../components/button';
import { Card } from '../../../components/card';
import { TextField } from '../../../components/field';
import { Form, FormActions, FormError } from '../../../components/form';
import { PageHeader } from '../../../components/page-header';
import { Table } from '../../../components/table';
import { useFormat } from '../../../lib/format';
import { PolarityLabel } from '../../indicators';
import { useAllIndicators } from '../../indicators';
import { useLocalized } from '../../../lib/localized';
import {
  useComposite,
  type Aggregation,
  type CompositeRequest,
  type CompositeResult,
  type MissingPolicy,
  type Normalisation,
} from '../api';
import { RankIntervalChart } from '../components/charts-lazy';
import { IndicatorListField, usePickerCounts } from '../components/indicator-list-field';
import { PeerPicker } from '../components/peer-picker';
import { benchmarkingUnitPath } from '../labels';
import { usePeersText } from '../peers';
import { PageButtons } from '../components/page-buttons';

/**
 * A first result without any choice: the rural gminy of Małopolska on four indicators of the
 * shipped GUS BDL extract (own revenue, investment co-financing, population change, old-age
 * dependency). An example to change, not a recommended index.
 */
export const DEFAULT_COMPOSITE: CompositeRequest = {
  peers: 'kind:municipality-rural&voivodeship:12',
  indicators: [
    { code: 'own_revenue_per_capita', weight: 1 },
    { code: 'investment_cofinancing_per_capita', weight: 1 },
    { code: 'population_change_yoy', weight: 1 },
    { code: 'old_age_dependency_ratio', weight: 1 },
  ],
  normalisation: 'min-max',
  aggregation: 'arithmetic',
  missing: 'exclude',
  sensitivity: { draws: 1000, spread: 0.5, seed: 1 },
};

const ROWS = 25;
/** The server's bounds on the number of weight draws. */
const MIN_DRAWS = 10;
const MAX_DRAWS = 5000;

/** Composite-index builder: indicators with weights, normalisation, aggregation, peers; ranks with their sensitivity intervals. */
export function CompositePage() {
  const { t } = useTranslation('benchmarking');
  const [request, setRequest] = useState<CompositeRequest>(DEFAULT_COMPOSITE);
  const composite = useComposite(request);
  return (
    <>
      <PageHeader
        before={
          <Breadcrumb items={[{ to: '/benchmarking', label: t('index.title') }, { label: t('composite.title') }]} />
        }
        title={t('composite.title')}
        description={<p>{t('composite.intro')}</p>}
      />
      <Card title={t('composite.formTitle')}>
        <CompositeForm initial={request} pending={composite.isFetching} error={composite.error} onSubmit={setRequest} />
      </Card>
      {composite.isPending && composite.fetchStatus !== 'idle' ? <Loading label={t('composite.running')} /> : null}
      {composite.data ? (
        <CompositeResults
          key={JSON.stringify(request)}
          request={request}
          result={composite.data}
          stale={composite.isFetching}
        />
      ) : null}
    </>
  );
}

function RadioGroup<T extends string>({
  legend,
  name,
  value,
  options,
  onChange,
}: {
  legend: string;
  name: string;
  value: T;
  options: readonly { value: T; label: string }[];
  onChange: (v: T) => void;
}) {
  return (
    <fieldset className="radio-group">
      <legend>{legend}</legend>
      {options.map((o) => (
        <div key={o.value} className="radio">
          <input
            type="radio"
            id={`${name}-${o.value}`}
            name={name}
            value={o.value}
            checked={value === o.value}
            onChange={() => onChange(o.value)}
          />
          <label htmlFor={`${name}-${o.value}`}>{o.label}</label>
        </div>
      ))}
    </fieldset>
  );
}

function CompositeForm({
  initial,
  pending,
  error,
  onSubmit,
}: {
  initial: CompositeRequest;
  pending: boolean;
  error: unknown;
  onSubmit: (request: CompositeRequest) => void;
}) {
  const { t } = useTranslation('benchmarking');
  const localized = useLocalized();
  const catalogue = useAllIndicators();
  const [codes, setCodes] = useState(initial.indicators.map((i) => i.code));
  const [weights, setWeights] = useState<Record<string, string>>(() =>
    Object.fromEntries(initial.indicators.map((i) => [i.code, String(i.weight ?? 1)])),
  );
  const [normalisation, setNormalisation] = useState<Normalisation>(initial.normalisation);
  const [aggregation, setAggregation] = useState<Aggregation>(initial.aggregation);
  const [missing, setMissing] = useState<MissingPolicy>(initial.missing ?? 'exclude');
  const [draws, setDraws] = useState(String(initial.sensitivity?.draws ?? 1000));
  const [spread, setSpread] = useState(String(Math.round((initial.sensitivity?.spread ?? 0.5) * 100)));
  const [period, setPeriod] = useState(initial.period ?? '');
  const [peers, setPeers] = useState(initial.peers ?? 'all');
  const counts = usePickerCounts(period, peers);
  const [errors, setErrors] = useState<Record<string, string>>({});
  // A neutral indicator has no "better" direction, so it cannot enter a composite (the server refuses it too).
  const polar = useMemo(() => (catalogue.data ?? []).filter((i) => i.polarity !== 'neutral'), [catalogue.data]);
  const names = new Map(polar.map((i) => [i.code, localized(i.names)]));

  function submit() {
    const next: Record<string, string> = {};
    if (codes.length === 0) next.indicators = t('composite.needIndicator');
    const parsed: { code: string; weight: number }[] = [];
    for (const code of codes) {
      const w = Number((weights[code] ?? '1').replace(',', '.'));
      if (!Number.isFinite(w) || w < 0) next[`weight-${code}`] = t('composite.weightError');
      else parsed.push({ code, weight: w });
    }
    if (parsed.length > 0 && parsed.every((p) => p.weight === 0)) next.indicators = t('composite.allZero');
    const drawCount = Number(draws);
    if (!Number.isInteger(drawCount) || (drawCount !== 0 && (drawCount < MIN_DRAWS || drawCount > MAX_DRAWS)))
      next.draws = t('composite.drawsError', { min: MIN_DRAWS, max: MAX_DRAWS });
    const spreadPercent = Number(spread.replace(',', '.'));
    if (!Number.isFinite(spreadPercent) || spreadPercent < 0 || spreadPercent >= 100)
      next.spread = t('composite.spreadError');
    if (period && !/^\d{4}(-(H[12]|Q[1-4]))?$/.test(period)) next.period = t('builder.periodError');
    setErrors(next);
    if (Object.keys(next).length > 0) return;
    onSubmit({
      peers,
      indicators: parsed,
      normalisation,
      aggregation,
      missing,
      ...(period ? { period } : {}),
      // 0 draws = no sensitivity analysis; the seed stays fixed so the same request gives the same intervals.
      ...(drawCount > 0 ? { sensitivity: { draws: drawCount, spread: spreadPercent / 100, seed: 1 } } : {}),
    });
  }

  return (
    <>
      <Form onSubmit={submit} pending={pending} aria-label={t('composite.formTitle')}>
        <IndicatorListField
          counts={counts.counts}
          legend={t('composite.indicators')}
          hint={t('composite.indicatorsHint')}
          error={errors.indicators}
          catalogue={polar}
          value={codes}
          onChange={setCodes}
          addLabel={t('composite.addIndicator')}
          extra={(code) => (
            <TextField
              className="indicator-list__weight"
              label={t('composite.weightFor', { name: names.get(code) ?? code })}
              labelHidden
              name={`weight-${code}`}
              type="number"
              min={0}
              step={0.5}
              inputMode="decimal"
              placeholder={t('composite.weight')}
              value={weights[code] ?? '1'}
              error={errors[`weight-${code}`]}
              onChange={(event) => setWeights((w) => ({ ...w, [code]: event.target.value }))}
            />
          )}
        />
        <div className="form__row">
          <RadioGroup
            legend={t('composite.normalisation')}
            name="normalisation"
            value={normalisation}
            onChange={setNormalisation}
            options={(['min-max', 'z-score'] as const).map((v) => ({
              value: v,
              label: t(`composite.normalisations.${v}`),
            }))}
          />
          <RadioGroup
            legend={t('composite.aggregation')}
            name="aggregation"
            value={aggregation}
            onChange={setAggregation}
            options={(['arithmetic', 'geometric'] as const).map((v) => ({
              value: v,
              label: t(`composite.aggregations.${v}`),
            }))}
          />
          <RadioGroup
            legend={t('composite.missing')}
            name="missing"
            value={missing}
            onChange={setMissing}
            options={(['exclude', 'reweight'] as const).map((v) => ({
              value: v,
              label: t(`composite.missingPolicies.${v}`),
            }))}
          />
        </div>
        <div className="form__row">
          <TextField
            label={t('composite.draws')}
            name="draws"
            type="number"
            min={0}
            max={MAX_DRAWS}
            step={100}
            inputMode="numeric"
            hint={t('composite.drawsHint', { min: MIN_DRAWS, max: MAX_DRAWS })}
            value={draws}
            error={errors.draws}
            onChange={(event) => setDraws(event.target.value)}
          />
          <TextField
            label={t('composite.spread')}
            name="spread"
            type="number"
            min={0}
            max={99}
            step={5}
            inputMode="decimal"
            hint={t('composite.spreadHint')}
            value={spread}
            error={errors.spread}
            onChange={(event) => setSpread(event.target.value)}
          />
          <TextField
            label={t('builder.period')}
            name="period"
            hint={
              counts.failed ? (
                <>
                  {t('builder.periodHint')} <strong>{t('builder.coverageError')}</strong>
                </>
              ) : (
                t('builder.periodHint')
              )
            }
            value={period}
            error={errors.period}
            spellCheck={false}
            onChange={(event) => setPeriod(event.target.value)}
          />
        </div>
        <p>
          {t('builder.peersNow')} <span className="mono">{peers}</span>
        </p>
        <FormError error={error} />
        <FormActions>
          <Button type="submit" variant="primary" busy={pending} busyLabel={t('composite.running')}>
            {t('composite.run')}
          </Button>
        </FormActions>
      </Form>
      <details className="subsection">
        <summary>{t('builder.changePeers')}</summary>
        <PeerPicker key={peers} value={peers} onChange={setPeers} />
      </details>
    </>
  );
}

function CompositeResults({
  request,
  result,
  stale,
}: {
  request: CompositeRequest;
  result: CompositeResult;
  stale: boolean;
}) {
  const { t } = useTranslation('benchmarking');
  const format = useFormat();
  const localized = useLocalized();
  const [page, setPage] = useState(1);
  const peersText = usePeersText(result.peers.spec);
  const pages = Math.max(1, Math.ceil(result.units.length / ROWS));
  const shown = result.units.slice((page - 1) * ROWS, page * ROWS);
  const rank = useCallback((v: number) => format.number(v, { maximumFractionDigits: 1 }), [format]);
  const rows = useMemo(
    () =>
      result.units
        .slice((page - 1) * ROWS, page * ROWS)
        .map((u) => ({ code: u.code, name: u.name, rank: u.rank, interval: u.sensitivity?.rankInterval ?? null })),
    [result.units, page],
  );
  const reweighted = result.units.some((u) => u.coverage < 1);
  const totalWeight = result.indicators.reduce((sum, i) => sum + i.weight, 0);

  return (
    <div className={stale ? 'is-stale' : undefined}>
      <Card title={t('composite.resultTitle')}>
        <p>
          {t('composite.summary', {
            period: result.period,
            peers: peersText,
            count: result.units.length,
            excluded: result.excluded.length,
          })}
        </p>
        <p>
          {t('composite.method', {
            normalisation: t(`composite.normalisations.${request.normalisation}`),
            aggregation: t(`composite.aggregations.${request.aggregation}`),
            missing: t(`composite.missingPolicies.${request.missing ?? 'exclude'}`),
          })}
        </p>
        <Table caption={t('composite.indicatorsCaption')}>
          <thead>
            <tr>
              <th scope="col">{t('composite.indicator')}</th>
              <th scope="col">{t('composite.direction')}</th>
              <th scope="col" className="numeric">
                {t('composite.weightShare')}
              </th>
            </tr>
          </thead>
          <tbody>
            {result.indicators.map((i) => (
              <tr key={i.code}>
                <th scope="row">
                  {localized(i.names)}
                  {i.constant ? <span className="muted"> — {t('composite.constant')}</span> : null}
                </th>
                <td>
                  <PolarityLabel polarity={i.polarity} />
                </td>
                <td className="numeric">
                  {format.number(totalWeight > 0 ? i.weight / totalWeight : 0, {
                    style: 'percent',
                    maximumFractionDigits: 1,
                  })}
                </td>
              </tr>
            ))}
          </tbody>
        </Table>
        {result.units.length === 0 ? (
          <Alert tone="warning" title={t('composite.emptyTitle')}>
            <p>{t('composite.emptyBody')}</p>
          </Alert>
        ) : null}
        {result.excluded.length > 0 ? (
          <details className="subsection">
            <summary>{t('composite.excluded', { count: result.excluded.length })}</summary>
            <ul>
              {result.excluded.map((u) => (
                <li key={u.code}>
                  {u.name}: {t('composite.missingIndicators', { list: u.indicators.join(', ') })}
                </li>
              ))}
            </ul>
          </details>
        ) : null}
      </Card>

      {result.units.length === 0 ? null : (
        <Card title={t('composite.ranksTitle')}>
          {result.sensitivity ? (
            <p>
              {t('composite.intervalExplained', {
                draws: format.number(result.sensitivity.draws),
                spread: format.number(result.sensitivity.spread, { style: 'percent' }),
              })}
            </p>
          ) : (
            <Alert tone="info">
              <p>{t('composite.noSensitivity')}</p>
            </Alert>
          )}
          {rows.length > 0 ? (
            <Suspense fallback={<Loading label={t('charts.loading')} />}>
              <RankIntervalChart
                rows={rows}
                maxRank={result.units.length}
                formatRank={rank}
                ariaLabel={t('composite.chartAria', {
                  from: (page - 1) * ROWS + 1,
                  to: (page - 1) * ROWS + rows.length,
                  count: result.units.length,
                })}
              />
            </Suspense>
          ) : null}
          <ul className="map-legend" aria-label={t('composite.legend')}>
            <li>
              <span className="legend-dot" aria-hidden="true" /> {t('composite.legendRank')}
            </li>
            {result.sensitivity ? (
              <li>
                <span className="map-legend__swatch legend-interval" aria-hidden="true" />{' '}
                {t('composite.legendInterval')}
              </li>
            ) : null}
          </ul>
          <Table caption={t('composite.caption', { period: result.period })}>
            <thead>
              <tr>
                <th scope="col" className="numeric">
                  {t('composite.rank')}
                </th>
                <th scope="col">{t('members.unit')}</th>
                <th scope="col" className="numeric">
                  {t('composite.index')}
                </th>
                {reweighted ? (
                  <th scope="col" className="numeric">
                    {t('composite.coverage')}
                  </th>
                ) : null}
                {result.sensitivity ? (
                  <>
                    <th scope="col" className="numeric">
                      {t('composite.medianRank')}
                    </th>
                    <th scope="col" className="numeric">
                      {t('composite.interval')}
                    </th>
                  </>
                ) : null}
              </tr>
            </thead>
            <tbody>
              {shown.map((u) => (
                <tr key={u.code}>
                  <td className="numeric">{format.number(u.rank)}</td>
                  <th scope="row">
                    <Link to={benchmarkingUnitPath(u.code, { period: result.period })}>{u.name}</Link>{' '}
                    <span className="muted mono">{u.code}</span>
                  </th>
                  <td className="numeric">
                    {format.number(u.index, { minimumFractionDigits: 3, maximumFractionDigits: 3 })}
                  </td>
                  {reweighted ? (
                    <td className="numeric">
                      {format.number(u.coverage, { style: 'percent', maximumFractionDigits: 0 })}
                    </td>
                  ) : null}
                  {result.sensitivity ? (
                    <>
                      <td className="numeric">{u.sensitivity ? rank(u.sensitivity.medianRank) : '—'}</td>
                      <td className="numeric">
                        {u.sensitivity
                          ? `${rank(u.sensitivity.rankInterval[0])}–${rank(u.sensitivity.rankInterval[1])}`
                          : '—'}
                      </td>
                    </>
                  ) : null}
                </tr>
              ))}
            </tbody>
          </Table>
          <PageButtons page={page} pages={pages} setPage={setPage} label={t('composite.pagination')} />
        </Card>
      )}
    </div>
  );
}
