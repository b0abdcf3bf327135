'use client';
import type { ClaimDto } from '@/lib/services/dto';
import { STATUS_LABEL } from '@/lib/review/status-labels';
import { VirtualList } from './virtual-list';
import { CheckedBeforeBadge } from './checked-before';

export { STATUS_LABEL };

/** A claim the last text change left for a person: its quote changed, or its text is gone. */
const ANCHOR_FLAG: Partial<Record<NonNullable<ClaimDto['anchorState']>, { label: string; title: string }>> = {
  text_changed: { label: 'Text changed', title: 'The article’s text changed here: accept the new quote or re-pick it (Revisions)' },
  orphan: { label: 'Text gone', title: 'The quoted text is no longer in the article; its verdict and sources are kept' },
};

/** Height of one claim row in pixels; the row's text is clamped to two lines to fit. */
export const CLAIM_ROW_HEIGHT = 64;

type Props = { claims: ClaimDto[]; selectedId: string | null; onSelect: (id: string) => void; emptyText?: string };

export function ClaimList({ claims, selectedId, onSelect, emptyText = 'No claims yet. Select text in the article and add one.' }: Props) {
  if (claims.length === 0) return <p className="muted">{emptyText}</p>;
  const activeIndex = claims.findIndex((c) => c.id === selectedId);
  // Roving tabindex: only the current claim's row is in the tab order (the first row when none is shown).
  const tabbable = activeIndex < 0 ? 0 : activeIndex;
  return (
    <VirtualList
      className="claim-list"
      label="Claims"
      items={claims}
      rowHeight={CLAIM_ROW_HEIGHT}
      activeIndex={activeIndex}
      itemKey={(c) => c.id}
      renderRow={(c, i) => (
        <button
          type="button"
          className="claim-item"
          aria-current={c.id === selectedId}
          tabIndex={i === tabbable ? 0 : -1}
          data-claim-id={c.id}
          aria-label={`Claim ${i + 1}: ${c.claimText}. ${c.verdict ? `Verdict ${c.verdict.label}` : 'No verdict'}. ${STATUS_LABEL[c.status]}.${c.checkedBefore ? ' Checked before.' : ''}${c.anchorState && ANCHOR_FLAG[c.anchorState] ? ` ${ANCHOR_FLAG[c.anchorState]?.label}.` : ''}`}
          onClick={() => onSelect(c.id)}
        >
          <span className="dot" style={{ background: c.verdict?.colour ?? '#c5cbd5' }} aria-hidden />
          <span className="text">{c.claimText}</span>
          {c.checkedBefore ? <CheckedBeforeBadge /> : null}
          {c.anchorState && ANCHOR_FLAG[c.anchorState] ? (
            <span className="badge small anchor-badge" data-testid="anchor-badge" title={ANCHOR_FLAG[c.anchorState]?.title} aria-hidden>
              {ANCHOR_FLAG[c.anchorState]?.label}
            </span>
          ) : null}
          <span className="badge small" aria-hidden>
            {c.status === 'dismissed' ? 'Dismissed' : (c.verdict?.label ?? STATUS_LABEL[c.status])}
          </span>
        </button>
      )}
    />
  );
}
