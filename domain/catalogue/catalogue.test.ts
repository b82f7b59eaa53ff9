import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseBdlWide } from './bdl-wide';
import {
  bdlValuesFromExtract,
  parseCatalogue,
  ruleExpression,
  scanFormula,
  type Catalogue,
  type CatalogueValue,
} from './catalogue';

const json = (file: string): unknown =>
  JSON.parse(readFileSync(new URL(`../../data/catalogue/${file}`, import.meta.url), 'utf8'));
const shippedJson = () => [json('variables.json'), json('indicators.json'), json('rules.json')] as const;

function shipped(): Catalogue {
  const result = parseCatalogue(...shippedJson());
  if (!result.ok) throw new Error(JSON.stringify(result.errors, null, 2));
  return result.value;
}

const JST_KINDS = [
  'municipality-urban',
  'municipality-rural',
  'municipality-urban-rural',
  'city-county',
  'county',
  'voivodeship',
];
const BDL_FILES = [
  'dochody_gmin_2010-2019.csv',
  'ludnosc_wg_ekonomicznych_grup_wieku_2010-2019.csv',
  'powierzchnia_km2_2010-2019.csv',
  'RYNE_1944_CTAB_20250616184618.csv',
  'LUDN_2425_CTAB_20250611231708.csv',
];

/** All values of the shipped extract, through the real pipeline: file → parseBdlWide → bdlValuesFromExtract. */
function extractValues(catalogue: Catalogue): CatalogueValue[] {
  return BDL_FILES.flatMap((file) => {
    const parsed = parseBdlWide(readFileSync(new URL(`../../data/bdl/${file}`, import.meta.url)));
    expect(parsed.problems).toEqual([]);
    return bdlValuesFromExtract({ file, records: parsed.records }, catalogue.variables);
  });
}

describe('scanFormula', () => {
  it.each([
    ['own_revenue_total / (a + b + c)', ['own_revenue_total', 'a', 'b', 'c'], [], []],
    ['max(a, 0) - -b * 1.5', ['a', 'b'], ['max'], []],
    ['ln (x)', ['x'], ['ln'], []],
    ['a / (b', ['a', 'b'], [], ['1 unclosed "("']],
    ['a) + (b', ['a', 'b'], [], ['unbalanced ")" at position 2', '1 unclosed "("']],
    ['a % b', ['a', 'b'], [], ['"%" at position 3 is not part of the formula language']],
  ])('%s', (formula, variables, functions, problems) => {
    expect(scanFormula(formula)).toEqual({ variables, functions, problems });
  });
});

describe('ruleExpression', () => {
  it.each([
    [{ left: 'a', operator: '<=', right: 'b' }, 'a <= b'],
    [{ left: 'a + b', operator: '=', right: 'c' }, 'a + b == c'],
    [{ left: 'a + b', operator: '=', right: 'c', tolerance: 0 }, 'a + b == c'],
    [{ left: 'a + b', operator: '=', right: 'c', tolerance: 0.01 }, 'abs((a + b) - (c)) <= 0.01'],
    [{ left: 'a', operator: '<', right: 'b * 1.3', tolerance: 2 }, 'a < (b * 1.3) + 2'],
    [{ left: 'a', operator: '>=', right: 'b', tolerance: 2 }, 'a >= (b) - 2'],
  ] as const)('%o → %s', (rule, expected) => {
    expect(ruleExpression(rule)).toBe(expected);
  });
});

