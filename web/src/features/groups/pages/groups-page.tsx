import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Badge } from '../../../components/badge';
import { ButtonLink } from '../../../components/button';
import { ListFilters, ListTable, useAnnouncedCount, useListParams } from '../../../components/list-page';
import { PageHeader } from '../../../components/page-header';
import { useFormat } from '../../../lib/format';
import { groupPath, useGroupKindLabel, useServiceAreaLabel } from '../../../lib/group-labels';
import { canManageGroups } from '../../../lib/permissions';
import { useCurrentUser } from '../../../lib/session';
import { useGroups } from '../api';

const PAGE_SIZE = 25;
const FILTERS = ['q'] as const;

export function GroupsPage() {
  const { t } = useTranslation('groups');
  const format = useFormat();
  const areaLabel = useServiceAreaLabel();
  const kindLabel = useGroupKindLabel();
  const me = useCurrentUser();
  const list = useListParams(FILTERS);
  const { q } = list.values;

  const groups = useGroups({ q: q || undefined, page: list.page, pageSize: PAGE_SIZE });
  useAnnouncedCount(groups, (count, formatted) => t('list.resultsCount', { count, formatted }));

  return (
    <>
      <PageHeader
        title={t('list.title')}
        description={<p>{t('list.intro')}</p>}
        actions={
          canManageGroups(me) ? (
            <ButtonLink to="/groups/new" variant="primary">
              {t('list.new')}
            </ButtonLink>
          ) : null
        }
      />

      <ListFilters
        list={list}
        label={t('list.search')}
        texts={[{ name: 'q', label: t('list.search'), search: true }]}
      />

      <ListTable
        query={groups}
        caption={(count, formatted) => t('list.caption', { count, formatted })}
        list={list}
        columns={[
          t('fields.name'),
          t('fields.serviceArea'),
          t('fields.kind'),
          { label: t('fields.memberCount'), className: 'numeric' },
        ]}
        empty={q ? t('list.emptySearch') : t('list.empty')}
        row={(group) => (
          <tr key={group.id}>
            <th scope="row">
              <Link to={groupPath(String(group.id))}>{group.name}</Link>
              {group.isDemo ? (
                <>
                  {' '}
                  <Badge tone="info">{t('demo')}</Badge>
                </>
              ) : null}
            </th>
            <td>{areaLabel(group.serviceArea)}</td>
            <td>{kindLabel(group.kind)}</td>
            <td className="numeric">{format.number(group.memberCount)}</td>
          </tr>
        )}
      />
    </>
  );
}
