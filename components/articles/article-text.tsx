'use client';
import { memo, useMemo } from 'react';
import { blocksOf, markupRanges, piecesOf } from '@/lib/anchoring/markdown-view';
import type { ClaimDto } from '@/lib/services/dto';

type Props = {
  body: string;
  markdown: boolean;
  claims: ClaimDto[];
  selectedId: string | null;
  onSelect: (id: string) => void;
};

const NEUTRAL = '#9aa4b2';

/**
 * The article as reading text with claims highlighted. Every text span carries `data-o`, the
 * offset of its first character in the stored body, so a selection maps back to exact offsets.
 */
export const ArticleText = memo(function ArticleText({ body, markdown, claims, selectedId, onSelect }: Props) {
  const blocks = useMemo(() => {
    const hidden = markdown ? markupRanges(body) : [];
    const visibleClaims = claims.filter((c) => c.status !== 'dismissed');
    return blocksOf(body, markdown).map((block) => ({ block, pieces: piecesOf(block, hidden, visibleClaims) }));
  }, [body, markdown, claims]);
  const byId = useMemo(() => new Map(claims.map((c) => [c.id, c])), [claims]);

  return (
    <div className="article-text" data-testid="article-text" aria-label="Article text">
      {blocks.map(({ block, pieces }) => (
        <ArticleBlock
          key={block.start}
          body={body}
          heading={block.heading}
          pieces={pieces}
          byId={byId}
          // Only the block holding the selected claim re-renders when the selection moves (long articles).
          selectedId={selectedId && pieces.some((p) => p.claimIds.includes(selectedId)) ? selectedId : null}
          onSelect={onSelect}
        />
      ))}
    </div>
  );
});

type BlockProps = {
  body: string;
  heading: boolean;
  pieces: { start: number; end: number; claimIds: string[] }[];
  byId: Map<string, ClaimDto>;
  selectedId: string | null;
  onSelect: (id: string) => void;
};

const ArticleBlock = memo(function ArticleBlock({ body, heading, pieces, byId, selectedId, onSelect }: BlockProps) {
  const Tag = heading ? 'h2' : 'p';
  return (
    <Tag className={heading ? 'heading' : undefined}>
      {pieces.map((piece) => {
        const text = body.slice(piece.start, piece.end);
        const claimId = piece.claimIds[piece.claimIds.length - 1];
        const claim = claimId ? byId.get(claimId) : undefined;
        if (!claim) {
          return (
            <span key={piece.start} data-o={piece.start}>
              {text}
            </span>
          );
        }
        const selected = piece.claimIds.includes(selectedId ?? '');
        return (
          <mark
            key={piece.start}
            data-o={piece.start}
            data-claim-id={claim.id}
            className={selected ? 'selected' : undefined}
            style={{ ['--claim-colour' as string]: claim.verdict?.colour ?? NEUTRAL }}
            title={claim.verdict ? `Verdict: ${claim.verdict.label}` : 'Not reviewed yet'}
            onClick={() => onSelect(claim.id)}
          >
            {text}
          </mark>
        );
      })}
    </Tag>
  );
});

/** Maps the current DOM selection inside the article to body offsets, or null. */
export function selectionOffsets(container: HTMLElement | null): { start: number; end: number } | null {
  const selection = typeof window === 'undefined' ? null : window.getSelection();
  if (!container || !selection || selection.isCollapsed || selection.rangeCount === 0) return null;
  const range = selection.getRangeAt(0);
  const toOffset = (node: Node, offset: number): number | null => {
    const element = node.nodeType === Node.TEXT_NODE ? node.parentElement : (node as Element);
    const holder = element?.closest('[data-o]');
    if (!holder || !container.contains(holder)) return null;
    const base = Number(holder.getAttribute('data-o'));
    return node.nodeType === Node.TEXT_NODE ? base + offset : base;
  };
  const start = toOffset(range.startContainer, range.startOffset);
  const end = toOffset(range.endContainer, range.endOffset);
  if (start === null || end === null || end <= start) return null;
  return { start, end };
}
