import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Badge } from '../../../components/badge';
import { CheckboxField } from '../../../components/field';
import { FilterSelect, ListFilters, ListTable, useAnnouncedCount, useListParams } from '../../../components/list-page';
import { PageHeader } from '../../../components/page-header';
import { useFormat } from '../../../lib/format';
import { unitPath, useKindLabel } from '../../../lib/unit-labels';
import { useUnitKinds, useUnits, useVoivodeships } from '../api';

const PAGE_SIZE = 25;
const FILTERS = ['q', 'kind', 'within', 'historical'] as const;

/** Units browser. All filter state lives in the query string, so results can be shared as a link. */
export function UnitsPage() {
  const { t } = useTranslation('units');
  const format = useFormat();
  const kindLabel = useKindLabel();
  const list = useListParams(FILTERS);
  const { q, kind, within } = list.values;
  const includeHistorical = list.values.historical === '1';

  const kinds = useUnitKinds();
  const voivodeships = useVoivodeships();
  const units = useUnits({
    q: q || undefined,
    kind: kind || undefined,
    within: within || undefined,
    includeHistorical: includeHistorical ? 'true' : undefined,
    page: list.page,
    pageSize: PAGE_SIZE,
  });
  useAnnouncedCount(units, (count, formatted) => t('browser.resultsCount', { count, formatted }));

  const kindOptions = (kinds.data?.items ?? []).map((item) => ({
    value: item.kind,
    label: `${kindLabel(item.kind)} (${format.number(item.count)})`,
  }));
  const voivodeshipOptions = (voivodeships.data?.items ?? [])
    .map((unit) => ({ value: unit.code, label: unit.name }))
    .sort((a, b) => a.label.localeCompare(b.label, 'pl'));

  return (
    <>
      <PageHeader title={t('browser.title')} description={<p>{t('browser.intro')}</p>} />

      <ListFilters
        list={list}
        label={t('browser.filters')}
        texts={[{ name: 'q', label: t('browser.search'), hint: t('browser.searchHint'), search: true }]}
        clear={{ to: '/units', label: t('browser.clear') }}
      >
        <FilterSelect
          list={list}
          name="kind"
          label={t('browser.kind')}
          placeholder={t('browser.anyKind')}
          options={kindOptions}
        />
        <FilterSelect
          list={list}
          name="within"
          label={t('browser.voivodeship')}
          placeholder={t('browser.anyVoivodeship')}
          options={voivodeshipOptions}
        />
        <CheckboxField
          label={t('browser.includeHistorical')}
          checked={includeHistorical}
          onChange={(event) => list.update({ historical: event.target.checked ? '1' : null })}
        />
      </ListFilters>

      <ListTable
        query={units}
        caption={(count, formatted) => t('browser.caption', { count, formatted })}
        list={list}
        columns={[t('fields.name'), t('fields.code'), t('fields.kind'), t('fields.parent')]}
        empty={t('browser.empty')}
        row={(unit) => (
          <tr key={unit.code}>
            <th scope="row">
              <Link to={unitPath(unit.code)}>{unit.name}</Link>
              {unit.validTo ? (
                <>
                  {' '}
                  <Badge tone="warning">{t('historical.badge')}</Badge>
                </>
              ) : null}
            </th>
            <td className="mono">{unit.code}</td>
            <td>{kindLabel(unit.kind)}</td>
            <td>
              {unit.parentCode ? (
                <>
                  <Link to={unitPath(unit.parentCode)}>{unit.parentName ?? unit.parentCode}</Link>{' '}
                  <span className="muted mono">{unit.parentCode}</span>
                </>
              ) : (
                <span className="muted">—</span>
              )}
            </td>
          </tr>
        )}
      />
    </>
  );
}
