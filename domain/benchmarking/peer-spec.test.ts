import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SIZE_BANDS,
  formatPeerSpec,
  parsePeerSpec,
  resolvePeerSpec,
  sizeBandOf,
  sizeBandTerm,
  type PeerLookups,
  type PeerTerm,
  type UniverseUnit,
} from './peer-spec';

describe('parsePeerSpec', () => {
  it.each<[string, PeerTerm[]]>([
    ['all', [{ type: 'all' }]],
    ['kind:municipality-rural', [{ type: 'kind', kind: 'municipality-rural' }]],
    ['voivodeship:02', [{ type: 'voivodeship', code: '02' }]],
    ['size:20000-50000', [{ type: 'size', min: 20000, max: 50000 }]],
    ['size:100000-', [{ type: 'size', min: 100000, max: null }]],
    ['size:0-5000', [{ type: 'size', min: 0, max: 5000 }]],
    ['group:17', [{ type: 'group', id: 17 }]],
    ['nn:0201022', [{ type: 'nn', code: '0201022', k: 15 }]],
    ['nn:0201022:10', [{ type: 'nn', code: '0201022', k: 10 }]],
    ['nn:SE-01:200', [{ type: 'nn', code: 'SE-01', k: 200 }]],
    ['units:A,B,C', [{ type: 'units', codes: ['A', 'B', 'C'] }]],
    ['units:A,B,A', [{ type: 'units', codes: ['A', 'B'] }]],
    ['units:1261011', [{ type: 'units', codes: ['1261011'] }]],
    [
      'kind:municipality-rural&voivodeship:02',
      [
        { type: 'kind', kind: 'municipality-rural' },
        { type: 'voivodeship', code: '02' },
      ],
    ],
    [
      ' kind:municipality-urban & size:100000- ',
      [
        { type: 'kind', kind: 'municipality-urban' },
        { type: 'size', min: 100000, max: null },
      ],
    ],
  ])('%s', (text, terms) => {
    expect(parsePeerSpec(text)).toEqual({ ok: true, spec: { terms } });
  });

  it.each([
    // [spec, code, position, part]
    ['', 'EMPTY_SPEC', 0, ''],
    ['   ', 'EMPTY_SPEC', 0, ''],
    ['kind:municipality-rural&', 'EMPTY_TERM', 24, ''],
    ['kind:a&&voivodeship:02', 'EMPTY_TERM', 7, ''],
    ['kind:Municipality', 'BAD_KIND', 0, 'kind:Municipality'],
    ['kind:', 'BAD_KIND', 0, 'kind:'],
    ['kind', 'BAD_KIND', 0, 'kind'],
    ['kind:municipality-rural&voivodeship:03', 'BAD_VOIVODESHIP', 24, 'voivodeship:03'],
    ['voivodeship:2', 'BAD_VOIVODESHIP', 0, 'voivodeship:2'],
    ['voivodeship:34', 'BAD_VOIVODESHIP', 0, 'voivodeship:34'],
    ['size:50000-20000', 'BAD_SIZE', 0, 'size:50000-20000'],
    ['size:5000-5000', 'BAD_SIZE', 0, 'size:5000-5000'],
    ['size:-5000', 'BAD_SIZE', 0, 'size:-5000'],
    ['size:20k-50k', 'BAD_SIZE', 0, 'size:20k-50k'],
    ['size:020-50', 'BAD_SIZE', 0, 'size:020-50'],
    ['size:1e3-', 'BAD_SIZE', 0, 'size:1e3-'],
    ['all & group:0', 'BAD_GROUP', 6, 'group:0'],
    ['group:-3', 'BAD_GROUP', 0, 'group:-3'],
    ['group:1.5', 'BAD_GROUP', 0, 'group:1.5'],
    ['group:99999999999999999999', 'BAD_GROUP', 0, 'group:99999999999999999999'],
    ['nn:', 'BAD_UNIT_CODE', 0, 'nn:'],
    ['nn:0201022:0', 'BAD_K', 0, 'nn:0201022:0'],
    ['nn:0201022:201', 'BAD_K', 0, 'nn:0201022:201'],
    ['nn:0201022:x', 'BAD_K', 0, 'nn:0201022:x'],
    ['nn:0201022:5:5', 'BAD_K', 0, 'nn:0201022:5:5'],
    ['units:', 'BAD_UNIT_CODE', 0, 'units:'],
    ['units:A,,B', 'BAD_UNIT_CODE', 0, 'units:A,,B'],
    ['units:A B', 'BAD_UNIT_CODE', 0, 'units:A B'],
    ['kind:municipality-rural&region:5', 'UNKNOWN_TERM', 24, 'region:5'],
    ['ALL', 'UNKNOWN_TERM', 0, 'ALL'],
  ])('%j → %s at %i', (text, code, position, part) => {
    const result = parsePeerSpec(text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toMatchObject({ code, position, part });
    expect(result.error.message.length).toBeGreaterThan(0);
  });

  it('refuses an overlong spec', () => {
    expect(parsePeerSpec(`units:${'A,'.repeat(20_000)}A`)).toMatchObject({
      ok: false,
      error: { code: 'SPEC_TOO_LONG' },
    });
  });

  it.each([
    'all',
    'kind:municipality-rural&voivodeship:02&size:20000-50000',
    'group:3&nn:0201022:15',
    'units:A,B&size:100000-',
  ])('format ∘ parse is the identity on canonical specs: %s', (text) => {
    const parsed = parsePeerSpec(text);
    expect(parsed.ok && formatPeerSpec(parsed.spec)).toBe(text);
  });

  it('format adds the default k', () => {
    const parsed = parsePeerSpec('nn:X');
    expect(parsed.ok && formatPeerSpec(parsed.spec)).toBe('nn:X:15');
  });
});

describe('size bands', () => {
  it.each([
    [0, 0],
    [4999, 0],
    [5000, 1],
    [19999, 2],
    [20000, 3],
    [49999.5, 3],
    [50000, 4],
    [100000, 5],
    [1_800_000, 5],
  ])('population %d is in band %i (min ≤ p < max)', (population, index) => {
    expect(sizeBandOf(population)).toBe(DEFAULT_SIZE_BANDS[index]);
  });

  it('unknown population or a gap in custom bands → no band', () => {
    expect(sizeBandOf(null)).toBeNull();
    expect(sizeBandOf(NaN)).toBeNull();
    expect(
      sizeBandOf(7000, [
        { min: 0, max: 5000 },
        { min: 10000, max: null },
      ]),
    ).toBeNull();
  });

  it('bands print as spec terms that parse back', () => {
    expect(DEFAULT_SIZE_BANDS.map(sizeBandTerm)).toEqual([
      'size:0-5000',
      'size:5000-10000',
      'size:10000-20000',
      'size:20000-50000',
      'size:50000-100000',
      'size:100000-',
    ]);
    for (const band of DEFAULT_SIZE_BANDS)
      expect(parsePeerSpec(sizeBandTerm(band))).toEqual({ ok: true, spec: { terms: [{ type: 'size', ...band }] } });
  });
});

describe('resolvePeerSpec', () => {
  const units: UniverseUnit[] = [
    { id: 1, code: '0201022', kind: 'municipality-rural', voivodeship: '02', population: 8000 },
    { id: 2, code: '0201011', kind: 'municipality-urban', voivodeship: '02', population: 39000 },
    { id: 3, code: '0202032', kind: 'municipality-rural', voivodeship: '02', population: 21000 },
    { id: 4, code: '1201022', kind: 'municipality-rural', voivodeship: '12', population: 20000 },
    { id: 5, code: '1261011', kind: 'municipality-urban', voivodeship: '12', population: 800000 },
    { id: 6, code: 'S1', kind: 'school', voivodeship: null, population: null },
  ];
  const lookups: PeerLookups = {
    groupMembers: (id) => (id === 7 ? [5, 3, 1, 999] : null),
    nearestNeighbours: (code, k) =>
      code === '0201022' ? ['0202032', '1201022', 'GONE', '0201011'].slice(0, k) : code === 'S1' ? null : [],
  };
  const resolve = (text: string) => {
    const parsed = parsePeerSpec(text);
    if (!parsed.ok) throw new Error(parsed.error.message);
    return resolvePeerSpec(parsed.spec, { units }, lookups);
  };

  it.each<[string, number[]]>([
    ['all', [1, 2, 3, 4, 5, 6]],
    ['kind:municipality-rural', [1, 3, 4]],
    ['kind:municipality-rural&voivodeship:02', [1, 3]],
    ['voivodeship:12', [4, 5]],
    // 20000 ≤ p < 50000: 3 (21000), 2 (39000), 4 (20000); 6 has no population.
    ['size:20000-50000', [2, 3, 4]],
    ['size:100000-', [5]],
    ['size:0-', [1, 2, 3, 4, 5]],
    // Group members outside the universe (999) are left out; result in universe order.
    ['group:7', [1, 3, 5]],
    ['group:7&kind:municipality-rural', [1, 3]],
    // The unit itself plus its k neighbours; "GONE" is not in the universe.
    ['nn:0201022:2', [1, 3, 4]],
    ['nn:0201022', [1, 2, 3, 4]],
    ['nn:0201022&voivodeship:02', [1, 2, 3]],
    ['nn:1261011', [5]],
    ['units:1261011,S1', [5, 6]],
    ['kind:municipality-urban&voivodeship:02&size:100000-', []],
    ['kind:nothing', []],
  ])('%s → %j', (text, ids) => {
    expect(resolve(text)).toEqual({ ok: true, unitIds: ids });
  });

  it.each([
    ['group:8', 'UNKNOWN_GROUP', 'group:8'],
    ['all&units:0201022,NOPE', 'UNKNOWN_UNIT', 'units:0201022,NOPE'],
    ['nn:NOPE:5', 'UNKNOWN_UNIT', 'nn:NOPE:5'],
    ['nn:S1', 'NO_NEIGHBOURS', 'nn:S1:15'],
  ])('%s → %s', (text, code, part) => {
    expect(resolve(text)).toMatchObject({ ok: false, error: { code, part } });
  });
});
