import type { Dispatch, SetStateAction } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/button';

/**
 * Previous/next buttons over a result held in memory (DEA scores, composite ranks). The shared
 * `Pagination` is for lists whose page lives in the URL; these results are recomputed on demand,
 * so their page is local state. Renders nothing for a single page.
 */
export function PageButtons({
  page,
  pages,
  setPage,
  label,
}: {
  page: number;
  pages: number;
  setPage: Dispatch<SetStateAction<number>>;
  label: string;
}) {
  const { t } = useTranslation('benchmarking');
  if (pages <= 1) return null;
  return (
    <nav className="pagination" aria-label={label}>
      <p className="pagination__summary">{t('builder.pageOf', { page, pages })}</p>
      <div className="button-row">
        <Button small disabled={page <= 1} onClick={() => setPage((p) => p - 1)}>
          {t('builder.previous')}
        </Button>
        <Button small disabled={page >= pages} onClick={() => setPage((p) => p + 1)}>
          {t('builder.next')}
        </Button>
      </div>
    </nav>
  );
}
