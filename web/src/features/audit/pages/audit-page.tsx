import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ListFilters, ListTable, useAnnouncedCount, useListParams } from '../../../components/list-page';
import { PageHeader } from '../../../components/page-header';
import { useFormat } from '../../../lib/format';
import { groupPath } from '../../../lib/group-labels';
import { unitPath } from '../../../lib/unit-labels';
import { useAuditLog, type AuditEntry } from '../api';

const PAGE_SIZE = 50;
const FILTERS = ['entityType', 'entityId'] as const;
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
  const list = useListParams(FILTERS);
  const { entityType, entityId } = list.values;

  const log = useAuditLog({
    entityType: entityType || undefined,
    entityId: entityId || undefined,
    page: list.page,
    pageSize: PAGE_SIZE,
  });

  useAnnouncedCount(log, (count, formatted) => t('resultsCount', { count, formatted }));

  return (
    <>
      <PageHeader title={t('title')} description={<p>{t('intro')}</p>} />
      <ListFilters
        list={list}
        label={t('filters')}
        texts={[
          { name: 'entityType', label: t('entityType'), suggestions: 'audit-entity-types' },
          { name: 'entityId', label: t('entityId') },
        ]}
        submitLabel={t('common:actions.filter')}
        clear={{ to: '/admin/audit', label: t('clear') }}
      >
        <datalist id="audit-entity-types">
          {KNOWN_ENTITY_TYPES.map((type) => (
            <option key={type} value={type}>
              {t(`entityTypes.${type}`, { defaultValue: type })}
            </option>
          ))}
        </datalist>
      </ListFilters>

      <ListTable
        query={log}
        caption={(count, formatted) => t('caption', { count, formatted })}
        list={list}
        columns={[t('at'), t('actor'), t('action'), t('entity'), t('changes')]}
        empty={t('empty')}
        row={(entry) => (
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
        )}
      />
    </>
  );
}
