import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { IconBadge, type BadgeStyle } from '../../components/badge';
import type { EvidenceGrade, FacetName, Practice, SearchHit } from './api';

const GRADE_STYLE: Record<EvidenceGrade, BadgeStyle> = {
  'measured-better-than-peers': { tone: 'success', icon: 'arrow-up' },
  measured: { tone: 'info', icon: 'check' },
  'described-only': { tone: 'neutral', icon: 'info' },
};

/** The evidence grade in words, with a colour and an icon that repeat it. */
export function GradeBadge({ grade }: { grade: EvidenceGrade }) {
  const { t } = useTranslation('good-practices');
  return <IconBadge style={GRADE_STYLE[grade]}>{t(`grade.${grade}`)}</IconBadge>;
}

const STATUS_STYLE: Record<Practice['status'], BadgeStyle> = {
  draft: { tone: 'neutral', icon: 'clock' },
  submitted: { tone: 'info', icon: 'info' },
  returned: { tone: 'warning', icon: 'warning' },
  published: { tone: 'success', icon: 'check' },
};

export function StatusBadge({ status }: { status: Practice['status'] }) {
  const { t } = useTranslation('good-practices');
  return <IconBadge style={STATUS_STYLE[status]}>{t(`status.${status}`)}</IconBadge>;
}

/** A facet value's label: translated where the value is one of ours, else the server's label (names, tags, years). */
export function useFacetLabel(): (facet: FacetName, value: string, label: string) => string {
  const { t } = useTranslation('good-practices');
  return (facet, value, label) => {
    switch (facet) {
      case 'serviceArea':
        return t(`groups:serviceAreas.${value}`, { defaultValue: label });
      case 'evidence':
        return t(`grade.${value}`, { defaultValue: label });
      case 'source':
        return t(`source.${value}`, { defaultValue: label });
      case 'populationBand':
        return t(`populationBand.${value}`, { defaultValue: label });
      default:
        return label;
    }
  };
}

/** A highlighted excerpt: the matched words in <mark>, the rest as plain (escaped) text. */
export function Highlighted({ segments }: { segments: SearchHit['highlights'][number]['segments'] }) {
  return (
    <>
      {segments.map((s, i) => (
        <Fragment key={i}>{s.match ? <mark>{s.text}</mark> : s.text}</Fragment>
      ))}
    </>
  );
}
