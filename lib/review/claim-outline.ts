import type { ClaimDto, VerdictDto } from '@/lib/services/dto';
import type { ClaimOutline } from '@/lib/services/articles';

/**
 * A claim the page knows only in outline: a ClaimDto whose list fields (position, text, type,
 * score, status, verdict, assignee, version) are true and whose detail (rationale, sources,
 * reviewers, history) is not loaded yet. `sourceCount` stands in for `sources.length`. The claim
 * panel never shows one: the workbench loads the full claim when it becomes current.
 */
export type OutlineClaim = ClaimDto & { outline: true; sourceCount: number };

export function isOutline(c: ClaimDto): c is OutlineClaim {
  return (c as Partial<OutlineClaim>).outline === true;
}

/** How many sources a claim has, whether loaded in full or in outline. */
export function sourceCountOf(c: ClaimDto): number {
  return isOutline(c) ? c.sourceCount : c.sources.length;
}

/**
 * A claim in outline; its quote stays empty (the panel, which shows it, only ever shows a full claim).
 * Written field by field, not as a spread of the outline: every claim object then has one shape, and
 * building 1,000 of them (on the server and again in the browser as the page hydrates) costs a
 * fraction of a millisecond instead of several.
 */
export function fromOutline(o: ClaimOutline, articleId: string, verdicts: ReadonlyMap<string, VerdictDto>): OutlineClaim {
  return {
    id: o.id,
    articleId,
    start: o.start,
    end: o.end,
    claimText: o.claimText,
    claimType: o.claimType,
    checkworthiness: o.checkworthiness,
    status: o.status,
    assignee: o.assignee,
    sourceCount: o.sourceCount,
    version: o.version,
    anchorState: o.anchorState,
    checkedBefore: o.checkedBefore,
    quote: '',
    prefix: '',
    suffix: '',
    speaker: null,
    verdict: o.verdictId ? (verdicts.get(o.verdictId) ?? null) : null,
    rationale: null,
    reviewer: null,
    reviewers: [],
    approvedBy: null,
    statusBeforeDismiss: null,
    reviewedAt: null,
    approvedAt: null,
    updatedAt: '',
    sources: [],
    outline: true,
  };
}

const FIELDS = ['id', 'start', 'end', 'claimText', 'claimType', 'checkworthiness', 'status', 'verdictId', 'assignee', 'sourceCount', 'version', 'anchorState', 'checkedBefore'] as const;
type Field = (typeof FIELDS)[number];

/**
 * Every claim's outline as columns, one array per field: what the article page sends the browser
 * for a 1,000-claim article without 1,000 copies of every field name (about half the bytes).
 */
export type PackedOutlines = { [K in Field]: ClaimOutline[K][] };

export function packOutlines(claims: readonly ClaimOutline[]): PackedOutlines {
  return Object.fromEntries(FIELDS.map((f) => [f, claims.map((c) => c[f])])) as PackedOutlines;
}

export function unpackOutlines(packed: PackedOutlines): ClaimOutline[] {
  // One object literal per claim (one shape), not fields added one by one and a delete.
  return packed.id.map((id, i) => ({
    id,
    start: packed.start[i],
    end: packed.end[i],
    claimText: packed.claimText[i],
    claimType: packed.claimType[i],
    checkworthiness: packed.checkworthiness[i],
    status: packed.status[i],
    verdictId: packed.verdictId[i],
    assignee: packed.assignee[i],
    sourceCount: packed.sourceCount[i],
    version: packed.version[i],
    // A missing anchor state comes back missing (JSON turns it into null).
    anchorState: packed.anchorState[i] ?? undefined,
    checkedBefore: packed.checkedBefore[i],
  }));
}
