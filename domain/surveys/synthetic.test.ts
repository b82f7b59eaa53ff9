import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateResponse } from './answers';
import { headlineFigures } from './results';
import { type Published } from './suppression';
import { generateSyntheticResponses } from './synthetic';
import { type SurveyTemplate } from './template';
import { type ProportionEstimate } from './statistics';

const load = (id: string) =>
  JSON.parse(readFileSync(join(import.meta.dirname, '../../data/surveys', `${id}.json`), 'utf8')) as SurveyTemplate;
const customer = load('customer-office');
const employee = load('employee-satisfaction');

describe('generateSyntheticResponses', () => {
  it('is deterministic for a seed and differs between seeds', () => {
    const a = generateSyntheticResponses(customer, { seed: 42, count: 20 });
    expect(generateSyntheticResponses(customer, { seed: 42, count: 20 })).toEqual(a);
    expect(generateSyntheticResponses(customer, { seed: 43, count: 20 })).not.toEqual(a);
  });

  it.each([[0], [-3], [7]])('returns max(0, %i) responses, all marked synthetic', (count) => {
    const rs = generateSyntheticResponses(customer, { seed: 1, count });
    expect(rs).toHaveLength(Math.max(0, count));
    expect(rs.every((r) => r.synthetic === true)).toBe(true);
  });

  it.each(['business-climate', 'customer-office', 'employee-satisfaction', 'ngo-cooperation', 'resident-opinion'])(
    'every response for %s passes validateResponse unchanged',
    (id) => {
      const tpl = load(id);
      for (const seed of [1, 'b']) {
        for (const r of generateSyntheticResponses(tpl, { seed, count: 15 })) {
          expect(validateResponse(tpl, r.answers)).toEqual({ ok: true, answers: r.answers, dropped: [] });
        }
      }
    },
  );

  it('honours visibleIf: waiting time only for in-person visits', () => {
    const rs = generateSyntheticResponses(customer, { seed: 3, count: 60 });
    for (const r of rs) if (r.answers.waitingTime !== undefined) expect(r.answers.channel).toBe('inPerson');
    expect(rs.some((r) => r.answers.waitingTime !== undefined)).toBe(true);
  });

  it('marks every free text as demo data', () => {
    const texts = generateSyntheticResponses(customer, { seed: 4, count: 40, commentRate: 1 }).map(
      (r) => r.answers.improvement,
    );
    expect(texts.length).toBe(40);
    expect(texts.every((text) => typeof text === 'string' && text.startsWith('[demo] '))).toBe(true);
  });

  it('a positive shift gives a better wave', () => {
    const share = (shift: number) => {
      const result = headlineFigures(customer, generateSyntheticResponses(customer, { seed: 5, count: 120, shift }));
      if (!result.ok) throw new Error();
      return (result.value[0]!.result as Published<ProportionEstimate>).figures.estimate;
    };
    const low = share(-0.5);
    const mid = share(0);
    const high = share(0.5);
    expect(low).toBeLessThan(mid);
    expect(mid).toBeLessThan(high);
    expect(mid).toBeGreaterThan(0.4);
    expect(mid).toBeLessThan(0.85);
  });

  it('mirrors reverse-coded items: raw stress runs against overall satisfaction', () => {
    const rs = generateSyntheticResponses(employee, { seed: 6, count: 150 }).filter(
      (r) => typeof r.answers.condStress === 'number',
    );
    const pairs = rs.map((r) => [r.answers.overall as number, r.answers.condStress as number]);
    const mean = (i: number) => pairs.reduce((s, p) => s + p[i]!, 0) / pairs.length;
    const covariance = pairs.reduce((s, p) => s + (p[0]! - mean(0)) * (p[1]! - mean(1)), 0);
    expect(covariance).toBeLessThan(0);
  });
});
