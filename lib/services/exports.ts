import { prisma } from '@/lib/db';
import { assertCan, type Actor } from '@/lib/auth/permissions';
import { AppError } from '@/lib/errors';
import { exportFilename, exportStream, EXPORT_FORMATS, type ExportClaim, type ExportFormat, type ExportHeader } from '@/lib/export';
import type { Prisma } from '@/lib/generated/prisma/client';
import { claimInclude, toClaimDto } from './dto';
import { getSettings } from './settings';

export type ExportScope = 'approved' | 'reviewed';

export type ExportFile = { filename: string; contentType: string; chunks: AsyncGenerator<string> };

const BATCH = 500;

/**
 * One article's verdicts in `format`. `approved` (the default) exports only claims that passed
 * the second review; `reviewed` adds claims still waiting for it. Claims are read in batches.
 */
export async function exportArticle(
  actor: Actor,
  input: { articleId: string; format: ExportFormat; scope?: ExportScope; includeConfidential?: boolean; bom?: boolean },
): Promise<ExportFile> {
  assertCan(actor, 'export:read');
  const article = await prisma.article.findUnique({ where: { id: input.articleId } });
  if (!article) throw new AppError('NOT_FOUND', 'This article does not exist or was deleted.');
  const [settings, scale] = await Promise.all([
    getSettings(),
    prisma.verdictOption.aggregate({ _min: { ratingValue: true }, _max: { ratingValue: true } }),
  ]);
  const header: ExportHeader = {
    organisation: { name: settings.orgName, url: settings.orgUrl },
    scale: { worstRating: scale._min.ratingValue ?? 1, bestRating: scale._max.ratingValue ?? 5 },
    article: {
      id: article.id,
      title: article.title,
      outlet: article.outlet,
      url: article.url,
      author: article.author,
      publishedAt: article.publishedAt?.toISOString().slice(0, 10) ?? null,
      createdAt: article.createdAt.toISOString(),
    },
  };
  const where: Prisma.ClaimWhereInput = {
    articleId: article.id,
    verdictId: { not: null },
    status: input.scope === 'reviewed' ? { in: ['needs_review', 'approved'] } : 'approved',
  };
  return {
    filename: exportFilename(input.format, article),
    contentType: EXPORT_FORMATS[input.format].contentType,
    chunks: exportStream(input.format, header, claimBatches(where), {
      publicOnly: !input.includeConfidential,
      bom: input.bom,
      reviewUrlBase: settings.orgUrl,
    }),
  };
}

async function* claimBatches(where: Prisma.ClaimWhereInput): AsyncGenerator<ExportClaim> {
  let cursor: string | undefined;
  for (;;) {
    const rows = await prisma.claim.findMany({
      where,
      include: claimInclude,
      orderBy: { id: 'asc' },
      take: BATCH,
      ...(cursor ? { cursor: { id: cursor }, skip: 1 } : {}),
    });
    for (const row of rows) {
      const c = toClaimDto(row);
      yield {
        id: c.id,
        articleId: c.articleId,
        quote: c.quote,
        claimText: c.claimText,
        start: c.start,
        end: c.end,
        claimType: c.claimType,
        speaker: c.speaker,
        status: c.status,
        verdict: c.verdict && { label: c.verdict.label, colour: c.verdict.colour, ratingValue: c.verdict.ratingValue, order: c.verdict.order },
        rationale: c.rationale,
        reviewer: c.reviewer && { name: c.reviewer.name },
        approvedBy: c.approvedBy && { name: c.approvedBy.name },
        reviewedAt: c.reviewedAt,
        updatedAt: c.updatedAt,
        sources: c.sources,
      };
    }
    if (rows.length < BATCH) return;
    cursor = rows[rows.length - 1].id;
  }
}
