export type IconName =
  'arrow-up' | 'arrow-down' | 'neutral' | 'error' | 'warning' | 'check' | 'clock' | 'info' | 'lock';

const PATHS: Record<IconName, string> = {
  'arrow-up': 'M8 2.5 13 8h-3.2v5.5H6.2V8H3z',
  'arrow-down': 'M8 13.5 3 8h3.2V2.5h3.6V8H13z',
  neutral: 'M1.5 8 5 4.5V7h6V4.5L14.5 8 11 11.5V9H5v2.5z',
  error: 'M8 1a7 7 0 1 0 0 14A7 7 0 0 0 8 1zm2.6 3.4 1 1L9 8l2.6 2.6-1 1L8 9l-2.6 2.6-1-1L7 8 4.4 5.4l1-1L8 7z',
  warning: 'M8 1.2 15.3 14H.7zM7.2 5.5v4.2h1.6V5.5zm0 5.4v1.6h1.6v-1.6z',
  check: 'M6.3 11.6 2.7 8l1.1-1.1 2.5 2.5 5.9-5.9 1.1 1.1z',
  clock:
    'M8 1a7 7 0 1 0 0 14A7 7 0 0 0 8 1zm0 1.6a5.4 5.4 0 1 1 0 10.8A5.4 5.4 0 0 1 8 2.6zM7.2 4v4.5l3.4 2 .8-1.3-2.6-1.6V4z',
  info: 'M8 1a7 7 0 1 0 0 14A7 7 0 0 0 8 1zm-.8 3h1.6v1.6H7.2zm0 3h1.6v5H7.2z',
  lock: 'M4.5 7V5a3.5 3.5 0 0 1 7 0v2h1v7.5h-9V7zm1.6 0h3.8V5a1.9 1.9 0 0 0-3.8 0z',
};

/**
 * A small decorative icon. It never carries meaning alone (WCAG 1.4.1): it always sits next to
 * text that says the same, so it is hidden from assistive technology.
 */
export function Icon({ name, className }: { name: IconName; className?: string }) {
  return (
    <svg
      className={['icon', `icon--${name}`, className ?? ''].filter(Boolean).join(' ')}
      viewBox="0 0 16 16"
      aria-hidden="true"
      focusable="false"
    >
      <path d={PATHS[name]} fill="currentColor" fillRule="evenodd" />
    </svg>
  );
}
