import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { SelectField, TextAreaField, TextField } from '../../../components/field';
import { Form, FormError } from '../../../components/form';
import { SubmitOrCancel } from '../../../components/form-fields';
import { isApiError } from '../../../lib/api';
import { useAnnounce } from '../../../lib/announce';
import { pathHandler } from '../../../lib/field-errors';
import { useDraft } from '../../../lib/use-draft';
import { useFormat } from '../../../lib/format';
import { prioritise } from '../../../../../domain/improvement-plans/priority';
import { decimalInputText, parseDecimalInput } from '../../../lib/decimal';
import { useAllIndicators } from '../../indicators';
import { useLocalized } from '../../../lib/localized';
import { SourceText } from '../labels';
import {
  ACTION_STATUSES,
  SOURCE_TYPES,
  type Action,
  type ActionInput,
  type ActionSource,
  type ActionStatus,
  type SourceType,
} from '../api';

/** The form's own state: every field as typed. */
export interface ActionDraft {
  title: string;
  description: string;
  sourceType: SourceType;
  /** An agreed action of a network meeting keeps its link as it is: it is not chosen in the form. */
  meetingSource: ActionSource | null;
  assessmentId: string;
  itemId: string;
  sourceIndicator: string;
  surveyWaveId: string;
  questionId: string;
  note: string;
  owner: string;
  startDate: string;
  endDate: string;
  status: ActionStatus;
  impact: string;
  feasibility: string;
  budget: string;
  indicatorCode: string;
  baseline: string;
  target: string;
  peers: string;
}

export const EMPTY_ACTION: ActionDraft = {
  title: '',
  description: '',
  sourceType: 'free',
  meetingSource: null,
  assessmentId: '',
  itemId: '',
  sourceIndicator: '',
  surveyWaveId: '',
  questionId: '',
  note: '',
  owner: '',
  startDate: '',
  endDate: '',
  status: 'planned',
  impact: '3',
  feasibility: '3',
  budget: '',
  indicatorCode: '',
  baseline: '',
  target: '',
  peers: '',
};

export function draftFromAction(action: Action, locale: string): ActionDraft {
  const s: ActionSource = action.source;
  return {
    title: action.title,
    description: action.description ?? '',
    sourceType: s.type === 'meeting-action' ? 'free' : s.type,
    meetingSource: s.type === 'meeting-action' ? s : null,
    assessmentId: s.assessmentId === undefined ? '' : String(s.assessmentId),
    itemId: s.itemId ?? '',
    sourceIndicator: s.indicatorCode ?? '',
    surveyWaveId: s.surveyWaveId === undefined ? '' : String(s.surveyWaveId),
    questionId: s.questionId ?? '',
    note: s.note ?? '',
    owner: action.owner ?? '',
    startDate: action.startDate ?? '',
    endDate: action.endDate ?? '',
    status: action.status,
    impact: String(action.priority.impact),
    feasibility: String(action.priority.feasibility),
    budget: action.budget === null ? '' : action.budget.replace('.', locale.startsWith('pl') ? ',' : '.'),
    indicatorCode: action.indicator?.code ?? '',
    baseline: decimalInputText(action.indicator?.baseline ?? null, locale),
    target: decimalInputText(action.indicator?.target ?? null, locale),
    peers: action.indicator?.peers ?? '',
  };
}

/**
 * Budget in PLN as typed ("12 500,50") → the exact decimal string the server stores ("12500.50").
 * Never rounded: more than two decimal places (grosze) is an error, not a silent cut.
 */
export function parseBudget(text: string): { ok: true; value: string | null } | { ok: false } {
  const s = text
    .trim()
    .replace(/[\s\u00A0\u202F]/g, '')
    .replace(/zł$/i, '')
    .replace(',', '.');
  if (s === '') return { ok: true, value: null };
  return /^\d+(\.\d{1,2})?$/.test(s) ? { ok: true, value: s } : { ok: false };
}

const FIELD_PATHS = [
  'title',
  'description',
  'source',
  'owner',
  'startDate',
  'endDate',
  'status',
  'impact',
  'feasibility',
  'budget',
  'indicator.code',
  'indicator.baseline',
  'indicator.target',
  'indicator.peers',
  'indicator',
] as const;

