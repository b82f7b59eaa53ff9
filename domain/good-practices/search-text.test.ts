import { describe, expect, it } from 'vitest';
import { highlight, normalizeTerm, searchTerms } from './search-text';

describe('normalizeTerm', () => {
  it('gives "szkoła" the same term as its inflected forms "szkołach" and "szkół"', () => {
    const base = normalizeTerm('szkoła');
    expect(base).not.toBeNull();
    for (const form of ['szkołach', 'szkół', 'szkoły', 'szkole', 'szkołą', 'Szkoła', 'SZKOŁACH'])
      expect(normalizeTerm(form), form).toBe(base);
  });

  it('ignores diacritics typed or not', () => {
    expect(normalizeTerm('szkolach')).toBe(normalizeTerm('szkołach'));
    expect(normalizeTerm('szkol')).toBe(normalizeTerm('szkół'));
    expect(normalizeTerm('budzet')).toBe(normalizeTerm('budżet'));
    expect(normalizeTerm('budżetu')).toBe(normalizeTerm('budzet'));
    expect(normalizeTerm('drog')).toBe(normalizeTerm('dróg'));
    expect(normalizeTerm('drogach')).toBe(normalizeTerm('dróg'));
    expect(normalizeTerm('partycypacji')).toBe(normalizeTerm('partycypacja'));
  });

  it('keeps unrelated words apart', () => {
    expect(normalizeTerm('szkoła')).not.toBe(normalizeTerm('droga'));
    expect(normalizeTerm('budżet')).not.toBe(normalizeTerm('transport'));
  });

  it('drops one-letter words and stopwords, keeps numbers as typed', () => {
    expect(normalizeTerm('w')).toBeNull();
    expect(normalizeTerm('oraz')).toBeNull();
    expect(normalizeTerm('się')).toBeNull();
    expect(normalizeTerm('2024')).toBe('2024');
  });
});

describe('searchTerms', () => {
  it('splits on anything but letters and digits, any script', () => {
    expect(searchTerms('Szkoły, drogi i budżet-2024!')).toEqual([
      normalizeTerm('szkoły'),
      normalizeTerm('drogi'),
      normalizeTerm('budżet'),
      '2024',
    ]);
  });
  it('treats HTML as text: tags are not words that hide the rest', () => {
    expect(searchTerms('<b>szkołach</b>')).toContain(normalizeTerm('szkoła'));
  });
});

describe('highlight', () => {
  it('marks every inflected form of the query term', () => {
    const terms = new Set([normalizeTerm('szkoła')!]);
    expect(highlight('Nowe zajęcia w szkołach i w jednej szkole.', terms)).toEqual([
      { text: 'Nowe zajęcia w ', match: false },
      { text: 'szkołach', match: true },
      { text: ' i w jednej ', match: false },
      { text: 'szkole', match: true },
      { text: '.', match: false },
    ]);
  });

  it('returns null without a match and cuts long texts around the first match on word boundaries', () => {
    const terms = new Set([normalizeTerm('szkoła')!]);
    expect(highlight('Drogi gminne', terms)).toBeNull();
    const long = `${'słowo '.repeat(100)}szkół ${'koniec '.repeat(100)}`;
    const segments = highlight(long, terms, { maxLength: 60 })!;
    expect(segments[0]!.text.startsWith('…')).toBe(true);
    expect(segments.at(-1)!.text.endsWith('…')).toBe(true);
    expect(segments.find((s) => s.match)?.text).toBe('szkół');
    const shown = segments.map((s) => s.text).join('');
    expect(shown.length).toBeLessThanOrEqual(62);
    expect(shown).toMatch(/^…słowo /);
  });

  it('marks prefix matches', () => {
    expect(highlight('Szkolnictwo zawodowe', new Set(), { prefixes: ['szkol'] })).toEqual([
      { text: 'Szkolnictwo', match: true },
      { text: ' zawodowe', match: false },
    ]);
  });
});
