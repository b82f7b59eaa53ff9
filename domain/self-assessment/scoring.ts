/**
 * Self-assessment scoring driven by framework data (METHODS.md §1.3–§1.4, §2): validate the raw
 * scores of one item, derive its 0–100 score, aggregate items → criteria → total, and compare rounds.
 *
 * Nothing here knows CAF or EFQM by name; the framework file says which components an item has in a
 * mode (classical: one score; fine-tuned enablers: PLAN/DO/CHECK/ACT; fine-tuned results:
 * trend/targets; EFQM: RADAR elements), their bands and steps, and how scores combine.
 */
import {
  type AssessmentItem,
  type Framework,
  type LocalizedText,
  type ScoreBand,
  type ScorePanel,
  assessmentItems,
  bandOf,
  isOnStep,
} from './framework';

/**
 * Raw scores for one item: a record component id → score (fine-tuned: `{ plan, do, check, act }`), or
 * a bare number when the item's panel has a single component (classical: `57`).
 */
export type ScoreValues = number | Readonly<Record<string, number>>;

export type ScoreProblemCode =
  | 'UNKNOWN_MODE'
  | 'UNKNOWN_ITEM'
  | 'DUPLICATE_ITEM'
  | 'SINGLE_VALUE_FOR_SEVERAL_COMPONENTS'
  | 'MISSING_COMPONENT'
  | 'UNKNOWN_COMPONENT'
  | 'NOT_A_NUMBER'
  | 'OUT_OF_RANGE'
  | 'OFF_STEP'
  | 'NOT_A_BAND_VALUE';

export interface ScoreProblem {
  code: ScoreProblemCode;
  /** The subcriterion (or criterion-level item) the problem concerns; null for an unknown mode. */
  itemId: string | null;
  component?: string;
  message: string;
}

export interface ItemScore {
  itemId: string;
  criterionId: string;
  kind: string;
  /** The raw component scores, as given. */
  components: Record<string, number>;
  /** The band each component score falls in; null for a component without bands. */
  bands: Record<string, ScoreBand | null>;
  /** The item's score, 0–100: the panel's (weighted) mean of its components. */
  score: number;
}

/**
 * Validates the raw scores of one item under a framework and mode and derives its 0–100 score.
 *
 * Each of the panel's components must be present, a finite number, within 0–100, on the component's
 * step if it has one (CAF: whole numbers), and — for `selection: "band-value"` — equal to one of the
 * bands' values. Every problem is reported, each naming the item. Item score = arithmetic mean of the
 * components (CAF fine-tuned enablers: (P + D + C + A)/4; results: (trend + targets)/2; classical:
 * the single score), or the mean weighted by component weights when the panel says "weighted-mean".
 */
export function validateScore(
  framework: Framework,
  modeId: string,
  itemId: string,
  values: ScoreValues,
): { ok: true; score: ItemScore } | { ok: false; errors: ScoreProblem[] } {
  const mode = framework.modes.find((m) => m.id === modeId);
  if (mode === undefined) {
    return {
      ok: false,
      errors: [
        {
          code: 'UNKNOWN_MODE',
          itemId,
          message: `framework ${framework.id} has no scoring mode "${modeId}" (known: ${framework.modes.map((m) => m.id).join(', ')})`,
        },
      ],
    };
  }
  const item = assessmentItems(framework).find((i) => i.id === itemId);
  if (item === undefined)
    return {
      ok: false,
      errors: [{ code: 'UNKNOWN_ITEM', itemId, message: `framework ${framework.id} has no subcriterion "${itemId}"` }],
    };
  return validateItem(item, mode.panels[item.kind]!, values);
}

