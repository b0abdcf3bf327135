'use client';
import { useEffect, useRef, useState, useTransition, type ClipboardEvent, type FormEvent } from 'react';
import { addSourceAction, updateSourceAction } from '@/app/articles/[id]/actions';
import { sourceMetadataAction } from '@/app/articles/[id]/source-link-actions';
import type { ClaimDto, SourceDto } from '@/lib/services/dto';
import type { SourceChange } from '@/lib/services/sources';
import { SOURCE_KIND_VALUES, type SourceKind } from '@/lib/validation/claim';
import { FormError } from '@/components/ui/form-error';

export const SOURCE_KIND_LABEL: Record<string, string> = {
  primary_document: 'Primary document',
  official_statement: 'Official statement',
  expert: 'Expert',
  news_report: 'News report',
  data_set: 'Data set',
  other: 'Other',
};

type Props = { claim: ClaimDto; source?: SourceDto; onSaved: (change: SourceChange) => void; onCancel: () => void };

export function SourceForm({ claim, source, onSaved, onCancel }: Props) {
  const [error, setError] = useState<{ message: string; fields?: Record<string, string[]> } | null>(null);
  const [pending, startTransition] = useTransition();
  const idp = `source-${source?.id ?? 'new'}`;
  const urlInput = useRef<HTMLInputElement>(null);
  useEffect(() => urlInput.current?.focus(), []);
  const [linkStatus, setLinkStatus] = useState<string | null>(null);

  /** A pasted link fills the title, publisher and date left empty, from the page (the URL import's fetch rules). */
  function onUrlPaste(e: ClipboardEvent<HTMLInputElement>) {
    const pasted = e.clipboardData.getData('text').trim();
    const form = e.currentTarget.form;
    if (!form || !/^https?:\/\/\S+$/i.test(pasted)) return;
    const field = (name: string) => form.elements.namedItem(name) as HTMLInputElement | null;
    const empty = ['title', 'publisher', 'publishedAt'].filter((n) => field(n) && !field(n)!.value.trim());
    if (empty.length === 0) return;
    setLinkStatus('Reading the page for its title, publisher and date…');
    void sourceMetadataAction({ url: pasted }).then((result) => {
      if (!result.ok) {
        setLinkStatus(`Could not read the page: ${result.error.message} Fill in the fields yourself.`);
        return;
      }
      const found: Record<string, string | null> = { title: result.data.title, publisher: result.data.publisher, publishedAt: result.data.publishedAt };
      const filled: string[] = [];
      for (const name of empty) {
        const el = field(name);
        // only what is still empty: the person may have typed meanwhile
        if (el && !el.value.trim() && found[name]) {
          el.value = found[name]!;
          filled.push(name === 'publishedAt' ? 'date' : name);
        }
      }
      setLinkStatus(filled.length ? `Filled the ${filled.join(', ')} from the page.` : 'The page did not say its title, publisher or date.');
    });
  }

  function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    e.stopPropagation();
    const f = new FormData(e.currentTarget);
    const fields = {
      articleId: claim.articleId,
      claimId: claim.id,
      url: String(f.get('url') ?? ''),
      title: String(f.get('title') ?? ''),
      publisher: String(f.get('publisher') ?? ''),
      publishedAt: String(f.get('publishedAt') ?? ''),
      accessedAt: String(f.get('accessedAt') ?? ''),
      excerpt: String(f.get('excerpt') ?? ''),
      stance: String(f.get('stance') ?? 'context') as SourceDto['stance'],
      kind: String(f.get('kind') ?? 'other') as SourceKind,
      archiveUrl: String(f.get('archiveUrl') ?? ''),
      confidential: f.get('confidential') === 'on',
    };
    setError(null);
    startTransition(async () => {
      const result = source ? await updateSourceAction({ ...fields, sourceId: source.id }) : await addSourceAction(fields);
      if (result.ok) onSaved(result.data);
      else setError({ message: result.error.message, fields: result.error.fields });
    });
  }

  const err = (name: string) =>
    error?.fields?.[name] ? (
      <p className="field-error" id={`${idp}-${name}-error`}>
        {error.fields[name].join(' ')}
      </p>
    ) : null;
  const aria = (name: string) => (error?.fields?.[name] ? { 'aria-invalid': true, 'aria-describedby': `${idp}-${name}-error` } : {});

  return (
    <form className="card stack" onSubmit={onSubmit} aria-label={source ? 'Edit source' : 'New source'} noValidate>
      <FormError message={error?.message} />
      <div>
        <label htmlFor={`${idp}-url`}>Source URL</label>
        <input id={`${idp}-url`} name="url" type="url" required ref={urlInput} defaultValue={source?.url} placeholder="https://" onPaste={onUrlPaste} {...aria('url')} />
        {err('url')}
        <p className="muted small" aria-live="polite" style={{ margin: '0.3rem 0 0' }}>
          {linkStatus}
        </p>
      </div>
      <div>
        <label htmlFor={`${idp}-title`}>Source title</label>
        <input id={`${idp}-title`} name="title" type="text" required defaultValue={source?.title} {...aria('title')} />
        {err('title')}
      </div>
      <div className="grid2">
        <div>
          <label htmlFor={`${idp}-publisher`}>Publisher</label>
          <input id={`${idp}-publisher`} name="publisher" type="text" defaultValue={source?.publisher ?? ''} />
        </div>
        <div>
          <label htmlFor={`${idp}-stance`}>Stance</label>
          <select id={`${idp}-stance`} name="stance" defaultValue={source?.stance ?? 'context'}>
            <option value="supports">Supports the claim</option>
            <option value="refutes">Refutes the claim</option>
            <option value="context">Gives context</option>
          </select>
        </div>
        <div>
          <label htmlFor={`${idp}-kind`}>Kind of source</label>
          <select id={`${idp}-kind`} name="kind" defaultValue={source?.kind ?? 'other'} {...aria('kind')}>
            {SOURCE_KIND_VALUES.map((k) => (
              <option key={k} value={k}>
                {SOURCE_KIND_LABEL[k]}
              </option>
            ))}
          </select>
          {err('kind')}
        </div>
        <div>
          <label htmlFor={`${idp}-archiveUrl`}>Archived copy URL (optional)</label>
          <input id={`${idp}-archiveUrl`} name="archiveUrl" type="url" defaultValue={source?.archiveUrl ?? ''} placeholder="https://web.archive.org/…" {...aria('archiveUrl')} />
          {err('archiveUrl')}
        </div>
        <div>
          <label htmlFor={`${idp}-publishedAt`}>Published</label>
          <input id={`${idp}-publishedAt`} name="publishedAt" type="date" defaultValue={source?.publishedAt ?? ''} {...aria('publishedAt')} />
          {err('publishedAt')}
        </div>
        <div>
          <label htmlFor={`${idp}-accessedAt`}>Accessed</label>
          <input id={`${idp}-accessedAt`} name="accessedAt" type="date" defaultValue={source?.accessedAt ?? new Date().toISOString().slice(0, 10)} {...aria('accessedAt')} />
          {err('accessedAt')}
        </div>
      </div>
      <div>
        <label htmlFor={`${idp}-excerpt`}>Excerpt that matters</label>
        <textarea id={`${idp}-excerpt`} name="excerpt" rows={3} defaultValue={source?.excerpt ?? ''} />
      </div>
      <div className="row">
        <input id={`${idp}-confidential`} name="confidential" type="checkbox" defaultChecked={source?.confidential} />
        <label htmlFor={`${idp}-confidential`} style={{ margin: 0, fontWeight: 400 }}>
          Confidential (kept out of public exports)
        </label>
      </div>
      <div className="row">
        <button type="submit" className="btn primary" disabled={pending}>
          {pending ? 'Saving…' : source ? 'Save source' : 'Add this source'}
        </button>
        <button type="button" className="btn" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
