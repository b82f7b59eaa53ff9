import { useEffect, useRef, type ReactNode } from 'react';

export type AlertTone = 'info' | 'success' | 'warning' | 'error';

export interface AlertProps {
  tone?: AlertTone;
  title?: ReactNode;
  children?: ReactNode;
  /**
   * Announce the alert when it appears: errors interrupt (role=alert), the rest are polite.
   * Leave false for notices that are part of the page from the start.
   */
  live?: boolean;
  /**
   * Move focus to the alert whenever this value changes to something truthy — pass the error
   * object, so a second failed submission is focused again although the alert stays mounted.
   */
  focusOn?: unknown;
  actions?: ReactNode;
}

export function Alert({ tone = 'info', title, children, live, focusOn, actions }: AlertProps) {
  const ref = useRef<HTMLDivElement>(null);
  const focusable = focusOn !== undefined;
  useEffect(() => {
    if (focusOn) ref.current?.focus();
  }, [focusOn]);
  const role = live ? (tone === 'error' ? 'alert' : 'status') : undefined;
  return (
    <div ref={ref} className={`alert alert--${tone}`} role={role} tabIndex={focusable ? -1 : undefined}>
      {title ? <p className="alert__title">{title}</p> : null}
      {children ? <div className="alert__body">{children}</div> : null}
      {actions ? <div className="alert__actions">{actions}</div> : null}
    </div>
  );
}
