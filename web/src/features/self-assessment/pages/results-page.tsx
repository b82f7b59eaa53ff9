import { lazy, Suspense, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { Alert } from '../../../components/alert';
import { Loading, QueryError } from '../../../components/async-state';
import { QueryContent } from '../../../components/query-content';
import { Badge } from '../../../components/badge';
import { Card } from '../../../components/card';
import { PageHeader } from '../../../components/page-header';
import { EmptyRow, Table } from '../../../components/table';
import { useFormat } from '../../../lib/format';
import { unitPath } from '../../../lib/unit-labels';
import { AddToPlanLink } from '../../improvement-plans';
import {
  assessmentReportUrl,
  useAssessment,
  useFramework,
  useResults,
  useUnitComparison,
  type AssessmentDetail,
  type AssessmentResults,
  type Framework,
} from '../api';
import { RoundsComparisonCard } from '../components/rounds-comparison';
import { frameworkItems, useChangeFormat, useScoreFormat, useText } from '../labels';
import { AssessmentCrumbs, useAssessmentTitle } from './assessment-page';

const RadarChart = lazy(() => import('../components/radar-chart'));

/** Results of an assessment: totals on both scales, criteria as a table and a radar, rounds, other units, report. */
export function ResultsPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation('selfAssessment');
  const assessment = useAssessment(id);
  const framework = useFramework(assessment.data?.frameworkId);
  const results = useResults(id, assessment.isSuccess);
  return (
    <QueryContent query={assessment} notFound={t('assessment.notFound')} also={[framework, results]}>
      {(data) => <ResultsView assessment={data} framework={framework.data!} results={results.data!} />}
    </QueryContent>
  );
}

function ResultsView({
  assessment,
  framework,
  results,
}: {
  assessment: AssessmentDetail;
  framework: Framework;
  results: AssessmentResults;
}) {
  const { t, i18n } = useTranslation('selfAssessment');
  const lang = i18n.resolvedLanguage === 'en' ? 'en' : 'pl';
  const title = useAssessmentTitle()(assessment, framework);
  return (
    <>
      <PageHeader
        before={<AssessmentCrumbs assessment={assessment} framework={framework} section={t('results.crumb')} />}
        title={t('results.title', { title })}
        actions={
          <div className="button-row">
            <a className="button button--secondary" href={assessmentReportUrl(assessment.id, 'pdf', lang)} download>
              {t('results.reportPdf')}
            </a>
            <a className="button button--secondary" href={assessmentReportUrl(assessment.id, 'xlsx', lang)} download>
              {t('results.reportXlsx')}
            </a>
          </div>
        }
      />
      {assessment.status !== 'closed' ? (
        <Alert tone="info">
          <p>{t('results.notClosed')}</p>
        </Alert>
      ) : null}
      <TotalsCard framework={framework} results={results} />
      <CriteriaCard framework={framework} results={results} />
      {assessment.status === 'closed' ? (
        <RoundsComparisonCard unitCode={assessment.unit.code} frameworkId={framework.id} currentId={assessment.id} />
      ) : null}
      <ImprovementsCard assessment={assessment} framework={framework} results={results} />
      <UnitComparisonCard assessment={assessment} framework={framework} />
    </>
  );
}

