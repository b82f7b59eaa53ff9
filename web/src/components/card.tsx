import { useId, type ReactNode } from 'react';

export interface CardProps {
  title?: ReactNode;
  /** Heading level inside the page outline; cards on a page are usually sections under the h1. */
  headingLevel?: 2 | 3;
  actions?: ReactNode;
  children: ReactNode;
  className?: string;
}

/** A titled section; labelled by its heading so it shows up in the screen-reader landmark list. */
export function Card({ title, headingLevel = 2, actions, children, className }: CardProps) {
  const headingId = useId();
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <section
      className={['card', className ?? ''].filter(Boolean).join(' ')}
      aria-labelledby={title ? headingId : undefined}
    >
      {title || actions ? (
        <div className="card__header">
          {title ? (
            <Heading id={headingId} className="card__title">
              {title}
            </Heading>
          ) : null}
          {actions ? <div className="card__actions">{actions}</div> : null}
        </div>
      ) : null}
      {children}
    </section>
  );
}
