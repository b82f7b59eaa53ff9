import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Loading, QueryError } from '../../../components/async-state';
import { Card } from '../../../components/card';
import { SelectField } from '../../../components/field';
import { EmptyRow, Table } from '../../../components/table';
import { isApiError } from '../../../lib/api';
import { useFormat } from '../../../lib/format';
import { formatWarsaw } from '../../../lib/time';
import { useUnitComparison, useWaveComparison, useWaves, type TemplateDetail, type WaveDetail } from '../api';
import { SignificanceText, Suppressed, useSurveyFormat } from '../figures';
import type { FormLabels } from '../form-labels';
import { DemoBadge, useWaveName, wavePath } from '../labels';

const IntervalChart = lazy(() => import('./charts').then((m) => ({ default: m.IntervalChart })));

/**
 * "Compare with the previous wave": per question the favourable shares of both waves, the
 * difference in percentage points with its interval, the two-proportion z-test's p-value and
 * what it means in words; per dimension the difference of the means.
 */
export function WaveComparisonCard({ wave, labels }: { wave: WaveDetail; labels: FormLabels }) {
  const { t } = useTranslation('surveys');
  const format = useFormat();
  const f = useSurveyFormat();
  const waveName = useWaveName();
  const siblings = useWaves({ unit: wave.unit.code, template: wave.template.id, pageSize: 100 });
  const others = (siblings.data?.items ?? []).filter(
    (w) => w.id !== wave.id && w.template.version === wave.template.version,
  );
  const [other, setOther] = useState(wave.previousWaveId === null ? '' : String(wave.previousWaveId));
  const comparison = useWaveComparison(wave.id, other, true);
  const otherWave = comparison.data?.earlier.id === wave.id ? comparison.data.later : comparison.data?.earlier;

  return (
    <Card title={t('compare.title')}>
      <p>{t('compare.intro')}</p>
      <SelectField
        label={t('compare.with')}
        name="compareWith"
        value={other}
        placeholder={wave.previousWaveId ? t('compare.previous') : t('compare.choose')}
        options={others.map((w) => ({
          value: String(w.id),
          label: `${waveName(w)} (${formatWarsaw(w.closesAt, format.locale)})${w.demo ? ` — ${t('demo.badge')}` : ''}`,
        }))}
        onChange={(event) => setOther(event.target.value)}
      />
      {comparison.isPending ? (
        <Loading />
      ) : comparison.isError ? (
        isApiError(comparison.error) &&
        (comparison.error.code === 'NO_PREVIOUS_WAVE' || comparison.error.code === 'WAVES_NOT_COMPARABLE') ? (
          <p className="muted">
            {t(comparison.error.code === 'NO_PREVIOUS_WAVE' ? 'compare.none' : 'compare.incomparable')}
          </p>
        ) : (
          <QueryError error={comparison.error} onRetry={() => void comparison.refetch()} />
        )
      ) : (
        <>
          {otherWave ? (
            <p>
              {t('compare.against')} <Link to={wavePath(otherWave.id)}>{waveName(otherWave)}</Link>{' '}
              {otherWave.demo ? <DemoBadge /> : null}
            </p>
          ) : null}
          <Table caption={t('compare.questionsCaption')}>
            <thead>
              <tr>
                <th scope="col">{t('results.question')}</th>
                <th scope="col" className="numeric">
                  {t('compare.earlier')}
                </th>
                <th scope="col" className="numeric">
                  {t('compare.later')}
                </th>
                <th scope="col" className="numeric">
                  {t('compare.difference')}
                </th>
                <th scope="col">{t('results.ci')}</th>
                <th scope="col" className="numeric">
                  {t('compare.pValue')}
                </th>
                <th scope="col">{t('compare.verdict')}</th>
              </tr>
            </thead>
            <tbody>
              {comparison.data.questions.length === 0 ? (
                <EmptyRow colSpan={7}>{t('compare.noQuestions')}</EmptyRow>
              ) : (
                comparison.data.questions.map((q) => (
                  <tr key={q.question}>
                    <th scope="row">
                      {labels.question(q.question)}
                      {q.headline ? <span className="muted"> ({t('compare.headline')})</span> : null}
                    </th>
                    {q.result.suppressed ? (
                      <td colSpan={6}>
                        <Suppressed minimumN={q.result.minimumN} />
                      </td>
                    ) : (
                      <>
                        <td className="numeric">{f.percent(q.result.figures.first.estimate)}</td>
                        <td className="numeric">{f.percent(q.result.figures.second.estimate)}</td>
                        <td className="numeric">{f.pp(q.result.figures.differencePp)}</td>
                        <td className="survey-interval">
                          {f.ppInterval(q.result.figures.lowerPp, q.result.figures.upperPp)}
                        </td>
                        <td className="numeric">{f.pValue(q.result.figures.pValue)}</td>
                        <td>
                          <SignificanceText label={q.result.figures.label} />
                        </td>
                      </>
                    )}
                  </tr>
                ))
              )}
            </tbody>
          </Table>
          {comparison.data.dimensions.length > 0 ? (
            <Table caption={t('compare.dimensionsCaption')}>
              <thead>
                <tr>
                  <th scope="col">{t('results.dimension')}</th>
                  <th scope="col" className="numeric">
                    {t('compare.meanDifference')}
                  </th>
                  <th scope="col">{t('results.ci')}</th>
                  <th scope="col" className="numeric">
                    {t('compare.pValue')}
                  </th>
                  <th scope="col">{t('compare.verdict')}</th>
                </tr>
              </thead>
              <tbody>
                {comparison.data.dimensions.map((d) => (
                  <tr key={d.dimension}>
                    <th scope="row">{labels.dimension(d.dimension)}</th>
                    {d.result.suppressed ? (
                      <td colSpan={4}>
                        <Suppressed minimumN={d.result.minimumN} />
                      </td>
                    ) : d.result.figures === null ? (
                      <td colSpan={4}>
                        <SignificanceText label="insufficient-data" />
                      </td>
                    ) : (
                      <>
                        <td className="numeric">{signedMean(f.mean, d.result.figures.difference)}</td>
                        <td className="survey-interval">
                          {f.meanInterval(d.result.figures.lower, d.result.figures.upper)}
                        </td>
                        <td className="numeric">{f.pValue(d.result.figures.pValue)}</td>
                        <td>
                          <SignificanceText label={d.result.figures.label} />
                        </td>
                      </>
                    )}
                  </tr>
                ))}
              </tbody>
            </Table>
          ) : null}
          <p className="muted">{t('compare.explain')}</p>
        </>
      )}
    </Card>
  );
}

