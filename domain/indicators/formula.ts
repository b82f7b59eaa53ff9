/**
 * The formula language of indicators and cross-field plausibility rules (METHODS.md §4.1, §4.7).
 *
 * Grammar (lowest precedence first; binary operators are left-associative):
 *
 * ```
 * or          := and ('or' and)*
 * and         := not ('and' not)*
 * not         := 'not' not | comparison
 * comparison  := additive (('<' | '<=' | '>' | '>=' | '==' | '!=') additive)?   -- not chainable
 * additive    := multiplicative (('+' | '-') multiplicative)*
 * multiplicative := unary (('*' | '/') unary)*
 * unary       := '-' unary | primary
 * primary     := number | variable | function '(' or (',' or)* ')' | '(' or ')'
 * number      := digits ('.' digits)? (('e' | 'E') ('+' | '-')? digits)?
 * variable    := [a-z_][a-z0-9_.]*          -- e.g. own_revenue_total, pop.working_age
 * function    := min | max | abs | sqrt | ln
 * ```
 *
 * `and`, `or`, `not` and the function names are reserved. The text is parsed by a hand-written
 * recursive-descent parser into an AST and evaluated by closures built from it: nothing is ever
 * passed to `eval` or `Function`, so a formula typed by a user can compute, never execute.
 */

export type ArithmeticOperator = '+' | '-' | '*' | '/';
export type ComparisonOperator = '<' | '<=' | '>' | '>=' | '==' | '!=';
export type LogicalOperator = 'and' | 'or';
export type BinaryOperator = ArithmeticOperator | ComparisonOperator | LogicalOperator;
export type FunctionName = 'min' | 'max' | 'abs' | 'sqrt' | 'ln';

/** A node of a parsed formula. `position` is the 0-based offset of the node's first character. */
export type FormulaNode =
  | { kind: 'number'; value: number; position: number }
  | { kind: 'variable'; name: string; position: number }
  | { kind: 'unary'; operator: '-' | 'not'; operand: FormulaNode; position: number }
  | { kind: 'binary'; operator: BinaryOperator; left: FormulaNode; right: FormulaNode; position: number }
  | { kind: 'call'; name: FunctionName; args: FormulaNode[]; position: number };

export interface FormulaError {
  /** 0-based character offset of the problem in the formula text. */
  position: number;
  message: string;
}

export type ParseFormulaResult =
  { ok: true; ast: FormulaNode; variables: string[] } | { ok: false; error: FormulaError };

/** Outcome of evaluating a formula: a finite number, or the reason there is no value. */
export type EvaluationResult =
  | { ok: true; value: number }
  | { ok: false; reason: 'missing-input'; variables: string[] }
  | { ok: false; reason: 'division-by-zero' }
  | { ok: false; reason: 'not-finite' };

export type ConditionResult = { ok: true; value: boolean } | Exclude<EvaluationResult, { ok: true }>;

/** Input values by variable code; `null`, `undefined`, an absent key and NaN/±Infinity all mean "no value". */
export type VariableValues = ReadonlyMap<string, number | null | undefined>;

export const MAX_FORMULA_LENGTH = 2000;
/** Deepest nesting of parentheses, function calls and unary operators the parser accepts. */
export const MAX_FORMULA_DEPTH = 100;
/**
 * Comparisons treat a and b as equal when |a − b| ≤ 1e-13 · max(1, |a|, |b|): sums of decimal
 * parts then equal their total despite binary floating point (0.1 + 0.2 == 0.3), while amounts of
 * up to ~10^10 PLN still differ at a grosz (0.01).
 */
export const COMPARISON_TOLERANCE = 1e-13;

const FUNCTIONS: Record<FunctionName, { minArgs: number; maxArgs: number }> = {
  min: { minArgs: 1, maxArgs: Infinity },
  max: { minArgs: 1, maxArgs: Infinity },
  abs: { minArgs: 1, maxArgs: 1 },
  sqrt: { minArgs: 1, maxArgs: 1 },
  ln: { minArgs: 1, maxArgs: 1 },
};
const KEYWORDS = new Set(['and', 'or', 'not']);
const COMPARISONS = new Set<string>(['<', '<=', '>', '>=', '==', '!=']);

