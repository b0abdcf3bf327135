import { prisma } from '@/lib/db';
import { assertCan, can, type Actor } from '@/lib/auth/permissions';
import { AppError } from '@/lib/errors';
import {
  exportFilename, exportStream, EXPORT_FORMATS,
  type ExportArticle, type ExportBasedOn, type ExportClaim, type ExportFormat, type ExportHeader, type ExportSummary,
} from '@/lib/export';
import type { Prisma } from '@/lib/generated/prisma/client';
import { redactAuditValues } from '@/lib/export/redact-audit';
import { expandPublicUrl } from '@/lib/export/public-url';
import { parseInput } from '@/lib/validation/parse';
import { exportQuerySchema, type ExportQuery, type ExportQueryInput } from '@/lib/validation/export';
import { claimInclude, toClaimDto, toVerdictDto, type ClaimDto, type VerdictDto } from './dto';
import { getSettings } from './settings';
import { EXPORT_PAGE, exportFilterSql, exportRows, type LinkedCheck } from './export-rows';

export type ExportFile = {
  filename: string;
  contentType: string;
  /** How many claims the export holds (sent as X-Claim-Count so a download can show a percentage). */
  claimCount: number;
  /** ClaimReview only: claims left out for want of a public fact-check URL (sent as X-Omitted-Count). */
  omittedCount?: number;
  chunks: AsyncGenerator<string>;
};

/** Claims are read from the database this many at a time (one statement per page). */
export const EXPORT_BATCH = EXPORT_PAGE;

const articleSelect = { id: true, title: true, outlet: true, url: true, author: true, publishedAt: true, createdAt: true } as const;

/** Older name of `exportClaims` for one article; `scope` is `approved` or `reviewed`. */
export async function exportArticle(
  actor: Actor,
  input: { articleId: string; format: ExportFormat; scope?: 'approved' | 'reviewed'; includeConfidential?: boolean; bom?: boolean },
): Promise<ExportFile> {
  return exportClaims(actor, { format: input.format, articleId: input.articleId, status: input.scope, includeConfidential: input.includeConfidential, bom: input.bom });
}

/**
 * Streams an export of one article, a filtered set of claims, or the workspace in a date range
 * (the date the article was added). Approved claims only by default. Confidential sources never
 * leave, except in a JSON export an admin asks for with `includeConfidential` (not public).
 */
export async function exportClaims(actor: Actor, input: ExportQueryInput): Promise<ExportFile> {
  assertCan(actor, 'export:read');
  const query = parseInput(exportQuerySchema, input);
  if (query.includeConfidential && !can(actor, 'settings:manage')) {
    throw new AppError('FORBIDDEN', 'Only admins may export confidential sources.');
  }
  const article = query.articleId
    ? await prisma.article.findUnique({ where: { id: query.articleId }, select: articleSelect })
    : null;
  if (query.articleId && !article) throw new AppError('NOT_FOUND', 'This article does not exist or was deleted.');

  const where = claimWhere(query);
  const publicOnly = !query.includeConfidential;
  const settings = await getSettings();
  const [scale, matching, summary, omittedCount] = await Promise.all([
    prisma.verdictOption.aggregate({ _min: { ratingValue: true }, _max: { ratingValue: true } }),
    prisma.claim.count({ where }),
    query.format === 'html' ? verdictSummary(where) : Promise.resolve(undefined),
    query.format === 'claimreview' ? countWithoutPublicUrl(where, settings.factCheckUrlPattern) : Promise.resolve(undefined),
  ]);
  const claimCount = matching - (omittedCount ?? 0);
  const header: ExportHeader = {
    organisation: { name: settings.orgName, url: settings.orgUrl },
    scale: { worstRating: scale._min.ratingValue ?? 1, bestRating: scale._max.ratingValue ?? 5 },
    article: article && toExportArticle(article),
    title: article ? undefined : describeScope(query),
    summary,
  };
  return {
    filename: article ? exportFilename(query.format, article) : workspaceFilename(query),
    contentType: EXPORT_FORMATS[query.format].contentType,
    claimCount,
    omittedCount,
    chunks: exportStream(
      query.format,
      header,
      claimBatches(query, { history: query.format === 'json', publicOnly, withArticle: !article, publicUrlPattern: settings.factCheckUrlPattern }),
      { publicOnly, bom: query.bom },
    ),
  };
}

