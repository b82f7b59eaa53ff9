import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { AUDIT_ACTIONS, AUDIT_ENTITY_TYPES } from './vocabulary';

type AuditLocale = { entityTypes: Record<string, string>; actions: Record<string, string> };
const locale = (lang: 'pl' | 'en'): AuditLocale =>
  JSON.parse(readFileSync(new URL(`../../web/src/locales/${lang}/audit.json`, import.meta.url), 'utf8')) as AuditLocale;

// `audit.record` accepts only these codes (its type), so this is every code the log can hold.
describe('the audit vocabulary', () => {
  it.each(['pl', 'en'] as const)('names every entity type and action in %s, and nothing else', (lang) => {
    const { entityTypes, actions } = locale(lang);
    const missing = [
      ...AUDIT_ENTITY_TYPES.filter((code) => !entityTypes[code]?.trim()),
      ...AUDIT_ACTIONS.filter((code) => !actions[code]?.trim()),
    ];
    expect(missing).toEqual([]);
    expect(Object.keys(entityTypes).sort()).toEqual([...AUDIT_ENTITY_TYPES].sort());
    expect(Object.keys(actions).sort()).toEqual([...AUDIT_ACTIONS].sort());
  });

  it('never shows a code as its own label, and Polish and English differ where they should', () => {
    const pl = locale('pl');
    const en = locale('en');
    for (const code of AUDIT_ACTIONS) {
      expect(pl.actions[code]).not.toBe(code);
      expect(pl.actions[code]).not.toBe(en.actions[code]);
    }
    expect(pl.entityTypes['survey-wave']).toBe('fala ankiety');
    expect(pl.actions['plan.action.create']).toBe('dodanie działania do planu');
  });

  it('lists each code once', () => {
    expect(new Set(AUDIT_ACTIONS).size).toBe(AUDIT_ACTIONS.length);
    expect(new Set(AUDIT_ENTITY_TYPES).size).toBe(AUDIT_ENTITY_TYPES.length);
  });
});
