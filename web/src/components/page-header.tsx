import type { ReactNode } from 'react';
import { usePageTitle } from '../lib/page-title';

export interface PageHeaderProps {
  title: string;
  /** Shown above the title, e.g. a breadcrumb. */
  before?: ReactNode;
  description?: ReactNode;
  actions?: ReactNode;
  /** Document title when it should differ from the visible heading. */
  documentTitle?: string;
}

/** The page's single h1, its optional breadcrumb and actions; also sets the document title. */
export function PageHeader({ title, before, description, actions, documentTitle }: PageHeaderProps) {
  usePageTitle(documentTitle ?? title);
  return (
    <div className="page-header">
      {before}
      <div className="page-header__row">
        <h1 className="page-header__title">{title}</h1>
        {actions ? <div className="page-header__actions">{actions}</div> : null}
      </div>
      {description ? <div className="page-header__description">{description}</div> : null}
    </div>
  );
}
