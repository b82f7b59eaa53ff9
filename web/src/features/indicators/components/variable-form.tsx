import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/button';
import { CheckboxField, SelectField, TextField } from '../../../components/field';
import { CheckboxGroup } from '../../../components/checkbox-group';
import { Form, FormError } from '../../../components/form';
import { BilingualField, CodeAndNames, SubmitOrCancel } from '../../../components/form-fields';
import { pathHandler } from '../../../lib/field-errors';
import { useDraft } from '../../../lib/use-draft';
import { KNOWN_KINDS, useKindLabel } from '../../../lib/unit-labels';
import {
  PERIODICITIES,
  type Periodicity,
  type Plausibility,
  type Severity,
  type Variable,
  type VariableInput,
} from '../api';
import { usePeriodicityLabel } from '../../../lib/indicator-labels';
import { CODE_PATTERN } from './indicator-form';

const PATHS = [
  'code',
  'names.pl',
  'names.en',
  'unit',
  'source',
  'periodicity',
  'description.pl',
  'description.en',
  'plausibility',
] as const;

/** Number fields are edited as text: an empty box means "not set", and "0,5" is accepted. */
interface RangeDraft {
  min: string;
  max: string;
  severity: Severity;
  unitKinds: string[];
}

interface Draft {
  code: string;
  names: { pl: string; en: string };
  unit: string;
  source: string;
  periodicity: Periodicity;
  description: { pl: string; en: string };
  nonNegative: boolean;
  ranges: RangeDraft[];
  yoy: { on: boolean; percent: string; severity: Severity };
  peers: { on: boolean; threshold: string; severity: Severity };
}

const toText = (x: number | undefined) => (x === undefined ? '' : String(x).replace('.', ','));
function toNumber(text: string): number | undefined | null {
  const s = text.trim().replace(/\s/g, '').replace(',', '.').replace('−', '-');
  if (s === '') return undefined;
  const n = Number(s);
  return Number.isFinite(n) ? n : null;
}

function draftOf(variable?: Variable): Draft {
  const p = variable?.plausibility ?? {};
  return {
    code: variable?.code ?? '',
    names: { pl: variable?.names.pl ?? '', en: variable?.names.en ?? '' },
    unit: variable?.unit ?? '',
    source: variable?.source ?? '',
    periodicity: variable?.periodicity ?? 'year',
    description: { pl: variable?.description.pl ?? '', en: variable?.description.en ?? '' },
    nonNegative: p.nonNegative ?? false,
    ranges: (p.ranges ?? []).map((r) => ({
      min: toText(r.min),
      max: toText(r.max),
      severity: r.severity,
      unitKinds: r.unitKinds ?? [],
    })),
    yoy: {
      on: !!p.yearOnYear,
      percent: p.yearOnYear ? toText(Math.round(p.yearOnYear.maxRelativeChange * 100 * 1e6) / 1e6) : '50',
      severity: p.yearOnYear?.severity ?? 'warning',
    },
    peers: {
      on: !!p.peerOutlier,
      threshold: p.peerOutlier ? toText(p.peerOutlier.threshold) : '3,5',
      severity: p.peerOutlier?.severity ?? 'warning',
    },
  };
}

export interface VariableFormProps {
  variable?: Variable;
  pending: boolean;
  error: unknown;
  submitLabel: string;
  onSubmit: (input: VariableInput) => void;
  onCancel: () => void;
}