/** "612 of 900" and "68 of 100", and one sentence saying what each one is. */
function TotalsCard({ framework, results }: { framework: Framework; results: AssessmentResults }) {
  const { t } = useTranslation('selfAssessment');
  const text = useText();
  const format = useFormat();
  const score = useScoreFormat();
  const change = useChangeFormat();
  const equalPoints = framework.criteria.every((c) => c.points === framework.criteria[0]!.points);
  const comparison = results.comparison;
  return (
    <Card title={t('results.totalsTitle')}>
      {!results.complete ? (
        <Alert tone="warning">
          <p>{t('results.incomplete', { ids: results.missing.join(', ') })}</p>
        </Alert>
      ) : null}
      <ul className="stats" aria-label={t('results.totalsTitle')}>
        <li className="stat">
          <span className="stat__body">
            <span className="stat__value">
              {t('results.outOf', { value: score(results.total.value), max: format.number(results.total.max) })}
            </span>
            <span className="stat__label">{text(results.total.label)}</span>
          </span>
        </li>
        <li className="stat">
          <span className="stat__body">
            <span className="stat__value">
              {t('results.outOf', { value: score(results.average.value), max: format.number(results.average.max) })}
            </span>
            <span className="stat__label">{text(results.average.label)}</span>
          </span>
        </li>
        {results.byKind.map((k) => (
          <li key={k.id} className="stat">
            <span className="stat__body">
              <span className="stat__value">
                {t('results.outOf', { value: score(k.points), max: format.number(k.maxPoints) })}
              </span>
              <span className="stat__label">{text(framework.kinds.find((x) => x.id === k.id)?.title) || k.id}</span>
            </span>
          </li>
        ))}
      </ul>
      <p className="scale-note">
        {equalPoints
          ? t('results.scalesEqual', {
              n: framework.criteria.length,
              max: format.number(framework.aggregation.maxTotal),
              each: format.number(framework.criteria[0]!.points),
            })
          : t('results.scalesWeighted', { max: format.number(framework.aggregation.maxTotal) })}
      </p>
      {comparison ? (
        <p className="lead">
          {t('results.sincePrevious', {
            change: change(comparison.total.change),
            round: comparison.previous.round,
            max: format.number(comparison.total.max),
          })}
          {comparison.modeChanged ? ` ${t('results.modeChanged')}` : ''}
        </p>
      ) : null}
    </Card>
  );
}

function CriteriaCard({ framework, results }: { framework: Framework; results: AssessmentResults }) {
  const { t } = useTranslation('selfAssessment');
  const text = useText();
  const format = useFormat();
  const score = useScoreFormat();
  const change = useChangeFormat();
  const comparison = results.comparison;
  const complete = results.criteria.every((c) => c.score !== null);
  const previousComplete = !!comparison && comparison.criteria.every((c) => c.before !== null);
  const axes = useMemo(
    () => framework.criteria.map((c) => ({ name: `${c.id}. ${text(c.title)}`, max: 100 })),
    [framework, text],
  );
  const series = useMemo(() => {
    const scoreOf = (id: string) => results.criteria.find((c) => c.criterionId === id)?.score ?? 0;
    const list = [
      {
        name: t('results.thisRound', { round: results.assessment.round }),
        values: framework.criteria.map((c) => scoreOf(c.id)),
      },
    ];
    if (comparison && previousComplete) {
      list.push({
        name: t('results.previousRound', { round: comparison.previous.round }),
        values: framework.criteria.map((c) => comparison.criteria.find((x) => x.criterionId === c.id)?.before ?? 0),
        dashed: true,
      } as { name: string; values: number[]; dashed?: boolean });
    }
    return list;
  }, [framework, results, comparison, previousComplete, t]);

  return (
    <Card title={t('results.criteriaTitle')}>
      <div className="results-layout">
        <div className="results-layout__chart">
          {complete ? (
            <Suspense fallback={<Loading />}>
              <RadarChart axes={axes} series={series} ariaLabel={t('results.radarLabel', { count: axes.length })} />
            </Suspense>
          ) : (
            <p className="muted">{t('results.radarIncomplete')}</p>
          )}
        </div>
        <Table caption={t('results.criteriaCaption')}>
          <thead>
            <tr>
              <th scope="col">{t('fields.criterion')}</th>
              <th scope="col">{t('fields.kind')}</th>
              <th scope="col" className="numeric">
                {t('results.score')}
              </th>
              <th scope="col" className="numeric">
                {t('results.points')}
              </th>
              {comparison ? (
                <th scope="col" className="numeric">
                  {t('results.changeSince', { round: comparison.previous.round })}
                </th>
              ) : null}
            </tr>
          </thead>
          <tbody>
            {framework.criteria.map((c) => {
              const row = results.criteria.find((x) => x.criterionId === c.id);
              const diff = comparison?.criteria.find((x) => x.criterionId === c.id);
              return (
                <tr key={c.id}>
                  <th scope="row">
                    {c.id}. {text(c.title)}
                  </th>
                  <td>{text(framework.kinds.find((k) => k.id === c.kind)?.title) || c.kind}</td>
                  <td className="numeric">{score(row?.score)}</td>
                  <td className="numeric">
                    {t('results.outOf', { value: score(row?.points), max: format.number(c.points) })}
                  </td>
                  {comparison ? <td className="numeric">{change(diff?.change)}</td> : null}
                </tr>
              );
            })}
          </tbody>
        </Table>
      </div>
    </Card>
  );
}

