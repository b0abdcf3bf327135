'use client';
import { useRef, useState } from 'react';
import { useRouter } from 'next/navigation';
import { resolveAnchorAction } from '@/app/articles/[id]/revision-actions';
import type { AnchoredClaim } from '@/lib/services/revision-view';
import styles from './revisions.module.css';

type Props = {
  articleId: string;
  /** The shown revision's text (re-picking happens in it when it is the latest). */
  body: string;
  latest: boolean;
  flagged: AnchoredClaim[];
  orphans: AnchoredClaim[];
  added: AnchoredClaim[];
  canEdit: boolean;
};

/** Offsets of the current selection inside `container`'s text, or null when it lies outside. */
function selectionIn(container: HTMLElement): { start: number; end: number } | null {
  const selection = window.getSelection();
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  if (!container.contains(range.startContainer) || !container.contains(range.endContainer)) return null;
  const before = document.createRange();
  before.selectNodeContents(container);
  before.setEnd(range.startContainer, range.startOffset);
  const start = before.toString().length;
  return { start, end: start + range.toString().length };
}

function Verdict({ claim }: { claim: AnchoredClaim }) {
  if (!claim.verdict) return <span className="badge">no verdict</span>;
  return (
    <span className="badge" style={{ borderColor: claim.verdict.colour }}>
      {claim.verdict.label}
    </span>
  );
}

/** Flagged claims with before and after, orphans apart, new claims; accept or re-pick on the latest revision. */
export function RevisionClaims({ articleId, body, latest, flagged, orphans, added, canEdit }: Props) {
  const router = useRouter();
  const [picking, setPicking] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const pickBox = useRef<HTMLDivElement>(null);
  const actionable = latest && canEdit;

  const settle = async (claim: AnchoredClaim, span?: { start: number; end: number }) => {
    setBusy(true);
    const result = await resolveAnchorAction({ articleId, claimId: claim.id, version: claim.version, ...(span ?? {}) });
    setBusy(false);
    if (!result.ok) {
      setError(result.error.message);
      return;
    }
    setError(null);
    setPicking(null);
    router.refresh();
  };

  const pickSelection = (claim: AnchoredClaim) => {
    const span = pickBox.current ? selectionIn(pickBox.current) : null;
    if (!span) {
      setError('Select the claim’s new words in the text above first.');
      return;
    }
    void settle(claim, span);
  };

  const picker = (claim: AnchoredClaim) =>
    picking === claim.id ? (
      <div className="stack">
        <p className="small">Select the words this claim now quotes, then press “Use selection”.</p>
        <div ref={pickBox} className={styles.pickText} tabIndex={0} aria-label="Current article text: select the new quote">
          {body}
        </div>
        <div className="row">
          <button type="button" className="btn primary small-btn" disabled={busy} onClick={() => pickSelection(claim)}>
            Use selection
          </button>
          <button type="button" className="btn small-btn" onClick={() => setPicking(null)}>
            Cancel
          </button>
        </div>
      </div>
    ) : (
      <button type="button" className="btn small-btn" disabled={busy} onClick={() => setPicking(claim.id)}>
        Re-pick in the text
      </button>
    );

  return (
    <div className="stack">
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      <section className="card stack" aria-labelledby="flagged-heading">
        <h2 id="flagged-heading">Text changed ({flagged.length})</h2>
        {flagged.length === 0 ? (
          <p className="muted small">No claim needs a look: every quote was found exactly or is gone.</p>
        ) : (
          <ul className={styles.claims}>
            {flagged.map((c) => (
              <li key={c.id} aria-label={`Flagged claim: ${c.claimText}`}>
                <p className="row small">
                  <strong>{c.claimText}</strong> <Verdict claim={c} />
                  {c.similarity !== null && <span className="muted">{Math.round(c.similarity * 100)}% the same</span>}
                </p>
                <div className={styles.beforeAfter}>
                  <div>
                    <p className="small muted">Before</p>
                    <blockquote>{c.before ?? '—'}</blockquote>
                  </div>
                  <div>
                    <p className="small muted">After</p>
                    <blockquote>{c.quote}</blockquote>
                  </div>
                </div>
                {actionable && (
                  <div className="row">
                    <button type="button" className="btn primary small-btn" disabled={busy} onClick={() => void settle(c)}>
                      Accept the new anchor
                    </button>
                    {picker(c)}
                  </div>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section className="card stack" aria-labelledby="orphans-heading">
        <h2 id="orphans-heading">Orphans: text gone ({orphans.length})</h2>
        {orphans.length === 0 ? (
          <p className="muted small">No claim lost its text.</p>
        ) : (
          <>
            <p className="muted small">Their words are no longer in this revision. They keep their verdicts, sources and history.</p>
            <ul className={styles.claims}>
              {orphans.map((c) => (
                <li key={c.id} aria-label={`Orphaned claim: ${c.claimText}`}>
                  <p className="row small">
                    <strong>{c.claimText}</strong> <Verdict claim={c} />
                  </p>
                  <blockquote className="small">{c.quote}</blockquote>
                  {actionable && <div className="row">{picker(c)}</div>}
                </li>
              ))}
            </ul>
          </>
        )}
      </section>
      {added.length > 0 && (
        <section className="card stack" aria-labelledby="new-heading">
          <h2 id="new-heading">New claims ({added.length})</h2>
          <ul className={styles.claims}>
            {added.map((c) => (
              <li key={c.id}>
                <span className="small">{c.quote}</span>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
