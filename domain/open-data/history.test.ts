import { describe, expect, it } from 'vitest';
import { releaseHistory, revisionsIn } from './history';

const day = (d: number) => new Date(Date.UTC(2026, 0, d));

describe('releaseHistory', () => {
  it('labels each release by what it did to the figure (worked by hand)', () => {
    // Releases 1–6 hold the period: none, 40, 40, 42, none, 42 (given in shuffled order).
    const history = releaseHistory([
      { release: 5, publishedAt: day(5), value: null },
      { release: 1, publishedAt: day(1), value: null },
      { release: 3, publishedAt: day(3), value: 40 },
      { release: 2, publishedAt: day(2), value: 40 },
      { release: 4, publishedAt: day(4), value: 42 },
      { release: 6, publishedAt: day(6), value: 42 },
    ]);
    expect(history.map((h) => [h.release, h.status])).toEqual([
      [1, 'absent'],
      [2, 'new'],
      [3, 'unchanged'],
      [4, 'revised'],
      [5, 'withdrawn'],
      [6, 'revised'],
    ]);
    expect(history[0]!.after).toBeNull();
    expect(history[3]).toMatchObject({ after: day(3), until: day(4) });
  });

  it('a figure that differs in the last digit is a revision (no rounding before comparing)', () => {
    const history = releaseHistory([
      { release: 1, publishedAt: day(1), value: 0.1 + 0.2 },
      { release: 2, publishedAt: day(2), value: 0.3 },
    ]);
    expect(history[1]!.status).toBe('revised');
  });
});

describe('revisionsIn', () => {
  it('takes the revisions after the previous release up to and including this one, in time order', () => {
    const [, second] = releaseHistory([
      { release: 1, publishedAt: day(2), value: 1 },
      { release: 2, publishedAt: day(4), value: 2 },
    ]);
    const revisions = [{ at: day(4) }, { at: day(2) }, { at: day(3) }, { at: day(5) }, { at: day(1) }];
    expect(revisionsIn(second!, revisions)).toEqual([{ at: day(3) }, { at: day(4) }]);
  });
});
