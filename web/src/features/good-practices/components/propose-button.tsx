import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { Button } from '../../../components/button';
import { FormError } from '../../../components/form';
import { useAnnounce } from '../../../lib/announce';
import { practicePath, useProposePractice, type ProposalSource } from '../api';

/**
 * "Propose as a good practice": one step from an improvement action that improved more than its
 * peers (or another source the server accepts) to a draft that keeps the link and copies what it
 * can; a second click opens the draft made the first time.
 */
export function ProposePracticeButton({ source }: { source: ProposalSource }) {
  const { t } = useTranslation('good-practices');
  const propose = useProposePractice();
  const navigate = useNavigate();
  const announce = useAnnounce();
  return (
    <div className="propose-practice">
      <p>{t('propose.hint')}</p>
      <FormError error={propose.error} />
      <Button
        variant="primary"
        busy={propose.isPending}
        onClick={() =>
          propose.mutate(source, {
            onSuccess: (result) => {
              announce(result.created ? t('propose.created') : t('propose.existing'));
              void navigate(practicePath(result.practice.id));
            },
          })
        }
      >
        {t('propose.button')}
      </Button>
    </div>
  );
}
