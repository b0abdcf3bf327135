/** A place between two words of a text where a claim may be split. */
export type WordBoundary = { at: number; before: string; after: string };

/**
 * The positions (relative to `text`) where one word ends and whitespace begins, with the word
 * before and after each, so a reviewer can pick "split after this word". Neither side is empty.
 */
export function wordBoundaries(text: string): WordBoundary[] {
  const result: WordBoundary[] = [];
  const gap = /\s+/g;
  for (let m = gap.exec(text); m; m = gap.exec(text)) {
    const at = m.index;
    const end = at + m[0].length;
    if (at === 0 || end >= text.length) continue;
    const before = text.slice(0, at).split(/\s+/).pop() ?? '';
    const after = text.slice(end).split(/\s+/)[0] ?? '';
    result.push({ at, before, after });
  }
  return result;
}

/** True when `at` (an offset into `body`) lies between two words: whitespace on at least one side. */
export function isWordBoundary(body: string, at: number): boolean {
  if (at <= 0 || at >= body.length) return false;
  return /\s/.test(body[at - 1]) || /\s/.test(body[at]);
}
