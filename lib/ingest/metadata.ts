/**
 * An article's metadata from its HTML head: JSON-LD (`NewsArticle`, `Article` and their kin, as a
 * single object, an array, an `@graph`, with authors and the publisher as names, objects, arrays or
 * `@id` references), Open Graph and `article:` tags, Twitter cards, Highwire `citation_` tags,
 * Dublin Core and plain `<meta name>`s, `<link rel=canonical>` and `<html lang>`. The first source
 * that has a value wins, in that order (JSON-LD is written for machines and is the most exact).
 */

import { parseHTML } from 'linkedom';

export type PageMetadata = {
  title: string | null;
  author: string | null;
  outlet: string | null;
  publishedAt: Date | null;
  modifiedAt: Date | null;
  canonicalUrl: string | null;
  language: string | null;
  /** The article's text as JSON-LD gives it (`articleBody`), for pages whose body cannot be found otherwise. */
  articleBody: string | null;
};

type Doc = {
  documentElement: { getAttribute(name: string): string | null } | null;
  querySelectorAll(selector: string): ArrayLike<{ getAttribute(name: string): string | null; textContent: string | null }>;
};

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

const ARTICLE_TYPE = /^(?:[a-z]+:\/\/schema\.org\/)?(?:\w*NewsArticle|Article|BlogPosting|Report|ScholarlyArticle|TechArticle|LiveBlogPosting|SocialMediaPosting)$/i;

function isObject(v: Json | undefined): v is JsonObject {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function types(node: JsonObject): string[] {
  const t = node['@type'];
  return (Array.isArray(t) ? t : [t]).filter((x): x is string => typeof x === 'string');
}

/** Every object of the JSON-LD blocks: top-level objects, array items, `@graph` members. */
function jsonLdNodes(doc: Doc): JsonObject[] {
  const nodes: JsonObject[] = [];
  const collect = (value: Json, depth: number) => {
    if (depth > 4) return;
    if (Array.isArray(value)) for (const v of value) collect(v, depth + 1);
    else if (isObject(value)) {
      nodes.push(value);
      if (value['@graph'] !== undefined) collect(value['@graph'], depth + 1);
    }
  };
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"], script[type="application/ld+json;charset=utf-8"]'))) {
    const raw = (script.textContent ?? '').replace(/^\s*(?:<!--|<!\[CDATA\[)|(?:-->|\]\]>)\s*$/g, '').trim();
    if (!raw) continue;
    try {
      collect(JSON.parse(raw) as Json, 0);
    } catch {
      // a broken block (a trailing comma, a stray control character) is skipped, not fatal
    }
  }
  return nodes;
}

function text(v: Json | undefined): string | null {
  if (typeof v === 'string') return clean(v);
  if (typeof v === 'number') return String(v);
  if (Array.isArray(v)) return text(v[0]);
  if (isObject(v)) return text(v['@value']);
  return null;
}

function clean(s: string): string | null {
  const t = s.replace(/[\s\u00a0]+/g, ' ').trim();
  return t ? decodeEntities(t) : null;
}

/** JSON-LD is often written with HTML entities left in ("L&oacute;pez", "&amp;"): decoded by the HTML parser. */
function decodeEntities(s: string): string {
  if (!s.includes('&')) return s;
  decoder ??= parseHTML('<!doctype html><html><body><p></p></body></html>').document.querySelector('p');
  if (!decoder) return s;
  decoder.innerHTML = s.replace(/</g, '&lt;');
  return decoder.textContent ?? s;
}
let decoder: { innerHTML: string; textContent: string | null } | null = null;

/** Names of people or organisations: a string, `{ name }`, an `@id` reference, or a list of those. */
function names(v: Json | undefined, byId: Map<string, JsonObject>, depth = 0): string[] {
  if (v === undefined || v === null || depth > 3) return [];
  if (Array.isArray(v)) return v.flatMap((x) => names(x, byId, depth + 1));
  if (typeof v === 'string') {
    const n = clean(v);
    return n && !/^https?:\/\//i.test(n) ? [n] : [];
  }
  if (isObject(v)) {
    const name = text(v.name);
    if (name) return [name];
    const ref = typeof v['@id'] === 'string' ? byId.get(v['@id']) : undefined;
    if (ref && ref !== v) return names(ref, byId, depth + 1);
  }
  return [];
}

function date(v: string | null | undefined): Date | null {
  if (!v) return null;
  const s = v.trim();
  // a bare day is that day, not the evening before in a western time zone
  const d = /^\d{4}-\d{2}-\d{2}$/.test(s) ? new Date(`${s}T00:00:00Z`) : new Date(s);
  if (Number.isNaN(d.getTime()) || d.getUTCFullYear() < 1000 || d.getUTCFullYear() > 9999) return null;
  return d;
}

function first<T>(...values: (T | null | undefined)[]): T | null {
  for (const v of values) if (v !== null && v !== undefined && v !== '') return v;
  return null;
}

