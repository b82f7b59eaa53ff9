import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { Badge } from '../../components/badge';
import { Icon, type IconName } from '../../components/icon';
import type { LocalizedTitle, WaveStatus, WaveSummary } from './api';

export const SURVEYS_PATH = '/surveys';
export const TEMPLATES_PATH = '/surveys/templates';

export function wavePath(id: string | number): string {
  return `${SURVEYS_PATH}/waves/${encodeURIComponent(String(id))}`;
}

export function resultsPath(id: string | number): string {
  return `${wavePath(id)}/results`;
}

export function templatePath(id: string): string {
  return `${TEMPLATES_PATH}/${encodeURIComponent(id)}`;
}

export function newWavePath(unitCode?: string): string {
  return unitCode ? `${SURVEYS_PATH}/new?unit=${encodeURIComponent(unitCode)}` : `${SURVEYS_PATH}/new`;
}

/** The absolute respondent link of a wave (the server gives a path; shown and copied in full). */
export function absolutePublicUrl(publicUrl: string): string {
  return new URL(publicUrl, window.location.origin).toString();
}

/** A template's title in the user's language. */
export function useTitle(): (titles: LocalizedTitle | null | undefined) => string {
  const { i18n } = useTranslation();
  const language = i18n.resolvedLanguage === 'en' ? 'en' : 'pl';
  return useCallback((titles) => (titles ? titles[language] || titles.pl : ''), [language]);
}

/** A wave's name: its own title, or the template's title with the unit. */
export function useWaveName(): (wave: Pick<WaveSummary, 'title' | 'template' | 'unit'>) => string {
  const title = useTitle();
  return useCallback((wave) => wave.title || `${title(wave.template.titles)} — ${wave.unit.name}`, [title]);
}

const STATUS_STYLE: Record<WaveStatus, { tone: 'neutral' | 'info' | 'success'; icon: IconName }> = {
  scheduled: { tone: 'neutral', icon: 'clock' },
  open: { tone: 'success', icon: 'check' },
  closed: { tone: 'neutral', icon: 'lock' },
};

/** A wave's status in words, with an icon for a glance (never the colour alone). */
export function WaveStatusBadge({ status }: { status: WaveStatus }) {
  const { t } = useTranslation('surveys');
  const style = STATUS_STYLE[status] ?? STATUS_STYLE.closed;
  return (
    <Badge tone={style.tone}>
      <span className="with-icon">
        <Icon name={style.icon} />
        {t(`status.${status}`, { defaultValue: status })}
      </span>
    </Badge>
  );
}

/** Every place a demo wave appears says that its answers are made up. */
export function DemoBadge() {
  const { t } = useTranslation('surveys');
  return (
    <Badge tone="warning">
      <span className="with-icon">
        <Icon name="warning" />
        {t('demo.badge')}
      </span>
    </Badge>
  );
}

export function useKindLabel(): (kind: string) => string {
  const { t } = useTranslation('surveys');
  return useCallback((kind: string) => t(`kinds.${kind}`, { defaultValue: kind }), [t]);
}
