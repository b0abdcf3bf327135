/**
 * Highlighting for search results, as data: a text cut into segments, each either matching the
 * query or not. The UI renders them as text and <mark> elements, so nothing from a document or a
 * query is ever injected as HTML. Matching is forgiving like the search itself: case and accents
 * are ignored, a query word matches the words it begins (or that begin it, for inflections), and a
 * word of 4+ letters also matches words one edit away (two for 8+ letters).
 */
export type Segment = { text: string; match: boolean };

const MARKS = /\p{M}+/gu;
const WORD = /[\p{L}\p{N}]+/gu;

/** Lower case without accents. */
export function fold(text: string): string {
  return text.normalize('NFD').replace(MARKS, '').toLowerCase();
}

/** The words of a query, folded, at most 12, each at most 40 characters. */
export function queryTerms(query: string): string[] {
  const words = fold(query).match(WORD) ?? [];
  return [...new Set(words.map((w) => w.slice(0, 40)))].slice(0, 12);
}

/** Two rows of the edit-distance table, reused: terms are at most 40 characters (queryTerms). */
let rowA = new Int32Array(64);
let rowB = new Int32Array(64);

function withinEdits(a: string, b: string, max: number): boolean {
  if (Math.abs(a.length - b.length) > max) return false;
  if (b.length + 1 > rowA.length) [rowA, rowB] = [new Int32Array(b.length + 1), new Int32Array(b.length + 1)];
  let prev = rowA;
  let row = rowB;
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    row[0] = i;
    let best = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const d = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (ca === b.charCodeAt(j - 1) ? 0 : 1));
      row[j] = d;
      if (d < best) best = d;
    }
    if (best > max) return false;
    [prev, row] = [row, prev];
  }
  return prev[b.length] <= max;
}

/** Whether a folded word of a document answers a folded query term. */
export function wordMatches(word: string, term: string): boolean {
  if (word.startsWith(term)) return true;
  if (term.length >= 4 && word.length >= 4 && term.startsWith(word.slice(0, Math.max(4, word.length - 1)))) return true;
  if (term.length < 4) return false;
  return withinEdits(word.slice(0, term.length + 2), term, term.length >= 8 ? 2 : 1) || withinEdits(word, term, term.length >= 8 ? 2 : 1);
}

/** A word of a document as written: letters and digits, with the combining marks of decomposed accents. */
const TEXT_WORD = /[\p{L}\p{N}][\p{L}\p{N}\p{M}]*/gu;
const ASCII = /^[\x00-\x7f]*$/;

/**
 * The [start, end) ranges of `text` whose words answer one of the terms, in order, at most `max`
 * (a snippet needs the first few; a 100,000-character body need not be read to its end). Each
 * distinct word is folded and compared once.
 */
export function matchRanges(text: string, terms: string[], max = Infinity): [number, number][] {
  if (!terms.length || !text) return [];
  const seen = new Map<string, boolean>();
  const ranges: [number, number][] = [];
  for (const m of text.matchAll(TEXT_WORD)) {
    const word = m[0];
    let hit = seen.get(word);
    if (hit === undefined) {
      const folded = ASCII.test(word) ? word.toLowerCase() : fold(word);
      hit = terms.some((t) => wordMatches(folded, t));
      seen.set(word, hit);
    }
    if (!hit) continue;
    ranges.push([m.index, m.index + word.length]);
    if (ranges.length >= max) break;
  }
  return ranges;
}

function toSegments(text: string, ranges: [number, number][], from: number, to: number): Segment[] {
  const segments: Segment[] = [];
  let at = from;
  for (const [s, e] of ranges) {
    if (e <= from || s >= to) continue;
    const start = Math.max(s, from);
    const end = Math.min(e, to);
    if (start > at) segments.push({ text: text.slice(at, start), match: false });
    segments.push({ text: text.slice(start, end), match: true });
    at = end;
  }
  if (at < to) segments.push({ text: text.slice(at, to), match: false });
  return segments;
}

/** The whole text, highlighted. */
export function highlight(text: string, terms: string[]): Segment[] {
  return toSegments(text, matchRanges(text, terms), 0, text.length);
}

/** How many matches a snippet looks at: those in its window (the first match and what follows). */
const SNIPPET_MATCHES = 60;

/**
 * A window of about `size` characters of the text around its first match (the start when nothing
 * matches), cut at word boundaries, with an ellipsis where text was left out. `ranges` are the
 * text's matches when the caller already has them (at least the first SNIPPET_MATCHES).
 */
export function snippet(text: string, terms: string[], size = 240, ranges = matchRanges(text, terms, SNIPPET_MATCHES)): Segment[] {
  if (text.length <= size) return toSegments(text, ranges, 0, text.length);
  const first = ranges[0]?.[0] ?? 0;
  let from = Math.max(0, first - Math.floor(size / 3));
  let to = Math.min(text.length, from + size);
  from = Math.max(0, Math.min(from, to - size));
  if (from > 0) {
    const space = text.indexOf(' ', from);
    if (space !== -1 && space < first) from = space + 1;
  }
  if (to < text.length) {
    const space = text.lastIndexOf(' ', to);
    if (space > Math.max(from, ranges[0]?.[1] ?? from)) to = space;
  }
  const segments = toSegments(text, ranges, from, to);
  if (from > 0) segments.unshift({ text: '…', match: false });
  if (to < text.length) segments.push({ text: '…', match: false });
  return segments;
}

/** How many matches a text has, counting up to `max`: the result's best field is the one with the most. */
export function matchCount(text: string, terms: string[], max = Infinity): number {
  return matchRanges(text, terms, max).length;
}
