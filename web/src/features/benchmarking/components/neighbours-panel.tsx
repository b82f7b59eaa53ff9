import { useTranslation } from 'react-i18next';
import { Loading, QueryError } from '../../../components/async-state';
import { ButtonLink } from '../../../components/button';
import { Card } from '../../../components/card';
import { useLocalized } from '../../../lib/localized';
import { useNeighbours, type Neighbours } from '../api';
import { neighboursPath } from '../labels';
import { ContributionLegend, NeighbourTable } from './neighbour-table';

/** The method in one paragraph, with the variables the model uses. */
export function NeighboursMethod({ data }: { data: Neighbours }) {
  const { t } = useTranslation('benchmarking');
  const localized = useLocalized();
  return (
    <>
      <p>
        {t('neighbours.method', {
          variables: data.variables.map((v) => localized(v.names).toLocaleLowerCase()).join(', '),
          period: data.period,
        })}
      </p>
      {data.imputedVariables.length > 0 ? (
        <p className="muted">
          {t('neighbours.imputedNote', {
            variables: data.imputedVariables
              .map((key) => localized(data.variables.find((v) => v.key === key)?.names))
              .join(', '),
          })}
        </p>
      ) : null}
    </>
  );
}

/**
 * "Why these units?" on the dashboard when the peer group is the unit's nearest neighbours:
 * the method, the list with distances and what makes each neighbour different, and a link to
 * re-weight the variables.
 */
export function NeighboursPanel({ code, k, period }: { code: string; k: number; period: string }) {
  const { t } = useTranslation('benchmarking');
  const neighbours = useNeighbours(code, { k, period });
  return (
    <Card
      title={t('neighbours.panelTitle')}
      actions={
        <ButtonLink small to={neighboursPath(code, { period, k })}>
          {t('neighbours.adjust')}
        </ButtonLink>
      }
    >
      {neighbours.isPending ? (
        <Loading />
      ) : neighbours.isError ? (
        <QueryError error={neighbours.error} onRetry={() => void neighbours.refetch()} />
      ) : (
        <>
          <NeighboursMethod data={neighbours.data} />
          <ContributionLegend data={neighbours.data} />
          <NeighbourTable
            data={neighbours.data}
            period={period}
            caption={t('neighbours.caption', {
              name: neighbours.data.unit.name,
              count: neighbours.data.neighbours.length,
              period,
            })}
          />
        </>
      )}
    </Card>
  );
}