/** Claims that would leave ClaimReview for want of a public URL: none when the organisation has a pattern. */
async function countWithoutPublicUrl(where: Prisma.ClaimWhereInput, pattern: string | null): Promise<number> {
  if (pattern) return 0;
  return prisma.claim.count({ where: { AND: [where, { publicUrl: null }] } });
}

function claimWhere(query: ExportQuery): Prisma.ClaimWhereInput {
  const where: Prisma.ClaimWhereInput = {};
  if (query.articleId) where.articleId = query.articleId;
  if (query.status === 'approved') Object.assign(where, { status: 'approved', verdictId: { not: null } });
  else if (query.status === 'reviewed') Object.assign(where, { status: { in: ['needs_review', 'approved'] }, verdictId: { not: null } });
  else if (Array.isArray(query.status) && query.status.length) where.status = { in: query.status };
  // ClaimReview describes verdicts; a claim without one has nothing to publish.
  if (query.format === 'claimreview') where.verdictId = { not: null };
  if (query.verdicts.length) where.verdict = { label: { in: query.verdicts } };
  if (query.claimTypes.length) where.claimType = { in: query.claimTypes };
  if (query.claimIds.length) where.id = { in: query.claimIds };
  if (query.from || query.to) {
    where.article = {
      createdAt: {
        ...(query.from ? { gte: new Date(`${query.from}T00:00:00.000Z`) } : {}),
        // `to` is inclusive: the whole day.
        ...(query.to ? { lt: new Date(Date.parse(`${query.to}T00:00:00.000Z`) + 86_400_000) } : {}),
      },
    };
  }
  return where;
}

function describeScope(query: ExportQuery): string {
  const status = Array.isArray(query.status) ? (query.status.length ? `${query.status.join(', ')} claims` : 'all claims') : `${query.status} claims`;
  const parts = [status];
  if (query.verdicts.length) parts.push(`verdict ${query.verdicts.join(', ')}`);
  if (query.claimTypes.length) parts.push(`type ${query.claimTypes.join(', ')}`);
  if (query.claimIds.length) parts.push(`${query.claimIds.length} chosen claims`);
  if (query.from || query.to) parts.push(`articles added ${query.from ?? 'any time'} to ${query.to ?? 'today'}`);
  return `workspace, ${parts.join('; ')}`;
}

function workspaceFilename(query: ExportQuery): string {
  const range = query.from || query.to ? `${query.from ?? 'start'}-to-${query.to ?? 'now'}` : new Date().toISOString().slice(0, 10);
  return `claimdesk-workspace-${range}.${EXPORT_FORMATS[query.format].extension}`;
}

async function verdictSummary(where: Prisma.ClaimWhereInput): Promise<ExportSummary> {
  const [groups, verdicts] = await Promise.all([
    prisma.claim.groupBy({ by: ['verdictId'], where, _count: { _all: true } }),
    prisma.verdictOption.findMany({ orderBy: { order: 'asc' } }),
  ]);
  const counts = new Map(groups.map((g) => [g.verdictId, g._count._all]));
  return {
    total: groups.reduce((sum, g) => sum + g._count._all, 0),
    verdicts: verdicts.map((v) => ({ label: v.label, colour: v.colour, count: counts.get(v.id) ?? 0 })),
  };
}

type ArticleRow = Prisma.ArticleGetPayload<{ select: typeof articleSelect }>;

function toExportArticle(a: ArticleRow): ExportArticle {
  return {
    id: a.id,
    title: a.title,
    outlet: a.outlet,
    url: a.url,
    author: a.author,
    publishedAt: a.publishedAt?.toISOString().slice(0, 10) ?? null,
    createdAt: a.createdAt.toISOString(),
  };
}

