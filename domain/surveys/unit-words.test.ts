import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fillUnitWords, unitWords } from './unit-words';

const resident = JSON.parse(
  readFileSync(join(import.meta.dirname, '../../data/surveys/resident-opinion.json'), 'utf8'),
) as { form: unknown };

/** Every Polish (default) and English text of a form, in order. */
function texts(json: unknown, language: 'pl' | 'en'): string[] {
  const out: string[] = [];
  const walk = (value: unknown, key: string | null) => {
    if (typeof value === 'string') {
      if ((language === 'en') === (key === 'en')) out.push(value);
    } else if (Array.isArray(value)) value.forEach((v) => walk(v, null));
    else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, k);
  };
  walk(json, null);
  return out;
}

describe('unitWords', () => {
  it.each([
    ['municipality-rural', 'naszej gminie', 'gminy', 'urzędzie gminy'],
    ['municipality-urban-rural', 'naszej gminie', 'gminy', 'urzędzie miasta i gminy'],
    ['municipality-urban', 'naszym mieście', 'miasta', 'urzędzie miasta'],
    ['city-county', 'naszym mieście', 'miasta', 'urzędzie miasta'],
    ['county', 'naszym powiecie', 'powiatu', 'starostwie powiatowym'],
    ['voivodeship', 'naszym województwie', 'województwa', 'urzędzie marszałkowskim'],
    ['test-unit', 'naszej jednostce', 'jednostki', 'urzędzie'],
  ])('%s → %s, %s, %s', (kind, locative, genitive, office) => {
    const words = unitWords(kind, 'pl');
    expect([words.jednostka_miejscownik, words.jednostka_dopelniacz, words.urzad_miejscownik]).toEqual([
      locative,
      genitive,
      office,
    ]);
  });
});

describe('fillUnitWords', () => {
  const form = {
    title: { default: 'Życie w {jednostka_miejscownik}', en: 'Life in {jednostka_miejscownik}' },
    description: 'Rozwój {jednostka_dopelniacz}; {q1} zostaje',
    choices: [{ value: 1, text: { default: 'Sprawy w {urzad_miejscownik}', en: 'At the {urzad_miejscownik}' } }],
  };

  it('fills Polish texts in Polish and English ones in English, leaving answer piping alone', () => {
    expect(fillUnitWords(form, 'county')).toEqual({
      title: { default: 'Życie w naszym powiecie', en: 'Life in our county' },
      description: 'Rozwój powiatu; {q1} zostaje',
      choices: [{ value: 1, text: { default: 'Sprawy w starostwie powiatowym', en: 'At the county office' } }],
    });
    // The input is not changed: a cached template serves every unit.
    expect(form.title.default).toBe('Życie w {jednostka_miejscownik}');
  });

  it('makes the shipped resident survey of a powiat ask about the powiat, not "naszej gminie"', () => {
    const filled = fillUnitWords(resident.form, 'county');
    const pl = texts(filled, 'pl').join('\n');
    const en = texts(filled, 'en').join('\n');
    expect(pl).not.toMatch(/gmin/i);
    expect(en).not.toMatch(/municipal/i);
    expect(pl).toContain('z mieszkania w naszym powiecie?');
    expect(pl).toContain('Czy Pana/Pani zdaniem powiat rozwija się we właściwym kierunku?');
    expect(pl).toContain('Załatwianie spraw w starostwie powiatowym');
    expect(`${pl}\n${en}`).not.toMatch(/\{(jednostka|urzad)_/);
  });

  it('keeps the gmina wording for a gmina', () => {
    const pl = texts(fillUnitWords(resident.form, 'municipality-rural'), 'pl').join('\n');
    expect(pl).toContain('z mieszkania w naszej gminie?');
    expect(pl).toContain('przekazać władzom gminy?');
  });
});
