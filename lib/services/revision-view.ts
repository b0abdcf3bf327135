import { prisma } from '@/lib/db';
import { assertCan, type Actor } from '@/lib/auth/permissions';
import { AppError } from '@/lib/errors';
import { readableDiff, wordDiff, type DiffPart } from '@/lib/anchoring/text-diff';
import { revisionRefSchema } from '@/lib/validation/revision';
import { parseInput } from '@/lib/validation/parse';

export type RevisionSummary = {
  number: number;
  source: 'original' | 'edit' | 'paste' | 'refetch';
  title: string;
  createdAt: string;
  createdBy: string | null;
  bytes: number;
};

export type AnchoredClaim = {
  id: string;
  claimText: string;
  status: string;
  verdict: { label: string; colour: string } | null;
  state: 'anchored' | 'text_changed' | 'orphan' | 'new';
  start: number;
  end: number;
  /** The quote in this revision (for an orphan: the last text it had). */
  quote: string;
  /** For a flagged claim: its quote in the revision before. */
  before: string | null;
  similarity: number | null;
  /** The claim's version now (what accepting or re-picking its anchor must name). */
  version: number;
};

export type RevisionView = {
  articleId: string;
  articleTitle: string;
  /** The article's latest revision number: only claims of the latest revision can be settled. */
  latest: number;
  revisions: RevisionSummary[];
  revision: RevisionSummary & { body: string; format: string; url: string | null; author: string | null; outlet: string | null; publishedAt: string | null };
  /** Word-level diff from the revision before (null for the first). */
  diff: DiffPart[] | null;
  claims: AnchoredClaim[];
};

/** The article's revisions, newest first. */
export async function listRevisions(actor: Actor, articleId: string): Promise<RevisionSummary[]> {
  assertCan(actor, 'article:read');
  const article = await prisma.article.findUnique({ where: { id: articleId }, select: { id: true } });
  if (!article) throw new AppError('NOT_FOUND', 'This article does not exist or was deleted.');
  const rows = await prisma.articleRevision.findMany({
    where: { articleId },
    orderBy: { number: 'desc' },
    select: { number: true, source: true, title: true, createdAt: true, body: true, createdBy: { select: { name: true } } },
  });
  return rows.map(toSummary);
}

function toSummary(r: { number: number; source: RevisionSummary['source']; title: string; createdAt: Date; body: string; createdBy: { name: string } | null }): RevisionSummary {
  return { number: r.number, source: r.source, title: r.title, createdAt: r.createdAt.toISOString(), createdBy: r.createdBy?.name ?? null, bytes: Buffer.byteLength(r.body) };
}

/**
 * One revision with its claims as they were: for the latest revision the claims as they are now,
 * for an older one where each sat when that revision was replaced. Flagged claims carry their quote
 * in the revision before; orphans are listed with the last text they had.
 */
export async function getRevisionView(actor: Actor, articleId: string, number: number): Promise<RevisionView> {
  assertCan(actor, 'article:read');
  const ref = parseInput(revisionRefSchema, { articleId, number });
  const article = await prisma.article.findUnique({ where: { id: ref.articleId }, select: { id: true, title: true, revisionNumber: true } });
  if (!article) throw new AppError('NOT_FOUND', 'This article does not exist or was deleted.');
  const revisions = await listRevisions(actor, ref.articleId);
  const [stored, previous] = await Promise.all([
    prisma.articleRevision.findUnique({ where: { articleId_number: { articleId: ref.articleId, number: ref.number } }, include: { createdBy: { select: { name: true } } } }),
    prisma.articleRevision.findUnique({ where: { articleId_number: { articleId: ref.articleId, number: ref.number - 1 } }, select: { id: true, body: true } }),
  ]);
  // a restored backup carries no revisions: the article itself is its latest one
  const revision = stored ?? (ref.number === article.revisionNumber ? await articleAsRevision(ref.articleId) : null);
  if (!revision) throw new AppError('NOT_FOUND', `This article has no revision ${ref.number}.`);
  if (!stored) revisions.unshift(toSummary(revision));

  const verdict = { select: { label: true, colour: true } };
  const latest = revision.number === article.revisionNumber;
  const claimRows = latest
    ? (await prisma.claim.findMany({
        where: { articleId: ref.articleId },
        select: { id: true, claimText: true, status: true, version: true, verdict, anchorState: true, start: true, end: true, quote: true, anchors: { where: { revisionId: revision.id }, select: { similarity: true } } },
      })).map((c) => ({ id: c.id, claimText: c.claimText, status: c.status, version: c.version, verdict: c.verdict, state: c.anchorState, start: c.start, end: c.end, quote: c.quote, similarity: c.anchors[0]?.similarity ?? null }))
    : (await prisma.claimAnchor.findMany({
        where: { revisionId: revision.id, claim: { articleId: ref.articleId } },
        select: { state: true, start: true, end: true, quote: true, similarity: true, claim: { select: { id: true, claimText: true, status: true, version: true, verdict } } },
      })).map((a) => ({ ...a.claim, state: a.state, start: a.start, end: a.end, quote: a.quote, similarity: a.similarity }));

  const flagged = claimRows.filter((c) => c.state === 'text_changed').map((c) => c.id);
  const beforeRows = previous && flagged.length
    ? await prisma.claimAnchor.findMany({ where: { revisionId: previous.id, claimId: { in: flagged } }, select: { claimId: true, quote: true } })
    : [];
  const before = new Map(beforeRows.map((b) => [b.claimId, b.quote]));
  const claims: AnchoredClaim[] = claimRows
    .map((c) => ({ ...c, before: before.get(c.id) ?? null }))
    .sort((a, b) => a.start - b.start || a.end - b.end || a.id.localeCompare(b.id));

  return {
    articleId: article.id,
    articleTitle: article.title,
    latest: article.revisionNumber,
    revisions,
    revision: {
      ...toSummary(revision),
      body: revision.body,
      format: revision.format,
      url: revision.url,
      author: revision.author,
      outlet: revision.outlet,
      publishedAt: revision.publishedAt ? revision.publishedAt.toISOString().slice(0, 10) : null,
    },
    diff: previous ? readableDiff(wordDiff(previous.body, revision.body)) : null,
    claims,
  };
}

async function articleAsRevision(articleId: string) {
  const a = await prisma.article.findUniqueOrThrow({ where: { id: articleId }, include: { addedBy: { select: { name: true } } } });
  return {
    id: '',
    number: a.revisionNumber,
    source: 'original' as const,
    title: a.title,
    createdAt: a.createdAt,
    createdBy: a.addedBy,
    body: a.body,
    format: a.format,
    url: a.url,
    author: a.author,
    outlet: a.outlet,
    publishedAt: a.publishedAt,
  };
}

/** What deleting an article takes with it, for the confirmation an editor reads first. */
export async function articleDeletionSummary(actor: Actor, articleId: string): Promise<{ title: string; claims: number; verdicts: number; sources: number; revisions: number }> {
  assertCan(actor, 'article:delete');
  const article = await prisma.article.findUnique({ where: { id: articleId }, select: { title: true } });
  if (!article) throw new AppError('NOT_FOUND', 'This article does not exist or was deleted.');
  const [claims, verdicts, sources, revisions] = await Promise.all([
    prisma.claim.count({ where: { articleId } }),
    prisma.claim.count({ where: { articleId, verdictId: { not: null } } }),
    prisma.source.count({ where: { claim: { articleId } } }),
    prisma.articleRevision.count({ where: { articleId } }),
  ]);
  return { title: article.title, claims, verdicts, sources, revisions: Math.max(1, revisions) };
}
