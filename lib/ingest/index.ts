/**
 * Articles from the outside world: fetch a page by its link and turn it into an article.
 *
 * This is the contract shared by the URL import (add an article from a link) and revisions
 * (re-fetch an article from its URL). The fetch is SSRF-safe (lib/ingest/safe-fetch.ts:
 * checked addresses only, CLAIMDESK_FETCH_ALLOW for private hosts, 5 MB, 15 s, HTML and text);
 * the page becomes an article in lib/ingest/article-from-html.ts.
 */
import { articleFromHtml, articleFromText, metadataFromHtml } from './article-from-html';
import { safeFetch, type SafeFetchOptions } from './safe-fetch';

export interface ExtractedArticle {
  /** The headline. */
  title: string;
  /** The article text with its structure kept (headings, lists, captions) in the stored format. */
  body: string;
  format: 'text' | 'markdown';
  author: string | null;
  outlet: string | null;
  publishedAt: Date | null;
  modifiedAt: Date | null;
  /** The canonical URL when the page names one, else the final URL after redirects. */
  url: string;
  language: string | null;
}

/** What the source form fills from a pasted link. */
export interface SourceMetadata {
  title: string | null;
  publisher: string | null;
  /** YYYY-MM-DD */
  publishedAt: string | null;
  url: string;
}

/** Fetches a public web page and extracts its article. Throws AppError with a plain message. */
export async function fetchArticle(url: string, options?: SafeFetchOptions): Promise<ExtractedArticle> {
  const page = await safeFetch(url, options);
  if (page.contentType === 'text/plain') return articleFromText(page.text, page.url);
  return articleFromHtml(page.text, { url: page.url });
}

/** Fetches a page under the same rules and reads only its metadata (title, publisher, date). */
export async function fetchSourceMetadata(url: string, options?: SafeFetchOptions): Promise<SourceMetadata> {
  const page = await safeFetch(url, options);
  if (page.contentType === 'text/plain') {
    const firstLine = page.text.split('\n').find((l) => l.trim())?.trim() ?? null;
    return { title: firstLine?.slice(0, 500) ?? null, publisher: null, publishedAt: null, url: page.url };
  }
  const meta = metadataFromHtml(page.text, page.url);
  return {
    title: meta.title?.slice(0, 500) ?? null,
    publisher: meta.outlet?.slice(0, 200) ?? null,
    publishedAt: meta.publishedAt ? meta.publishedAt.toISOString().slice(0, 10) : null,
    url: page.url,
  };
}

export { articleFromHtml, articleFromText } from './article-from-html';
export { articleFromDocx } from './docx';
