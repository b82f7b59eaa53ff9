import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// Polish texts of the shipped frameworks must not carry English words of their English
// counterpart ("Ocena szczegółowa (fine-tuned)"). Words Polish uses itself are allowed.
const POLISH_TOO = new Set(['model', 'panel', 'system', 'element', 'mentoring', 'coaching', 'benchlearning']);

function englishLeftovers(value: unknown, found: string[] = []): string[] {
  if (!value || typeof value !== 'object') return found;
  const pair = value as { pl?: unknown; en?: unknown };
  if (typeof pair.pl === 'string' && typeof pair.en === 'string') {
    const english = new Set(pair.en.toLowerCase().match(/[a-z][a-z-]+/g) ?? []);
    for (const word of pair.pl.match(/[A-Za-z][a-z-]+/g) ?? [])
      if (word.length >= 4 && english.has(word.toLowerCase()) && !POLISH_TOO.has(word.toLowerCase()))
        found.push(`${word} in "${pair.pl}"`);
  }
  for (const child of Object.values(value)) englishLeftovers(child, found);
  return found;
}

describe('shipped frameworks', () => {
  for (const file of ['caf-2020.json', 'efqm-2025.json']) {
    it(`${file}: Polish texts are Polish`, () => {
      const framework = JSON.parse(readFileSync(new URL(`../../data/frameworks/${file}`, import.meta.url), 'utf8'));
      expect(englishLeftovers(framework)).toEqual([]);
    });
  }
});
