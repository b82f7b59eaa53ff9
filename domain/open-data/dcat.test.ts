import { describe, expect, it } from 'vitest';
import { buildDcatCatalog, type DcatInput } from './dcat';

/**
 * The mandatory properties of DCAT-AP 2.1/3.0 (SEMIC, "Application profile for data portals in
 * Europe", classes Catalogue, Dataset, Distribution, Agent), written out here as the offline shape
 * check: each must be present and non-empty on every node of the class.
 */
const MANDATORY: Record<string, string[]> = {
  'dcat:Catalog': ['dct:title', 'dct:description', 'dct:publisher', 'dcat:dataset'],
  'dcat:Dataset': ['dct:title', 'dct:description'],
  'dcat:Distribution': ['dcat:accessURL'],
  'foaf:Agent': ['foaf:name'],
};

type Node = Record<string, unknown>;

function nodes(value: unknown, out: Node[] = []): Node[] {
  if (Array.isArray(value)) value.forEach((v) => nodes(v, out));
  else if (value && typeof value === 'object') {
    const node = value as Node;
    if (typeof node['@type'] === 'string') out.push(node);
    Object.values(node).forEach((v) => nodes(v, out));
  }
  return out;
}

function violations(doc: Node): string[] {
  return nodes(doc).flatMap((node) =>
    (MANDATORY[node['@type'] as string] ?? []).flatMap((p) => {
      const v = node[p];
      const empty = v === undefined || v === '' || (Array.isArray(v) && v.length === 0);
      return empty ? [`${node['@type'] as string} ${String(node['@id'] ?? '')} lacks ${p}`] : [];
    }),
  );
}

const input: DcatInput = {
  baseUrl: 'https://miernik.example.pl',
  publisher: 'Związek Miast Polskich',
  rights: 'Źródło: GUS, Bank Danych Lokalnych',
  releases: [
    {
      number: 1,
      title: { pl: 'Statystyka publiczna GUS', en: 'GUS public statistics' },
      notes: { pl: 'Dane referencyjne.', en: '' },
      publishedAt: new Date('2026-12-01T10:00:00Z'),
      indicators: ['population_total', 'own_revenue_per_capita'],
      periods: { first: '2010', last: '2019' },
    },
    {
      number: 2,
      title: { pl: 'GWD drogi 2024', en: 'Roads network 2024' },
      notes: { pl: '', en: '' },
      publishedAt: new Date('2026-12-05T09:30:00Z'),
      indicators: ['road_repairs_per_km'],
      periods: { first: '2024', last: '2024' },
    },
  ],
};

describe('buildDcatCatalog', () => {
  const doc = buildDcatCatalog(input);

  it('passes the DCAT-AP mandatory-property check on every node', () => {
    expect(violations(doc)).toEqual([]);
    const types = nodes(doc).map((n) => n['@type']);
    expect(types.filter((t) => t === 'dcat:Dataset')).toHaveLength(2);
    expect(types.filter((t) => t === 'dcat:Distribution')).toHaveLength(4);
  });

  it('the check itself fails on a dataset without a description', () => {
    const broken = structuredClone(doc) as { 'dcat:dataset': Node[] };
    delete broken['dcat:dataset'][0]!['dct:description'];
    expect(violations(broken as unknown as Node)).toEqual([
      'dcat:Dataset https://miernik.example.pl/api/open/v1/releases/2 lacks dct:description',
    ]);
  });

  it('one dataset per release, newest first, with the release read by its distributions', () => {
    const datasets = doc['dcat:dataset'] as Node[];
    expect(datasets.map((d) => d['dct:identifier'])).toEqual(['miernik-release-2', 'miernik-release-1']);
    const first = datasets[1]!;
    expect(first['dct:issued']).toEqual({ '@value': '2026-12-01T10:00:00.000Z', '@type': 'xsd:dateTime' });
    expect(first['dct:temporal']).toMatchObject({ 'dcat:startDate': '2010', 'dcat:endDate': '2019' });
    const urls = (first['dcat:distribution'] as Node[]).map((d) => (d['dcat:accessURL'] as { '@id': string })['@id']);
    expect(urls).toEqual([
      'https://miernik.example.pl/api/open/v1/values?vintage=1&format=json',
      'https://miernik.example.pl/api/open/v1/values?vintage=1&format=csv',
    ]);
    // Empty English notes are left out, not published as an empty literal; notes empty in both → the title.
    expect(first['dct:description']).toEqual([{ '@value': 'Dane referencyjne.', '@language': 'pl' }]);
    expect(datasets[0]!['dct:description']).toEqual(datasets[0]!['dct:title']);
  });

  it('every distribution carries the attribution, and the catalogue its last change', () => {
    const distributions = nodes(doc).filter((n) => n['@type'] === 'dcat:Distribution');
    expect(distributions.every((d) => (d['dct:rights'] as Node)['dct:description'] === input.rights)).toBe(true);
    expect(doc['dct:modified']).toEqual({ '@value': '2026-12-05T09:30:00.000Z', '@type': 'xsd:dateTime' });
  });
});
