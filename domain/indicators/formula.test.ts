import { describe, expect, it } from 'vitest';
import {
  checkFormula,
  compileFormula,
  evaluateCondition,
  evaluateFormula,
  formulaToString,
  formulaVariables,
  MAX_FORMULA_DEPTH,
  MAX_FORMULA_LENGTH,
  parseFormula,
  type FormulaNode,
} from './formula';

function ast(text: string): FormulaNode {
  const parsed = parseFormula(text);
  if (!parsed.ok) throw new Error(`${text}: ${JSON.stringify(parsed.error)}`);
  return parsed.ast;
}

const values = (entries: Record<string, number | null | undefined>) => new Map(Object.entries(entries));

describe('parseFormula', () => {
  it.each([
    // text → canonical text (shows how it was grouped)
    ['own_revenue_total / population', 'own_revenue_total / population'],
    ['a+b*c', 'a + b * c'],
    ['(a+b)*c', '(a + b) * c'],
    ['a - b - c', 'a - b - c'],
    ['a - (b - c)', 'a - (b - c)'],
    ['a / b / c', 'a / b / c'],
    ['a / (b * c)', 'a / (b * c)'],
    ['-a * b', '-a * b'],
    ['a * -b', 'a * -b'],
    ['- -a', '-(-a)'],
    ['-(a + b)', '-(a + b)'],
    ['pop.working_age / pop.total', 'pop.working_age / pop.total'],
    ['12 + 0.5 + 1e3 + 2.5E-2 + 1e+2', '12 + 0.5 + 1000 + 0.025 + 100'],
    ['min(a, b, c) + max(a) + abs(x) + sqrt(y) + ln(z)', 'min(a, b, c) + max(a) + abs(x) + sqrt(y) + ln(z)'],
    ['a <= b and c > 0 or not d == 1', 'a <= b and c > 0 or not d == 1'],
    ['a < b and (c or d)', 'a < b and (c or d)'],
    ['not (a and b)', 'not (a and b)'],
    ['not not a', 'not not a'],
    ['(not a) + 1', '(not a) + 1'],
    ['(a < b) == (c < d)', '(a < b) == (c < d)'],
    ['  a\n\t*\r\n b ', 'a * b'],
    ['_x1 != x_2', '_x1 != x_2'],
  ])('%j reads as %j', (text, canonical) => {
    expect(formulaToString(ast(text))).toBe(canonical);
  });

  it.each([
    'a + b * c - d / e',
    '(a + b) * (c - d) / e',
    'a - (b + c)',
    'a / (b / c)',
    'not (a < b or c >= d)',
    '-(-(a))',
    'min(a - b, -c) * 1e21',
    '(a < b) != (c > d)',
    'a * 1e-7',
  ])('printing %j and parsing it again gives the same tree', (text) => {
    const printed = formulaToString(ast(text));
    expect(formulaToString(ast(printed))).toBe(printed);
    const sample = values({ a: 3, b: 5, c: 7, d: 11, e: 13 });
    expect(evaluateFormula(ast(printed), sample)).toEqual(evaluateFormula(ast(text), sample));
  });

  it('lists distinct variables in order of first appearance', () => {
    expect(parseFormula('b / a + b * pop.total')).toMatchObject({ ok: true, variables: ['b', 'a', 'pop.total'] });
    expect(parseFormula('2 * 3')).toMatchObject({ ok: true, variables: [] });
    expect(formulaVariables(ast('min(z, y, z)'))).toEqual(['z', 'y']);
  });

  it.each([
    ['a + * b', 4, "unexpected '*'"],
    ['', 0, 'empty formula'],
    ['   ', 3, 'empty formula'],
    ['(a + b', 6, "missing ')' to close '(' at 0"],
    ['((a)', 4, "missing ')' to close '(' at 0"],
    ['a + b)', 5, "unexpected ')'"],
    ['a b', 2, "unexpected 'b'"],
    ['a +', 3, 'unexpected end of formula'],
    ['foo(a)', 0, "unknown function 'foo'"],
    ['x + round(a, 2)', 4, "unknown function 'round'"],
    ['abs(a, b)', 8, 'abs() takes exactly 1 argument, got 2'],
    ['min()', 4, 'min() takes at least 1 argument, got 0'],
    ['min(a, b', 8, "missing ')' to close 'min(' at 0"],
    ['(a, b)', 2, "unexpected ',' (expected ')' to close '(' at 0)"],
    ['max + 1', 0, "'max' is a function; write max(…)"],
    ['a < b < c', 6, "unexpected '<' (comparisons cannot be chained; join them with 'and')"],
    ['a = b', 2, "unexpected '=' (write '==' to compare)"],
    ['a && b', 2, "unexpected '&&' (write 'and')"],
    ['!a', 0, "unexpected '!' (write 'not')"],
    ['a ^ 2', 2, "unexpected '^'"],
    ['Population', 0, "unexpected 'P' (variable codes are lower case)"],
    ['popTotal', 3, "unexpected 'T' (variable codes are lower case)"],
    ['2x', 1, "unexpected 'x' after a number"],
    ['1.', 2, 'expected a digit after the decimal point'],
    ['1e', 2, 'expected a digit in the exponent'],
    ['1e999', 0, 'number 1e999 is too large'],
    ['0,5', 1, "unexpected ','"],
    ['a + not b', 4, "unexpected 'not' (put 'not …' in parentheses)"],
    ['and', 0, "unexpected 'and'"],
    ['a or', 4, 'unexpected end of formula'],
    ['wartość', 5, "unexpected 'ś'"],
    ['a + * b $', 4, "unexpected '*'"],
    ['a + b $', 6, "unexpected '$'"],
  ])('%j fails at %i: %s', (text, position, message) => {
    expect(parseFormula(text)).toEqual({ ok: false, error: { position, message } });
  });

  it('refuses texts over the length limit and nesting over the depth limit', () => {
    expect(parseFormula('a+'.repeat(MAX_FORMULA_LENGTH / 2) + 'a')).toEqual({
      ok: false,
      error: { position: MAX_FORMULA_LENGTH, message: `formula is longer than ${MAX_FORMULA_LENGTH} characters` },
    });
    const deep = '('.repeat(MAX_FORMULA_DEPTH + 1) + 'a' + ')'.repeat(MAX_FORMULA_DEPTH + 1);
    expect(parseFormula(deep)).toEqual({
      ok: false,
      error: { position: MAX_FORMULA_DEPTH, message: `formula is nested deeper than ${MAX_FORMULA_DEPTH} levels` },
    });
    expect(parseFormula('-'.repeat(MAX_FORMULA_DEPTH + 1) + 'a').ok).toBe(false);
    expect(parseFormula('not '.repeat(MAX_FORMULA_DEPTH + 1) + 'a').ok).toBe(false);
    expect(parseFormula('abs('.repeat(MAX_FORMULA_DEPTH + 1) + 'a' + ')'.repeat(MAX_FORMULA_DEPTH + 1)).ok).toBe(false);
    // Exactly at the limit is fine.
    expect(parseFormula('('.repeat(MAX_FORMULA_DEPTH) + 'a' + ')'.repeat(MAX_FORMULA_DEPTH)).ok).toBe(true);
    // A long flat chain is within the length limit and parses (binary chains are loops, not recursion).
    expect(parseFormula('a+'.repeat(999) + 'a').ok).toBe(true);
  });
});

