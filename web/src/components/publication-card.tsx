import type { UseMutationResult } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useAnnounce } from '../lib/announce';
import { useFormat } from '../lib/format';
import { Button } from './button';
import { Card } from './card';
import { FormError } from './form';

export interface PublicationCardProps {
  /** When it was published; null = members only. */
  publishedAt: string | null;
  /** Whether the user may publish or withdraw it (the server decides the same). */
  canManage: boolean;
  /** Whether it may be published now (e.g. a wave only once closed); withdrawing is always possible. */
  publishable: boolean;
  /** The public address of what is published. */
  publicHref: string;
  mutation: UseMutationResult<unknown, Error, boolean>;
}

/** Publish or withdraw a unit's object for everyone without login (#15): the public sees only what is published. */
export function PublicationCard({ publishedAt, canManage, publishable, publicHref, mutation }: PublicationCardProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const announce = useAnnounce();
  const published = publishedAt !== null;
  return (
    <Card title={t('publication.title')}>
      <p>
        {published ? t('publication.published', { date: format.date(publishedAt) }) : t('publication.notPublished')}{' '}
        {published ? <a href={publicHref}>{t('publication.publicLink')}</a> : null}
      </p>
      {canManage && !published && !publishable ? <p className="muted">{t('publication.notYet')}</p> : null}
      {canManage && (published || publishable) ? (
        <Button
          busy={mutation.isPending}
          onClick={() =>
            mutation.mutate(!published, {
              onSuccess: () => announce(published ? t('publication.withdrawnDone') : t('publication.publishedDone')),
            })
          }
        >
          {published ? t('publication.withdraw') : t('publication.publish')}
        </Button>
      ) : null}
      {mutation.error ? <FormError error={mutation.error} /> : null}
    </Card>
  );
}