/** The earlier check a claim reused ("checked before"), for ClaimReview isBasedOn and JSON basedOn. */
function basedOn(linked: LinkedCheck | null | undefined, pattern: string | null): ExportBasedOn | null {
  if (!linked) return null;
  const { linkedAt } = linked;
  if (linked.factCheck) {
    const f = linked.factCheck;
    return { type: 'claimreview', url: f.reviewUrl, claimReviewed: f.claimReviewed, by: f.orgName, rating: f.ratingLabel, linkedAt };
  }
  const c = linked.earlierClaim;
  if (!c) return null;
  const url = c.publicUrl ?? (pattern ? expandPublicUrl(pattern, { articleId: c.articleId, articleTitle: c.articleTitle, claimId: c.id }) : null);
  return { type: 'claim', url, claimReviewed: c.claimText, by: c.articleTitle, rating: c.verdict, linkedAt };
}

export type BatchOptions = { history: boolean; publicOnly: boolean; withArticle: boolean; publicUrlPattern: string | null };

/** The claims of an export, one statement per page (export-rows.ts): memory holds one page, whatever the export's size. */
export async function* claimBatches(query: ExportQuery, options: BatchOptions): AsyncGenerator<ExportClaim> {
  const history = options.history ? (options.publicOnly ? 'public' : 'all') : 'none';
  const pattern = options.publicUrlPattern;
  // The pattern's article slug is worked out once per article (of the last few hundred), not once per claim.
  const expanders = new Map<string, { title: string; expand: (claimId: string) => string }>();
  const expanderFor = (article: ExportArticle) => {
    let entry = expanders.get(article.id);
    if (!entry || entry.title !== article.title) {
      if (expanders.size >= 500) expanders.clear();
      entry = { title: article.title, expand: publicUrlExpander(pattern!, article) };
      expanders.set(article.id, entry);
    }
    return entry.expand;
  };
  // The row's claim is a fresh object of its own: completed in place rather than copied.
  for await (const { claim, article, linked } of exportRows(exportFilterSql(query), history)) {
    if (claim.publicUrl === null && pattern) claim.publicUrl = expanderFor(article)(claim.id);
    claim.basedOn = basedOn(linked, pattern);
    if (options.withArticle) claim.article = article;
    if (claim.history && options.publicOnly) claim.history = claim.history.map(redactAuditValues);
    yield claim;
  }
}

/** Fills the pattern for one article's claims: only `{claimId}` differs between them. */
function publicUrlExpander(pattern: string, article: { id: string; title: string }): (claimId: string) => string {
  const marker = 'cdclaimid0placeholder';
  const filled = expandPublicUrl(pattern, { articleId: article.id, articleTitle: article.title, claimId: marker });
  if (!filled.includes(marker) || filled.indexOf(marker) !== filled.lastIndexOf(marker)) {
    return (claimId) => expandPublicUrl(pattern, { articleId: article.id, articleTitle: article.title, claimId });
  }
  const [head, tail] = filled.split(marker);
  return (claimId) => `${head}${encodeURIComponent(claimId)}${tail}`;
}

export type ArticleReport = {
  article: ExportArticle;
  organisation: { name: string; url: string };
  verdicts: VerdictDto[];
  /** In text order, with public sources only. */
  claims: ClaimDto[];
};

/** The printable report of one article: its approved (or reviewed) verdicts, confidential sources left out. */
export async function getArticleReport(actor: Actor, input: { articleId: string; status?: 'approved' | 'reviewed' }): Promise<ArticleReport> {
  assertCan(actor, 'export:read');
  const article = await prisma.article.findUnique({ where: { id: input.articleId }, select: articleSelect });
  if (!article) throw new AppError('NOT_FOUND', 'This article does not exist or was deleted.');
  const [settings, verdicts, rows] = await Promise.all([
    getSettings(),
    prisma.verdictOption.findMany({ orderBy: { order: 'asc' } }),
    prisma.claim.findMany({
      where: claimWhere(parseInput(exportQuerySchema, { format: 'html', articleId: article.id, status: input.status ?? 'approved' })),
      include: claimInclude,
      orderBy: [{ start: 'asc' }, { end: 'asc' }],
    }),
  ]);
  return {
    article: toExportArticle(article),
    organisation: { name: settings.orgName, url: settings.orgUrl },
    verdicts: verdicts.map(toVerdictDto),
    claims: rows.map(toClaimDto).map((c) => ({ ...c, sources: c.sources.filter((s) => !s.confidential) })),
  };
}
