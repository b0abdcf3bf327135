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

  // Open when the source already has one of these, or one of them has an error to show.
  const moreOpen =
    !!(source && (source.excerpt || source.archiveUrl || source.confidential || source.kind !== 'other')) ||
    ['excerpt', 'kind', 'archiveUrl', 'accessedAt', 'confidential'].some((f) => !!error?.fields?.[f]);

  const err = (name: string) =>
    error?.fields?.[name] ? (
      <p className="field-error" id={`${idp}-${name}-error`}>
        {error.fields[name].join(' ')}
      </p>
    ) : null;
  const aria = (name: string) => (error?.fields?.[name] ? { 'aria-invalid': true, 'aria-describedby': `${idp}-${name}-error` } : {});

  return (
    <form
      className="card stack"
      onSubmit={onSubmit}
      aria-label={source ? 'Edit source' : 'New source'}
      noValidate
      onKeyDown={(e) => {
        // Ctrl+Enter (Cmd+Enter on a Mac) saves from any field, as in the claim panel.
        if ((e.ctrlKey || e.metaKey) && e.key === 'Enter') {
          e.preventDefault();
          e.stopPropagation();
          if (!pending) e.currentTarget.requestSubmit();
        }
      }}
    >
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
          <label htmlFor={`${idp}-publishedAt`}>Published</label>
          <DayInput id={`${idp}-publishedAt`} name="publishedAt" defaultValue={source?.publishedAt ?? ''} describedBy={`${idp}-publishedAt-hint`} invalid={aria('publishedAt')} />
          <p className="small muted" id={`${idp}-publishedAt-hint`} style={{ margin: 0 }}>
            YYYY-MM-DD
          </p>
          {err('publishedAt')}
        </div>
        <div>
          <label htmlFor={`${idp}-stance`}>Stance</label>
          <select id={`${idp}-stance`} name="stance" defaultValue={source?.stance ?? 'context'}>
            <option value="supports">Supports the claim</option>
            <option value="refutes">Refutes the claim</option>
            <option value="context">Gives context</option>
          </select>
        </div>
      </div>
      <div className="row">
        <button type="submit" className="btn primary" disabled={pending} aria-keyshortcuts="Control+Enter Meta+Enter">
          {pending ? 'Saving…' : source ? 'Save source' : 'Add this source'}
        </button>
        <button type="button" className="btn" onClick={onCancel}>
          Cancel
        </button>
        <span className="small muted">
          or <kbd className="kbd">Ctrl</kbd>+<kbd className="kbd">Enter</kbd>
        </span>
      </div>
      {/* The fields most sources leave as they are come after the button: five Tabs from the URL to "Add this source". */}
      <details className="source-more" open={moreOpen || undefined}>
        <summary>More details: excerpt, kind, archived copy, accessed date, confidential</summary>
        <div className="stack" style={{ marginTop: '0.5rem' }}>
          <div>
            <label htmlFor={`${idp}-excerpt`}>Excerpt that matters</label>
            <textarea id={`${idp}-excerpt`} name="excerpt" rows={3} defaultValue={source?.excerpt ?? ''} />
          </div>
          <div className="grid2">
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
              <label htmlFor={`${idp}-accessedAt`}>Accessed</label>
              <DayInput id={`${idp}-accessedAt`} name="accessedAt" defaultValue={source?.accessedAt ?? new Date().toISOString().slice(0, 10)} invalid={aria('accessedAt')} />
              {err('accessedAt')}
            </div>
          </div>
          <div className="row">
            <input id={`${idp}-confidential`} name="confidential" type="checkbox" defaultChecked={source?.confidential} />
            <label htmlFor={`${idp}-confidential`} style={{ margin: 0, fontWeight: 400 }}>
              Confidential (kept out of public exports)
            </label>
          </div>
        </div>
      </details>
    </form>
  );
}

/**
 * One text field per date (YYYY-MM-DD), one Tab stop: Chromium's date input is three (day, month,
 * year). The server checks the date (a field error says how to write it); the browser only hints.
 */
function DayInput({ id, name, defaultValue, describedBy, invalid }: { id: string; name: string; defaultValue: string; describedBy?: string; invalid: object }) {
  const described = [describedBy, (invalid as { 'aria-describedby'?: string })['aria-describedby']].filter(Boolean).join(' ') || undefined;
  return (
    <input
      id={id}
      name={name}
      type="text"
      inputMode="numeric"
      autoComplete="off"
      placeholder="YYYY-MM-DD"
      pattern="\d{4}-\d{2}-\d{2}"
      maxLength={10}
      defaultValue={defaultValue}
      {...invalid}
      aria-describedby={described}
    />
  );
}
