import { useEffect } from 'react';

/** Each route has its own document title (WCAG 2.4.2), read first by screen readers after navigation. */
export function usePageTitle(title: string | undefined): void {
  useEffect(() => {
    document.title = title ? `${title} · Miernik` : 'Miernik';
  }, [title]);
}
