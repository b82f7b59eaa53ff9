import { useTranslation } from 'react-i18next';
import { CheckboxGroup } from '../../../components/checkbox-group';
import { SelectField, TextField } from '../../../components/field';
import { Form, FormError } from '../../../components/form';
import { BilingualField, CodeAndNames, SubmitOrCancel } from '../../../components/form-fields';
import { pathHandler } from '../../../lib/field-errors';
import { useDraft } from '../../../lib/use-draft';
import { SERVICE_AREAS } from '../../groups';
import { useServiceAreaLabel } from '../../../lib/group-labels';
import { KNOWN_KINDS, useKindLabel } from '../../../lib/unit-labels';
import {
  INDICATOR_TYPES,
  POLARITIES,
  type Indicator,
  type IndicatorInput,
  type IndicatorType,
  type Polarity,
} from '../api';
import { useIndicatorTypeLabel } from '../../../lib/indicator-labels';
import { FormulaField, formulaProblem } from './formula-field';

const PATHS = [
  'code',
  'names.pl',
  'names.en',
  'definition.pl',
  'definition.en',
  'formula',
  'unit',
  'decimals',
  'polarity',
  'type',
  'area',
  'unitKinds',
  'source.pl',
  'source.en',
] as const;
export const CODE_PATTERN = /^[a-z_][a-z0-9_]{0,79}$/;

/** The form's state: the area may still be unchosen (the server then names the field). */
export type IndicatorDraft = Omit<IndicatorInput, 'area'> & { area: string };

export function indicatorToInput(indicator: Indicator): IndicatorDraft {
  return {
    code: indicator.code,
    names: { ...indicator.names },
    definition: { ...indicator.definition },
    formula: indicator.formula,
    unit: indicator.unit,
    decimals: indicator.decimals,
    polarity: indicator.polarity,
    type: indicator.type as IndicatorType,
    area: indicator.area,
    unitKinds: [...indicator.unitKinds],
    source: { ...indicator.source },
  };
}

const EMPTY: IndicatorDraft = {
  code: '',
  names: { pl: '', en: '' },
  definition: { pl: '', en: '' },
  formula: '',
  unit: '',
  decimals: 1,
  polarity: 'neutral',
  type: 'context',
  area: '',
  unitKinds: ['municipality-urban', 'municipality-rural', 'municipality-urban-rural', 'city-county'],
  source: { pl: '', en: '' },
};

export interface IndicatorFormProps {
  initial?: IndicatorDraft;
  /** Editing: the code cannot change. */
  editing?: boolean;
  pending: boolean;
  error: unknown;
  submitLabel: string;
  onSubmit: (input: IndicatorInput) => void;
  onCancel: () => void;
}

