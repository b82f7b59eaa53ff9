import { describe, expect, it } from 'vitest';
import cafJson from '../../data/frameworks/caf-2020.json';
import efqmJson from '../../data/frameworks/efqm-2025.json';
import { type Framework, assessmentItems, bandOf, itemScoreBands, parseFramework } from './framework';

function load(json: unknown): Framework {
  const parsed = parseFramework(json);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors, null, 2));
  return parsed.framework;
}

// METHODS.md §1.2: the 28 CAF 2020 subcriteria, 4+4+3+6+3 enablers and 2+2+2+2 results.
const CAF_IDS = [
  '1.1',
  '1.2',
  '1.3',
  '1.4',
  '2.1',
  '2.2',
  '2.3',
  '2.4',
  '3.1',
  '3.2',
  '3.3',
  '4.1',
  '4.2',
  '4.3',
  '4.4',
  '4.5',
  '4.6',
  '5.1',
  '5.2',
  '5.3',
  '6.1',
  '6.2',
  '7.1',
  '7.2',
  '8.1',
  '8.2',
  '9.1',
  '9.2',
];

describe('data/frameworks/caf-2020.json', () => {
  const caf = load(cafJson);

  it('has the 9 criteria and exactly the 28 subcriteria of METHODS §1.2, in order', () => {
    expect(caf.criteria.map((c) => c.id)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9']);
    expect(assessmentItems(caf).map((i) => i.id)).toEqual(CAF_IDS);
    expect(caf.criteria.map((c) => c.subcriteria.length)).toEqual([4, 4, 3, 6, 3, 2, 2, 2, 2]);
  });

  it('criteria 1–5 are enablers and 6–9 results; each carries 100 of the 900 points', () => {
    expect(caf.criteria.map((c) => c.kind)).toEqual([...Array(5).fill('enabler'), ...Array(4).fill('result')]);
    expect(caf.criteria.every((c) => c.points === 100)).toBe(true);
    expect(caf.aggregation.maxTotal).toBe(900);
  });

  it.each([
    ['1', 'Leadership', 'Przywództwo'],
    ['6', 'Citizen/Customer-oriented Results', 'Wyniki działalności w relacjach z obywatelami/klientami'],
    ['8', 'Social Responsibility Results', 'Społeczne wyniki działalności'],
  ])('criterion %s is "%s" / "%s" (METHODS §1.2)', (id, en, pl) => {
    expect(caf.criteria.find((c) => c.id === id)!.title).toEqual({ en, pl });
  });

  it('every subcriterion has Polish and English titles and at least three examples in both languages', () => {
    for (const c of caf.criteria) {
      for (const s of c.subcriteria) {
        expect(s.title.pl.length, s.id).toBeGreaterThan(0);
        expect(s.examples.length, s.id).toBeGreaterThanOrEqual(3);
      }
    }
    expect(caf.criteria[0]!.subcriteria[0]!.title.pl).toBe(
      'Wytyczanie kierunku działania organizacji poprzez sformułowanie jej misji, wizji i wartości',
    );
  });

  it('says where its strings come from', () => {
    const provenances = new Set(caf.notes.map((n) => n.provenance));
    expect(provenances).toEqual(
      new Set([
        'methods',
        'methods-working-translation',
        'miernik-paraphrase',
        'miernik-translation',
        'miernik-convention',
      ]),
    );
  });

  it.each([
    // classical enablers panel (PDCA, cumulative) and results panel — METHODS §1.3
    ['1.1', 0, 'classical', undefined, 0, 10],
    ['1.1', 30, 'classical', 'PLAN', 11, 30],
    ['1.1', 31, 'classical', 'DO', 31, 50],
    ['2.3', 57, 'classical', 'CHECK', 51, 70],
    ['5.3', 90, 'classical', 'ACT', 71, 90],
    ['5.3', 91, 'classical', 'PDCA', 91, 100],
    ['9.2', 100, 'classical', undefined, 91, 100],
    ['6.1', 45, 'classical', undefined, 31, 50],
  ])('item %s, score %d in %s mode falls in band %s (%d–%d)', (itemId, score, mode, phase, min, max) => {
    const band = bandOf(itemScoreBands(caf, mode, itemId)!, score)!;
    expect([band.phase, band.min, band.max]).toEqual([phase, min, max]);
  });

  it('fine-tuned panels: PLAN/DO/CHECK/ACT for enablers, trend/targets for results; no bands for the mean', () => {
    const fine = caf.modes.find((m) => m.id === 'fine-tuned')!;
    expect(fine.panels.enabler!.components.map((c) => c.id)).toEqual(['plan', 'do', 'check', 'act']);
    expect(fine.panels.result!.components.map((c) => c.id)).toEqual(['trend', 'targets']);
    expect(itemScoreBands(caf, 'fine-tuned', '1.1')).toBeUndefined();
  });
});

describe('data/frameworks/efqm-2025.json', () => {
  const efqm = load(efqmJson);

  it('has 7 criteria worth 100/100/100/200/100/200/200 = 1000 points in 3 blocks of 200/400/400', () => {
    expect(efqm.criteria.map((c) => [c.id, c.points, c.group])).toEqual([
      ['1', 100, 'direction'],
      ['2', 100, 'direction'],
      ['3', 100, 'execution'],
      ['4', 200, 'execution'],
      ['5', 100, 'execution'],
      ['6', 200, 'results'],
      ['7', 200, 'results'],
    ]);
    expect(efqm.groups.map((g) => [g.id, g.points])).toEqual([
      ['direction', 200],
      ['execution', 400],
      ['results', 400],
    ]);
  });

  it('has 23 criterion parts, and criteria 6 and 7 are scored at criterion level', () => {
    expect(efqm.criteria.map((c) => c.subcriteria.length)).toEqual([5, 4, 5, 4, 5, 0, 0]);
    expect(assessmentItems(efqm)).toHaveLength(25);
    expect(
      assessmentItems(efqm)
        .slice(-2)
        .map((i) => [i.id, i.criterionId, i.kind]),
    ).toEqual([
      ['6', '6', 'result'],
      ['7', '7', 'result'],
    ]);
  });

  it('scores RADAR elements: Approaches, Deployment, Assessment & Refinement; Relevance & Usability, Performance', () => {
    const radar = efqm.modes.find((m) => m.id === 'radar')!;
    expect(radar.panels.enabler!.components.map((c) => c.id)).toEqual([
      'approaches',
      'deployment',
      'assessment-refinement',
    ]);
    expect(radar.panels.result!.components.map((c) => c.id)).toEqual(['relevance-usability', 'performance']);
    expect(radar.panels.result!.components[1]!.attributes!.map((a) => a.id)).toEqual([
      'trends',
      'targets',
      'comparisons',
      'causes-confidence',
    ]);
  });
});

/** A small valid framework to break in one place at a time. */
function tiny(): Record<string, unknown> {
  const t = (en: string) => ({ en, pl: en });
  return {
    schemaVersion: 1,
    id: 'tiny',
    version: '1',
    title: t('Tiny'),
    notes: [],
    sources: [],
    kinds: [
      { id: 'enabler', title: t('Enablers') },
      { id: 'result', title: t('Results') },
    ],
    modes: [
      {
        id: 'classical',
        title: t('Classical'),
        panels: {
          enabler: {
            combine: 'mean',
            components: [
              {
                id: 'score',
                title: t('Score'),
                min: 0,
                max: 100,
                step: 1,
                bands: [
                  { min: 0, max: 49, description: t('low') },
                  { min: 50, max: 100, description: t('high') },
                ],
              },
            ],
          },
          result: { combine: 'mean', components: [{ id: 'score', title: t('Score'), min: 0, max: 100 }] },
        },
      },
    ],
    criteria: [
      {
        id: 'A',
        kind: 'enabler',
        points: 60,
        title: t('A'),
        subcriteria: [
          { id: 'A.1', title: t('A.1') },
          { id: 'A.2', title: t('A.2') },
        ],
      },
      { id: 'B', kind: 'result', points: 40, title: t('B'), subcriteria: [] },
    ],
    aggregation: {
      subcriteria: 'mean',
      total: 'sum-of-criterion-points',
      maxTotal: 100,
      totalLabel: t('Total'),
      averageLabel: t('Average'),
    },
  };
}

type Mutation = (f: any) => void; // eslint-disable-line @typescript-eslint/no-explicit-any

describe('parseFramework', () => {
  it('accepts the tiny framework and fills defaults', () => {
    const f = load(tiny());
    expect(f.groups).toEqual([]);
    expect(f.criteria[0]!.subcriteria[0]!.examples).toEqual([]);
    expect(f.modes[0]!.panels.enabler!.components[0]!.selection).toBe('score');
  });

  it.each<[string, string, RegExp, Mutation]>([
    [
      'missing Polish title',
      'criteria[0].subcriteria[1].title.pl',
      /./,
      (f) => {
        delete f.criteria[0].subcriteria[1].title.pl;
      },
    ],
    [
      'duplicate item id',
      'criteria',
      /duplicate criterion\/subcriterion id "A.1"/,
      (f) => {
        f.criteria[0].subcriteria[1].id = 'A.1';
      },
    ],
    [
      'criterion id clashing with a subcriterion',
      'criteria',
      /duplicate .*"A.2"/,
      (f) => {
        f.criteria[1].id = 'A.2';
      },
    ],
    [
      'unknown kind',
      'criteria[1].kind',
      /unknown kind "outcome"/,
      (f) => {
        f.criteria[1].kind = 'outcome';
      },
    ],
    [
      'unknown group',
      'criteria[1].group',
      /unknown group/,
      (f) => {
        f.criteria[1].group = 'direction';
      },
    ],
    [
      'points not summing to maxTotal',
      'aggregation.maxTotal',
      /sum to 110, not 100/,
      (f) => {
        f.criteria[1].points = 50;
      },
    ],
    [
      'no panel for a kind',
      'modes[0].panels',
      /no panel for kind "result"/,
      (f) => {
        delete f.modes[0].panels.result;
      },
    ],
    [
      'panel for an unknown kind',
      'modes[0].panels.other',
      /unknown kind "other"/,
      (f) => {
        f.modes[0].panels.other = f.modes[0].panels.result;
      },
    ],
    [
      'component not on a 0–100 scale',
      'modes[0].panels.result.components[0].max',
      /./,
      (f) => {
        f.modes[0].panels.result.components[0].max = 5;
      },
    ],
    [
      'gap between bands',
      'modes[0].panels.enabler.components[0].bands[1].min',
      /gap between 49 and 52/,
      (f) => {
        f.modes[0].panels.enabler.components[0].bands[1].min = 52;
      },
    ],
    [
      'overlapping bands',
      'modes[0].panels.enabler.components[0].bands[1].min',
      /inside the previous band/,
      (f) => {
        f.modes[0].panels.enabler.components[0].bands[1].min = 40;
      },
    ],
    [
      'bands not reaching max',
      'modes[0].panels.enabler.components[0].bands[1].max',
      /end at the component's max 100/,
      (f) => {
        f.modes[0].panels.enabler.components[0].bands[1].max = 90;
      },
    ],
    [
      'bands without a step must touch',
      'modes[0].panels.enabler.components[0].bands[1].min',
      /belong to no band/,
      (f) => {
        delete f.modes[0].panels.enabler.components[0].step;
      },
    ],
    [
      'band-value selection without values',
      'modes[0].panels.enabler.components[0].bands[0].value',
      /needs a value/,
      (f) => {
        f.modes[0].panels.enabler.components[0].selection = 'band-value';
      },
    ],
    [
      'weighted mean without weights',
      'criteria[0].subcriteria[0].weight',
      /needs a weight/,
      (f) => {
        f.aggregation.subcriteria = 'weighted-mean';
      },
    ],
    [
      'weight that mean would ignore',
      'criteria[0].subcriteria[0].weight',
      /would be ignored/,
      (f) => {
        f.criteria[0].subcriteria[0].weight = 2;
      },
    ],
    [
      'unknown total rule',
      'aggregation.total',
      /./,
      (f) => {
        f.aggregation.total = 'sum-of-subcriteria';
      },
    ],
    [
      'unknown field',
      'criteria[0]',
      /colour/,
      (f) => {
        f.criteria[0].colour = 'red';
      },
    ],
  ])('%s → error at %s', (_name, path, message, mutate) => {
    const json = tiny();
    mutate(json);
    const parsed = parseFramework(json);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.errors).toContainEqual({ path, message: expect.stringMatching(message) });
  });

  it('lists every problem, not just the first', () => {
    const json = tiny() as any; // eslint-disable-line @typescript-eslint/no-explicit-any
    json.criteria[1].kind = 'outcome';
    json.criteria[1].points = 50;
    const parsed = parseFramework(json);
    expect(parsed.ok ? [] : parsed.errors.map((e) => e.path)).toEqual(['criteria[1].kind', 'aggregation.maxTotal']);
  });

  it('rejects something that is not a framework at all', () => {
    const parsed = parseFramework('CAF');
    expect(parsed.ok).toBe(false);
    expect(parsed.ok ? null : parsed.errors[0]!.path).toBe('');
  });
});
