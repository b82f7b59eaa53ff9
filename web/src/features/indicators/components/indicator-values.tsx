import { lazy, Suspense, useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { Loading, QueryError } from '../../../components/async-state';
import { Button } from '../../../components/button';
import { Table } from '../../../components/table';
import { isApiError } from '../../../lib/api';
import { useFormat } from '../../../lib/format';
import { UnitPicker } from '../../units';
import { unitPath, useKindLabel } from '../../../lib/unit-labels';
import { useUnitIndicatorValues, type Indicator } from '../api';
import { formatValue } from '../../../lib/indicator-labels';
import { useLocalized } from '../../../lib/localized';
import { NoValue } from './no-value';
import { useVariableNames } from './variable-names';

const SeriesChart = lazy(() => import('./series-chart'));

/**
 * "Values for a unit" on an indicator's page: pick a unit, see the indicator per period as a
 * table (the accessible form) and as a small line chart. The unit is kept in the URL (?unit=).
 */
export function IndicatorValues({ indicator }: { indicator: Indicator }) {
  const { t } = useTranslation('indicators');
  const format = useFormat();
  const localized = useLocalized();
  const kindLabel = useKindLabel();
  const [params, setParams] = useSearchParams();
  const unitCode = params.get('unit');
  const values = useUnitIndicatorValues(unitCode);
  const { name: variableName } = useVariableNames(!!unitCode);

  function choose(code: string | null) {
    const next = new URLSearchParams(params);
    if (code) next.set('unit', code);
    else next.delete('unit');
    setParams(next, { replace: true });
  }

  const item = values.data?.items.find((i) => i.code === indicator.code);
  const series = useMemo(() => item?.values ?? [], [item]);
  const periods = useMemo(() => series.map((v) => v.period), [series]);
  const numbers = useMemo(() => series.map((v) => v.value), [series]);
  const formatNumber = useCallback(
    (value: number) => formatValue(format.locale, value, indicator.decimals),
    [format.locale, indicator.decimals],
  );

  if (!unitCode) {
    return (
      <>
        <p>{t('values.intro')}</p>
        <UnitPicker
          label={t('values.pickUnit')}
          actionLabel={t('values.choose')}
          onPick={(unit) => choose(unit.code)}
        />
      </>
    );
  }

  const unitName = values.data ? values.data.unit.name : unitCode;
  const withValue = series.filter((v) => v.value !== null).length;

  return (
    <>
      <div className="picked">
        <p>
          {t('values.unit')}{' '}
          {values.data ? (
            <>
              <Link to={unitPath(values.data.unit.code)}>{values.data.unit.name}</Link>{' '}
              <span className="muted">
                ({kindLabel(values.data.unit.kind)}, {values.data.unit.code})
              </span>
            </>
          ) : (
            <span className="mono">{unitCode}</span>
          )}
        </p>
        <Button small onClick={() => choose(null)}>
          {t('values.change')}
        </Button>
      </div>
      {values.isPending ? (
        <Loading />
      ) : values.isError ? (
        isApiError(values.error) && values.error.status === 404 ? (
          <p className="muted">{t('values.unitNotFound', { code: unitCode })}</p>
        ) : (
          <QueryError error={values.error} onRetry={() => void values.refetch()} />
        )
      ) : !item ? (
        <p>{t('values.notApplicable', { kind: kindLabel(values.data.unit.kind).toLocaleLowerCase(format.locale) })}</p>
      ) : series.length === 0 ? (
        <p className="muted">{t('values.noData')}</p>
      ) : (
        <div className="indicator-values">
          {withValue > 0 ? (
            <Suspense fallback={<Loading label={t('values.chartLoading')} />}>
              <SeriesChart
                periods={periods}
                values={numbers}
                format={formatNumber}
                ariaLabel={t('values.chartLabel', {
                  name: localized(indicator.names),
                  unitName,
                  from: periods[0],
                  to: periods[periods.length - 1],
                  unit: indicator.unit,
                })}
              />
            </Suspense>
          ) : (
            <p className="muted">{t('values.noneToChart')}</p>
          )}
          <Table caption={t('values.caption', { name: localized(indicator.names), unitName })}>
            <thead>
              <tr>
                <th scope="col">{t('values.period')}</th>
                <th scope="col" className="numeric">
                  {t('values.value', { unit: indicator.unit })}
                </th>
              </tr>
            </thead>
            <tbody>
              {series.map((v) => (
                <tr key={v.period}>
                  <th scope="row">{v.period}</th>
                  <td className="numeric">
                    {v.value !== null ? (
                      formatNumber(v.value)
                    ) : (
                      <NoValue noValue={v.noValue} variableName={variableName} />
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </Table>
        </div>
      )}
    </>
  );
}
