'use client';
import { useRef, useState, useTransition, type KeyboardEvent } from 'react';
import { previewArticleAction } from '@/app/articles/new/actions';
import type { ArticlePreview } from '@/lib/services/article-import';

type Props = {
  /** Fills the form with what the page says; the person corrects it there before saving. */
  onPreview: (preview: ArticlePreview) => void;
};

function host(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}

/**
 * "Add from a link": fetches the page on the server (lib/ingest: refused addresses, 5 MB, 15 s)
 * and shows what was found. Nothing is stored until the form is saved.
 */
export function ArticleLinkFetch({ onPreview }: Props) {
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const [found, setFound] = useState<ArticlePreview | null>(null);
  const input = useRef<HTMLInputElement>(null);

  const fetchPage = () => {
    const url = input.current?.value.trim() ?? '';
    setError(null);
    setFound(null);
    if (!url) {
      setError('Enter the link of the article first.');
      input.current?.focus();
      return;
    }
    startTransition(async () => {
      const result = await previewArticleAction({ url });
      if (!result.ok) {
        setError(result.error.message);
        return;
      }
      setFound(result.data);
      onPreview(result.data);
    });
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    // Enter fetches the page; it must not submit the article form around it
    if (e.key === 'Enter') {
      e.preventDefault();
      fetchPage();
    }
  };

  return (
    <section className="card stack" aria-labelledby="from-link-heading">
      <h2 id="from-link-heading" style={{ margin: 0, fontSize: '1.05rem' }}>
        Add from a link
      </h2>
      <div>
        <label htmlFor="sourceLink">Article link</label>
        <div className="row">
          <input
            id="sourceLink"
            ref={input}
            type="url"
            inputMode="url"
            placeholder="https://"
            className="grow"
            onKeyDown={onKeyDown}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? 'sourceLink-error' : 'sourceLink-help'}
          />
          <button type="button" className="btn" onClick={fetchPage} disabled={pending}>
            {pending ? 'Fetching…' : 'Fetch article'}
          </button>
        </div>
        <p id="sourceLink-help" className="muted small" style={{ margin: '0.3rem 0 0' }}>
          Claimdesk fetches the page, finds the article and fills the form below for you to check. Nothing is saved until you add the article.
        </p>
      </div>
      {/* the live region stays in the page so screen readers hear what arrives; it takes no room while empty */}
      <div aria-live="polite" style={pending || found ? undefined : { marginTop: 0 }}>
        {pending && <p className="muted">Fetching the page and finding the article (this can take up to 15 s)…</p>}
        {found && !pending && (
          <div className="notice" data-testid="link-preview">
            <p style={{ margin: 0 }}>
              <strong>Found “{found.title}”</strong> ({found.words.toLocaleString('en')} words) from {host(found.url)}
              {found.author ? `, by ${found.author}` : ''}
              {found.outlet ? `, ${found.outlet}` : ''}
              {found.publishedAt ? `, published ${found.publishedAt}` : ''}
              {found.modifiedAt ? `, updated ${found.modifiedAt}` : ''}
              {found.language ? `, language ${found.language}` : ''}.
            </p>
            <p style={{ margin: '0.3rem 0 0' }}>Check and correct the fields and the text below, then press Add article.</p>
          </div>
        )}
      </div>
      {error && !pending && (
        <p className="form-error" role="alert" id="sourceLink-error">
          {error}
        </p>
      )}
    </section>
  );
}
