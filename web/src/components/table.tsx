import { useId, type ReactNode } from 'react';

export interface TableProps {
  caption: ReactNode;
  /** Keep the caption for screen readers only when a visible heading already says the same. */
  captionHidden?: boolean;
  children: ReactNode;
  className?: string;
}

/**
 * A data table inside a horizontally scrollable, keyboard-focusable region, so wide tables stay
 * usable on a phone without breaking the page layout. Use `<th scope="col">` / `scope="row"`.
 */
export function Table({ caption, captionHidden, children, className }: TableProps) {
  const captionId = useId();
  return (
    <div className="table-wrap" role="region" aria-labelledby={captionId} tabIndex={0}>
      <table className={['table', className ?? ''].filter(Boolean).join(' ')}>
        <caption id={captionId} className={captionHidden ? 'visually-hidden' : 'table__caption'}>
          {caption}
        </caption>
        {children}
      </table>
    </div>
  );
}

export function EmptyRow({ colSpan, children }: { colSpan: number; children: ReactNode }) {
  return (
    <tr>
      <td colSpan={colSpan} className="table__empty">
        {children}
      </td>
    </tr>
  );
}
