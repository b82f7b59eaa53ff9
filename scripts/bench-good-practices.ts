/**
 * Good-practice search (issue #13): 10,000 synthetic entries in the in-process index the service
 * uses (MiniSearch with the Polish normalisation of domain/good-practices/search-text.ts). Measures
 * the index rebuild (the part of the start-up rebuild after the rows are read) and search latency
 * p50/p95 over inflected Polish queries, with and without facet selections. Seeded, so every run
 * indexes the same texts.
 */
import { POPULATION_BANDS } from '../domain/good-practices/facets';
import { SERVICE_AREAS } from '../domain/groups/service-areas';
import { mulberry32 } from '../domain/random';
import { createPracticeIndex, type PracticeDoc } from '../server/modules/good-practices/good-practices.index';

/** Inflected forms a practice description uses; queries use other forms of the same words. */
const WORDS = [
  'szkoła szkoły szkole szkołach szkół',
  'droga drogi drogach dróg drogą',
  'mieszkańcy mieszkańców mieszkańcom',
  'urząd urzędu urzędzie urzędach',
  'budżet budżetu budżetem budżetach',
  'biblioteka biblioteki bibliotekach bibliotek',
  'senior seniorów seniorami seniorom',
  'transport transportu transportem',
  'partycypacja partycypacji partycypację',
  'cyfryzacja cyfryzacji cyfryzację',
  'obsługa obsługi obsługą obsłudze',
  'zajęcia zajęć zajęciach',
  'dzieci dzieciom dziećmi',
  'pomoc pomocy pomocą',
  'kolejka kolejki kolejkach kolejek',
  'energia energii energią',
  'odpady odpadów odpadami',
  'zdrowie zdrowia zdrowiu',
  'mobilny mobilnego mobilnym',
  'wniosek wniosku wnioski wniosków',
].map((g) => g.split(' '));
const FILLER =
  'w i na do z po dla oraz przez nowy nowe lepsze gminy gmina powiat miasto program projekt zespół rok'.split(' ');
const QUERIES = [
  'szkoła',
  'drogach',
  'mieszkańcy urząd',
  'budzet obywatelski',
  'seniorow',
  'kolejki w urzedzie',
  'odpady',
  'cyfryzacja szkół',
  'zajęcia dla dzieci',
  'biblioteka',
];

/**
 * A synthetic vocabulary of 20,000 word-like strings drawn with Zipf frequencies (rank r with
 * weight 1/r, as in natural text), plus the function words and, at `topicRate`, the inflected
 * topic words above. topicRate 0.35 makes nearly every entry contain every topic word: the worst
 * case, where a query matches most of the bank.
 */
