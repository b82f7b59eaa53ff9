// The templates shipped in data/surveys: each must load, validate without warnings, accept a full
// synthetic response and reject an invalid one.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateResponse } from './answers';
import { formQuestionsOf } from './form';
import { generateSyntheticResponses } from './synthetic';
import { favourableValues, validateTemplate, type SurveyTemplate } from './template';

const DIR = join(import.meta.dirname, '../../data/surveys');
const files = readdirSync(DIR)
  .filter((f) => f.endsWith('.json'))
  .sort();
const load = (file: string): unknown => JSON.parse(readFileSync(join(DIR, file), 'utf8'));
const template = (file: string) => load(file) as SurveyTemplate;

it('ships one template per kind', () => {
  expect(files).toEqual([
    'business-climate.json',
    'customer-office.json',
    'employee-satisfaction.json',
    'ngo-cooperation.json',
    'resident-opinion.json',
  ]);
  expect(files.map((f) => template(f).kind).sort()).toEqual(['business', 'customer', 'employee', 'ngo', 'resident']);
});

/** Every string in a template, wherever it sits (titles, choices, descriptions, in both languages). */
function stringsOf(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(stringsOf);
  if (value && typeof value === 'object') return Object.values(value).flatMap(stringsOf);
  return [];
}

describe.each(files)('%s', (file) => {
  it('names the unit only through the unit-word placeholders, so it reads right in a gmina, a city, a powiat or a region (#19)', () => {
    // "odpady komunalne" / "municipal waste" are the legal name of a service, not the unit.
    const named = stringsOf(load(file)).filter((s) =>
      /\b(gmin|powiat|miast[aoy]?\b|województw|starostw|municipal(?!\s+waste)|municipality|county)/i.test(s),
    );
    expect(named).toEqual([]);
  });

  it('passes validateTemplate with no problems and no warnings', () => {
    const result = validateTemplate(load(file));
    expect(result.ok ? [] : result.problems).toEqual([]);
    expect(result.warnings).toEqual([]);
  });

  it('is named by its id, and has a headline question with favourable values', () => {
    const tpl = template(file);
    expect(`${tpl.id}.json`).toBe(file);
    const headlines = tpl.questions.filter((q) => q.headline);
    expect(headlines.length).toBeGreaterThan(0);
    for (const h of headlines) expect(favourableValues(h)).not.toBeNull();
  });

  it('accepts full synthetic responses (every visible question answered)', () => {
    const tpl = template(file);
    const all = generateSyntheticResponses(tpl, {
      seed: 'full',
      count: 10,
      skipRate: 0,
      commentRate: 1,
      noOpinionRate: 0,
    });
    for (const response of all) {
      expect(validateResponse(tpl, response.answers)).toEqual({ ok: true, answers: response.answers, dropped: [] });
    }
    const answered = new Set(all.flatMap((r) => Object.keys(r.answers)));
    // Every question appears in some response except those hidden by a condition in all ten.
    expect(answered.size).toBeGreaterThan(formQuestionsOf(tpl.form)!.length * 0.6);
  });

  it('rejects an invalid response, listing every field', () => {
    const tpl = template(file);
    const [valid] = generateSyntheticResponses(tpl, { seed: 'invalid', count: 1, skipRate: 0 });
    const headline = tpl.questions.find((q) => q.headline)!.name;
    const rating = tpl.questions.find(
      (q) => q.scale !== undefined && q.name !== headline && valid!.answers[q.name] !== undefined,
    )!;
    const broken: Record<string, unknown> = {
      ...valid!.answers,
      [rating.name]: rating.scale!.max + 1,
      notAQuestion: 'x',
    };
    delete broken[headline];
    const result = validateResponse(tpl, broken);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.errors.map((e) => [e.question, e.code]).sort()).toEqual(
        [
          [headline, 'required'],
          [rating.name, 'not-a-choice'],
          ['notAQuestion', 'unknown-question'],
        ].sort(),
      );
    }
  });
});

describe('content follows METHODS §3.1 and §3.7', () => {
  it('customer: the five CMT drivers, the channel list, an overall headline on 1–5 with [4, 5]', () => {
    const tpl = template('customer-office.json');
    const names = tpl.questions.map((q) => q.name);
    for (const driver of ['timeliness', 'knowledge', 'courtesy', 'fairness', 'outcome'])
      expect(names).toContain(driver);
    const channel = formQuestionsOf(tpl.form)!.find((q) => q.name === 'channel')!;
    expect(channel.values).toEqual(['inPerson', 'phone', 'email', 'epuap', 'other']);
    expect(tpl.questions.find((q) => q.headline)).toMatchObject({
      name: 'overall',
      scale: { min: 1, max: 5 },
      satisfiedValues: [4, 5],
      // data/catalogue: customer_satisfaction_share = customer_survey_satisfied / customer_survey_respondents × 100
      catalogueVariables: { satisfied: 'customer_survey_satisfied', respondents: 'customer_survey_respondents' },
    });
  });

  it('employee: the CAF 7.1 blocks as dimensions, with a reverse-coded item', () => {
    const tpl = template('employee-satisfaction.json');
    expect(tpl.dimensions!.map((d) => d.id)).toEqual([
      'organisation',
      'management',
      'conditions',
      'development',
      'communication',
    ]);
    expect(tpl.questions.filter((q) => q.reverseCoded).map((q) => q.name)).toEqual(['condStress']);
  });

  it('resident: the 4-point scale with a "don\'t know" code excluded from denominators', () => {
    const tpl = template('resident-opinion.json');
    const scaled = tpl.questions.filter((q) => q.scale !== undefined);
    expect(scaled.every((q) => q.scale!.max === 4 && q.noOpinionValues?.includes('dk'))).toBe(true);
    expect(tpl.dimensions!.map((d) => d.id)).toEqual(['living', 'services']);
  });
});
