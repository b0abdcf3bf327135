/**
 * Reads ClaimReview JSON-LD published by other fact-checkers (one object, an array, an `@graph`, a
 * `DataFeed` of `dataFeedElement` items, or arrays of those) into plain earlier-fact-check records. Nodes of other types are skipped; a
 * ClaimReview that breaks the rules is reported with its position and left out.
 */
export interface EarlierFactCheckRecord {
  claimReviewed: string;
  ratingLabel: string | null;
  ratingValue: number | null;
  bestRating: number | null;
  worstRating: number | null;
  reviewUrl: string | null;
  orgName: string | null;
  orgUrl: string | null;
  claimAuthor: string | null;
  appearanceUrl: string | null;
  datePublished: string | null;
  raw: Record<string, unknown>;
}

export interface ClaimReviewProblem {
  /** Where the review sits in the file, e.g. `[2].@graph[0]`. */
  at: string;
  problems: string[];
}

export interface ReadClaimReviewsResult {
  records: EarlierFactCheckRecord[];
  invalid: ClaimReviewProblem[];
  /** Nodes that were not ClaimReviews (Organization, WebPage…), skipped silently. */
  skipped: number;
}

export const CLAIM_REVIEWED_LIMIT = 5000;

type Node = Record<string, unknown>;
const isNode = (v: unknown): v is Node => typeof v === 'object' && v !== null && !Array.isArray(v);
const first = (v: unknown): unknown => (Array.isArray(v) ? v[0] : v);

function hasType(node: Node, type: string): boolean {
  const t = node['@type'];
  return t === type || t === `schema:${type}` || t === `http://schema.org/${type}` || t === `https://schema.org/${type}`
    || (Array.isArray(t) && t.some((x) => x === type || x === `schema:${type}`));
}

function text(v: unknown, max = 2000): string | null {
  const value = first(v);
  if (typeof value === 'string' && value.trim()) return value.trim().slice(0, max);
  if (typeof value === 'number') return String(value);
  return null;
}

function httpUrl(v: unknown): string | null {
  const value = first(v);
  const raw = typeof value === 'string' ? value : isNode(value) ? value.url ?? value['@id'] : null;
  const candidate = typeof first(raw) === 'string' ? (first(raw) as string).trim() : null;
  if (!candidate) return null;
  try {
    const url = new URL(candidate);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.toString() : null;
  } catch {
    return null;
  }
}

function num(v: unknown): number | null | 'bad' {
  const value = first(v);
  if (value === undefined || value === null || value === '') return null;
  const n = typeof value === 'number' ? value : typeof value === 'string' ? Number(value.trim()) : NaN;
  return Number.isFinite(n) ? n : 'bad';
}

function name(v: unknown): string | null {
  const value = first(v);
  if (typeof value === 'string') return text(value, 300);
  return isNode(value) ? text(value.name, 300) : null;
}

function date(v: unknown): string | null | 'bad' {
  const value = text(v, 60);
  if (!value) return null;
  const t = Date.parse(value);
  return Number.isNaN(t) ? 'bad' : new Date(t).toISOString();
}

function readReview(node: Node, at: string): EarlierFactCheckRecord | ClaimReviewProblem {
  const problems: string[] = [];
  const claimReviewed = text(node.claimReviewed, CLAIM_REVIEWED_LIMIT + 1);
  if (!claimReviewed) problems.push('claimReviewed is missing');
  else if (claimReviewed.length > CLAIM_REVIEWED_LIMIT) problems.push(`claimReviewed is longer than ${CLAIM_REVIEWED_LIMIT} characters`);
  const rating = first(node.reviewRating);
  if (!isNode(rating)) problems.push('reviewRating is missing');
  const r = isNode(rating) ? rating : {};
  const ratingLabel = text(r.alternateName, 300) ?? text(r.name, 300);
  const ratingValue = num(r.ratingValue);
  const bestRating = num(r.bestRating);
  const worstRating = num(r.worstRating);
  for (const [key, value] of [['ratingValue', ratingValue], ['bestRating', bestRating], ['worstRating', worstRating]] as const) {
    if (value === 'bad') problems.push(`reviewRating.${key} is not a number`);
  }
  if (isNode(rating) && !ratingLabel && ratingValue === null) problems.push('reviewRating has neither alternateName nor ratingValue');
  if (typeof ratingValue === 'number' && typeof bestRating === 'number' && typeof worstRating === 'number'
    && (ratingValue < Math.min(worstRating, bestRating) || ratingValue > Math.max(worstRating, bestRating))) {
    problems.push(`reviewRating.ratingValue (${ratingValue}) is outside [${worstRating}, ${bestRating}]`);
  }
  if (node.url !== undefined && !httpUrl(node.url)) problems.push('url is not an absolute http(s) URL');
  const datePublished = date(node.datePublished);
  if (datePublished === 'bad') problems.push('datePublished is not a date');
  if (problems.length) return { at, problems };

  const author = first(node.author);
  const claim = first(node.itemReviewed);
  const claimNode = isNode(claim) ? claim : {};
  return {
    claimReviewed: claimReviewed!,
    ratingLabel,
    ratingValue: ratingValue as number | null,
    bestRating: bestRating as number | null,
    worstRating: worstRating as number | null,
    reviewUrl: httpUrl(node.url),
    orgName: name(author),
    orgUrl: isNode(author) ? httpUrl(author.url) : null,
    claimAuthor: name(claimNode.author),
    appearanceUrl: httpUrl(claimNode.appearance) ?? httpUrl(claimNode.firstAppearance),
    datePublished: datePublished as string | null,
    raw: node,
  };
}

/** Walks a parsed JSON-LD document and returns its ClaimReviews, the invalid ones, and what it skipped. */
export function readClaimReviews(doc: unknown): ReadClaimReviewsResult {
  const result: ReadClaimReviewsResult = { records: [], invalid: [], skipped: 0 };
  const visit = (value: unknown, at: string, depth: number) => {
    if (depth > 6) return;
    if (Array.isArray(value)) {
      value.forEach((item, i) => visit(item, `${at}[${i}]`, depth + 1));
      return;
    }
    if (!isNode(value)) {
      result.skipped += 1;
      return;
    }
    if (hasType(value, 'ClaimReview')) {
      const read = readReview(value, at || '(root)');
      if ('problems' in read) result.invalid.push(read);
      else result.records.push(read);
      return;
    }
    if (Array.isArray(value['@graph'])) visit(value['@graph'], `${at}@graph`, depth + 1);
    // A DataFeed as fact-check aggregators publish it: dataFeedElement[] of DataFeedItems whose `item` holds the reviews.
    else if (value.dataFeedElement !== undefined) visit(value.dataFeedElement, `${at}.dataFeedElement`, depth + 1);
    else if (value.item !== undefined && (hasType(value, 'DataFeedItem') || isNode(first(value.item)))) visit(value.item, `${at}.item`, depth + 1);
    else result.skipped += 1;
  };
  visit(doc, '', 0);
  return result;
}