/** Create or edit an indicator. The formula is checked by the server (FORMULA_INVALID shows where). */
export function IndicatorForm({
  initial,
  editing,
  pending,
  error,
  submitLabel,
  onSubmit,
  onCancel,
}: IndicatorFormProps) {
  const { t } = useTranslation('indicators');
  const areaLabel = useServiceAreaLabel();
  const typeLabel = useIndicatorTypeLabel();
  const kindLabel = useKindLabel();
  const { draft: values, set, errors, check } = useDraft<IndicatorDraft>(initial ?? EMPTY, { error, paths: PATHS });

  function submit() {
    const problems: Record<string, string> = {};
    const required = t('common:validation.required');
    if (!editing && !CODE_PATTERN.test(values.code.trim())) problems.code = t('form.codeInvalid');
    for (const path of ['names.pl', 'names.en', 'definition.pl', 'definition.en', 'source.pl', 'source.en'] as const) {
      const [key, language] = path.split('.') as ['names' | 'definition' | 'source', 'pl' | 'en'];
      if (!values[key][language].trim()) problems[path] = required;
    }
    if (!values.formula.trim()) problems.formula = required;
    if (!values.unit.trim()) problems.unit = required;
    if (!values.area) problems.area = required;
    if (values.unitKinds.length === 0) problems.unitKinds = t('form.kindsRequired');
    if (!check(problems, '.indicator-form')) return;
    const trim = (l: { pl: string; en: string }) => ({ pl: l.pl.trim(), en: l.en.trim() });
    onSubmit({
      ...values,
      code: values.code.trim(),
      names: trim(values.names),
      definition: trim(values.definition),
      source: trim(values.source),
      formula: values.formula.trim(),
      unit: values.unit.trim(),
      area: values.area as IndicatorInput['area'],
    });
  }

  // FORMULA_INVALID is shown at the formula itself; the form's alert only says that it failed.
  const formulaError = formulaProblem(error) ? error : null;

  return (
    <Form onSubmit={submit} pending={pending} aria-label={submitLabel} className="indicator-form">
      {formulaError ? null : <FormError error={error} isHandled={pathHandler(PATHS)} />}
      <CodeAndNames
        editing={!!editing}
        code={values.code}
        onCodeChange={(code) => set('code', code)}
        codeLabel={t('fields.code')}
        codeHint={t('form.codeHint')}
        names={values.names}
        onNamesChange={(names) => set('names', names)}
        namesLabel={{ pl: t('form.namePl'), en: t('form.nameEn') }}
        errors={errors}
      />
      <BilingualField
        name="definition"
        label={{ pl: t('form.definitionPl'), en: t('form.definitionEn') }}
        required
        rows={3}
        value={values.definition}
        errors={errors}
        onChange={(definition) => set('definition', definition)}
      />
      <FormulaField
        value={values.formula}
        onChange={(formula) => set('formula', formula)}
        error={error}
        fieldError={errors.formula}
      />
      <div className="form__row">
        <TextField
          label={t('fields.unit')}
          name="unit"
          required
          hint={t('form.unitHint')}
          value={values.unit}
          error={errors.unit}
          onChange={(event) => set('unit', event.target.value)}
        />
        <TextField
          label={t('fields.decimals')}
          hint={t('form.decimalsHint')}
          name="decimals"
          type="number"
          required
          min={0}
          max={6}
          step={1}
          value={String(values.decimals)}
          error={errors.decimals}
          onChange={(event) => set('decimals', Math.max(0, Math.min(6, Math.trunc(Number(event.target.value) || 0))))}
        />
      </div>
      <div className="form__row">
        <SelectField
          label={t('fields.polarity')}
          name="polarity"
          required
          value={values.polarity}
          error={errors.polarity}
          options={POLARITIES.map((p) => ({ value: p, label: t(`polarities.${p}`) }))}
          onChange={(event) => set('polarity', event.target.value as Polarity)}
        />
        <SelectField
          label={t('fields.type')}
          name="type"
          required
          value={values.type}
          error={errors.type}
          options={INDICATOR_TYPES.map((id) => ({ value: id, label: typeLabel(id) }))}
          onChange={(event) => set('type', event.target.value as IndicatorType)}
        />
        <SelectField
          label={t('fields.area')}
          name="area"
          required
          value={values.area}
          error={errors.area}
          placeholder={t('form.chooseArea')}
          options={SERVICE_AREAS.map((id) => ({ value: id, label: areaLabel(id) }))}
          onChange={(event) => set('area', event.target.value)}
        />
      </div>
      <CheckboxGroup
        legend={t('fields.unitKinds')}
        hint={t('form.kindsHint')}
        required
        error={errors.unitKinds}
        options={KNOWN_KINDS.map((kind) => ({ value: kind, label: kindLabel(kind) }))}
        value={values.unitKinds}
        onChange={(unitKinds) => set('unitKinds', unitKinds)}
      />
      <BilingualField
        name="source"
        label={{ pl: t('form.sourcePl'), en: t('form.sourceEn') }}
        required
        rows={2}
        value={values.source}
        errors={errors}
        onChange={(source) => set('source', source)}
      />
      <SubmitOrCancel label={submitLabel} pending={pending} onCancel={onCancel} />
    </Form>
  );
}