export interface ActionFormProps {
  initial: ActionDraft;
  /** The plan's unit: which indicators apply (by kind) and the default peer group. */
  unit: { code: string; kind: string } | null;
  submitLabel: string;
  pending: boolean;
  error: unknown;
  onSubmit: (input: ActionInput) => void;
  onCancel: () => void;
}

/** Creating or editing an improvement action: what, where from, who and when, priority, budget, the indicator it should move. */
export function ActionForm({ initial, unit, submitLabel, pending, error, onSubmit, onCancel }: ActionFormProps) {
  const { t } = useTranslation('improvementPlans');
  const announce = useAnnounce();
  const format = useFormat();
  const localized = useLocalized();
  const indicators = useAllIndicators();
  const {
    draft,
    setDraft,
    set,
    errors: fieldErrors,
    clientErrors,
    check,
  } = useDraft(initial, {
    error,
    paths: FIELD_PATHS,
  });
  const notApplicable = isApiError(error) && error.code === 'INDICATOR_NOT_APPLICABLE';
  // The server's refusal of the indicator for the unit's kind is shown at the indicator, under the client's own checks.
  const errors = notApplicable
    ? { ...fieldErrors, 'indicator.code': clientErrors['indicator.code'] ?? t('form.notApplicable') }
    : fieldErrors;

  const applicable = useMemo(
    () =>
      (indicators.data ?? [])
        .filter((i) => !unit || i.unitKinds.includes(unit.kind))
        .sort((a, b) => localized(a.names).localeCompare(localized(b.names), format.locale)),
    [indicators.data, unit, localized, format.locale],
  );
  const indicatorOptions = applicable.map((i) => ({ value: i.code, label: `${localized(i.names)} (${i.unit})` }));
  // A code from a link that is not (or no longer) in the catalogue stays visible instead of vanishing.
  const withCurrent = (code: string) =>
    code && !applicable.some((i) => i.code === code)
      ? [{ value: code, label: code }, ...indicatorOptions]
      : indicatorOptions;
  const priority = prioritise(Number(draft.impact), Number(draft.feasibility));

  function chooseSourceIndicator(code: string) {
    // A benchmark gap is usually closed by moving the same indicator: offer it as the target indicator.
    setDraft((d) => ({ ...d, sourceIndicator: code, indicatorCode: d.indicatorCode || code }));
  }

  function build(): { input: ActionInput | null; problems: Record<string, string> } {
    const problems: Record<string, string> = {};
    if (!draft.title.trim()) problems.title = t('common:validation.required');
    if (draft.startDate && draft.endDate && draft.endDate < draft.startDate)
      problems.endDate = t('form.endBeforeStart');
    const budget = parseBudget(draft.budget);
    if (!budget.ok) problems.budget = t('form.budgetInvalid');
    const number = (key: 'baseline' | 'target') => {
      const parsed = parseDecimalInput(draft[key]);
      if (parsed && !parsed.ok) problems[`indicator.${key}`] = t('form.numberInvalid');
      return parsed?.ok ? parsed.value : null;
    };
    const baseline = number('baseline');
    const target = number('target');
    if (!draft.indicatorCode && (draft.baseline.trim() || draft.target.trim() || draft.peers.trim()))
      problems['indicator.code'] = t('form.indicatorRequired');
    if (draft.sourceType === 'benchmark-gap' && !draft.sourceIndicator)
      problems.sourceIndicator = t('form.sourceIndicatorRequired');
    if (draft.sourceType === 'caf-improvement') {
      if (!/^\d+$/.test(draft.assessmentId.trim())) problems.assessmentId = t('form.assessmentRequired');
      if (!draft.itemId.trim()) problems.itemId = t('form.itemRequired');
    }
    if (draft.sourceType === 'survey-result') {
      if (!draft.surveyWaveId.trim()) problems.surveyWaveId = t('form.waveRequired');
      if (!draft.questionId.trim()) problems.questionId = t('form.questionRequired');
    }
    if (Object.keys(problems).length > 0) return { input: null, problems };

    const source: ActionSource = draft.meetingSource
      ? {
          type: 'meeting-action',
          groupId: draft.meetingSource.groupId,
          meetingId: draft.meetingSource.meetingId,
          meetingActionId: draft.meetingSource.meetingActionId,
        }
      : { type: draft.sourceType };
    if (draft.sourceType === 'caf-improvement') {
      source.assessmentId = Number(draft.assessmentId);
      source.itemId = draft.itemId.trim();
    }
    if (draft.sourceType === 'benchmark-gap') source.indicatorCode = draft.sourceIndicator;
    if (draft.sourceType === 'survey-result') {
      // Wave ids are numbers in the surveys module; anything else is passed as the text it is.
      const wave = draft.surveyWaveId.trim();
      source.surveyWaveId = /^\d+$/.test(wave) ? Number(wave) : wave;
      source.questionId = draft.questionId.trim();
    }
    if (draft.note.trim()) source.note = draft.note.trim();
    return {
      problems,
      input: {
        title: draft.title.trim(),
        description: draft.description.trim() || null,
        // Which fields the type needs is checked above and again by the server.
        source: source as ActionInput['source'],
        owner: draft.owner.trim() || null,
        startDate: draft.startDate || null,
        endDate: draft.endDate || null,
        status: draft.status,
        impact: Number(draft.impact),
        feasibility: Number(draft.feasibility),
        budget: budget.ok ? budget.value : null,
        indicator: draft.indicatorCode
          ? { code: draft.indicatorCode, baseline, target, peers: draft.peers.trim() || null }
          : null,
      },
    };
  }

  function submit() {
    const { input, problems } = build();
    if (!check(problems, '.action-form') || !input) {
      announce(t('common:form.fixErrors'));
      return;
    }
    onSubmit(input);
  }

  const ratingOptions = [1, 2, 3, 4, 5].map((n) => ({ value: String(n), label: t(`rating.${n}`) }));

  return (
    <Form onSubmit={submit} pending={pending} aria-label={submitLabel} className="action-form">
      <FormError error={notApplicable ? null : error} isHandled={pathHandler(FIELD_PATHS)} />
      <TextField
        label={t('fields.title')}
        name="title"
        required
        maxLength={300}
        value={draft.title}
        error={errors.title}
        onChange={(e) => set('title', e.target.value)}
      />
      <TextAreaField
        label={t('fields.description')}
        name="description"
        maxLength={10000}
        value={draft.description}
        error={errors.description}
        onChange={(e) => set('description', e.target.value)}
      />

      <fieldset className="form-section">
        <legend>{t('form.sourceLegend')}</legend>
        {draft.meetingSource ? (
          <p>
            <SourceText source={draft.meetingSource} />
          </p>
        ) : (
          <SelectField
            label={t('fields.sourceType')}
            name="sourceType"
            value={draft.sourceType}
            error={errors.source}
            options={SOURCE_TYPES.map((type) => ({ value: type, label: t(`source.${type}`) }))}
            onChange={(e) => set('sourceType', e.target.value as SourceType)}
          />
        )}
        {draft.sourceType === 'caf-improvement' ? (
          <div className="form__row">
            <TextField
              label={t('fields.assessmentId')}
              name="assessmentId"
              required
              inputMode="numeric"
              value={draft.assessmentId}
              error={clientErrors.assessmentId}
              onChange={(e) => set('assessmentId', e.target.value)}
            />
            <TextField
              label={t('fields.itemId')}
              name="itemId"
              required
              hint={t('form.itemHint')}
              value={draft.itemId}
              error={clientErrors.itemId}
              onChange={(e) => set('itemId', e.target.value)}
            />
          </div>
        ) : null}
        {draft.sourceType === 'benchmark-gap' ? (
          <SelectField
            label={t('fields.sourceIndicator')}
            name="sourceIndicator"
            required
            value={draft.sourceIndicator}
            error={clientErrors.sourceIndicator}
            placeholder={indicators.isPending ? t('common:status.loading') : t('form.chooseIndicator')}
            options={withCurrent(draft.sourceIndicator)}
            onChange={(e) => chooseSourceIndicator(e.target.value)}
          />
        ) : null}
        {draft.sourceType === 'survey-result' ? (
          <div className="form__row">
            <TextField
              label={t('fields.surveyWaveId')}
              name="surveyWaveId"
              required
              value={draft.surveyWaveId}
              error={clientErrors.surveyWaveId}
              onChange={(e) => set('surveyWaveId', e.target.value)}
            />
            <TextField
              label={t('fields.questionId')}
              name="questionId"
              required
              value={draft.questionId}
              error={clientErrors.questionId}
              onChange={(e) => set('questionId', e.target.value)}
            />
          </div>
        ) : null}
        <TextAreaField
          label={t('fields.note')}
          name="note"
          hint={t(`form.noteHint.${draft.sourceType}`)}
          maxLength={4000}
          rows={3}
          value={draft.note}
          onChange={(e) => set('note', e.target.value)}
        />
      </fieldset>

      <fieldset className="form-section">
        <legend>{t('form.scheduleLegend')}</legend>
        <TextField
          label={t('fields.owner')}
          name="owner"
          maxLength={200}
          hint={t('form.ownerHint')}
          value={draft.owner}
          error={errors.owner}
          onChange={(e) => set('owner', e.target.value)}
        />
        <div className="form__row">
          <TextField
            label={t('fields.startDate')}
            name="startDate"
            type="date"
            value={draft.startDate}
            error={errors.startDate}
            onChange={(e) => set('startDate', e.target.value)}
          />
          <TextField
            label={t('fields.endDate')}
            name="endDate"
            type="date"
            value={draft.endDate}
            error={errors.endDate}
            onChange={(e) => set('endDate', e.target.value)}
          />
          <SelectField
            label={t('fields.status')}
            name="status"
            value={draft.status}
            error={errors.status}
            options={ACTION_STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) }))}
            onChange={(e) => set('status', e.target.value as ActionStatus)}
          />
        </div>
      </fieldset>

      <fieldset className="form-section">
        <legend>{t('form.priorityLegend')}</legend>
        <p className="field__hint">{t('form.priorityHint')}</p>
        <div className="form__row">
          <SelectField
            label={t('fields.impact')}
            name="impact"
            required
            value={draft.impact}
            error={errors.impact}
            options={ratingOptions}
            onChange={(e) => set('impact', e.target.value)}
          />
          <SelectField
            label={t('fields.feasibility')}
            name="feasibility"
            required
            value={draft.feasibility}
            error={errors.feasibility}
            options={ratingOptions}
            onChange={(e) => set('feasibility', e.target.value)}
          />
        </div>
        {priority.ok ? (
          <p className="priority-preview" aria-live="polite">
            {t('form.priorityPreview', {
              score: priority.priority.score,
              class: t(`priorityClass.${priority.priority.class}`),
              quadrant: t(`quadrant.${priority.priority.quadrant}`),
            })}
          </p>
        ) : null}
        <TextField
          label={t('fields.budget')}
          name="budget"
          inputMode="decimal"
          hint={t('form.budgetHint')}
          value={draft.budget}
          error={errors.budget}
          onChange={(e) => set('budget', e.target.value)}
        />
      </fieldset>

      <fieldset className="form-section">
        <legend>{t('form.indicatorLegend')}</legend>
        <p className="field__hint">{t('form.indicatorIntro')}</p>
        <SelectField
          label={t('fields.indicator')}
          name="indicatorCode"
          value={draft.indicatorCode}
          error={errors['indicator.code'] ?? errors.indicator}
          placeholder={indicators.isPending ? t('common:status.loading') : t('form.noIndicator')}
          hint={unit ? t('form.indicatorKindHint') : undefined}
          options={withCurrent(draft.indicatorCode)}
          onChange={(e) => set('indicatorCode', e.target.value)}
        />
        {draft.indicatorCode ? (
          <>
            <div className="form__row">
              <TextField
                label={t('fields.baseline')}
                name="baseline"
                inputMode="decimal"
                value={draft.baseline}
                error={errors['indicator.baseline']}
                onChange={(e) => set('baseline', e.target.value)}
              />
              <TextField
                label={t('fields.target')}
                name="target"
                inputMode="decimal"
                value={draft.target}
                error={errors['indicator.target']}
                onChange={(e) => set('target', e.target.value)}
              />
            </div>
            <TextField
              label={t('fields.peers')}
              name="peers"
              spellCheck={false}
              hint={unit ? t('form.peersHint', { spec: `nn:${unit.code}:15` }) : t('form.peersHintGroup')}
              value={draft.peers}
              error={errors['indicator.peers']}
              onChange={(e) => set('peers', e.target.value)}
            />
          </>
        ) : null}
      </fieldset>

      <SubmitOrCancel label={submitLabel} pending={pending} onCancel={onCancel} />
    </Form>
  );
}
