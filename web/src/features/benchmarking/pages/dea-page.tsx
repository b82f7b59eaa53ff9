import { Suspense, useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Alert } from '../../../components/alert';
import { Loading } from '../../../components/async-state';
import { Badge } from '../../../components/badge';
import { Breadcrumb } from '../../../components/breadcrumb';
import { Button } from '../../../components/button';
import { Card } from '../../../components/card';
import { CheckboxField, SelectField, TextField } from '../../../components/field';
import { Form, FormActions, FormError } from '../../../components/form';
import { PageHeader } from '../../../components/page-header';
import { Table } from '../../../components/table';
import { useFormat } from '../../../lib/format';
import { bccFrontier, ccrFrontier } from '../../../../../domain/benchmarking/frontier';
import { DEA_NO_PRESET, DEA_PRESETS, type DeaPreset } from '../../../../../domain/benchmarking/dea-presets';
import { useAllIndicators } from '../../indicators';
import { useLocalized } from '../../../lib/localized';
import { useDea, type DeaModel, type DeaOrientation, type DeaRequest, type DeaResult } from '../api';
import { DeaScatterChart } from '../components/charts-lazy';
import { IndicatorListField, usePickerCounts, type PickerCounts } from '../components/indicator-list-field';
import { useServiceAreaLabel } from '../../../lib/group-labels';
import { PeerPicker } from '../components/peer-picker';
import { benchmarkingUnitPath } from '../labels';
import { usePeersText } from '../peers';
import { PageButtons } from '../components/page-buttons';

const PAGE = 25;
/** The server takes at most this many inputs and as many outputs. */
const MAX_COLUMNS = 5;

/**
 * DEA over catalogue indicators: the form (inputs, outputs, model, orientation, peer group,
 * period) with ready-made models per service area (domain/benchmarking/dea-presets.ts), the
 * scores with peers to learn from and targets, and a scatter of one input against one output
 * with the frontier. Nothing runs before the user asks: a model is a choice, not a default.
 */
export function DeaPage() {
  const { t } = useTranslation('benchmarking');
  const [request, setRequest] = useState<DeaRequest | null>(null);
  const dea = useDea(request);
  // The last result that succeeded stays on screen when a new run is refused (e.g. an indicator
  // without data), marked as the previous run's, until a new run succeeds.
  const [shown, setShown] = useState<{ request: DeaRequest; result: DeaResult } | null>(null);
  if (dea.data && request && shown?.result !== dea.data) setShown({ request, result: dea.data });
  const previous = !dea.data && dea.isError && shown !== null;

  return (
    <>
      <PageHeader
        before={<Breadcrumb items={[{ to: '/benchmarking', label: t('index.title') }, { label: t('dea.title') }]} />}
        title={t('dea.title')}
        description={<p>{t('dea.intro')}</p>}
      />
      <Card title={t('dea.formTitle')}>
        <DeaForm pending={dea.isFetching} error={dea.error} onSubmit={setRequest} />
      </Card>
      {request === null ? <p className="muted">{t('dea.chooseFirst')}</p> : null}
      {dea.isPending && dea.fetchStatus !== 'idle' ? <Loading label={t('dea.running')} /> : null}
      {previous ? (
        <p className="muted" role="status">
          {t('dea.previousResult')}
        </p>
      ) : null}
      {dea.data || previous ? (
        <DeaResults
          key={JSON.stringify(dea.data ? request : shown!.request)}
          result={dea.data ?? shown!.result}
          stale={dea.isFetching || previous}
        />
      ) : null}
    </>
  );
}

