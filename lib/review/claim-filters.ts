import type { ClaimDto } from '@/lib/services/dto';
import { sourceCountOf } from './claim-outline';

export const SORT_VALUES = ['position', 'checkworthiness', 'status'] as const;
export type ClaimSort = (typeof SORT_VALUES)[number];
const STATUS_VALUES = ['open', 'in_progress', 'needs_review', 'approved'] as const;

/** What the claims list shows; every field is kept in the page URL so a reload keeps it. */
export type ClaimFilters = {
  status: (typeof STATUS_VALUES)[number] | '';
  /** A verdict id, 'none' for claims without a verdict, or '' for any. */
  verdict: string;
  /** A user id, 'none' for unassigned, or '' for anyone. */
  assignee: string;
  type: string;
  /** Minimum check-worthiness, 0 to 1. */
  minScore: number;
  sources: '' | 'yes' | 'no';
  sort: ClaimSort;
  dismissed: boolean;
  /** Only claims that look like an earlier check ("checked before"). */
  checked: boolean;
};

export const DEFAULT_FILTERS: ClaimFilters = { status: '', verdict: '', assignee: '', type: '', minScore: 0, sources: '', sort: 'checkworthiness', dismissed: false, checked: false };

type Params = Record<string, string | string[] | undefined> | URLSearchParams;

function read(params: Params, key: string): string {
  const value = params instanceof URLSearchParams ? params.get(key) : params[key];
  return (Array.isArray(value) ? value[0] : value) ?? '';
}

/** Reads filters from URL query parameters, ignoring anything unknown or malformed. */
export function parseFilters(params: Params): ClaimFilters {
  const status = read(params, 'status');
  const sources = read(params, 'sources');
  const sort = read(params, 'sort');
  const minScore = Number(read(params, 'min'));
  const clip = (v: string) => v.slice(0, 64);
  return {
    status: (STATUS_VALUES as readonly string[]).includes(status) ? (status as ClaimFilters['status']) : '',
    verdict: clip(read(params, 'verdict')),
    assignee: clip(read(params, 'assignee')),
    type: clip(read(params, 'type')),
    minScore: Number.isFinite(minScore) && minScore > 0 && minScore <= 1 ? minScore : 0,
    sources: sources === 'yes' || sources === 'no' ? sources : '',
    sort: (SORT_VALUES as readonly string[]).includes(sort) ? (sort as ClaimSort) : DEFAULT_FILTERS.sort,
    dismissed: read(params, 'dismissed') === '1',
    checked: read(params, 'checked') === '1',
  };
}

/** The query string for the filters, leaving out defaults so a clean list has a clean URL. */
export function filtersToQuery(f: ClaimFilters): string {
  const q = new URLSearchParams();
  if (f.status) q.set('status', f.status);
  if (f.verdict) q.set('verdict', f.verdict);
  if (f.assignee) q.set('assignee', f.assignee);
  if (f.type) q.set('type', f.type);
  if (f.minScore > 0) q.set('min', String(f.minScore));
  if (f.sources) q.set('sources', f.sources);
  if (f.sort !== DEFAULT_FILTERS.sort) q.set('sort', f.sort);
  if (f.dismissed) q.set('dismissed', '1');
  if (f.checked) q.set('checked', '1');
  return q.toString();
}

export const activeFilterCount = (f: ClaimFilters) =>
  [f.status, f.verdict, f.assignee, f.type, f.minScore > 0, f.sources, f.dismissed, f.checked].filter(Boolean).length;

const STATUS_RANK: Record<ClaimDto['status'], number> = { open: 0, in_progress: 1, needs_review: 2, approved: 3, dismissed: 4 };

/** The claims the list shows, in the chosen order. Dismissed claims only with `dismissed`. */
export function applyFilters(claims: ClaimDto[], f: ClaimFilters): ClaimDto[] {
  const shown = claims.filter(
    (c) =>
      (f.dismissed || c.status !== 'dismissed') &&
      (!f.status || c.status === f.status) &&
      (!f.verdict || (f.verdict === 'none' ? !c.verdict : c.verdict?.id === f.verdict)) &&
      (!f.assignee || (f.assignee === 'none' ? !c.assignee : c.assignee?.id === f.assignee)) &&
      (!f.type || c.claimType === f.type) &&
      c.checkworthiness >= f.minScore &&
      (!f.sources || (f.sources === 'yes') === sourceCountOf(c) > 0) &&
      (!f.checked || (c.checkedBefore ?? 0) > 0),
  );
  const byPosition = (a: ClaimDto, b: ClaimDto) => a.start - b.start || a.end - b.end;
  if (f.sort === 'checkworthiness') return shown.sort((a, b) => b.checkworthiness - a.checkworthiness || byPosition(a, b));
  if (f.sort === 'status') return shown.sort((a, b) => STATUS_RANK[a.status] - STATUS_RANK[b.status] || byPosition(a, b));
  return shown.sort(byPosition);
}
