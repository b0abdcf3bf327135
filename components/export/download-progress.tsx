'use client';
import type { DownloadState } from './use-stream-download';
import { omittedMessage } from '@/lib/export/omitted';

const formatBytes = (n: number) => (n < 1024 ? `${n} B` : n < 1024 * 1024 ? `${(n / 1024).toFixed(1)} KB` : `${(n / 1024 / 1024).toFixed(1)} MB`);

/** Progress of a streamed export: a progress bar with bytes and claims received, and a Cancel button. */
export function DownloadProgress({ state, onCancel }: { state: DownloadState; onCancel: () => void }) {
  if (state.phase === 'idle') return null;
  if (state.phase === 'running') {
    const percent = state.total ? Math.min(100, Math.round((state.claims / state.total) * 100)) : null;
    return (
      <div className="stack" data-testid="export-progress">
        <div className="row">
          <div
            className="progress"
            role="progressbar"
            aria-label="Export progress"
            aria-valuemin={0}
            aria-valuemax={100}
            aria-valuenow={percent ?? undefined}
            style={{ width: 240 }}
          >
            <span style={{ width: `${percent ?? 0}%`, background: 'var(--accent)' }} />
          </div>
          <button type="button" className="btn" onClick={onCancel}>
            Cancel export
          </button>
        </div>
        <p className="small muted" aria-live="polite">
          Downloading: {formatBytes(state.bytes)}, {state.claims}
          {state.total !== null ? ` of ${state.total}` : ''} claims{percent !== null ? ` (${percent}%)` : ''}
        </p>
      </div>
    );
  }
  if (state.phase === 'done') {
    return (
      <div role="status" data-testid="export-progress">
        <p className="success small" style={{ margin: 0 }}>
          Downloaded {state.filename}: {state.claims} claims, {formatBytes(state.bytes)}.
        </p>
        {state.omitted > 0 && <p className="small" data-testid="export-omitted" style={{ margin: 0 }}>{omittedMessage(state.omitted)}</p>}
      </div>
    );
  }
  if (state.phase === 'cancelled') {
    return (
      <p className="small muted" role="status" data-testid="export-progress">
        Export cancelled; nothing was saved.
      </p>
    );
  }
  return (
    <p className="form-error" role="alert">
      {state.fields ? 'The export was refused: correct the fields marked above.' : state.message}
    </p>
  );
}
