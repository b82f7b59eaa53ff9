import type { ReactNode } from 'react';
import { Icon, type IconName } from './icon';

export type BadgeTone = 'neutral' | 'info' | 'warning' | 'success';

/** How a status looks: a colour and an icon, both extras to the word. */
export interface BadgeStyle {
  tone: BadgeTone;
  icon: IconName;
}

export function Badge({ tone = 'neutral', children }: { tone?: BadgeTone; children: ReactNode }) {
  return <span className={`badge badge--${tone}`}>{children}</span>;
}

/**
 * A status in words with its colour and icon, so it never relies on colour alone. Without a
 * style (a status the web app does not know yet) it is neutral with the info icon.
 */
export function IconBadge({ style, children }: { style: BadgeStyle | undefined; children: ReactNode }) {
  const { tone, icon } = style ?? { tone: 'neutral', icon: 'info' };
  return (
    <Badge tone={tone}>
      <span className="with-icon">
        <Icon name={icon} />
        {children}
      </span>
    </Badge>
  );
}
