/**
 * Claim matching: is a new claim one the desk (or another fact-checker) already checked?
 *
 * This is the contract shared by the matcher (lib/matching/*) and its users (the "checked before"
 * service, the search service). The first implementation is a plain word-overlap score; the real
 * matcher replaces the bodies below without changing these types.
 */

export interface ClaimForMatch {
  /** The claim's wording (claim text, or the quote when there is none). */
  text: string;
  /** Who made the claim, when known. */
  speaker?: string | null;
}

export type MatchKind = 'same' | 'related' | 'unrelated';

/** A difference that makes two similar claims not the same claim. */
export interface MatchDifference {
  kind: 'number' | 'negation' | 'speaker' | 'place' | 'date' | 'entity';
  /** The differing words as they appear in a and b ('' when absent on one side). */
  a: string;
  b: string;
}

export interface MatchResult {
  kind: MatchKind;
  /** 0..1: how close the two wordings are after normalisation (1 = same words). */
  score: number;
  /** Plain-language reasons, for the reviewer ("same numbers", "Pentagon = Department of Defense"). */
  reasons: string[];
  differences: MatchDifference[];
}

const WORD = /[\p{L}\p{N}]+/gu;

function words(text: string): string[] {
  return (text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().match(WORD) ?? []);
}

/**
 * A normalised form of a claim for candidate retrieval in PostgreSQL (pg_trgm similarity on a stored
 * column): lower case, accents removed, numbers as digits, aliases as their canonical name.
 * Deterministic and cheap; store it beside the claim and compare with `similarity()` / `%`.
 */
export function matchKey(text: string): string {
  return words(text).join(' ');
}

/** Compares two claims. Symmetric: compareClaims(a, b).kind === compareClaims(b, a).kind. */
export function compareClaims(a: ClaimForMatch, b: ClaimForMatch): MatchResult {
  const wa = new Set(words(a.text));
  const wb = new Set(words(b.text));
  let shared = 0;
  for (const w of wa) if (wb.has(w)) shared++;
  const union = wa.size + wb.size - shared;
  const score = union === 0 ? 0 : shared / union;
  const kind: MatchKind = score >= 0.8 ? 'same' : score >= 0.4 ? 'related' : 'unrelated';
  return { kind, score, reasons: [`${shared} words in common`], differences: [] };
}
