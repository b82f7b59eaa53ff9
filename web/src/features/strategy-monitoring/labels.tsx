import { useTranslation } from 'react-i18next';
import { IconBadge, type BadgeStyle } from '../../components/badge';
import type { Light } from './api';

/** A traffic light in words, colour and icon — never colour alone. */
const LIGHT_STYLES: Record<Light, BadgeStyle> = {
  green: { tone: 'success', icon: 'check' },
  amber: { tone: 'warning', icon: 'warning' },
  red: { tone: 'warning', icon: 'error' },
  grey: { tone: 'neutral', icon: 'info' },
};

export function LightBadge({ light }: { light: Light }) {
  const { t } = useTranslation('strategy-monitoring');
  return (
    <span className={`strategy-light strategy-light--${light}`}>
      <IconBadge style={LIGHT_STYLES[light]}>{t(`lights.${light}`)}</IconBadge>
    </span>
  );
}

/** A fraction as a whole percentage (0.58 → "58 %"); "—" when undefined. */
export function usePercent() {
  const { i18n } = useTranslation();
  return (value: number | null | undefined) =>
    value === null || value === undefined
      ? '—'
      : new Intl.NumberFormat(i18n.language === 'en' ? 'en-GB' : 'pl-PL', {
          style: 'percent',
          maximumFractionDigits: 0,
        }).format(value);
}