describe('checkFormula', () => {
  const known = new Set(['pupils', 'pop_school_age', 'teachers']);

  it('accepts known variables', () => {
    expect(checkFormula('pupils / teachers', known)).toMatchObject({ ok: true, variables: ['pupils', 'teachers'] });
  });

  it.each([
    ['pupils / teacher', 9, "unknown variable 'teacher'"],
    ['Pupils', 0, "unexpected 'P' (variable codes are lower case)"],
    ['x + pupils / y', 0, "unknown variable 'x'"],
    ['pupils + min(teachers, y2) / y1', 23, "unknown variable 'y2'"],
    ['pupils +', 8, 'unexpected end of formula'],
  ])('%j fails at %i: %s', (text, position, message) => {
    expect(checkFormula(text, known)).toEqual({ ok: false, error: { position, message } });
  });
});

describe('evaluateFormula', () => {
  it.each([
    // Hand calculations.
    ['own_revenue / population', { own_revenue: 12_500_000, population: 25_000 }, 500],
    ['a + b * c', { a: 1, b: 2, c: 3 }, 7],
    ['(a + b) * c', { a: 1, b: 2, c: 3 }, 9],
    ['a - b - c', { a: 10, b: 3, c: 2 }, 5],
    ['a / b / c', { a: 12, b: 3, c: 2 }, 2],
    ['-a * -b', { a: 2, b: 3 }, 6],
    ['100 * after_deadline / issued', { after_deadline: 3, issued: 40 }, 7.5],
    ['min(a, b, c)', { a: 4, b: -2, c: 9 }, -2],
    ['max(a, b, c)', { a: 4, b: -2, c: 9 }, 9],
    ['abs(a - b)', { a: 3, b: 10 }, 7],
    ['sqrt(a)', { a: 2.25 }, 1.5],
    ['ln(a)', { a: Math.E ** 2 }, 2],
    ['1e3 * 0.5', {}, 500],
    ['a - a', { a: 5 }, 0],
    ['-(a - a)', { a: 5 }, 0], // -0 is reported as 0
    ['pop.working_age / pop.total', { 'pop.working_age': 600, 'pop.total': 1000 }, 0.6],
    // Comparisons and logic give 1/0.
    ['a < b', { a: 1, b: 2 }, 1],
    ['a < b', { a: 2, b: 2 }, 0],
    ['a <= b', { a: 2, b: 2 }, 1],
    ['a > b', { a: 3, b: 2 }, 1],
    ['a >= b', { a: 1, b: 2 }, 0],
    ['a == b', { a: 2, b: 2 }, 1],
    ['a != b', { a: 2, b: 2 }, 0],
    ['a and b', { a: 2, b: -1 }, 1],
    ['a and b', { a: 2, b: 0 }, 0],
    ['a or b', { a: 0, b: 0 }, 0],
    ['a or b', { a: 0, b: 0.1 }, 1],
    ['not a', { a: 0 }, 1],
    ['not a', { a: 7 }, 0],
    ['(a > 0) + (b > 0)', { a: 1, b: 1 }, 2],
    // 0.1 + 0.2 is 0.30000000000000004 in binary; comparisons tolerate that.
    ['a + b == c', { a: 0.1, b: 0.2, c: 0.3 }, 1],
    ['a + b <= c', { a: 0.1, b: 0.2, c: 0.3 }, 1],
    ['a + b > c', { a: 0.1, b: 0.2, c: 0.3 }, 0],
    // …but not a grosz on ten billion złoty.
    ['a == b', { a: 12_345_678_901.23, b: 12_345_678_901.24 }, 0],
    ['a < b', { a: 12_345_678_901.23, b: 12_345_678_901.24 }, 1],
  ])('%s with %j = %d', (text, input, expected) => {
    const result = evaluateFormula(ast(text), values(input));
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.value).toBeCloseTo(expected, 12);
    if (result.ok && expected === 0) expect(Object.is(result.value, 0)).toBe(true);
  });

  it.each([
    ['a / b', { a: 1 }, ['b']],
    ['a / b', { a: 1, b: null }, ['b']],
    ['a / b', { a: undefined, b: 2 }, ['a']],
    ['a / b', { a: Number.NaN, b: Number.POSITIVE_INFINITY }, ['a', 'b']],
    ['c + a * b + c', {}, ['c', 'a', 'b']],
    // No short-circuit: "a or b" with b missing has no value even though a is true.
    ['a or b', { a: 1 }, ['b']],
  ])('%s with %j has no value: missing %j', (text, input, missing) => {
    expect(evaluateFormula(ast(text), values(input))).toEqual({
      ok: false,
      reason: 'missing-input',
      variables: missing,
    });
  });

  it.each([
    ['a / b', { a: 1, b: 0 }],
    ['a / b', { a: 0, b: 0 }],
    ['a / (b - c)', { a: 1, b: 4, c: 4 }],
    ['(a / b > 1) or 1', { a: 1, b: 0 }],
    ['max(a, 1 / b)', { a: 1, b: 0 }],
  ])('%s with %j: division by zero', (text, input) => {
    expect(evaluateFormula(ast(text), values(input))).toEqual({ ok: false, reason: 'division-by-zero' });
  });

  it.each([
    ['sqrt(a)', { a: -1 }],
    ['ln(a)', { a: 0 }],
    ['ln(a)', { a: -3 }],
    ['a * a', { a: 1e200 }],
    ['1 / (a * a)', { a: 1e200 }], // the overflow is not hidden by the division
    ['sqrt(a) > 1 or 1', { a: -1 }],
    ['not sqrt(a)', { a: -1 }],
    ['min(1, sqrt(a))', { a: -1 }],
  ])('%s with %j: not finite', (text, input) => {
    expect(evaluateFormula(ast(text), values(input))).toEqual({ ok: false, reason: 'not-finite' });
  });
});

