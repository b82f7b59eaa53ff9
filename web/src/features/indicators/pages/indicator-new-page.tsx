import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { Card } from '../../../components/card';
import { PageHeader } from '../../../components/page-header';
import { useAnnounce } from '../../../lib/announce';
import { useCreateIndicator } from '../api';
import { IndicatorForm } from '../components/indicator-form';
import { indicatorPath } from '../../../lib/indicator-labels';
import { useLocalized } from '../../../lib/localized';

export function IndicatorNewPage() {
  const { t } = useTranslation('indicators');
  const navigate = useNavigate();
  const announce = useAnnounce();
  const localized = useLocalized();
  const create = useCreateIndicator();
  return (
    <>
      <PageHeader title={t('new.title')} description={<p>{t('new.intro')}</p>} />
      <Card>
        <IndicatorForm
          pending={create.isPending}
          error={create.error}
          submitLabel={t('new.submit')}
          onCancel={() => void navigate('/indicators')}
          onSubmit={(input) =>
            create.mutate(input, {
              onSuccess: (indicator) => {
                announce(t('new.created', { name: localized(indicator.names) }));
                void navigate(indicatorPath(indicator.code));
              },
            })
          }
        />
      </Card>
    </>
  );
}
