import { renderClaimReview, writeClaimReview } from './claimreview';
import { renderCsv, writeCsv } from './csv';
import { renderJson, writeJson } from './json';
import { renderMarkdown, writeMarkdown } from './markdown';
import { renderHtml, writeHtml } from './html';
import type { ClaimInput, ExportBundle, ExportHeader, ExportOptions } from './types';

export * from './types';
export { collectChunks } from './encoder';
export {
  buildClaimReview, renderClaimReview, validateClaimReview, writeClaimReview,
  type JsonLdNode, type ValidateClaimReviewOptions,
} from './claimreview';
export { guessSpeakerType, type SpeakerType } from './speaker-type';
export { CSV_COLUMNS, csvRow, neutraliseCell, renderCsv, writeCsv, type CsvValue } from './csv';
export { JSON_EXPORT_FORMAT, JSON_EXPORT_VERSION, renderJson, writeJson, type JsonExport } from './json';
export { escapeHtml, renderHtml, safeColour, writeHtml } from './html';
export { createClaimCounter, type ClaimCounter } from './progress';
export { escapeMarkdownBlock, escapeMarkdownInline, renderMarkdown, writeMarkdown } from './markdown';

/** The export formats, with the HTTP content type and file extension of each. */
export const EXPORT_FORMATS = {
  claimreview: { contentType: 'application/ld+json', extension: 'jsonld' },
  csv: { contentType: 'text/csv; charset=utf-8', extension: 'csv' },
  json: { contentType: 'application/json', extension: 'json' },
  markdown: { contentType: 'text/markdown; charset=utf-8', extension: 'md' },
  html: { contentType: 'text/html; charset=utf-8', extension: 'html' },
} as const satisfies Record<string, { contentType: string; extension: string }>;

export type ExportFormat = keyof typeof EXPORT_FORMATS;

type Writer = (header: ExportHeader, claims: ClaimInput, options?: ExportOptions) => AsyncGenerator<string>;
type Renderer = (bundle: ExportBundle, options?: ExportOptions) => string;

const WRITERS: Record<ExportFormat, Writer> = {
  claimreview: writeClaimReview,
  csv: writeCsv,
  json: writeJson,
  markdown: writeMarkdown,
  html: writeHtml,
};

const RENDERERS: Record<ExportFormat, Renderer> = {
  claimreview: renderClaimReview,
  csv: renderCsv,
  json: renderJson,
  markdown: renderMarkdown,
  html: renderHtml,
};

/** Whether `value` names an export format (for query strings and command-line flags). */
export function isExportFormat(value: unknown): value is ExportFormat {
  return typeof value === 'string' && Object.hasOwn(EXPORT_FORMATS, value);
}

/**
 * Streams an export in `format`: claims are pulled one at a time from `claims` (a database cursor or
 * async generator), so a large export never sits in memory. Confidential sources are left out unless
 * `options.publicOnly` is false.
 */
export function exportStream(
  format: ExportFormat,
  header: ExportHeader,
  claims: ClaimInput,
  options?: ExportOptions,
): AsyncGenerator<string> {
  return WRITERS[format](header, claims, options);
}

/** The whole export of a bundle held in memory, as one string. */
export function renderExport(format: ExportFormat, bundle: ExportBundle, options?: ExportOptions): string {
  return RENDERERS[format](bundle, options);
}

/** A download file name such as `claimdesk-<article-slug>-<article id>.csv`. */
export function exportFilename(format: ExportFormat, article: { id: string; title: string }): string {
  const slug = article.title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  const id = article.id.replace(/[^A-Za-z0-9_-]/g, '');
  return `claimdesk-${[slug, id].filter(Boolean).join('-')}.${EXPORT_FORMATS[format].extension}`;
}

/**
 * Adapts a chunk stream to a web `ReadableStream` of UTF-8 bytes for a route handler's `Response`.
 * Chunks are pulled on demand, so a slow client holds back the database cursor instead of filling
 * memory; cancelling the response closes the generator (and with it the cursor).
 */
export function toReadableStream(chunks: AsyncIterable<string>): ReadableStream<Uint8Array> {
  const iterator = chunks[Symbol.asyncIterator]();
  const encoder = new TextEncoder();
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      const { value, done } = await iterator.next();
      if (done) controller.close();
      else controller.enqueue(encoder.encode(value));
    },
    async cancel(reason) {
      await iterator.return?.(reason);
    },
  });
}
