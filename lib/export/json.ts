import { safeJsonStringify } from './safe-json';
import { isPublicOnly, renderEncoder, streamEncoder, visibleSources, type ExportEncoder } from './encoder';
import type {
  ClaimInput, ExportArticle, ExportBundle, ExportClaim, ExportEvent, ExportHeader, ExportOptions, ExportSource,
} from './types';

export const JSON_EXPORT_FORMAT = 'claimdesk.export';
/** Version 2: `article` is null for workspace exports, where each claim carries its `article`; claims carry `history`. */
export const JSON_EXPORT_VERSION = 2;

/** The parsed shape of a JSON export. */
export interface JsonExport extends ExportBundle {
  format: typeof JSON_EXPORT_FORMAT;
  version: typeof JSON_EXPORT_VERSION;
  /** Whether confidential sources were left out. */
  publicOnly: boolean;
}

// Fields are copied by name, so a caller passing a richer object (a Prisma row) cannot leak extra columns.
function pickArticle(article: ExportArticle): ExportArticle {
  const { id, title, outlet, url, author, publishedAt, createdAt } = article;
  return { id, title, outlet, url, author, publishedAt, createdAt };
}

function pickSource(source: ExportSource): ExportSource {
  const { url, title, publisher, publishedAt, accessedAt, excerpt, stance, confidential } = source;
  return { url, title, publisher, publishedAt, accessedAt, excerpt, stance, confidential };
}

function pickEvent(event: ExportEvent): ExportEvent {
  const { at, action, entityType, entityId, actor, before, after } = event;
  return { at, action, entityType, entityId, actor, before, after };
}

function pickClaim(claim: ExportClaim, publicOnly: boolean): ExportClaim {
  const { verdict, reviewer, approvedBy } = claim;
  const picked: ExportClaim = {
    id: claim.id,
    articleId: claim.articleId,
    quote: claim.quote,
    claimText: claim.claimText,
    start: claim.start,
    end: claim.end,
    claimType: claim.claimType,
    speaker: claim.speaker,
    status: claim.status,
    verdict: verdict
      ? { label: verdict.label, colour: verdict.colour, ratingValue: verdict.ratingValue, order: verdict.order }
      : null,
    rationale: claim.rationale,
    reviewer: reviewer ? { name: reviewer.name } : null,
    ...(claim.reviewers ? { reviewers: claim.reviewers.map(({ name, parts, lastAt }) => ({ name, parts: [...parts], lastAt })) } : {}),
    approvedBy: approvedBy ? { name: approvedBy.name } : null,
    reviewedAt: claim.reviewedAt,
    updatedAt: claim.updatedAt,
    sources: visibleSources(claim, publicOnly).map(pickSource),
  };
  if (claim.publicUrl !== undefined) picked.publicUrl = claim.publicUrl;
  if (claim.basedOn !== undefined) picked.basedOn = claim.basedOn && { ...claim.basedOn };
  if (claim.article) picked.article = pickArticle(claim.article);
  if (claim.history) picked.history = claim.history.map(pickEvent);
  if (claim.quoteRevision !== undefined) picked.quoteRevision = claim.quoteRevision;
  if (claim.anchorState !== undefined) picked.anchorState = claim.anchorState;
  return picked;
}

function jsonEncoder(header: ExportHeader, options?: ExportOptions): ExportEncoder {
  const publicOnly = isPublicOnly(options);
  let count = 0;
  return {
    start() {
      const head = {
        format: JSON_EXPORT_FORMAT,
        version: JSON_EXPORT_VERSION,
        publicOnly,
        organisation: { name: header.organisation.name, url: header.organisation.url },
        scale: { worstRating: header.scale.worstRating, bestRating: header.scale.bestRating },
        article: header.article ? pickArticle(header.article) : null,
        ...(header.title ? { title: header.title } : {}),
      };
      // The head is serialised whole and its closing brace replaced, so `claims` can follow in pieces.
      return `${safeJsonStringify(head).slice(0, -1)},"claims":[`;
    },
    claim(claim) {
      count += 1;
      return `${count === 1 ? '\n' : ',\n'}${safeJsonStringify(pickClaim(claim, publicOnly))}`;
    },
    end: () => (count === 0 ? ']}\n' : '\n]}\n'),
  };
}

/** Streams the full JSON export: a `claimdesk.export` version 1 header, then the claims one per line. */
export function writeJson(header: ExportHeader, claims: ClaimInput, options?: ExportOptions): AsyncGenerator<string> {
  return streamEncoder(jsonEncoder(header, options), claims);
}

/** The JSON export of a bundle held in memory. */
export function renderJson(bundle: ExportBundle, options?: ExportOptions): string {
  return renderEncoder(jsonEncoder(bundle, options), bundle.claims);
}
