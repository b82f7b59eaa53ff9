/**
 * Rankings for the public pages: places with ties as ranges, and a unit's place among its peers
 * suppressed when the group is too small to say anything.
 */

export type Polarity = 'higher-is-better' | 'lower-is-better' | 'neutral';

export interface RankedEntry<K> {
  key: K;
  value: number;
  /** First and last place shared by this value: 3 and 5 when three units tie for third. */
  from: number;
  to: number;
}

/** Fewer units than this with a value: no place is given (one unit's place among 3 says nothing). */
export const MIN_PEERS_FOR_PLACE = 5;

/**
 * Ranks entries best first: descending values for "higher is better" and "neutral" (the order of
 * the value, not a judgement), ascending for "lower is better". Equal values share the range of
 * places they occupy together (standard competition ranking would give them all the first one,
 * which hides the tie). Non-finite values are left out. Ties among equal values keep input order.
 * @example rankWithTies([{key:'a',value:2},{key:'b',value:5},{key:'c',value:2}], 'higher-is-better')
 *   → b 1–1, a 2–3, c 2–3
 */
export function rankWithTies<K>(entries: readonly { key: K; value: number }[], polarity: Polarity): RankedEntry<K>[] {
  const sign = polarity === 'lower-is-better' ? 1 : -1;
  const sorted = entries
    .filter((e) => Number.isFinite(e.value))
    .map((e, i) => ({ ...e, i }))
    .sort((a, b) => sign * (a.value - b.value) || a.i - b.i);
  const out: RankedEntry<K>[] = [];
  for (let start = 0; start < sorted.length;) {
    let end = start;
    while (end + 1 < sorted.length && sorted[end + 1]!.value === sorted[start]!.value) end++;
    for (let j = start; j <= end; j++)
      out.push({ key: sorted[j]!.key, value: sorted[j]!.value, from: start + 1, to: end + 1 });
    start = end + 1;
  }
  return out;
}

/** "3" or "3–5" (an en dash, as Polish typography writes ranges). */
export function formatPlace(entry: { from: number; to: number }): string {
  return entry.from === entry.to ? String(entry.from) : `${entry.from}–${entry.to}`;
}

/**
 * The place of `key` among `entries` ranked by {@link rankWithTies}, with the group's size; null
 * when the key has no finite value or fewer than {@link MIN_PEERS_FOR_PLACE} entries have one.
 */
export function placeAmong<K>(
  key: K,
  entries: readonly { key: K; value: number }[],
  polarity: Polarity,
): { from: number; to: number; of: number } | null {
  const ranked = rankWithTies(entries, polarity);
  if (ranked.length < MIN_PEERS_FOR_PLACE) return null;
  const own = ranked.find((r) => r.key === key);
  return own ? { from: own.from, to: own.to, of: ranked.length } : null;
}