type Token =
  | { type: 'number'; value: number; text: string; position: number }
  | { type: 'name'; text: string; position: number }
  | { type: 'symbol'; text: string; position: number }
  | { type: 'end'; text: ''; position: number }
  | { type: 'error'; text: ''; position: number; failure: ParseFailure };

class ParseFailure {
  constructor(
    readonly position: number,
    readonly message: string,
  ) {}
}

function isFunctionName(name: string): name is FunctionName {
  return Object.hasOwn(FUNCTIONS, name);
}

/**
 * Splits the text into tokens. A lexical error becomes a final `error` token, so that the parser
 * reports whichever problem comes first in the text (`a + * b $` fails at `*`, not at `$`).
 */
function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  try {
    readTokens(text, tokens);
  } catch (error) {
    if (!(error instanceof ParseFailure)) throw error;
    tokens.push({ type: 'error', text: '', position: error.position, failure: error });
  }
  return tokens;
}

function readTokens(text: string, tokens: Token[]): void {
  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    if (c === ' ' || c === '\t' || c === '\n' || c === '\r') {
      i++;
      continue;
    }
    const start = i;
    if (c >= '0' && c <= '9') {
      while (i < text.length && isDigit(text[i]!)) i++;
      if (text[i] === '.') {
        i++;
        if (!isDigit(text[i] ?? '')) throw new ParseFailure(i, 'expected a digit after the decimal point');
        while (i < text.length && isDigit(text[i]!)) i++;
      }
      if (text[i] === 'e' || text[i] === 'E') {
        i++;
        if (text[i] === '+' || text[i] === '-') i++;
        if (!isDigit(text[i] ?? '')) throw new ParseFailure(i, 'expected a digit in the exponent');
        while (i < text.length && isDigit(text[i]!)) i++;
      }
      if (i < text.length && /[A-Za-z_.]/.test(text[i]!)) {
        throw new ParseFailure(i, `unexpected '${text[i]}' after a number`);
      }
      const numberText = text.slice(start, i);
      const value = Number(numberText);
      if (!Number.isFinite(value)) throw new ParseFailure(start, `number ${numberText} is too large`);
      tokens.push({ type: 'number', value, text: numberText, position: start });
      continue;
    }
    if ((c >= 'a' && c <= 'z') || c === '_') {
      while (i < text.length && /[a-z0-9_.]/.test(text[i]!)) i++;
      if (i < text.length && /[A-Z]/.test(text[i]!)) {
        throw new ParseFailure(i, `unexpected '${text[i]}' (variable codes are lower case)`);
      }
      tokens.push({ type: 'name', text: text.slice(start, i), position: start });
      continue;
    }
    if (c >= 'A' && c <= 'Z') throw new ParseFailure(i, `unexpected '${c}' (variable codes are lower case)`);
    const two = text.slice(i, i + 2);
    if (two === '<=' || two === '>=' || two === '==' || two === '!=') {
      tokens.push({ type: 'symbol', text: two, position: start });
      i += 2;
      continue;
    }
    if (two === '&&' || two === '||')
      throw new ParseFailure(i, `unexpected '${two}' (write '${two === '&&' ? 'and' : 'or'}')`);
    if ('+-*/()<>,'.includes(c)) {
      tokens.push({ type: 'symbol', text: c, position: start });
      i++;
      continue;
    }
    if (c === '=') throw new ParseFailure(i, "unexpected '=' (write '==' to compare)");
    if (c === '!') throw new ParseFailure(i, "unexpected '!' (write 'not')");
    throw new ParseFailure(i, `unexpected '${c}'`);
  }
  tokens.push({ type: 'end', text: '', position: text.length });
}

function isDigit(c: string): boolean {
  return c >= '0' && c <= '9';
}

class Parser {
  private index = 0;
  private depth = 0;

  constructor(private readonly tokens: Token[]) {}

  parse(): FormulaNode {
    const node = this.parseOr();
    const next = this.peek();
    if (next.type !== 'end') throw this.unexpected(next);
    return node;
  }

  private peek(): Token {
    const token = this.tokens[this.index]!;
    if (token.type === 'error') throw token.failure;
    return token;
  }

