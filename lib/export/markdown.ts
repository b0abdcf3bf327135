import { isoDate, isPublicOnly, renderEncoder, streamEncoder, visibleSources, type ExportEncoder } from './encoder';
import { escapeMarkdownBlock, escapeMarkdownInline as md, markdownLink } from './markdown-escape';
import type { ClaimInput, ExportBundle, ExportClaim, ExportHeader, ExportOptions, ExportSource } from './types';

export { escapeMarkdownBlock, escapeMarkdownInline, markdownLink } from './markdown-escape';

const NO_VERDICT = 'No verdict yet';

function renderIntro(header: ExportHeader, publicOnly: boolean): string {
  const { article, organisation } = header;
  const facts: string[] = [];
  if (!article) {
    facts.push(`- **Checked by:** ${markdownLink(organisation.name, organisation.url)}`);
    facts.push(`- **Sources:** ${publicOnly ? 'public sources only' : 'all sources, including confidential ones'}`);
    return `# Fact-check report: ${md(header.title ?? 'workspace')}\n\n${facts.join('\n')}\n\n## Claims\n`;
  }
  if (article.outlet) facts.push(`- **Outlet:** ${md(article.outlet)}`);
  if (article.author) facts.push(`- **Author:** ${md(article.author)}`);
  const published = isoDate(article.publishedAt);
  if (published) facts.push(`- **Published:** ${published}`);
  if (article.url) facts.push(`- **Article:** ${markdownLink(article.url, article.url)}`);
  facts.push(`- **Checked by:** ${markdownLink(organisation.name, organisation.url)}`);
  facts.push(`- **Sources:** ${publicOnly ? 'public sources only' : 'all sources, including confidential ones'}`);
  return `# Fact-check report: ${md(article.title)}\n\n${facts.join('\n')}\n\n## Claims\n`;
}

function renderVerdict(header: ExportHeader, claim: ExportClaim): string {
  const verdict = claim.verdict;
  if (!verdict) return NO_VERDICT;
  const { worstRating, bestRating } = header.scale;
  const rating = verdict.ratingValue === null ? '' : ` (rating ${verdict.ratingValue} on a scale from ${worstRating} to ${bestRating})`;
  return `**${md(verdict.label)}**${rating}`;
}

function renderSource(source: ExportSource): string {
  const details = [
    source.publisher ? md(source.publisher) : '',
    isoDate(source.publishedAt) ? `published ${isoDate(source.publishedAt)}` : '',
    isoDate(source.accessedAt) ? `accessed ${isoDate(source.accessedAt)}` : '',
    source.confidential ? 'confidential' : '',
  ].filter(Boolean);
  const head = `- ${markdownLink(source.title, source.url)} — *${md(source.stance)}*${details.length ? `; ${details.join(', ')}` : ''}`;
  const excerpt = source.excerpt ? md(source.excerpt) : '';
  return excerpt ? `${head}\n  “${excerpt}”` : head;
}

function renderClaim(header: ExportHeader, claim: ExportClaim, index: number, publicOnly: boolean): string {
  const parts = [`### ${index}. ${md(claim.claimText)}`];
  if (claim.article && !header.article) parts.push(`*From:* ${claim.article.url ? markdownLink(claim.article.title, claim.article.url) : md(claim.article.title)}`);
  const quote = escapeMarkdownBlock(claim.quote);
  if (quote) parts.push(quote.split('\n').map((line) => (line ? `> ${line}` : '>')).join('\n'));
  const facts = [`- **Verdict:** ${renderVerdict(header, claim)}`];
  if (claim.speaker) facts.push(`- **Speaker:** ${md(claim.speaker)}`);
  facts.push(`- **Claim type:** ${md(claim.claimType)}`, `- **Status:** ${md(claim.status)}`);
  if (claim.reviewer) facts.push(`- **Reviewer:** ${md(claim.reviewer.name)}`);
  if (claim.approvedBy) facts.push(`- **Approved by:** ${md(claim.approvedBy.name)}`);
  const reviewed = isoDate(claim.reviewedAt);
  if (reviewed) facts.push(`- **Reviewed:** ${reviewed}`);
  parts.push(facts.join('\n'));
  const rationale = claim.rationale ? escapeMarkdownBlock(claim.rationale) : '';
  if (rationale) parts.push(`**Rationale**\n\n${rationale}`);
  const sources = visibleSources(claim, publicOnly);
  if (sources.length) parts.push(`**Sources**\n\n${sources.map(renderSource).join('\n')}`);
  return `\n${parts.join('\n\n')}\n`;
}

interface VerdictCount {
  /** Already escaped for Markdown. */
  display: string;
  label: string;
  order: number;
  count: number;
}

function renderSummary(counts: Map<string, VerdictCount>, total: number): string {
  if (total === 0) return '\n_No claims to report._\n';
  const rows = [...counts.values()]
    .sort((a, b) => a.order - b.order || a.label.localeCompare(b.label))
    .map(({ display, count }) => `| ${display} | ${count} |`);
  return `\n## Verdict summary\n\n| Verdict | Claims |\n| --- | ---: |\n${rows.join('\n')}\n| **Total** | ${total} |\n`;
}

/**
 * Markdown encoder. The verdict counts are gathered while the claims stream past, so the summary
 * table closes the report instead of opening it.
 */
function markdownEncoder(header: ExportHeader, options?: ExportOptions): ExportEncoder {
  const publicOnly = isPublicOnly(options);
  const counts = new Map<string, VerdictCount>();
  let total = 0;
  return {
    start: () => renderIntro(header, publicOnly),
    claim(claim) {
      total += 1;
      const { verdict } = claim;
      // Keyed apart from labels, so a verdict literally named "No verdict yet" is not merged with none.
      const key = verdict ? `verdict:${verdict.label}` : 'none';
      const entry = counts.get(key) ?? (verdict
        ? { display: md(verdict.label), label: verdict.label, order: verdict.order, count: 0 }
        : { display: NO_VERDICT, label: '', order: Number.MAX_SAFE_INTEGER, count: 0 });
      entry.count += 1;
      counts.set(key, entry);
      return renderClaim(header, claim, total, publicOnly);
    },
    end: () => renderSummary(counts, total),
  };
}

/** Streams a readable Markdown report: article summary, each claim with verdict, rationale and sources, verdict counts. */
export function writeMarkdown(header: ExportHeader, claims: ClaimInput, options?: ExportOptions): AsyncGenerator<string> {
  return streamEncoder(markdownEncoder(header, options), claims);
}

/** The Markdown report of a bundle held in memory. */
export function renderMarkdown(bundle: ExportBundle, options?: ExportOptions): string {
  return renderEncoder(markdownEncoder(bundle, options), bundle.claims);
}
