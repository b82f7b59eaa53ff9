import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ButtonLink } from '../../../components/button';
import { FilterSelect, ListFilters, ListTable, useAnnouncedCount, useListParams } from '../../../components/list-page';
import { PageHeader } from '../../../components/page-header';
import { oneOf } from '../../../lib/format';
import { useCurrentUser } from '../../../lib/session';
import { canManageCatalogue } from '../../../lib/permissions';
import { SERVICE_AREAS } from '../../groups';
import { useServiceAreaLabel } from '../../../lib/group-labels';
import { KNOWN_KINDS, useKindLabel } from '../../../lib/unit-labels';
import { INDICATOR_TYPES, useIndicators } from '../api';
import { CoverageText } from '../components/coverage-text';
import { PolarityLabel } from '../components/polarity';
import { indicatorPath, useIndicatorTypeLabel } from '../../../lib/indicator-labels';
import { useLocalized } from '../../../lib/localized';

const PAGE_SIZE = 25;
const FILTERS = ['q', 'area', 'type', 'kind'] as const;

/** The indicator catalogue: search and filters live in the query string, like the units browser. */
export function IndicatorsPage() {
  const { t } = useTranslation('indicators');
  const localized = useLocalized();
  const areaLabel = useServiceAreaLabel();
  const typeLabel = useIndicatorTypeLabel();
  const kindLabel = useKindLabel();
  const me = useCurrentUser();
  const list = useListParams(FILTERS);
  const { q, area, type, kind: unitKind } = list.values;

  const indicators = useIndicators({
    q: q || undefined,
    // A filter the server does not know is ignored rather than answered with an error.
    area: oneOf(SERVICE_AREAS, area),
    type: oneOf(INDICATOR_TYPES, type),
    unitKind: unitKind || undefined,
    page: list.page,
    pageSize: PAGE_SIZE,
  });
  useAnnouncedCount(indicators, (count, formatted) => t('list.resultsCount', { count, formatted }));

  return (
    <>
      <PageHeader
        title={t('list.title')}
        description={<p>{t('list.intro')}</p>}
        actions={
          <>
            <ButtonLink to="/variables">{t('list.variables')}</ButtonLink>
            {canManageCatalogue(me) ? (
              <ButtonLink to="/indicators/new" variant="primary">
                {t('list.new')}
              </ButtonLink>
            ) : null}
          </>
        }
      />

      <ListFilters
        list={list}
        label={t('list.filters')}
        texts={[{ name: 'q', label: t('list.search'), hint: t('list.searchHint'), search: true }]}
        clear={{ to: '/indicators', label: t('list.clear') }}
      >
        <FilterSelect
          list={list}
          name="area"
          label={t('fields.area')}
          placeholder={t('list.anyArea')}
          options={SERVICE_AREAS.map((id) => ({ value: id, label: areaLabel(id) }))}
        />
        <FilterSelect
          list={list}
          name="type"
          label={t('fields.type')}
          placeholder={t('list.anyType')}
          options={INDICATOR_TYPES.map((id) => ({ value: id, label: typeLabel(id) }))}
        />
        <FilterSelect
          list={list}
          name="kind"
          label={t('fields.unitKind')}
          placeholder={t('list.anyKind')}
          options={KNOWN_KINDS.map((id) => ({ value: id, label: kindLabel(id) }))}
        />
      </ListFilters>

      <ListTable
        query={indicators}
        caption={(count, formatted) => t('list.caption', { count, formatted })}
        list={list}
        columns={[
          t('fields.name'),
          t('fields.code'),
          t('fields.area'),
          t('fields.type'),
          t('fields.polarity'),
          t('fields.unit'),
          t('fields.coverage'),
        ]}
        empty={t('list.empty')}
        row={(indicator) => (
          <tr key={indicator.code}>
            <th scope="row">
              <Link to={indicatorPath(indicator.code)}>{localized(indicator.names)}</Link>
            </th>
            <td className="mono code-cell">{indicator.code}</td>
            <td>{areaLabel(indicator.area)}</td>
            <td>{typeLabel(indicator.type)}</td>
            <td>
              <PolarityLabel polarity={indicator.polarity} />
            </td>
            <td>{indicator.unit}</td>
            <td>
              <CoverageText coverage={indicator.coverage} />
            </td>
          </tr>
        )}
      />
    </>
  );
}
