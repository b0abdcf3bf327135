import { describe, expect, it } from 'vitest';
import { applyFilters, parseFilters } from './claim-filters';
import type { ClaimOutline } from '@/lib/services/articles';
import { fromOutline, isOutline, packOutlines, sourceCountOf, unpackOutlines, type PackedOutlines } from './claim-outline';

const verdict = { id: 'v1', label: 'False', colour: '#c62828', order: 5, ratingValue: 1, description: null };

describe('claims in outline', () => {
  const a = fromOutline({ id: 'a', start: 0, end: 26, claimText: 'The city spent $4 million.', claimType: 'quantity', checkworthiness: 0.8, status: 'needs_review', verdictId: 'v1', assignee: null, sourceCount: 2, version: 3, checkedBefore: 1 }, 'art', new Map([['v1', verdict]]));
  const b = fromOutline({ id: 'b', start: 27, end: 50, claimText: 'Crime rose 12 percent.', claimType: 'causation', checkworthiness: 0.6, status: 'open', verdictId: null, assignee: null, sourceCount: 0, version: 1, checkedBefore: 0 }, 'art', new Map());

  it('carries the list fields, an empty quote (the body stays on the server) and the verdict from the scale', () => {
    expect(isOutline(a)).toBe(true);
    expect(a.quote).toBe('');
    expect(a.verdict?.label).toBe('False');
    expect(sourceCountOf(a)).toBe(2);
    expect(sourceCountOf({ ...b, outline: undefined } as unknown as typeof b)).toBe(0);
  });

  it('filters by sources on the count, not on the (unloaded) list', () => {
    expect(applyFilters([a, b], parseFilters({ sources: 'yes' })).map((c) => c.id)).toEqual(['a']);
    expect(applyFilters([a, b], parseFilters({ sources: 'no' })).map((c) => c.id)).toEqual(['b']);
  });

  it('filters "checked before" on the outline\'s count of suggestions', () => {
    expect(applyFilters([a, b], parseFilters({ checked: '1' })).map((c) => c.id)).toEqual(['a']);
  });
});

describe('outlines packed as columns', () => {
  const outlines: ClaimOutline[] = [
    { id: 'a', start: 0, end: 26, claimText: 'The city spent "$4" million.', claimType: 'quantity', checkworthiness: 0.8, status: 'needs_review', verdictId: 'v1', assignee: { id: 'u1', name: 'Rita' }, sourceCount: 2, version: 3, anchorState: 'text_changed', checkedBefore: 1 },
    { id: 'b', start: 27, end: 50, claimText: 'Crime rose 12 percent.', claimType: 'causation', checkworthiness: 0.6, status: 'open', verdictId: null, assignee: null, sourceCount: 0, version: 1, checkedBefore: 0 },
  ];

  it('come back as they went, through JSON, with one copy of each field name', () => {
    const packed = packOutlines(outlines);
    const wire = JSON.stringify(packed);
    expect(unpackOutlines(JSON.parse(wire) as PackedOutlines)).toEqual(outlines);
    expect(wire.split('"claimText"').length - 1).toBe(1);
    expect(unpackOutlines(packOutlines([]))).toEqual([]);
  });
});
