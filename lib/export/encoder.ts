import type { ClaimInput, ExportArticle, ExportClaim, ExportHeader, ExportOptions, ExportSource } from './types';

/**
 * A format written in three steps. Each writer builds one per export, so the streaming form and the
 * collected form run the same code and cannot drift apart.
 */
export interface ExportEncoder {
  start(): string;
  claim(claim: ExportClaim): string;
  end(): string;
}

/** Yields the encoder's output chunk by chunk, pulling one claim at a time from `claims`. */
export async function* streamEncoder(encoder: ExportEncoder, claims: ClaimInput): AsyncGenerator<string> {
  const head = encoder.start();
  if (head) yield head;
  for await (const claim of claims) {
    const chunk = encoder.claim(claim);
    if (chunk) yield chunk;
  }
  const tail = encoder.end();
  if (tail) yield tail;
}

/** Runs the encoder over an in-memory list and returns the whole text. */
export function renderEncoder(encoder: ExportEncoder, claims: Iterable<ExportClaim>): string {
  const parts = [encoder.start()];
  for (const claim of claims) parts.push(encoder.claim(claim));
  parts.push(encoder.end());
  return parts.join('');
}

/** Collects an async stream of chunks into one string (tests, small exports). */
export async function collectChunks(chunks: AsyncIterable<string>): Promise<string> {
  const parts: string[] = [];
  for await (const chunk of chunks) parts.push(chunk);
  return parts.join('');
}

/** Whether confidential sources are dropped; public by default. */
export function isPublicOnly(options: ExportOptions | undefined): boolean {
  return options?.publicOnly ?? true;
}

/** The sources a claim may show in this export. */
export function visibleSources(claim: ExportClaim, publicOnly: boolean): ExportSource[] {
  return publicOnly ? claim.sources.filter((source) => !source.confidential) : claim.sources;
}

/** `YYYY-MM-DD` (UTC) of an ISO date or timestamp, or undefined when absent or unreadable. */
export function isoDate(value: string | null | undefined): string | undefined {
  if (!value) return undefined;
  const time = Date.parse(value);
  return Number.isNaN(time) ? undefined : new Date(time).toISOString().slice(0, 10);
}

/** The article a claim belongs to: its own (workspace exports) or the export's. */
export function claimArticle(header: ExportHeader, claim: ExportClaim): ExportArticle | null {
  return claim.article ?? header.article;
}
