import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bdlIdToTeryt, BDL_VOIVODESHIP_IDS, buildTerytToBdlIndex, terytToBdlId } from './bdl';

describe('bdlIdToTeryt (METHODS.md §6.2 examples)', () => {
  it.each([
    ['011212161011', '1261011', 'municipality'], // Kraków
    ['071412865011', '1465011', 'municipality'], // Warszawa
    ['011212161000', '1261', 'county'], // powiat m. Kraków
    ['011200000000', '12', 'voivodeship'], // małopolskie
    ['030200000000', '02', 'voivodeship'], // dolnośląskie
    ['000000000000', null, 'country'],
  ])('%s → %s (%s)', (id, code, level) => {
    expect(bdlIdToTeryt(id)).toEqual({ code, level });
  });

  it.each(['01121216101', '0112121610111', 'abcdefghijkl', '010000000000', '071410000000'])(
    'rejects %s (malformed or a NUTS region)',
    (id) => {
      expect(bdlIdToTeryt(id)).toBeNull();
    },
  );

  it('maps all 16 voivodeship ids of a real BDL API extract', () => {
    const csv = readFileSync(new URL('../../tests/fixtures/bdl/bdl_labour_market_v2.csv', import.meta.url), 'utf8');
    const ids = new Set(
      csv
        .split('\n')
        .slice(1)
        .filter(Boolean)
        .map((l) => l.split(',')[1]!),
    );
    expect(ids.size).toBe(16);
    for (const id of ids) {
      const mapped = bdlIdToTeryt(id);
      expect(mapped?.level).toBe('voivodeship');
      expect(BDL_VOIVODESHIP_IDS[mapped!.code!]).toBe(id);
    }
  });
});

describe('terytToBdlId', () => {
  it('round-trips through an index built from BDL ids', () => {
    const index = buildTerytToBdlIndex(['011212161011', '011212161000', '071412865011']);
    for (const id of ['011212161011', '011212161000', '071412865011', '011200000000']) {
      expect(terytToBdlId(bdlIdToTeryt(id)!.code!, index)).toBe(id);
    }
  });

  it('answers null for a county or gmina it has no index entry for', () => {
    expect(terytToBdlId('1261011')).toBeNull();
    expect(terytToBdlId('99')).toBeNull();
  });
});
