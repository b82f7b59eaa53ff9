import { describe, expect, it } from 'vitest';
import { rankText } from './unit-report';

type Arg = Parameters<typeof rankText>[0];
const item = (n: number, smallGroup: boolean, rank: number | null): Arg =>
  ({
    value: rank === null ? null : 10,
    stats: { n, smallGroup },
    position: rank === null ? null : { rank, n },
  }) as unknown as Arg;

describe('the PDF report’s rank cell', () => {
  it('says "brak danych" when the group has no value at all, not "mała grupa"', () => {
    // Before #19 an indicator without any data (n = 0 counts as a small group) read "— / mała grupa (< 5)".
    expect(rankText(item(0, true, null), 'pl')).toBe('brak danych');
    expect(rankText(item(0, true, null), 'en')).toBe('no data');
  });

  it('flags a small group and shows a plain rank otherwise', () => {
    expect(rankText(item(3, true, 2), 'pl')).toBe('2 / 3\nmała grupa (< 5)');
    expect(rankText(item(12, false, 3), 'pl')).toBe('3 / 12');
    expect(rankText(item(12, false, null), 'pl')).toBe('—');
  });
});
