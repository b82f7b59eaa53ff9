/**
 * The in-process search index of the good-practice bank: MiniSearch (BM25 ranking, prefix matching)
 * over title, problem, solution, results and tags, with the Polish normalisation of
 * `domain/good-practices/search-text.ts` applied to the texts and to the query alike, so that search
 * behaves the same on PGlite and PostgreSQL. Facet counts come from `domain/good-practices/facets.ts`.
 *
 * The service keeps it in sync with the tables: rebuilt from them on start, and every write
 * re-indexes the entry it changed after its transaction commits.
 */
import MiniSearch from 'minisearch';
import { facetSearch, type FacetCount, type FacetSelection } from '../../../domain/good-practices/facets';
import { highlight, normalizeTerm, words, type HighlightSegment } from '../../../domain/good-practices/search-text';
import { FACETS, type FacetName } from './good-practices.schemas';

export const TEXT_FIELDS = ['title', 'problem', 'solution', 'results', 'tags'] as const;
export type TextField = (typeof TEXT_FIELDS)[number];

export interface PracticeDoc {
  id: number;
  title: string;
  problem: string;
  solution: string;
  results: string;
  tags: string[];
  facets: Record<FacetName, string[]>;
  /** ms since epoch: publication (or last change of a never-published entry), for "newest first". */
  sortDate: number;
  /** evidenceRank() of the entry's grade. */
  evidenceRank: number;
  /** Anything the caller's visibility check needs. */
  published: boolean;
  status: string;
  unitIds: number[];
  groupIds: number[];
}

export interface SearchRequest<D extends PracticeDoc = PracticeDoc> {
  q?: string | undefined;
  selection: FacetSelection<FacetName>;
  visible: (doc: D) => boolean;
  sort: 'relevance' | 'date' | 'evidence';
  page: number;
  pageSize: number;
}

export interface SearchHit<D extends PracticeDoc = PracticeDoc> {
  doc: D;
  score: number | null;
  highlights: { field: TextField; segments: HighlightSegment[] }[];
}

const tokenize = (text: string) => words(text).map((w) => w.word);
const processTerm = (term: string) => normalizeTerm(term) ?? null;

/** D: the caller's document, a PracticeDoc with whatever else it wants back from a search. */
export function createPracticeIndex<D extends PracticeDoc = PracticeDoc>() {
  const docs = new Map<number, D>();
  const make = () =>
    new MiniSearch<{ id: number; title: string; problem: string; solution: string; results: string; tags: string }>({
      fields: [...TEXT_FIELDS],
      idField: 'id',
      tokenize,
      processTerm,
      searchOptions: {
        boost: { title: 3, tags: 2 },
        // Prefix matches ("szkol" → "szkolnictwo") from 4 characters on; MiniSearch weighs them below exact terms.
        prefix: (term) => term.length >= 4,
        combineWith: 'AND',
      },
    });
  let mini = make();
  const asText = (d: D) => ({
    id: d.id,
    title: d.title,
    problem: d.problem,
    solution: d.solution,
    results: d.results,
    tags: d.tags.join(' · '),
  });

  return {
    /** Replaces the whole index (on start). */
    rebuild(all: readonly D[]) {
      const next = make();
      next.addAll(all.map(asText));
      docs.clear();
      for (const d of all) docs.set(d.id, d);
      mini = next;
    },

    upsert(doc: D) {
      if (docs.has(doc.id)) mini.discard(doc.id);
      mini.add(asText(doc));
      docs.set(doc.id, doc);
    },

    remove(id: number) {
      if (!docs.has(id)) return;
      mini.discard(id);
      docs.delete(id);
    },

    get: (id: number) => docs.get(id),
    get size() {
      return docs.size;
    },

    search(request: SearchRequest<D>): {
      total: number;
      hits: SearchHit<D>[];
      facets: Record<FacetName, FacetCount[]>;
    } {
      const q = request.q?.trim() ?? '';
      let scored: Map<number, { score: number; terms: string[] }> | null = null;
      let candidates: D[];
      if (q !== '' && q.length > 0 && words(q).some((w) => normalizeTerm(w.word) !== null)) {
        scored = new Map();
        candidates = [];
        for (const r of mini.search(q)) {
          const doc = docs.get(r.id as number);
          if (!doc || !request.visible(doc)) continue;
          scored.set(doc.id, { score: r.score, terms: r.terms });
          candidates.push(doc);
        }
      } else {
        candidates = [...docs.values()].filter(request.visible);
      }
      const { matching, facets } = facetSearch(candidates, FACETS, request.selection);
      const byDate = (a: D, b: D) => b.sortDate - a.sortDate || b.id - a.id;
      const scoreOf = (d: D) => scored?.get(d.id)?.score ?? 0;
      const sorted = [...matching] as D[];
      if (request.sort === 'date' || (request.sort === 'relevance' && !scored)) sorted.sort(byDate);
      else if (request.sort === 'relevance') sorted.sort((a, b) => scoreOf(b) - scoreOf(a) || byDate(a, b));
      else sorted.sort((a, b) => b.evidenceRank - a.evidenceRank || scoreOf(b) - scoreOf(a) || byDate(a, b));
      const page = sorted.slice((request.page - 1) * request.pageSize, request.page * request.pageSize);
      return {
        total: sorted.length,
        facets,
        hits: page.map((doc) => {
          const match = scored?.get(doc.id);
          const highlights: SearchHit<D>['highlights'] = [];
          if (match) {
            const terms = new Set(match.terms);
            for (const field of TEXT_FIELDS) {
              const text = field === 'tags' ? doc.tags.join(' · ') : doc[field];
              const segments = text ? highlight(text, terms) : null;
              if (segments) highlights.push({ field, segments });
            }
          }
          return { doc, score: match ? match.score : null, highlights };
        }),
      };
    },
  };
}
