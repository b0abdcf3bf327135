/**
 * Reading view of a stored body: which characters are markup (hidden) and how lines group into
 * blocks. Offsets always refer to the stored body, so claims anchor to what was imported.
 */
export type Range = { start: number; end: number };
export type Block = { start: number; end: number; heading: boolean };

const HEADING = /^(#{1,6})[ \t]+/;
const BOLD_LINE = /^(\*\*|__)(.+)\1\s*$/;

/** Hidden markup ranges (sorted, non-overlapping) for a Markdown body. */
export function markupRanges(body: string): Range[] {
  const ranges: Range[] = [];
  let lineStart = 0;
  while (lineStart <= body.length) {
    const nl = body.indexOf('\n', lineStart);
    const lineEnd = nl === -1 ? body.length : nl;
    const line = body.slice(lineStart, lineEnd);
    const heading = HEADING.exec(line);
    if (heading) ranges.push({ start: lineStart, end: lineStart + heading[0].length });
    const quote = /^>\s?/.exec(line);
    if (quote) ranges.push({ start: lineStart, end: lineStart + quote[0].length });
    // Links: [text](url) shows as text.
    for (const m of line.matchAll(/\[([^\]\n]+)\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g)) {
      const s = lineStart + (m.index ?? 0);
      ranges.push({ start: s, end: s + 1 });
      ranges.push({ start: s + 1 + m[1].length, end: s + m[0].length });
    }
    // Emphasis and code markers: **, __, `, and single * or _ hugging a word.
    for (const m of line.matchAll(/\*\*|__|`|(?<=^|[\s(])[*_](?=\S)|(?<=\S)[*_](?=$|[\s.,;:!?)])/g)) {
      const s = lineStart + (m.index ?? 0);
      ranges.push({ start: s, end: s + m[0].length });
    }
    if (nl === -1) break;
    lineStart = nl + 1;
  }
  return mergeRanges(ranges);
}

export function mergeRanges(ranges: Range[]): Range[] {
  const sorted = [...ranges].sort((a, b) => a.start - b.start || a.end - b.end);
  const out: Range[] = [];
  for (const r of sorted) {
    const last = out[out.length - 1];
    if (last && r.start <= last.end) last.end = Math.max(last.end, r.end);
    else out.push({ ...r });
  }
  return out;
}

/** Non-empty lines as blocks; a markdown heading or a line that is all bold reads as a heading. */
export function blocksOf(body: string, markdown: boolean): Block[] {
  const blocks: Block[] = [];
  let lineStart = 0;
  while (lineStart <= body.length) {
    const nl = body.indexOf('\n', lineStart);
    const lineEnd = nl === -1 ? body.length : nl;
    const line = body.slice(lineStart, lineEnd);
    if (line.trim()) {
      const heading = markdown && (HEADING.test(line) || BOLD_LINE.test(line.trim()));
      blocks.push({ start: lineStart, end: lineEnd, heading });
    }
    if (nl === -1) break;
    lineStart = nl + 1;
  }
  return blocks;
}

export type Piece = { start: number; end: number; claimIds: string[] };

/**
 * Splits one block into visible pieces at claim boundaries, dropping hidden markup.
 * `claims` must be sorted by start; each piece lists the claims covering it.
 */
export function piecesOf(block: Block, hidden: Range[], claims: { id: string; start: number; end: number }[]): Piece[] {
  const cuts = new Set<number>([block.start, block.end]);
  const inBlock = claims.filter((c) => c.start < block.end && c.end > block.start);
  for (const c of inBlock) {
    if (c.start > block.start) cuts.add(c.start);
    if (c.end < block.end) cuts.add(c.end);
  }
  const hiddenHere = hidden.filter((h) => h.start < block.end && h.end > block.start);
  for (const h of hiddenHere) {
    cuts.add(Math.max(block.start, h.start));
    cuts.add(Math.min(block.end, h.end));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const pieces: Piece[] = [];
  for (let i = 0; i < points.length - 1; i++) {
    const start = points[i];
    const end = points[i + 1];
    if (end <= start) continue;
    if (hiddenHere.some((h) => h.start <= start && h.end >= end)) continue;
    pieces.push({ start, end, claimIds: inBlock.filter((c) => c.start <= start && c.end >= end).map((c) => c.id) });
  }
  return pieces;
}
