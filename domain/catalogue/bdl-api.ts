/**
 * The catalogue's map to the GUS BDL API (data/catalogue/bdl-api.json): for each catalogue
 * variable BDL publishes, the BDL subject, the dimension labels (n1…n5) and unit of measure that
 * identify the BDL variable, the unit levels to pull, and the BDL variable id once known. The
 * labels and measures come from the BDL exports we ship (their headers name them); the numeric ids
 * come from BDL's own metadata (`/variables?subject-id=…`), resolved and checked by the sync before
 * any data are fetched, because an id that cannot be verified offline must never be trusted blind.
 */
import { z } from 'zod';

/** BDL unit levels we store: 2 voivodeship, 5 county, 6 gmina (METHODS §6.2). */
export const BDL_LEVELS = [2, 5, 6] as const;
export type BdlApiLevel = (typeof BDL_LEVELS)[number];

export const bdlApiEntrySchema = z.strictObject({
  /** Catalogue variable code. */
  code: z.string().min(1),
  /** BDL subject (`P1944`), whose variables are searched for the labels. */
  subjectId: z.string().regex(/^P\d+$/),
  /** n1…n5 of the BDL variable, in order, without the empty ones. */
  labels: z.array(z.string().min(1)).min(1),
  /** BDL `measureUnitName` the catalogue variable is stored in (e.g. `osoba`, `%`). */
  measure: z.string().min(1),
  /** Levels to pull; the variable must be published down to the deepest of them. */
  levels: z.array(z.union([z.literal(2), z.literal(5), z.literal(6)])).min(1),
  /** The BDL variable id when known (still checked against the metadata before use). */
  variableId: z.number().int().positive().optional(),
  /** The variable for period t holds BDL's value of year t + yearOffset (−1: previous year). */
  yearOffset: z.number().int().max(0).optional(),
});
export type BdlApiEntry = z.infer<typeof bdlApiEntrySchema>;

export const bdlApiMapSchema = z.array(bdlApiEntrySchema).superRefine((entries, ctx) => {
  const seen = new Set<string>();
  entries.forEach((e, i) => {
    if (seen.has(e.code)) ctx.addIssue({ code: 'custom', path: [i, 'code'], message: `${e.code} is listed twice` });
    seen.add(e.code);
  });
});

/** The part of BDL's `Variable` the checks read. */
export interface BdlVariableMeta {
  id: number;
  subjectId: string;
  n1?: string | null | undefined;
  n2?: string | null | undefined;
  n3?: string | null | undefined;
  n4?: string | null | undefined;
  n5?: string | null | undefined;
  /** The lowest (deepest) level at which BDL publishes the variable. */
  level: number;
  measureUnitId?: number;
  measureUnitName: string;
}

/** Labels compare without case and with runs of white space as one space (BDL's exports and API differ there). */
const norm = (s: string) => s.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase();
const labelsOf = (m: BdlVariableMeta) =>
  [m.n1, m.n2, m.n3, m.n4, m.n5].filter((l): l is string => !!l && l.trim() !== '');

/** Why a BDL variable is not the catalogue variable; null when it is. */
export function bdlMismatch(entry: BdlApiEntry, meta: BdlVariableMeta): string | null {
  if (meta.subjectId !== entry.subjectId)
    return `BDL variable ${meta.id} belongs to ${meta.subjectId}, not ${entry.subjectId}`;
  const labels = labelsOf(meta);
  if (labels.length !== entry.labels.length || labels.some((l, i) => norm(l) !== norm(entry.labels[i]!)))
    return `BDL variable ${meta.id} is "${labels.join(' — ')}", not "${entry.labels.join(' — ')}"`;
  if (norm(meta.measureUnitName) !== norm(entry.measure))
    return `BDL variable ${meta.id} is measured in "${meta.measureUnitName}", the catalogue stores "${entry.measure}"`;
  const deepest = Math.max(...entry.levels);
  if (meta.level < deepest)
    return `BDL variable ${meta.id} is published down to level ${meta.level}, the catalogue needs level ${deepest}`;
  return null;
}

export type BdlResolution = { ok: true; meta: BdlVariableMeta } | { ok: false; reason: string };

/**
 * The BDL variable of a catalogue entry among the subject's variables from BDL's metadata: the one
 * with the entry's id when it has one, else the single one whose labels match; then checked
 * (labels, unit of measure, level). Refused when none, several or a mismatch.
 */
export function resolveBdlVariable(entry: BdlApiEntry, candidates: readonly BdlVariableMeta[]): BdlResolution {
  let meta: BdlVariableMeta | undefined;
  if (entry.variableId !== undefined) {
    meta = candidates.find((c) => c.id === entry.variableId);
    if (!meta) return { ok: false, reason: `BDL has no variable ${entry.variableId} in subject ${entry.subjectId}` };
  } else {
    const wanted = entry.labels.map(norm);
    const matching = candidates.filter((c) => {
      const labels = labelsOf(c).map(norm);
      return labels.length === wanted.length && labels.every((l, i) => l === wanted[i]);
    });
    if (matching.length === 0)
      return { ok: false, reason: `no variable "${entry.labels.join(' — ')}" in BDL subject ${entry.subjectId}` };
    if (matching.length > 1)
      return {
        ok: false,
        reason: `${matching.length} variables "${entry.labels.join(' — ')}" in BDL subject ${entry.subjectId} (${matching.map((m) => m.id).join(', ')}); set variableId`,
      };
    meta = matching[0]!;
  }
  const mismatch = bdlMismatch(entry, meta);
  return mismatch ? { ok: false, reason: mismatch } : { ok: true, meta };
}

/**
 * `2015-2024` or `2019` or `2015,2017` → the years, ascending; an error message for anything else
 * (BDL has data from 1995).
 */
export function parseYears(text: string): { ok: true; years: number[] } | { ok: false; message: string } {
  const years = new Set<number>();
  for (const part of text.split(',').map((p) => p.trim())) {
    const m = /^(\d{4})(?:-(\d{4}))?$/.exec(part);
    if (!m) return { ok: false, message: `"${part}" is not a year or a range like 2015-2024` };
    const from = Number(m[1]);
    const to = Number(m[2] ?? m[1]);
    if (from < 1995 || to > 2100 || from > to)
      return { ok: false, message: `"${part}" is outside 1995–2100 or reversed` };
    for (let y = from; y <= to; y++) years.add(y);
  }
  return { ok: true, years: [...years].sort((a, b) => a - b) };
}
