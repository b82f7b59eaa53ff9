/**
 * Assessment frameworks as data (CAF 2020, EFQM, …): the schema every framework file in
 * `data/frameworks/` must satisfy, and the lookups scoring needs. Adding a framework means adding a
 * JSON file, not code: scoring reads the panels, bands, weights and aggregation rule from here.
 *
 * Vocabulary (METHODS.md §1–§2):
 * - criterion: a box of the model (CAF 1–9, EFQM 1–7), with `points` on the framework's total scale
 *   (CAF: 100 each → 0–900; EFQM 2020: 100/200 → 0–1000) and a `kind` (enabler/result);
 * - item: what gets scored — a subcriterion (CAF 1.1…9.2, EFQM criterion parts), or the criterion
 *   itself when it lists no subcriteria (EFQM 6 and 7 are scored at criterion level);
 * - mode: a scoring system (CAF classical / fine-tuned, EFQM RADAR); each mode has one panel per kind;
 * - panel: the components an assessor scores for an item (classical: one score; fine-tuned enablers:
 *   PLAN, DO, CHECK, ACT; fine-tuned results: trend, targets) and how they combine into the item's
 *   0–100 score; a component may carry bands (0–10, 11–30, …) describing what a score means.
 */
import { z } from 'zod';

const ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$/;
const id = z.string().regex(ID, 'an id is 1–40 letters, digits, ".", "_" or "-"');

/** A string in both product languages. */
export const localizedTextSchema = z.strictObject({ pl: z.string().min(1), en: z.string().min(1) });
export type LocalizedText = z.infer<typeof localizedTextSchema>;

const bandSchema = z.strictObject({
  min: z.number(),
  max: z.number(),
  /** e.g. "PLAN" — the PDCA phase a CAF enabler band stands for. */
  phase: z.string().min(1).optional(),
  title: localizedTextSchema.optional(),
  description: localizedTextSchema,
  /** The score recorded when the assessor picks the band itself (component `selection: "band-value"`). */
  value: z.number().optional(),
});
export type ScoreBand = z.infer<typeof bandSchema>;

const componentSchema = z.strictObject({
  id,
  title: localizedTextSchema,
  /** Component scores are percentages: criterion points = criterion score × points / 100 relies on it. */
  min: z.literal(0),
  max: z.literal(100),
  /** Scores must be min + k·step (1 = whole numbers). Absent: any number in [min, max]. */
  step: z.number().positive().optional(),
  /** "score": any score in range (that falls in a band, if bands are given); "band-value": only the bands' `value`s. */
  selection: z.enum(['score', 'band-value']).default('score'),
  bands: z.array(bandSchema).min(1).optional(),
  /** Relative weight when the panel combines by weighted mean. */
  weight: z.number().positive().optional(),
  /** Guidance: what the assessor looks at for this component (e.g. RADAR attributes). Not scored. */
  attributes: z.array(z.strictObject({ id, title: localizedTextSchema })).optional(),
});
export type ScoreComponent = z.infer<typeof componentSchema>;

const panelSchema = z.strictObject({
  title: localizedTextSchema.optional(),
  components: z.array(componentSchema).min(1),
  /** How component scores become the item score: arithmetic mean, or mean weighted by component `weight`. */
  combine: z.enum(['mean', 'weighted-mean']),
});
export type ScorePanel = z.infer<typeof panelSchema>;

const modeSchema = z.strictObject({
  id,
  title: localizedTextSchema,
  description: localizedTextSchema.optional(),
  /** One panel per criterion kind, keyed by kind id. */
  panels: z.record(z.string(), panelSchema),
});
export type ScoringMode = z.infer<typeof modeSchema>;

const subcriterionSchema = z.strictObject({
  id,
  title: localizedTextSchema,
  examples: z.array(localizedTextSchema).default([]),
  /** Relative weight inside the criterion, used when `aggregation.subcriteria` is "weighted-mean". */
  weight: z.number().positive().optional(),
});
export type Subcriterion = z.infer<typeof subcriterionSchema>;