describe('the shipped catalogue (data/catalogue)', () => {
  const catalogue = shipped();

  it('parses without errors and has at least 40 indicators', () => {
    expect(catalogue.indicators.length).toBeGreaterThanOrEqual(40);
  });

  it('covers the service areas of the GWD programmes, finance and demography', () => {
    const areas = new Set(catalogue.indicators.map((i) => i.area));
    for (const area of ['education', 'roads', 'health', 'social-assistance', 'administration', 'finance', 'other'])
      expect(areas).toContain(area);
  });

  it('uses only the JST unit kinds, and every variable in some indicator or rule', () => {
    for (const indicator of catalogue.indicators)
      for (const kind of indicator.unitKinds) expect(JST_KINDS).toContain(kind);
    const used = new Set(
      [...catalogue.indicators.map((i) => i.formula), ...catalogue.rules.flatMap((r) => [r.left, r.right])].flatMap(
        (f) => scanFormula(f).variables,
      ),
    );
    expect(catalogue.variables.map((v) => v.code).filter((c) => !used.has(c))).toEqual([]);
  });

  it('links every variable of the extract: every column category has a variable, every link points at a real column', () => {
    const columns = BDL_FILES.flatMap((file) =>
      parseBdlWide(readFileSync(new URL(`../../data/bdl/${file}`, import.meta.url))).columns.map((c) =>
        JSON.stringify([file, c.labels, c.measure]),
      ),
    );
    const linked = new Set(
      catalogue.variables.filter((v) => v.bdl).map((v) => JSON.stringify([v.bdl!.file, v.bdl!.labels, v.bdl!.measure])),
    );
    expect([...new Set(columns)].filter((c) => !linked.has(c))).toEqual([]);
    for (const link of linked) expect(columns).toContain(link);
  });

  it('names the "razem" column own revenue, not total revenue', () => {
    const razem = catalogue.variables.find((v) => v.bdl?.labels.includes('razem'))!;
    expect(razem.code).toBe('own_revenue_total');
    expect(razem.names.pl).toBe('Dochody własne ogółem');
  });

  it('indicators computable from the BDL exports use only linked variables (28 of them)', () => {
    const linked = new Set(catalogue.variables.filter((v) => v.bdl).map((v) => v.code));
    const computable = catalogue.indicators.filter((i) => scanFormula(i.formula).variables.every((v) => linked.has(v)));
    expect(computable.map((i) => i.code).sort()).toEqual([
      'agricultural_forest_tax_per_capita',
      'built_up_area_density',
      'investment_cofinancing_per_capita',
      'local_taxes_share_of_own_revenue',
      'means_of_transport_tax_per_capita',
      'mobile_working_age_share',
      'old_age_dependency_ratio',
      'own_revenue_per_capita',
      'population_change_per_1000',
      'population_change_yoy',
      'population_density',
      'population_per_km2',
      'population_thousands',
      'population_total',
      'post_working_age_share',
      'pre_working_age_share',
      'property_income_per_capita',
      'property_tax_per_capita',
      'property_tax_share_of_own_revenue',
      'registered_unemployed',
      'rental_lease_income_per_capita',
      'revenue_from_services_per_capita',
      'total_dependency_ratio',
      'unemployed_per_1000_residents',
      'unemployed_per_100_working_age',
      'urbanisation_rate',
      'women_per_100_men',
      'working_age_share',
    ]);
  });

  it('has the KPA and SKO cross-field rules', () => {
    const rule = (code: string) => catalogue.rules.find((r) => r.code === code);
    expect(rule('decisions_after_deadline_le_issued')).toMatchObject({
      left: 'decisions_after_deadline',
      operator: '<=',
      right: 'decisions_issued',
      severity: 'error',
    });
    expect(rule('decisions_overturned_le_appealed')).toMatchObject({
      left: 'decisions_overturned_sko',
      operator: '<=',
      right: 'decisions_appealed',
      severity: 'error',
    });
  });
});

