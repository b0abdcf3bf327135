/**
 * Claim matching: is a new claim one the desk (or another fact-checker) already checked?
 *
 * This is the contract shared by the matcher (lib/matching/*) and its users (the "checked before"
 * service, the search service). The matcher: analyze.ts (wording → stems, aliases, numbers, negations),
 * compare.ts (score and differences), speaker.ts; evaluated by scripts/eval-matching.ts.
 */
import { analyzeClaim, type AnalyzedClaim } from './analyze';
import { compareAnalyzed } from './compare';
import { parseSpeaker, type SpeakerName } from './speaker';

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
  /** 'opposite' for words on opposite sides of a scale ("rose" / "fell"), reported as a negation. */
  note?: string;
}

export interface MatchResult {
  kind: MatchKind;
  /** 0..1: how close the two wordings are after normalisation (1 = same words). */
  score: number;
  /** Plain-language reasons, for the reviewer ("same numbers", "Pentagon = Department of Defense"). */
  reasons: string[];
  differences: MatchDifference[];
}

/** A claim analysed once, for comparing it with many candidates (`compareClaims` caches these itself). */
export interface PreparedClaim {
  analysis: AnalyzedClaim;
  speaker: SpeakerName | null;
}

const CACHE_SIZE = 5_000;
const cache = new Map<string, AnalyzedClaim>();

function analysisOf(text: string): AnalyzedClaim {
  const hit = cache.get(text);
  if (hit) {
    // least recently used first out: move a hit to the end
    cache.delete(text);
    cache.set(text, hit);
    return hit;
  }
  const a = analyzeClaim(text);
  if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value as string);
  cache.set(text, a);
  return a;
}

export function prepareClaim(claim: ClaimForMatch): PreparedClaim {
  return { analysis: analysisOf(claim.text), speaker: parseSpeaker(claim.speaker) };
}

/**
 * Changes whenever `matchKey` would give a different key for the same text (word lists, number
 * reading, gazetteer): a service that stores keys recomputes the ones made under another version.
 */
export const MATCH_KEY_VERSION = 1;

/**
 * A normalised form of a claim for candidate retrieval in PostgreSQL (pg_trgm similarity on a stored
 * column): lower case, accents removed, numbers as digits ("one hundred and seven" → "107",
 * "3.9 %" → "3.9 percent", "$1.5 trillion" → "1500000000000 dollar"), aliases as their canonical
 * name ("DoD", "Pentagon" → "department of defense"), people by last name, function words left out,
 * content words as stems with common synonyms folded ("killed" → "kill", "dropped" → "fall"),
 * negations as "not". Deterministic and cheap; store it beside the claim and compare with `similarity()` / `%`.
 */
export function matchKey(text: string): string {
  return analysisOf(text).key;
}

/** Compares two prepared claims (see `compareClaims`). */
export function comparePrepared(a: PreparedClaim, b: PreparedClaim): MatchResult {
  return compareAnalyzed(a.analysis, b.analysis, a.speaker, b.speaker);
}

/**
 * Compares two claims. Symmetric: compareClaims(a, b).kind === compareClaims(b, a).kind.
 * `same` only when the wordings are close and no number, date, negation, speaker, place or name
 * differs; such pairs are `related` with the differing words of each side in `differences`.
 */
export function compareClaims(a: ClaimForMatch, b: ClaimForMatch): MatchResult {
  return comparePrepared(prepareClaim(a), prepareClaim(b));
}
