import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { TextField } from '../../../components/field';
import type { ScoreBand, ScoreComponent, ScorePanel, ScoreValues } from '../api';
import { bandOf, componentValues, useScoreFormat, useText } from '../labels';
import { BandsTable } from './bands-table';

/**
 * What the assessor has typed for one item, before it is a valid score: per component the text
 * of the score box and, for a banded single score (CAF classical), the band they chose.
 */
export interface ScoreDraft {
  scores: Record<string, string>;
  /** Component id → `min` of the chosen band. */
  bands: Record<string, number | null>;
}

export const EMPTY_DRAFT: ScoreDraft = { scores: {}, bands: {} };

export function draftFrom(panel: ScorePanel, values: ScoreValues | undefined): ScoreDraft {
  const numbers = componentValues(panel, values);
  const draft: ScoreDraft = { scores: {}, bands: {} };
  for (const c of panel.components) {
    const value = numbers[c.id];
    draft.scores[c.id] = value === undefined ? '' : String(value);
    draft.bands[c.id] = value === undefined ? null : (bandOf(c.bands, value)?.min ?? null);
  }
  return draft;
}

/** "45,5" or "45.5" → 45.5; empty or not a number → null. */
function parseScore(text: string): number | null {
  const trimmed = text.trim().replace(',', '.');
  if (!/^-?\d+(\.\d+)?$/.test(trimmed)) return null;
  return Number(trimmed);
}

function onStep(value: number, component: ScoreComponent): boolean {
  if (component.step === undefined) return true;
  const k = (value - component.min) / component.step;
  return Math.abs(k - Math.round(k)) < 1e-9;
}

/** A single banded score where the assessor first picks the band (CAF classical). */
function picksBand(panel: ScorePanel, component: ScoreComponent): boolean {
  return panel.components.length === 1 && !!component.bands;
}

/**
 * Checks a draft as the server will (range 0–100, step, inside the chosen band, a band value where
 * only those count) and returns the values to send, or a message per component. The server checks
 * again; this only saves a round trip and names the problem next to its box.
 */
