import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { fixedDecimals, formatMeasure, unitFor } from '../../../domain/indicators/units-of-measure';

const LOCALES: Record<string, string> = { pl: 'pl-PL', en: 'en-GB' };

export function intlLocale(language: string | undefined): string {
  return LOCALES[language ?? 'pl'] ?? 'pl-PL';
}

/** Parses `YYYY-MM-DD` as a calendar date, so it never shifts a day in a western time zone. */
function parseDateOnly(value: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return null;
  return new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
}

export interface Formatters {
  locale: string;
  number: (value: number, options?: Intl.NumberFormatOptions) => string;
  /**
   * The one way to show a number with a unit of measure: the unit in the plural form the number
   * takes ("26 708 osób", "2,5 osoby"). `decimals` fixes the fraction digits (an indicator's own),
   * or pass number options (e.g. a standard deviation with more digits).
   */
  measure: (value: number, unit: string, decimals?: number | Intl.NumberFormatOptions) => string;
  /** The unit alone in the form that goes with `value` (for a unit shown apart from its number). */
  unitFor: (value: number, unit: string, decimals?: number | Intl.NumberFormatOptions) => string;
  /** A calendar date (`validFrom`, `validTo`) or the date part of a timestamp. */
  date: (value: string | null | undefined) => string;
  dateTime: (value: string | null | undefined) => string;
}

function numberOptions(decimals: number | Intl.NumberFormatOptions | undefined): Intl.NumberFormatOptions {
  return typeof decimals === 'number' ? fixedDecimals(decimals) : (decimals ?? {});
}

export function createFormatters(language: string | undefined): Formatters {
  const locale = intlLocale(language);
  const dateFormat = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' });
  const localDateFormat = new Intl.DateTimeFormat(locale, { dateStyle: 'long' });
  const dateTimeFormat = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'medium' });
  return {
    locale,
    number: (value, options) => new Intl.NumberFormat(locale, options).format(value),
    measure: (value, unit, decimals) => formatMeasure(value, unit, locale, numberOptions(decimals)),
    unitFor: (value, unit, decimals) => unitFor(value, unit, locale, numberOptions(decimals)),
    date: (value) => {
      if (!value) return '';
      const dateOnly = parseDateOnly(value);
      if (dateOnly) return dateFormat.format(dateOnly);
      const parsed = new Date(value);
      return Number.isNaN(parsed.getTime()) ? value : localDateFormat.format(parsed);
    },
    dateTime: (value) => {
      if (!value) return '';
      const parsed = new Date(value);
      return Number.isNaN(parsed.getTime()) ? value : dateTimeFormat.format(parsed);
    },
  };
}

/** Intl formatters for the language the user has chosen; re-created when it changes. */
export function useFormat(): Formatters {
  const { i18n } = useTranslation();
  const language = i18n.resolvedLanguage;
  return useMemo(() => createFormatters(language), [language]);
}

/** The value when it is one of `options` (e.g. a filter read from the URL), else undefined. */
export function oneOf<T extends string>(options: readonly T[], value: string | null | undefined): T | undefined {
  return options.find((option) => option === value);
}
