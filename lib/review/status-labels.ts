import type { ClaimStatus } from '@/lib/generated/prisma/enums';

/** What each claim status is called on every screen (lists, filters, history, queue). */
export const STATUS_LABEL: Record<ClaimStatus, string> = {
  open: 'Open',
  in_progress: 'In progress',
  needs_review: 'Needs second review',
  approved: 'Approved',
  dismissed: 'Dismissed',
};

/** The statuses a filter offers, in review order (dismissed claims have their own switch). */
export const FILTER_STATUSES = ['open', 'in_progress', 'needs_review', 'approved'] as const satisfies readonly ClaimStatus[];
