import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { FilterSelect, ListFilters, ListTable, useAnnouncedCount, useListParams } from '../../../components/list-page';
import { AUDIT_ENTITY_TYPES } from '../../../../../domain/audit/vocabulary';
import { PageHeader } from '../../../components/page-header';
import { useFormat } from '../../../lib/format';
import { groupPath } from '../../../lib/group-labels';
import { unitPath } from '../../../lib/unit-labels';
import { useAuditLog, type AuditEntry } from '../api';

const PAGE_SIZE = 50;
const FILTERS = ['entityType', 'entityId'] as const;

/**
 * Labels of the audit vocabulary in the user's language. Action codes contain dots
 * (`plan.action.create`), so they are read from the object rather than as i18next key paths.
 */
function useAuditLabels() {
  const { t } = useTranslation('audit');
  return useMemo(() => {
    const actions = t('actions', { returnObjects: true }) as Record<string, string>;
    const entityTypes = t('entityTypes', { returnObjects: true }) as Record<string, string>;
    return {
      action: (code: string) => actions[code] ?? code,
      entityType: (code: string) => entityTypes[code] ?? code,
    };
  }, [t]);
}

function EntityCell({ entry }: { entry: AuditEntry }) {
  const label = useAuditLabels().entityType(entry.entityType);
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
  const labels = useAuditLabels();
  const entityTypeOptions = useMemo(
    () =>
      AUDIT_ENTITY_TYPES.map((type) => ({ value: type, label: labels.entityType(type) })).sort((a, b) =>
        a.label.localeCompare(b.label, format.locale),
      ),
    [labels, format.locale],
  );

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
        texts={[{ name: 'entityId', label: t('entityId') }]}
        submitLabel={t('common:actions.filter')}
        clear={{ to: '/admin/audit', label: t('clear') }}
      >
        <FilterSelect
          list={list}
          name="entityType"
          label={t('entityType')}
          placeholder={t('allTypes')}
          options={entityTypeOptions}
        />
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
            <td>
              {labels.action(entry.action)}
              <br />
              <span className="muted mono">{entry.action}</span>
            </td>
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
