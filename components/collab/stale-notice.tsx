'use client';
import type { StaleClaims } from './use-stale-claims';
import { when } from './when';
import styles from './collab.module.css';

/** "Changed by NAME at TIME — load the newer version", above the open claim; the draft stays until asked. */
export function StaleNotice({ stale }: { stale: StaleClaims }) {
  if (stale.deleted) {
    return (
      <div className={styles.stale} role="status" data-testid="stale-notice">
        This claim was deleted by someone else. Your unsaved text is still below: copy what you need; it cannot be saved here.
      </div>
    );
  }
  if (!stale.newer) return null;
  const { changedBy, changedAt, claim } = stale.newer;
  return (
    <div className={styles.stale} role="status" data-testid="stale-notice">
      <span className="grow">
        Changed by <strong>{changedBy ?? 'someone else'}</strong> at <time dateTime={changedAt}>{when(changedAt)}</time>
        {claim.verdict ? ` (verdict: ${claim.verdict.label})` : ''}. Your unsaved changes are kept until you choose.
      </span>
      <button type="button" className="btn" onClick={stale.loadNewer}>
        Load the newer version
      </button>
    </div>
  );
}