describe('bdlValuesFromExtract on the shipped extract', () => {
  const catalogue = shipped();
  const values = extractValues(catalogue);
  const index = new Map(values.map((v) => [`${v.unitCode}|${v.variableCode}|${v.period}`, v]));
  const value = (unit: string, variable: string, period = '2019') => index.get(`${unit}|${variable}|${period}`)?.value;
  const population = (unit: string, period = '2019') =>
    value(unit, 'population_pre_working_age', period)! +
    value(unit, 'population_working_age', period)! +
    value(unit, 'population_post_working_age', period)!;

  it('keeps provenance: file and the original column header', () => {
    expect(index.get('0201011|own_revenue_total|2019')).toEqual({
      unitCode: '0201011',
      variableCode: 'own_revenue_total',
      period: '2019',
      value: 110_798_547.6,
      provenance: {
        source: 'bdl-extract',
        file: 'dochody_gmin_2010-2019.csv',
        column: 'gminy łącznie z miastami na prawach powiatu;razem;2019;[zł]',
      },
    });
  });

  it('reads a previous-year variable from the previous year column', () => {
    const previous = index.get('1261011|population_working_age_previous_year|2019')!;
    expect(previous.value).toBe(value('1261011', 'population_working_age', '2018'));
    expect(previous.provenance.column).toBe('w wieku produkcyjnym;ogółem;2018;[osoba]');
  });

  // Hand calculation from the raw cells of data/bdl (2019 columns), as quoted in data/bdl/SOURCE.md:
  // own revenue "razem" / (przedprodukcyjny + produkcyjny + poprodukcyjny).
  it.each([
    ['1261011', 'Kraków', 3_833_361_744, [134_390, 460_552, 184_173], 4920],
    ['0201011', 'Bolesławiec (1)', 110_798_547.6, [6182, 22_215, 10_475], 2850],
    ['1001042', 'Kleszczów', 258_450_347.6, [1637, 3884, 814], 40_797],
  ])('own revenue per capita 2019, %s (%s)', (unit, _name, ownRevenue, groups, perCapitaZl) => {
    const byHand = ownRevenue / (groups[0]! + groups[1]! + groups[2]!);
    const computed = value(unit, 'own_revenue_total')! / population(unit);
    expect(computed).toBe(byHand);
    expect(Math.floor(computed)).toBe(perCapitaZl);
  });

  it('matches the rounded sanity values of data/bdl/SOURCE.md (≈ 4,920 / 2,850 / 40,800 zł)', () => {
    const perCapita = (unit: string) => value(unit, 'own_revenue_total')! / population(unit);
    expect(Math.round(perCapita('1261011') / 10) * 10).toBe(4920);
    expect(Math.round(perCapita('0201011') / 10) * 10).toBe(2850);
    expect(Math.round(perCapita('1001042') / 100) * 100).toBe(40_800);
  });

  it('the error range of own_revenue_total catches exactly the zero-filled Boguszów-Gorce 2019 row', () => {
    const range = catalogue.variables
      .find((v) => v.code === 'own_revenue_total')!
      .plausibility!.ranges!.find((r) => r.severity === 'error')!;
    const flagged = values
      .filter((v) => v.variableCode === 'own_revenue_total' && v.value < range.min!)
      .map((v) => `${v.unitCode} ${v.period}`);
    expect(flagged).toEqual(['0221011 2019']);
  });

  it('every extract value satisfies the rules that hold in the source, and the known source quirks are the warnings', () => {
    let rentalAboveProperty = 0;
    let checked = 0;
    const itemsAboveTotal: string[] = [];
    for (const v of values) {
      if (v.variableCode !== 'own_revenue_total') continue;
      const items = [
        'agricultural_tax',
        'forest_tax',
        'property_tax',
        'means_of_transport_tax',
        'tax_card_revenue',
        'revenue_from_services',
        'property_income',
        'investment_cofinancing_income',
      ]
        .map((code) => value(v.unitCode, code, v.period) ?? 0)
        .reduce((a, b) => a + b, 0);
      if (items > v.value + 0.01) itemsAboveTotal.push(`${v.unitCode} ${v.period}`);
      const rental = value(v.unitCode, 'rental_lease_income', v.period);
      const property = value(v.unitCode, 'property_income', v.period);
      if (rental !== undefined && property !== undefined && rental > property) rentalAboveProperty++;
      checked++;
    }
    expect(itemsAboveTotal).toEqual([]); // own_revenue_items_le_total is an error rule
    expect(checked).toBe(24_784);
    expect(rentalAboveProperty).toBe(15); // rental_le_property_income is a warning for this reason
  });
});

