import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { IconBadge, type BadgeStyle } from '../../components/badge';
import { useFormat } from '../../lib/format';
import type { Finding, Provenance } from './api';

export function roundPath(id: number | string): string {
  return `/rounds/${encodeURIComponent(String(id))}`;
}

export function formPath(id: number | string, unitCode: string): string {
  return `${roundPath(id)}/units/${encodeURIComponent(unitCode)}`;
}

const STATUS_TONES: Record<string, BadgeStyle> = {
  'not-started': { tone: 'neutral', icon: 'clock' },
  draft: { tone: 'info', icon: 'info' },
  submitted: { tone: 'info', icon: 'check' },
  returned: { tone: 'warning', icon: 'warning' },
  approved: { tone: 'success', icon: 'check' },
  open: { tone: 'info', icon: 'info' },
  closed: { tone: 'neutral', icon: 'lock' },
};

/** A form's or a round's status as a badge: colour and icon for a glance, the word for everyone. */
export function StatusBadge({ status }: { status: string }) {
  const { t } = useTranslation('dataCollection');
  return <IconBadge style={STATUS_TONES[status]}>{t(`status.${status}`, { defaultValue: status })}</IconBadge>;
}

export function useActionLabel(): (action: string) => string {
  const { t } = useTranslation('dataCollection');
  return useCallback((action: string) => t(`actions.${action}`, { defaultValue: action }), [t]);
}

/** "import: plik dane.csv, wiersz 17", "GUS BDL (wyciąg): plik …, kolumna …", "wpisana w formularzu". */
export function useProvenanceText(): (provenance: Provenance | null) => string {
  const { t } = useTranslation('dataCollection');
  return useCallback(
    (provenance: Provenance | null) => {
      if (!provenance) return t('provenance.none');
      const text = (key: string) =>
        typeof provenance[key] === 'string' || typeof provenance[key] === 'number' ? String(provenance[key]) : '';
      const row = text('row');
      switch (provenance.kind) {
        case 'manual':
          return text('roundId') ? t('provenance.manualRound', { round: text('roundId') }) : t('provenance.manual');
        case 'import':
          return row
            ? t('provenance.importRow', { file: text('file'), row })
            : t('provenance.import', { file: text('file') });
        case 'bdl-extract':
          return t('provenance.bdlExtract', { file: text('file'), column: text('column') });
        case 'bdl':
          return text('lastUpdate')
            ? t('provenance.bdlApiUpdated', { id: text('variableId'), date: text('lastUpdate').slice(0, 10) })
            : t('provenance.bdlApi', { id: text('variableId') });
        default:
          return t('provenance.other', { kind: provenance.kind });
      }
    },
    [t],
  );
}

/**
 * A finding in the user's language, built from its check and numbers (the server's `message` is
 * English). Rules have their own wording on the server only in English: it is shown as it is,
 * marked as English, with the variables involved.
 */
export function useFindingText(
  variableName: (code: string) => string,
): (finding: Finding) => { text: string; english?: string } {
  const { t, i18n } = useTranslation('dataCollection');
  const format = useFormat();
  return useCallback(
    (finding: Finding) => {
      const d = finding.details;
      const n = (x: number | undefined) => (x === undefined ? '—' : format.number(x, { maximumFractionDigits: 4 }));
      const variable = finding.variableCode ? variableName(finding.variableCode) : '';
      switch (finding.check) {
        case 'required':
          return { text: t('findings.required') };
        case 'non-negative':
          return { text: t('findings.nonNegative', { value: n(d.value) }) };
        case 'range': {
          // A warning range is what is usual; an error range is what is possible at all.
          const between = finding.severity === 'error' ? 'Allowed' : 'Usual';
          if (d.min !== undefined && d.value !== undefined && d.value < d.min) {
            return {
              text:
                d.max !== undefined
                  ? t(`findings.rangeBelow${between}`, { value: n(d.value), min: n(d.min), max: n(d.max) })
                  : t('findings.rangeBelow', { value: n(d.value), min: n(d.min) }),
            };
          }
          return {
            text:
              d.min !== undefined
                ? t(`findings.rangeAbove${between}`, { value: n(d.value), min: n(d.min), max: n(d.max) })
                : t('findings.rangeAbove', { value: n(d.value), max: n(d.max) }),
          };
        }
        case 'year-on-year': {
          const limit =
            d.maxRelativeChange !== undefined
              ? format.number(d.maxRelativeChange * 100, { maximumFractionDigits: 1 })
              : '—';
          if (d.relativeChange === undefined)
            return { text: t('findings.yoyFromZero', { value: n(d.value), previous: n(d.previous) }) };
          const change = `${d.relativeChange >= 0 ? '+' : '−'}${format.number(Math.abs(d.relativeChange) * 100, { maximumFractionDigits: 1 })}`;
          return { text: t('findings.yoy', { value: n(d.value), previous: n(d.previous), change, limit }) };
        }
        case 'peer-outlier':
          if (d.modifiedZ === undefined)
            return { text: t('findings.peerAllSame', { value: n(d.value), median: n(d.median), peers: n(d.peers) }) };
          return {
            text: t('findings.peer', {
              value: n(d.value),
              median: n(d.median),
              score: format.number(d.modifiedZ, { maximumFractionDigits: 1 }),
              threshold: n(d.threshold),
              peers: n(d.peers),
            }),
          };
        case 'rule': {
          const values = finding.variables.map((code) => `${variableName(code)} = ${n(d[code])}`).join(', ');
          if (finding.ruleMessage) {
            const message = i18n.resolvedLanguage === 'en' ? finding.ruleMessage.en : finding.ruleMessage.pl;
            return { text: `${message} ${t('findings.rule', { values })}` };
          }
          return { text: t('findings.rule', { values }), english: finding.message.replace(/ \([^()]*\)$/, '') };
        }
        default:
          return { text: variable ? `${variable}: ${finding.message}` : finding.message };
      }
    },
    [t, i18n, format, variableName],
  );
}
