import { claimArticle, isPublicOnly, renderEncoder, streamEncoder, visibleSources, type ExportEncoder } from './encoder';
import type { ClaimInput, ExportBundle, ExportClaim, ExportHeader, ExportOptions, ExportSource } from './types';

export type CsvValue = string | number | boolean | null | undefined;

export const CSV_COLUMNS = [
  'Article title', 'Article URL', 'Claim ID', 'Claim text', 'Quote', 'Speaker', 'Claim type', 'Status',
  'Verdict', 'Rating value', 'Rationale', 'Reviewer', 'Approved by', 'Reviewed at', 'Sources', 'Source URLs',
  'Quote revision', 'Anchor state',
] as const;

const UTF8_BOM = '\uFEFF';
const LINE_END = '\r\n';
const LIST_SEPARATOR = ' | ';
// OWASP CSV injection: a cell a spreadsheet would evaluate, possibly after leading whitespace.
const FORMULA_START = /^\s*[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

/**
 * Neutralises a text cell that a spreadsheet would run as a formula (starting with `=`, `+`, `-`, `@`,
 * tab or carriage return, also after leading whitespace) by prefixing a single quote, per OWASP.
 */
export function neutraliseCell(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/**
 * One RFC 4180 record ending in CRLF: text cells neutralised, then quoted when they contain a comma,
 * quote, CR or LF (quotes doubled). Numbers and booleans are written as they are, null and undefined
 * as empty cells.
 */
export function csvRow(values: readonly CsvValue[]): string {
  // A loop rather than map + join: this runs once per exported claim.
  let line = values.length > 0 ? csvField(values[0]) : '';
  for (let i = 1; i < values.length; i++) line += `,${csvField(values[i])}`;
  return line + LINE_END;
}

function csvField(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return String(value);
  const text = neutraliseCell(value);
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function describeSource(source: ExportSource): string {
  const tags = source.confidential ? `${source.stance}, confidential` : source.stance;
  const title = source.title.trim();
  return `${title ? `${title} ` : ''}<${source.url}> [${tags}]`;
}

/** The cells of one claim, in `CSV_COLUMNS` order. */
export function claimCells(header: ExportHeader, claim: ExportClaim, publicOnly: boolean): CsvValue[] {
  const sources = visibleSources(claim, publicOnly);
  const article = claimArticle(header, claim);
  return [
    article?.title,
    article?.url,
    claim.id,
    claim.claimText,
    claim.quote,
    claim.speaker,
    claim.claimType,
    claim.status,
    claim.verdict?.label,
    claim.verdict?.ratingValue,
    claim.rationale,
    claim.reviewer?.name,
    claim.approvedBy?.name,
    claim.reviewedAt,
    sources.map(describeSource).join(LIST_SEPARATOR),
    sources.map((source) => source.url).join(LIST_SEPARATOR),
    claim.quoteRevision,
    claim.anchorState,
  ];
}

function csvEncoder(header: ExportHeader, options?: ExportOptions): ExportEncoder {
  const publicOnly = isPublicOnly(options);
  return {
    start: () => (options?.bom ? UTF8_BOM : '') + csvRow(CSV_COLUMNS),
    claim: (claim) => csvRow(claimCells(header, claim, publicOnly)),
    end: () => '',
  };
}

/** Streams a CSV (header row, then one row per claim); `bom: true` prefixes a UTF-8 byte-order mark. */
export function writeCsv(header: ExportHeader, claims: ClaimInput, options?: ExportOptions): AsyncGenerator<string> {
  return streamEncoder(csvEncoder(header, options), claims);
}

/** The CSV of a bundle held in memory. */
export function renderCsv(bundle: ExportBundle, options?: ExportOptions): string {
  return renderEncoder(csvEncoder(bundle, options), bundle.claims);
}
