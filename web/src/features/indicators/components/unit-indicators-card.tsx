import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Loading, QueryError } from '../../../components/async-state';
import { Badge } from '../../../components/badge';
import { Card } from '../../../components/card';
import { SelectField } from '../../../components/field';
import { Table } from '../../../components/table';
import { useFormat } from '../../../lib/format';
import { SERVICE_AREAS } from '../../groups';
import { useServiceAreaLabel } from '../../../lib/group-labels';
import { useAllIndicators, useUnitIndicatorValues, type UnitIndicatorItem } from '../api';
import { formatValue, indicatorPath } from '../../../lib/indicator-labels';
import { useLocalized } from '../../../lib/localized';
import { NoValue } from './no-value';
import { useVariableNames } from './variable-names';

/** Latest period in which at least one indicator has a value (null when none has). */
function latestWithData(periods: readonly string[], items: readonly UnitIndicatorItem[]): string | null {
  for (let i = periods.length - 1; i >= 0; i--) {
    const period = periods[i]!;
    if (items.some((item) => item.values.some((v) => v.period === period && v.value !== null))) return period;
  }
  return null;
}

/**
 * The unit's indicators for one period (the latest with data unless the user picks another),
 * grouped by service area: those with a value in a table, the others ("brak wartości", with the
 * reason) behind a disclosure per area so the card stays short. Values computed from GUS BDL data
 * are marked and credited.
 */
export function UnitIndicatorsCard({ unitCode, actions }: { unitCode: string; actions?: ReactNode }) {
  const { t } = useTranslation('indicators');
  const format = useFormat();
  const localized = useLocalized();
  const areaLabel = useServiceAreaLabel();
  const values = useUnitIndicatorValues(unitCode);
  const catalogue = useAllIndicators();
  const { name: variableName, byCode: variables } = useVariableNames();
  const [chosen, setChosen] = useState<string | null>(null);
  const idPrefix = useId();

  if (values.isPending) {
    return (
      <Card title={t('unitCard.title')} actions={actions}>
        <Loading />
      </Card>
    );
  }
  if (values.isError) {
    return (
      <Card title={t('unitCard.title')} actions={actions}>
        <QueryError error={values.error} onRetry={() => void values.refetch()} />
      </Card>
    );
  }

  const { periods, items } = values.data;
  const latest = latestWithData(periods, items);
  const period = chosen && periods.includes(chosen) ? chosen : latest;

  // An indicator counts as BDL data when every variable it reads comes from GUS BDL.
  const variablesOf = new Map((catalogue.data ?? []).map((i) => [i.code, i.variables.map((v) => v.code)]));
  const fromBdl = (code: string) => {
    const codes = variablesOf.get(code);
    return !!codes && codes.length > 0 && codes.every((c) => /BDL/i.test(variables.get(c)?.source ?? ''));
  };

  const rows = items.map((item) => ({ item, value: item.values.find((v) => v.period === period) }));
  const areas = [
    ...SERVICE_AREAS,
    ...new Set(items.map((i) => i.area).filter((a) => !(SERVICE_AREAS as readonly string[]).includes(a))),
  ];
  const byName = (a: (typeof rows)[number], b: (typeof rows)[number]) =>
    localized(a.item.names).localeCompare(localized(b.item.names), format.locale);
  const groups = areas
    .map((area) => {
      const inArea = rows.filter((row) => row.item.area === area).sort(byName);
      return {
        area,
        withValue: inArea.filter((row) => row.value?.value != null),
        without: inArea.filter((row) => row.value?.value == null),
      };
    })
    .filter((group) => group.withValue.length + group.without.length > 0);
  const anyBdl = rows.some((row) => row.value?.value != null && fromBdl(row.item.code));
  const valued = rows.filter((row) => row.value?.value != null).length;

  return (
    <Card title={t('unitCard.title')} actions={actions}>
      {period === null ? (
        <p className="muted">{t('unitCard.none')}</p>
      ) : (
        <>
          <div className="unit-indicators__controls">
            <SelectField
              label={t('unitCard.period')}
              value={period}
              options={[...periods].reverse().map((p) => ({ value: p, label: p }))}
              onChange={(event) => setChosen(event.target.value)}
            />
            <p className="muted">{t('unitCard.summary', { count: items.length, valued, period })}</p>
          </div>
          {groups.map((group) => (
            <section key={group.area} className="unit-indicators__area" aria-labelledby={`${idPrefix}-${group.area}`}>
              <h3 id={`${idPrefix}-${group.area}`}>{areaLabel(group.area)}</h3>
              {group.withValue.length > 0 ? (
                <Table
                  caption={t('unitCard.caption', { area: areaLabel(group.area), period })}
                  captionHidden
                  className="unit-indicators__table"
                >
                  <thead>
                    <tr>
                      <th scope="col">{t('fields.indicator')}</th>
                      <th scope="col" className="numeric">
                        {t('unitCard.value')}
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {group.withValue.map(({ item, value }) => (
                      <tr key={item.code}>
                        <th scope="row">
                          <Link to={`${indicatorPath(item.code)}?unit=${encodeURIComponent(unitCode)}`}>
                            {localized(item.names)}
                          </Link>
                        </th>
                        <td className="numeric">
                          {formatValue(format.locale, value!.value!, item.decimals)}{' '}
                          <span className="muted">{item.unit}</span>
                          {fromBdl(item.code) ? (
                            <>
                              {' '}
                              <Badge tone="neutral">{t('unitCard.bdlBadge')}</Badge>
                            </>
                          ) : null}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </Table>
              ) : null}
              {group.without.length > 0 ? (
                <details className="unit-indicators__missing">
                  <summary>{t('unitCard.withoutValue', { count: group.without.length })}</summary>
                  <ul>
                    {group.without.map(({ item, value }) => (
                      <li key={item.code}>
                        <Link to={`${indicatorPath(item.code)}?unit=${encodeURIComponent(unitCode)}`}>
                          {localized(item.names)}
                        </Link>
                        : <NoValue noValue={value?.noValue ?? null} variableName={variableName} />
                      </li>
                    ))}
                  </ul>
                </details>
              ) : null}
            </section>
          ))}
          {anyBdl ? <p className="muted source-note">{t('unitCard.bdlSource')}</p> : null}
        </>
      )}
    </Card>
  );
}
