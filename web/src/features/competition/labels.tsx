import { useTranslation } from 'react-i18next';
import { Badge, type BadgeTone } from '../../components/badge';
import type { Application, Edition } from './api';

const PHASE_TONE: Record<Edition['phase'], BadgeTone> = {
  announced: 'neutral',
  call: 'info',
  review: 'warning',
  published: 'success',
};

export function PhaseBadge({ phase }: { phase: Edition['phase'] }) {
  const { t } = useTranslation('competition');
  return <Badge tone={PHASE_TONE[phase]}>{t(`phase.${phase}`)}</Badge>;
}

const STATUS_TONE: Record<Application['status'], BadgeTone> = {
  draft: 'neutral',
  submitted: 'info',
  eligible: 'success',
  ineligible: 'warning',
};

export function StatusBadge({ status }: { status: Application['status'] }) {
  const { t } = useTranslation('competition');
  return <Badge tone={STATUS_TONE[status]}>{t(`status.${status}`)}</Badge>;
}

/** The localized name of a category, criterion or field. */
export function useLocalized() {
  const { i18n } = useTranslation();
  return (names: { pl: string; en: string }) => (i18n.language === 'en' ? names.en : names.pl);
}
