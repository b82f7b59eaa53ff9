import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { Card } from '../../../components/card';
import { PageHeader } from '../../../components/page-header';
import { useAnnounce } from '../../../lib/announce';
import { useCreateGroup } from '../api';
import { GroupForm } from '../components/group-form';
import { groupPath } from '../../../lib/group-labels';

export function GroupNewPage() {
  const { t } = useTranslation('groups');
  const navigate = useNavigate();
  const announce = useAnnounce();
  const create = useCreateGroup();
  return (
    <>
      <PageHeader title={t('new.title')} description={<p>{t('new.intro')}</p>} />
      <Card>
        <GroupForm
          pending={create.isPending}
          error={create.error}
          submitLabel={t('new.submit')}
          onCancel={() => void navigate('/groups')}
          onSubmit={(input) =>
            create.mutate(input, {
              onSuccess: (group) => {
                announce(t('new.created', { name: group.name }));
                void navigate(groupPath(String(group.id)));
              },
            })
          }
        />
      </Card>
    </>
  );
}