describe('evaluateCondition', () => {
  const rule = ast('pupils <= pop_school_age');
  it.each([
    [
      { pupils: 90, pop_school_age: 100 },
      { ok: true, value: true },
    ],
    [
      { pupils: 100, pop_school_age: 100 },
      { ok: true, value: true },
    ],
    [
      { pupils: 120, pop_school_age: 100 },
      { ok: true, value: false },
    ],
    [{ pupils: 120 }, { ok: false, reason: 'missing-input', variables: ['pop_school_age'] }],
  ])('pupils <= pop_school_age with %j → %j', (input, expected) => {
    expect(evaluateCondition(rule, values(input))).toEqual(expected);
  });

  it('reads any non-zero number as true', () => {
    expect(evaluateCondition(ast('a - 1'), values({ a: 0.5 }))).toEqual({ ok: true, value: true });
    expect(evaluateCondition(ast('a - 1'), values({ a: 1 }))).toEqual({ ok: true, value: false });
  });
});

describe('compileFormula', () => {
  it('reads slots in the order of its variables and agrees with evaluateFormula', () => {
    const compiled = compileFormula(ast('(b - a) / a'));
    expect(compiled.variables).toEqual(['b', 'a']);
    expect(compiled.evaluateSlots([150, 120])).toEqual({ ok: true, value: 1 / 4 });
    expect(compiled.evaluateSlots([150, Number.NaN])).toEqual({ ok: false, reason: 'missing-input', variables: ['a'] });
    expect(compiled.evaluateSlots([150, 0])).toEqual({ ok: false, reason: 'division-by-zero' });
    expect(compiled.evaluate(values({ a: 120, b: 150 }))).toEqual({ ok: true, value: 0.25 });
  });

  it('keeps no state between evaluations (a division by zero does not leak into the next one)', () => {
    const compiled = compileFormula(ast('1 / a'));
    expect(compiled.evaluateSlots([0])).toEqual({ ok: false, reason: 'division-by-zero' });
    expect(compiled.evaluateSlots([4])).toEqual({ ok: true, value: 0.25 });
  });
});

