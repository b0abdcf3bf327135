import { blocksOf, markupRanges, piecesOf } from '@/lib/anchoring/markdown-view';

/** What a highlight needs to know about a claim. */
export type MarkClaim = { id: string; start: number; end: number; status: string; verdict: { colour: string; label: string } | null };

/** A run of visible text: plain, or highlighted for the claims covering it (the last one named on the mark). */
export type TextPiece = { start: number; text: string; claimId: string | null; claimIds: string[] };
export type TextBlock = { start: number; heading: boolean; pieces: TextPiece[] };

/**
 * The article as blocks of visible pieces, cut at claim boundaries (dismissed claims are not
 * highlighted). Offsets refer to the stored body, so a selection maps back to exact offsets.
 */
export function articleBlocks(body: string, markdown: boolean, claims: readonly MarkClaim[]): TextBlock[] {
  const visible = claims.filter((c) => c.status !== 'dismissed').sort((a, b) => a.start - b.start || a.end - b.end);
  const blocks = blocksOf(body, markdown);
  // Each block is cut by the claims and markup that overlap it alone, found once for all blocks:
  // a 1,000-claim article in 200 paragraphs is not 200 passes over 1,000 claims.
  const claimsIn = overlapping(blocks, visible);
  const hiddenIn = overlapping(blocks, markdown ? markupRanges(body) : []);
  return blocks.map((block, i) => ({
    start: block.start,
    heading: block.heading,
    pieces: piecesOf(block, hiddenIn[i], claimsIn[i]).map((p) => ({
      start: p.start,
      text: body.slice(p.start, p.end),
      claimId: p.claimIds[p.claimIds.length - 1] ?? null,
      claimIds: p.claimIds,
    })),
  }));
}

/**
 * For each block (in text order, not overlapping), the ranges that overlap it, in the ranges' order.
 * A range is placed by a binary search for its first block, then walks only the blocks it spans.
 */
export function overlapping<R extends { start: number; end: number }>(blocks: readonly { start: number; end: number }[], ranges: readonly R[]): R[][] {
  const out: R[][] = blocks.map(() => []);
  for (const r of ranges) {
    let lo = 0;
    let hi = blocks.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (blocks[mid].end <= r.start) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < blocks.length && blocks[i].start < r.end; i++) if (blocks[i].end > r.start) out[i].push(r);
  }
  return out;
}

/** The highlight's tooltip, which also gives the mark its accessible description. */
export function markTitle(claim: Pick<MarkClaim, 'verdict'>): string {
  return claim.verdict ? `Verdict: ${claim.verdict.label}` : 'Not reviewed yet';
}

/**
 * What decides where the highlights are: the claims that are highlighted, with their places. When the
 * page's claims no longer match the text the server drew (a claim added, split, merged, deleted,
 * dismissed or restored), the text is drawn again; a verdict change only recolours a mark.
 */
export function markLayout(claims: readonly Pick<MarkClaim, 'id' | 'start' | 'end' | 'status'>[]): string {
  return claims
    .filter((c) => c.status !== 'dismissed')
    .map((c) => `${c.id}:${c.start}:${c.end}`)
    .sort()
    .join(',');
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
/** Escapes text for HTML, in content and in double-quoted attribute values alike. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => ESCAPES[ch]);
}

const COLOUR = /^#[0-9a-fA-F]{6}$/;

/**
 * The article text with its highlights as HTML, built on the server. Every piece of text and every
 * attribute value is escaped (the body, the labels and the ids are user data); a verdict colour is
 * written only when it is a #rrggbb colour. Offsets map a selection back to the stored body:
 *   - a block (`p`, `h2`) carries `data-o`, the offset of its first character;
 *   - a mark carries `data-o`, `data-claim-id` (and `data-claim-ids` where claims overlap), and the
 *     verdict as its title once there is one (the page writes "Not reviewed yet" as it loads);
 *   - plain text that follows on from the piece before it (or starts its block) is written bare, its
 *     offset being where that piece ends (textOffset); plain text after hidden markup gets a
 *     `span data-o`.
 * A 1,000-claim article is then about a third lighter, and the page carries its text three times
 * (the HTML, the React payload, and that payload's script).
 */
export function articleHtml(body: string, markdown: boolean, claims: readonly MarkClaim[]): string {
  const byId = new Map(claims.map((c) => [c.id, c]));
  let html = '';
  for (const block of articleBlocks(body, markdown, claims)) {
    html += block.heading ? `<h2 class="heading" data-o="${block.start}">` : `<p data-o="${block.start}">`;
    let end = block.start;
    for (const piece of block.pieces) {
      const claim = piece.claimId ? byId.get(piece.claimId) : undefined;
      const text = escapeHtml(piece.text);
      const follows = piece.start === end;
      end = piece.start + piece.text.length;
      if (!claim) {
        html += follows ? text : `<span data-o="${piece.start}">${text}</span>`;
        continue;
      }
      const ids = piece.claimIds.length > 1 ? ` data-claim-ids="${escapeHtml(piece.claimIds.join(' '))}"` : '';
      // Unreviewed marks take the neutral colour of the theme from the style sheet.
      const colour = claim.verdict && COLOUR.test(claim.verdict.colour) ? ` style="--claim-colour:${claim.verdict.colour}"` : '';
      const title = claim.verdict ? ` title="${escapeHtml(markTitle(claim))}"` : '';
      html += `<mark data-o="${piece.start}" data-claim-id="${escapeHtml(claim.id)}"${ids}${colour}${title}>${text}</mark>`;
    }
    html += block.heading ? '</h2>' : '</p>';
  }
  return html;
}

/**
 * The body offset of a position in the text drawn by articleHtml (`offset` characters into a text
 * node, or before child `offset` of an element), or null outside it. Text inside a mark or span
 * starts at the element's `data-o`; bare text starts where the element before it ends, or at its
 * block's start.
 */
export function textOffset(node: Node, offset: number): number | null {
  const TEXT = 3;
  const dataO = (el: Element | null): number | null => {
    const o = el?.getAttribute('data-o');
    return o == null || o === '' ? null : Number(o);
  };
  if (node.nodeType !== TEXT) return dataO((node as Element).closest?.('[data-o]') ?? null);
  const parent = node.parentElement;
  if (!parent) return null;
  // A parser may split one piece's text into several nodes (a browser does past 65,536 characters):
  // the text nodes before this one, back to an element or the start, count too.
  let before = node.previousSibling;
  let run = offset;
  while (before && before.nodeType === TEXT) {
    run += (before.textContent ?? '').length;
    before = before.previousSibling;
  }
  let base: number | null;
  if (parent.matches('mark, span') || !before) base = dataO(parent);
  else if (before.nodeType === 1) {
    const o = dataO(before as Element);
    base = o === null ? null : o + (before.textContent ?? '').length;
  } else base = null;
  return base === null ? null : base + run;
}
