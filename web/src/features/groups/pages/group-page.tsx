import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { Breadcrumb } from '../../../components/breadcrumb';
import { Alert } from '../../../components/alert';
import { Badge } from '../../../components/badge';
import { Button } from '../../../components/button';
import { Card } from '../../../components/card';
import { PageHeader } from '../../../components/page-header';
import { useAnnounce } from '../../../lib/announce';
import { useErrorMessage } from '../../../lib/errors';
import { useFormat } from '../../../lib/format';
import { useCurrentUser } from '../../../lib/session';
import { useInlineEditor } from '../../../lib/use-inline-editor';
import { canManageGroup, canModerateGroup } from '../../../lib/permissions';
import { useDeleteGroup, useGroup, useUpdateGroup, type GroupDetail, type GroupInput } from '../api';
import { GroupForm } from '../components/group-form';
import { GroupMembers } from '../components/group-members';
import { QueryContent } from '../../../components/query-content';
import { useGroupKindLabel, useServiceAreaLabel } from '../../../lib/group-labels';

export function GroupPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation('groups');
  const group = useGroup(id);
  return (
    <QueryContent query={group} notFound={t('detail.notFound')}>
      {(data) => <GroupDetailView key={id} id={id} group={data} />}
    </QueryContent>
  );
}

function GroupDetailView({ id, group }: { id: string; group: GroupDetail }) {
  const { t } = useTranslation('groups');
  const format = useFormat();
  const announce = useAnnounce();
  const navigate = useNavigate();
  const errorMessage = useErrorMessage();
  const areaLabel = useServiceAreaLabel();
  const kindLabel = useGroupKindLabel();
  const me = useCurrentUser();
  const canManage = canManageGroup(me, id);
  const canModerate = canModerateGroup(me, id);
  const update = useUpdateGroup(id);
  const { editing, editButton, open: openEditor, close: closeEditor } = useInlineEditor(update.reset);
  const remove = useDeleteGroup(id);

  function save(input: GroupInput) {
    // Moderators may change only the name and the description; sending more would be refused.
    const patch = canManage ? input : { name: input.name, description: input.description };
    update.mutate(patch, {
      onSuccess: () => {
        announce(t('detail.saved'));
        closeEditor();
      },
    });
  }

  function deleteGroup() {
    if (!window.confirm(t('detail.confirmDelete', { name: group.name }))) return;
    remove.mutate(undefined, {
      onSuccess: () => {
        announce(t('detail.deleted', { name: group.name }));
        void navigate('/groups');
      },
    });
  }

  return (
    <>
      <PageHeader
        before={<Breadcrumb items={[{ to: '/groups', label: t('list.title') }, { label: group.name }]} />}
        title={group.name}
        description={
          <p>
            {areaLabel(group.serviceArea)} · {kindLabel(group.kind)}
            {group.isDemo ? (
              <>
                {' '}
                <Badge tone="info">{t('demo')}</Badge>
              </>
            ) : null}
          </p>
        }
        actions={
          canModerate && !editing ? (
            <>
              <Button ref={editButton} onClick={openEditor}>
                {t('detail.edit')}
              </Button>
              {canManage ? (
                <Button
                  variant="danger"
                  onClick={deleteGroup}
                  busy={remove.isPending}
                  busyLabel={t('detail.deleting')}
                  disabled={remove.isPending}
                >
                  {t('detail.delete')}
                </Button>
              ) : null}
            </>
          ) : null
        }
      />

      {group.isDemo ? <Alert tone="info">{t('detail.demoNotice')}</Alert> : null}
      {remove.isError ? (
        <Alert tone="error" live focusOn={remove.error}>
          <p>{errorMessage(remove.error)}</p>
        </Alert>
      ) : null}

      {editing ? (
        <Card title={t('detail.editTitle')}>
          <GroupForm
            initial={{
              name: group.name,
              description: group.description ?? '',
              serviceArea: group.serviceArea,
              kind: group.kind,
            }}
            limited={!canManage}
            pending={update.isPending}
            error={update.error}
            submitLabel={t('common:actions.save')}
            onSubmit={save}
            onCancel={closeEditor}
          />
        </Card>
      ) : (
        <Card title={t('detail.about')}>
          {group.description ? (
            <p className="prewrap">{group.description}</p>
          ) : (
            <p className="muted">{t('detail.noDescription')}</p>
          )}
          <dl className="details">
            <div>
              <dt>{t('fields.serviceArea')}</dt>
              <dd>{areaLabel(group.serviceArea)}</dd>
            </div>
            <div>
              <dt>{t('fields.kind')}</dt>
              <dd>{kindLabel(group.kind)}</dd>
            </div>
            <div>
              <dt>{t('fields.memberCount')}</dt>
              <dd>{format.number(group.memberCount)}</dd>
            </div>
          </dl>
        </Card>
      )}

      <Card title={t('members.title', { count: group.members.length, formatted: format.number(group.members.length) })}>
        <GroupMembers group={group} canEdit={canManage} />
      </Card>

      <Card title={t('moderators.title')}>
        {group.moderators.length === 0 ? (
          <p className="muted">{t('moderators.empty')}</p>
        ) : (
          <ul className="link-list">
            {group.moderators.map((moderator) => (
              <li key={moderator.userId}>
                {moderator.name} <a href={`mailto:${moderator.email}`}>{moderator.email}</a>
              </li>
            ))}
          </ul>
        )}
      </Card>
    </>
  );
}
