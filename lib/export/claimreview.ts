import { safeJsonStringify } from './safe-json';
import { claimArticle, isoDate, renderEncoder, streamEncoder, type ExportEncoder } from './encoder';
import { guessSpeakerType } from './speaker-type';
import { balanceQuotes, shortenBalanced } from './quotes';
import type { ClaimInput, ExportArticle, ExportBundle, ExportClaim, ExportHeader, ExportOptions } from './types';

export { validateClaimReview, type ValidateClaimReviewOptions } from './claimreview-validate';

export const SCHEMA_ORG_CONTEXT = 'https://schema.org';
/** Google asks for a short `claimReviewed`; longer claim texts are cut at a word boundary. */
export const CLAIM_REVIEWED_MAX_LENGTH = 300;

/** A JSON-LD node: a plain object of JSON values. */
export type JsonLdNode = { [key: string]: JsonLdValue };
export type JsonLdValue = string | number | boolean | null | JsonLdNode | JsonLdValue[];

/**
 * Builds the schema.org `ClaimReview` of one claim (without `@context`), or null when the claim has
 * no verdict yet or no public fact-check page (`publicUrl`, see public-url.ts): the review's `url`
 * must be a page readers can open, never the sign-in protected workbench. `ratingValue`, `bestRating` and `worstRating` are given only when the verdict sits on
 * a usable numeric scale; `alternateName` (the label) always is.
 */
export function buildClaimReview(header: ExportHeader, claim: ExportClaim): JsonLdNode | null {
  if (!claim.verdict || !claim.publicUrl) return null;
  const { organisation } = header;
  const article = claimArticle(header, claim);
  return compact({
    '@type': 'ClaimReview',
    url: claim.publicUrl,
    claimReviewed: shortenClaim(claim.claimText),
    author: compact({ '@type': 'Organization', name: organisation.name, url: organisation.url }),
    datePublished: isoDate(claim.reviewedAt),
    itemReviewed: buildClaim(article, claim),
    reviewRating: buildRating(header, claim),
    // "Checked before": the earlier review this verdict was based on.
    isBasedOn: claim.basedOn?.url ?? undefined,
  });
}

function buildRating(header: ExportHeader, claim: ExportClaim): JsonLdNode {
  const verdict = claim.verdict!;
  const rating: JsonLdNode = { '@type': 'Rating', alternateName: verdict.label, name: verdict.label };
  const { worstRating, bestRating } = header.scale;
  const value = verdict.ratingValue;
  // A degenerate or inconsistent scale would make invalid markup; the textual verdict alone is valid.
  const numeric = value !== null && Number.isFinite(value) && worstRating < bestRating
    && value >= worstRating && value <= bestRating;
  if (numeric) Object.assign(rating, { ratingValue: value, bestRating, worstRating });
  return rating;
}

function buildClaim(article: ExportArticle | null, claim: ExportClaim): JsonLdNode {
  const first = article ? buildAppearance(article) : undefined;
  // the appearance names the article revision the quote comes from (schema.org CreativeWork `version`)
  const appearance = first && claim.quoteRevision !== undefined ? { ...first, version: String(claim.quoteRevision) } : first;
  return compact({
    '@type': 'Claim',
    author: claim.speaker?.trim()
      ? { '@type': guessSpeakerType(claim.speaker), name: claim.speaker.trim() }
      : undefined,
    datePublished: isoDate(article?.publishedAt),
    appearance,
    // The article under review is the earliest appearance Claimdesk knows of.
    firstAppearance: first,
  });
}

function buildAppearance(article: ExportArticle): JsonLdNode {
  return compact({
    '@type': 'CreativeWork',
    url: article.url ?? undefined,
    headline: article.title,
    publisher: article.outlet ? { '@type': 'Organization', name: article.outlet } : undefined,
    author: article.author ? { '@type': 'Person', name: article.author } : undefined,
    datePublished: isoDate(article.publishedAt),
  });
}

/** The claim for `claimReviewed`: one line, no stray half of a quotation, at most CLAIM_REVIEWED_MAX_LENGTH. */
function shortenClaim(text: string): string {
  return shortenBalanced(balanceQuotes(text.replace(/\s+/g, ' ').trim()), CLAIM_REVIEWED_MAX_LENGTH);
}

function compact(node: { [key: string]: JsonLdValue | undefined }): JsonLdNode {
  const out: JsonLdNode = {};
  for (const [key, value] of Object.entries(node)) if (value !== undefined) out[key] = value;
  return out;
}

/**
 * ClaimReview encoder. The document shape depends on the number of reviews (one: the ClaimReview
 * itself with `@context`; several or none: an `@graph`), so the first review is held back until the
 * second arrives; after that each review is written as soon as it is built.
 */
function claimReviewEncoder(header: ExportHeader): ExportEncoder {
  let pending: JsonLdNode | null = null;
  let count = 0;
  const item = (node: JsonLdNode) => `  ${safeJsonStringify(node)}`;
  return {
    start: () => '',
    claim(claim) {
      const review = buildClaimReview(header, claim);
      if (!review) return '';
      count += 1;
      if (count === 1) {
        pending = review;
        return '';
      }
      const chunk = count === 2
        ? `{"@context":"${SCHEMA_ORG_CONTEXT}","@graph":[\n${item(pending!)},\n${item(review)}`
        : `,\n${item(review)}`;
      pending = null;
      return chunk;
    },
    end() {
      if (count === 0) return `{"@context":"${SCHEMA_ORG_CONTEXT}","@graph":[]}\n`;
      if (count === 1) return `${safeJsonStringify({ '@context': SCHEMA_ORG_CONTEXT, ...pending! }, 2)}\n`;
      return '\n]}\n';
    },
  };
}

/** Streams ClaimReview JSON-LD; claims without a verdict or a public URL are skipped. */
export function writeClaimReview(header: ExportHeader, claims: ClaimInput, _options?: ExportOptions): AsyncGenerator<string> {
  return streamEncoder(claimReviewEncoder(header), claims);
}

/** ClaimReview JSON-LD of a bundle held in memory. */
export function renderClaimReview(bundle: ExportBundle, _options?: ExportOptions): string {
  return renderEncoder(claimReviewEncoder(bundle), bundle.claims);
}