const SYLLABLES = 'ka ro wi sz ło mie no da pra cy ja gó rze ście bu dże to wa ni ko le pol ski'.split(' ');
function vocabulary(random: () => number, size: number): string[] {
  const out = new Set<string>();
  while (out.size < size) {
    const n = 2 + Math.floor(random() * 3);
    out.add(Array.from({ length: n }, () => SYLLABLES[Math.floor(random() * SYLLABLES.length)]!).join(''));
  }
  return [...out];
}
let VOCAB: string[] = [];
let CUMULATIVE: number[] = [];
function zipfWord(random: () => number): string {
  const x = random() * CUMULATIVE.at(-1)!;
  let lo = 0;
  let hi = CUMULATIVE.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (CUMULATIVE[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return VOCAB[lo]!;
}

function text(random: () => number, words: number, topicRate: number): string {
  const out: string[] = [];
  for (let i = 0; i < words; i++) {
    const r = random();
    if (r < topicRate) {
      const group = WORDS[Math.floor(random() * WORDS.length)]!;
      out.push(group[Math.floor(random() * group.length)]!);
    } else if (r < topicRate + 0.3) out.push(FILLER[Math.floor(random() * FILLER.length)]!);
    else out.push(zipfWord(random));
  }
  return `${out.join(' ')}.`;
}

function synthetic(n: number, topicRate: number): PracticeDoc[] {
  const random = mulberry32(20261206);
  VOCAB = vocabulary(random, 20_000);
  let total = 0;
  CUMULATIVE = VOCAB.map((_, r) => (total += 1 / (r + 1)));
  return Array.from({ length: n }, (_, i) => {
    const area = SERVICE_AREAS[Math.floor(random() * SERVICE_AREAS.length)]!;
    const tags = [WORDS[Math.floor(random() * WORDS.length)]![0]!, `tag-${Math.floor(random() * 50)}`];
    return {
      id: i + 1,
      title: text(random, 6, topicRate),
      problem: text(random, 80, topicRate),
      solution: text(random, 150, topicRate),
      results: text(random, 50, topicRate),
      tags,
      facets: {
        serviceArea: [area],
        unitKind: [['municipality-urban', 'municipality-rural', 'municipality-urban-rural', 'county'][i % 4]!],
        voivodeship: [String(2 * (1 + (i % 16))).padStart(2, '0')],
        populationBand: [POPULATION_BANDS[i % POPULATION_BANDS.length]!],
        evidence: [['measured-better-than-peers', 'measured', 'described-only'][i % 3]!],
        source: [['free', 'import', 'improvement-action', 'competition-application'][i % 4]!],
        year: [String(2010 + (i % 16))],
        tag: tags,
      },
      sortDate: Date.UTC(2010 + (i % 16), i % 12, 1),
      evidenceRank: i % 3,
      published: i % 10 !== 0,
      status: i % 10 !== 0 ? 'published' : 'draft',
      unitIds: [i % 2500],
      groupIds: [],
    };
  });
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)]!;

export function goodPracticesBench(options: { entries?: number; searches?: number; topicRate?: number } = {}) {
  const entries = options.entries ?? 10_000;
  const searches = options.searches ?? 2_000;
  const topicRate = options.topicRate ?? 0.03;
  const docs = synthetic(entries, topicRate);
  const index = createPracticeIndex();
  const rebuilds: number[] = [];
  for (let r = 0; r < 3; r++) {
    const start = performance.now();
    index.rebuild(docs);
    rebuilds.push(performance.now() - start);
  }
  const run = (withFacets: boolean) => {
    const times: number[] = [];
    let hits = 0;
    for (let i = 0; i < searches; i++) {
      const start = performance.now();
      const r = index.search({
        q: QUERIES[i % QUERIES.length],
        selection: withFacets
          ? { serviceArea: [SERVICE_AREAS[i % SERVICE_AREAS.length]!], year: ['2020', '2021'] }
          : {},
        visible: (d) => d.published,
        sort: 'relevance',
        page: 1,
        pageSize: 20,
      });
      times.push(performance.now() - start);
      hits += r.total;
    }
    times.sort((a, b) => a - b);
    return { p50Ms: percentile(times, 0.5), p95Ms: percentile(times, 0.95), meanHits: hits / searches };
  };
  run(false); // warm-up: JIT
  const plain = run(false);
  const faceted = run(true);
  rebuilds.sort((a, b) => a - b);
  const figures = {
    entries,
    searches,
    topicRate,
    rebuildMs: { median: rebuilds[1]!, runs: rebuilds },
    search: plain,
    searchWithFacets: faceted,
    target: { searchP95Ms: 20 },
  };
  process.stdout.write(
    `Good-practice search, ${entries} entries (topic words ${(topicRate * 100).toFixed(0)} % of words): index rebuild ${figures.rebuildMs.median.toFixed(0)} ms (median of 3); ` +
      `search p50 ${plain.p50Ms.toFixed(2)} ms, p95 ${plain.p95Ms.toFixed(2)} ms; ` +
      `with facet filters p50 ${faceted.p50Ms.toFixed(2)} ms, p95 ${faceted.p95Ms.toFixed(2)} ms (target p95 ≤ 20 ms)\n`,
  );
  return figures;
}
