import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { fillUnitWords } from '../../../../domain/surveys/unit-words';
import type { SurveyJson, TemplateDetail } from './api';

/** What the results pages need to name things: question titles and the texts of answer values. */
export interface FormLabels {
  question: (name: string) => string;
  value: (question: string, value: unknown) => string;
  dimension: (id: string) => string;
}

type Texts = Record<string, unknown> | string | undefined;

function textOf(value: Texts, language: 'pl' | 'en'): string | null {
  if (typeof value === 'string') return value;
  if (value && typeof value === 'object') {
    const own = language === 'en' ? value.en : (value.default ?? value.pl);
    const fallback = value.default ?? value.pl ?? value.en;
    if (typeof own === 'string' && own !== '') return own;
    if (typeof fallback === 'string') return fallback;
  }
  return null;
}

interface Collected {
  titles: Map<string, string>;
  values: Map<string, Map<string, string>>;
}

/** Walks the form JSON (pages → elements → nested panels) for titles and choice texts. */
function collect(form: SurveyJson, language: 'pl' | 'en'): Collected {
  const titles = new Map<string, string>();
  const values = new Map<string, Map<string, string>>();
  const walk = (elements: unknown) => {
    if (!Array.isArray(elements)) return;
    for (const raw of elements) {
      if (!raw || typeof raw !== 'object') continue;
      const element = raw as Record<string, unknown>;
      const name = typeof element.name === 'string' ? element.name : null;
      if (name !== null) {
        const title = textOf(element.title as Texts, language);
        if (title) titles.set(name, title);
        const texts = new Map<string, string>();
        for (const list of [element.choices, element.rateValues]) {
          if (!Array.isArray(list)) continue;
          for (const item of list) {
            if (item !== null && typeof item === 'object') {
              const record = item as Record<string, unknown>;
              texts.set(String(record.value), textOf(record.text as Texts, language) ?? String(record.value));
            } else texts.set(String(item), String(item));
          }
        }
        if (element.showNoneItem)
          texts.set(
            String(element.noneValue ?? 'none'),
            textOf(element.noneText as Texts, language) ?? (language === 'en' ? 'None' : 'Żadne'),
          );
        if (element.type === 'boolean') {
          texts.set(
            String(element.valueTrue ?? true),
            textOf(element.labelTrue as Texts, language) ?? (language === 'en' ? 'Yes' : 'Tak'),
          );
          texts.set(
            String(element.valueFalse ?? false),
            textOf(element.labelFalse as Texts, language) ?? (language === 'en' ? 'No' : 'Nie'),
          );
        }
        if (texts.size > 0) values.set(name, texts);
      }
      walk(element.elements);
      walk(element.questions);
    }
  };
  if (Array.isArray(form.pages)) for (const page of form.pages) walk((page as Record<string, unknown>)?.elements);
  walk(form.elements);
  walk(form.questions);
  return { titles, values };
}

/**
 * Labels from the wave's template in the user's language; names and raw values while it loads.
 * With the wave's unit kind, the unit words are filled in as its respondents read them.
 */
export function useFormLabels(template: TemplateDetail | undefined, unitKind?: string): FormLabels {
  const { i18n } = useTranslation();
  const language = i18n.resolvedLanguage === 'en' ? 'en' : 'pl';
  const collected = useMemo(
    () =>
      template
        ? collect(unitKind === undefined ? template.form : fillUnitWords(template.form, unitKind), language)
        : { titles: new Map<string, string>(), values: new Map<string, Map<string, string>>() },
    [template, language, unitKind],
  );
  const dimensions = useMemo(
    () => new Map((template?.dimensions ?? []).map((d) => [d.id, d.titles[language] || d.titles.pl])),
    [template, language],
  );
  const question = useCallback((name: string) => collected.titles.get(name) ?? name, [collected]);
  const value = useCallback(
    (name: string, raw: unknown) => collected.values.get(name)?.get(String(raw)) ?? String(raw),
    [collected],
  );
  const dimension = useCallback((id: string) => dimensions.get(id) ?? id, [dimensions]);
  return useMemo(() => ({ question, value, dimension }), [question, value, dimension]);
}
