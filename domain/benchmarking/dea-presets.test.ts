import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCatalogue, type Catalogue, type CatalogueIndicator } from '../catalogue/catalogue';
import { parseFormula, type FormulaNode } from '../indicators/formula';
import { DEA_NO_PRESET, DEA_PRESETS } from './dea-presets';

const json = (file: string): unknown =>
  JSON.parse(readFileSync(new URL(`../../data/catalogue/${file}`, import.meta.url), 'utf8'));

function shipped(): Catalogue {
  const result = parseCatalogue(json('variables.json'), json('indicators.json'), json('rules.json'));
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.value;
}

const catalogue = shipped();
const indicators = new Map(catalogue.indicators.map((i) => [i.code, i]));

function ast(text: string): FormulaNode {
  const parsed = parseFormula(text);
  if (!parsed.ok) throw new Error(`${text}: ${parsed.error.message}`);
  return parsed.ast;
}

/**
 * The variables an indicator measures: the numerator of a ratio (a per-resident or per-pupil
 * denominator is a scale, not what is measured), every term of a sum or difference.
 * `own_revenue_total / (pop…)` → own_revenue_total; `(a - b) / a * 100` → a, b.
 */
function measured(node: FormulaNode): string[] {
  switch (node.kind) {
    case 'variable':
      return [node.name];
    case 'binary':
      if (node.operator === '/') return measured(node.left);
      return [...measured(node.left), ...measured(node.right)];
    case 'unary':
      return measured(node.operand);
    case 'call':
      return node.args.flatMap(measured);
    default:
      return [];
  }
}

/**
 * Part → the wholes it belongs to, from the catalogue's rules "a + b + … ≤ w" and "a + b = w"
 * (e.g. property tax + … ≤ own revenue; current + capital expenditure = total expenditure),
 * closed transitively (rental income ≤ property income ≤ own revenue). Rules that bound one
 * quantity by another without being parts (teacher FTE ≤ pupils) count too: stricter, never looser.
 */
function partsOf(): Map<string, Set<string>> {
  const wholes = new Map<string, Set<string>>();
  for (const rule of catalogue.rules) {
    if (rule.operator !== '<=' && rule.operator !== '=') continue;
    const right = ast(rule.right);
    if (right.kind !== 'variable') continue;
    for (const part of measured(ast(rule.left)))
      (wholes.get(part) ?? wholes.set(part, new Set()).get(part)!).add(right.name);
  }
  let grew = true;
  while (grew) {
    grew = false;
    for (const set of wholes.values())
      for (const whole of [...set])
        for (const further of wholes.get(whole) ?? [])
          if (!set.has(further)) {
            set.add(further);
            grew = true;
          }
  }
  return wholes;
}

const wholes = partsOf();

/** Pairs (input variable, output variable) where one is the other or a part of it. */
function overlaps(inputs: readonly CatalogueIndicator[], outputs: readonly CatalogueIndicator[]): string[] {
  const found: string[] = [];
  for (const i of inputs)
    for (const o of outputs)
      for (const a of measured(ast(i.formula)))
        for (const b of measured(ast(o.formula)))
          if (a === b || wholes.get(a)?.has(b) || wholes.get(b)?.has(a)) found.push(`${i.code}:${a} ~ ${o.code}:${b}`);
  return found;
}

const lookup = (codes: readonly string[]) => codes.map((c) => indicators.get(c)!);

describe('the component check itself', () => {
  it('flags the old default (own revenue in; property tax and service revenue, parts of it, out)', () => {
    expect(
      overlaps(
        lookup(['own_revenue_per_capita']),
        lookup(['property_tax_per_capita', 'revenue_from_services_per_capita']),
      ),
    ).toEqual([
      'own_revenue_per_capita:own_revenue_total ~ property_tax_per_capita:property_tax',
      'own_revenue_per_capita:own_revenue_total ~ revenue_from_services_per_capita:revenue_from_services',
    ]);
  });

  it('flags a part two rules away and the same variable on both sides, not a shared per-resident scale', () => {
    expect(overlaps(lookup(['own_revenue_per_capita']), lookup(['rental_lease_income_per_capita']))).toHaveLength(1);
    expect(
      overlaps(lookup(['road_maintenance_cost_per_km']), lookup(['road_maintenance_expenditure_per_capita'])),
    ).toHaveLength(1);
    expect(overlaps(lookup(['culture_expenditure_per_capita']), lookup(['library_loans_per_capita']))).toEqual([]);
  });
});

describe.each(DEA_PRESETS.map((p) => [p.id, p] as const))('DEA preset %s', (_, preset) => {
  it('names catalogue indicators of its own service area, at most five on each side', () => {
    for (const code of [...preset.inputs, ...preset.outputs]) {
      expect(indicators.has(code), code).toBe(true);
      expect(indicators.get(code)!.area, code).toBe(preset.id);
    }
    expect(preset.inputs.length).toBeGreaterThanOrEqual(1);
    expect(preset.outputs.length).toBeGreaterThanOrEqual(1);
    expect(preset.inputs.length).toBeLessThanOrEqual(5);
    expect(preset.outputs.length).toBeLessThanOrEqual(5);
  });

  it('puts resources in and services or their results out', () => {
    for (const input of lookup(preset.inputs)) {
      expect(['input', 'efficiency'], input.code).toContain(input.type);
      expect(input.polarity, input.code).not.toBe('higher-is-better');
    }
    for (const output of lookup(preset.outputs)) {
      expect(['output', 'outcome', 'quality'], output.code).toContain(output.type);
      expect(output.polarity, output.code).not.toBe('lower-is-better');
    }
  });

  it('has no output that is an input or a part of one (nor the other way round)', () => {
    expect(overlaps(lookup(preset.inputs), lookup(preset.outputs))).toEqual([]);
  });

  it('applies to at least one kind of unit for every indicator', () => {
    const kinds = lookup([...preset.inputs, ...preset.outputs]).map((i) => new Set(i.unitKinds));
    const common = [...kinds[0]!].filter((k) => kinds.every((set) => set.has(k)));
    expect(common.length).toBeGreaterThan(0);
  });

  it('is explained in one sentence in Polish and in English', () => {
    for (const text of [preset.explanation.pl, preset.explanation.en, preset.names.pl, preset.names.en]) {
      expect(text.trim().length).toBeGreaterThan(10);
    }
    for (const sentence of [preset.explanation.pl, preset.explanation.en]) {
      expect(sentence.endsWith('.')).toBe(true);
      expect(sentence.slice(0, -1)).not.toMatch(/[.!?]\s/);
    }
  });
});

describe('service areas', () => {
  it('each area with indicators has a preset or says in both languages why not', () => {
    const areas = new Set(catalogue.indicators.map((i) => i.area));
    const presets = new Set(DEA_PRESETS.map((p) => p.id));
    for (const area of areas) {
      const without = DEA_NO_PRESET.find((n) => n.area === area);
      expect(presets.has(area) !== !!without, area).toBe(true);
      if (without) expect(without.reason.pl && without.reason.en, area).toBeTruthy();
    }
    expect(new Set(DEA_PRESETS.map((p) => p.id)).size).toBe(DEA_PRESETS.length);
  });
});
