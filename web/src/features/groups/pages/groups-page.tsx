import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { Loading, QueryError } from '../../../components/async-state';
import { Badge } from '../../../components/badge';
import { Button, ButtonLink } from '../../../components/button';
import { TextField } from '../../../components/field';
import { PageHeader } from '../../../components/page-header';
import { Pagination } from '../../../components/pagination';
import { EmptyRow, Table } from '../../../components/table';
import { useAnnounce } from '../../../lib/announce';
import { useFormat } from '../../../lib/format';
import { useCurrentUser } from '../../../lib/session';
import { canManageGroups } from '../../../lib/permissions';
import { useGroups } from '../api';
import { groupPath, useGroupKindLabel, useServiceAreaLabel } from '../../../lib/group-labels';

const PAGE_SIZE = 25;

export function GroupsPage() {
  const { t } = useTranslation('groups');
  const format = useFormat();
  const announce = useAnnounce();
  const areaLabel = useServiceAreaLabel();
  const kindLabel = useGroupKindLabel();
  const me = useCurrentUser();
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const page = Math.max(1, Number(params.get('page')) || 1);

  const [text, setText] = useState(q);
  const [syncedQ, setSyncedQ] = useState(q);
  if (q !== syncedQ) {
    setSyncedQ(q);
    setText(q);
  }

  const groups = useGroups({ q: q || undefined, page, pageSize: PAGE_SIZE });
  const total = groups.data && !groups.isPlaceholderData ? groups.data.total : null;
  useEffect(() => {
    if (total !== null) announce(t('list.resultsCount', { count: total, formatted: format.number(total) }));
  }, [total, announce, t, format]);

  function hrefFor(target: number) {
    const next = new URLSearchParams(params);
    if (target > 1) next.set('page', String(target));
    else next.delete('page');
    return `?${next.toString()}`;
  }

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

      <div className="filters">
        <form
          role="search"
          aria-label={t('list.search')}
          className="filters__form"
          onSubmit={(event) => {
            event.preventDefault();
            setParams(text.trim() ? { q: text.trim() } : {});
          }}
        >
          <TextField
            className="filters__search"
            type="search"
            name="q"
            label={t('list.search')}
            value={text}
            onChange={(event) => setText(event.target.value)}
          />
          <div className="filters__actions">
            <Button type="submit" variant="primary">
              {t('common:actions.search')}
            </Button>
          </div>
        </form>
      </div>

      {groups.isPending ? (
        <Loading />
      ) : groups.isError ? (
        <QueryError error={groups.error} onRetry={() => void groups.refetch()} />
      ) : (
        <div className={groups.isPlaceholderData ? 'is-stale' : undefined} aria-busy={groups.isFetching || undefined}>
          <Table caption={t('list.caption', { count: groups.data.total, formatted: format.number(groups.data.total) })}>
            <thead>
              <tr>
                <th scope="col">{t('fields.name')}</th>
                <th scope="col">{t('fields.serviceArea')}</th>
                <th scope="col">{t('fields.kind')}</th>
                <th scope="col" className="numeric">
                  {t('fields.memberCount')}
                </th>
              </tr>
            </thead>
            <tbody>
              {groups.data.items.length === 0 ? (
                <EmptyRow colSpan={4}>{q ? t('list.emptySearch') : t('list.empty')}</EmptyRow>
              ) : (
                groups.data.items.map((group) => (
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
                ))
              )}
            </tbody>
          </Table>
          <Pagination
            page={groups.data.page}
            pageSize={groups.data.pageSize}
            total={groups.data.total}
            hrefFor={hrefFor}
          />
        </div>
      )}
    </>
  );
}
