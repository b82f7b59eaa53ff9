import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// Every text exists in both languages, and no Polish screen falls back to an English string.
const dir = new URL('../web/src/locales/', import.meta.url);
const files = readdirSync(new URL('pl/', dir)).filter((f) => f.endsWith('.json'));
const PLURAL = /_(zero|one|two|few|many|other)$/;

function flatten(value: unknown, prefix = '', out = new Map<string, string>()): Map<string, string> {
  if (typeof value === 'string') out.set(prefix, value);
  else if (value && typeof value === 'object')
    for (const [key, child] of Object.entries(value)) flatten(child, prefix ? `${prefix}.${key}` : key, out);
  return out;
}

const load = (lang: string, file: string) =>
  flatten(JSON.parse(readFileSync(new URL(`${lang}/${file}`, dir), 'utf8')) as unknown);
const keysOf = (texts: Map<string, string>) => new Set([...texts.keys()].map((k) => k.replace(PLURAL, '')));

/** Texts that are the same in both languages: names, symbols, and words Polish shares with English. */
const SAME_IN_BOTH = new Set(
  'system Minimum Model Administrator Juror Problem DEMO Plan Status Menu n Operator E-mail Monitoring sport KB'
    .split(' ')
    .concat(['GUS BDL', 'GUS BDL API', 'min–max (0–1)', 'Top-2-box']),
);
/** What is left of a text without its {{placeholders}}, digits and punctuation. */
const words = (text: string) =>
  text
    .replace(/\{\{[^}]+\}\}/g, ' ')
    .replace(/[^\p{L}\s-]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();

describe('locale files', () => {
  it('pl and en have the same files', () => {
    expect(
      readdirSync(new URL('en/', dir))
        .filter((f) => f.endsWith('.json'))
        .sort(),
    ).toEqual([...files].sort());
  });

  for (const file of files) {
    it(`${file}: every key in both languages (plural forms aside)`, () => {
      const pl = keysOf(load('pl', file));
      const en = keysOf(load('en', file));
      expect(
        [...pl].filter((k) => !en.has(k)),
        'missing in en',
      ).toEqual([]);
      expect(
        [...en].filter((k) => !pl.has(k)),
        'missing in pl',
      ).toEqual([]);
    });

    it(`${file}: no Polish text left in English`, () => {
      const pl = load('pl', file);
      const en = load('en', file);
      const untranslated = [...pl].filter(
        ([k, text]) =>
          en.get(k) === text && words(text) !== '' && !SAME_IN_BOTH.has(words(text)) && !SAME_IN_BOTH.has(text.trim()),
      );
      expect(untranslated.map(([k, text]) => `${k}: ${text}`)).toEqual([]);
    });
  }
});