describe('parseCatalogue errors', () => {
  const variable = (code: string, extra: object = {}) => ({
    code,
    names: { pl: code, en: code },
    unit: 'szt.',
    source: 'jednostka (sprawozdanie własne)',
    periodicity: 'year',
    description: { pl: 'opis', en: 'description' },
    ...extra,
  });
  const indicator = (code: string, formula: string, extra: object = {}) => ({
    code,
    names: { pl: code, en: code },
    definition: { pl: 'd', en: 'd' },
    formula,
    unit: '%',
    decimals: 1,
    polarity: 'lower-is-better',
    type: 'quality',
    area: 'administration',
    unitKinds: ['municipality-rural'],
    source: { pl: 's', en: 's' },
    ...extra,
  });
  const rule = (code: string, left: string, right: string) => ({
    code,
    left,
    operator: '<=',
    right,
    severity: 'error',
    message: { pl: 'm', en: 'm' },
  });

  it('accepts a minimal catalogue', () => {
    const result = parseCatalogue(
      [variable('a'), variable('b')],
      [indicator('share', 'a / b * 100')],
      [rule('a_le_b', 'a', 'b')],
    );
    expect(result.ok).toBe(true);
  });

  it('reports shape errors with their paths', () => {
    const result = parseCatalogue(
      [variable('Bad-Code'), variable('b', { periodicity: 'month' })],
      [indicator('x', 'b', { area: 'demography', polarity: 'up', extra: 1 })],
      [],
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => e.path)).toEqual([
      'variables[0].code',
      'variables[1].periodicity',
      'indicators[0].polarity',
      'indicators[0].area',
      'indicators[0]',
    ]);
    expect(result.errors[0]!.message).toBe('must be snake_case: [a-z_][a-z0-9_]*');
  });

  it('reports duplicates, unknown variables and functions, reused BDL columns, function-named variables and ranges for foreign kinds', () => {
    const link = { file: 'f.csv', labels: ['x'], measure: 'zł' };
    const result = parseCatalogue(
      [variable('a', { bdl: link }), variable('a'), variable('b', { bdl: link }), variable('ln')],
      [
        indicator('i', 'a / missing * 100'),
        indicator('i', 'median(a) + (b', {
          plausibility: { ranges: [{ unitKinds: ['county'], max: 100, severity: 'warning' }] },
        }),
      ],
      [rule('r', 'a', 'nope')],
    );
    expect(result).toEqual({
      ok: false,
      errors: [
        { path: 'variables[1].code', message: 'duplicate code "a" (first at variables[0])' },
        { path: 'indicators[1].code', message: 'duplicate code "i" (first at indicators[0])' },
        { path: 'variables[2].bdl', message: 'links the same BDL column as variables[0] (a)' },
        { path: 'variables[3].code', message: '"ln" is a formula function name' },
        { path: 'indicators[0].formula', message: 'unknown variable "missing"' },
        { path: 'indicators[1].formula', message: '1 unclosed "("' },
        { path: 'indicators[1].formula', message: 'unknown function "median" (known: min, max, abs, sqrt, ln)' },
        {
          path: 'indicators[1].plausibility.ranges[0].unitKinds',
          message: 'kind "county" is not among the indicator\'s unitKinds',
        },
        { path: 'rules[0].right', message: 'unknown variable "nope"' },
      ],
    });
  });

  it('rejects a range without bounds or with min > max, and a file that is not an array', () => {
    const bad = parseCatalogue(
      [variable('a', { plausibility: { ranges: [{ severity: 'error' }, { min: 5, max: 1, severity: 'warning' }] } })],
      {},
      [],
    );
    expect(bad.ok).toBe(false);
    if (bad.ok) return;
    expect(bad.errors).toEqual([
      { path: 'variables[0].plausibility.ranges[0]', message: 'a range needs min or max' },
      { path: 'variables[0].plausibility.ranges[1]', message: 'min is greater than max' },
      { path: 'indicators', message: expect.stringMatching(/expected array/) },
    ]);
  });
});
