import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { Alert } from '../../../components/alert';
import { Loading, QueryError } from '../../../components/async-state';
import { Breadcrumb } from '../../../components/breadcrumb';
import { Card } from '../../../components/card';
import { NotFoundContent } from '../../../components/not-found';
import { PageHeader } from '../../../components/page-header';
import { isApiError } from '../../../lib/api';
import { useFormat } from '../../../lib/format';
import { formatWarsaw } from '../../../lib/time';
import { exportUrl, useTemplate, useWave, useWaveResults, type WaveDetail, type WaveResults } from '../api';
import { UnitComparisonCard, WaveComparisonCard } from '../components/comparison-cards';
import { FreeTextCard } from '../components/free-text-card';
import { DimensionsCard, HeadlineCard, QuestionsCard } from '../components/question-results';
import { useSurveyFormat } from '../figures';
import { useFormLabels } from '../form-labels';
import { DemoBadge, SURVEYS_PATH, useWaveName, wavePath, WaveStatusBadge } from '../labels';

export function ResultsPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation('surveys');
  const wave = useWave(id);
  const results = useWaveResults(id);
  if (wave.isPending || results.isPending) return <Loading />;
  if (wave.isError || results.isError) {
    const error = wave.error ?? results.error;
    if (isApiError(error) && error.status === 404) return <NotFoundContent message={t('wave.notFound')} />;
    return <QueryError error={error} onRetry={() => void (wave.isError ? wave.refetch() : results.refetch())} />;
  }
  return <ResultsView key={id} wave={wave.data} results={results.data} />;
}

function ResultsView({ wave, results }: { wave: WaveDetail; results: WaveResults }) {
  const { t, i18n } = useTranslation('surveys');
  const language = i18n.resolvedLanguage === 'en' ? 'en' : 'pl';
  const format = useFormat();
  const name = useWaveName()(wave);
  const template = useTemplate(wave.template.id);
  const labels = useFormLabels(template.data, wave.unitKind);
  const title = t('results.title', { name });
  const scored = useMemo(
    () =>
      new Set(
        (template.data?.questions ?? [])
          .filter((q) => q.scale !== undefined || q.satisfiedValues !== undefined)
          .map((q) => q.name),
      ),
    [template.data],
  );

  return (
    <>
      <PageHeader
        before={
          <Breadcrumb
            items={[
              { to: SURVEYS_PATH, label: t('list.title') },
              { to: wavePath(wave.id), label: name },
              { label: t('results.crumb') },
            ]}
          />
        }
        title={title}
        description={
          <p>
            <WaveStatusBadge status={wave.status} /> {wave.demo ? <DemoBadge /> : null}{' '}
            {t('wave.subtitle', {
              from: formatWarsaw(wave.opensAt, format.locale),
              to: formatWarsaw(wave.closesAt, format.locale),
            })}
          </p>
        }
        actions={
          <div className="button-row" role="group" aria-label={t('results.exports')}>
            <a className="button button--secondary button--small" href={exportUrl(wave.id, 'csv', language)} download>
              {t('results.exportCsv')}
            </a>
            <a className="button button--secondary button--small" href={exportUrl(wave.id, 'xlsx', language)} download>
              {t('results.exportXlsx')}
            </a>
            <a className="button button--secondary button--small" href={exportUrl(wave.id, 'pdf', language)} download>
              {t('results.exportPdf')}
            </a>
          </div>
        }
      />
      {wave.demo ? (
        <Alert tone="warning" title={t('demo.badge')}>
          <p>{t('demo.explain')}</p>
        </Alert>
      ) : null}
      <SummaryCard wave={wave} results={results} />
      <HeadlineCard headlines={results.headline} labels={labels} />
      <DimensionsCard dimensions={results.dimensions} labels={labels} />
      <QuestionsCard
        questions={results.questions}
        labels={labels}
        scored={scored}
        wave={{ id: wave.id, unitCode: wave.unit.code }}
      />
      <WaveComparisonCard wave={wave} labels={labels} />
      <UnitComparisonCard wave={wave} template={template.data} labels={labels} />
      {/* Free text is read (and moderated) by the unit's own people only. */}
      {wave.canManage ? <FreeTextCard waveId={wave.id} labels={labels} /> : null}
    </>
  );
}

/** n, response rate and margin of error (with the finite population correction when N is known). */
function SummaryCard({ wave, results }: { wave: WaveDetail; results: WaveResults }) {
  const { t } = useTranslation('surveys');
  const f = useSurveyFormat();
  // The rate is n / codes issued (when the wave has codes) or n / population; null when there is
  // neither, or when there are more answers than that denominator (codes issued late, a wrong N).
  function responseRateLabel(): string {
    if (results.responseRateBasis === null) return t('results.responseRateUnknown');
    const basis =
      results.responseRateBasis === 'invitations'
        ? t('results.basisCodes', { count: wave.invitationCodes.issued })
        : t('results.basisPopulation', { population: f.count(wave.targetPopulation ?? 0) });
    return results.responseRate === null
      ? t('results.responseRateInconsistent', { basis })
      : t('results.responseRateOf', { basis });
  }
  return (
    <Card title={t('results.summaryTitle')}>
      <ul className="stats">
        <li className="stat">
          <span className="stat__body">
            <span className="stat__value">{f.count(results.n)}</span>
            <span className="stat__label">{t('results.responses')}</span>
          </span>
        </li>
        <li className="stat">
          <span className="stat__body">
            <span className="stat__value">{results.responseRate === null ? '—' : f.percent(results.responseRate)}</span>
            <span className="stat__label">{responseRateLabel()}</span>
          </span>
        </li>
        <li className="stat">
          <span className="stat__body">
            <span className="stat__value">
              {results.marginOfError === null ? '—' : f.margin(results.marginOfError)}
            </span>
            <span className="stat__label">{wave.targetPopulation ? t('results.marginFpc') : t('results.margin')}</span>
          </span>
        </li>
      </ul>
      <p className="muted">{t('results.suppressionNote', { n: results.minimumN })}</p>
    </Card>
  );
}