describe('evaluateColumns', () => {
  // Every formula over every combination of these inputs, row by row and column by column.
  const grid = [
    0,
    -0,
    1,
    -1,
    2.5,
    3,
    1e200,
    -1e200,
    1e-200,
    1.7e308,
    -1.7e308,
    Number.NaN,
    Number.POSITIVE_INFINITY,
    0.1,
    0.2,
    0.30000000000000004,
    0.3,
  ];
  const formulas = [
    'a',
    '2',
    '-a',
    'a + b',
    'a - b',
    'a * b',
    'a / b',
    '1 / (a / b)',
    '1 / (a * b)',
    '1 / (a + b)',
    '1 / (a - b)',
    '1 / sqrt(a)',
    '1 / ln(a)',
    'b / (a - 1)',
    'min(a, b, 1)',
    'max(a, b)',
    'abs(a)',
    'sqrt(a)',
    'ln(b)',
    'a < b',
    'a <= b',
    'a > b',
    'a >= b',
    'a == b',
    'a != b',
    'a and b',
    'a or b',
    'not a',
    'not (a / b)',
    'a + 0.2 == b',
    '(a > 0) * b / a',
    'ln(a) or b',
    'min(a / b, 2) + max(b, -a)',
  ];

  it.each(formulas)('%s gives the same results as row-by-row evaluation', (text) => {
    const compiled = compileFormula(ast(text));
    const columns = compiled.variables.map(() => [] as number[]);
    const expected = [];
    for (const a of grid) {
      for (const b of grid) {
        const row = { a, b } as Record<string, number>;
        compiled.variables.forEach((name, i) => columns[i]!.push(row[name]!));
        expected.push(compiled.evaluateSlots(compiled.variables.map((name) => row[name]!)));
      }
    }
    const rowCount = grid.length * grid.length;
    const { values: got, reasons } = compiled.evaluateColumns(
      columns.map((c) => Float64Array.from(c)),
      rowCount,
    );
    for (let row = 0; row < rowCount; row++) {
      const e = expected[row]!;
      if (e.ok) {
        expect([row, reasons[row], got[row]]).toEqual([row, null, e.value]);
        expect(Object.is(got[row], -0)).toBe(false);
      } else {
        expect([row, reasons[row]]).toEqual([row, e.reason]);
        expect(got[row]).toBeNaN();
      }
    }
  });

  it('refuses columns that do not match the variables', () => {
    expect(() => compileFormula(ast('a / b')).evaluateColumns([[1]], 1)).toThrow('expected 2 columns, got 1');
  });
});

