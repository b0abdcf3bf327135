'use client';
import { useState } from 'react';
import { useRouter } from 'next/navigation';
import type { ClaimReviewImportResult } from '@/lib/services/imports';

const MAX_BYTES = 5 * 1024 * 1024;

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

type State =
  | { phase: 'idle' }
  | { phase: 'sending' }
  | { phase: 'done'; result: ClaimReviewImportResult }
  | { phase: 'failed'; message: string; field?: string };

/** Uploads a ClaimReview JSON-LD file to /api/v1/imports/claimreview and reports what was kept. */
export function ClaimReviewImportForm() {
  const [state, setState] = useState<State>({ phase: 'idle' });
  const router = useRouter();

  async function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const file = new FormData(event.currentTarget).get('file');
    if (!(file instanceof File) || file.size === 0) {
      setState({ phase: 'failed', message: 'Choose a file to import.', field: 'Choose a ClaimReview JSON-LD file (.json or .jsonld).' });
      return;
    }
    if (file.size > MAX_BYTES) {
      setState({ phase: 'failed', message: 'The file is larger than 5 MB.', field: 'The file is larger than 5 MB.' });
      return;
    }
    setState({ phase: 'sending' });
    try {
      const response = await fetch('/api/v1/imports/claimreview', { method: 'POST', headers: { 'Content-Type': 'application/ld+json' }, body: await file.text() });
      const body = (await response.json()) as { data?: ClaimReviewImportResult; error?: { message: string; fields?: Record<string, string[]> } };
      if (!response.ok || !body.data) {
        setState({ phase: 'failed', message: body.error?.message ?? 'The import failed.', field: body.error?.fields?.file?.join(' ') });
        return;
      }
      setState({ phase: 'done', result: body.data });
      router.refresh();
    } catch {
      setState({ phase: 'failed', message: 'The import failed: the server could not be reached.' });
    }
  }

  const fieldError = state.phase === 'failed' ? state.field : undefined;
  return (
    <form className="card stack" aria-label="Import ClaimReview" onSubmit={submit} noValidate style={{ maxWidth: 760 }}>
      <div>
        <label htmlFor="cr-file">ClaimReview JSON-LD file</label>
        <input id="cr-file" name="file" type="file" accept=".json,.jsonld,application/json,application/ld+json"
          aria-invalid={!!fieldError} aria-describedby={fieldError ? 'cr-file-error' : 'cr-file-help'} />
        <p id="cr-file-help" className="small muted">One ClaimReview, an array, or an @graph; up to 5 MB and 10,000 reviews.</p>
        {fieldError && <p id="cr-file-error" className="field-error">{fieldError}</p>}
      </div>
      <div>
        <button type="submit" className="btn primary" disabled={state.phase === 'sending'}>
          {state.phase === 'sending' ? 'Importing…' : 'Import fact-checks'}
        </button>
      </div>
      {state.phase === 'failed' && <p className="form-error" role="alert" style={{ margin: 0 }}>{state.message}</p>}
      {state.phase === 'done' && (
        <div role="status" className="stack">
          <p className="success">
            Imported {plural(state.result.imported, 'fact-check')}
            {state.result.organisations.length ? ` from ${state.result.organisations.join(', ')}` : ''}; {plural(state.result.duplicates, 'duplicate')} skipped;{' '}
            {state.result.invalid.length} invalid.
          </p>
          {state.result.invalid.length > 0 && (
            <ul className="small" aria-label="Invalid ClaimReviews">
              {state.result.invalid.slice(0, 50).map((p) => (
                <li key={p.at}>
                  <code>{p.at}</code>: {p.problems.join('; ')}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </form>
  );
}
