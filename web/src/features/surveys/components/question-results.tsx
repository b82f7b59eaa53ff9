import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Loading } from '../../../components/async-state';
import { Card } from '../../../components/card';
import { Table } from '../../../components/table';
import { AddToPlanLink } from '../../improvement-plans';
import type { DimensionResult, HeadlineFigure, QuestionResult } from '../api';
import { Suppressed, useSurveyFormat } from '../figures';
import type { FormLabels } from '../form-labels';

const IntervalChart = lazy(() => import('./charts').then((m) => ({ default: m.IntervalChart })));
const DistributionChart = lazy(() => import('./charts').then((m) => ({ default: m.DistributionChart })));

function ChartFallback() {
  const { t } = useTranslation('surveys');
  return <Loading label={t('results.chartLoading')} />;
}

/** Headline figures (e.g. % satisfied customers) with their Wilson intervals. */
export function HeadlineCard({ headlines, labels }: { headlines: HeadlineFigure[]; labels: FormLabels }) {
  const { t } = useTranslation('surveys');
  const f = useSurveyFormat();
  if (headlines.length === 0) return null;
  return (
    <Card title={t('results.headlineTitle')}>
      <ul className="stats">
        {headlines.map((h) => (
          <li key={h.question} className="stat">
            <span className="stat__body">
              {h.result.suppressed ? (
                <span className="stat__value">
                  <Suppressed minimumN={h.result.minimumN} />
                </span>
              ) : (
                <>
                  <span className="stat__value">{f.percent(h.result.figures.estimate)}</span>
                  <span className="stat__label">
                    {t('results.headlineInterval', {
                      interval: f.percentInterval(h.result.figures.lower, h.result.figures.upper),
                      n: f.count(h.result.figures.n),
                    })}
                  </span>
                </>
              )}
              <span className="stat__label">{t('results.headlineOf', { question: labels.question(h.question) })}</span>
            </span>
          </li>
        ))}
      </ul>
    </Card>
  );
}

/** Dimension scores: mean on the items' scale (reverse-coded items turned round) and favourable share. */
export function DimensionsCard({ dimensions, labels }: { dimensions: DimensionResult[]; labels: FormLabels }) {
  const { t } = useTranslation('surveys');
  const f = useSurveyFormat();
  if (dimensions.length === 0) return null;
  const published = dimensions.filter((d) => !d.result.suppressed);
  return (
    <Card title={t('results.dimensionsTitle')}>
      <p className="muted">{t('results.dimensionsIntro')}</p>
      <Table caption={t('results.dimensionsCaption')}>
        <thead>
          <tr>
            <th scope="col">{t('results.dimension')}</th>
            <th scope="col" className="numeric">
              {t('results.n')}
            </th>
            <th scope="col" className="numeric">
              {t('results.mean')}
            </th>
            <th scope="col">{t('results.ci')}</th>
            <th scope="col" className="numeric">
              {t('results.favourable')}
            </th>
            <th scope="col">{t('results.ci')}</th>
          </tr>
        </thead>
        <tbody>
          {dimensions.map((d) => (
            <tr key={d.dimension}>
              <th scope="row">{labels.dimension(d.dimension)}</th>
              {d.result.suppressed ? (
                <td colSpan={5}>
                  <Suppressed minimumN={d.result.minimumN} />
                </td>
              ) : (
                <>
                  <td className="numeric">{f.count(d.result.figures.n)}</td>
                  <td className="numeric">
                    {f.mean(d.result.figures.mean.mean)}{' '}
                    <span className="muted">
                      {t('results.onScale', { min: d.result.figures.scale.min, max: d.result.figures.scale.max })}
                    </span>
                  </td>
                  <td className="survey-interval">
                    {f.meanInterval(d.result.figures.mean.lower, d.result.figures.mean.upper)}
                  </td>
                  <td className="numeric">
                    {d.result.figures.favourable ? f.percent(d.result.figures.favourable.mean) : '—'}
                  </td>
                  <td className="survey-interval">
                    {d.result.figures.favourable
                      ? f.percentInterval(d.result.figures.favourable.lower, d.result.figures.favourable.upper)
                      : '—'}
                  </td>
                </>
              )}
            </tr>
          ))}
        </tbody>
      </Table>
      {published.length > 0 ? (
        <Suspense fallback={<ChartFallback />}>
          <IntervalChart
            ariaLabel={t('results.dimensionsChart')}
            min={0}
            max={100}
            percent
            rows={dimensions.map((d) => {
              const fav = d.result.suppressed ? null : d.result.figures.favourable;
              return {
                label: labels.dimension(d.dimension),
                estimate: fav ? fav.mean * 100 : null,
                lower: fav?.lower != null ? fav.lower * 100 : null,
                upper: fav?.upper != null ? fav.upper * 100 : null,
              };
            })}
          />
        </Suspense>
      ) : null}
    </Card>
  );
}

/**
 * Every question: a summary table (n, mean with its t interval, top-2-box with its Wilson
 * interval) with a chart of the top-2-box shares, then each question's distribution.
 */
