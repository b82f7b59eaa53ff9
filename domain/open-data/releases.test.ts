import { describe, expect, it } from 'vitest';
import {
  classifyContents,
  normaliseContents,
  publicSince,
  releaseFor,
  releaseIndex,
  releaseKey,
  type PublishedRelease,
} from './releases';

const at = (day: number) => new Date(Date.UTC(2026, 0, day));
const r1: PublishedRelease = {
  number: 1,
  publishedAt: at(1),
  contents: [{ indicator: 'a', periods: ['2018', '2019'] }],
};
const r2: PublishedRelease = { number: 2, publishedAt: at(10), contents: [{ indicator: 'b', periods: ['2019'] }] };
const r3: PublishedRelease = { number: 3, publishedAt: at(20), contents: [{ indicator: 'a', periods: ['2019'] }] };

describe('normaliseContents', () => {
  it('merges an indicator listed twice, writes periods canonically and sorts them in time order', () => {
    const result = normaliseContents([
      { indicator: 'z', periods: ['2020'] },
      { indicator: 'a', periods: ['2019-q2', '2018', ' 2019 '] },
      { indicator: 'a', periods: ['2018', '2019-H1'] },
    ]);
    expect(result).toEqual({
      ok: true,
      contents: [
        { indicator: 'a', periods: ['2018', '2019', '2019-H1', '2019-Q2'] },
        { indicator: 'z', periods: ['2020'] },
      ],
    });
  });

  it('names every bad place: no contents, no periods, a text that is not a period', () => {
    expect(normaliseContents([])).toEqual({
      ok: false,
      problems: [{ path: 'contents', message: 'a release holds at least one indicator' }],
    });
    const result = normaliseContents([
      { indicator: 'a', periods: [] },
      { indicator: 'b', periods: ['2019', '2019Q3'] },
    ]);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => p.path)).toEqual(['contents.0.periods', 'contents.1.periods.1']);
    expect(result.problems[1]!.message).toContain('"2019Q3" is not a period');
  });
});

describe('releaseFor and releaseIndex', () => {
  const index = releaseIndex([r3, r1, r2]);

  it('lists each indicator period with the releases holding it, in number order', () => {
    expect(index.get(releaseKey('a', '2019'))!.map((r) => r.number)).toEqual([1, 3]);
    expect(index.get(releaseKey('a', '2018'))!.map((r) => r.number)).toEqual([1]);
    expect(index.get(releaseKey('b', '2019'))!.map((r) => r.number)).toEqual([2]);
    expect(index.has(releaseKey('b', '2018'))).toBe(false);
  });

  it('reads the latest release, or the latest up to the vintage; none before the first', () => {
    const holding = index.get(releaseKey('a', '2019'))!;
    expect(releaseFor(holding)?.number).toBe(3);
    expect(releaseFor(holding, 2)?.number).toBe(1);
    expect(releaseFor(holding, 3)?.number).toBe(3);
    expect(releaseFor(index.get(releaseKey('b', '2019'))!, 1)).toBeNull();
  });
});

describe('publicSince', () => {
  const holding = [r1, r3];

  it('a value never changed is public since the first release holding it', () => {
    expect(publicSince(holding, r3, [])).toEqual(at(1));
  });

  it('a change between releases 1 and 3 is public since release 3; as of release 1 it is not seen', () => {
    expect(publicSince(holding, r3, [at(5)])).toEqual(at(20));
    expect(publicSince(holding, r1, [at(5)])).toEqual(at(1));
  });

  it('a change before the first release, or at its publishing instant, belongs to the first release', () => {
    expect(publicSince(holding, r3, [at(0)])).toEqual(at(1));
    expect(publicSince(holding, r3, [at(1)])).toEqual(at(1));
  });

  it('a change after the release read is ignored (it waits for the next release)', () => {
    expect(publicSince(holding, r3, [at(5), at(25)])).toEqual(at(20));
  });
});

describe('classifyContents', () => {
  it('tells new indicator periods from those released before, with the last earlier release', () => {
    const result = classifyContents(
      [
        { indicator: 'a', periods: ['2019', '2020'] },
        { indicator: 'b', periods: ['2019'] },
      ],
      [r1, r2, r3],
    );
    expect(result.added).toEqual([{ indicator: 'a', period: '2020' }]);
    expect(result.again).toEqual([
      { indicator: 'a', period: '2019', previousRelease: 3 },
      { indicator: 'b', period: '2019', previousRelease: 2 },
    ]);
  });
});