function signedMean(format: (v: number) => string, value: number): string {
  return `${value > 0 ? '+' : value < 0 ? '−' : '±'}${format(Math.abs(value))}`;
}

/** Measures a unit comparison can show: headline, each dimension (mean, favourable share), each scored question. */
function measuresOf(
  template: TemplateDetail,
  labels: FormLabels,
  t: (key: string, options?: Record<string, unknown>) => string,
) {
  const options = [{ value: 'headline', label: t('units.headline') }];
  for (const d of template.dimensions ?? []) {
    options.push({
      value: `dimension-favourable:${d.id}`,
      label: t('units.dimensionFavourable', { name: labels.dimension(d.id) }),
    });
    options.push({ value: `dimension:${d.id}`, label: t('units.dimensionMean', { name: labels.dimension(d.id) }) });
  }
  for (const q of template.questions) {
    if (q.scale !== undefined || q.satisfiedValues !== undefined)
      options.push({
        value: `question:${q.name}`,
        label: t('units.questionFavourable', { name: labels.question(q.name) }),
      });
    if (q.scale !== undefined)
      options.push({ value: `mean:${q.name}`, label: t('units.questionMean', { name: labels.question(q.name) }) });
  }
  return options;
}

/** The scale a mean measure is on (for the chart's axis). */
function scaleOf(template: TemplateDetail | undefined, measure: string): { min: number; max: number } | undefined {
  const [kind, id] = measure.split(':');
  if (!template || id === undefined) return undefined;
  if (kind === 'mean') return template.questions.find((q) => q.name === id)?.scale;
  if (kind === 'dimension') return template.questions.find((q) => q.dimension === id && q.scale)?.scale;
  return undefined;
}

