'use client';
import { useState } from 'react';
import { useStreamDownload } from './use-stream-download';
import { DownloadProgress } from './download-progress';
import { EXPORT_FORMAT_OPTIONS } from './formats';

const CLAIM_TYPES = ['quantity', 'prediction', 'causation', 'law', 'personal', 'quote', 'other', 'not_claim'];

/** Workspace export: filters, then a streamed download with progress that can be cancelled. */
export function WorkspaceExportForm({ verdicts }: { verdicts: string[] }) {
  const { state, start, cancel } = useStreamDownload();
  const [format, setFormat] = useState('csv');
  const running = state.phase === 'running';
  const fieldError = (name: string) => (state.phase === 'failed' ? state.fields?.[name]?.join(' ') : undefined);

  function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const query = new URLSearchParams();
    for (const key of ['format', 'status', 'verdict', 'type', 'from', 'to']) {
      const value = String(form.get(key) ?? '');
      if (value) query.set(key, value);
    }
    if (form.get('bom')) query.set('bom', '1');
    void start(`/api/v1/exports?${query}`, String(form.get('format')));
  }

  const field = (id: string, name: string, label: string, control: React.ReactNode) => (
    <div>
      <label htmlFor={id}>{label}</label>
      {control}
      {fieldError(name) && (
        <p id={`${id}-error`} className="field-error">
          {fieldError(name)}
        </p>
      )}
    </div>
  );
  const described = (id: string, name: string) => ({ 'aria-invalid': !!fieldError(name), 'aria-describedby': fieldError(name) ? `${id}-error` : undefined });

  return (
    <form className="card stack" aria-label="Export the workspace" onSubmit={submit} noValidate style={{ maxWidth: 760 }}>
      <div className="grid2">
        {field('ex-format', 'format', 'Format', (
          <select id="ex-format" name="format" value={format} onChange={(e) => setFormat(e.target.value)} disabled={running} {...described('ex-format', 'format')}>
            {EXPORT_FORMAT_OPTIONS.map((f) => <option key={f.value} value={f.value}>{f.label}</option>)}
          </select>
        ))}
        {field('ex-status', 'status', 'Claims', (
          <select id="ex-status" name="status" defaultValue="approved" disabled={running} {...described('ex-status', 'status')}>
            <option value="approved">Approved only</option>
            <option value="reviewed">Approved and awaiting second review</option>
            <option value="needs_review">Awaiting second review</option>
            <option value="all">All claims</option>
          </select>
        ))}
        {field('ex-verdict', 'verdicts', 'Verdict', (
          <select id="ex-verdict" name="verdict" defaultValue="" disabled={running} {...described('ex-verdict', 'verdicts')}>
            <option value="">Any verdict</option>
            {verdicts.map((v) => <option key={v} value={v}>{v}</option>)}
          </select>
        ))}
        {field('ex-type', 'claimTypes', 'Claim type', (
          <select id="ex-type" name="type" defaultValue="" disabled={running} {...described('ex-type', 'claimTypes')}>
            <option value="">Any type</option>
            {CLAIM_TYPES.map((t) => <option key={t} value={t}>{t.replace('_', ' ')}</option>)}
          </select>
        ))}
        {field('ex-from', 'from', 'Articles added from', <input id="ex-from" name="from" type="date" disabled={running} {...described('ex-from', 'from')} />)}
        {field('ex-to', 'to', 'Articles added until', <input id="ex-to" name="to" type="date" disabled={running} {...described('ex-to', 'to')} />)}
      </div>
      {format === 'csv' && (
        <label className="row small" style={{ gap: '0.3rem' }}>
          <input type="checkbox" name="bom" /> Byte-order mark for Excel
        </label>
      )}
      <div className="row">
        <button type="submit" className="btn primary" disabled={running}>
          Download export
        </button>
        <span className="small muted">Confidential sources never leave in an export.</span>
      </div>
      <DownloadProgress state={state} onCancel={cancel} />
    </form>
  );
}
