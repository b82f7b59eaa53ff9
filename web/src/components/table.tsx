import { useEffect, useId, useRef, useState, type ReactNode, type RefObject } from 'react';

export interface TableProps {
  caption: ReactNode;
  /** Keep the caption for screen readers only when a visible heading already says the same. */
  captionHidden?: boolean;
  children: ReactNode;
  className?: string;
}

/** True while the element's content is wider than the element (i.e. it scrolls sideways). */
function useOverflowsX(ref: RefObject<HTMLElement | null>): boolean {
  const [overflows, setOverflows] = useState(false);
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const measure = () => setOverflows(element.scrollWidth > element.clientWidth + 1);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    if (element.firstElementChild) observer.observe(element.firstElementChild);
    return () => observer.disconnect();
  }, [ref]);
  return overflows;
}

/**
 * A data table inside a horizontally scrollable wrapper, so wide tables stay usable on a phone.
 * Only when it actually scrolls does the wrapper become a focusable, labelled region — keyboard
 * users can then scroll it, and nobody meets a useless extra tab stop on a wide screen.
 * Use `<th scope="col">` / `scope="row"` inside.
 */
export function Table({ caption, captionHidden, children, className }: TableProps) {
  const captionId = useId();
  const wrapper = useRef<HTMLDivElement>(null);
  const scrolls = useOverflowsX(wrapper);
  return (
    <div
      ref={wrapper}
      className="table-wrap"
      role={scrolls ? 'region' : undefined}
      aria-labelledby={scrolls ? captionId : undefined}
      tabIndex={scrolls ? 0 : undefined}
    >
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