const criterionSchema = z.strictObject({
  id,
  kind: id,
  group: id.optional(),
  /** Points this criterion carries on the framework's total scale (criterion % × points / 100). */
  points: z.number().positive(),
  title: localizedTextSchema,
  description: localizedTextSchema.optional(),
  /** Empty: the criterion itself is the scored item. */
  subcriteria: z.array(subcriterionSchema),
});
export type Criterion = z.infer<typeof criterionSchema>;

const noteSchema = z.strictObject({
  /** Which strings the note is about, as JSON paths with `*` wildcards. */
  about: z.array(z.string().min(1)).min(1),
  provenance: z.enum([
    'methods',
    'methods-working-translation',
    'miernik-translation',
    'miernik-paraphrase',
    'recalled-unverified',
    'miernik-convention',
  ]),
  text: z.string().min(1),
});

export const frameworkSchema = z
  .strictObject({
    schemaVersion: z.literal(1),
    id,
    version: z.string().min(1),
    title: localizedTextSchema,
    description: localizedTextSchema.optional(),
    notes: z.array(noteSchema),
    sources: z.array(z.string().min(1)),
    kinds: z.array(z.strictObject({ id, title: localizedTextSchema })).min(1),
    groups: z
      .array(z.strictObject({ id, title: localizedTextSchema, points: z.number().positive().optional() }))
      .default([]),
    modes: z.array(modeSchema).min(1),
    criteria: z.array(criterionSchema).min(1),
    aggregation: z.strictObject({
      /** Criterion score (0–100) from its items: arithmetic mean, or mean weighted by subcriterion `weight`. */
      subcriteria: z.enum(['mean', 'weighted-mean']),
      /** Total = Σ criterion score × criterion points / 100. The only rule so far; named so data says which. */
      total: z.literal('sum-of-criterion-points'),
      /** Σ criterion points, stated in the data as a consistency check (CAF 900, EFQM 1000). */
      maxTotal: z.number().positive(),
      totalLabel: localizedTextSchema,
      averageLabel: localizedTextSchema,
    }),
  })
  .superRefine((f, ctx) => {
    const issue = (path: (string | number)[], message: string) => ctx.addIssue({ code: 'custom', path, message });
    const duplicates = (ids: string[]) => ids.filter((x, i) => ids.indexOf(x) !== i);

    for (const d of duplicates(f.kinds.map((k) => k.id))) issue(['kinds'], `duplicate kind id "${d}"`);
    for (const d of duplicates(f.groups.map((g) => g.id))) issue(['groups'], `duplicate group id "${d}"`);
    for (const d of duplicates(f.modes.map((m) => m.id))) issue(['modes'], `duplicate mode id "${d}"`);
    const scoredIds = f.criteria.flatMap((c) => [c.id, ...c.subcriteria.map((s) => s.id)]);
    for (const d of duplicates(scoredIds)) issue(['criteria'], `duplicate criterion/subcriterion id "${d}"`);

    const kindIds = new Set(f.kinds.map((k) => k.id));
    const groupIds = new Set(f.groups.map((g) => g.id));
    f.criteria.forEach((c, ci) => {
      if (!kindIds.has(c.kind)) issue(['criteria', ci, 'kind'], `unknown kind "${c.kind}"`);
      if (c.group !== undefined && !groupIds.has(c.group))
        issue(['criteria', ci, 'group'], `unknown group "${c.group}"`);
      c.subcriteria.forEach((s, si) => {
        const weighted = f.aggregation.subcriteria === 'weighted-mean';
        if (weighted && s.weight === undefined)
          issue(
            ['criteria', ci, 'subcriteria', si, 'weight'],
            'aggregation.subcriteria is "weighted-mean": every subcriterion needs a weight',
          );
        if (!weighted && s.weight !== undefined)
          issue(
            ['criteria', ci, 'subcriteria', si, 'weight'],
            'aggregation.subcriteria is "mean": a subcriterion weight would be ignored',
          );
      });
    });

    const pointSum = f.criteria.reduce((sum, c) => sum + c.points, 0);
    if (pointSum !== f.aggregation.maxTotal)
      issue(['aggregation', 'maxTotal'], `criteria points sum to ${pointSum}, not ${f.aggregation.maxTotal}`);
    f.groups.forEach((g, gi) => {
      if (g.points === undefined) return;
      const sum = f.criteria.filter((c) => c.group === g.id).reduce((s, c) => s + c.points, 0);
      if (sum !== g.points)
        issue(['groups', gi, 'points'], `criteria of group "${g.id}" sum to ${sum} points, not ${g.points}`);
    });

    const usedKinds = new Set(f.criteria.map((c) => c.kind).filter((k) => kindIds.has(k)));
    f.modes.forEach((m, mi) => {
      for (const k of usedKinds) if (!(k in m.panels)) issue(['modes', mi, 'panels'], `no panel for kind "${k}"`);
      for (const [k, panel] of Object.entries(m.panels)) {
        const at = ['modes', mi, 'panels', k];
        if (!kindIds.has(k)) issue(at, `panel for unknown kind "${k}"`);
        for (const d of duplicates(panel.components.map((c) => c.id)))
          issue([...at, 'components'], `duplicate component id "${d}"`);
        panel.components.forEach((c, ci) => checkComponent(c, panel.combine, [...at, 'components', ci], issue));
      }
    });
  });

