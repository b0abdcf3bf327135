/**
 * The text given to PostgreSQL's `to_tsquery('english', …)` for a search. Terms come from
 * queryTerms (letters and digits only), so no user punctuation ever reaches the tsquery syntax.
 */
import { isStopWord } from './stop-words';

/** Words shorter than this match only themselves: a one- or two-letter prefix matches half the index. */
export const MIN_PREFIX_LENGTH = 3;

/** The terms full text searches for: the query's words without English stop words. */
export function contentTerms(terms: string[]): string[] {
  return terms.filter((t) => !isStopWord(t));
}

/**
 * Every term must match (AND): each typed word also as a prefix (`unemploy` finds "unemployment";
 * the English stemmer finds inflections), each with its corrections as whole words (OR).
 */
export function tsqueryText(terms: string[], corrections: ReadonlyMap<string, string[]> = new Map()): string {
  return terms
    .map((term) => {
      const typed = term.length >= MIN_PREFIX_LENGTH ? `${term}:*` : term;
      const alternatives = corrections.get(term) ?? [];
      return alternatives.length ? `(${[typed, ...alternatives].join(' | ')})` : typed;
    })
    .join(' & ');
}