  private advance(): Token {
    const token = this.peek();
    this.index++;
    return token;
  }

  private isSymbol(text: string): boolean {
    const token = this.peek();
    return token.type === 'symbol' && token.text === text;
  }

  private isKeyword(word: string): boolean {
    const token = this.peek();
    return token.type === 'name' && token.text === word;
  }

  private unexpected(token: Token): ParseFailure {
    return new ParseFailure(
      token.position,
      token.type === 'end' ? 'unexpected end of formula' : `unexpected '${token.text}'`,
    );
  }

  private enter(position: number): void {
    if (++this.depth > MAX_FORMULA_DEPTH)
      throw new ParseFailure(position, `formula is nested deeper than ${MAX_FORMULA_DEPTH} levels`);
  }

  private parseOr(): FormulaNode {
    let left = this.parseAnd();
    while (this.isKeyword('or')) {
      this.advance();
      left = { kind: 'binary', operator: 'or', left, right: this.parseAnd(), position: left.position };
    }
    return left;
  }

  private parseAnd(): FormulaNode {
    let left = this.parseNot();
    while (this.isKeyword('and')) {
      this.advance();
      left = { kind: 'binary', operator: 'and', left, right: this.parseNot(), position: left.position };
    }
    return left;
  }

  private parseNot(): FormulaNode {
    if (!this.isKeyword('not')) return this.parseComparison();
    const token = this.advance();
    this.enter(token.position);
    const operand = this.parseNot();
    this.depth--;
    return { kind: 'unary', operator: 'not', operand, position: token.position };
  }

  private parseComparison(): FormulaNode {
    const left = this.parseAdditive();
    const token = this.peek();
    if (token.type !== 'symbol' || !COMPARISONS.has(token.text)) return left;
    this.advance();
    const right = this.parseAdditive();
    const next = this.peek();
    if (next.type === 'symbol' && COMPARISONS.has(next.text)) {
      throw new ParseFailure(
        next.position,
        `unexpected '${next.text}' (comparisons cannot be chained; join them with 'and')`,
      );
    }
    return { kind: 'binary', operator: token.text as ComparisonOperator, left, right, position: left.position };
  }

  private parseAdditive(): FormulaNode {
    let left = this.parseMultiplicative();
    while (this.isSymbol('+') || this.isSymbol('-')) {
      const operator = this.advance().text as '+' | '-';
      left = { kind: 'binary', operator, left, right: this.parseMultiplicative(), position: left.position };
    }
    return left;
  }

  private parseMultiplicative(): FormulaNode {
    let left = this.parseUnary();
    while (this.isSymbol('*') || this.isSymbol('/')) {
      const operator = this.advance().text as '*' | '/';
      left = { kind: 'binary', operator, left, right: this.parseUnary(), position: left.position };
    }
    return left;
  }

  private parseUnary(): FormulaNode {
    if (!this.isSymbol('-')) return this.parsePrimary();
    const token = this.advance();
    this.enter(token.position);
    const operand = this.parseUnary();
    this.depth--;
    return { kind: 'unary', operator: '-', operand, position: token.position };
  }

  private parsePrimary(): FormulaNode {
    const token = this.advance();
    if (token.type === 'number') return { kind: 'number', value: token.value, position: token.position };
    if (token.type === 'symbol' && token.text === '(') {
      this.enter(token.position);
      const inner = this.parseOr();
      this.expectClosing(token.position, "'('");
      this.depth--;
      return inner;
    }
    if (token.type !== 'name') throw this.unexpected(token);
    const name = token.text;
    if (name === 'not') throw new ParseFailure(token.position, "unexpected 'not' (put 'not …' in parentheses)");
    if (KEYWORDS.has(name)) throw this.unexpected(token);
    if (!this.isSymbol('(')) {
      if (isFunctionName(name)) throw new ParseFailure(token.position, `'${name}' is a function; write ${name}(…)`);
      return { kind: 'variable', name, position: token.position };
    }
    if (!isFunctionName(name)) throw new ParseFailure(token.position, `unknown function '${name}'`);
    this.advance();
    this.enter(token.position);
    const args: FormulaNode[] = [];
    if (!this.isSymbol(')')) {
      args.push(this.parseOr());
      while (this.isSymbol(',')) {
        this.advance();
        args.push(this.parseOr());
      }
    }
    const closing = this.peek();
    this.expectClosing(token.position, `'${name}('`);
    this.depth--;
    const { minArgs, maxArgs } = FUNCTIONS[name];
    if (args.length < minArgs || args.length > maxArgs) {
      const expected = maxArgs === minArgs ? `exactly ${minArgs}` : `at least ${minArgs}`;
      throw new ParseFailure(
        closing.position,
        `${name}() takes ${expected} argument${minArgs === 1 ? '' : 's'}, got ${args.length}`,
      );
    }
    return { kind: 'call', name, args, position: token.position };
  }

