import { describe, expect, it } from 'vitest';
import cafJson from '../../data/frameworks/caf-2020.json';
import { isReadyForConsensus, summariseDisagreement, type IndividualScore } from './consensus';
import { type Framework, itemScoreBands, parseFramework } from './framework';

const parsed = parseFramework(cafJson);
if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
const caf: Framework = parsed.framework;
const cafBands = (itemId: string) => itemScoreBands(caf, 'classical', itemId);

const MEMBERS = ['anna', 'bartek', 'celina', 'darek', 'ewa'];
const scoresOf = (itemId: string, scores: number[], members = MEMBERS): IndividualScore[] =>
  scores.map((score, i) => ({ memberId: members[i]!, itemId, score }));

describe('summariseDisagreement', () => {
  const group = [
    // 1.1: sorted 35 40 55 60 70 → min 35, max 70, median 55, mean 260/5 = 52, spread 35;
    //      deviations −17 −12 3 8 18, squares 289 + 144 + 9 + 64 + 324 = 830, SD = √(830/4) = √207.5
    ...scoresOf('1.1', [40, 55, 60, 70, 35]),
    // 6.2: 42 44 46 44 44 → mean 44, median 44, spread 4, SD = √((4 + 0 + 4 + 0 + 0)/4) = √2; all in 31–50
    ...scoresOf('6.2', [42, 44, 46, 44, 44]),
    // 2.1: 20 25 30 35 40 → mean 30, median 30, spread 20, SD = √(250/4) = √62.5;
    //      20–30 lie in PLAN (11–30), 35–40 in DO (31–50): crosses a band boundary
    ...scoresOf('2.1', [20, 25, 30, 35, 40]),
  ];

  it('computes min, max, median, mean, spread and SD per subcriterion, largest disagreement first', () => {
    const result = summariseDisagreement(group, { bandsFor: cafBands });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(
      result.items.map((i) => [
        i.itemId,
        i.n,
        i.min,
        i.max,
        i.median,
        i.mean,
        i.spread,
        i.crossesBands,
        i.needsDiscussion,
      ]),
    ).toEqual([
      ['1.1', 5, 35, 70, 55, 52, 35, true, true],
      ['2.1', 5, 20, 40, 30, 30, 20, true, true],
      ['6.2', 5, 42, 46, 44, 44, 4, false, false],
    ]);
    expect(result.items.map((i) => i.standardDeviation)).toEqual([Math.sqrt(207.5), Math.sqrt(62.5), Math.sqrt(2)]);
    expect(result.items[0]!.scores.map((s) => s.memberId)).toEqual(['ewa', 'anna', 'bartek', 'celina', 'darek']);
  });

  it('without bands only the spread threshold flags (default 30 points), and the threshold is configurable', () => {
    const byDefault = summariseDisagreement(group);
    expect(byDefault.ok && byDefault.items.map((i) => [i.itemId, i.crossesBands, i.needsDiscussion])).toEqual([
      ['1.1', null, true],
      ['2.1', null, false],
      ['6.2', null, false],
    ]);
    const stricter = summariseDisagreement(group, { discussionSpread: 20 });
    expect(stricter.ok && stricter.items.map((i) => i.needsDiscussion)).toEqual([true, true, false]);
    const looser = summariseDisagreement(group, { discussionSpread: 36 });
    expect(looser.ok && looser.items.map((i) => i.needsDiscussion)).toEqual([false, false, false]);
  });

  it.each<[string, IndividualScore[], string[]]>([
    // equal spread 30: SD decides — 0 30 30 (mean 20, SD √(600/2) = 17.32) before 0 15 30 (mean 15, SD √(450/2) = 15)
    [
      'equal spread → larger SD first',
      [...scoresOf('3.2', [0, 15, 30]), ...scoresOf('3.1', [0, 30, 30])],
      ['3.1', '3.2'],
    ],
    // equal spread and SD: natural id order, 4.2 before 4.10
    [
      'equal spread and SD → natural id order',
      [...scoresOf('4.10', [10, 20]), ...scoresOf('4.2', [10, 20])],
      ['4.2', '4.10'],
    ],
  ])('%s', (_name, scores, order) => {
    const result = summariseDisagreement(scores);
    expect(result.ok && result.items.map((i) => i.itemId)).toEqual(order);
  });

  it('works for a single assessor: no spread, no SD', () => {
    const result = summariseDisagreement([{ memberId: 'anna', itemId: '5.1', score: 64 }]);
    expect(result.ok && result.items).toEqual([
      {
        itemId: '5.1',
        n: 1,
        min: 64,
        max: 64,
        median: 64,
        mean: 64,
        spread: 0,
        standardDeviation: null,
        crossesBands: null,
        needsDiscussion: false,
        scores: [{ memberId: 'anna', score: 64 }],
      },
    ]);
  });

  it('works for an even group: median is the mean of the two middle scores', () => {
    // 10 20 40 80 → median (20 + 40)/2 = 30, mean 150/4 = 37.5
    const result = summariseDisagreement(scoresOf('9.1', [80, 10, 40, 20]));
    expect(result.ok && [result.items[0]!.median, result.items[0]!.mean]).toEqual([30, 37.5]);
  });

  it('an empty list has no items', () => {
    expect(summariseDisagreement([])).toEqual({ ok: true, items: [] });
  });

  it('lists every score that is not 0–100 and every repeated score', () => {
    const result = summariseDisagreement([
      { memberId: 'anna', itemId: '1.1', score: 101 },
      { memberId: 'anna', itemId: '1.2', score: Number.NaN },
      { memberId: 'bartek', itemId: '1.1', score: 50 },
      { memberId: 'bartek', itemId: '1.1', score: 60 },
    ]);
    expect(result.ok ? [] : result.errors.map((e) => [e.code, e.memberId, e.itemId])).toEqual([
      ['NOT_A_SCORE', 'anna', '1.1'],
      ['NOT_A_SCORE', 'anna', '1.2'],
      ['DUPLICATE_SCORE', 'bartek', '1.1'],
    ]);
  });
});

describe('isReadyForConsensus', () => {
  it.each<
    [
      string,
      string[],
      { memberId: string; submitted: boolean }[],
      { ready: boolean; missing: string[]; notMembers: string[] },
    ]
  >([
    [
      'everyone submitted',
      ['anna', 'bartek'],
      [
        { memberId: 'bartek', submitted: true },
        { memberId: 'anna', submitted: true },
      ],
      { ready: true, missing: [], notMembers: [] },
    ],
    [
      'a draft and a member with nothing',
      ['anna', 'bartek', 'celina'],
      [
        { memberId: 'anna', submitted: true },
        { memberId: 'bartek', submitted: false },
      ],
      { ready: false, missing: ['bartek', 'celina'], notMembers: [] },
    ],
    [
      'a submission from someone who left the group',
      ['anna'],
      [
        { memberId: 'anna', submitted: true },
        { memberId: 'zenon', submitted: true },
      ],
      { ready: true, missing: [], notMembers: ['zenon'] },
    ],
    ['a member listed twice counts once', ['anna', 'anna'], [], { ready: false, missing: ['anna'], notMembers: [] }],
    [
      'draft then submitted',
      ['anna'],
      [
        { memberId: 'anna', submitted: false },
        { memberId: 'anna', submitted: true },
      ],
      { ready: true, missing: [], notMembers: [] },
    ],
    ['an empty group is never ready', [], [], { ready: false, missing: [], notMembers: [] }],
  ])('%s', (_name, members, submissions, expected) => {
    expect(isReadyForConsensus(members, submissions)).toEqual(expected);
  });
});