export type Framework = z.infer<typeof frameworkSchema>;

type Issue = (path: (string | number)[], message: string) => void;

/** Tolerance for "is a multiple of step" — guards against binary fractions (0.1 + 0.2), not a rounding of scores. */
const STEP_EPSILON = 1e-9;

/** True when `value` is `min + k·step` for a whole k (k ≥ 0 is the caller's range check). */
export function isOnStep(value: number, min: number, step: number | undefined): boolean {
  if (step === undefined) return true;
  const k = (value - min) / step;
  return Math.abs(k - Math.round(k)) < STEP_EPSILON;
}

function checkComponent(c: ScoreComponent, combine: ScorePanel['combine'], at: (string | number)[], issue: Issue) {
  if (c.step !== undefined && !isOnStep(c.max, c.min, c.step))
    issue([...at, 'step'], `max ${c.max} is not min ${c.min} plus a whole number of steps ${c.step}`);
  if (combine === 'weighted-mean' && c.weight === undefined)
    issue([...at, 'weight'], 'panel combines by "weighted-mean": every component needs a weight');
  if (combine === 'mean' && c.weight !== undefined)
    issue([...at, 'weight'], 'panel combines by "mean": a component weight would be ignored');
  if (c.selection === 'band-value' && c.bands === undefined)
    issue([...at, 'bands'], 'selection "band-value" needs bands');
  if (c.bands === undefined) return;
  const bands = c.bands;
  bands.forEach((b, bi) => {
    const bAt = [...at, 'bands', bi];
    if (b.min > b.max) issue(bAt, `band min ${b.min} is above its max ${b.max}`);
    if (c.selection === 'band-value') {
      if (b.value === undefined) issue([...bAt, 'value'], 'selection "band-value": every band needs a value');
      else if (b.value < b.min || b.value > b.max)
        issue([...bAt, 'value'], `value ${b.value} lies outside its band ${b.min}–${b.max}`);
      else if (!isOnStep(b.value, c.min, c.step))
        issue([...bAt, 'value'], `value ${b.value} is not on the component's step`);
    }
  });
  // Bands must tile the component's range: every valid score belongs to exactly one band.
  if (bands[0]!.min !== c.min)
    issue([...at, 'bands', 0, 'min'], `the first band must start at the component's min ${c.min}`);
  if (bands[bands.length - 1]!.max !== c.max)
    issue([...at, 'bands', bands.length - 1, 'max'], `the last band must end at the component's max ${c.max}`);
  for (let i = 1; i < bands.length; i += 1) {
    const prev = bands[i - 1]!;
    const next = bands[i]!;
    if (next.min <= prev.max)
      issue([...at, 'bands', i, 'min'], `band starts at ${next.min}, inside the previous band (to ${prev.max})`);
    else if (c.step === undefined)
      issue(
        [...at, 'bands', i, 'min'],
        `without a step, scores between ${prev.max} and ${next.min} would belong to no band`,
      );
    else if (next.min - prev.max > c.step + STEP_EPSILON || !isOnStep(next.min, c.min, c.step)) {
      issue(
        [...at, 'bands', i, 'min'],
        `gap between ${prev.max} and ${next.min}: valid scores would belong to no band`,
      );
    }
  }
}

