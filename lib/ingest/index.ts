/**
 * Articles from the outside world: fetch a page by its link and turn it into an article.
 *
 * This is the contract shared by the URL import (add an article from a link) and revisions
 * (re-fetch an article from its URL). The first version refuses every fetch; the real fetcher
 * (SSRF-safe, CLAIMDESK_FETCH_ALLOW) replaces the body without changing the types.
 */
import { AppError } from '@/lib/errors';

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

/** Fetches a public web page and extracts its article. Throws AppError with a plain message. */
export async function fetchArticle(url: string): Promise<ExtractedArticle> {
  throw new AppError('FETCH_FAILED', `Fetching ${url} is not available yet.`);
}
