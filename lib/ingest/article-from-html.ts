import { parseHTML } from 'linkedom';
import { Readability } from '@mozilla/readability';
import { AppError } from '@/lib/errors';
import { domToText } from './dom-to-text';
import { readMetadata, type PageMetadata } from './metadata';
import type { ExtractedArticle } from './index';

/**
 * HTML (a fetched page, an uploaded .html file, pasted HTML, a .docx converted by mammoth) as an
 * article: Readability finds the body on a server-side DOM (linkedom), the metadata come from the
 * head (lib/ingest/metadata.ts), and the body is stored as structured text (lib/ingest/dom-to-text.ts).
 */

/** Fewer words than this is a page without an article (a front page, a login wall, an error page). */
const MIN_WORDS = 30;

type LinkedomDocument = ReturnType<typeof parseHTML>['document'];

function parse(html: string): LinkedomDocument {
  // linkedom needs a whole document; a fragment (pasted HTML, mammoth's output) gets one around it
  const whole = /<html[\s>]/i.test(html) ? html : `<!doctype html><html><head></head><body>${html}</body></html>`;
  return parseHTML(whole).document;
}

const PULL_QUOTE = /(?:^|[\s_-])(?:pull-?quote|pull_quote|pquote|pullout|pull-out)(?:$|[\s_-])/i;

/**
 * Pull quotes repeat a sentence of the body in large type. Readability drops most of them (as
 * asides); those it keeps would read as a second copy of the claim. Each becomes one line
 * "Pull quote: …", which the claim extractor reads as a heading, never a claim.
 */
function markPullQuotes(doc: LinkedomDocument): void {
  const candidates = Array.from(doc.querySelectorAll('[class], aside')).filter((el) => {
    const cls = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
    if (PULL_QUOTE.test(cls)) return true;
    // an aside holding nothing but a quotation
    return el.tagName.toLowerCase() === 'aside' && el.querySelector('blockquote, q') !== null && (el.textContent ?? '').trim().length < 400 && el.querySelectorAll('p').length <= 2;
  });
  for (const el of candidates) {
    if (!el.parentNode || candidates.some((other) => other !== el && other.contains(el))) continue;
    const words = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
    const p = doc.createElement('p');
    p.textContent = words ? `Pull quote: ${words}` : '';
    el.parentNode.replaceChild(p, el);
  }
}

/** Class and id words of boilerplate inside article pages: ads, sharing, sign-ups, related links, cookie notices. */
const BOILERPLATE = /^(?:ads?|advert\w*|ad[-_]\w+|\w+[-_]ads?|dfp\w*|gpt-ad\w*|sponsor\w*|promo\w*|outbrain\w*|taboola\w*|newsletter\w*|signup\w*|share\w*|sharing\w*|social\w*|related\w*|recirc\w*|most-?read\w*|cookie\w*|consent\w*|paywall\w*|subscribe\w*|comments?)$/i;