export interface FrameworkProblem {
  /** JSON path of the offending value, e.g. `criteria[2].subcriteria[0].title.pl`; `""` for the root. */
  path: string;
  message: string;
}

/**
 * Validates a parsed framework file (CAF 2020, EFQM …). Every problem is listed with its JSON path;
 * on success defaults are filled in (component `selection: "score"`, subcriterion `examples: []`,
 * `groups: []`).
 *
 * Besides types, checks the invariants scoring relies on: unique ids (criteria and subcriteria share
 * one id space, because scores are keyed by item id), known kinds and groups, a panel for every kind
 * in every mode, bands that tile each component's range with no gap a valid score could fall into,
 * weights present exactly when the rule is a weighted mean, and Σ criterion points = `maxTotal`.
 */
export function parseFramework(
  json: unknown,
): { ok: true; framework: Framework } | { ok: false; errors: FrameworkProblem[] } {
  const parsed = frameworkSchema.safeParse(json);
  if (parsed.success) return { ok: true, framework: parsed.data };
  return { ok: false, errors: parsed.error.issues.map((i) => ({ path: formatPath(i.path), message: i.message })) };
}

function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out === '' ? String(part) : `.${String(part)}`;
  }
  return out;
}

/** A scored item: a subcriterion, or a criterion without subcriteria. */
export interface AssessmentItem {
  id: string;
  criterionId: string;
  kind: string;
  title: LocalizedText;
  /** Relative weight inside the criterion (1 unless the framework aggregates by weighted mean). */
  weight: number;
}

/** The framework's scored items in framework order (CAF 2020: the 28 subcriteria 1.1 … 9.2). */
export function assessmentItems(framework: Framework): AssessmentItem[] {
  return framework.criteria.flatMap((c) =>
    c.subcriteria.length === 0
      ? [{ id: c.id, criterionId: c.id, kind: c.kind, title: c.title, weight: 1 }]
      : c.subcriteria.map((s) => ({
          id: s.id,
          criterionId: c.id,
          kind: c.kind,
          title: s.title,
          weight: s.weight ?? 1,
        })),
  );
}

/** The item with this id, or undefined. */
export function findItem(framework: Framework, itemId: string): AssessmentItem | undefined {
  return assessmentItems(framework).find((i) => i.id === itemId);
}

/** The panel an item is scored with in a mode, or undefined for an unknown mode or item. */
export function panelFor(framework: Framework, modeId: string, itemId: string): ScorePanel | undefined {
  const mode = framework.modes.find((m) => m.id === modeId);
  const item = findItem(framework, itemId);
  if (mode === undefined || item === undefined) return undefined;
  return mode.panels[item.kind];
}

/**
 * Bands that describe an item's 0–100 score in a mode: those of the panel's only component (CAF
 * classical: the enablers or results panel). Undefined when the panel has several components (their
 * mean has no bands of its own) or none are defined.
 */
export function itemScoreBands(framework: Framework, modeId: string, itemId: string): readonly ScoreBand[] | undefined {
  const panel = panelFor(framework, modeId, itemId);
  return panel?.components.length === 1 ? panel.components[0]!.bands : undefined;
}

/** The band a score falls in (first band with min ≤ score ≤ max), or undefined. */
export function bandOf(bands: readonly ScoreBand[], score: number): ScoreBand | undefined {
  return bands.find((b) => b.min <= score && score <= b.max);
}
