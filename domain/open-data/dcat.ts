/**
 * DCAT-AP metadata of the open data (#15 item 6), as JSON-LD: the catalogue, one dataset per
 * published release, and two distributions of each (the open API's JSON and CSV, read as of that
 * release). National and European portals (dane.gov.pl, data.europa.eu) harvest such a catalogue.
 * The properties DCAT-AP makes mandatory are always present: catalogue title, description,
 * publisher, datasets; dataset title and description; distribution access URL; agent name.
 */

export interface DcatRelease {
  number: number;
  title: { pl: string; en: string };
  notes: { pl: string; en: string };
  publishedAt: Date;
  /** Indicator codes it holds, and the periods it spans (first and last). */
  indicators: string[];
  periods: { first: string; last: string } | null;
}

export interface DcatInput {
  /** Absolute base URL of this installation, without a trailing slash. */
  baseUrl: string;
  publisher: string;
  /** The attribution every value carries (e.g. "Źródło: GUS, Bank Danych Lokalnych"). */
  rights: string;
  releases: readonly DcatRelease[];
}

const CONTEXT = {
  dcat: 'http://www.w3.org/ns/dcat#',
  dct: 'http://purl.org/dc/terms/',
  foaf: 'http://xmlns.com/foaf/0.1/',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
};

const lang = (text: { pl: string; en: string }) =>
  [
    { '@value': text.pl, '@language': 'pl' },
    { '@value': text.en, '@language': 'en' },
  ].filter((t) => t['@value'].trim() !== '');

const dateTime = (d: Date) => ({ '@value': d.toISOString(), '@type': 'xsd:dateTime' });

export function buildDcatCatalog(input: DcatInput): Record<string, unknown> {
  const api = `${input.baseUrl}/api/open/v1`;
  const publisher = { '@type': 'foaf:Agent', 'foaf:name': input.publisher };
  const rights = { '@type': 'dct:RightsStatement', 'dct:description': input.rights };
  const datasets = [...input.releases]
    .sort((a, b) => b.number - a.number)
    .map((r) => {
      const id = `${api}/releases/${r.number}`;
      const description = lang(r.notes).length > 0 ? lang(r.notes) : lang(r.title);
      const distribution = (format: 'json' | 'csv') => ({
        '@id': `${id}#${format}`,
        '@type': 'dcat:Distribution',
        'dct:title': `${r.title.pl} (${format.toUpperCase()})`,
        'dcat:accessURL': { '@id': `${api}/values?vintage=${r.number}&format=${format}` },
        'dcat:mediaType': {
          '@id': `http://www.iana.org/assignments/media-types/${format === 'json' ? 'application/json' : 'text/csv'}`,
        },
        'dct:rights': rights,
      });
      return {
        '@id': id,
        '@type': 'dcat:Dataset',
        'dct:identifier': `miernik-release-${r.number}`,
        'dct:title': lang(r.title),
        'dct:description': description,
        'dct:issued': dateTime(r.publishedAt),
        'dct:publisher': publisher,
        'dcat:keyword': r.indicators,
        'owl:versionInfo': String(r.number),
        ...(r.periods
          ? {
              'dct:temporal': {
                '@type': 'dct:PeriodOfTime',
                'dcat:startDate': r.periods.first,
                'dcat:endDate': r.periods.last,
              },
            }
          : {}),
        'dcat:distribution': [distribution('json'), distribution('csv')],
      };
    });
  return {
    '@context': { ...CONTEXT, owl: 'http://www.w3.org/2002/07/owl#' },
    '@id': `${api}/catalog`,
    '@type': 'dcat:Catalog',
    'dct:title': lang({ pl: 'Miernik — otwarte dane samorządów', en: 'Miernik — local government open data' }),
    'dct:description': lang({
      pl: 'Wskaźniki usług publicznych jednostek samorządu terytorialnego opublikowane w Mierniku, wydanie po wydaniu.',
      en: 'Indicators of local government public services published in Miernik, release by release.',
    }),
    'dct:publisher': publisher,
    'dct:language': [
      { '@id': 'http://publications.europa.eu/resource/authority/language/POL' },
      { '@id': 'http://publications.europa.eu/resource/authority/language/ENG' },
    ],
    'foaf:homepage': { '@id': input.baseUrl },
    ...(datasets[0] ? { 'dct:modified': datasets[0]['dct:issued'] } : {}),
    'dcat:dataset': datasets,
  };
}
