import { assertCan, type Actor } from '@/lib/auth/permissions';
import { AppError } from '@/lib/errors';
import { fetchArticle, fetchSourceMetadata, type ExtractedArticle, type SourceMetadata } from '@/lib/ingest';
import { articleUrlSchema, MAX_ARTICLE_BYTES, type ArticleInput, type ArticleUrlInput } from '@/lib/validation/article';
import { parseInput } from '@/lib/validation/parse';
import { createArticle } from './articles';
import { takeToken, type RateLimitConfig } from './rate-limits';

/**
 * Adding an article from its link. Fetching is the one thing in Claimdesk that makes the server
 * reach out to the internet on a user's behalf, so it is rate limited per user (shared by every
 * instance, as the other limits): CLAIMDESK_FETCH_RATE_PER_MINUTE (default 20) and
 * CLAIMDESK_FETCH_RATE_BURST (default 10). A preview stores nothing; the article is stored only
 * when the person saves it (or, in the API, in one call after the fetch succeeded).
 */

/** What the form shows before saving: every field editable. Dates as YYYY-MM-DD. */
export type ArticlePreview = {
  title: string;
  author: string | null;
  outlet: string | null;
  publishedAt: string | null;
  modifiedAt: string | null;
  /** The canonical URL, else the address after redirects. */
  url: string;
  language: string | null;
  body: string;
  format: 'text' | 'markdown';
  words: number;
};

function positive(value: string | undefined, fallback: number): number {
  const n = Number(value);
  return Number.isFinite(n) && n > 0 ? n : fallback;
}

export function fetchRateConfig(env: Record<string, string | undefined> = process.env): RateLimitConfig {
  return { perMinute: positive(env.CLAIMDESK_FETCH_RATE_PER_MINUTE, 20), burst: Math.max(1, Math.floor(positive(env.CLAIMDESK_FETCH_RATE_BURST, 10))) };
}

async function takeFetch(actor: Actor): Promise<void> {
  const decision = await takeToken(`fetch:user:${actor.id}`, fetchRateConfig());
  if (!decision.allowed) {
    throw new AppError('RATE_LIMITED', `You fetched many pages in a short time; try again in ${decision.retryAfterSeconds} s.`, { details: { retryAfterSeconds: decision.retryAfterSeconds } });
  }
}

const day = (d: Date | null): string | null => (d ? d.toISOString().slice(0, 10) : null);

export function toPreview(a: ExtractedArticle): ArticlePreview {
  if (Buffer.byteLength(a.body, 'utf8') > MAX_ARTICLE_BYTES) {
    throw new AppError('FETCH_FAILED', 'The article text on this page is larger than 1 MB, the most Claimdesk stores.', { details: { reason: 'too_large' } });
  }
  return {
    title: a.title,
    author: a.author,
    outlet: a.outlet,
    publishedAt: day(a.publishedAt),
    modifiedAt: day(a.modifiedAt),
    url: a.url,
    language: a.language,
    body: a.body,
    format: a.format,
    words: (a.body.match(/[\p{L}\p{N}]+/gu) ?? []).length,
  };
}

/** Fetches the page behind a link and shows what would be stored. Stores nothing. */
export async function previewArticleFromUrl(actor: Actor, input: ArticleUrlInput): Promise<ArticlePreview> {
  assertCan(actor, 'article:create');
  const { url } = parseInput(articleUrlSchema, input);
  await takeFetch(actor);
  return toPreview(await fetchArticle(url));
}

/**
 * `POST /api/v1/articles` with `{ "url": … }` and no body: fetches the page, then stores the
 * article with the fields given in the request taking precedence over what the page says.
 */
export async function createArticleFromUrl(actor: Actor, input: Partial<ArticleInput> & ArticleUrlInput): Promise<{ id: string; claimCount: number }> {
  const preview = await previewArticleFromUrl(actor, { url: input.url });
  const given = (v: string | undefined) => (typeof v === 'string' && v.trim() ? v : undefined);
  return createArticle(actor, {
    title: given(input.title) ?? preview.title,
    author: given(input.author) ?? preview.author ?? undefined,
    outlet: given(input.outlet) ?? preview.outlet ?? undefined,
    publishedAt: given(input.publishedAt) ?? preview.publishedAt ?? undefined,
    modifiedAt: given(input.modifiedAt) ?? preview.modifiedAt ?? undefined,
    language: given(input.language) ?? preview.language ?? undefined,
    url: preview.url,
    body: preview.body,
    format: preview.format,
  });
}

/** The source form's paste of a link: title, publisher and day of the page, under the same fetch rules. */
export async function sourceMetadataFromUrl(actor: Actor, input: ArticleUrlInput): Promise<SourceMetadata> {
  assertCan(actor, 'claim:review');
  const { url } = parseInput(articleUrlSchema, input);
  await takeFetch(actor);
  return fetchSourceMetadata(url);
}
