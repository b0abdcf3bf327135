'use client';
import { useActionState, useRef, useState, type FormEvent } from 'react';
import { createArticleAction, type NewArticleState } from '@/app/articles/new/actions';
import type { ArticlePreview } from '@/lib/services/article-import';
import { BOTH_INPUTS_MESSAGE } from '@/lib/ingest/article-messages';
import { ArticleLinkFetch } from './article-link-fetch';
import { MAX_ARTICLE_BYTES } from '@/lib/validation/article';
import { ACTION_BODY_LIMIT } from '@/lib/http/request-guard';

type SizeError = { field: 'body' | 'file'; message: string };

/**
 * Checks the article's size in the browser before anything is sent: an article over 1 MB gets the
 * field error the server would give, without a round trip that would exceed the request limit and
 * without the form being reset (what was typed stays).
 */
function sizeError(form: HTMLFormElement, previousBody: string | undefined): SizeError | null {
  const file = (form.elements.namedItem('file') as HTMLInputElement | null)?.files?.[0];
  const body = (form.elements.namedItem('body') as HTMLTextAreaElement | null)?.value ?? '';
  if (file && file.size > MAX_ARTICLE_BYTES) return { field: 'file', message: 'Larger than 1 MB.' };
  const bodyBytes = new TextEncoder().encode(body).length;
  if (bodyBytes > MAX_ARTICLE_BYTES) return { field: 'body', message: 'The article is larger than 1 MB.' };
  // The request also carries the previous answer (with the text typed before): keep the whole under the limit.
  const previousBytes = previousBody ? new TextEncoder().encode(previousBody).length : 0;
  if (file && bodyBytes + file.size + previousBytes > ACTION_BODY_LIMIT - 50_000) {
    return { field: 'file', message: 'Too large together with the pasted text: empty the text box to upload a file.' };
  }
  // a paste and a file at once: say so instead of dropping one of them
  if (file && body.trim()) return { field: 'file', message: BOTH_INPUTS_MESSAGE };
  return null;
}

function FieldError({ state, name, local }: { state: NewArticleState; name: string; local?: SizeError | null }) {
  const messages = local ? (local.field === name ? [local.message] : undefined) : state && !state.ok ? state.error.fields?.[name] : undefined;
  if (!messages?.length) return null;
  return (
    <p className="field-error" id={`${name}-error`}>
      {messages.join(' ')}
    </p>
  );
}

/** Fills the form's fields from a fetched page: the form is the editable preview. */
function fill(form: HTMLFormElement | null, preview: ArticlePreview): void {
  if (!form) return;
  const set = (name: string, value: string | null) => {
    const el = form.elements.namedItem(name) as HTMLInputElement | HTMLTextAreaElement | null;
    if (el) el.value = value ?? '';
  };
  set('title', preview.title);
  set('outlet', preview.outlet);
  set('author', preview.author);
  set('url', preview.url);
  set('publishedAt', preview.publishedAt);
  set('modifiedAt', preview.modifiedAt);
  set('language', preview.language);
  set('body', preview.body);
  set('format', preview.format);
  const file = form.elements.namedItem('file') as HTMLInputElement | null;
  if (file) file.value = '';
}

export function ArticleForm() {
  const [state, action, pending] = useActionState(createArticleAction, null);
  const [tooLarge, setTooLarge] = useState<SizeError | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const v = state?.values ?? {};
  const invalid = (name: string) =>
    (tooLarge ? tooLarge.field === name : state && !state.ok && state.error.fields?.[name]) ? { 'aria-invalid': true, 'aria-describedby': `${name}-error` } : {};
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    const problem = sizeError(event.currentTarget, state?.values?.body);
    setTooLarge(problem);
    if (problem) event.preventDefault();
  };
  return (
    <>
      <ArticleLinkFetch
        onPreview={(preview) => {
          setTooLarge(null);
          fill(formRef.current, preview);
        }}
      />
      <form ref={formRef} action={action} onSubmit={onSubmit} className="card stack" aria-busy={pending} noValidate>
        {tooLarge && (
          <p className="form-error" role="alert">
            {tooLarge.message === BOTH_INPUTS_MESSAGE ? tooLarge.message : `Please correct the highlighted fields: ${tooLarge.message === 'Larger than 1 MB.' ? 'The file is larger than 1 MB.' : tooLarge.message}`}
          </p>
        )}
        {!tooLarge && state && !state.ok && (
          <p className="form-error" role="alert">
            {state.error.fields ? `Please correct the highlighted fields: ${state.error.message}` : state.error.message}
          </p>
        )}
        <div>
          <label htmlFor="title">Title</label>
          <input id="title" name="title" type="text" maxLength={300} defaultValue={v.title} placeholder="Taken from the headline when left empty" {...invalid('title')} />
          <FieldError state={state} name="title" local={tooLarge} />
        </div>
        {/* two columns where they fit, one on a phone (date inputs do not shrink below their content) */}
        <div className="grid2" style={{ gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 15rem), 1fr))' }}>
          <div>
            <label htmlFor="outlet">Outlet (optional)</label>
            <input id="outlet" name="outlet" type="text" maxLength={200} defaultValue={v.outlet} />
          </div>
          <div>
            <label htmlFor="author">Author (optional)</label>
            <input id="author" name="author" type="text" maxLength={200} defaultValue={v.author} />
          </div>
          <div>
            <label htmlFor="url">URL (optional)</label>
            <input id="url" name="url" type="url" placeholder="https://" defaultValue={v.url} {...invalid('url')} />
            <FieldError state={state} name="url" local={tooLarge} />
          </div>
          <div>
            <label htmlFor="publishedAt">Published (optional)</label>
            <input id="publishedAt" name="publishedAt" type="date" defaultValue={v.publishedAt} {...invalid('publishedAt')} />
            <FieldError state={state} name="publishedAt" local={tooLarge} />
          </div>
          <div>
            <label htmlFor="modifiedAt">Updated (optional)</label>
            <input id="modifiedAt" name="modifiedAt" type="date" defaultValue={v.modifiedAt} {...invalid('modifiedAt')} />
            <FieldError state={state} name="modifiedAt" local={tooLarge} />
          </div>
          <div>
            <label htmlFor="language">Language (optional)</label>
            <input id="language" name="language" type="text" maxLength={35} placeholder="en, en-GB, fr…" defaultValue={v.language} {...invalid('language')} />
            <FieldError state={state} name="language" local={tooLarge} />
          </div>
        </div>
        <div>
          <label htmlFor="body">Article text</label>
          <textarea id="body" name="body" rows={14} defaultValue={v.body} placeholder="Paste the article here (plain text, Markdown or HTML)…" {...invalid('body')} />
          <FieldError state={state} name="body" local={tooLarge} />
        </div>
        <div>
          <label htmlFor="file">…or upload a .txt or .md file, a web page (.html) or a Word document (.docx), up to 1 MB</label>
          <input
            id="file"
            name="file"
            type="file"
            accept=".txt,.md,.markdown,.html,.htm,.docx,text/plain,text/markdown,text/html,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
            {...invalid('file')}
          />
          <FieldError state={state} name="file" local={tooLarge} />
        </div>
        <div className="row">
          <button type="submit" className="btn primary" disabled={pending}>
            {pending ? 'Adding and finding claims…' : 'Add article'}
          </button>
          <span className="muted small">Claims are found automatically; you can add or remove them afterwards.</span>
        </div>
        {/* the fetched text's format (markdown); last, so the hidden field adds no gap to the stack */}
        <input type="hidden" name="format" defaultValue={v.format ?? ''} />
      </form>
    </>
  );
}
