/**
 * Peer-group specs in the web app: the same parser as the server (domain/benchmarking/peer-spec),
 * so a typo in a hand-written spec is pointed at before any request, plus the presets of the peer
 * picker and a description of any spec in words.
 */
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import {
  DEFAULT_SIZE_BANDS,
  NN_K_DEFAULT,
  parsePeerSpec,
  sizeBandOf,
  sizeBandTerm,
  type PeerSpecError,
  type PeerTerm,
  type SizeBand,
} from '../../../../domain/benchmarking/peer-spec';
import { useFormat } from '../../lib/format';
import { useGroups } from '../groups';
import { useVoivodeships } from '../units';
import { useKindLabel } from '../../lib/unit-labels';
import { voivodeshipName } from './labels';

export { DEFAULT_SIZE_BANDS, NN_K_DEFAULT, parsePeerSpec, sizeBandOf, sizeBandTerm, type PeerSpecError, type SizeBand };
export { NN_K_MAX, VOIVODESHIP_CODES } from '../../../../domain/benchmarking/peer-spec';

/** The dashboard's default: the unit and its 15 nearest neighbours. */
export function nearestNeighboursSpec(code: string, k: number = NN_K_DEFAULT): string {
  return `nn:${code}:${k}`;
}

/** TERYT codes start with the voivodeship's two digits; other code sets have no voivodeship. */
export function voivodeshipOf(code: string): string | null {
  return /^\d{7}$|^\d{4}$|^\d{2}$/.test(code) ? code.slice(0, 2) : null;
}

export type PeerMode = 'nn' | 'kind' | 'voivodeship' | 'size' | 'group' | 'custom';

/** The picker's state: one preset with its settings, or free text. */
export interface PeerChoice {
  mode: PeerMode;
  k: number;
  kind: string;
  voivodeship: string;
  /** `size:MIN-MAX` term. */
  band: string;
  groupId: string;
  custom: string;
}

/** Builds the spec of a choice; the unit (when there is one) anchors nearest neighbours. */
export function specOf(choice: PeerChoice, unitCode: string | undefined): string {
  switch (choice.mode) {
    case 'nn':
      return nearestNeighboursSpec(unitCode ?? '', choice.k);
    case 'kind':
      return `kind:${choice.kind}`;
    case 'voivodeship':
      return `kind:${choice.kind}&voivodeship:${choice.voivodeship}`;
    case 'size':
      return `kind:${choice.kind}&${choice.band}`;
    case 'group':
      return `group:${choice.groupId}`;
    case 'custom':
      return choice.custom.trim();
  }
}

function termsOf(spec: string): PeerTerm[] | null {
  const parsed = parsePeerSpec(spec);
  return parsed.ok ? parsed.spec.terms : null;
}

/**
 * Reads a spec back into the picker: a spec that one of the presets builds opens that preset,
 * anything else opens as free text. `fallback` fills the settings the spec does not name.
 */
export function choiceOf(spec: string, fallback: Omit<PeerChoice, 'mode' | 'custom'>, unitCode?: string): PeerChoice {
  const base: PeerChoice = { ...fallback, mode: 'custom', custom: spec };
  const terms = termsOf(spec);
  if (!terms) return base;
  const [first, second] = terms;
  if (terms.length === 1 && first?.type === 'nn' && first.code === unitCode) return { ...base, mode: 'nn', k: first.k };
  if (terms.length === 1 && first?.type === 'kind') return { ...base, mode: 'kind', kind: first.kind };
  if (terms.length === 1 && first?.type === 'group') return { ...base, mode: 'group', groupId: String(first.id) };
  if (terms.length === 2 && first?.type === 'kind' && second?.type === 'voivodeship')
    return { ...base, mode: 'voivodeship', kind: first.kind, voivodeship: second.code };
  if (terms.length === 2 && first?.type === 'kind' && second?.type === 'size')
    return { ...base, mode: 'size', kind: first.kind, band: sizeBandTerm(second) };
  return base;
}

/** Lookups that turn codes in a spec into names; each may be missing (the code is shown then). */
export interface SpecNames {
  voivodeship?: (code: string) => string | undefined;
  group?: (id: number) => string | undefined;
  unit?: (code: string) => string | undefined;
}

/** "Gminy wiejskie · województwo małopolskie" — a spec in words, for headings and summaries. */
export function useDescribePeers(): (spec: string, names?: SpecNames) => string {
  const { t } = useTranslation('benchmarking');
  const kindLabel = useKindLabel();
  const format = useFormat();
  return useCallback(
    (spec: string, names: SpecNames = {}) => {
      const terms = termsOf(spec);
      if (!terms) return spec;
      return terms
        .map((term) => {
          switch (term.type) {
            case 'all':
              return t('peers.describe.all');
            case 'kind':
              return t('peers.describe.kind', { kind: kindLabel(term.kind) });
            case 'voivodeship':
              return t('peers.describe.voivodeship', { name: names.voivodeship?.(term.code) ?? term.code });
            case 'size':
              return term.max === null
                ? t('peers.describe.sizeOpen', { min: format.number(term.min) })
                : t('peers.describe.size', { min: format.number(term.min), max: format.number(term.max) });
            case 'group':
              return t('peers.describe.group', { name: names.group?.(term.id) ?? `#${term.id}` });
            case 'nn':
              return t('peers.describe.nn', { count: term.k, name: names.unit?.(term.code) ?? term.code });
            case 'units':
              return t('peers.describe.units', { count: term.codes.length });
          }
        })
        .join(' · ');
    },
    [t, kindLabel, format],
  );
}

/** A spec in words with the names of the voivodeships and groups it names; `unitName` names nn: anchors. */
export function usePeersText(spec: string, unitName?: (code: string) => string | undefined): string {
  const describe = useDescribePeers();
  const format = useFormat();
  const voivodeships = useVoivodeships();
  const groups = useGroups({ pageSize: 100 });
  return describe(spec, {
    voivodeship: (code) => {
      const name = voivodeships.data?.items.find((v) => v.code === code)?.name;
      return name ? voivodeshipName(name, format.locale) : undefined;
    },
    group: (id) => groups.data?.items.find((g) => g.id === id)?.name,
    ...(unitName ? { unit: unitName } : {}),
  });
}

/** A parse error of a hand-written spec in the user's language, with its 1-based position. */
export function usePeerSpecError(): (error: PeerSpecError) => string {
  const { t } = useTranslation('benchmarking');
  return useCallback(
    (error: PeerSpecError) =>
      t('peers.specError', {
        position: error.position + 1,
        part: error.part,
        reason: t(`peers.specErrors.${error.code}`, { defaultValue: error.message }),
      }),
    [t],
  );
}
