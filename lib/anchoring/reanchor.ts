/**
 * Re-anchoring: finds each claim's quote again after the article's text changed (pure, no DB).
 *
 * 1. Exact quote: at the old position mapped through a word diff of old → new, else the exact
 *    occurrence nearest to it (a moved passage, a repeated sentence).
 * 2. Fuzzy: the quote with its stored prefix and suffix, searched by approximate matching
 *    (approx-string-match) only in the span of the new text that replaced the old quote. A match
 *    that is not exact is never accepted silently: the claim is flagged `text_changed` with the
 *    proposed span, for a person to accept or re-pick.
 * 3. Nothing close enough where the quote was (the text was deleted, or replaced by different
 *    words): `orphan`. A look-alike sentence elsewhere never captures a claim, because fuzzy
 *    candidates must lie where the old quote's text went.
 */
import search from 'approx-string-match';
import { selectorFor, type QuoteSelector } from './quote-selector';
import { OffsetMap, wordDiff, type DiffPart } from './text-diff';

export type StoredAnchor = QuoteSelector & { id: string };

export type AnchorState = 'anchored' | 'text_changed' | 'orphan';

/** Where a claim stands in the new text. For an orphan the selector keeps the old quote, at `start === end`. */
export type AnchorResult = QuoteSelector & {
  id: string;
  state: AnchorState;
  /** 1 for an exact quote; the fuzzy match's share of matching characters; null for an orphan. */
  similarity: number | null;
  /** The quote before the change (what a person compares with the new `quote`). */
  before: string;
};

/** Below this share of matching characters a candidate is not the same passage. */
export const MIN_SIMILARITY = 0.6;
/** A fuzzy candidate must lie at least this much inside the span that replaced the old quote. */
const MIN_INSIDE = 0.5;

export type ReanchorOptions = { diff?: DiffPart[] };

export type ReanchorOutcome = { results: AnchorResult[]; map: OffsetMap };

/** Re-anchors every stored anchor on `newText`. Results are in the order of `anchors`. */
export function reanchor(oldText: string, newText: string, anchors: StoredAnchor[], options: ReanchorOptions = {}): ReanchorOutcome {
  const map = new OffsetMap(options.diff ?? wordDiff(oldText, newText));
  return { results: anchors.map((a) => reanchorOne(newText, a, map)), map };
}

function reanchorOne(text: string, a: StoredAnchor, map: OffsetMap): AnchorResult {
  const quote = a.quote;
  const hint = map.mapStart(a.start);
  const orphan = (): AnchorResult => ({ ...a, start: hint, end: hint, state: 'orphan', similarity: null, before: quote });
  if (!quote) return orphan();
  if (text.startsWith(quote, hint)) return exact(text, a, hint);
  const nearest = nearestOccurrence(text, quote, hint);
  if (nearest >= 0) return exact(text, a, nearest);

  const region = trim(text, hint, Math.max(hint, map.mapEnd(a.end)));
  if (region.end <= region.start) return orphan();
  const best = bestFuzzy(text, a, region);
  if (!best || best.similarity < MIN_SIMILARITY) return orphan();
  return { id: a.id, ...selectorFor(text, best.start, best.end), state: 'text_changed', similarity: best.similarity, before: quote };
}

function exact(text: string, a: StoredAnchor, start: number): AnchorResult {
  return { id: a.id, ...selectorFor(text, start, start + a.quote.length), state: 'anchored', similarity: 1, before: a.quote };
}

/** The occurrence of `quote` whose start is nearest to `hint`, or -1. */
function nearestOccurrence(text: string, quote: string, hint: number): number {
  const after = text.indexOf(quote, hint);
  const before = hint > 0 ? text.lastIndexOf(quote, hint - 1) : -1;
  if (after < 0) return before;
  if (before < 0) return after;
  return hint - before <= after - hint ? before : after;
}

type Candidate = { start: number; end: number; similarity: number };

