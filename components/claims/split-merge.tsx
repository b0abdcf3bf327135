'use client';
import { useMemo, useState, useTransition } from 'react';
import { mergeClaimsAction, splitClaimAction } from '@/app/articles/[id]/actions';
import { wordBoundaries } from '@/lib/anchoring/word-boundaries';
import type { ClaimDto } from '@/lib/services/dto';
import { FormError } from '@/components/ui/form-error';

type Props = {
  claim: ClaimDto;
  /** The article's claims in text order, to offer as merge partners. */
  claims: ClaimDto[];
  disabled: boolean;
  onSplit: (first: ClaimDto, second: ClaimDto) => void;
  onMerged: (merged: ClaimDto, removedId: string) => void;
};

const short = (text: string, n = 70) => (text.length > n ? `${text.slice(0, n - 1)}…` : text);

/** Split the selected claim at a word the reviewer picks, or merge it with another claim. */
export function SplitMerge({ claim, claims, disabled, onSplit, onMerged }: Props) {
  const gaps = useMemo(() => wordBoundaries(claim.quote), [claim.quote]);
  // Neighbours only: merging claims far apart makes no sense, and 1,000 options would slow every selection.
  const partners = useMemo(() => {
    const list = claims.filter((c) => c.id === claim.id || c.status !== 'dismissed');
    const i = list.findIndex((c) => c.id === claim.id);
    return list.slice(Math.max(0, i - 10), i + 11).filter((c) => c.id !== claim.id);
  }, [claims, claim.id]);
  const next = partners.find((c) => c.start >= claim.start) ?? partners[partners.length - 1];
  const [at, setAt] = useState<number>(() => gaps[Math.floor(gaps.length / 2)]?.at ?? -1);
  const [otherId, setOtherId] = useState<string>(next?.id ?? '');
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const other = partners.find((c) => c.id === otherId);

  function split() {
    setError(null);
    startTransition(async () => {
      const result = await splitClaimAction({ articleId: claim.articleId, claimId: claim.id, version: claim.version, at: claim.start + at });
      if (result.ok) onSplit(result.data.first, result.data.second);
      else setError(result.error.fields?.at?.join(' ') ?? result.error.message);
    });
  }

  function merge() {
    if (!other) return;
    setError(null);
    startTransition(async () => {
      const result = await mergeClaimsAction({ articleId: claim.articleId, claimId: claim.id, version: claim.version, otherId: other.id, otherVersion: other.version });
      if (result.ok) onMerged(result.data.merged, result.data.removedId);
      else setError(result.error.message);
    });
  }

  return (
    <details className="card stack" data-testid="split-merge">
      <summary>Split or merge this claim</summary>
      <FormError message={error} />
      <fieldset disabled={disabled || pending} className="stack" style={{ border: 0, padding: 0, margin: 0 }}>
        {gaps.length > 0 ? (
          <div className="stack">
            <div>
              <label htmlFor="split-at">Split after the word</label>
              <select id="split-at" value={at} onChange={(e) => setAt(Number(e.target.value))}>
                {gaps.map((g) => (
                  <option key={g.at} value={g.at}>
                    {`…${g.before} | ${g.after}…`}
                  </option>
                ))}
              </select>
            </div>
            {at >= 0 && (
              <div className="small" aria-live="polite">
                <p className="split-preview" data-testid="split-first">
                  1. {claim.quote.slice(0, at).trim()}
                </p>
                <p className="split-preview" data-testid="split-second">
                  2. {claim.quote.slice(at).trim()}
                </p>
              </div>
            )}
            <button type="button" className="btn" onClick={split}>
              Split claim
            </button>
          </div>
        ) : (
          <p className="small muted">This claim is a single word and cannot be split.</p>
        )}
        {partners.length > 0 && (
          <div className="stack">
            <div>
              <label htmlFor="merge-with">Merge with</label>
              <select id="merge-with" value={otherId} onChange={(e) => setOtherId(e.target.value)}>
                {partners.map((c) => (
                  <option key={c.id} value={c.id}>
                    {short(c.claimText)}
                  </option>
                ))}
              </select>
            </div>
            <button type="button" className="btn" onClick={merge} disabled={!other}>
              Merge claims
            </button>
          </div>
        )}
      </fieldset>
    </details>
  );
}
