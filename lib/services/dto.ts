import type { Prisma } from '@/lib/generated/prisma/client';

export const claimInclude = {
  verdict: true,
  reviewer: { select: { id: true, name: true } },
  approvedBy: { select: { id: true, name: true } },
  assignee: { select: { id: true, name: true } },
  sources: { orderBy: [{ position: 'asc' }, { createdAt: 'asc' }] },
  contributors: {
    orderBy: [{ firstAt: 'asc' }, { userId: 'asc' }],
    select: { parts: true, lastAt: true, user: { select: { id: true, name: true } } },
  },
  // "Checked before" suggestions still shown (linked or open; dismissed ones are gone for good).
  _count: { select: { matches: { where: { dismissedAt: null } } } },
} satisfies Prisma.ClaimInclude;

type ClaimRow = Prisma.ClaimGetPayload<{ include: typeof claimInclude }>;
type SourceRow = ClaimRow['sources'][number];
type VerdictRow = NonNullable<ClaimRow['verdict']>;

export type VerdictDto = { id: string; label: string; colour: string; order: number; ratingValue: number | null; description: string | null };
export type SourceDto = {
  id: string;
  url: string;
  title: string;
  publisher: string | null;
  publishedAt: string | null;
  accessedAt: string | null;
  excerpt: string | null;
  stance: 'supports' | 'refutes' | 'context';
  kind: string;
  archiveUrl: string | null;
  confidential: boolean;
};
export type ReviewerDto = { id: string; name: string; parts: string[]; lastAt: string };
export type ClaimDto = {
  id: string;
  articleId: string;
  quote: string;
  start: number;
  end: number;
  prefix: string;
  suffix: string;
  claimText: string;
  claimType: string;
  checkworthiness: number;
  speaker: string | null;
  status: 'open' | 'in_progress' | 'needs_review' | 'approved' | 'dismissed';
  verdict: VerdictDto | null;
  rationale: string | null;
  /** The last person who set or changed the verdict, rationale, claim text or sources. */
  reviewer: { id: string; name: string } | null;
  /**
   * Everyone who set or changed them since the claim was last approved (the four-eyes record:
   * none of them may approve it), first contributor first, with what each changed.
   */
  reviewers: ReviewerDto[];
  approvedBy: { id: string; name: string } | null;
  assignee: { id: string; name: string } | null;
  statusBeforeDismiss: ClaimDto['status'] | null;
  reviewedAt: string | null;
  approvedAt: string | null;
  version: number;
  updatedAt: string;
  sources: SourceDto[];
  /** The claim's own public fact-check page (ClaimReview `url`), or null to use the organisation's pattern. */
  publicUrl?: string | null;
  /** Where the quote stands in the article's latest revision (see lib/anchoring/reanchor.ts). */
  anchorState?: 'anchored' | 'text_changed' | 'orphan' | 'new';
  /** The revision the quote comes from. */
  quoteRevision?: number;
  /** How many earlier checks this claim looks like (not dismissed): the claims list's "Checked before" badge. */
  checkedBefore?: number;
};

const day = (d: Date | null): string | null => (d ? d.toISOString().slice(0, 10) : null);

export function toVerdictDto(v: VerdictRow): VerdictDto {
  return { id: v.id, label: v.label, colour: v.colour, order: v.order, ratingValue: v.ratingValue, description: v.description };
}

export function toSourceDto(s: SourceRow): SourceDto {
  return {
    id: s.id,
    url: s.url,
    title: s.title,
    publisher: s.publisher,
    publishedAt: day(s.publishedAt),
    accessedAt: day(s.accessedAt),
    excerpt: s.excerpt,
    stance: s.stance,
    kind: s.kind,
    archiveUrl: s.archiveUrl,
    confidential: s.confidential,
  };
}

export function toClaimDto(c: ClaimRow): ClaimDto {
  return {
    id: c.id,
    articleId: c.articleId,
    quote: c.quote,
    start: c.start,
    end: c.end,
    prefix: c.prefix,
    suffix: c.suffix,
    claimText: c.claimText,
    claimType: c.claimType,
    checkworthiness: c.checkworthiness,
    speaker: c.speaker,
    status: c.status,
    verdict: c.verdict ? toVerdictDto(c.verdict) : null,
    rationale: c.rationale,
    reviewer: c.reviewer,
    reviewers: c.contributors.map((r) => ({ id: r.user.id, name: r.user.name, parts: r.parts, lastAt: r.lastAt.toISOString() })),
    approvedBy: c.approvedBy,
    assignee: c.assignee,
    statusBeforeDismiss: c.statusBeforeDismiss,
    reviewedAt: c.reviewedAt?.toISOString() ?? null,
    approvedAt: c.approvedAt?.toISOString() ?? null,
    version: c.version,
    updatedAt: c.updatedAt.toISOString(),
    sources: c.sources.map(toSourceDto),
    publicUrl: c.publicUrl,
    anchorState: c.anchorState,
    quoteRevision: c.quoteRevision,
    checkedBefore: c._count.matches,
  };
}

/** Parses a YYYY-MM-DD string (already validated) into a UTC date. */
export function dateOrNull(value: string | undefined | null): Date | null {
  return value ? new Date(`${value}T00:00:00.000Z`) : null;
}