/** The best approximate match of the quote that lies mostly inside `region`, scored with its context. */
function bestFuzzy(text: string, a: StoredAnchor, region: { start: number; end: number }): Candidate | null {
  const len = a.quote.length;
  const slack = Math.min(64, Math.ceil(len / 4));
  const from = Math.max(0, region.start - slack);
  const to = Math.min(text.length, region.end + slack);
  const maxErrors = Math.floor(len * (1 - MIN_SIMILARITY));
  const matches = search(text.slice(from, to), a.quote, maxErrors);
  let best: (Candidate & { score: number }) | null = null;
  for (const m of matches) {
    const span = snapToWords(text, from + m.start, from + m.end);
    if (span.end <= span.start) continue;
    const inside = Math.min(span.end, region.end) - Math.max(span.start, region.start);
    if (inside < MIN_INSIDE * (span.end - span.start)) continue;
    if (isOldNeighbour(text, a, span)) continue;
    const similarity = 1 - m.errors / Math.max(len, span.end - span.start);
    const context = sharedTail(a.prefix, text.slice(Math.max(0, span.start - a.prefix.length), span.start)) / Math.max(1, a.prefix.length)
      + sharedHead(a.suffix, text.slice(span.end, span.end + a.suffix.length)) / Math.max(1, a.suffix.length);
    const score = similarity * 50 + context * 10 - Math.abs(span.start - region.start) / Math.max(1, len);
    if (!best || score > best.score) best = { ...span, similarity, score };
  }
  return best && { start: best.start, end: best.end, similarity: best.similarity };
}

/**
 * True when the candidate is the text that used to follow (or precede) the quote: the quote was
 * deleted and its neighbour, perhaps a look-alike, moved up into its place.
 */
function isOldNeighbour(text: string, a: StoredAnchor, span: { start: number; end: number }): boolean {
  const after = a.suffix.trimStart();
  const before = a.prefix.trimEnd();
  if (after.length >= 8 && text.startsWith(after, span.start)) return true;
  return before.length >= 8 && text.slice(Math.max(0, span.end - before.length), span.end) === before;
}

const WORD = /[\p{L}\p{N}]/u;

/** Widens a match that cuts a word to the whole word, and drops whitespace at its edges. */
function snapToWords(text: string, start: number, end: number): { start: number; end: number } {
  let s = start;
  let e = end;
  while (s > 0 && s < text.length && WORD.test(text[s - 1]) && WORD.test(text[s])) s--;
  while (e > 0 && e < text.length && WORD.test(text[e - 1]) && WORD.test(text[e])) e++;
  return trim(text, s, e);
}

function trim(text: string, start: number, end: number): { start: number; end: number } {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text[s])) s++;
  while (e > s && /\s/.test(text[e - 1])) e--;
  return { start: s, end: e };
}

function sharedTail(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}

function sharedHead(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

/** A sentence of the new text that deserves a claim: its wording span and what the extractor said. */
export type NewSentence<U> = { start: number; end: number; unit: U };

/**
 * Sentences for new claims: check-worthy sentences (already filtered by the caller) that touch
 * inserted text and overlap no claim that is still in the text, so an edit adds claims only for
 * what it added, never for sentences a reviewer removed or dismissed before.
 */
export function newSentences<U>(candidates: NewSentence<U>[], kept: { start: number; end: number }[], map: OffsetMap): NewSentence<U>[] {
  const spans = [...kept].filter((k) => k.end > k.start).sort((x, y) => x.start - y.start);
  return candidates.filter((c) => map.touchesInsertion(c.start, c.end) && !overlapsAny(spans, c.start, c.end));
}

function overlapsAny(sorted: { start: number; end: number }[], start: number, end: number): boolean {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid].start < end) lo = mid + 1;
    else hi = mid;
  }
  // spans starting before `end`: scan back while they might reach past `start` (claims seldom nest)
  for (let i = lo - 1; i >= 0 && i >= lo - 64; i--) if (sorted[i].end > start) return true;
  return false;
}