function validateItem(
  item: AssessmentItem,
  panel: ScorePanel,
  values: ScoreValues,
): { ok: true; score: ItemScore } | { ok: false; errors: ScoreProblem[] } {
  const name = itemName(item);
  const errors: ScoreProblem[] = [];
  let given: Readonly<Record<string, unknown>>;
  if (typeof values === 'number') {
    if (panel.components.length !== 1) {
      const ids = panel.components.map((c) => c.id).join(', ');
      return {
        ok: false,
        errors: [
          {
            code: 'SINGLE_VALUE_FOR_SEVERAL_COMPONENTS',
            itemId: item.id,
            message: `${name}: one number given, but this mode scores ${ids} separately`,
          },
        ],
      };
    }
    given = { [panel.components[0]!.id]: values };
  } else {
    given = values;
  }

  const components: Record<string, number> = {};
  const bands: Record<string, ScoreBand | null> = {};
  for (const c of panel.components) {
    const problem = (code: ScoreProblemCode, message: string) =>
      errors.push({ code, itemId: item.id, component: c.id, message: `${name}, ${c.title.en}: ${message}` });
    const v = given[c.id];
    if (v === undefined) {
      problem('MISSING_COMPONENT', 'no score');
      continue;
    }
    if (typeof v !== 'number' || !Number.isFinite(v)) {
      problem('NOT_A_NUMBER', `${String(v)} is not a number`);
      continue;
    }
    if (v < c.min || v > c.max) {
      problem('OUT_OF_RANGE', `score ${v} is outside ${c.min}–${c.max}`);
      continue;
    }
    if (!isOnStep(v, c.min, c.step)) {
      problem(
        'OFF_STEP',
        c.step === 1 ? `score ${v} must be a whole number` : `score ${v} must be a multiple of ${c.step}`,
      );
      continue;
    }
    if (c.selection === 'band-value' && !c.bands!.some((b) => b.value === v)) {
      problem(
        'NOT_A_BAND_VALUE',
        `score ${v} is not one of the band values ${c.bands!.map((b) => b.value).join(', ')}`,
      );
      continue;
    }
    components[c.id] = v;
    bands[c.id] = c.bands === undefined ? null : (bandOf(c.bands, v) ?? null);
  }
  for (const key of Object.keys(given)) {
    if (!panel.components.some((c) => c.id === key)) {
      errors.push({
        code: 'UNKNOWN_COMPONENT',
        itemId: item.id,
        component: key,
        message: `${name}: "${key}" is not scored in this mode (expected ${panel.components.map((c) => c.id).join(', ')})`,
      });
    }
  }
  if (errors.length > 0) return { ok: false, errors };

  let weighted = 0;
  let weights = 0;
  for (const c of panel.components) {
    const w = panel.combine === 'weighted-mean' ? c.weight! : 1;
    weighted += w * components[c.id]!;
    weights += w;
  }
  return {
    ok: true,
    score: {
      itemId: item.id,
      criterionId: item.criterionId,
      kind: item.kind,
      components,
      bands,
      score: weighted / weights,
    },
  };
}

function itemName(item: AssessmentItem): string {
  return item.id === item.criterionId ? `criterion ${item.id}` : `subcriterion ${item.id}`;
}

export interface ItemScoreInput {
  itemId: string;
  values: ScoreValues;
}

export interface CriterionScore {
  criterionId: string;
  kind: string;
  group: string | null;
  /** True when every item of the criterion is scored. */
  complete: boolean;
  /** Item ids not scored, in framework order. */
  missing: string[];
  /** 0–100: (weighted) mean of the item scores; null when incomplete. */
  score: number | null;
  /** score × maxPoints / 100; null when incomplete. */
  points: number | null;
  maxPoints: number;
}

/** A labelled figure on a stated scale. */
export interface ScoreFigure {
  label: LocalizedText;
  /** Null when some criterion is incomplete. */
  value: number | null;
  max: number;
}

/** Points of a subset of criteria (one kind, one group). */
export interface ScoreSubtotal {
  id: string;
  /** Σ criterion points; null when a criterion of the subset is incomplete. */
  points: number | null;
  maxPoints: number;
  /** points / maxPoints × 100; null when incomplete. */
  percent: number | null;
}

