import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Badge } from '../../../components/badge';
import { Button } from '../../../components/button';
import { Card } from '../../../components/card';
import { ListFilters, ListTable, useAnnouncedCount, useListParams } from '../../../components/list-page';
import { PageHeader } from '../../../components/page-header';
import { useFormat } from '../../../lib/format';
import { useUsers, type UserStatus } from '../api';
import { CreateUserForm } from '../components/create-user-form';
import { UserRoles } from '../components/user-roles';
import { useAssignmentLabel } from '../labels';

const PAGE_SIZE = 25;
const FILTERS = ['q'] as const;
const STATUS_TONE: Record<UserStatus, 'success' | 'info' | 'neutral'> = {
  active: 'success',
  invited: 'info',
  disabled: 'neutral',
};

export function UsersPage() {
  const { t } = useTranslation('users');
  const format = useFormat();
  const assignmentLabel = useAssignmentLabel();
  const list = useListParams(FILTERS);
  const { q } = list.values;
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const rolesHeading = useRef<HTMLHeadingElement>(null);
  // The button that opened the roles panel gets focus back when the panel closes.
  const opener = useRef<HTMLButtonElement | null>(null);

  const users = useUsers({ q: q || undefined, page: list.page, pageSize: PAGE_SIZE });
  const selected = users.data?.items.find((user) => String(user.id) === selectedId) ?? null;
  useAnnouncedCount(users, (count, formatted) => t('list.resultsCount', { count, formatted }));

  useEffect(() => {
    if (selectedId) rolesHeading.current?.focus();
  }, [selectedId]);

  function closePanel() {
    setSelectedId(null);
    requestAnimationFrame(() => opener.current?.focus());
  }

  return (
    <>
      <PageHeader title={t('title')} description={<p>{t('intro')}</p>} />

      <Card title={t('create.title')}>
        <CreateUserForm />
      </Card>

      <section className="card" aria-labelledby="users-list-title">
        <h2 id="users-list-title" className="card__title">
          {t('list.title')}
        </h2>
        <ListFilters
          list={list}
          framed={false}
          label={t('list.search')}
          texts={[{ name: 'q', label: t('list.search'), search: true }]}
        />

        <ListTable
          query={users}
          caption={(count, formatted) => t('list.caption', { count, formatted })}
          captionHidden
          list={list}
          columns={[
            t('fields.name'),
            t('fields.email'),
            t('fields.status'),
            t('fields.roles'),
            t('fields.createdAt'),
            <span className="visually-hidden">{t('common:actions.actions')}</span>,
          ]}
          empty={t('list.empty')}
          row={(user) => (
            <tr key={user.id} className={String(user.id) === selectedId ? 'is-selected' : undefined}>
              <th scope="row">{user.name}</th>
              <td>{user.email}</td>
              <td>
                <Badge tone={STATUS_TONE[user.status] ?? 'neutral'}>
                  {t(`status.${user.status}`, { defaultValue: user.status })}
                </Badge>
              </td>
              <td>
                {user.roles.length === 0 ? (
                  <span className="muted">—</span>
                ) : (
                  <ul className="plain-list">
                    {user.roles.map((assignment) => (
                      <li key={assignment.id}>{assignmentLabel(assignment)}</li>
                    ))}
                  </ul>
                )}
              </td>
              <td>
                <time dateTime={user.createdAt}>{format.date(user.createdAt)}</time>
              </td>
              <td className="actions-cell">
                <Button
                  small
                  aria-pressed={String(user.id) === selectedId}
                  aria-label={t('list.manageRolesOf', { name: user.name })}
                  onClick={(event) => {
                    opener.current = event.currentTarget;
                    setSelectedId(String(user.id) === selectedId ? null : String(user.id));
                  }}
                >
                  {t('list.manageRoles')}
                </Button>
              </td>
            </tr>
          )}
        />
      </section>

      {selected ? (
        <section className="card" aria-labelledby="user-roles-title">
          <div className="card__header">
            <h2 id="user-roles-title" className="card__title" tabIndex={-1} ref={rolesHeading}>
              {t('roles.title', { name: selected.name })}
            </h2>
            <div className="card__actions">
              <Button small onClick={closePanel}>
                {t('common:actions.close')}
              </Button>
            </div>
          </div>
          <UserRoles key={selected.id} user={selected} />
        </section>
      ) : null}
    </>
  );
}
