import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

export interface Crumb {
  label: ReactNode;
  to?: string;
}

/** The trail above a page title; the last crumb is the current page (`aria-current="page"`). */
export function Breadcrumb({ items }: { items: readonly Crumb[] }) {
  const { t } = useTranslation();
  return (
    <nav aria-label={t('units:detail.breadcrumb')} className="breadcrumb">
      <ol>
        {items.map((crumb, index) => (
          <li key={index}>
            {index === items.length - 1 || crumb.to === undefined ? (
              <span aria-current={index === items.length - 1 ? 'page' : undefined}>{crumb.label}</span>
            ) : (
              <Link to={crumb.to}>{crumb.label}</Link>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}
