import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/button';
import { CheckboxGroup } from '../../../components/checkbox-group';
import { SelectField, TextAreaField, TextField } from '../../../components/field';
import { Form, FormActions, FormError } from '../../../components/form';
import { pathHandler, useFieldErrorsByPath } from '../../../lib/field-errors';
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
  const [values, setValues] = useState<IndicatorDraft>(initial ?? EMPTY);
  const [clientErrors, setClientErrors] = useState<Record<string, string>>({});
  const serverErrors = useFieldErrorsByPath(error, PATHS);
  const errors: Record<string, string | undefined> = { ...serverErrors, ...clientErrors };

  function set<K extends keyof IndicatorDraft>(key: K, value: IndicatorDraft[K]) {
    setValues((current) => ({ ...current, [key]: value }));
  }
  function setText(key: 'names' | 'definition' | 'source', language: 'pl' | 'en', value: string) {
    setValues((current) => ({ ...current, [key]: { ...current[key], [language]: value } }));
  }

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
    setClientErrors(problems);
    if (Object.keys(problems).length > 0) {
      // Move to the first field that needs attention, as the server-side errors do.
      requestAnimationFrame(() =>
        document
          .querySelector<HTMLElement>('.indicator-form [aria-invalid="true"], .indicator-form .field--invalid input')
          ?.focus(),
      );
      return;
    }
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
      {editing ? null : (
        <TextField
          label={t('fields.code')}
          name="code"
          required
          hint={t('form.codeHint')}
          className="mono-input"
          value={values.code}
          error={errors.code}
          autoComplete="off"
          spellCheck={false}
          onChange={(event) => set('code', event.target.value)}
        />
      )}
      <div className="form__row">
        <TextField
          label={t('form.namePl')}
          name="names.pl"
          lang="pl"
          required
          value={values.names.pl}
          error={errors['names.pl']}
          onChange={(event) => setText('names', 'pl', event.target.value)}
        />
        <TextField
          label={t('form.nameEn')}
          name="names.en"
          lang="en"
          required
          value={values.names.en}
          error={errors['names.en']}
          onChange={(event) => setText('names', 'en', event.target.value)}
        />
      </div>
      <div className="form__row">
        <TextAreaField
          label={t('form.definitionPl')}
          name="definition.pl"
          lang="pl"
          required
          rows={3}
          value={values.definition.pl}
          error={errors['definition.pl']}
          onChange={(event) => setText('definition', 'pl', event.target.value)}
        />
        <TextAreaField
          label={t('form.definitionEn')}
          name="definition.en"
          lang="en"
          required
          rows={3}
          value={values.definition.en}
          error={errors['definition.en']}
          onChange={(event) => setText('definition', 'en', event.target.value)}
        />
      </div>
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
      <div className="form__row">
        <TextAreaField
          label={t('form.sourcePl')}
          name="source.pl"
          lang="pl"
          required
          rows={2}
          value={values.source.pl}
          error={errors['source.pl']}
          onChange={(event) => setText('source', 'pl', event.target.value)}
        />
        <TextAreaField
          label={t('form.sourceEn')}
          name="source.en"
          lang="en"
          required
          rows={2}
          value={values.source.en}
          error={errors['source.en']}
          onChange={(event) => setText('source', 'en', event.target.value)}
        />
      </div>
      <FormActions>
        <Button type="submit" variant="primary" busy={pending} busyLabel={t('common:status.saving')}>
          {submitLabel}
        </Button>
        <Button onClick={onCancel}>{t('common:actions.cancel')}</Button>
      </FormActions>
    </Form>
  );
}
