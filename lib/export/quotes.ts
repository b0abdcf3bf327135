/**
 * Quotation marks in a claim text. A claim is one sentence of an article, so a quotation that spans
 * sentences leaves it with half a pair (`"We will build it.` or `it works," she said`); ClaimReview's
 * `claimReviewed` should not carry that stray mark. Pairs: straight double quotes, “ ”, « ».
 * Apostrophes and single quotes are left alone (an apostrophe cannot be told from a closing quote).
 */

const CLOSER: Record<string, string> = { '“': '”', '«': '»', '"': '"' };
const CLOSERS = new Set(['”', '»']);

/** Text just before an opening straight quote, and just after a closing one. */
const BEFORE_OPENING = /[\s([{\u2014\u2013-]/;
const AFTER_CLOSING = /[\s.,;:!?)\]}\u2026\u2014\u2013-]/;

type Scan = { unmatched: Set<number>; open: { index: number; closer: string }[] };

/** Pairs the quotation marks of `text`: which marks have no partner, and which openers are still open at the end. */
function scanQuotes(text: string): Scan {
  const unmatched = new Set<number>();
  const open: { index: number; closer: string }[] = [];
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '“' || ch === '«') {
      open.push({ index: i, closer: CLOSER[ch] });
    } else if (CLOSERS.has(ch)) {
      if (open.length && open[open.length - 1].closer === ch) open.pop();
      else unmatched.add(i);
    } else if (ch === '"') {
      const prev = i > 0 ? text[i - 1] : ' ';
      const next = i + 1 < text.length ? text[i + 1] : ' ';
      const looksOpening = BEFORE_OPENING.test(prev) && !/\s/.test(next);
      const looksClosing = AFTER_CLOSING.test(next) && !/\s/.test(prev);
      const inside = open.length > 0 && open[open.length - 1].closer === '"';
      if (inside && (looksClosing || !looksOpening)) open.pop();
      else if (looksOpening || !looksClosing) open.push({ index: i, closer: '"' });
      else unmatched.add(i);
    }
  }
  return { unmatched, open };
}

function without(text: string, indexes: Set<number>): string {
  if (indexes.size === 0) return text;
  let out = '';
  for (let i = 0; i < text.length; i++) if (!indexes.has(i)) out += text[i];
  return out.replace(/ {2,}/g, ' ').trim();
}

/** `text` without the quotation marks that have no partner; paired quotations are kept as they are. */
export function balanceQuotes(text: string): string {
  const { unmatched, open } = scanQuotes(text);
  for (const o of open) unmatched.add(o.index);
  return without(text, unmatched);
}

/**
 * `text` (already balanced) cut to at most `max` characters at a word boundary with an ellipsis;
 * a quotation the cut falls inside is closed after the ellipsis (`said "the bridge…"`).
 */
export function shortenBalanced(text: string, max: number): string {
  if (text.length <= max) return text;
  let limit = max - 1;
  for (;;) {
    const cut = text.slice(0, limit);
    const space = cut.lastIndexOf(' ');
    const base = (space > max / 2 ? cut.slice(0, space) : cut).trimEnd();
    const { unmatched, open } = scanQuotes(base);
    const closing = open.map((o) => o.closer).reverse().join('');
    const result = `${without(base, unmatched)}…${closing}`;
    if (result.length <= max || limit <= 1) return result;
    limit -= result.length - max;
  }
}
