'use client';
import { useState, useTransition } from 'react';
import { articleInsightsAction, setClaimThresholdAction } from '@/app/articles/[id]/insights-actions';
import { createClaimAction } from '@/app/articles/[id]/actions';
import type { ArticleInsights, CandidateDto } from '@/lib/services/candidates';
import type { ClaimDto } from '@/lib/services/dto';
import { FormError } from '@/components/ui/form-error';

type Props = { articleId: string; canConfigure: boolean; onClaimCreated: (claim: ClaimDto) => void };

/** Sentences the extractor left below the threshold, best first, each one click from becoming a claim. */
export function CandidatesPanel({ articleId, canConfigure, onClaimCreated }: Props) {
  const [insights, setInsights] = useState<ArticleInsights | null>(null);
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [threshold, setThreshold] = useState('');
  const [pending, startTransition] = useTransition();

  function load() {
    startTransition(async () => {
      const result = await articleInsightsAction({ articleId });
      if (!result.ok) return setError(result.error.message);
      setInsights(result.data);
      setThreshold(result.data.threshold.toFixed(2));
    });
  }

  function toggle() {
    const next = !open;
    setOpen(next);
    if (next && !insights) load();
  }

  function add(candidate: CandidateDto) {
    startTransition(async () => {
      const result = await createClaimAction({ articleId, start: candidate.start, end: candidate.end });
      if (!result.ok) return setError(result.error.message);
      setInsights((current) => current && { ...current, candidates: current.candidates.filter((c) => c.start !== candidate.start) });
      onClaimCreated(result.data);
    });
  }

  function saveThreshold() {
    startTransition(async () => {
      const result = await setClaimThresholdAction({ threshold });
      if (!result.ok) return setError(result.error.fields?.threshold?.join(' ') ?? result.error.message);
      setError(null);
      setInsights((current) => current && { ...current, threshold: result.data });
    });
  }

  return (
    <section className="card stack" aria-label="More sentences">
      <button type="button" className="btn" onClick={toggle} aria-expanded={open} aria-controls="candidate-list">
        {open ? 'Hide' : 'Show'} sentences that are not claims{insights ? ` (${insights.candidates.length})` : ''}
      </button>
      {open && (
        <div id="candidate-list" className="stack">
          <FormError message={error} />
          {insights && canConfigure && (
            <div className="row small">
              <label htmlFor="claim-threshold" style={{ margin: 0 }}>
                New articles get claims scoring at least
              </label>
              <input id="claim-threshold" type="number" min={0} max={1} step={0.05} value={threshold} onChange={(e) => setThreshold(e.target.value)} style={{ width: '6rem' }} />
              <button type="button" className="btn" onClick={saveThreshold} disabled={pending}>
                Save threshold
              </button>
            </div>
          )}
          {insights && !canConfigure && <p className="small muted">Claims are created automatically for sentences scoring at least {insights.threshold.toFixed(2)}.</p>}
          {pending && !insights && <p className="muted small">Reading the article…</p>}
          {insights && insights.candidates.length === 0 && <p className="muted small">Every sentence is already a claim.</p>}
          <ul className="stack" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
            {insights?.candidates.map((c) => (
              <li key={c.start} className="source small" data-testid="candidate">
                <div className="row">
                  <span className="badge" title="Check-worthiness">
                    {c.checkworthiness.toFixed(2)}
                  </span>
                  <span className="grow">{c.text}</span>
                  <button type="button" className="btn" onClick={() => add(c)} disabled={pending} aria-label={`Add as claim: ${c.text.slice(0, 80)}`}>
                    Add as claim
                  </button>
                </div>
                {c.reasons.length > 0 && (
                  <p className="muted" style={{ margin: '0.25rem 0 0' }}>
                    {c.reasons.map((r) => `${r.weight > 0 ? '+' : '−'} ${r.label}`).join(' · ')}
                  </p>
                )}
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
