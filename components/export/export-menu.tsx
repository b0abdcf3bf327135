'use client';
import { useId, useState } from 'react';
import Link from '@/components/ui/app-link';
import { useStreamDownload } from './use-stream-download';
import { DownloadProgress } from './download-progress';
import { EXPORT_FORMAT_OPTIONS } from './formats';

const QUICK_LINKS = [
  { format: 'claimreview', label: 'ClaimReview JSON-LD' },
  { format: 'csv', label: 'CSV' },
  { format: 'json', label: 'JSON' },
] as const;

/** The article's export: format and scope, a streamed download with progress, and the printable report. */
export function ExportMenu({ articleId }: { articleId: string }) {
  const [open, setOpen] = useState(false);
  const [format, setFormat] = useState('claimreview');
  const [status, setStatus] = useState('approved');
  const [bom, setBom] = useState(false);
  const { state, start, cancel } = useStreamDownload();
  const id = useId();
  const running = state.phase === 'running';

  function download() {
    const query = new URLSearchParams({ format, status });
    if (format === 'csv' && bom) query.set('bom', '1');
    void start(`/api/v1/articles/${encodeURIComponent(articleId)}/export?${query}`, format);
  }

  return (
    <div className="no-print stack">
      <nav aria-label="Export" className="row" style={{ gap: '0.4rem' }}>
        <span className="small muted">Export:</span>
        {QUICK_LINKS.map((f) => (
          <a key={f.format} className="btn" href={`/api/v1/articles/${encodeURIComponent(articleId)}/export?format=${f.format}`} download>
            {f.label}
          </a>
        ))}
        <Link className="btn" href={`/articles/${encodeURIComponent(articleId)}/report`}>
          Printable report
        </Link>
        <button type="button" className="btn" aria-expanded={open} aria-controls={`${id}-panel`} onClick={() => setOpen((v) => !v)}>
          More export options…
        </button>
      </nav>
      {open && (
        <div id={`${id}-panel`} className="card stack" role="group" aria-label="Export this article">
          <div className="row">
            <div>
              <label htmlFor={`${id}-format`}>Format</label>
              <select id={`${id}-format`} value={format} onChange={(e) => setFormat(e.target.value)} disabled={running}>
                {EXPORT_FORMAT_OPTIONS.map((f) => (
                  <option key={f.value} value={f.value}>
                    {f.label}
                  </option>
                ))}
              </select>
            </div>
            <div>
              <label htmlFor={`${id}-status`}>Claims</label>
              <select id={`${id}-status`} value={status} onChange={(e) => setStatus(e.target.value)} disabled={running}>
                <option value="approved">Approved only</option>
                <option value="reviewed">Approved and awaiting second review</option>
                <option value="all">All claims</option>
              </select>
            </div>
            {format === 'csv' && (
              <label className="row small" style={{ gap: '0.3rem', alignSelf: 'end' }}>
                <input type="checkbox" checked={bom} onChange={(e) => setBom(e.target.checked)} /> Byte-order mark for Excel
              </label>
            )}
            <button type="button" className="btn primary" style={{ alignSelf: 'end' }} onClick={download} disabled={running}>
              Download
            </button>
          </div>
          <p className="small muted">Confidential sources never leave in an export.</p>
          <DownloadProgress state={state} onCancel={cancel} />
        </div>
      )}
    </div>
  );
}