/** Removes what is plainly not the article before Readability weighs the rest. */
function removeBoilerplate(doc: LinkedomDocument): void {
  for (const el of Array.from(doc.querySelectorAll('[class], [id], nav, footer, form, [role="navigation"], [aria-hidden="true"]'))) {
    if (!el.parentNode) continue;
    const t = el.tagName.toLowerCase();
    if (t === 'body' || t === 'html' || t === 'main' || t === 'article') continue;
    const words = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`.split(/\s+/).filter(Boolean);
    if (t === 'nav' || t === 'footer' || t === 'form' || el.getAttribute('role') === 'navigation' || el.getAttribute('aria-hidden') === 'true' || words.some((w) => BOILERPLATE.test(w))) {
      el.parentNode.removeChild(el);
    }
  }
}

function wordCount(s: string): number {
  return (s.match(/[\p{L}\p{N}]+/gu) ?? []).length;
}

/** The same line at the top of the body as the headline or byline is left out (it is stored apart). */
function dropRepeatedTop(body: string, title: string | null, byline: string | null): string {
  const blocks = body.split('\n\n');
  const same = (a: string, b: string | null) => b !== null && a.replace(/^#+ /, '').replace(/^by\s+/i, '').trim().toLowerCase() === b.replace(/^by\s+/i, '').trim().toLowerCase();
  while (blocks.length > 1 && (same(blocks[0], title) || same(blocks[0], byline))) blocks.shift();
  return blocks.join('\n\n');
}

export type ArticleFromHtmlOptions = {
  /** The page's URL (after redirects): resolves relative links, and is the URL when the page names no canonical one. */
  url?: string;
};

/** Extracts the article of an HTML page. Throws FETCH_FAILED ("not an article") when there is none. */
export function articleFromHtml(html: string, options: ArticleFromHtmlOptions = {}): ExtractedArticle {
  const meta = readMetadata(parse(html) as unknown as Parameters<typeof readMetadata>[0], options.url);
  const doc = parse(html);
  markPullQuotes(doc);
  removeBoilerplate(doc);
  const reader = new Readability<unknown>(doc as unknown as Document, { serializer: (node) => node, charThreshold: 300 });
  const result = reader.parse();
  let body = result?.content ? domToText(result.content) : '';
  if (wordCount(body) < MIN_WORDS && meta.articleBody && wordCount(meta.articleBody) >= MIN_WORDS) body = paragraphs(meta.articleBody);
  if (wordCount(body) < MIN_WORDS) {
    throw new AppError('FETCH_FAILED', 'No article was found on this page (too little text). Is it a front page, a video or behind a login?', { details: { reason: 'not_article' } });
  }
  const title = first(meta.title, clean(result?.title)) ?? 'Untitled';
  const author = first(meta.author, cleanByline(result?.byline));
  body = dropRepeatedTop(body, title, author);
  return {
    title: title.slice(0, 300),
    body,
    format: 'markdown',
    author: author?.slice(0, 200) ?? null,
    outlet: first(meta.outlet, clean(result?.siteName))?.slice(0, 200) ?? null,
    publishedAt: meta.publishedAt ?? dateOrNull(result?.publishedTime),
    modifiedAt: meta.modifiedAt,
    url: meta.canonicalUrl ?? options.url ?? '',
    language: meta.language ?? clean(result?.lang),
  };
}

/** Metadata only (the source form's paste of a URL): no body extraction. */
export function metadataFromHtml(html: string, url?: string): PageMetadata {
  return readMetadata(parse(html) as unknown as Parameters<typeof readMetadata>[0], url);
}

/** A plain-text page: the first line is the headline. */
export function articleFromText(text: string, url: string): ExtractedArticle {
  const body = text.replace(/\r\n?/g, '\n').trim();
  if (wordCount(body) < MIN_WORDS) throw new AppError('FETCH_FAILED', 'No article was found at this link (too little text).', { details: { reason: 'not_article' } });
  const firstLine = body.split('\n').find((l) => l.trim())?.replace(/^#+\s*/, '').trim() ?? 'Untitled';
  return { title: firstLine.slice(0, 300), body, format: 'text', author: null, outlet: null, publishedAt: null, modifiedAt: null, url, language: null };
}

function paragraphs(s: string): string {
  return s
    .split(/\n+/)
    .map((l) => l.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n\n');
}

function clean(s: string | null | undefined): string | null {
  const t = (s ?? '').replace(/\s+/g, ' ').trim();
  return t || null;
}

function cleanByline(s: string | null | undefined): string | null {
  const t = clean(s)?.replace(/^by\s+/i, '');
  return t || null;
}

function first(...values: (string | null | undefined)[]): string | null {
  for (const v of values) if (v) return v;
  return null;
}

function dateOrNull(s: string | null | undefined): Date | null {
  if (!s) return null;
  const d = new Date(s);
  return Number.isNaN(d.getTime()) ? null : d;
}
