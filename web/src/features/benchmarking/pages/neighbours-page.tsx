import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import { Alert } from '../../../components/alert';
import { Loading, QueryError } from '../../../components/async-state';
import { Breadcrumb } from '../../../components/breadcrumb';
import { Button, ButtonLink } from '../../../components/button';
import { Card } from '../../../components/card';
import { TextField } from '../../../components/field';
import { Form, FormActions } from '../../../components/form';
import { NotFoundContent } from '../../../components/not-found';
import { PageHeader } from '../../../components/page-header';
import { isApiError } from '../../../lib/api';
import { useFormat } from '../../../lib/format';
import { useLocalized } from '../../../lib/localized';
import { unitPath } from '../../../lib/unit-labels';
import { useNeighbours, useUnitBenchmark, type Neighbours } from '../api';
import { ContributionLegend, NeighbourTable, NeighbourValuesTable } from '../components/neighbour-table';
import { NeighboursMethod } from '../components/neighbours-panel';
import { benchmarkingUnitPath } from '../labels';
import { NN_K_DEFAULT, NN_K_MAX, nearestNeighboursSpec } from '../peers';

const MAX_WEIGHT = 10;

/** `population_total:2,own_revenue_per_capita:0` → record; anything unreadable is left out (the server checks again). */
function parseWeights(text: string | null): Record<string, number> {
  const out: Record<string, number> = {};
  for (const part of (text ?? '').split(',')) {
    const [key, raw] = part.split(':');
    const weight = Number(raw);
    if (key && raw !== undefined && Number.isFinite(weight) && weight >= 0) out[key] = weight;
  }
  return out;
}

/** Only weights that differ from the model's default of 1, so the default view has a clean URL. */
function formatWeights(weights: Record<string, number>): string {
  return Object.entries(weights)
    .filter(([, w]) => w !== 1)
    .map(([key, w]) => `${key}:${w}`)
    .join(',');
}

/**
 * The peer picker of nearest neighbours: who they are, how far, and why (each variable's share of
 * the distance, and the values side by side); k and the variables' weights can be changed, and the
 * list can become the dashboard's peer group.
 */
export function NeighboursPage() {
  const { code = '' } = useParams();
  const { t } = useTranslation('benchmarking');
  const [params] = useSearchParams();
  const kAsked = Number(params.get('k'));
  const k = Number.isInteger(kAsked) && kAsked >= 1 && kAsked <= NN_K_MAX ? kAsked : NN_K_DEFAULT;
  const weightsText = params.get('weights') || undefined;
  // Without a period in the URL: the latest year the unit has data (a group of the unit alone is cheap).
  const periodAsked = params.get('period') || undefined;
  const latest = useUnitBenchmark(code, { peers: `units:${code}` }, !periodAsked);
  const period = periodAsked ?? latest.data?.period;
  const neighbours = useNeighbours(code, { k, weights: weightsText, period }, !!period);

  const error = latest.error ?? neighbours.error;
  if (error && !neighbours.data) {
    if (isApiError(error) && error.code === 'UNIT_NOT_FOUND')
      return <NotFoundContent message={t('dashboard.notFound', { code })} />;
    return (
      <>
        <PageHeader title={t('neighbours.titlePlain')} />
        <QueryError error={error} onRetry={() => void (latest.isError ? latest.refetch() : neighbours.refetch())} />
      </>
    );
  }
  if (!neighbours.data) return <Loading label={t('neighbours.loading')} />;
  return <NeighboursView data={neighbours.data} k={k} weightsText={weightsText} stale={neighbours.isPlaceholderData} />;
}

function NeighboursView({
  data,
  k,
  weightsText,
  stale,
}: {
  data: Neighbours;
  k: number;
  weightsText: string | undefined;
  stale: boolean;
}) {
  const { t } = useTranslation('benchmarking');
  const { unit, period } = data;
  const custom = !!weightsText;
  // Custom weights cannot be written as nn:CODE:K (the spec has no weights), so the list itself is used.
  const spec = custom
    ? `units:${[unit.code, ...data.neighbours.map((n) => n.code)].join(',')}`
    : nearestNeighboursSpec(unit.code, k);
  const dashboardPeers = spec === nearestNeighboursSpec(unit.code) ? undefined : spec;

  return (
    <div className={stale ? 'is-stale' : undefined}>
      <PageHeader
        before={
          <Breadcrumb
            items={[
              { to: '/benchmarking', label: t('index.title') },
              { to: unitPath(unit.code), label: unit.name },
              { to: benchmarkingUnitPath(unit.code, { period }), label: t('dashboard.crumb') },
              { label: t('neighbours.crumb') },
            ]}
          />
        }
        title={t('neighbours.title', { name: unit.name })}
        description={<p>{t('neighbours.intro')}</p>}
        actions={
          <ButtonLink variant="primary" to={benchmarkingUnitPath(unit.code, { period, peers: dashboardPeers })}>
            {t('neighbours.usePeers')}
          </ButtonLink>
        }
      />

      <Card title={t('neighbours.settingsTitle')}>
        <NeighboursMethod data={data} />
        <WeightsForm key={`${k}|${weightsText ?? ''}`} data={data} k={k} />
        {custom ? (
          <Alert tone="info">
            <p>{t('neighbours.customNote')}</p>
          </Alert>
        ) : null}
      </Card>

      <Card title={t('neighbours.listTitle', { count: data.neighbours.length })}>
        <ContributionLegend data={data} />
        <NeighbourTable
          data={data}
          period={period}
          caption={t('neighbours.caption', { name: unit.name, count: data.neighbours.length, period })}
        />
        <p className="muted">{t('neighbours.distanceHint')}</p>
      </Card>

      <Card title={t('neighbours.valuesTitle')}>
        <NeighbourValuesTable data={data} caption={t('neighbours.valuesCaption', { name: unit.name, period })} />
      </Card>
    </div>
  );
}