describe('parseFormula on random input', () => {
  it('never throws, and whatever parses prints and re-parses to the same text', () => {
    const pieces = [
      'a',
      'b.c',
      '_d',
      '1',
      '0.5',
      '2e3',
      '+',
      '-',
      '*',
      '/',
      '(',
      ')',
      ',',
      '<',
      '<=',
      '==',
      '!=',
      '>',
      'and',
      'or',
      'not',
      'min(',
      'max(',
      'abs(',
      'ln(',
      'x(',
      ' ',
      '=',
      '!',
      '%',
      'A',
      'ł',
      '.',
      'e',
    ];
    let seed = 20240601; // fixed: the same 5 000 formulas on every run
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    let parsed = 0;
    for (let n = 0; n < 5000; n++) {
      const length = 1 + Math.floor(next() * 12);
      let text = '';
      for (let i = 0; i < length; i++) text += pieces[Math.floor(next() * pieces.length)]!;
      const result = parseFormula(text);
      if (!result.ok) {
        expect(result.error.position).toBeGreaterThanOrEqual(0);
        expect(result.error.position).toBeLessThanOrEqual(text.length);
        continue;
      }
      parsed++;
      const printed = formulaToString(result.ast);
      const again = parseFormula(printed);
      expect(again.ok && formulaToString(again.ast)).toBe(printed);
    }
    expect(parsed).toBeGreaterThan(100);
  });
});
