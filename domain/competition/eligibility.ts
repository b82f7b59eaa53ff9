/**
 * Formal requirements of a competition application, checked when it is submitted (and shown to
 * the operator at the formal check): the application form's fields, the edition's eligibility
 * rules (unit kind, a solution in place for at least N months — the later SLZ editions accept only
 * solutions in operation for six months with verifiable results —, required attachments) and the
 * category, which must admit the unit's kind.
 */

export interface FormField {
  id: string;
  type: 'text' | 'textarea' | 'number' | 'date' | 'url';
  required: boolean;
  /** Longest text accepted; default 10,000 characters. */
  maxLength?: number;
}

export interface Category {
  id: string;
  /** Unit kinds the category admits; empty = any. */
  unitKinds: readonly string[];
}

export interface EligibilityRules {
  /** Unit kinds that may apply at all; empty = any. */
  unitKinds: readonly string[];
  /** Months the solution must have been in operation by the close of applications; 0 = no rule. */
  minMonthsInOperation: number;
  /** Ids of attachments every application must carry. */
  requiredAttachments: readonly string[];
}

export interface Problem {
  path: string;
  message: string;
}

/** Problems of the answers to the edition's form (empty = valid). Unknown fields are refused too. */
export function validateAnswers(fields: readonly FormField[], answers: Readonly<Record<string, unknown>>): Problem[] {
  const problems: Problem[] = [];
  const known = new Set(fields.map((f) => f.id));
  for (const key of Object.keys(answers))
    if (!known.has(key)) problems.push({ path: `answers.${key}`, message: `the form has no field "${key}"` });
  for (const f of fields) {
    const v = answers[f.id];
    const empty = v === undefined || v === null || (typeof v === 'string' && v.trim() === '');
    if (empty) {
      if (f.required) problems.push({ path: `answers.${f.id}`, message: `"${f.id}" is required` });
      continue;
    }
    if (f.type === 'number') {
      if (typeof v !== 'number' || !Number.isFinite(v))
        problems.push({ path: `answers.${f.id}`, message: `"${f.id}" must be a number` });
      continue;
    }
    if (typeof v !== 'string') {
      problems.push({ path: `answers.${f.id}`, message: `"${f.id}" must be text` });
      continue;
    }
    if (v.length > (f.maxLength ?? 10_000))
      problems.push({
        path: `answers.${f.id}`,
        message: `"${f.id}" is longer than ${f.maxLength ?? 10_000} characters`,
      });
    if (f.type === 'date' && !isDate(v))
      problems.push({ path: `answers.${f.id}`, message: `"${f.id}" must be a date (YYYY-MM-DD)` });
    if (f.type === 'url' && !/^https?:\/\/\S+$/.test(v))
      problems.push({ path: `answers.${f.id}`, message: `"${f.id}" must be a web address (http:// or https://)` });
  }
  return problems;
}

function isDate(v: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
}

/** Whole months from `from` to `to` (YYYY-MM-DD): 2025-01-31 → 2025-07-30 is 5, → 2025-07-31 is 6. */
export function monthsBetween(from: string, to: string): number {
  const [fy, fm, fd] = from.split('-').map(Number) as [number, number, number];
  const [ty, tm, td] = to.split('-').map(Number) as [number, number, number];
  let months = (ty - fy) * 12 + (tm - fm);
  if (td < fd) {
    // A shorter target month still completes the month on its last day (31 Jan → 28 Feb).
    const lastDay = new Date(Date.UTC(ty, tm, 0)).getUTCDate();
    if (!(td === lastDay && fd > lastDay)) months -= 1;
  }
  return months;
}

/**
 * Eligibility problems of an application (empty = eligible on the formal criteria). `closesOn`
 * is the day applications close: the months in operation are counted up to it.
 */
export function checkEligibility(input: {
  unitKind: string;
  rules: EligibilityRules;
  categories: readonly Category[];
  categoryId: string;
  inOperationSince: string | null;
  attachments: readonly string[];
  closesOn: string;
}): Problem[] {
  const problems: Problem[] = [];
  const { rules } = input;
  if (rules.unitKinds.length > 0 && !rules.unitKinds.includes(input.unitKind))
    problems.push({
      path: 'unit',
      message: `units of kind ${input.unitKind} may not apply (the edition admits ${rules.unitKinds.join(', ')})`,
    });
  const category = input.categories.find((c) => c.id === input.categoryId);
  if (!category) problems.push({ path: 'categoryId', message: `the edition has no category "${input.categoryId}"` });
  else if (category.unitKinds.length > 0 && !category.unitKinds.includes(input.unitKind))
    problems.push({
      path: 'categoryId',
      message: `category "${category.id}" is for ${category.unitKinds.join(', ')}, not ${input.unitKind}`,
    });
  if (rules.minMonthsInOperation > 0) {
    if (input.inOperationSince === null || !isDate(input.inOperationSince))
      problems.push({ path: 'inOperationSince', message: 'give the date the solution started operating' });
    else {
      const months = monthsBetween(input.inOperationSince, input.closesOn);
      if (months < rules.minMonthsInOperation)
        problems.push({
          path: 'inOperationSince',
          message: `the solution has operated ${Math.max(0, months)} month(s) by ${input.closesOn}; at least ${rules.minMonthsInOperation} are required`,
        });
    }
  }
  for (const id of rules.requiredAttachments)
    if (!input.attachments.includes(id))
      problems.push({ path: `attachments.${id}`, message: `attachment "${id}" is required` });
  return problems;
}
