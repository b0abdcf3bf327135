'use client';
import { useEffect, useLayoutEffect, useMemo, useRef, type ReactNode, type RefObject } from 'react';
import { useRouter } from 'next/navigation';
import type { ClaimDto } from '@/lib/services/dto';
import { markLayout, markTitle, textOffset } from '@/lib/review/article-marks';

type Props = {
  /** The server-drawn article text (components/articles/article-body.tsx). */
  children: ReactNode;
  /** The page's claims as they are now (verdicts saved here, claims added elsewhere…). */
  claims: ClaimDto[];
  /** Where the server drew the highlights: markLayout of the claims it had. */
  drawnLayout: string;
  selectedId: string | null;
  onSelect: (id: string) => void;
  /** The element around the text, for mapping a selection to offsets. */
  textRef: RefObject<HTMLDivElement | null>;
};

const marksOf = (root: HTMLElement, id: string) => root.querySelectorAll<HTMLElement>(`mark[data-claim-id="${CSS.escape(id)}"], mark[data-claim-ids~="${CSS.escape(id)}"]`);

/**
 * The interactive side of the server-drawn article text, without a component per mark: one
 * delegated click listener makes the clicked claim current, and the marks show the current claim
 * (`.selected`), each claim's verdict colour and title as saved here, and hide dismissed claims at
 * once. When claims are added, removed or moved, the server draws the text again (router.refresh).
 */
export function ArticleHighlights({ children, claims, drawnLayout, selectedId, onSelect, textRef }: Props) {
  const router = useRouter();
  const layout = useMemo(() => markLayout(claims), [claims]);
  const refreshedFor = useRef<string | null>(null);

  // The current claim's marks, again whenever the server drew the text anew.
  useLayoutEffect(() => {
    const root = textRef.current;
    if (!root) return;
    for (const mark of root.querySelectorAll('mark.selected')) mark.classList.remove('selected');
    if (selectedId) for (const mark of marksOf(root, selectedId)) mark.classList.add('selected');
  }, [selectedId, children, textRef]);

  // Verdict colours and titles as this page knows them (a save here, a change polled from elsewhere):
  // one pass over the marks, writing only what differs.
  useLayoutEffect(() => {
    const root = textRef.current;
    if (!root) return;
    const byId = new Map(claims.map((c) => [c.id, c]));
    for (const mark of root.querySelectorAll<HTMLElement>('mark[data-claim-id]')) {
      const claim = byId.get(mark.dataset.claimId ?? '');
      if (!claim) continue;
      const colour = claim.verdict?.colour ?? '';
      if (mark.style.getPropertyValue('--claim-colour') !== colour) {
        if (colour) mark.style.setProperty('--claim-colour', colour);
        else mark.style.removeProperty('--claim-colour');
      }
      const title = markTitle(claim);
      if (mark.title !== title) mark.title = title;
      const dismissed = claim.status === 'dismissed';
      if (mark.hasAttribute('data-dismissed') !== dismissed) mark.toggleAttribute('data-dismissed', dismissed);
    }
  }, [claims, children, textRef]);

  // Claims added, removed or moved: the server draws the text again, once per new layout.
  useEffect(() => {
    if (layout === drawnLayout || refreshedFor.current === layout) return;
    refreshedFor.current = layout;
    router.refresh();
  }, [layout, drawnLayout, router]);

  return (
    <div
      ref={textRef}
      onClick={(e) => {
        const mark = e.target instanceof Element ? e.target.closest<HTMLElement>('mark[data-claim-id]') : null;
        if (mark?.dataset.claimId && !mark.hasAttribute('data-dismissed')) onSelect(mark.dataset.claimId);
      }}
    >
      {children}
    </div>
  );
}

/** Maps the current DOM selection inside the article to body offsets, or null. */
export function selectionOffsets(container: HTMLElement | null): { start: number; end: number } | null {
  const selection = typeof window === 'undefined' ? null : window.getSelection();
  if (!container || !selection || selection.isCollapsed || selection.rangeCount === 0) return null;
  const range = selection.getRangeAt(0);
  const toOffset = (node: Node, offset: number): number | null => (container.contains(node) ? textOffset(node, offset) : null);
  const start = toOffset(range.startContainer, range.startOffset);
  const end = toOffset(range.endContainer, range.endOffset);
  if (start === null || end === null || end <= start) return null;
  return { start, end };
}
