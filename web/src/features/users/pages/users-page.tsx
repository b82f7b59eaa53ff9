import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { Loading, QueryError } from '../../../components/async-state';
import { Badge } from '../../../components/badge';
import { Button } from '../../../components/button';
import { Card } from '../../../components/card';
import { TextField } from '../../../components/field';
import { PageHeader } from '../../../components/page-header';
import { Pagination } from '../../../components/pagination';
import { EmptyRow, Table } from '../../../components/table';
import { useFormat } from '../../../lib/format';
import { useUsers, type UserStatus } from '../api';
import { CreateUserForm } from '../components/create-user-form';
import { UserRoles } from '../components/user-roles';
import { useAssignmentLabel } from '../labels';

const PAGE_SIZE = 25;
const STATUS_TONE: Record<UserStatus, 'success' | 'info' | 'neutral'> = {
  active: 'success',
  invited: 'info',
  disabled: 'neutral',
};

export function UsersPage() {
  const { t } = useTranslation('users');
  const format = useFormat();
  const assignmentLabel = useAssignmentLabel();
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const page = Math.max(1, Number(params.get('page')) || 1);
  const [text, setText] = useState(q);
  const [syncedQ, setSyncedQ] = useState(q);
  if (q !== syncedQ) {
    setSyncedQ(q);
    setText(q);
  }
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const rolesHeading = useRef<HTMLHeadingElement>(null);
  // The button that opened the roles panel gets focus back when the panel closes.
  const opener = useRef<HTMLButtonElement | null>(null);

  const users = useUsers({ q: q || undefined, page, pageSize: PAGE_SIZE });
  const selected = users.data?.items.find((user) => String(user.id) === selectedId) ?? null;

  useEffect(() => {
    if (selectedId) rolesHeading.current?.focus();
  }, [selectedId]);

  function closePanel() {
    setSelectedId(null);
    requestAnimationFrame(() => opener.current?.focus());
  }

  function hrefFor(target: number) {
    const next = new URLSearchParams(params);
    if (target > 1) next.set('page', String(target));
    else next.delete('page');
    return `?${next.toString()}`;
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

        {users.isPending ? (
          <Loading />
        ) : users.isError ? (
          <QueryError error={users.error} onRetry={() => void users.refetch()} />
        ) : (
          <>
            <Table
              caption={t('list.caption', { count: users.data.total, formatted: format.number(users.data.total) })}
              captionHidden
            >
              <thead>
                <tr>
                  <th scope="col">{t('fields.name')}</th>
                  <th scope="col">{t('fields.email')}</th>
                  <th scope="col">{t('fields.status')}</th>
                  <th scope="col">{t('fields.roles')}</th>
                  <th scope="col">{t('fields.createdAt')}</th>
                  <th scope="col">
                    <span className="visually-hidden">{t('common:actions.actions')}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {users.data.items.length === 0 ? (
                  <EmptyRow colSpan={6}>{t('list.empty')}</EmptyRow>
                ) : (
                  users.data.items.map((user) => (
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
                  ))
                )}
              </tbody>
            </Table>
            <Pagination
              page={users.data.page}
              pageSize={users.data.pageSize}
              total={users.data.total}
              hrefFor={hrefFor}
            />
          </>
        )}
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
