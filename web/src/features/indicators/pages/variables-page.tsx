import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Breadcrumb } from '../../../components/breadcrumb';
import { ButtonLink } from '../../../components/button';
import { ListFilters, ListTable, useAnnouncedCount, useListParams } from '../../../components/list-page';
import { PageHeader } from '../../../components/page-header';
import { usePeriodicityLabel, variablePath } from '../../../lib/indicator-labels';
import { useLocalized } from '../../../lib/localized';
import { canManageCatalogue } from '../../../lib/permissions';
import { useCurrentUser } from '../../../lib/session';
import { useVariables } from '../api';

const PAGE_SIZE = 25;
const FILTERS = ['q'] as const;

export function VariablesPage() {
  const { t } = useTranslation('indicators');
  const localized = useLocalized();
  const periodicityLabel = usePeriodicityLabel();
  const me = useCurrentUser();
  const list = useListParams(FILTERS);
  const { q } = list.values;

  const variables = useVariables({ q: q || undefined, page: list.page, pageSize: PAGE_SIZE });
  useAnnouncedCount(variables, (count, formatted) => t('variables.resultsCount', { count, formatted }));

  return (
    <>
      <PageHeader
        before={<Breadcrumb items={[{ to: '/indicators', label: t('list.title') }, { label: t('variables.title') }]} />}
        title={t('variables.title')}
        description={<p>{t('variables.intro')}</p>}
        actions={
          canManageCatalogue(me) ? (
            <ButtonLink to="/variables/new" variant="primary">
              {t('variables.new')}
            </ButtonLink>
          ) : null
        }
      />
      <ListFilters
        list={list}
        label={t('variables.search')}
        texts={[{ name: 'q', label: t('variables.search'), hint: t('list.searchHint'), search: true }]}
      />
      <ListTable
        query={variables}
        caption={(count, formatted) => t('variables.caption', { count, formatted })}
        list={list}
        columns={[t('fields.name'), t('fields.code'), t('fields.unit'), t('fields.source'), t('fields.periodicity')]}
        empty={t('variables.empty')}
        row={(variable) => (
          <tr key={variable.code}>
            <th scope="row">
              <Link to={variablePath(variable.code)}>{localized(variable.names)}</Link>
            </th>
            <td className="mono">{variable.code}</td>
            <td>{variable.unit}</td>
            <td>{variable.source}</td>
            <td>{periodicityLabel(variable.periodicity)}</td>
          </tr>
        )}
      />
    </>
  );
}
