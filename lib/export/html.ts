import { claimArticle, isoDate, isPublicOnly, renderEncoder, streamEncoder, visibleSources, type ExportEncoder } from './encoder';
import type { ClaimInput, ExportArticle, ExportBundle, ExportClaim, ExportHeader, ExportOptions, ExportSource, ExportSummary } from './types';

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for HTML element content and quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => ENTITIES[ch]);
}

/** Only plain hex colours reach a style attribute; anything else (data, not code) falls back to grey. */
export function safeColour(colour: string): string {
  return /^#[0-9a-fA-F]{3,8}$/.test(colour) ? colour : '#888888';
}

/** Only http(s) links become `href`s; a `javascript:` URL stays visible text. */
function link(text: string, url: string | null | undefined): string {
  if (url && /^https?:\/\//i.test(url)) return `<a href="${escapeHtml(url)}">${escapeHtml(text)}</a>`;
  return escapeHtml(text);
}

const STYLE = `
body{font:16px/1.5 Georgia,'Times New Roman',serif;color:#111;max-width:48rem;margin:2rem auto;padding:0 1rem}
h1{font-size:1.7rem;margin:0 0 .5rem}h2{font-size:1.25rem;margin:2rem 0 .5rem;border-bottom:1px solid #ccc}
h3{font-size:1.05rem;margin:0 0 .4rem}.meta{color:#444;font-size:.9rem}.meta dt{font-weight:bold;display:inline}
.meta dd{display:inline;margin:0 1rem 0 .25rem}figure{margin:0}.chart{display:flex;height:14px;border:1px solid #999;margin:.5rem 0}
.chart span{display:block;height:100%;-webkit-print-color-adjust:exact;print-color-adjust:exact}
.legend{list-style:none;padding:0;display:flex;flex-wrap:wrap;gap:.25rem 1rem;font-size:.9rem}
.swatch{display:inline-block;width:.7rem;height:.7rem;margin-right:.3rem;border:1px solid #666;-webkit-print-color-adjust:exact;print-color-adjust:exact}
.claim{border-top:1px solid #ddd;padding:.8rem 0;break-inside:avoid;page-break-inside:avoid}
blockquote{margin:.3rem 0 .5rem;padding-left:.8rem;border-left:3px solid #bbb;color:#333}
.verdict{font-weight:bold}.rationale{white-space:pre-wrap}.sources{font-size:.9rem;margin:.3rem 0 0}
footer{margin-top:2rem;color:#555;font-size:.85rem}
@media print{body{margin:0;max-width:none;font-size:11pt}a{color:#000}a[href]::after{content:" (" attr(href) ")";font-size:.8em;word-break:break-all}
@page{margin:18mm}h2{break-after:avoid}}
`;

function renderArticleFacts(article: ExportArticle): string {
  const facts: [string, string][] = [];
  if (article.outlet) facts.push(['Outlet', escapeHtml(article.outlet)]);
  if (article.author) facts.push(['Author', escapeHtml(article.author)]);
  const published = isoDate(article.publishedAt);
  if (published) facts.push(['Published', published]);
  if (article.url) facts.push(['Article', link(article.url, article.url)]);
  return facts.map(([k, v]) => `<dt>${k}:</dt><dd>${v}</dd>`).join('');
}

function renderChart(summary: ExportSummary): string {
  const rated = summary.verdicts.filter((v) => v.count > 0);
  const sum = rated.reduce((s, v) => s + v.count, 0);
  if (sum === 0) return '<p>No verdicts yet.</p>';
  const words = rated.map((v) => `${v.label}: ${v.count}`).join(', ');
  const bars = rated
    .map((v) => `<span style="width:${((v.count / sum) * 100).toFixed(2)}%;background:${safeColour(v.colour)}" title="${escapeHtml(`${v.label}: ${v.count}`)}"></span>`)
    .join('');
  const legend = rated
    .map((v) => `<li><span class="swatch" style="background:${safeColour(v.colour)}"></span>${escapeHtml(v.label)} ${v.count}</li>`)
    .join('');
  return `<figure><div class="chart" role="img" aria-label="${escapeHtml(`Verdicts: ${words}`)}">${bars}</div><ul class="legend">${legend}</ul></figure>`;
}

function renderHead(header: ExportHeader, publicOnly: boolean): string {
  const { article, organisation } = header;
  const title = article ? article.title : header.title ?? 'Workspace';
  const facts = article ? renderArticleFacts(article) : '';
  const summary = header.summary;
  return `<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">`
    + `<title>Fact-check report: ${escapeHtml(title)}</title><style>${STYLE}</style></head><body>\n`
    + `<header><h1>Fact-check report: ${escapeHtml(title)}</h1><dl class="meta">${facts}`
    + `<dt>Checked by:</dt><dd>${link(organisation.name, organisation.url)}</dd>`
    + `<dt>Sources:</dt><dd>${publicOnly ? 'public sources only' : 'all sources, including confidential ones'}</dd></dl></header>\n`
    + (summary ? `<section aria-labelledby="summary"><h2 id="summary">Verdicts (${summary.total} claims)</h2>${renderChart(summary)}</section>\n` : '')
    + `<section aria-labelledby="claims"><h2 id="claims">Claims</h2>\n`;
}

function renderSource(source: ExportSource): string {
  const details = [source.publisher, isoDate(source.publishedAt) && `published ${isoDate(source.publishedAt)}`, source.confidential ? 'confidential' : '']
    .filter(Boolean)
    .map((d) => escapeHtml(String(d)));
  const excerpt = source.excerpt ? `<br><q>${escapeHtml(source.excerpt)}</q>` : '';
  return `<li>${link(source.title || source.url, source.url)} — <em>${escapeHtml(source.stance)}</em>${details.length ? `; ${details.join(', ')}` : ''}${excerpt}</li>`;
}

function renderClaim(header: ExportHeader, claim: ExportClaim, index: number, publicOnly: boolean): string {
  const article = claimArticle(header, claim);
  const verdict = claim.verdict;
  const swatch = verdict ? `<span class="swatch" style="background:${safeColour(verdict.colour)}"></span>` : '';
  const parts = [
    `<article class="claim" id="claim-${escapeHtml(claim.id)}"><h3>${index}. ${escapeHtml(claim.claimText)}</h3>`,
    !header.article && article ? `<p class="meta">From: ${link(article.title, article.url)}</p>` : '',
    claim.quote ? `<blockquote>${escapeHtml(claim.quote)}</blockquote>` : '',
    `<p>Verdict: ${swatch}<span class="verdict">${escapeHtml(verdict?.label ?? 'No verdict yet')}</span>`
      + (claim.speaker ? ` · Speaker: ${escapeHtml(claim.speaker)}` : '')
      + (claim.reviewer ? ` · Reviewer: ${escapeHtml(claim.reviewer.name)}` : '')
      + (claim.approvedBy ? ` · Approved by: ${escapeHtml(claim.approvedBy.name)}` : '') + '</p>',
    claim.rationale ? `<p class="rationale">${escapeHtml(claim.rationale)}</p>` : '',
  ];
  const sources = visibleSources(claim, publicOnly);
  if (sources.length) parts.push(`<ul class="sources">${sources.map(renderSource).join('')}</ul>`);
  parts.push('</article>\n');
  return parts.join('');
}

function htmlEncoder(header: ExportHeader, options?: ExportOptions): ExportEncoder {
  const publicOnly = isPublicOnly(options);
  let count = 0;
  return {
    start: () => renderHead(header, publicOnly),
    claim(claim) {
      count += 1;
      return renderClaim(header, claim, count, publicOnly);
    },
    end: () => `${count === 0 ? '<p>No claims to report.</p>\n' : ''}</section>\n<footer>Published by ${escapeHtml(header.organisation.name)}.</footer>\n</body></html>\n`,
  };
}

/**
 * Streams a printable HTML report: article summary, verdict chart (when the header carries a
 * summary), then each claim with verdict, rationale and sources. Every value is escaped; no user HTML.
 */
export function writeHtml(header: ExportHeader, claims: ClaimInput, options?: ExportOptions): AsyncGenerator<string> {
  return streamEncoder(htmlEncoder(header, options), claims);
}

/** The HTML report of a bundle held in memory. */
export function renderHtml(bundle: ExportBundle, options?: ExportOptions): string {
  return renderEncoder(htmlEncoder(bundle, options), bundle.claims);
}