export interface AssessmentScore {
  frameworkId: string;
  frameworkVersion: string;
  mode: string;
  /** Scored items in framework order. */
  items: ItemScore[];
  criteria: CriterionScore[];
  /** True when every item of the framework is scored. */
  complete: boolean;
  /** Unscored item ids, in framework order. */
  missing: string[];
  /** Σ criterion points (CAF 2020: 0–900; EFQM: 0–1000). */
  total: ScoreFigure;
  /** total / maxTotal × 100, 0–100 (CAF: total/9 = the mean of the 9 criterion scores). */
  average: ScoreFigure;
  byKind: ScoreSubtotal[];
  byGroup: ScoreSubtotal[];
}

/**
 * Scores a whole assessment (one mode) from its item scores — individual or consensus.
 *
 * - Every input is validated as in {@link validateScore}; an unknown or repeated item is an error.
 *   Any error → `{ ok: false, errors }` listing all of them.
 * - Criterion score (0–100) = arithmetic mean of its item scores (`aggregation.subcriteria: "mean"`,
 *   CAF practice, METHODS.md §1.4), or their mean weighted by subcriterion weights. A criterion
 *   with an unscored item is incomplete: score null, its missing items listed.
 * - Criterion points = criterion score × criterion points / 100; total = Σ criterion points
 *   (CAF 2020: 9 × 100 → 0–900, METHODS.md §1.4 (b); EFQM: criterion % × its points → 0–1000).
 * - Average = total / maxTotal × 100 (CAF: total/9, the mean of the 9 criterion scores, §1.4 (a)).
 * - Total, average and every kind/group subtotal are null while any criterion they cover is
 *   incomplete: a partial sum on the 0–900 scale would read as a low score.
 */
export function scoreAssessment(
  framework: Framework,
  modeId: string,
  inputs: readonly ItemScoreInput[],
): { ok: true; assessment: AssessmentScore } | { ok: false; errors: ScoreProblem[] } {
  if (!framework.modes.some((m) => m.id === modeId)) {
    return {
      ok: false,
      errors: [
        {
          code: 'UNKNOWN_MODE',
          itemId: null,
          message: `framework ${framework.id} has no scoring mode "${modeId}" (known: ${framework.modes.map((m) => m.id).join(', ')})`,
        },
      ],
    };
  }
  const errors: ScoreProblem[] = [];
  const byItem = new Map<string, ItemScore>();
  const seen = new Set<string>();
  for (const input of inputs) {
    if (seen.has(input.itemId)) {
      errors.push({
        code: 'DUPLICATE_ITEM',
        itemId: input.itemId,
        message: `subcriterion ${input.itemId} is scored more than once`,
      });
      continue;
    }
    seen.add(input.itemId);
    const result = validateScore(framework, modeId, input.itemId, input.values);
    if (result.ok) byItem.set(input.itemId, result.score);
    else errors.push(...result.errors);
  }
  if (errors.length > 0) return { ok: false, errors };

  const items = assessmentItems(framework);
  const criteria: CriterionScore[] = framework.criteria.map((c) => {
    const own = items.filter((i) => i.criterionId === c.id);
    const missing = own.filter((i) => !byItem.has(i.id)).map((i) => i.id);
    let score: number | null = null;
    if (missing.length === 0) {
      let weighted = 0;
      let weights = 0;
      for (const i of own) {
        weighted += i.weight * byItem.get(i.id)!.score;
        weights += i.weight;
      }
      score = weighted / weights;
    }
    return {
      criterionId: c.id,
      kind: c.kind,
      group: c.group ?? null,
      complete: missing.length === 0,
      missing,
      score,
      points: score === null ? null : (score * c.points) / 100,
      maxPoints: c.points,
    };
  });

  const subtotal = (id: string, members: CriterionScore[]): ScoreSubtotal => {
    const maxPoints = members.reduce((s, c) => s + c.maxPoints, 0);
    const points = members.every((c) => c.points !== null) ? members.reduce((s, c) => s + c.points!, 0) : null;
    return { id, points, maxPoints, percent: points === null ? null : (points * 100) / maxPoints };
  };
  const all = subtotal('total', criteria);
  const { maxTotal, totalLabel, averageLabel } = framework.aggregation;
  return {
    ok: true,
    assessment: {
      frameworkId: framework.id,
      frameworkVersion: framework.version,
      mode: modeId,
      items: items.filter((i) => byItem.has(i.id)).map((i) => byItem.get(i.id)!),
      criteria,
      complete: criteria.every((c) => c.complete),
      missing: criteria.flatMap((c) => c.missing),
      total: { label: totalLabel, value: all.points, max: maxTotal },
      average: { label: averageLabel, value: all.percent, max: 100 },
      byKind: framework.kinds
        .map((k) =>
          subtotal(
            k.id,
            criteria.filter((c) => c.kind === k.id),
          ),
        )
        .filter((s) => s.maxPoints > 0),
      byGroup: framework.groups.map((g) =>
        subtotal(
          g.id,
          criteria.filter((c) => c.group === g.id),
        ),
      ),
    },
  };
}

