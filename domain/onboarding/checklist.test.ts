import { describe, expect, it } from 'vitest';
import { buildChecklist } from './checklist';

const empty = { units: 0, peopleWithRoles: 0, groups: 0, rounds: 0, surveyWaves: 0, assessments: 0 };

describe('buildChecklist', () => {
  it('on a fresh install with the register loaded, the next step is the people', () => {
    const list = buildChecklist({ ...empty, units: 2477 });
    expect(list.items.map((i) => [i.step, i.done])).toEqual([
      ['units', true],
      ['people', false],
      ['group', false],
      ['round', false],
      ['survey', false],
      ['assessment', false],
    ]);
    expect(list.next).toBe('people');
    expect(list.done).toBe(1);
    expect(list.total).toBe(6);
  });

  it('points at the first missing step even when later ones are done', () => {
    const list = buildChecklist({ ...empty, units: 10, peopleWithRoles: 3, groups: 0, rounds: 2 });
    expect(list.next).toBe('group');
    expect(list.done).toBe(3);
    expect(list.items.find((i) => i.step === 'round')).toEqual({ step: 'round', count: 2, done: true });
  });

  it('has no next step when everything is done', () => {
    const all = { units: 1, peopleWithRoles: 1, groups: 1, rounds: 1, surveyWaves: 1, assessments: 1 };
    expect(buildChecklist(all)).toMatchObject({ next: null, done: 6, total: 6 });
  });
});
