'use client';
import { useState } from 'react';
import { articleInsightsAction } from '@/app/articles/[id]/insights-actions';
import type { ReasonDto } from '@/lib/services/candidates';

// One request per article, shared by every claim opened on the page.
const cache = new Map<string, Promise<Record<string, ReasonDto[]> | null>>();

function reasonsFor(articleId: string) {
  let pending = cache.get(articleId);
  if (!pending) {
    pending = articleInsightsAction({ articleId }).then((r) => (r.ok ? r.data.reasonsByClaim : null));
    cache.set(articleId, pending);
  }
  return pending;
}

/** The check-worthiness score of a claim and, on request, the reasons that raised or lowered it. */
export function ClaimWhy({ articleId, claimId, score }: { articleId: string; claimId: string; score: number }) {
  const [reasons, setReasons] = useState<ReasonDto[] | null | undefined>(undefined);
  const [open, setOpen] = useState(false);

  async function toggle() {
    setOpen((o) => !o);
    if (reasons === undefined) {
      let all = await reasonsFor(articleId);
      if (all && !(claimId in all)) {
        // Claims added since the first request: ask once more.
        cache.delete(articleId);
        all = await reasonsFor(articleId);
      }
      setReasons(all?.[claimId] ?? null);
    }
  }

  return (
    <div className="small">
      <button type="button" className="btn" onClick={() => void toggle()} aria-expanded={open} aria-controls={`why-${claimId}`}>
        Check-worthiness {score.toFixed(2)} · why?
      </button>
      {open && (
        <div id={`why-${claimId}`} className="muted" style={{ marginTop: 4 }} data-testid="claim-why">
          {reasons === undefined && 'Reading the article…'}
          {reasons === null && 'This claim was drawn by hand or reshaped, so the extractor has no reasons for it.'}
          {reasons && reasons.length === 0 && 'Nothing in the sentence raised or lowered its score.'}
          {reasons && reasons.length > 0 && (
            <ul style={{ margin: 0, paddingLeft: '1.1rem' }}>
              {reasons.map((r) => (
                <li key={r.code}>
                  {r.weight > 0 ? 'Raised' : 'Lowered'} by {r.label.toLowerCase()} ({r.weight > 0 ? '+' : ''}
                  {r.weight.toFixed(2)})
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </div>
  );
}
