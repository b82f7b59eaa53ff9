import { describe, expect, it } from 'vitest';
import surveys from '../../locales/pl/surveys.json';

/*
 * Respondents are addressed in one register: the forms say "Pan/Pani", so the page around them
 * must not say "ty" ("kim jesteś", "Twoje odpowiedzi", "Sprawdź…"). Impersonal forms ("Prosimy
 * sprawdzić", "Można zamknąć") and "Pana/Pani" are fine. Buttons ("Wyślij odpowiedzi") name an
 * action on the page and follow the app's convention.
 */
const INFORMAL =
  /(?<![\p{L}])(jesteś|możesz|masz|chcesz|twój|twoja|twoje|twojego|twojej|twoich|twoim|twoimi|ciebie|cię|tobie|sprawdź|wpisz|popraw|spróbuj|odczekaj|skróć|wybierz|zaznacz|wyślij ponownie|zapraszamy cię)(?![\p{L}])/iu;

function strings(node: unknown, path: string): [string, string][] {
  if (typeof node === 'string') return [[path, node]];
  if (node && typeof node === 'object')
    return Object.entries(node).flatMap(([key, value]) => strings(value, path ? `${path}.${key}` : key));
  return [];
}

describe('respondent-facing Polish texts', () => {
  const texts = [...strings(surveys.respond, 'respond'), ...strings(surveys.demo, 'demo')];

  it('are many (the walk found the namespace)', () => {
    expect(texts.length).toBeGreaterThan(30);
  });

  it('use the formal register throughout', () => {
    expect(texts.filter(([, text]) => INFORMAL.test(text))).toEqual([]);
  });

  it('the check catches the informal forms it is meant for', () => {
    for (const text of ['nie zapisujemy, kim jesteś', 'Twoje odpowiedzi', 'Sprawdź formularz', 'Możesz teraz'])
      expect(text).toMatch(INFORMAL);
    for (const text of [
      'Pana/Pani odpowiedzi',
      'Prosimy sprawdzić formularz',
      'Można teraz zamknąć',
      'Wyślij odpowiedzi',
    ])
      expect(text).not.toMatch(INFORMAL);
  });
});