  private expectClosing(openedAt: number, what: string): void {
    const token = this.peek();
    if (token.type === 'symbol' && token.text === ')') {
      this.advance();
      return;
    }
    if (token.type === 'end') throw new ParseFailure(token.position, `missing ')' to close ${what} at ${openedAt}`);
    throw new ParseFailure(token.position, `unexpected '${token.text}' (expected ')' to close ${what} at ${openedAt})`);
  }
}

/** Variable nodes in text order (every occurrence). */
function variableNodes(ast: FormulaNode): { name: string; position: number }[] {
  const found: { name: string; position: number }[] = [];
  const visit = (node: FormulaNode): void => {
    switch (node.kind) {
      case 'number':
        return;
      case 'variable':
        found.push({ name: node.name, position: node.position });
        return;
      case 'unary':
        visit(node.operand);
        return;
      case 'binary':
        visit(node.left);
        visit(node.right);
        return;
      case 'call':
        node.args.forEach(visit);
        return;
    }
  };
  visit(ast);
  return found.sort((a, b) => a.position - b.position);
}

/**
 * The distinct variable codes a formula reads, in order of first appearance in the text.
 * @example formulaVariables(ast of "b / a + b") → ['b', 'a']
 */
export function formulaVariables(ast: FormulaNode): string[] {
  return [...new Set(variableNodes(ast).map((v) => v.name))];
}

/**
 * Parses a formula into an AST and the list of distinct variable codes it reads (order of first
 * appearance). Never throws: an empty formula, an unexpected or unknown character, unbalanced
 * parentheses, trailing text, an unknown function or a wrong number of arguments is returned as
 * `{ ok: false, error: { position, message } }`, position being the 0-based offset of the problem
 * (for a missing ')' the end of the text). Texts longer than {@link MAX_FORMULA_LENGTH} characters
 * or nested deeper than {@link MAX_FORMULA_DEPTH} levels are refused, so hostile input costs
 * linear time and bounded stack.
 *
 * @example parseFormula('a + * b') → { ok: false, error: { position: 4, message: "unexpected '*'" } }
 */
export function parseFormula(text: string): ParseFormulaResult {
  if (text.length > MAX_FORMULA_LENGTH) {
    return {
      ok: false,
      error: { position: MAX_FORMULA_LENGTH, message: `formula is longer than ${MAX_FORMULA_LENGTH} characters` },
    };
  }
  try {
    const tokens = tokenize(text);
    if (tokens[0]!.type === 'error') throw tokens[0]!.failure;
    if (tokens[0]!.type === 'end')
      return { ok: false, error: { position: tokens[0]!.position, message: 'empty formula' } };
    const ast = new Parser(tokens).parse();
    return { ok: true, ast, variables: formulaVariables(ast) };
  } catch (error) {
    if (error instanceof ParseFailure)
      return { ok: false, error: { position: error.position, message: error.message } };
    throw error;
  }
}

/**
 * {@link parseFormula}, and every variable code must be in `knownVariables` (exact, case-sensitive
 * match). An unknown code is reported at the position of its first occurrence in the text — the
 * first unknown one when there are several, the message naming it.
 */
export function checkFormula(text: string, knownVariables: ReadonlySet<string>): ParseFormulaResult {
  const parsed = parseFormula(text);
  if (!parsed.ok) return parsed;
  const unknown = variableNodes(parsed.ast).find((v) => !knownVariables.has(v.name));
  if (unknown)
    return { ok: false, error: { position: unknown.position, message: `unknown variable '${unknown.name}'` } };
  return parsed;
}

