import { Fragment } from 'react';
import { Link } from 'react-router';
import { useFormat } from '../../../lib/format';
import type { VariableRef } from '../api';
import { useLocalized } from '../../../lib/localized';
import { variablePath } from '../../../lib/indicator-labels';

export type FormulaToken =
  | { type: 'identifier'; text: string; call: boolean }
  | { type: 'number'; text: string }
  | { type: 'operator'; text: string }
  | { type: 'space'; text: string };

/**
 * Splits a formula into tokens for display only (the server parses and checks formulas):
 * identifiers (variables, or functions when followed by `(`), numbers, operators and spaces.
 */
export function tokenizeFormula(formula: string): FormulaToken[] {
  const tokens: FormulaToken[] = [];
  const pattern = /([A-Za-z_][A-Za-z0-9_]*)|(\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)|(\s+)|([^\sA-Za-z0-9_])/g;
  let match: RegExpExecArray | null;
  while ((match = pattern.exec(formula)) !== null) {
    if (match[1] !== undefined) {
      const rest = formula.slice(pattern.lastIndex);
      tokens.push({ type: 'identifier', text: match[1], call: /^\s*\(/.test(rest) });
    } else if (match[2] !== undefined) tokens.push({ type: 'number', text: match[2] });
    else if (match[3] !== undefined) tokens.push({ type: 'space', text: match[3] });
    else tokens.push({ type: 'operator', text: match[4] ?? '' });
  }
  return tokens;
}

const OPERATORS: Record<string, string> = { '*': '×', '/': '÷', '-': '−' };

/**
 * The formula in words: each variable by its name, linked to its page, and × ÷ − for the
 * operators; the code form is shown separately for those who write formulas.
 */
export function FormulaView({ formula, variables }: { formula: string; variables: readonly VariableRef[] }) {
  const localized = useLocalized();
  const format = useFormat();
  const byCode = new Map(variables.map((v) => [v.code, v]));
  return (
    <p className="formula">
      {tokenizeFormula(formula).map((token, index) => {
        if (token.type === 'identifier') {
          const variable = byCode.get(token.text);
          if (!token.call && variable) {
            return (
              <Link key={index} to={variablePath(variable.code)} className="formula__variable">
                {localized(variable.names)}
              </Link>
            );
          }
          return (
            <span key={index} className="formula__function">
              {token.text}
            </span>
          );
        }
        if (token.type === 'number')
          return <Fragment key={index}>{format.number(Number(token.text), { maximumFractionDigits: 10 })}</Fragment>;
        // Spacing around operators comes from CSS, so "a/b" and "a / b" look the same.
        if (token.type === 'space') return null;
        return (
          <span key={index} className="formula__operator">
            {OPERATORS[token.text] ?? token.text}
          </span>
        );
      })}
    </p>
  );
}
