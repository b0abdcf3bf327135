/**
 * Spelling correction for search, the pure part: the database proposes lexicon words that share
 * trigrams with a word no text contains (lib/services/search-spelling.ts); this picks the few
 * that are a typo away (edit distance with transpositions: "newtork" is one edit from "network",
 * two from "newton", though "newton" shares more trigrams).
 */
import { isStopWord } from './stop-words';

/** Words shorter than this are never corrected (too many words are one edit from them). */
export const MIN_CORRECTED_LENGTH = 4;
/** At most this many corrections of one word are searched for (joined by OR). */
export const MAX_ALTERNATIVES = 3;

/** How many edits a word of this length may be away from its correction. */
export function maxEdits(length: number): number {
  return length < MIN_CORRECTED_LENGTH ? 0 : length < 6 ? 1 : 2;
}

/**
 * The trigram similarity (pg_trgm `%`) a lexicon word needs to be proposed for these terms: a
 * swapped pair of letters leaves a word of 7+ letters a third of its trigrams ("newtork" /
 * "network" 0.33), a word of 5 or 6 letters a fifth to a quarter ("carne" / "crane" 0.2, "mosuqe" /
 * "mosque" 0.27). The lower threshold makes
 * the index propose ten times more words, so it is used only when a term is that short.
 */
export function similarityThreshold(terms: string[]): number {
  return terms.some((t) => t.length < 7) ? 0.2 : 0.3;
}

/**
 * Optimal string alignment distance (Levenshtein plus swapping two adjacent letters as one edit),
 * or `limit + 1` as soon as it is known to be larger than `limit`.
 */
export function editDistance(a: string, b: string, limit = Infinity): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let before: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      let d = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, before[j - 2] + 1);
      row[j] = d;
      best = Math.min(best, d);
    }
    if (best > limit) return limit + 1;
    before = prev;
    prev = row;
  }
  return prev[b.length];
}

/**
 * A lexicon word the database proposed for a term (lib/services/search-sql.ts vocabularyStatement):
 * a possible correction with its trigram similarity, or a completion the term's prefix query misses.
 */
export type Candidate = { term: string; word: string; sim: number; how: 'correction' | 'completion' };

/**
 * The corrections of each term: the proposed words fewest edits away (at most maxEdits), best
 * trigram similarity first, at most MAX_ALTERNATIVES; terms without any are left out.
 */
export function pickCorrections(candidates: Candidate[]): Map<string, string[]> {
  const byTerm = new Map<string, { word: string; sim: number; edits: number }[]>();
  for (const { term, word, sim, how } of candidates) {
    if (how !== 'correction') continue;
    const limit = maxEdits(term.length);
    if (word === term || isStopWord(word) || limit === 0) continue;
    const edits = editDistance(term, word, limit);
    if (edits > limit) continue;
    byTerm.set(term, [...(byTerm.get(term) ?? []), { word, sim, edits }]);
  }
  const out = new Map<string, string[]>();
  for (const [term, list] of byTerm) {
    const fewest = Math.min(...list.map((c) => c.edits));
    const best = list
      .filter((c) => c.edits === fewest)
      .sort((x, y) => y.sim - x.sim || x.word.localeCompare(y.word))
      .slice(0, MAX_ALTERNATIVES)
      .map((c) => c.word);
    out.set(term, [...new Set(best)]);
  }
  return out;
}

/** The completions of each term (words its prefix query misses because of stemming). */
export function pickCompletions(candidates: Candidate[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const { term, word, how } of candidates) if (how === 'completion' && word !== term) out.set(term, [...(out.get(term) ?? []), word]);
  return out;
}

/**
 * The query as it was searched after correction: each corrected term replaced by the alternative
 * that `uses` counts most often (what the results contain), the first alternative on a tie.
 */
export function correctedText(terms: string[], alternatives: Map<string, string[]>, uses: (word: string) => number): string {
  return terms
    .map((term) => {
      const words = alternatives.get(term);
      if (!words?.length) return term;
      let best = words[0];
      let most = uses(best);
      for (const word of words.slice(1)) {
        const n = uses(word);
        if (n > most) [best, most] = [word, n];
      }
      return best;
    })
    .join(' ');
}
