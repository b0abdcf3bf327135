/** How many characters of context are stored on each side of a claim's quote. */
export const CONTEXT_CHARS = 32;

export type QuoteSelector = { quote: string; start: number; end: number; prefix: string; suffix: string };

/** A text-quote selector (exact quote + context) with the offsets as a position hint. */
export function selectorFor(body: string, start: number, end: number): QuoteSelector {
  return {
    quote: body.slice(start, end),
    start,
    end,
    prefix: body.slice(Math.max(0, start - CONTEXT_CHARS), start),
    suffix: body.slice(end, end + CONTEXT_CHARS),
  };
}

/** Shrinks [start, end) so it neither starts nor ends with whitespace. */
export function trimRange(body: string, start: number, end: number): { start: number; end: number } {
  let s = Math.max(0, start);
  let e = Math.min(body.length, end);
  while (s < e && /\s/.test(body[s])) s++;
  while (e > s && /\s/.test(body[e - 1])) e--;
  return { start: s, end: e };
}

/** Normalises imported text once, before it is stored: no BOM, LF line ends. */
export function normaliseBody(text: string): string {
  return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}
