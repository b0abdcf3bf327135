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
  const hidden = markdown ? markupRanges(body) : [];
  const visible = claims.filter((c) => c.status !== 'dismissed').sort((a, b) => a.start - b.start || a.end - b.end);
  return blocksOf(body, markdown).map((block) => ({
    start: block.start,
    heading: block.heading,
    pieces: piecesOf(block, hidden, visible).map((p) => ({
      start: p.start,
      text: body.slice(p.start, p.end),
      claimId: p.claimIds[p.claimIds.length - 1] ?? null,
      claimIds: p.claimIds,
    })),
  }));
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
 * written only when it is a #rrggbb colour. Spans carry `data-o` (the offset of their first character
 * in the stored body, so a selection maps back to exact offsets), marks also `data-claim-id` (and
 * `data-claim-ids` where claims overlap) and a title naming the verdict.
 */
export function articleHtml(body: string, markdown: boolean, claims: readonly MarkClaim[]): string {
  const byId = new Map(claims.map((c) => [c.id, c]));
  let html = '';
  for (const block of articleBlocks(body, markdown, claims)) {
    const tag = block.heading ? 'h2 class="heading"' : 'p';
    html += `<${tag}>`;
    for (const piece of block.pieces) {
      const claim = piece.claimId ? byId.get(piece.claimId) : undefined;
      const text = escapeHtml(piece.text);
      if (!claim) {
        html += `<span data-o="${piece.start}">${text}</span>`;
        continue;
      }
      const ids = piece.claimIds.length > 1 ? ` data-claim-ids="${escapeHtml(piece.claimIds.join(' '))}"` : '';
      // Unreviewed marks take the neutral colour of the theme from the style sheet.
      const colour = claim.verdict && COLOUR.test(claim.verdict.colour) ? ` style="--claim-colour:${claim.verdict.colour}"` : '';
      html += `<mark data-o="${piece.start}" data-claim-id="${escapeHtml(claim.id)}"${ids}${colour} title="${escapeHtml(markTitle(claim))}">${text}</mark>`;
    }
    html += block.heading ? '</h2>' : '</p>';
  }
  return html;
}
