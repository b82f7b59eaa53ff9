/**
 * Polish search normalisation for the good-practice bank, the same for the index and the query so
 * that PGlite and PostgreSQL behave alike (PostgreSQL has no Polish stemmer out of the box and PGlite
 * cannot load dictionaries, so nothing here relies on the database).
 *
 * A word is folded first (lower case, diacritics removed — `foldForSearch`, "ł" → "l") and then
 * stemmed by the light Polish stemmer of nlp.js (`@nlpjs/lang-pl`, suffix rules for nouns,
 * adjectives, verbs and diminutives). Folding before stemming makes a query typed without Polish
 * letters give the same stem as one typed with them, and removes the ó/o alternation that a suffix
 * stemmer cannot see: "szkoła", "szkołach", "szkół", "szkoly" all become "szkol".
 */
import StemmerPl from '@nlpjs/lang-pl/src/stemmer-pl.js';
import { foldForSearch } from '../units/text';

const stemmer = new StemmerPl();

/** A run of letters or digits (any script); everything else separates words. */
const WORD = /[\p{L}\p{N}]+/gu;

/**
 * Function words too frequent to help ranking (folded). One-letter words are dropped anyway; the
 * list is short on purpose: BM25 already weighs common words down.
 */
const STOPWORDS = new Set(
  'oraz ale lub czy jak jest sa sie nie na do od po za ze to ten ta te tym tej tego przez dla przy pod nad jako ich jej jego lecz gdy ktory ktora ktore ktorych tak ani co by byl byla bylo'.split(
    ' ',
  ),
);

/** The search term of one word, or null for a word that is not searched (stopword, one letter). */
export function normalizeTerm(word: string): string | null {
  const folded = foldForSearch(word);
  if (folded.length < 2 || STOPWORDS.has(folded)) return null;
  // Digits (years, amounts) are kept as typed; the stemmer would cut "2024" to nothing useful.
  if (/^\d+$/.test(folded)) return folded;
  return stemmer.stemWord(folded);
}

/** Words of a text with their positions, for tokenising and highlighting. */
export function words(text: string): { word: string; start: number; end: number }[] {
  const out: { word: string; start: number; end: number }[] = [];
  for (const m of text.matchAll(WORD)) out.push({ word: m[0], start: m.index, end: m.index + m[0].length });
  return out;
}

/** The search terms of a text, in order, duplicates kept (the index counts term frequency). */
export function searchTerms(text: string): string[] {
  const out: string[] = [];
  for (const w of words(text)) {
    const term = normalizeTerm(w.word);
    if (term !== null) out.push(term);
  }
  return out;
}

export interface HighlightSegment {
  text: string;
  match: boolean;
}

/**
 * Marks the words of `text` whose term is in `terms` (or starts with one of `prefixes`, for
 * prefix matches), cut to about `maxLength` characters around the first match ("…" where cut).
 * Returns null when nothing in the text matches.
 */
export function highlight(
  text: string,
  terms: ReadonlySet<string>,
  options: { maxLength?: number; prefixes?: readonly string[] } = {},
): HighlightSegment[] | null {
  const maxLength = options.maxLength ?? 240;
  const prefixes = options.prefixes ?? [];
  const hits = words(text).filter((w) => {
    const term = normalizeTerm(w.word);
    return term !== null && (terms.has(term) || prefixes.some((p) => term.startsWith(p)));
  });
  if (hits.length === 0) return null;
  let from = 0;
  let to = text.length;
  if (text.length > maxLength) {
    from = Math.max(0, hits[0]!.start - Math.floor(maxLength / 3));
    // Start and end on word boundaries so no word is cut in half.
    if (from > 0) from = text.lastIndexOf(' ', from) + 1;
    to = Math.min(text.length, from + maxLength);
    if (to < text.length) {
      const space = text.lastIndexOf(' ', to);
      if (space > hits[0]!.end) to = space;
    }
  }
  const segments: HighlightSegment[] = [];
  const push = (s: string, match: boolean) => {
    if (s === '') return;
    const last = segments.at(-1);
    if (last && last.match === match) last.text += s;
    else segments.push({ text: s, match });
  };
  if (from > 0) push('…', false);
  let at = from;
  for (const h of hits) {
    if (h.start < from || h.end > to) continue;
    push(text.slice(at, h.start), false);
    push(text.slice(h.start, h.end), true);
    at = h.end;
  }
  push(text.slice(at, to), false);
  if (to < text.length) push('…', false);
  return segments;
}