/** Create or edit a variable, including its plausibility checks (ranges, year-on-year, peers). */
export function VariableForm({ variable, pending, error, submitLabel, onSubmit, onCancel }: VariableFormProps) {
  const { t } = useTranslation('indicators');
  const kindLabel = useKindLabel();
  const periodicityLabel = usePeriodicityLabel();
  const { draft, setDraft, update, errors, check } = useDraft<Draft>(() => draftOf(variable), { error, paths: PATHS });
  const editing = !!variable;
  const severityOptions = (['error', 'warning'] as const).map((s) => ({
    value: s,
    label: t(`plausibility.severityOption.${s}`),
  }));

  function updateRange(index: number, patch: Partial<RangeDraft>) {
    setDraft((current) => ({
      ...current,
      ranges: current.ranges.map((r, i) => (i === index ? { ...r, ...patch } : r)),
    }));
  }

  function submit() {
    const problems: Record<string, string> = {};
    const required = t('common:validation.required');
    if (!editing && !CODE_PATTERN.test(draft.code.trim())) problems.code = t('form.codeInvalid');
    if (!draft.names.pl.trim()) problems['names.pl'] = required;
    if (!draft.names.en.trim()) problems['names.en'] = required;
    if (!draft.unit.trim()) problems.unit = required;
    if (!draft.source.trim()) problems.source = required;
    if (!draft.description.pl.trim()) problems['description.pl'] = required;
    if (!draft.description.en.trim()) problems['description.en'] = required;

    const plausibility: Plausibility = {};
    if (draft.nonNegative) plausibility.nonNegative = true;
    const ranges = draft.ranges.map((r, i) => {
      const min = toNumber(r.min);
      const max = toNumber(r.max);
      if (min === null) problems[`ranges.${i}.min`] = t('form.notANumber');
      if (max === null) problems[`ranges.${i}.max`] = t('form.notANumber');
      if (min === undefined && max === undefined) problems[`ranges.${i}.min`] = t('form.rangeBound');
      if (typeof min === 'number' && typeof max === 'number' && min > max)
        problems[`ranges.${i}.max`] = t('form.rangeOrder');
      return {
        ...(r.unitKinds.length ? { unitKinds: r.unitKinds } : {}),
        ...(typeof min === 'number' ? { min } : {}),
        ...(typeof max === 'number' ? { max } : {}),
        severity: r.severity,
      };
    });
    if (ranges.length) plausibility.ranges = ranges;
    if (draft.yoy.on) {
      const percent = toNumber(draft.yoy.percent);
      if (typeof percent !== 'number' || percent <= 0) problems.yoy = t('form.positive');
      else plausibility.yearOnYear = { maxRelativeChange: percent / 100, severity: draft.yoy.severity };
    }
    if (draft.peers.on) {
      const threshold = toNumber(draft.peers.threshold);
      if (typeof threshold !== 'number' || threshold <= 0) problems.peers = t('form.positive');
      else plausibility.peerOutlier = { threshold, severity: draft.peers.severity };
    }
    if (!check(problems, '.variable-form')) return;
    onSubmit({
      code: draft.code.trim(),
      names: { pl: draft.names.pl.trim(), en: draft.names.en.trim() },
      unit: draft.unit.trim(),
      source: draft.source.trim(),
      periodicity: draft.periodicity,
      description: { pl: draft.description.pl.trim(), en: draft.description.en.trim() },
      plausibility: Object.keys(plausibility).length ? plausibility : null,
    });
  }

  return (
    <Form onSubmit={submit} pending={pending} aria-label={submitLabel} className="variable-form">
      <FormError error={error} isHandled={pathHandler(PATHS.filter((p) => p !== 'plausibility'))} />
      <CodeAndNames
        editing={editing}
        code={draft.code}
        onCodeChange={(code) => update({ code })}
        codeLabel={t('fields.code')}
        codeHint={t('form.codeHint')}
        names={draft.names}
        onNamesChange={(names) => update({ names })}
        namesLabel={{ pl: t('form.namePl'), en: t('form.nameEn') }}
        errors={errors}
      />
      <div className="form__row">
        <TextField
          label={t('fields.unit')}
          name="unit"
          required
          hint={t('form.unitHint')}
          value={draft.unit}
          error={errors.unit}
          onChange={(event) => update({ unit: event.target.value })}
        />
        <TextField
          label={t('fields.source')}
          name="source"
          required
          hint={t('form.sourceHint')}
          value={draft.source}
          error={errors.source}
          onChange={(event) => update({ source: event.target.value })}
        />
        <SelectField
          label={t('fields.periodicity')}
          name="periodicity"
          required
          value={draft.periodicity}
          error={errors.periodicity}
          options={PERIODICITIES.map((p) => ({ value: p, label: periodicityLabel(p) }))}
          onChange={(event) => update({ periodicity: event.target.value as Periodicity })}
        />
      </div>
      <BilingualField
        name="description"
        label={{ pl: t('form.descriptionPl'), en: t('form.descriptionEn') }}
        required
        rows={3}
        value={draft.description}
        errors={errors}
        onChange={(description) => update({ description })}
      />

      <fieldset className="form-section">
        <legend>{t('form.checksTitle')}</legend>
        <p className="field__hint">{t('form.checksHint')}</p>
        {errors.plausibility ? <p className="field__error">{errors.plausibility}</p> : null}
        <CheckboxField
          label={t('form.nonNegative')}
          checked={draft.nonNegative}
          onChange={(event) => update({ nonNegative: event.target.checked })}
        />

        {draft.ranges.map((range, index) => (
          <fieldset key={index} className="form-subsection">
            <legend>{t('form.rangeTitle', { number: index + 1 })}</legend>
            <div className="form__row">
              <TextField
                label={t('form.min')}
                inputMode="decimal"
                value={range.min}
                error={errors[`ranges.${index}.min`]}
                onChange={(event) => updateRange(index, { min: event.target.value })}
              />
              <TextField
                label={t('form.max')}
                inputMode="decimal"
                value={range.max}
                error={errors[`ranges.${index}.max`]}
                onChange={(event) => updateRange(index, { max: event.target.value })}
              />
              <SelectField
                label={t('form.severity')}
                value={range.severity}
                options={severityOptions}
                onChange={(event) => updateRange(index, { severity: event.target.value as Severity })}
              />
            </div>
            <CheckboxGroup
              legend={t('form.rangeKinds')}
              hint={t('form.rangeKindsHint')}
              options={KNOWN_KINDS.map((kind) => ({ value: kind, label: kindLabel(kind) }))}
              value={range.unitKinds}
              onChange={(unitKinds) => updateRange(index, { unitKinds })}
            />
            <div>
              <Button
                small
                variant="danger"
                onClick={() => update({ ranges: draft.ranges.filter((_, i) => i !== index) })}
              >
                {t('form.removeRange', { number: index + 1 })}
              </Button>
            </div>
          </fieldset>
        ))}
        <div>
          <Button
            small
            onClick={() =>
              update({ ranges: [...draft.ranges, { min: '', max: '', severity: 'warning', unitKinds: [] }] })
            }
          >
            {t('form.addRange')}
          </Button>
        </div>

        <CheckboxField
          label={t('form.yoyOn')}
          checked={draft.yoy.on}
          onChange={(event) => update({ yoy: { ...draft.yoy, on: event.target.checked } })}
        />
        {draft.yoy.on ? (
          <div className="form__row">
            <TextField
              label={t('form.yoyPercent')}
              inputMode="decimal"
              value={draft.yoy.percent}
              error={errors.yoy}
              onChange={(event) => update({ yoy: { ...draft.yoy, percent: event.target.value } })}
            />
            <SelectField
              label={t('form.severity')}
              value={draft.yoy.severity}
              options={severityOptions}
              onChange={(event) => update({ yoy: { ...draft.yoy, severity: event.target.value as Severity } })}
            />
          </div>
        ) : null}

        <CheckboxField
          label={t('form.peersOn')}
          hint={t('form.peersHint')}
          checked={draft.peers.on}
          onChange={(event) => update({ peers: { ...draft.peers, on: event.target.checked } })}
        />
        {draft.peers.on ? (
          <div className="form__row">
            <TextField
              label={t('form.peersThreshold')}
              inputMode="decimal"
              value={draft.peers.threshold}
              error={errors.peers}
              onChange={(event) => update({ peers: { ...draft.peers, threshold: event.target.value } })}
            />
            <SelectField
              label={t('form.severity')}
              value={draft.peers.severity}
              options={severityOptions}
              onChange={(event) => update({ peers: { ...draft.peers, severity: event.target.value as Severity } })}
            />
          </div>
        ) : null}
      </fieldset>

      <SubmitOrCancel label={submitLabel} pending={pending} onCancel={onCancel} />
    </Form>
  );
}
