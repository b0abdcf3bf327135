import { describe, expect, it } from 'vitest';
import type { ClaimDto } from '@/lib/services/dto';
import { applyFilters, DEFAULT_FILTERS, filtersToQuery, parseFilters } from './claim-filters';

const verdict = (id: string) => ({ id, label: id, colour: '#000000', order: 1, ratingValue: null, description: null });
function claim(id: string, over: Partial<ClaimDto>): ClaimDto {
  return {
    id, articleId: 'a', quote: id, start: 0, end: 1, prefix: '', suffix: '', claimText: id, claimType: 'other', checkworthiness: 0.5,
    speaker: null, status: 'open', verdict: null, rationale: null, reviewer: null, reviewers: [], approvedBy: null, assignee: null, statusBeforeDismiss: null,
    reviewedAt: null, approvedAt: null, version: 1, updatedAt: '', sources: [], ...over,
  };
}

const claims = [
  claim('a', { start: 0, checkworthiness: 0.2 }),
  claim('b', { start: 10, checkworthiness: 0.9, status: 'needs_review', verdict: verdict('v1'), claimType: 'quantity' }),
  claim('c', { start: 20, checkworthiness: 0.6, status: 'approved', verdict: verdict('v2'), assignee: { id: 'u1', name: 'U' } }),
  claim('d', { start: 30, status: 'dismissed', statusBeforeDismiss: 'open' }),
  claim('e', { start: 40, checkworthiness: 0.7, sources: [{ id: 's', url: 'https://x', title: 't', publisher: null, publishedAt: null, accessedAt: null, excerpt: null, stance: 'context', kind: 'other', archiveUrl: null, confidential: false }] }),
];
const ids = (list: ClaimDto[]) => list.map((c) => c.id);
// Most tests read the list in text order; the default order (by check-worthiness) has its own test.
const BY_POSITION = { ...DEFAULT_FILTERS, sort: 'position' as const };

describe('applyFilters', () => {
  it('hides dismissed claims unless asked', () => {
    expect(ids(applyFilters(claims, BY_POSITION))).toEqual(['a', 'b', 'c', 'e']);
    expect(ids(applyFilters(claims, { ...BY_POSITION, dismissed: true }))).toEqual(['a', 'b', 'c', 'd', 'e']);
  });

  it('sorts by check-worthiness by default, the way extraction ranks what to check first', () => {
    expect(DEFAULT_FILTERS.sort).toBe('checkworthiness');
    expect(ids(applyFilters(claims, DEFAULT_FILTERS))).toEqual(['b', 'e', 'c', 'a']);
  });

  it('filters by status, verdict, assignee, type, minimum score and sources', () => {
    const f = BY_POSITION;
    expect(ids(applyFilters(claims, { ...f, status: 'approved' }))).toEqual(['c']);
    expect(ids(applyFilters(claims, { ...f, verdict: 'v1' }))).toEqual(['b']);
    expect(ids(applyFilters(claims, { ...f, verdict: 'none' }))).toEqual(['a', 'e']);
    expect(ids(applyFilters(claims, { ...f, assignee: 'u1' }))).toEqual(['c']);
    expect(ids(applyFilters(claims, { ...f, assignee: 'none' }))).toEqual(['a', 'b', 'e']);
    expect(ids(applyFilters(claims, { ...f, type: 'quantity' }))).toEqual(['b']);
    expect(ids(applyFilters(claims, { ...f, minScore: 0.6 }))).toEqual(['b', 'c', 'e']);
    expect(ids(applyFilters(claims, { ...f, sources: 'yes' }))).toEqual(['e']);
    expect(ids(applyFilters(claims, { ...f, sources: 'no' }))).toEqual(['a', 'b', 'c']);
  });

  it('sorts by check-worthiness (highest first) and by status', () => {
    expect(ids(applyFilters(claims, { ...DEFAULT_FILTERS, sort: 'checkworthiness' }))).toEqual(['b', 'e', 'c', 'a']);
    expect(ids(applyFilters(claims, { ...DEFAULT_FILTERS, sort: 'status' }))).toEqual(['a', 'e', 'b', 'c']);
  });
});

describe('URL round trip', () => {
  it('writes only non-defaults and reads them back', () => {
    expect(filtersToQuery(DEFAULT_FILTERS)).toBe('');
    expect(filtersToQuery(BY_POSITION)).toBe('sort=position');
    expect(parseFilters(new URLSearchParams('sort=position')).sort).toBe('position');
    const f = { ...DEFAULT_FILTERS, status: 'needs_review' as const, verdict: 'none', minScore: 0.5, sources: 'yes' as const, sort: 'status' as const, dismissed: true };
    expect(parseFilters(new URLSearchParams(filtersToQuery(f)))).toEqual(f);
  });

  it('ignores malformed values', () => {
    expect(parseFilters({ status: 'bogus', min: '7', sort: 'x', sources: 'maybe', dismissed: 'yes' })).toEqual(DEFAULT_FILTERS);
  });
});
