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

/** Lower case without accents, one character at a time, with each folded character's source index. */
export function foldWithMap(text: string): { folded: string; origin: number[] } {
  let folded = '';
  const origin: number[] = [];
  for (let i = 0; i < text.length; ) {
    const cp = text.codePointAt(i) ?? 0;
    const ch = String.fromCodePoint(cp);
    const f = ch.normalize('NFD').replace(MARKS, '').toLowerCase();
    for (let k = 0; k < f.length; k++) origin.push(i);
    folded += f;
    i += ch.length;
  }
  origin.push(text.length);
  return { folded, origin };
}

/** Lower case without accents. */
export function fold(text: string): string {
  return text.normalize('NFD').replace(MARKS, '').toLowerCase();
}

/** The words of a query, folded, at most 12, each at most 40 characters. */
export function queryTerms(query: string): string[] {
  const words = fold(query).match(WORD) ?? [];
  return [...new Set(words.map((w) => w.slice(0, 40)))].slice(0, 12);
}

function withinEdits(a: string, b: string, max: number): boolean {
  if (Math.abs(a.length - b.length) > max) return false;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      best = Math.min(best, row[j]);
    }
    if (best > max) return false;
    prev = row;
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

/** The [start, end) ranges of `text` (original indices) whose words answer one of the terms. */
export function matchRanges(text: string, terms: string[]): [number, number][] {
  if (!terms.length || !text) return [];
  const { folded, origin } = foldWithMap(text);
  const ranges: [number, number][] = [];
  for (const m of folded.matchAll(WORD)) {
    if (terms.some((t) => wordMatches(m[0], t))) ranges.push([origin[m.index], origin[m.index + m[0].length]]);
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

/**
 * A window of about `size` characters of the text around its first match (the start when nothing
 * matches), cut at word boundaries, with an ellipsis where text was left out.
 */
export function snippet(text: string, terms: string[], size = 240): Segment[] {
  const ranges = matchRanges(text, terms);
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

/** How many matches a text has: the result's best field is the one with the most. */
export function matchCount(text: string, terms: string[]): number {
  return matchRanges(text, terms).length;
}