/** The agreed areas for improvement, each one step away from an action in the improvement plan (CAF step 7). */
function ImprovementsCard({
  assessment,
  framework,
  results,
}: {
  assessment: AssessmentDetail;
  framework: Framework;
  results: AssessmentResults;
}) {
  const { t } = useTranslation('selfAssessment');
  const text = useText();
  const items = frameworkItems(framework);
  const withText = items
    .map((item) => ({ item, result: results.items.find((r) => r.itemId === item.id) }))
    .filter((x) => x.result?.strengths || x.result?.improvements);
  return (
    <Card title={t('results.evidenceTitle')}>
      {withText.length === 0 ? (
        <p className="muted">{t('results.noEvidence')}</p>
      ) : (
        <ul className="evidence-list">
          {withText.map(({ item, result }) => (
            <li key={item.id}>
              <h3 className="evidence-list__title">
                <span className="subcriteria__id">{item.id}</span> {text(item.title)}
              </h3>
              {result!.strengths ? (
                <p className="prewrap">
                  <strong>{t('fields.strengths')}:</strong> {result!.strengths}
                </p>
              ) : null}
              {result!.improvements ? (
                <>
                  <p className="prewrap">
                    <strong>{t('fields.improvements')}:</strong> {result!.improvements}
                  </p>
                  {assessment.status === 'closed' ? (
                    <p>
                      <AddToPlanLink
                        source={{
                          type: 'caf-improvement',
                          unitCode: assessment.unit.code,
                          assessmentId: assessment.id,
                          itemId: item.id,
                          note: result!.improvements,
                        }}
                        subject={t('results.areaOf', { id: item.id })}
                      />
                    </p>
                  ) : null}
                </>
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}

/** Other units' latest closed totals: labelled indicative, as the CAF guideline asks (METHODS.md §1.1). */
function UnitComparisonCard({ assessment, framework }: { assessment: AssessmentDetail; framework: Framework }) {
  const { t } = useTranslation('selfAssessment');
  const format = useFormat();
  const score = useScoreFormat();
  const comparison = useUnitComparison(framework.id, assessment.status === 'closed');
  if (assessment.status !== 'closed') return null;
  return (
    <Card
      title={
        <>
          {t('unitComparison.title')} <Badge tone="warning">{t('unitComparison.indicative')}</Badge>
        </>
      }
    >
      <Alert tone="warning">
        <p>{t('unitComparison.warning')}</p>
      </Alert>
      {comparison.isPending ? (
        <Loading />
      ) : comparison.isError ? (
        <QueryError error={comparison.error} onRetry={() => void comparison.refetch()} />
      ) : comparison.data.suppressed ? (
        <p>{t('unitComparison.suppressed', { count: comparison.data.n, min: comparison.data.minUnits })}</p>
      ) : (
        <Table caption={t('unitComparison.caption', { n: comparison.data.n })}>
          <thead>
            <tr>
              <th scope="col">{t('unitComparison.unit')}</th>
              <th scope="col" className="numeric">
                {t('fields.round')}
              </th>
              <th scope="col">{t('fields.date')}</th>
              <th scope="col" className="numeric">
                {t('rounds.total', { max: format.number(framework.aggregation.maxTotal) })}
              </th>
              <th scope="col" className="numeric">
                {t('unitComparison.average')}
              </th>
            </tr>
          </thead>
          <tbody>
            {comparison.data.items.length === 0 ? (
              <EmptyRow colSpan={5}>{t('unitComparison.none')}</EmptyRow>
            ) : (
              [...comparison.data.items]
                .sort((a, b) => (b.total ?? -1) - (a.total ?? -1))
                .map((row) => (
                  <tr
                    key={row.unit.code}
                    className={row.unit.code === assessment.unit.code ? 'is-selected' : undefined}
                  >
                    <th scope="row">
                      <Link to={unitPath(row.unit.code)}>{row.unit.name}</Link>
                      {row.unit.code === assessment.unit.code ? (
                        <span className="muted"> ({t('unitComparison.thisUnit')})</span>
                      ) : null}
                      {row.isDemo ? <span className="muted"> ({t('unitComparison.demo')})</span> : null}
                    </th>
                    <td className="numeric">{format.number(row.round)}</td>
                    <td>{format.date(row.date)}</td>
                    <td className="numeric">{score(row.total)}</td>
                    <td className="numeric">{score(row.average)}</td>
                  </tr>
                ))
            )}
          </tbody>
        </Table>
      )}
    </Card>
  );
}
