import type { ComponentProps, ReactNode } from 'react';
import { Link, type LinkProps } from 'react-router';

export type ButtonVariant = 'primary' | 'secondary' | 'danger' | 'ghost';

function classes(variant: ButtonVariant, small: boolean | undefined, extra: string | undefined): string {
  return ['button', `button--${variant}`, small ? 'button--small' : '', extra ?? ''].filter(Boolean).join(' ');
}

export interface ButtonProps extends ComponentProps<'button'> {
  variant?: ButtonVariant;
  small?: boolean;
  /** Shows `busyLabel` instead of the children while an action is running. */
  busy?: boolean;
  busyLabel?: ReactNode;
}

export function Button({
  variant = 'secondary',
  small,
  busy,
  busyLabel,
  className,
  type = 'button',
  children,
  ...rest
}: ButtonProps) {
  return (
    <button type={type} className={classes(variant, small, className)} aria-busy={busy || undefined} {...rest}>
      {busy && busyLabel ? busyLabel : children}
    </button>
  );
}

export interface ButtonLinkProps extends LinkProps {
  variant?: ButtonVariant;
  small?: boolean;
}

/** A navigation that looks like a button; it stays a link so it can be opened in a new tab. */
export function ButtonLink({ variant = 'secondary', small, className, ...rest }: ButtonLinkProps) {
  return <Link className={classes(variant, small, className)} {...rest} />;
}
