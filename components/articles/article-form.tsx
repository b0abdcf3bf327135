'use client';
import { useActionState } from 'react';
import { createArticleAction, type NewArticleState } from '@/app/articles/new/actions';

function FieldError({ state, name }: { state: NewArticleState; name: string }) {
  const messages = state && !state.ok ? state.error.fields?.[name] : undefined;
  if (!messages?.length) return null;
  return (
    <p className="field-error" id={`${name}-error`}>
      {messages.join(' ')}
    </p>
  );
}

export function ArticleForm() {
  const [state, action, pending] = useActionState(createArticleAction, null);
  const v = state?.values ?? {};
  const invalid = (name: string) => (state && !state.ok && state.error.fields?.[name] ? { 'aria-invalid': true, 'aria-describedby': `${name}-error` } : {});
  return (
    <form action={action} className="card stack" aria-busy={pending} noValidate>
      {state && !state.ok && (
        <p className="form-error" role="alert">
          {state.error.fields ? `Please correct the highlighted fields: ${state.error.message}` : state.error.message}
        </p>
      )}
      <div>
        <label htmlFor="title">Title</label>
        <input id="title" name="title" type="text" required maxLength={300} defaultValue={v.title} {...invalid('title')} />
        <FieldError state={state} name="title" />
      </div>
      <div className="grid2">
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
          <FieldError state={state} name="url" />
        </div>
        <div>
          <label htmlFor="publishedAt">Published (optional)</label>
          <input id="publishedAt" name="publishedAt" type="date" defaultValue={v.publishedAt} {...invalid('publishedAt')} />
          <FieldError state={state} name="publishedAt" />
        </div>
      </div>
      <div>
        <label htmlFor="body">Article text</label>
        <textarea id="body" name="body" rows={14} defaultValue={v.body} placeholder="Paste the article here (plain text or Markdown)…" {...invalid('body')} />
        <FieldError state={state} name="body" />
      </div>
      <div>
        <label htmlFor="file">…or upload a .txt or .md file (up to 1 MB)</label>
        <input id="file" name="file" type="file" accept=".txt,.md,.markdown,text/plain,text/markdown" {...invalid('file')} />
        <FieldError state={state} name="file" />
      </div>
      <div className="row">
        <button type="submit" className="btn primary" disabled={pending}>
          {pending ? 'Adding and finding claims…' : 'Add article'}
        </button>
        <span className="muted small">Claims are found automatically; you can add or remove them afterwards.</span>
      </div>
    </form>
  );
}
