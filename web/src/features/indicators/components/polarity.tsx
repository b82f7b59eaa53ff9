import { useTranslation } from 'react-i18next';
import { Icon, type IconName } from '../../../components/icon';

const ICONS: Record<string, IconName> = {
  'higher-is-better': 'arrow-up',
  'lower-is-better': 'arrow-down',
  neutral: 'neutral',
};

/** Which direction is better: an arrow for a quick glance, always with the words. */
export function PolarityLabel({ polarity }: { polarity: string }) {
  const { t } = useTranslation('indicators');
  return (
    <span className="with-icon">
      <Icon name={ICONS[polarity] ?? 'neutral'} />
      {t(`polarities.${polarity}`, { defaultValue: polarity })}
    </span>
  );
}