function joinNames(list: string[]): string | null {
  const unique = [...new Set(list.map((n) => n.replace(/^by\s+/i, '').trim()).filter(Boolean))];
  if (unique.length === 0) return null;
  return unique.join(', ').slice(0, 200);
}

function httpUrl(href: string | null | undefined, base: string | undefined): string | null {
  if (!href) return null;
  try {
    const u = new URL(href.trim(), base);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}

/** en_US → en-US; anything that is not a language tag is left out. */
function languageTag(v: string | null | undefined): string | null {
  if (!v) return null;
  const t = v.trim().replace(/_/g, '-');
  return /^[a-z]{2,3}(?:-[a-z0-9]{2,8})*$/i.test(t) ? t : null;
}

/** Reads the metadata of a parsed page; `url` resolves relative canonical links. */
export function readMetadata(doc: Doc, url?: string): PageMetadata {
  const metas = new Map<string, string[]>();
  for (const m of Array.from(doc.querySelectorAll('meta'))) {
    const key = (m.getAttribute('property') ?? m.getAttribute('name') ?? m.getAttribute('itemprop') ?? m.getAttribute('http-equiv'))?.trim().toLowerCase();
    const content = m.getAttribute('content');
    if (!key || content === null) continue;
    const value = clean(content);
    if (value) metas.set(key, [...(metas.get(key) ?? []), value]);
  }
  const meta = (...keys: string[]): string | null => first(...keys.map((k) => metas.get(k)?.[0]));
  const metaAll = (...keys: string[]): string[] => keys.flatMap((k) => metas.get(k) ?? []);

  const nodes = jsonLdNodes(doc);
  const byId = new Map<string, JsonObject>();
  for (const n of nodes) if (typeof n['@id'] === 'string') byId.set(n['@id'], n);
  const ld = nodes.find((n) => types(n).some((t) => ARTICLE_TYPE.test(t))) ?? null;
  const ldWebsite = nodes.find((n) => types(n).includes('WebSite')) ?? null;

  const titleTag = doc.querySelectorAll('title')[0]?.textContent;
  const h1 = doc.querySelectorAll('h1')[0]?.textContent;
  const title = first(text(ld?.headline), meta('og:title'), meta('twitter:title'), meta('citation_title'), meta('dc.title'), clean(h1 ?? ''), clean(titleTag ?? ''));

  const author = first(
    joinNames(names(ld?.author, byId)),
    joinNames(names(ld?.creator, byId)),
    joinNames(metaAll('author', 'article:author', 'dc.creator', 'parsely-author', 'sailthru.author', 'byl').filter((a) => !/^https?:\/\//i.test(a))),
    joinNames(metaAll('citation_author')),
  );

  const outlet = first(
    names(ld?.publisher, byId)[0],
    meta('og:site_name'),
    meta('citation_journal_title', 'citation_publisher', 'dc.publisher'),
    ldWebsite ? text(ldWebsite.name) : null,
    meta('application-name', 'twitter:site')?.replace(/^@/, ''),
  );

  const canonicalLink = Array.from(doc.querySelectorAll('link[rel]')).find((l) => (l.getAttribute('rel') ?? '').toLowerCase().split(/\s+/).includes('canonical'));
  const canonicalUrl = first(httpUrl(canonicalLink?.getAttribute('href'), url), httpUrl(meta('og:url'), url), httpUrl(text(ld?.url), url), httpUrl(text(ld?.mainEntityOfPage), url), httpUrl(isObject(ld?.mainEntityOfPage) ? text(ld.mainEntityOfPage['@id']) : null, url));

  const time = Array.from(doc.querySelectorAll('time[datetime]'))[0]?.getAttribute('datetime');
  const publishedAt = first(
    date(text(ld?.datePublished)),
    date(meta('article:published_time', 'og:article:published_time')),
    date(meta('citation_publication_date', 'citation_online_date', 'citation_date')),
    date(meta('dc.date.issued', 'dc.date', 'date', 'pubdate', 'publishdate', 'parsely-pub-date', 'sailthru.date')),
    date(text(ld?.dateCreated)),
    date(time),
  );
  const modifiedAt = first(date(text(ld?.dateModified)), date(meta('article:modified_time', 'og:updated_time', 'dc.date.modified', 'last-modified')));

  const language = first(
    languageTag(doc.documentElement?.getAttribute('lang')),
    languageTag(doc.documentElement?.getAttribute('xml:lang')),
    languageTag(text(ld?.inLanguage)),
    languageTag(meta('content-language', 'dc.language', 'citation_language')),
    languageTag(meta('og:locale')),
  );

  const articleBody = typeof ld?.articleBody === 'string' && ld.articleBody.trim() ? ld.articleBody : null;
  return { title, author, outlet, publishedAt, modifiedAt, canonicalUrl, language, articleBody };
}