export interface FigureChange {
  label: LocalizedText;
  before: number | null;
  after: number | null;
  /** after − before; null when either is null. */
  change: number | null;
  max: number;
}

export interface CriterionChange {
  criterionId: string;
  before: number | null;
  after: number | null;
  /** Change of the criterion score, 0–100 scale (percentage points). */
  change: number | null;
  /** Change of the criterion's points on the total scale (CAF: equal to `change`, 100 points each). */
  pointsChange: number | null;
}

export interface RoundComparison {
  frameworkId: string;
  criteria: CriterionChange[];
  /** e.g. change +150 on 0–900: "+150 since round 1". */
  total: FigureChange;
  average: FigureChange;
  /** The rounds were scored in different modes (e.g. classical then fine-tuned): comparable on 0–100, but say so. */
  modeChanged: boolean;
}

/**
 * Change between two rounds of the same framework (version included): per criterion (score and
 * points), total and average, as after − before. A change is null when either side is null
 * (criterion incomplete in one round). Rounds of different frameworks or versions → error
 * `FRAMEWORK_MISMATCH`, because their scales and items differ.
 */
export function compareRounds(
  before: AssessmentScore,
  after: AssessmentScore,
):
  { ok: true; comparison: RoundComparison } | { ok: false; errors: { code: 'FRAMEWORK_MISMATCH'; message: string }[] } {
  if (before.frameworkId !== after.frameworkId || before.frameworkVersion !== after.frameworkVersion) {
    return {
      ok: false,
      errors: [
        {
          code: 'FRAMEWORK_MISMATCH',
          message: `cannot compare ${before.frameworkId} ${before.frameworkVersion} with ${after.frameworkId} ${after.frameworkVersion}`,
        },
      ],
    };
  }
  const diff = (a: number | null, b: number | null) => (a === null || b === null ? null : b - a);
  const figure = (a: ScoreFigure, b: ScoreFigure): FigureChange => ({
    label: b.label,
    before: a.value,
    after: b.value,
    change: diff(a.value, b.value),
    max: b.max,
  });
  return {
    ok: true,
    comparison: {
      frameworkId: after.frameworkId,
      criteria: after.criteria.map((c) => {
        const old = before.criteria.find((o) => o.criterionId === c.criterionId);
        return {
          criterionId: c.criterionId,
          before: old?.score ?? null,
          after: c.score,
          change: diff(old?.score ?? null, c.score),
          pointsChange: diff(old?.points ?? null, c.points),
        };
      }),
      total: figure(before.total, after.total),
      average: figure(before.average, after.average),
      modeChanged: before.mode !== after.mode,
    },
  };
}
