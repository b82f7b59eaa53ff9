import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { Loading, QueryError } from '../../../components/async-state';
import { Button } from '../../../components/button';
import { TextField } from '../../../components/field';
import { PageHeader } from '../../../components/page-header';
import { Pagination } from '../../../components/pagination';
import { EmptyRow, Table } from '../../../components/table';
import { useFormat } from '../../../lib/format';
import { groupPath } from '../../../lib/group-labels';
import { unitPath } from '../../../lib/unit-labels';
import { useAuditLog, type AuditEntry } from '../api';

const PAGE_SIZE = 50;
/** Offered as suggestions only: the log accepts any entity type the server writes. */
const KNOWN_ENTITY_TYPES = ['unit', 'units', 'group', 'user'];

function EntityCell({ entry }: { entry: AuditEntry }) {
  const { t } = useTranslation('audit');
  const label = t(`entityTypes.${entry.entityType}`, { defaultValue: entry.entityType });
  const id = String(entry.entityId);
  const href = entry.entityType === 'unit' ? unitPath(id) : entry.entityType === 'group' ? groupPath(id) : null;
  return (
    <>
      {label}
      <br />
      {href ? (
        <Link to={href} className="mono">
          {id}
        </Link>
      ) : (
        <span className="mono">{id}</span>
      )}
    </>
  );
}

function Changes({ changes }: { changes: unknown }) {
  const { t } = useTranslation('audit');
  if (changes === null || changes === undefined) return <span className="muted">—</span>;
  return (
    <details className="changes">
      <summary>{t('showChanges')}</summary>
      <pre>{JSON.stringify(changes, null, 2)}</pre>
    </details>
  );
}

export function AuditPage() {
  const { t } = useTranslation('audit');
  const format = useFormat();
  const [params, setParams] = useSearchParams();
  const entityType = params.get('entityType') ?? '';
  const entityId = params.get('entityId') ?? '';
  const page = Math.max(1, Number(params.get('page')) || 1);
  // The inputs follow the URL (back button, "clear filters") without being remounted.
  const [filters, setFilters] = useState({ entityType, entityId });
  const [synced, setSynced] = useState({ entityType, entityId });
  if (synced.entityType !== entityType || synced.entityId !== entityId) {
    setSynced({ entityType, entityId });
    setFilters({ entityType, entityId });
  }

  const log = useAuditLog({
    entityType: entityType || undefined,
    entityId: entityId || undefined,
    page,
    pageSize: PAGE_SIZE,
  });

  function hrefFor(target: number) {
    const next = new URLSearchParams(params);
    if (target > 1) next.set('page', String(target));
    else next.delete('page');
    return `?${next.toString()}`;
  }

  return (
    <>
      <PageHeader title={t('title')} description={<p>{t('intro')}</p>} />
      <div className="filters">
        <form
          role="search"
          aria-label={t('filters')}
          className="filters__form"
          onSubmit={(event) => {
            event.preventDefault();
            const next: Record<string, string> = {};
            if (filters.entityType.trim()) next.entityType = filters.entityType.trim();
            if (filters.entityId.trim()) next.entityId = filters.entityId.trim();
            setParams(next);
          }}
        >
          <TextField
            label={t('entityType')}
            list="audit-entity-types"
            value={filters.entityType}
            onChange={(event) => setFilters({ ...filters, entityType: event.target.value })}
          />
          <datalist id="audit-entity-types">
            {KNOWN_ENTITY_TYPES.map((type) => (
              <option key={type} value={type}>
                {t(`entityTypes.${type}`, { defaultValue: type })}
              </option>
            ))}
          </datalist>
          <TextField
            label={t('entityId')}
            value={filters.entityId}
            onChange={(event) => setFilters({ ...filters, entityId: event.target.value })}
          />
          <div className="filters__actions">
            <Button type="submit" variant="primary">
              {t('common:actions.filter')}
            </Button>
            {entityType || entityId ? (
              <Link to="/admin/audit" className="button button--ghost">
                {t('clear')}
              </Link>
            ) : null}
          </div>
        </form>
      </div>

      {log.isPending ? (
        <Loading />
      ) : log.isError ? (
        <QueryError error={log.error} onRetry={() => void log.refetch()} />
      ) : (
        <div className={log.isPlaceholderData ? 'is-stale' : undefined} aria-busy={log.isFetching || undefined}>
          <Table caption={t('caption', { count: log.data.total, formatted: format.number(log.data.total) })}>
            <thead>
              <tr>
                <th scope="col">{t('at')}</th>
                <th scope="col">{t('actor')}</th>
                <th scope="col">{t('action')}</th>
                <th scope="col">{t('entity')}</th>
                <th scope="col">{t('changes')}</th>
              </tr>
            </thead>
            <tbody>
              {log.data.items.length === 0 ? (
                <EmptyRow colSpan={5}>{t('empty')}</EmptyRow>
              ) : (
                log.data.items.map((entry) => (
                  <tr key={entry.id}>
                    <th scope="row">
                      <time dateTime={entry.at}>{format.dateTime(entry.at)}</time>
                    </th>
                    <td>{entry.actor ? entry.actor.email : <span className="muted">{t('system')}</span>}</td>
                    <td className="mono">{entry.action}</td>
                    <td>
                      <EntityCell entry={entry} />
                    </td>
                    <td>
                      <Changes changes={entry.changes} />
                    </td>
                  </tr>
                ))
              )}
            </tbody>
          </Table>
          <Pagination page={log.data.page} pageSize={log.data.pageSize} total={log.data.total} hrefFor={hrefFor} />
        </div>
      )}
    </>
  );
}
