import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormat } from '../lib/format';

export interface PaginationProps {
  page: number;
  pageSize: number;
  total: number;
  /** Pages are links (state lives in the URL), so they can be bookmarked and opened in new tabs. */
  hrefFor: (page: number) => string;
  label?: string;
}

/** Page numbers around the current one, with gaps marked by null. */
function pageWindow(current: number, last: number): (number | null)[] {
  const pages = new Set([1, last, current - 1, current, current + 1].filter((p) => p >= 1 && p <= last));
  const sorted = [...pages].sort((a, b) => a - b);
  const result: (number | null)[] = [];
  sorted.forEach((p, index) => {
    const previous = sorted[index - 1];
    if (previous !== undefined && p - previous > 1) result.push(null);
    result.push(p);
  });
  return result;
}

export function Pagination({ page, pageSize, total, hrefFor, label }: PaginationProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const last = Math.max(1, Math.ceil(total / pageSize));
  const from = total === 0 ? 0 : (page - 1) * pageSize + 1;
  const to = Math.min(total, page * pageSize);

  return (
    <nav className="pagination" aria-label={label ?? t('pagination.label')}>
      <p className="pagination__summary">
        {t('pagination.summary', { from: format.number(from), to: format.number(to), total: format.number(total) })}
      </p>
      {last > 1 ? (
        <ul className="pagination__list">
          <li>
            {page > 1 ? (
              <Link to={hrefFor(page - 1)} className="pagination__link" rel="prev">
                {t('pagination.previous')}
              </Link>
            ) : (
              <span className="pagination__link pagination__link--disabled" aria-disabled="true">
                {t('pagination.previous')}
              </span>
            )}
          </li>
          {pageWindow(page, last).map((p, index) =>
            p === null ? (
              <li key={`gap-${index}`} aria-hidden="true" className="pagination__gap">
                …
              </li>
            ) : (
              <li key={p}>
                <Link
                  to={hrefFor(p)}
                  className="pagination__link"
                  aria-current={p === page ? 'page' : undefined}
                  aria-label={t('pagination.page', { page: format.number(p) })}
                >
                  {format.number(p)}
                </Link>
              </li>
            ),
          )}
          <li>
            {page < last ? (
              <Link to={hrefFor(page + 1)} className="pagination__link" rel="next">
                {t('pagination.next')}
              </Link>
            ) : (
              <span className="pagination__link pagination__link--disabled" aria-disabled="true">
                {t('pagination.next')}
              </span>
            )}
          </li>
        </ul>
      ) : null}
    </nav>
  );
}