function DeaForm({
  pending,
  error,
  onSubmit,
}: {
  pending: boolean;
  error: unknown;
  onSubmit: (request: DeaRequest) => void;
}) {
  const { t } = useTranslation('benchmarking');
  const catalogue = useAllIndicators();
  const [inputs, setInputs] = useState<readonly string[]>([]);
  const [outputs, setOutputs] = useState<readonly string[]>([]);
  const [model, setModel] = useState<DeaModel>('bcc');
  const [orientation, setOrientation] = useState<DeaOrientation>('input');
  const [superEfficiency, setSuperEfficiency] = useState(false);
  const [period, setPeriod] = useState('');
  const [peers, setPeers] = useState('all');
  const counts = usePickerCounts(period, peers);
  const [errors, setErrors] = useState<Record<string, string>>({});

  function applyPreset(preset: DeaPreset) {
    setInputs(preset.inputs);
    setOutputs(preset.outputs);
    setModel(preset.model);
    setOrientation(preset.orientation);
    setErrors({});
  }

  function submit() {
    const next: Record<string, string> = {};
    if (inputs.length === 0) next.inputs = t('dea.needInput');
    if (outputs.length === 0) next.outputs = t('dea.needOutput');
    if (period && !/^\d{4}(-(H[12]|Q[1-4]))?$/.test(period)) next.period = t('builder.periodError');
    setErrors(next);
    if (Object.keys(next).length > 0) return;
    onSubmit({
      model,
      orientation,
      superEfficiency,
      peers,
      inputs: [...inputs],
      outputs: [...outputs],
      ...(period ? { period } : {}),
    });
  }

  const indicators = catalogue.data ?? [];
  return (
    <>
      <Form onSubmit={submit} pending={pending} aria-label={t('dea.formTitle')}>
        <PresetPicker counts={counts.counts} onUse={applyPreset} />
        <div className="grid grid--2">
          <IndicatorListField
            counts={counts.counts}
            legend={t('dea.inputs')}
            hint={t('dea.inputsHint')}
            error={errors.inputs}
            catalogue={indicators}
            value={inputs}
            unavailable={outputs}
            max={MAX_COLUMNS}
            onChange={setInputs}
            addLabel={t('dea.addInput')}
          />
          <IndicatorListField
            counts={counts.counts}
            legend={t('dea.outputs')}
            hint={t('dea.outputsHint')}
            error={errors.outputs}
            catalogue={indicators}
            value={outputs}
            unavailable={inputs}
            max={MAX_COLUMNS}
            onChange={setOutputs}
            addLabel={t('dea.addOutput')}
          />
        </div>
        <div className="form__row">
          <fieldset className="radio-group">
            <legend>{t('dea.model')}</legend>
            {(['ccr', 'bcc'] as const).map((m) => (
              <div key={m} className="radio">
                <input
                  type="radio"
                  id={`dea-model-${m}`}
                  name="model"
                  value={m}
                  checked={model === m}
                  onChange={() => setModel(m)}
                />
                <label htmlFor={`dea-model-${m}`}>{t(`dea.models.${m}`)}</label>
              </div>
            ))}
          </fieldset>
          <fieldset className="radio-group">
            <legend>{t('dea.orientation')}</legend>
            {(['input', 'output'] as const).map((o) => (
              <div key={o} className="radio">
                <input
                  type="radio"
                  id={`dea-orientation-${o}`}
                  name="orientation"
                  value={o}
                  checked={orientation === o}
                  onChange={() => setOrientation(o)}
                />
                <label htmlFor={`dea-orientation-${o}`}>{t(`dea.orientations.${o}`)}</label>
              </div>
            ))}
          </fieldset>
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
        <CheckboxField
          label={t('dea.superEfficiency')}
          hint={t('dea.superEfficiencyHint')}
          checked={superEfficiency}
          onChange={(event) => setSuperEfficiency(event.target.checked)}
        />
        <p>
          {t('builder.peersNow')} <span className="mono">{peers}</span>
        </p>
        <FormError error={error} />
        <FormActions>
          <Button type="submit" variant="primary" busy={pending} busyLabel={t('dea.running')}>
            {t('dea.run')}
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

/** The preset models with their coverage for the period and peers; one with an indicator without data cannot be chosen. */
function PresetPicker({ counts, onUse }: { counts: PickerCounts | undefined; onUse: (preset: DeaPreset) => void }) {
  const { t } = useTranslation('benchmarking');
  const format = useFormat();
  const localized = useLocalized();
  const areaLabel = useServiceAreaLabel();
  const [chosen, setChosen] = useState('');
  const preset = DEA_PRESETS.find((p) => p.id === chosen);
  /** The fewest units with a value among the model's indicators (0 when one has none), undefined while counting. */
  const coverage = (p: DeaPreset) => {
    if (!counts) return undefined;
    return Math.min(
      ...[...p.inputs, ...p.outputs].map((code) => {
        const c = counts(code);
        return c && c.period !== null ? c.units : 0;
      }),
    );
  };
  const options = DEA_PRESETS.map((p) => {
    const units = coverage(p);
    const note =
      units === undefined
        ? ''
        : units === 0
          ? ` — ${t('dea.presetNoData')}`
          : ` — ${t('dea.presetWithData', { count: units, formatted: format.number(units) })}`;
    return { value: p.id, label: `${localized(p.names)}${note}`, disabled: units === 0 };
  });
  return (
    <div className="form-subsection">
      <div className="form__row">
        <SelectField
          label={t('dea.preset')}
          placeholder={t('dea.presetPlaceholder')}
          hint={preset ? localized(preset.explanation) : t('dea.presetHint')}
          options={options}
          value={chosen}
          onChange={(event) => setChosen(event.target.value)}
        />
        <Button disabled={!preset || coverage(preset) === 0} onClick={() => preset && onUse(preset)}>
          {t('dea.usePreset')}
        </Button>
      </div>
      <p className="muted">
        {t('dea.noPreset', {
          areas: DEA_NO_PRESET.map((n) => `${areaLabel(n.area)} (${localized(n.reason)})`).join('; '),
        })}
      </p>
    </div>
  );
}

function DeaResults({ result, stale }: { result: DeaResult; stale: boolean }) {
  const { t } = useTranslation('benchmarking');
  const format = useFormat();
  const localized = useLocalized();
  const [sortBest, setSortBest] = useState(true);
  const [page, setPage] = useState(1);
  const peersText = usePeersText(result.peers.spec);
  const [axisX, setAxisX] = useState(0);
  const [axisY, setAxisY] = useState(0);
  const score = useCallback(
    (v: number) => format.number(v, { minimumFractionDigits: 3, maximumFractionDigits: 3 }),
    [format],
  );
  const number = useCallback(
    (v: number) => format.number(v, { maximumFractionDigits: Math.abs(v) >= 100 ? 0 : 2 }),
    [format],
  );
  const efficientCount = result.units.filter((u) => u.efficient).length;
  // Best first: the highest θ under input orientation, the lowest φ under output orientation.
  const better = result.orientation === 'input' ? -1 : 1;
  const units = [...result.units].sort(
    (a, b) => (sortBest ? better : -better) * (a.score - b.score) || a.name.localeCompare(b.name, format.locale),
  );
  const shown = units.slice((page - 1) * PAGE, page * PAGE);
  const pages = Math.max(1, Math.ceil(units.length / PAGE));

  const x = result.inputs[axisX];
  const y = result.outputs[axisY];
  const points = useMemo(
    () =>
      result.units.map((u) => ({
        code: u.code,
        name: u.name,
        x: u.values.inputs[axisX]!,
        y: u.values.outputs[axisY]!,
        efficient: u.efficient,
      })),
    [result.units, axisX, axisY],
  );
  const frontier = useMemo(() => {
    const efficient = points.filter((p) => p.efficient);
    return result.model === 'ccr' ? ccrFrontier(efficient) : bccFrontier(efficient);
  }, [points, result.model]);
  const axes = useMemo(
    () => ({ x: x ? `${localized(x.names)} (${x.unit})` : '', y: y ? `${localized(y.names)} (${y.unit})` : '' }),
    [x, y, localized],
  );
  const oneByOne = result.inputs.length === 1 && result.outputs.length === 1;
  const hasSuper = result.units.some((u) => u.superEfficiency !== null);

  return (
    <div className={stale ? 'is-stale' : undefined}>
      <Card title={t('dea.resultTitle')}>
        <p>
          {t('dea.summary', {
            model: t(`dea.models.${result.model}`),
            orientation: t(`dea.orientations.${result.orientation}`).toLocaleLowerCase(format.locale),
            period: result.period,
            peers: peersText,
            count: result.units.length,
            efficient: efficientCount,
          })}
        </p>
        <p className="muted">{t(`dea.scoreHint.${result.orientation}`)}</p>
        {result.warnings.length > 0 ? (
          <Alert tone="warning" title={t('dea.warnings')}>
            <ul>
              {result.warnings.map((w) => (
                <li key={w}>{w}</li>
              ))}
            </ul>
          </Alert>
        ) : null}
        {result.excluded.length > 0 ? (
          <details className="subsection">
            <summary>{t('dea.excluded', { count: result.excluded.length })}</summary>
            <ul>
              {result.excluded.map((u) => (
                <li key={u.code}>
                  {u.name} <span className="muted mono">{u.code}</span>: {u.reason}
                </li>
              ))}
            </ul>
          </details>
        ) : null}
      </Card>

      <Card title={t('dea.scatterTitle')}>
        <div className="form__row">
          <SelectField
            label={t('dea.axisX')}
            value={String(axisX)}
            options={result.inputs.map((i, n) => ({ value: String(n), label: localized(i.names) }))}
            onChange={(event) => setAxisX(Number(event.target.value))}
          />
          <SelectField
            label={t('dea.axisY')}
            value={String(axisY)}
            options={result.outputs.map((o, n) => ({ value: String(n), label: localized(o.names) }))}
            onChange={(event) => setAxisY(Number(event.target.value))}
          />
        </div>
        <Suspense fallback={<Loading label={t('charts.loading')} />}>
          <DeaScatterChart
            points={points}
            frontier={frontier}
            axes={axes}
            formatX={number}
            formatY={number}
            ariaLabel={t('dea.scatterAria', { x: axes.x, y: axes.y, count: points.length, efficient: efficientCount })}
          />
        </Suspense>
        <ul className="map-legend" aria-label={t('dea.scatterLegend')}>
          <li>
            <span className="legend-symbol legend-symbol--efficient" aria-hidden="true" /> {t('dea.efficientUnits')}
          </li>
          <li>
            <span className="legend-symbol" aria-hidden="true" /> {t('dea.otherUnits')}
          </li>
          <li>
            <span className="legend-line legend-line--unit" aria-hidden="true" /> {t(`dea.frontier.${result.model}`)}
          </li>
        </ul>
        {!oneByOne ? <p className="muted">{t('dea.projectionNote')}</p> : null}
      </Card>

      <Card title={t('dea.tableTitle')}>
        <Table caption={t('dea.caption', { period: result.period })}>
          <thead>
            <tr>
              <th scope="col">{t('members.unit')}</th>
              <th
                scope="col"
                className="numeric"
                aria-sort={
                  sortBest ? (better < 0 ? 'descending' : 'ascending') : better < 0 ? 'ascending' : 'descending'
                }
              >
                <button type="button" className="sort-button" onClick={() => setSortBest((s) => !s)}>
                  {t('dea.score')}
                  <span aria-hidden="true">{sortBest ? ' ▲' : ' ▼'}</span>
                  <span className="visually-hidden"> ({sortBest ? t('dea.sortedBest') : t('dea.sortedWorst')})</span>
                </button>
              </th>
              {hasSuper ? (
                <th scope="col" className="numeric">
                  {t('dea.super')}
                </th>
              ) : null}
              <th scope="col">{t('dea.peers')}</th>
              <th scope="col">{t('dea.targets')}</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((u) => (
              <tr key={u.code}>
                <th scope="row">
                  <Link to={benchmarkingUnitPath(u.code, { period: result.period })}>{u.name}</Link>{' '}
                  <span className="muted mono">{u.code}</span>
                </th>
                <td className="numeric">
                  {score(u.score)} {u.efficient ? <Badge tone="success">{t('dea.efficient')}</Badge> : null}
                </td>
                {hasSuper ? (
                  <td className="numeric">{u.superEfficiency !== null ? score(u.superEfficiency) : '—'}</td>
                ) : null}
                <td>
                  {u.efficient ? (
                    <span className="muted">{t('dea.isPeer')}</span>
                  ) : (
                    <ul className="plain-list">
                      {u.peers.map((p) => (
                        <li key={p.code}>
                          {p.name}{' '}
                          <span className="muted">(λ = {format.number(p.lambda, { maximumFractionDigits: 3 })})</span>
                        </li>
                      ))}
                    </ul>
                  )}
                </td>
                <td>
                  <ul className="plain-list">
                    {result.inputs.map((i, n) => (
                      <TargetLine
                        key={`i${i.code}`}
                        name={localized(i.names)}
                        unit={i.unit}
                        actual={u.values.inputs[n]!}
                        target={u.targets.inputs[n]!}
                        format={number}
                      />
                    ))}
                    {result.outputs.map((o, n) => (
                      <TargetLine
                        key={`o${o.code}`}
                        name={localized(o.names)}
                        unit={o.unit}
                        actual={u.values.outputs[n]!}
                        target={u.targets.outputs[n]!}
                        format={number}
                      />
                    ))}
                  </ul>
                </td>
              </tr>
            ))}
          </tbody>
        </Table>
        <PageButtons page={page} pages={pages} setPage={setPage} label={t('dea.pagination')} />
      </Card>
    </div>
  );
}

/** "Dochody własne: 1 800 → 1 650 zł" — only where the target differs from the actual value. */
function TargetLine({
  name,
  unit,
  actual,
  target,
  format,
}: {
  name: string;
  unit: string;
  actual: number;
  target: number;
  format: (v: number) => string;
}) {
  const { t } = useTranslation('benchmarking');
  const same = Math.abs(target - actual) <= 1e-9 * Math.max(1, Math.abs(actual));
  return (
    <li>
      {name}: {format(actual)}
      {same ? (
        <span className="muted"> ({t('dea.noChange')})</span>
      ) : (
        <>
          {' '}
          → <strong>{format(target)}</strong>
        </>
      )}{' '}
      {unit}
    </li>
  );
}
