import { prisma } from '@/lib/db';
import { assertCan, type Actor } from '@/lib/auth/permissions';
import { AppError } from '@/lib/errors';
import { extractClaims, wordingSpan, type ClaimUnit } from '@/lib/claims';
import { recordAudit } from './audit';
import { getSettings } from './settings';
import { thresholdSchema } from '@/lib/validation/settings';
import { parseInput } from '@/lib/validation/parse';

export type ReasonDto = { code: string; label: string; weight: number };

export type CandidateDto = {
  start: number;
  end: number;
  text: string;
  claimType: string;
  checkworthiness: number;
  speaker: string | null;
  reasons: ReasonDto[];
};

export type ArticleInsights = {
  threshold: number;
  /** Sentences that are not claims yet, best first: one click turns one into a claim. */
  candidates: CandidateDto[];
  /** Why each existing claim scored as it did, keyed by claim id (claims whose span is a sentence). */
  reasonsByClaim: Record<string, ReasonDto[]>;
};

const toCandidate = (u: ClaimUnit): CandidateDto => ({
  ...wordingSpan(u),
  claimType: u.claimType,
  checkworthiness: u.checkworthiness,
  speaker: u.speaker,
  reasons: u.reasons.map((r) => ({ code: r.code, label: r.label, weight: r.weight })),
});

/** Re-reads the article with the extractor: the sentences left out, and the reasons behind each claim's score. */
export async function articleInsights(actor: Actor, articleId: string): Promise<ArticleInsights> {
  assertCan(actor, 'article:read');
  const article = await prisma.article.findUnique({
    where: { id: articleId },
    select: { body: true, claims: { select: { id: true, start: true, end: true } } },
  });
  if (!article) throw new AppError('NOT_FOUND', 'This article does not exist or was deleted.');
  const { claimThreshold } = await getSettings();
  // spans as claims store them: the wording without list marker or emphasis markup
  const units = extractClaims(article.body)
    .filter((u) => u.kind === 'sentence' && u.duplicateOf === undefined)
    .map((u) => ({ ...u, ...wordingSpan(u) }));
  const bySpan = new Map(article.claims.map((c) => [`${c.start}:${c.end}`, c.id]));
  const sorted = [...article.claims].sort((a, b) => a.start - b.start);
  const overlaps = (u: ClaimUnit) => {
    // Claims are few per sentence; a linear scan from the first claim ending after u.start is enough.
    for (const c of sorted) {
      if (c.start >= u.end) return false;
      if (c.end > u.start) return true;
    }
    return false;
  };
  const reasonsByClaim: Record<string, ReasonDto[]> = {};
  const candidates: CandidateDto[] = [];
  for (const u of units) {
    const claimId = bySpan.get(`${u.start}:${u.end}`);
    if (claimId) reasonsByClaim[claimId] = toCandidate(u).reasons;
    else if (!overlaps(u)) candidates.push(toCandidate(u));
  }
  candidates.sort((a, b) => b.checkworthiness - a.checkworthiness || a.start - b.start);
  return { threshold: claimThreshold, candidates, reasonsByClaim };
}

/** Editors set the score above which imports create claims automatically. */
export async function setClaimThreshold(actor: Actor, input: { threshold: number | string | null }): Promise<number> {
  assertCan(actor, 'extraction:configure');
  const { threshold } = parseInput(thresholdSchema, input);
  const rounded = Math.round(threshold * 100) / 100;
  return prisma.$transaction(async (tx) => {
    const before = await tx.setting.findUnique({ where: { id: 1 } });
    await tx.setting.upsert({ where: { id: 1 }, create: { id: 1, claimThreshold: rounded }, update: { claimThreshold: rounded } });
    await recordAudit(tx, actor, { action: 'setting.threshold', entityType: 'setting', entityId: '1', before: { claimThreshold: before?.claimThreshold ?? null }, after: { claimThreshold: rounded } });
    return rounded;
  });
}