export function QuestionsCard({
  questions,
  labels,
  scored,
  wave,
}: {
  questions: QuestionResult[];
  labels: FormLabels;
  scored: ReadonlySet<string>;
  wave: { id: number; unitCode: string };
}) {
  const { t } = useTranslation('surveys');
  const choice = questions.filter((q) => q.kind === 'choice' || q.kind === 'number');
  // The chart shows the questions that have a favourable share, withheld ones included as empty rows.
  const withFavourable = questions.filter(
    (q) => q.kind === 'choice' && (q.result.suppressed ? scored.has(q.question) : q.result.figures.favourable !== null),
  );
  return (
    <Card title={t('results.questionsTitle')}>
      <Table caption={t('results.questionsCaption')}>
        <thead>
          <tr>
            <th scope="col">{t('results.question')}</th>
            <th scope="col" className="numeric">
              {t('results.n')}
            </th>
            <th scope="col" className="numeric">
              {t('results.mean')}
            </th>
            <th scope="col">{t('results.ci')}</th>
            <th scope="col" className="numeric">
              {t('results.top2')}
            </th>
            <th scope="col">{t('results.wilson')}</th>
          </tr>
        </thead>
        <tbody>
          {choice.map((q) => (
            <tr key={q.question}>
              <th scope="row">
                {labels.question(q.question)}{' '}
                <AddToPlanLink
                  source={{
                    type: 'survey-result',
                    unitCode: wave.unitCode,
                    surveyWaveId: wave.id,
                    questionId: q.question,
                    note: labels.question(q.question),
                  }}
                  subject={labels.question(q.question)}
                />
              </th>
              {q.result.suppressed ? (
                <td colSpan={5}>
                  <Suppressed minimumN={q.result.minimumN} />
                </td>
              ) : (
                <QuestionFigures result={q} />
              )}
            </tr>
          ))}
        </tbody>
      </Table>
      {withFavourable.length > 0 ? (
        <Suspense fallback={<ChartFallback />}>
          <IntervalChart
            ariaLabel={t('results.top2Chart')}
            min={0}
            max={100}
            percent
            rows={withFavourable.map((q) => {
              const fav = q.kind === 'choice' && !q.result.suppressed ? q.result.figures.favourable : null;
              return {
                label: labels.question(q.question),
                estimate: fav ? fav.estimate * 100 : null,
                lower: fav ? fav.lower * 100 : null,
                upper: fav ? fav.upper * 100 : null,
              };
            })}
          />
        </Suspense>
      ) : null}
      <h3>{t('results.distributionsTitle')}</h3>
      {questions
        .filter((q) => q.kind === 'choice')
        .map((q) => (
          <Distribution key={q.question} result={q} labels={labels} />
        ))}
      <p className="muted">{t('results.top2Explain')}</p>
    </Card>
  );
}

function QuestionFigures({ result }: { result: QuestionResult }) {
  const f = useSurveyFormat();
  if (result.result.suppressed) return null;
  if (result.kind === 'number') {
    const { n, mean } = result.result.figures;
    return (
      <>
        <td className="numeric">{f.count(n)}</td>
        <td className="numeric">{mean ? f.mean(mean.mean) : '—'}</td>
        <td className="survey-interval">{mean ? f.meanInterval(mean.lower, mean.upper) : '—'}</td>
        <td className="numeric">—</td>
        <td>—</td>
      </>
    );
  }
  if (result.kind !== 'choice') return null;
  const { n, mean, favourable } = result.result.figures;
  return (
    <>
      <td className="numeric">{f.count(n)}</td>
      <td className="numeric">{mean ? f.mean(mean.mean) : '—'}</td>
      <td className="survey-interval">{mean ? f.meanInterval(mean.lower, mean.upper) : '—'}</td>
      <td className="numeric">{favourable ? f.percent(favourable.estimate) : '—'}</td>
      <td className="survey-interval">{favourable ? f.percentInterval(favourable.lower, favourable.upper) : '—'}</td>
    </>
  );
}

/** One question's answers: a stacked bar and the counts behind it in a table. */
function Distribution({ result, labels }: { result: QuestionResult; labels: FormLabels }) {
  const { t } = useTranslation('surveys');
  const f = useSurveyFormat();
  const title = labels.question(result.question);
  if (result.kind !== 'choice') return null;
  if (result.result.suppressed) {
    return (
      <details className="survey-distribution">
        <summary>{title}</summary>
        <p>
          <Suppressed minimumN={result.result.minimumN} />
        </p>
      </details>
    );
  }
  const { distribution, n, noOpinion } = result.result.figures;
  const substantive = distribution.filter((d) => !d.noOpinion);
  return (
    <details className="survey-distribution">
      <summary>
        {title} <span className="muted">({t('results.nShort', { n: f.count(n) })})</span>
      </summary>
      <Suspense fallback={<ChartFallback />}>
        <DistributionChart
          ariaLabel={t('results.distributionChart', { question: title })}
          parts={substantive.map((d) => ({
            label: labels.value(result.question, d.value),
            percent: (d.share ?? 0) * 100,
          }))}
        />
      </Suspense>
      <Table caption={t('results.distributionCaption', { question: title })}>
        <thead>
          <tr>
            <th scope="col">{t('results.answer')}</th>
            <th scope="col" className="numeric">
              {t('results.count')}
            </th>
            <th scope="col" className="numeric">
              {t('results.share')}
            </th>
          </tr>
        </thead>
        <tbody>
          {distribution.map((d) => (
            <tr key={String(d.value)}>
              <th scope="row">
                {labels.value(result.question, d.value)}
                {d.noOpinion ? <span className="muted"> ({t('results.noOpinion')})</span> : null}
              </th>
              <td className="numeric">{f.count(d.count)}</td>
              <td className="numeric">{d.share === null ? '—' : f.percent(d.share)}</td>
            </tr>
          ))}
        </tbody>
      </Table>
      {noOpinion > 0 ? <p className="muted">{t('results.noOpinionNote', { count: noOpinion })}</p> : null}
    </details>
  );
}
