import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { isApiError } from './api';
import { currentLanguage } from './i18n-setup';

/** One entry of a VALIDATION_FAILED `details` array, normalised. */
export interface ValidationIssue {
  /** Dotted path, e.g. `email` or `members.0.code`; empty when the issue is about the whole body. */
  path: string;
  message: string;
  code?: string;
  /** Values a coded issue's translation interpolates (numbers, periods, `{pl, en}` names). */
  params?: Record<string, unknown>;
}

function normalisePath(path: unknown): string {
  if (Array.isArray(path)) return path.map(String).join('.');
  if (typeof path === 'string') return path.replace(/^\//, '').replace(/\//g, '.');
  return '';
}

export function validationIssues(error: unknown): ValidationIssue[] {
  if (!isApiError(error) || !Array.isArray(error.details)) return [];
  const issues: ValidationIssue[] = [];
  for (const entry of error.details as unknown[]) {
    if (typeof entry !== 'object' || entry === null) continue;
    const record = entry as Record<string, unknown>;
    const message =
      typeof record.message === 'string' ? record.message : typeof record.reason === 'string' ? record.reason : '';
    issues.push({
      path: normalisePath(record.path ?? record.field),
      message,
      code: typeof record.code === 'string' ? record.code : undefined,
      params:
        typeof record.params === 'object' && record.params !== null
          ? (record.params as Record<string, unknown>)
          : undefined,
    });
  }
  return issues;
}

/**
 * The server passes zod's English messages through without an issue code, so the common ones
 * are recognised by their wording; anything else is shown as the server wrote it.
 */
const KNOWN_MESSAGES: readonly [RegExp, string][] = [
  [/^Invalid email/i, 'email'],
  [/^Invalid URL/i, 'url'],
  [/^Too small: expected string to have >=?(\d+) characters?/i, 'minLength'],
  [/^Too big: expected string to have <=?(\d+) characters?/i, 'maxLength'],
  [/received undefined$/i, 'required'],
  [/^Invalid option/i, 'invalid_value'],
  [/^Invalid input/i, 'invalid'],
];

function isLocalized(value: unknown): value is { pl: string; en: string } {
  return typeof value === 'object' && value !== null && typeof (value as { pl?: unknown }).pl === 'string';
}

/**
 * Parameters for a translation: numbers formatted in the user's locale, `{pl, en}` names in the
 * user's language, lists joined — so the server sends data, never a sentence in one language.
 */
function localParams(params: Record<string, unknown> | undefined): Record<string, unknown> {
  if (!params) return {};
  const language = currentLanguage();
  const locale = language === 'en' ? 'en-GB' : 'pl-PL';
  const one = (value: unknown): string =>
    isLocalized(value)
      ? value[language] || value.pl
      : typeof value === 'number'
        ? new Intl.NumberFormat(locale).format(value)
        : String(value);
  const result: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(params)) {
    result[key] = Array.isArray(value) ? value.map(one).join(', ') : one(value);
    if (Array.isArray(value)) result[`${key}Count`] = value.length;
  }
  return result;
}

function translateIssue(t: TFunction, issue: ValidationIssue): string {
  if (issue.code) {
    const translated = t(`common:validation.${issue.code}`, { ...localParams(issue.params), defaultValue: '' });
    if (translated) return translated;
  }
  for (const [pattern, key] of KNOWN_MESSAGES) {
    const match = pattern.exec(issue.message);
    if (match) return t(`common:validation.${key}`, { count: Number(match[1] ?? 0) });
  }
  return issue.message || t('common:validation.invalid');
}

/**
 * Field name → message for the fields of one form. The server may prefix paths with `body.`,
 * so the last segment is matched against the form's field names.
 */
export function useFieldErrors(error: unknown, fields: readonly string[]): Record<string, string> {
  const { t } = useTranslation();
  const result: Record<string, string> = {};
  for (const issue of validationIssues(error)) {
    const name = issue.path.split('.').filter(Boolean).pop() ?? '';
    if (fields.includes(name) && !result[name]) result[name] = translateIssue(t, issue);
  }
  return result;
}

export function errorMessage(t: TFunction, error: unknown): string {
  if (isApiError(error)) {
    const key = `common:errors.${error.code}`;
    const translated = t(key, { defaultValue: '' });
    if (translated) return translated;
    if (error.status >= 500) return t('common:errors.INTERNAL_ERROR');
    if (error.message) return error.message;
  }
  return t('common:errors.UNKNOWN');
}

/** Translates an error (usually an ApiError's `code`) into a sentence in the user's language. */
export function useErrorMessage(): (error: unknown) => string {
  const { t } = useTranslation();
  return useCallback((error: unknown) => errorMessage(t, error), [t]);
}

export function useIssueMessage(): (issue: ValidationIssue) => string {
  const { t } = useTranslation();
  return useCallback((issue: ValidationIssue) => translateIssue(t, issue), [t]);
}