const PRECEDENCE: Record<BinaryOperator, number> = {
  or: 1,
  and: 2,
  '<': 4,
  '<=': 4,
  '>': 4,
  '>=': 4,
  '==': 4,
  '!=': 4,
  '+': 5,
  '-': 5,
  '*': 6,
  '/': 6,
};
const NOT_PRECEDENCE = 3;
const NEGATION_PRECEDENCE = 7;
const ATOM_PRECEDENCE = 8;

function precedence(node: FormulaNode): number {
  if (node.kind === 'binary') return PRECEDENCE[node.operator];
  if (node.kind === 'unary') return node.operator === 'not' ? NOT_PRECEDENCE : NEGATION_PRECEDENCE;
  return ATOM_PRECEDENCE;
}

/**
 * Canonical text of a formula: single spaces around binary operators, `name(a, b)` for calls,
 * numbers in JavaScript's shortest round-trip form (`1e3` → `1000`), and only the parentheses the
 * tree needs (`(a + b) * c`, `a - (b - c)`, `-(-a)`). Parsing the result gives the same tree.
 */
export function formulaToString(ast: FormulaNode): string {
  const wrap = (node: FormulaNode, needsParentheses: boolean) =>
    needsParentheses ? `(${formulaToString(node)})` : formulaToString(node);
  switch (ast.kind) {
    case 'number':
      return String(ast.value);
    case 'variable':
      return ast.name;
    case 'call':
      return `${ast.name}(${ast.args.map(formulaToString).join(', ')})`;
    case 'unary':
      if (ast.operator === 'not') return `not ${wrap(ast.operand, precedence(ast.operand) < NOT_PRECEDENCE)}`;
      return `-${wrap(ast.operand, precedence(ast.operand) < ATOM_PRECEDENCE)}`;
    case 'binary': {
      const own = PRECEDENCE[ast.operator];
      // Left-associative: the right operand needs parentheses at equal precedence; comparisons
      // do not chain, so both sides do.
      const leftNeeds = precedence(ast.left) < own || (own === 4 && precedence(ast.left) === 4);
      const rightNeeds = precedence(ast.right) <= own;
      return `${wrap(ast.left, leftNeeds)} ${ast.operator} ${wrap(ast.right, rightNeeds)}`;
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Evaluation: the AST is compiled once into nested closures over an array of input slots.

/** Set when a denominator is zero; NaN then flows up so the whole formula has no value. */
interface RunState {
  divisionByZero: boolean;
}
type Compiled = (slots: ArrayLike<number>, state: RunState) => number;

/** A formula ready to be evaluated many times (see {@link compileFormula}). */
export interface CompiledFormula {
  /** Distinct variable codes, in the order of the slots {@link CompiledFormula.evaluateSlots} reads. */
  readonly variables: readonly string[];
  /** Same contract as {@link evaluateFormula}. */
  evaluate(values: VariableValues): EvaluationResult;
  /**
   * Evaluates with `slots[i]` the value of `variables[i]`; a slot that is not a finite number
   * (use NaN) is a missing input. For hot loops that fill one reusable array.
   */
  evaluateSlots(slots: ArrayLike<number>): EvaluationResult;
  /**
   * Evaluates a whole table at once, column by column: `columns[i][row]` is the value of
   * `variables[i]` in that row (not a finite number = missing), `rowCount` rows. Same results as
   * {@link CompiledFormula.evaluateSlots} row by row, without the list of missing variables; tight
   * loops over typed arrays, for bulk recomputation.
   */
  evaluateColumns(columns: readonly ArrayLike<number>[], rowCount: number): ColumnResult;
}

export type NoValueReason = Exclude<EvaluationResult, { ok: true }>['reason'];

/** Results of {@link CompiledFormula.evaluateColumns}: `values[row]` is NaN exactly where `reasons[row]` is not null. */
export interface ColumnResult {
  values: Float64Array;
  reasons: (NoValueReason | null)[];
}

const finite = (x: number): number => (Number.isFinite(x) ? x : NaN);
const truth = (x: number): number => (x !== 0 ? 1 : 0);

function approxEqual(a: number, b: number): boolean {
  return Math.abs(a - b) <= COMPARISON_TOLERANCE * Math.max(1, Math.abs(a), Math.abs(b));
}

function compileNode(node: FormulaNode, slotOf: Map<string, number>): Compiled {
  switch (node.kind) {
    case 'number': {
      const value = node.value;
      return () => value;
    }
    case 'variable': {
      const slot = slotOf.get(node.name)!;
      return (s) => s[slot]!;
    }
    case 'unary': {
      const operand = compileNode(node.operand, slotOf);
      if (node.operator === '-') return (s, st) => -operand(s, st);
      return (s, st) => {
        const x = operand(s, st);
        return x !== x ? NaN : x === 0 ? 1 : 0;
      };
    }
    case 'call':
      return compileCall(node, slotOf);
    case 'binary': {
      const left = compileNode(node.left, slotOf);
      const right = compileNode(node.right, slotOf);
      // Both sides are always evaluated (no short-circuit), so any missing or undefined part of
      // a formula makes the whole formula undefined, whatever the other operand.
      switch (node.operator) {
        case '+':
          return (s, st) => finite(left(s, st) + right(s, st));
        case '-':
          return (s, st) => finite(left(s, st) - right(s, st));
        case '*':
          return (s, st) => finite(left(s, st) * right(s, st));
        case '/':
          return (s, st) => {
            const a = left(s, st);
            const b = right(s, st);
            if (b === 0) {
              st.divisionByZero = true;
              return NaN;
            }
            return finite(a / b);
          };
        case 'and':
          return (s, st) => {
            const a = left(s, st);
            const b = right(s, st);
            return a !== a || b !== b ? NaN : truth(a) & truth(b);
          };
        case 'or':
          return (s, st) => {
            const a = left(s, st);
            const b = right(s, st);
            return a !== a || b !== b ? NaN : truth(a) | truth(b);
          };
        default: {
          const test = comparison(node.operator);
          return (s, st) => {
            const a = left(s, st);
            const b = right(s, st);
            return a !== a || b !== b ? NaN : test(a, b) ? 1 : 0;
          };
        }
      }
    }
  }
}

function compileCall(node: Extract<FormulaNode, { kind: 'call' }>, slotOf: Map<string, number>): Compiled {
  const args = node.args.map((a) => compileNode(a, slotOf));
  const first = args[0]!;
  switch (node.name) {
    case 'abs':
      return (s, st) => Math.abs(first(s, st));
    case 'sqrt':
      return (s, st) => finite(Math.sqrt(first(s, st)));
    case 'ln':
      return (s, st) => finite(Math.log(first(s, st)));
    case 'min':
    case 'max': {
      const pick = node.name === 'min' ? Math.min : Math.max;
      if (args.length === 1) return first;
      if (args.length === 2) {
        const second = args[1]!;
        return (s, st) => pick(first(s, st), second(s, st));
      }
      return (s, st) => {
        let result = first(s, st);
        for (let i = 1; i < args.length; i++) result = pick(result, args[i]!(s, st));
        return result;
      };
    }
  }
}

function comparison(operator: ComparisonOperator): (a: number, b: number) => boolean {
  switch (operator) {
    case '==':
      return approxEqual;
    case '!=':
      return (a, b) => !approxEqual(a, b);
    case '<':
      return (a, b) => a < b && !approxEqual(a, b);
    case '<=':
      return (a, b) => a < b || approxEqual(a, b);
    case '>':
      return (a, b) => a > b && !approxEqual(a, b);
    case '>=':
      return (a, b) => a > b || approxEqual(a, b);
  }
}

/**
 * Compiles a parsed formula into closures (no `eval`): evaluate it many times at the cost of a few
 * function calls per node. Same results as {@link evaluateFormula}.
 */
export function compileFormula(ast: FormulaNode): CompiledFormula {
  const variables = formulaVariables(ast);
  const slotOf = new Map(variables.map((name, i) => [name, i]));
  const run = compileNode(ast, slotOf);
  let runColumns: CompiledColumns | null = null;
  const finish = (slots: ArrayLike<number>): EvaluationResult => {
    const state: RunState = { divisionByZero: false };
    const value = run(slots, state);
    if (state.divisionByZero) return { ok: false, reason: 'division-by-zero' };
    if (!Number.isFinite(value)) return { ok: false, reason: 'not-finite' };
    return { ok: true, value: value === 0 ? 0 : value }; // no -0
  };
  return {
    variables,
    evaluate(values) {
      const slots = new Array<number>(variables.length);
      let missing: string[] | null = null;
      for (let i = 0; i < variables.length; i++) {
        const v = values.get(variables[i]!);
        if (typeof v === 'number' && Number.isFinite(v)) slots[i] = v;
        else (missing ??= []).push(variables[i]!);
      }
      return missing ? { ok: false, reason: 'missing-input', variables: missing } : finish(slots);
    },
    evaluateSlots(slots) {
      let missing: string[] | null = null;
      for (let i = 0; i < variables.length; i++) {
        if (!Number.isFinite(slots[i])) (missing ??= []).push(variables[i]!);
      }
      return missing ? { ok: false, reason: 'missing-input', variables: missing } : finish(slots);
    },
    evaluateColumns(columns, rowCount) {
      if (columns.length !== variables.length)
        throw new RangeError(`expected ${variables.length} columns, got ${columns.length}`);
      runColumns ??= compileColumns(ast, slotOf);
      const divisionByZero = new Uint8Array(rowCount);
      const raw = runColumns(columns, rowCount, divisionByZero);
      const missing = new Uint8Array(rowCount);
      for (const column of columns) {
        for (let row = 0; row < rowCount; row++) if (!Number.isFinite(column[row])) missing[row] = 1;
      }
      const values = new Float64Array(rowCount);
      const reasons = new Array<NoValueReason | null>(rowCount);
      for (let row = 0; row < rowCount; row++) {
        const value = raw[row]!;
        if (missing[row] === 1) reasons[row] = 'missing-input';
        else if (divisionByZero[row] === 1) reasons[row] = 'division-by-zero';
        else if (!Number.isFinite(value)) reasons[row] = 'not-finite';
        else {
          values[row] = value === 0 ? 0 : value;
          reasons[row] = null;
          continue;
        }
        values[row] = NaN;
      }
      return { values, reasons };
    },
  };
}

// Column-at-a-time evaluation: each node yields a column of results. It mirrors compileNode
// operation by operation (same helpers, same NaN propagation); a test checks they agree.
type CompiledColumns = (
  columns: readonly ArrayLike<number>[],
  n: number,
  divisionByZero: Uint8Array,
) => ArrayLike<number>;

function mapColumn(a: ArrayLike<number>, n: number, f: (x: number) => number): Float64Array {
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) out[i] = f(a[i]!);
  return out;
}

function zipColumns(
  a: ArrayLike<number>,
  b: ArrayLike<number>,
  n: number,
  f: (x: number, y: number) => number,
): Float64Array {
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) out[i] = f(a[i]!, b[i]!);
  return out;
}

/** The four arithmetic operators in monomorphic loops (the hot path of indicator formulas). */
function arithmeticColumns(
  operator: ArithmeticOperator,
  a: ArrayLike<number>,
  b: ArrayLike<number>,
  n: number,
  divisionByZero: Uint8Array,
): Float64Array {
  const out = new Float64Array(n);
  switch (operator) {
    case '+':
      for (let i = 0; i < n; i++) out[i] = finite(a[i]! + b[i]!);
      break;
    case '-':
      for (let i = 0; i < n; i++) out[i] = finite(a[i]! - b[i]!);
      break;
    case '*':
      for (let i = 0; i < n; i++) out[i] = finite(a[i]! * b[i]!);
      break;
    case '/':
      for (let i = 0; i < n; i++) {
        if (b[i] === 0) {
          divisionByZero[i] = 1;
          out[i] = NaN;
        } else out[i] = finite(a[i]! / b[i]!);
      }
      break;
  }
  return out;
}

function compileColumns(node: FormulaNode, slotOf: Map<string, number>): CompiledColumns {
  switch (node.kind) {
    case 'number': {
      const value = node.value;
      return (_c, n) => new Float64Array(n).fill(value);
    }
    case 'variable': {
      const slot = slotOf.get(node.name)!;
      return (c) => c[slot]!;
    }
    case 'unary': {
      const operand = compileColumns(node.operand, slotOf);
      if (node.operator === '-') return (c, n, z) => mapColumn(operand(c, n, z), n, (x) => -x);
      return (c, n, z) => mapColumn(operand(c, n, z), n, (x) => (x !== x ? NaN : x === 0 ? 1 : 0));
    }
    case 'call':
      return compileColumnsCall(node, slotOf);
    case 'binary': {
      const left = compileColumns(node.left, slotOf);
      const right = compileColumns(node.right, slotOf);
      const combine =
        (f: (x: number, y: number) => number): CompiledColumns =>
        (c, n, z) =>
          zipColumns(left(c, n, z), right(c, n, z), n, f);
      switch (node.operator) {
        case '+':
        case '-':
        case '*':
        case '/': {
          const operator = node.operator;
          return (c, n, z) => arithmeticColumns(operator, left(c, n, z), right(c, n, z), n, z);
        }
        case 'and':
          return combine((x, y) => (x !== x || y !== y ? NaN : truth(x) & truth(y)));
        case 'or':
          return combine((x, y) => (x !== x || y !== y ? NaN : truth(x) | truth(y)));
        default: {
          const test = comparison(node.operator);
          return combine((x, y) => (x !== x || y !== y ? NaN : test(x, y) ? 1 : 0));
        }
      }
    }
  }
}

function compileColumnsCall(
  node: Extract<FormulaNode, { kind: 'call' }>,
  slotOf: Map<string, number>,
): CompiledColumns {
  const args = node.args.map((a) => compileColumns(a, slotOf));
  const first = args[0]!;
  switch (node.name) {
    case 'abs':
      return (c, n, z) => mapColumn(first(c, n, z), n, Math.abs);
    case 'sqrt':
      return (c, n, z) => mapColumn(first(c, n, z), n, (x) => finite(Math.sqrt(x)));
    case 'ln':
      return (c, n, z) => mapColumn(first(c, n, z), n, (x) => finite(Math.log(x)));
    case 'min':
    case 'max': {
      const pick = node.name === 'min' ? Math.min : Math.max;
      return (c, n, z) => {
        let result = first(c, n, z);
        for (let k = 1; k < args.length; k++) result = zipColumns(result, args[k]!(c, n, z), n, pick);
        return result;
      };
    }
  }
}

const compiledCache = new WeakMap<FormulaNode, CompiledFormula>();

/**
 * Evaluates a formula over input values (numbers in the variables' own units; the result is in
 * the formula's unit). Never 0 or NaN in place of "no value":
 * - `missing-input` lists every variable (in order of appearance) that is absent, null, undefined
 *   or not a finite number — checked before anything is computed;
 * - `division-by-zero` when any denominator is exactly 0;
 * - `not-finite` when any step leaves the finite numbers (overflow, `sqrt` of a negative,
 *   `ln` of 0 or a negative).
 * Comparisons and `and`/`or`/`not` give 1 (true) or 0 (false), any non-zero number counting as
 * true; comparisons use {@link COMPARISON_TOLERANCE}. Every operand is evaluated (no
 * short-circuit), so an undefined part makes the whole formula undefined. The result is not rounded.
 *
 * @example evaluateFormula(ast of "a / b", new Map([['a', 1], ['b', 4]])) → { ok: true, value: 0.25 }
 */
export function evaluateFormula(ast: FormulaNode, values: VariableValues): EvaluationResult {
  let compiled = compiledCache.get(ast);
  if (!compiled) {
    compiled = compileFormula(ast);
    compiledCache.set(ast, compiled);
  }
  return compiled.evaluate(values);
}

/**
 * Evaluates a rule (a formula read as a condition): true when the value is non-zero. The reasons
 * for "no value" are those of {@link evaluateFormula}.
 *
 * @example evaluateCondition(ast of "pupils <= pop_school_age", new Map([['pupils', 90], ['pop_school_age', 100]])) → { ok: true, value: true }
 */
export function evaluateCondition(ast: FormulaNode, values: VariableValues): ConditionResult {
  const result = evaluateFormula(ast, values);
  return result.ok ? { ok: true, value: result.value !== 0 } : result;
}
