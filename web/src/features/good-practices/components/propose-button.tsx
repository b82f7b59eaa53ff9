import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { Button } from '../../../components/button';
import { FormError } from '../../../components/form';
import { useAnnounce } from '../../../lib/announce';
import { practicePath, useProposePractice, type ProposalSource } from '../api';

/**
 * "Propose as a good practice": one step from an improvement action that improved more than its
 * peers, or from an agreed action of a network meeting, to a draft that keeps the link and copies
 * what it can; a second click opens the draft made the first time. `compact` (in a table row) is a
 * small button named after `title`, without the explanation.
 */
export function ProposePracticeButton({
  source,
  compact,
  title,
}: {
  source: ProposalSource;
  compact?: boolean;
  title?: string;
}) {
  const { t } = useTranslation('good-practices');
  const propose = useProposePractice();
  const navigate = useNavigate();
  const announce = useAnnounce();
  const button = (
    <Button
      variant={compact ? 'secondary' : 'primary'}
      small={compact}
      aria-label={compact && title ? t('propose.buttonOf', { title }) : undefined}
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
  );
  if (compact)
    return (
      <>
        <FormError error={propose.error} />
        {button}
      </>
    );
  return (
    <div className="propose-practice">
      <p>{t('propose.hint')}</p>
      <FormError error={propose.error} />
      {button}
    </div>
  );
}
