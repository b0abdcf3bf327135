'use client';
import { useActionState } from 'react';
import { updateReviewPolicyAction } from '@/app/settings/organisation/actions';
import type { ReviewPolicyDto } from '@/lib/services/settings';
import { MAX_MIN_SOURCES } from '@/lib/validation/settings';

/** The second-review policy: how many sources a verdict needs before an editor may approve it. */
export function ReviewPolicyForm({ initial }: { initial: ReviewPolicyDto }) {
  const [state, action, pending] = useActionState(updateReviewPolicyAction, null);
  const value = state?.values?.minSourcesForApproval ?? String(initial.minSourcesForApproval);
  const fieldError = state && !state.ok ? (state.error.fields?.minSourcesForApproval?.join(' ') ?? state.error.message) : undefined;
  return (
    <form action={action} className="card stack" aria-label="Second review" noValidate style={{ maxWidth: 640 }}>
      <h2 style={{ margin: 0 }}>Second review</h2>
      <p className="muted small" style={{ margin: 0 }}>
        An editor approves a verdict only if they did not set or change its verdict, rationale, claim text or sources since its
        last approval, and only when it has a rationale and at least this many sources.
      </p>
      {state?.ok && (
        <p className="success" role="status" style={{ margin: 0 }}>
          Saved. A verdict now needs at least {state.data.minSourcesForApproval} {state.data.minSourcesForApproval === 1 ? 'source' : 'sources'} before approval.
        </p>
      )}
      <div>
        <label htmlFor="min-sources">Sources a verdict needs before approval</label>
        <input id="min-sources" name="minSourcesForApproval" type="number" inputMode="numeric" min={0} max={MAX_MIN_SOURCES} step={1} required
          defaultValue={value} key={`m-${value}`} aria-invalid={!!fieldError} aria-describedby={fieldError ? 'min-sources-error' : undefined} style={{ maxWidth: '8rem' }} />
        {fieldError && <p id="min-sources-error" className="field-error" role="alert">{fieldError}</p>}
      </div>
      <div>
        <button type="submit" className="btn primary" disabled={pending}>
          {pending ? 'Saving…' : 'Save second-review policy'}
        </button>
      </div>
    </form>
  );
}
