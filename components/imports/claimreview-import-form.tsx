'use client';
import { useState } from 'react';
import { useRouter } from 'next/navigation';
import type { ClaimReviewImportResult } from '@/lib/services/imports';

const MAX_BYTES = 512 * 1024 * 1024;

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

type State =
  | { phase: 'idle' }
  | { phase: 'sending'; sent: number; total: number }
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
      setState({ phase: 'failed', message: 'The file is larger than 512 MB.', field: 'The file is larger than 512 MB.' });
      return;
    }
    setState({ phase: 'sending', sent: 0, total: file.size });
    try {
      // The server reads the file as it arrives, so the upload's progress is the import's.
      const { ok, body } = await upload(file, (sent) => setState({ phase: 'sending', sent, total: file.size }));
      if (!ok || !body.data) {
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
  const percent = state.phase === 'sending' && state.total ? Math.round((state.sent / state.total) * 100) : 0;
  return (
    <form className="card stack" aria-label="Import ClaimReview" onSubmit={submit} noValidate style={{ maxWidth: 760 }}>
      <div>
        <label htmlFor="cr-file">ClaimReview JSON-LD file</label>
        <input id="cr-file" name="file" type="file" accept=".json,.jsonld,application/json,application/ld+json"
          aria-invalid={!!fieldError} aria-describedby={fieldError ? 'cr-file-error' : 'cr-file-help'} />
        <p id="cr-file-help" className="small muted">A ClaimReview DataFeed (as fact-check aggregators publish it), an @graph, an array or one ClaimReview; up to 512 MB, read as it uploads. Reviews imported before are updated, not duplicated.</p>
        {fieldError && <p id="cr-file-error" className="field-error">{fieldError}</p>}
      </div>
      <div>
        <button type="submit" className="btn primary" disabled={state.phase === 'sending'}>
          {state.phase === 'sending' ? 'Importing…' : 'Import fact-checks'}
        </button>
      </div>
      {state.phase === 'sending' && (
        <div className="stack small" role="status" aria-live="polite">
          <progress max={100} value={percent} aria-label="Import progress" style={{ width: '100%' }} />
          <span className="muted">
            {percent < 100 ? `Read ${(state.sent / 1024 / 1024).toFixed(1)} of ${(state.total / 1024 / 1024).toFixed(1)} MB (${percent}%)` : 'Saving the last reviews…'}
          </span>
        </div>
      )}
      {state.phase === 'failed' && <p className="form-error" role="alert" style={{ margin: 0 }}>{state.message}</p>}
      {state.phase === 'done' && (
        <div role="status" className="stack">
          <p className="success">
            Imported {plural(state.result.imported, 'fact-check')}
            {state.result.organisations.length ? ` from ${state.result.organisations.slice(0, 20).join(', ')}` : ''};{' '}
            {state.result.updated ? `${state.result.updated} updated; ` : ''}
            {plural(state.result.duplicates, 'duplicate')} skipped;{' '}
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

type UploadAnswer = { data?: ClaimReviewImportResult; error?: { message: string; fields?: Record<string, string[]> } };

/** POSTs the file itself (never read into a string here) and reports bytes sent. */
function upload(file: File, onProgress: (sent: number) => void): Promise<{ ok: boolean; body: UploadAnswer }> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', '/api/v1/imports/claimreview');
    xhr.setRequestHeader('Content-Type', 'application/ld+json');
    xhr.upload.onprogress = (event) => onProgress(event.loaded);
    xhr.onerror = () => reject(new Error('network'));
    xhr.onload = () => {
      try {
        resolve({ ok: xhr.status >= 200 && xhr.status < 300, body: JSON.parse(xhr.responseText) as UploadAnswer });
      } catch {
        resolve({ ok: false, body: { error: { message: `The import failed (${xhr.status}).` } } });
      }
    };
    xhr.send(file);
  });
}
