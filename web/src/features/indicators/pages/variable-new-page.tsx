import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { Card } from '../../../components/card';
import { PageHeader } from '../../../components/page-header';
import { useAnnounce } from '../../../lib/announce';
import { useCreateVariable } from '../api';
import { VariableForm } from '../components/variable-form';
import { useLocalized } from '../../../lib/localized';
import { variablePath } from '../../../lib/indicator-labels';

export function VariableNewPage() {
  const { t } = useTranslation('indicators');
  const navigate = useNavigate();
  const announce = useAnnounce();
  const localized = useLocalized();
  const create = useCreateVariable();
  return (
    <>
      <PageHeader title={t('variables.newTitle')} description={<p>{t('variables.newIntro')}</p>} />
      <Card>
        <VariableForm
          pending={create.isPending}
          error={create.error}
          submitLabel={t('variables.create')}
          onCancel={() => void navigate('/variables')}
          onSubmit={(input) =>
            create.mutate(input, {
              onSuccess: (variable) => {
                announce(t('variables.created', { name: localized(variable.names) }));
                void navigate(variablePath(variable.code));
              },
            })
          }
        />
      </Card>
    </>
  );
}
