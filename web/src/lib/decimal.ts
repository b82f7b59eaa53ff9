/**
 * Numbers as people type them in a Polish form: decimal comma or point, thousands separated by
 * spaces ("1 234,56"), a leading sign, the Unicode minus. Mirrors the server's import parser so
 * that what the form accepts, a file would too; the server remains the judge of the value.
 */
export type DecimalParse =
  | { ok: true; value: number }
  | { ok: false; reason: 'mixed' | 'separators' | 'grouping' | 'percent' | 'symbol' | 'invalid' };

const DECIMAL = /^([+-])?(\d{1,3}(?:[ \u00A0\u202F\u2009]\d{3})+|\d+)(?:[.,](\d+))?(?:[eE]([+-]?\d+))?$/;

export function parseDecimalInput(text: string): DecimalParse | null {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  const s = trimmed.replace(/\u2212/g, '-');
  if (/^(?:[-–—.…]|x)$/i.test(s)) return { ok: false, reason: 'symbol' };
  if (s.includes('%')) return { ok: false, reason: 'percent' };
  const match = DECIMAL.exec(s);
  if (!match || (match[4] !== undefined && /\s/.test(match[2] ?? ''))) {
    if (s.includes(',') && s.includes('.')) return { ok: false, reason: 'mixed' };
    if ((s.match(/[.,]/g) ?? []).length > 1) return { ok: false, reason: 'separators' };
    if (/^[+-]?\d[\d\s]*(?:[.,]\d+)?$/.test(s)) return { ok: false, reason: 'grouping' };
    return { ok: false, reason: 'invalid' };
  }
  const [, sign = '', integer = '', fraction, exponent] = match;
  const value = Number(
    `${sign}${integer.replace(/\s/g, '')}${fraction === undefined ? '' : `.${fraction}`}${exponent === undefined ? '' : `e${exponent}`}`,
  );
  if (!Number.isFinite(value)) return { ok: false, reason: 'invalid' };
  return { ok: true, value: value === 0 ? 0 : value };
}

/**
 * A stored value as the text of an input: every digit kept, the locale's decimal separator.
 * Polish groups thousands with (non-breaking) spaces, which the parser reads back; English would
 * group with commas, which read as decimal separators, so English gets no grouping.
 */
export function decimalInputText(value: number | null, locale: string): string {
  if (value === null) return '';
  return new Intl.NumberFormat(locale, { useGrouping: locale.startsWith('pl'), maximumFractionDigits: 20 }).format(
    value,
  );
}