/** Units that ran the same template: estimate and interval per unit, as a table and an interval chart. */
export function UnitComparisonCard({
  wave,
  template,
  labels,
}: {
  wave: WaveDetail;
  template: TemplateDetail | undefined;
  labels: FormLabels;
}) {
  const { t } = useTranslation('surveys');
  const f = useSurveyFormat();
  const [measure, setMeasure] = useState('headline');
  const comparison = useUnitComparison(wave.template.id, measure, true);
  const rows = comparison.data?.rows ?? [];
  const share = comparison.data?.kind !== 'mean';
  const value = (v: number) => (share ? f.percent(v) : f.mean(v));
  const interval = (lo: number | null, hi: number | null) =>
    share ? f.percentInterval(lo, hi) : f.meanInterval(lo, hi);
  const published = rows.filter((r) => !r.result.suppressed);
  const scale = scaleOf(template, measure);

  return (
    <Card title={t('units.title')}>
      <p>{t('units.intro')}</p>
      {template ? (
        <SelectField
          label={t('units.measure')}
          name="measure"
          value={measure}
          options={measuresOf(template, labels, t)}
          onChange={(event) => setMeasure(event.target.value)}
        />
      ) : null}
      {comparison.isPending ? (
        <Loading />
      ) : comparison.isError ? (
        <QueryError error={comparison.error} onRetry={() => void comparison.refetch()} />
      ) : (
        <>
          <Table caption={t('units.caption', { count: rows.length })}>
            <thead>
              <tr>
                <th scope="col">{t('fields.unit')}</th>
                <th scope="col" className="numeric">
                  {t('results.n')}
                </th>
                <th scope="col" className="numeric">
                  {t('units.estimate')}
                </th>
                <th scope="col">{t('results.ci')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.length === 0 ? (
                <EmptyRow colSpan={4}>{t('units.empty')}</EmptyRow>
              ) : (
                rows.map((row) => (
                  <tr key={row.unit.code} className={row.unit.code === wave.unit.code ? 'is-selected' : undefined}>
                    <th scope="row">
                      {row.unit.name}
                      {row.unit.code === wave.unit.code ? (
                        <span className="muted"> ({t('units.thisUnit')})</span>
                      ) : null}{' '}
                      {row.wave.demo ? <DemoBadge /> : null}
                    </th>
                    {row.result.suppressed ? (
                      <td colSpan={3}>
                        <Suppressed minimumN={row.result.minimumN} />
                      </td>
                    ) : (
                      <>
                        <td className="numeric">{f.count(row.result.figures.n)}</td>
                        <td className="numeric">{value(row.result.figures.estimate)}</td>
                        <td className="survey-interval">
                          {interval(row.result.figures.lower, row.result.figures.upper)}
                        </td>
                      </>
                    )}
                  </tr>
                ))
              )}
            </tbody>
          </Table>
          {published.length > 0 ? (
            <Suspense fallback={<Loading label={t('results.chartLoading')} />}>
              <IntervalChart
                ariaLabel={t('units.chart')}
                min={share ? 0 : (scale?.min ?? 1)}
                max={share ? 100 : (scale?.max ?? 5)}
                percent={share}
                rows={rows.map((row) => {
                  const fig = row.result.suppressed ? null : row.result.figures;
                  const k = share ? 100 : 1;
                  return {
                    label: row.unit.name,
                    estimate: fig ? fig.estimate * k : null,
                    lower: fig?.lower != null ? fig.lower * k : null,
                    upper: fig?.upper != null ? fig.upper * k : null,
                  };
                })}
              />
            </Suspense>
          ) : null}
          <p className="muted">{t('units.explain')}</p>
        </>
      )}
    </Card>
  );
}
