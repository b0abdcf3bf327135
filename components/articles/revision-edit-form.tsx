'use client';
import { useState, type FormEvent, type KeyboardEvent } from 'react';
import { useRouter } from 'next/navigation';
import { editArticleAction, refetchArticleAction } from '@/app/articles/[id]/revision-actions';
import type { RevisionOutcome } from '@/lib/services/article-revisions';
import type { ErrorBody } from '@/lib/errors';

type Editable = {
  id: string;
  version: number;
  title: string;
  outlet: string | null;
  author: string | null;
  url: string | null;
  publishedAt: string | null;
  body: string;
  format: 'text' | 'markdown';
};

type Problem = ErrorBody['error'] | null;

function FieldError({ problem, name }: { problem: Problem; name: string }) {
  const messages = problem?.fields?.[name];
  if (!messages?.length) return null;
  return (
    <p className="field-error" id={`edit-${name}-error`}>
      {messages.join(' ')}
    </p>
  );
}

function summary(out: RevisionOutcome): string {
  if (out.revision === null) return 'Saved. The text did not change, so no new revision was made.';
  const { anchored, textChanged, orphans, added } = out.counts;
  return `Saved as revision ${out.revision}: ${anchored} claims found again, ${textChanged} flagged (text changed), ${orphans} orphaned, ${added} new.`;
}

/** Edit an article's metadata and text; a changed text becomes a new revision. Ctrl+Enter saves. */
export function RevisionEditForm({ article }: { article: Editable }) {
  const router = useRouter();
  const [version, setVersion] = useState(article.version);
  const [problem, setProblem] = useState<Problem>(null);
  const [done, setDone] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  const invalid = (name: string) => (problem?.fields?.[name] ? { 'aria-invalid': true, 'aria-describedby': `edit-${name}-error` } : {});

  const finish = (out: RevisionOutcome) => {
    setVersion(out.version);
    setDone(summary(out));
    if (out.revision !== null) router.push(`/articles/${article.id}/revisions?n=${out.revision}`);
    else router.refresh();
  };

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const text = (key: string) => String(form.get(key) ?? '');
    setPending(true);
    setDone(null);
    const result = await editArticleAction({
      articleId: article.id,
      version,
      title: text('title'),
      outlet: text('outlet'),
      author: text('author'),
      url: text('url'),
      publishedAt: text('publishedAt'),
      format: text('format') === 'markdown' ? 'markdown' : 'text',
      body: text('body'),
      source: text('source') === 'paste' ? 'paste' : 'edit',
    });
    setPending(false);
    if (result.ok) {
      setProblem(null);
      finish(result.data);
    } else setProblem(result.error);
  };

  const refetch = async () => {
    setPending(true);
    setDone(null);
    const result = await refetchArticleAction({ articleId: article.id, version });
    setPending(false);
    if (result.ok) {
      setProblem(null);
      finish(result.data);
    } else setProblem(result.error);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLFormElement>) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      event.currentTarget.requestSubmit();
    }
  };

  return (
    <form className="card stack" onSubmit={onSubmit} onKeyDown={onKeyDown} aria-busy={pending} noValidate aria-label="Edit article">
      {problem && (
        <p className="form-error" role="alert">
          {problem.fields ? `Please correct the highlighted fields: ${problem.message}` : problem.message}
        </p>
      )}
      {done && (
        <p className="notice" role="status">
          {done}
        </p>
      )}
      <div>
        <label htmlFor="edit-title">Title</label>
        <input id="edit-title" name="title" type="text" maxLength={300} defaultValue={article.title} {...invalid('title')} />
        <FieldError problem={problem} name="title" />
      </div>
      <div className="grid2">
        <div>
          <label htmlFor="edit-outlet">Outlet (optional)</label>
          <input id="edit-outlet" name="outlet" type="text" maxLength={200} defaultValue={article.outlet ?? ''} {...invalid('outlet')} />
          <FieldError problem={problem} name="outlet" />
        </div>
        <div>
          <label htmlFor="edit-author">Author (optional)</label>
          <input id="edit-author" name="author" type="text" maxLength={200} defaultValue={article.author ?? ''} {...invalid('author')} />
          <FieldError problem={problem} name="author" />
        </div>
        <div>
          <label htmlFor="edit-url">URL (optional)</label>
          <input id="edit-url" name="url" type="url" placeholder="https://" defaultValue={article.url ?? ''} {...invalid('url')} />
          <FieldError problem={problem} name="url" />
        </div>
        <div>
          <label htmlFor="edit-publishedAt">Published (optional)</label>
          <input id="edit-publishedAt" name="publishedAt" type="date" defaultValue={article.publishedAt ?? ''} {...invalid('publishedAt')} />
          <FieldError problem={problem} name="publishedAt" />
        </div>
      </div>
      <div>
        <label htmlFor="edit-body">Article text</label>
        <textarea id="edit-body" name="body" rows={16} defaultValue={article.body} {...invalid('body')} />
        <FieldError problem={problem} name="body" />
      </div>
      <div className="grid2">
        <div>
          <label htmlFor="edit-format">Format</label>
          <select id="edit-format" name="format" defaultValue={article.format}>
            <option value="text">Plain text</option>
            <option value="markdown">Markdown</option>
          </select>
        </div>
        <fieldset style={{ border: 0, padding: 0, margin: 0 }}>
          <legend>How did the text change?</legend>
          <label className="small" style={{ display: "flex", gap: "0.4rem", alignItems: "center" }}>
            <input type="radio" name="source" value="edit" defaultChecked /> I edited it
          </label>
          <label className="small" style={{ display: "flex", gap: "0.4rem", alignItems: "center" }}>
            <input type="radio" name="source" value="paste" /> I pasted a new version over it
          </label>
        </fieldset>
      </div>
      <div className="row">
        <button type="submit" className="btn primary" disabled={pending}>
          {pending ? 'Saving and finding claims again…' : 'Save'}
        </button>
        {article.url && (
          <button type="button" className="btn" disabled={pending} onClick={refetch}>
            Re-fetch from its URL
          </button>
        )}
        <span className="muted small">Ctrl+Enter saves.</span>
      </div>
    </form>
  );
}
