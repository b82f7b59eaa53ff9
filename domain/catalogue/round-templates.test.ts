import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseRoundTemplates, templateRules } from './round-templates';

const read = (file: string) =>
  JSON.parse(readFileSync(new URL(`../../data/catalogue/${file}`, import.meta.url), 'utf8')) as unknown;
const variables = read('variables.json') as { code: string; plausibility?: object; bdl?: object }[];
const rules = read('rules.json') as { code: string; left: string; right: string }[];

describe('shipped round templates', () => {
  const parsed = parseRoundTemplates(read('round-templates.json'), variables);

  it('parse against the catalogue without a problem: one each for education, county roads, health and administration', () => {
    expect(parsed).toMatchObject({ ok: true });
    if (!parsed.ok) return;
    expect(parsed.templates.map((t) => [t.id, t.area])).toEqual([
      ['education', 'education'],
      ['county-roads', 'roads'],
      ['health', 'health'],
      ['administration', 'administration'],
    ]);
    // County roads go to counties (and cities with county status, which run county roads).
    expect(parsed.templates[1]!.unitKinds).toEqual(['county', 'city-county']);
    // Polish instructions, written for the people who fill in the form.
    for (const t of parsed.templates) expect(t.instructions.pl).toMatch(/[ąćęłńóśźż]/);
  });

  it('bring the catalogue cross-field rules of their variables (read from rules.json by hand)', () => {
    if (!parsed.ok) throw new Error('templates did not parse');
    const roads = parsed.templates.find((t) => t.id === 'county-roads')!;
    expect(templateRules(roads, rules).map((r) => r.code)).toEqual(['roads_good_le_roads']);
    const health = parsed.templates.find((t) => t.id === 'health')!;
    expect(templateRules(health, rules).map((r) => r.code)).toEqual(['programme_participants_le_target']);
    const admin = parsed.templates.find((t) => t.id === 'administration')!;
    expect(templateRules(admin, rules).map((r) => r.code)).toContain('decisions_after_deadline_le_issued');
  });
});

describe('parseRoundTemplates refuses', () => {
  const vars = [
    { code: 'road_length_km', plausibility: { nonNegative: true } },
    { code: 'unchecked' },
    {
      code: 'population_working_age',
      plausibility: { nonNegative: true },
      bdl: { file: 'x.csv', labels: [], measure: '' },
    },
  ];
  const template = {
    id: 'roads',
    area: 'roads',
    names: { pl: 'Drogi', en: 'Roads' },
    unitKinds: ['county'],
    instructions: { pl: 'Podaj długość dróg.', en: 'Give the road length.' },
  };

  it('an unknown variable, one without checks, one BDL fills, a duplicate — each named', () => {
    const result = parseRoundTemplates(
      [
        {
          ...template,
          variableCodes: ['road_length_km', 'road_length_km', 'nope', 'unchecked', 'population_working_age'],
        },
      ],
      vars,
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => p.message)).toEqual([
      'road_length_km is listed twice',
      'nope is not a catalogue variable',
      'unchecked has no plausibility check',
      'population_working_age comes from BDL; collect only what no public source holds',
    ]);
  });

  it('a shape error names the path, and a repeated id', () => {
    const bad = parseRoundTemplates([{ ...template, area: 'astrology', variableCodes: ['road_length_km'] }], vars);
    expect(bad).toMatchObject({ ok: false, problems: [{ template: '0' }] });
    const twice = parseRoundTemplates(
      [
        { ...template, variableCodes: ['road_length_km'] },
        { ...template, variableCodes: ['road_length_km'] },
      ],
      vars,
    );
    expect(twice).toEqual({ ok: false, problems: [{ template: 'roads', message: 'the id is used twice' }] });
  });
});