/** k and one weight per variable; applying writes them to the URL, which re-queries the list. */
function WeightsForm({ data, k }: { data: Neighbours; k: number }) {
  const { t } = useTranslation('benchmarking');
  const format = useFormat();
  const localized = useLocalized();
  const [params, setParams] = useSearchParams();
  const [count, setCount] = useState(String(k));
  const [weights, setWeights] = useState<Record<string, string>>(() =>
    Object.fromEntries(data.variables.map((v) => [v.key, String(data.weights[v.key] ?? 1)])),
  );
  const [errors, setErrors] = useState<Record<string, string>>({});

  function apply() {
    const next: Record<string, string> = {};
    const kValue = Number(count);
    if (!Number.isInteger(kValue) || kValue < 1 || kValue > NN_K_MAX)
      next.k = t('neighbours.kError', { max: NN_K_MAX });
    const parsed: Record<string, number> = {};
    for (const v of data.variables) {
      const w = Number((weights[v.key] ?? '').replace(',', '.'));
      if (!Number.isFinite(w) || w < 0 || w > MAX_WEIGHT)
        next[v.key] = t('neighbours.weightError', { max: MAX_WEIGHT });
      else parsed[v.key] = w;
    }
    if (Object.keys(next).length === 0 && Object.values(parsed).every((w) => w === 0))
      next.all = t('neighbours.allZero');
    setErrors(next);
    if (Object.keys(next).length > 0) return;
    const search = new URLSearchParams(params);
    search.set('period', data.period);
    if (kValue === NN_K_DEFAULT) search.delete('k');
    else search.set('k', String(kValue));
    const text = formatWeights(parsed);
    if (text) search.set('weights', text);
    else search.delete('weights');
    setParams(search);
  }

  function reset() {
    const search = new URLSearchParams(params);
    search.delete('weights');
    search.delete('k');
    setParams(search);
  }

  // Whether anything differs from the defaults (then a reset is offered).
  const current = parseWeights(params.get('weights'));
  const changed = Object.keys(current).length > 0 || k !== NN_K_DEFAULT;

  return (
    <Form onSubmit={apply} aria-label={t('neighbours.formLabel')} className="weights-form">
      <TextField
        label={t('peers.k')}
        name="k"
        className="bench-narrow"
        type="number"
        min={1}
        max={NN_K_MAX}
        step={1}
        inputMode="numeric"
        hint={t('peers.kHint', { max: NN_K_MAX })}
        value={count}
        error={errors.k}
        onChange={(event) => setCount(event.target.value)}
      />
      <fieldset className="form-subsection">
        <legend>{t('neighbours.weights')}</legend>
        <p className="field__hint">{t('neighbours.weightsHint')}</p>
        <div className="form__row">
          {data.variables.map((v) => (
            <TextField
              key={v.key}
              label={localized(v.names)}
              name={`weight-${v.key}`}
              type="number"
              min={0}
              max={MAX_WEIGHT}
              step={0.5}
              inputMode="decimal"
              hint={v.transform === 'log' ? t('neighbours.logHint') : undefined}
              value={weights[v.key] ?? '1'}
              error={errors[v.key]}
              onChange={(event) => setWeights((w) => ({ ...w, [v.key]: event.target.value }))}
            />
          ))}
        </div>
        {errors.all ? <p className="field__error">{errors.all}</p> : null}
      </fieldset>
      <FormActions>
        <Button type="submit" variant="primary">
          {t('neighbours.recalculate')}
        </Button>
        {changed ? <Button onClick={reset}>{t('neighbours.reset')}</Button> : null}
        <span className="muted">
          {t('neighbours.currentWeights', {
            weights: data.variables
              .map((v) => `${localized(v.names)} ${format.number(data.weights[v.key] ?? 1)}`)
              .join(', '),
          })}
        </span>
      </FormActions>
    </Form>
  );
}
