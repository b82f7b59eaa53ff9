/**
 * Round templates (data/catalogue/round-templates.json): for a service area that no public source
 * covers — education, county roads, health, administration/customer service — the catalogue
 * variables a network collects itself, with instructions in Polish (and English) for the people
 * who fill in the form. An operator opens a round from one in two clicks. The plausibility checks
 * are the catalogue's own (each variable's rules and the cross-field rules between them), so a
 * template never carries a second, diverging copy of them.
 */
import { z } from 'zod';
import { SERVICE_AREAS } from '../groups/service-areas';
import { UNIT_KIND_PATTERN } from '../units/kinds';
import type { CatalogueRule } from './catalogue';

const localized = z.strictObject({ pl: z.string().trim().min(1), en: z.string().trim().min(1) });

export const roundTemplateSchema = z.strictObject({
  id: z.string().regex(/^[a-z][a-z0-9-]*$/),
  area: z.enum(SERVICE_AREAS),
  names: localized,
  unitKinds: z.array(z.string().regex(UNIT_KIND_PATTERN)).min(1),
  instructions: localized,
  variableCodes: z.array(z.string().min(1)).min(1),
});
export type RoundTemplate = z.infer<typeof roundTemplateSchema>;

export interface RoundTemplateProblem {
  template: string;
  message: string;
}

/** Variable codes a cross-field rule reads (its sides are variable codes or simple expressions of them). */
const codesOf = (rule: Pick<CatalogueRule, 'left' | 'right'>) =>
  [rule.left, rule.right].flatMap((side) => String(side).match(/[a-z_][a-z0-9_]*/g) ?? []);

/**
 * Parses the templates and checks them against the catalogue: ids unique, every variable in the
 * catalogue exactly once, every variable with a plausibility check of its own (a collected value
 * without any check is never accepted into a template), and no variable that a shipped public
 * source already fills (marked with a BDL link). Problems name the template and the variable.
 */
export function parseRoundTemplates(
  json: unknown,
  /** `bdl`: set when a shipped public file fills the variable. */
  variables: readonly { code: string; plausibility?: object | null | undefined; bdl?: unknown }[],
): { ok: true; templates: RoundTemplate[] } | { ok: false; problems: RoundTemplateProblem[] } {
  const parsed = z.array(roundTemplateSchema).safeParse(json);
  if (!parsed.success)
    return {
      ok: false,
      problems: parsed.error.issues.map((i) => ({
        template: String(i.path[0] ?? ''),
        message: `${i.path.join('.')}: ${i.message}`,
      })),
    };
  const byCode = new Map(variables.map((v) => [v.code, v]));
  const problems: RoundTemplateProblem[] = [];
  const ids = new Set<string>();
  for (const t of parsed.data) {
    if (ids.has(t.id)) problems.push({ template: t.id, message: 'the id is used twice' });
    ids.add(t.id);
    const seen = new Set<string>();
    for (const code of t.variableCodes) {
      const v = byCode.get(code);
      if (seen.has(code)) problems.push({ template: t.id, message: `${code} is listed twice` });
      seen.add(code);
      if (!v) problems.push({ template: t.id, message: `${code} is not a catalogue variable` });
      else if (!v.plausibility || Object.keys(v.plausibility).length === 0)
        problems.push({ template: t.id, message: `${code} has no plausibility check` });
      else if (v.bdl)
        problems.push({ template: t.id, message: `${code} comes from BDL; collect only what no public source holds` });
    }
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, templates: parsed.data };
}

/** The catalogue's cross-field rules that apply to a template: those reading at least one of its variables. */
export function templateRules<R extends Pick<CatalogueRule, 'code' | 'left' | 'right'>>(
  template: Pick<RoundTemplate, 'variableCodes'>,
  rules: readonly R[],
): R[] {
  const codes = new Set(template.variableCodes);
  return rules.filter((r) => codesOf(r).some((c) => codes.has(c)));
}