export function readDraft(
  panel: ScorePanel,
  draft: ScoreDraft,
  t: TFunction,
): { ok: true; values: ScoreValues } | { ok: false; errors: Record<string, string> } {
  const errors: Record<string, string> = {};
  const values: Record<string, number> = {};
  for (const c of panel.components) {
    const text = draft.scores[c.id] ?? '';
    const chosen = c.bands?.find((b) => b.min === draft.bands[c.id]);
    if (text.trim() === '') {
      errors[c.id] =
        picksBand(panel, c) && !chosen ? t('selfAssessment:score.chooseBand') : t('selfAssessment:score.required');
      continue;
    }
    const value = parseScore(text);
    if (value === null) errors[c.id] = t('selfAssessment:score.notANumber');
    else if (value < c.min || value > c.max)
      errors[c.id] = t('selfAssessment:score.outOfRange', { min: c.min, max: c.max });
    else if (!onStep(value, c))
      errors[c.id] =
        c.step === 1 ? t('selfAssessment:score.wholeNumber') : t('selfAssessment:score.step', { step: c.step });
    else if (c.selection === 'band-value' && !c.bands?.some((b) => b.value === value))
      errors[c.id] = t('selfAssessment:score.chooseBand');
    else if (picksBand(panel, c) && chosen && (value < chosen.min || value > chosen.max))
      errors[c.id] = t('selfAssessment:score.outsideBand', { min: chosen.min, max: chosen.max });
    else values[c.id] = value;
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  const only = panel.components.length === 1 ? panel.components[0]! : null;
  return { ok: true, values: only ? values[only.id]! : values };
}

/** The item's 0–100 score from a complete draft, as the panel combines it; null while incomplete. */
export function draftScore(panel: ScorePanel, draft: ScoreDraft): number | null {
  let sum = 0;
  let weights = 0;
  for (const c of panel.components) {
    const value = parseScore(draft.scores[c.id] ?? '');
    if (value === null) return null;
    const weight = panel.combine === 'weighted-mean' ? (c.weight ?? 1) : 1;
    sum += weight * value;
    weights += weight;
  }
  return weights === 0 ? null : sum / weights;
}

export interface ScorePanelFieldsProps {
  panel: ScorePanel;
  draft: ScoreDraft;
  onChange: (draft: ScoreDraft) => void;
  errors: Record<string, string>;
}

/** The scoring controls of one item in the chosen mode, driven entirely by the framework's panel data. */
export function ScorePanelFields({ panel, draft, onChange, errors }: ScorePanelFieldsProps) {
  const { t } = useTranslation('selfAssessment');
  const text = useText();
  const score = useScoreFormat();
  const combined = panel.components.length > 1 ? draftScore(panel, draft) : null;

  const setScore = (component: ScoreComponent, value: string) => {
    const next: ScoreDraft = { scores: { ...draft.scores, [component.id]: value }, bands: { ...draft.bands } };
    // The chosen band constrains the score (a score outside it is an error, not a new band);
    // only a score typed before any band is chosen picks its band.
    const parsed = parseScore(value);
    const band = parsed === null ? undefined : bandOf(component.bands, parsed);
    if (band && (draft.bands[component.id] ?? null) === null) next.bands[component.id] = band.min;
    onChange(next);
  };
  const setBand = (component: ScoreComponent, band: ScoreBand) => {
    const next: ScoreDraft = { scores: { ...draft.scores }, bands: { ...draft.bands, [component.id]: band.min } };
    if (component.selection === 'band-value') next.scores[component.id] = String(band.value);
    else {
      const current = parseScore(draft.scores[component.id] ?? '');
      if (current !== null && (current < band.min || current > band.max)) next.scores[component.id] = '';
    }
    onChange(next);
  };

  return (
    <div className="score-panel">
      {panel.components.map((component) =>
        picksBand(panel, component) || component.selection === 'band-value' ? (
          <BandChoice
            key={component.id}
            component={component}
            single={panel.components.length === 1}
            panelTitle={panel.title ? text(panel.title) : text(component.title)}
            draft={draft}
            error={errors[component.id]}
            onBand={(band) => setBand(component, band)}
            onScore={(value) => setScore(component, value)}
          />
        ) : (
          <ComponentScore
            key={component.id}
            component={component}
            value={draft.scores[component.id] ?? ''}
            error={errors[component.id]}
            onChange={(value) => setScore(component, value)}
          />
        ),
      )}
      {panel.components.length > 1 ? (
        <p className="score-panel__combined" aria-live="polite">
          {combined === null
            ? t('score.combinedPending', { formula: combineFormula(panel, text) })
            : t('score.combined', { formula: combineFormula(panel, text), score: score(combined) })}
        </p>
      ) : null}
    </div>
  );
}

function combineFormula(panel: ScorePanel, text: (t: ScoreComponent['title']) => string): string {
  const names = panel.components.map((c) => text(c.title));
  if (panel.combine === 'weighted-mean')
    return panel.components.map((c) => `${c.weight ?? 1}×${text(c.title)}`).join(' + ');
  return `(${names.join(' + ')}) / ${names.length}`;
}

function BandChoice({
  component,
  single,
  panelTitle,
  draft,
  error,
  onBand,
  onScore,
}: {
  component: ScoreComponent;
  single: boolean;
  panelTitle: string;
  draft: ScoreDraft;
  error: string | undefined;
  onBand: (band: ScoreBand) => void;
  onScore: (value: string) => void;
}) {
  const { t } = useTranslation('selfAssessment');
  const text = useText();
  const id = useId();
  const bands = component.bands ?? [];
  const chosen = bands.find((b) => b.min === draft.bands[component.id]);
  const needsScore = component.selection !== 'band-value';
  return (
    <>
      <fieldset
        className={['radio-group', 'band-choice', error && !chosen ? 'field--invalid' : ''].filter(Boolean).join(' ')}
        aria-describedby={error && !chosen ? `${id}-error` : undefined}
      >
        <legend>{single ? t('score.bandLegend', { panel: panelTitle }) : text(component.title)}</legend>
        <ul className="band-choice__list">
          {bands.map((band) => {
            const optionId = `${id}-${band.min}`;
            return (
              <li
                key={band.min}
                className={['radio', 'band-choice__option', chosen === band ? 'is-selected' : '']
                  .filter(Boolean)
                  .join(' ')}
              >
                <input
                  type="radio"
                  id={optionId}
                  name={`${id}-band`}
                  checked={chosen === band}
                  onChange={() => onBand(band)}
                  aria-describedby={`${optionId}-hint`}
                />
                <label htmlFor={optionId}>
                  <span className="band-choice__range">{t('bands.rangeValue', { min: band.min, max: band.max })}</span>
                  {band.title || band.phase ? (
                    <span className="band-choice__name"> · {band.title ? text(band.title) : band.phase}</span>
                  ) : null}
                  {component.selection === 'band-value' ? (
                    <span className="muted"> ({t('score.bandValue', { value: band.value })})</span>
                  ) : null}
                </label>
                <p id={`${optionId}-hint`} className="field__hint">
                  {text(band.description)}
                </p>
              </li>
            );
          })}
        </ul>
        {error && !chosen ? (
          <p id={`${id}-error`} className="field__error">
            {error}
          </p>
        ) : null}
      </fieldset>
      {needsScore ? (
        <TextField
          className="score-input"
          label={t('score.scoreInBand')}
          hint={
            chosen
              ? t('score.scoreHint', { min: chosen.min, max: chosen.max })
              : t('score.scoreHintNoBand', { min: component.min, max: component.max })
          }
          // Text, not type=number: the browser's own range check would block the form with a
          // tooltip instead of the message next to the box that names the chosen band.
          inputMode={component.step === undefined ? 'decimal' : 'numeric'}
          autoComplete="off"
          required
          error={chosen ? error : undefined}
          value={draft.scores[component.id] ?? ''}
          onChange={(event) => onScore(event.target.value)}
        />
      ) : null}
    </>
  );
}

function ComponentScore({
  component,
  value,
  error,
  onChange,
}: {
  component: ScoreComponent;
  value: string;
  error: string | undefined;
  onChange: (value: string) => void;
}) {
  const { t } = useTranslation('selfAssessment');
  const text = useText();
  const parsed = parseScore(value);
  const band = parsed === null ? undefined : bandOf(component.bands, parsed);
  const hints = [
    t('score.componentHint', { min: component.min, max: component.max }),
    component.attributes
      ? t('score.attributes', { names: component.attributes.map((a) => text(a.title)).join(', ') })
      : '',
    band ? t('score.inBand', { min: band.min, max: band.max, meaning: text(band.description) }) : '',
  ].filter(Boolean);
  return (
    <div className="component-score">
      <TextField
        className="score-input"
        label={text(component.title)}
        hint={hints.join(' ')}
        inputMode={component.step === undefined ? 'decimal' : 'numeric'}
        autoComplete="off"
        required
        error={error}
        value={value}
        onChange={(event) => onChange(event.target.value)}
      />
      {component.bands ? (
        <details className="disclosure">
          <summary>{t('score.bandsOf', { name: text(component.title) })}</summary>
          <BandsTable bands={component.bands} caption={t('score.bandsOf', { name: text(component.title) })} />
        </details>
      ) : null}
    </div>
  );
}
