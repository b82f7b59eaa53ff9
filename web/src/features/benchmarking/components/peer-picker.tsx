import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/button';
import { SelectField, TextField } from '../../../components/field';
import { Form, FormActions } from '../../../components/form';
import { useFormat } from '../../../lib/format';
import { useGroups } from '../../groups';
import { useUnitKinds, useVoivodeships } from '../../units';
import { useKindLabel } from '../../../lib/unit-labels';
import { voivodeshipName } from '../labels';
import {
  choiceOf,
  DEFAULT_SIZE_BANDS,
  NN_K_DEFAULT,
  NN_K_MAX,
  parsePeerSpec,
  sizeBandOf,
  sizeBandTerm,
  specOf,
  usePeerSpecError,
  voivodeshipOf,
  type PeerChoice,
  type PeerMode,
} from '../peers';

export interface PeerPickerProps {
  /** The spec in force. */
  value: string;
  onChange: (spec: string) => void;
  /** The unit being compared: enables nearest neighbours and presets the unit's kind, region and size. */
  unit?: { code: string; kind: string; population?: number | null };
  /** Kind preset when there is no unit (DEA, composite). */
  defaultKind?: string;
}

/**
 * Chooses the peer group: nearest neighbours (with a unit), units of a kind, of a kind in a
 * voivodeship, of a kind in a population band, a benchmarking group, or a hand-written spec
 * (checked with the server's parser before it is applied). Applied with a button, so changing
 * several settings costs one request.
 */
export function PeerPicker({ value, onChange, unit, defaultKind = 'municipality-rural' }: PeerPickerProps) {
  const { t } = useTranslation('benchmarking');
  const format = useFormat();
  const kindLabel = useKindLabel();
  const specError = usePeerSpecError();
  const kinds = useUnitKinds();
  const voivodeships = useVoivodeships();
  const groups = useGroups({ pageSize: 100 });
  const band = sizeBandOf(unit?.population ?? null);
  const fallback = {
    k: NN_K_DEFAULT,
    kind: unit?.kind ?? defaultKind,
    voivodeship: (unit && voivodeshipOf(unit.code)) ?? '12',
    band: sizeBandTerm(band ?? DEFAULT_SIZE_BANDS[2]!),
    groupId: '',
  };
  const [choice, setChoice] = useState<PeerChoice>(() => choiceOf(value, fallback, unit?.code));
  const [error, setError] = useState<string | null>(null);
  const update = (patch: Partial<PeerChoice>) => {
    setChoice((current) => ({ ...current, ...patch }));
    setError(null);
  };

  const modes: PeerMode[] = [...(unit ? (['nn'] as const) : []), 'kind', 'voivodeship', 'size', 'group', 'custom'];
  const kindOptions = (kinds.data?.items ?? [{ kind: choice.kind, count: 0 }]).map((k) => ({
    value: k.kind,
    label: kindLabel(k.kind),
  }));
  const bandLabel = (b: (typeof DEFAULT_SIZE_BANDS)[number]) =>
    b.max === null
      ? t('peers.bandOpen', { min: format.number(b.min) })
      : t('peers.band', { min: format.number(b.min), max: format.number(b.max) });

  function apply() {
    if (choice.mode === 'group' && !choice.groupId) {
      setError(t('peers.chooseGroupFirst'));
      return;
    }
    const spec = specOf(choice, unit?.code);
    const parsed = parsePeerSpec(spec);
    if (!parsed.ok) {
      setError(specError(parsed.error));
      return;
    }
    onChange(spec);
  }

  return (
    <Form onSubmit={apply} className="peer-picker" aria-label={t('peers.formLabel')}>
      <div className="form__row">
        <SelectField
          label={t('peers.mode')}
          name="peerMode"
          value={choice.mode}
          options={modes.map((mode) => ({ value: mode, label: t(`peers.modes.${mode}`) }))}
          onChange={(event) => update({ mode: event.target.value as PeerMode })}
        />
        {choice.mode === 'nn' ? (
          <TextField
            label={t('peers.k')}
            name="k"
            type="number"
            min={1}
            max={NN_K_MAX}
            step={1}
            hint={t('peers.kHint', { max: NN_K_MAX })}
            value={String(choice.k)}
            onChange={(event) =>
              update({ k: Math.max(1, Math.min(NN_K_MAX, Math.round(Number(event.target.value) || 1))) })
            }
          />
        ) : null}
        {choice.mode === 'kind' || choice.mode === 'voivodeship' || choice.mode === 'size' ? (
          <SelectField
            label={t('peers.kind')}
            name="kind"
            value={choice.kind}
            options={kindOptions}
            onChange={(event) => update({ kind: event.target.value })}
          />
        ) : null}
        {choice.mode === 'voivodeship' ? (
          <SelectField
            label={t('peers.voivodeship')}
            name="voivodeship"
            value={choice.voivodeship}
            options={(voivodeships.data?.items ?? [{ code: choice.voivodeship, name: choice.voivodeship }]).map(
              (v) => ({ value: v.code, label: voivodeshipName(v.name, format.locale) }),
            )}
            onChange={(event) => update({ voivodeship: event.target.value })}
          />
        ) : null}
        {choice.mode === 'size' ? (
          <SelectField
            label={t('peers.size')}
            name="band"
            value={choice.band}
            hint={band ? t('peers.sizeHint', { band: bandLabel(band) }) : undefined}
            options={DEFAULT_SIZE_BANDS.map((b) => ({ value: sizeBandTerm(b), label: bandLabel(b) }))}
            onChange={(event) => update({ band: event.target.value })}
          />
        ) : null}
        {choice.mode === 'group' ? (
          <SelectField
            label={t('peers.group')}
            name="groupId"
            value={choice.groupId}
            placeholder={groups.isPending ? t('common:status.loading') : t('peers.chooseGroup')}
            options={(groups.data?.items ?? []).map((g) => ({
              value: String(g.id),
              label: t('peers.groupOption', { name: g.name, count: g.memberCount }),
            }))}
            onChange={(event) => update({ groupId: event.target.value })}
          />
        ) : null}
      </div>
      {choice.mode === 'custom' ? (
        <TextField
          label={t('peers.custom')}
          name="spec"
          className="peer-picker__spec"
          spellCheck={false}
          autoComplete="off"
          hint={t('peers.customHint')}
          error={error ?? undefined}
          value={choice.custom}
          onChange={(event) => update({ custom: event.target.value })}
        />
      ) : error ? (
        <p className="field__error" role="alert">
          {error}
        </p>
      ) : null}
      <FormActions>
        <Button type="submit" variant="primary">
          {t('peers.apply')}
        </Button>
      </FormActions>
    </Form>
  );
}
