import { useTranslation } from 'react-i18next';
import { Loading, QueryError } from '../../../components/async-state';
import { Card } from '../../../components/card';
import { Table } from '../../../components/table';
import { useFormat } from '../../../lib/format';
import { useFramework, useRoundsComparison } from '../api';
import { useChangeFormat, useScoreFormat, useText } from '../labels';

/**
 * The unit's closed rounds of one framework side by side: total, change since the first round
 * ("+150 od rundy 1" — the Polish programmes' target) and every criterion's score.
 */
export function RoundsComparisonCard({
  unitCode,
  frameworkId,
  currentId,
}: {
  unitCode: string;
  frameworkId: string;
  currentId?: number;
}) {
  const { t } = useTranslation('selfAssessment');
  const text = useText();
  const format = useFormat();
  const score = useScoreFormat();
  const change = useChangeFormat();
  const comparison = useRoundsComparison(unitCode, frameworkId);
  const framework = useFramework(frameworkId);
  const title = t('rounds.title', { framework: framework.data ? text(framework.data.title) : frameworkId });

  if (comparison.isPending || framework.isPending) {
    return (
      <Card title={title}>
        <Loading />
      </Card>
    );
  }
  if (comparison.isError || framework.isError) {
    const error = comparison.error ?? framework.error;
    return (
      <Card title={title}>
        <QueryError error={error} onRetry={() => void Promise.all([comparison.refetch(), framework.refetch()])} />
      </Card>
    );
  }
  const rounds = [...comparison.data.rounds].sort((a, b) => a.round - b.round);
  if (rounds.length === 0) return null;
  const first = rounds[0]!;
  const last = rounds[rounds.length - 1]!;
  const max = framework.data.aggregation.maxTotal;
  const gained = first.total !== null && last.total !== null && rounds.length > 1 ? last.total - first.total : null;

  return (
    <Card title={title}>
      {gained !== null ? (
        <p className="lead">
          {t('rounds.sinceFirst', { change: change(gained), round: first.round, max: format.number(max) })}
        </p>
      ) : (
        <p className="muted">{t('rounds.onlyOne')}</p>
      )}
      <Table caption={t('rounds.caption', { framework: text(framework.data.title) })}>
        <thead>
          <tr>
            <th scope="col">{t('fields.round')}</th>
            <th scope="col">{t('fields.date')}</th>
            <th scope="col" className="numeric">
              {t('rounds.total', { max: format.number(max) })}
            </th>
            <th scope="col" className="numeric">
              {t('rounds.sinceFirstColumn', { round: first.round })}
            </th>
            {framework.data.criteria.map((c) => (
              <th key={c.id} scope="col" className="numeric">
                <abbr title={text(c.title)}>{c.id}</abbr>
                <span className="visually-hidden"> {text(c.title)}</span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rounds.map((r) => (
            <tr key={r.id} className={r.id === currentId ? 'is-selected' : undefined}>
              <th scope="row">
                {t('rounds.round', { round: r.round })}
                {r.id === currentId ? <span className="muted"> ({t('rounds.this')})</span> : null}
              </th>
              <td>{format.date(r.date)}</td>
              <td className="numeric">{score(r.total)}</td>
              <td className="numeric">
                {r === first ? '—' : change(r.total !== null && first.total !== null ? r.total - first.total : null)}
              </td>
              {framework.data.criteria.map((c) => (
                <td key={c.id} className="numeric">
                  {score(r.criteria.find((x) => x.criterionId === c.id)?.score)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </Table>
    </Card>
  );
}
