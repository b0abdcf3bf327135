import { describe, expect, it } from 'vitest';
import { renderClaimReview, validateClaimReview } from './claimreview';
import { renderJson, type JsonExport } from './json';
import { makeBundle, makeClaim } from './test-fixtures';

describe('exports name the revision their quotes come from', () => {
  it('ClaimReview: the appearance carries the revision as its version, and stays valid', () => {
    const doc = JSON.parse(renderClaimReview(makeBundle([makeClaim({ quoteRevision: 4, anchorState: 'anchored' })])));
    expect(doc.itemReviewed.appearance.version).toBe('4');
    expect(doc.itemReviewed.firstAppearance.version).toBeUndefined();
    expect(validateClaimReview(doc)).toEqual([]);
  });

  it('JSON: each claim has quoteRevision and anchorState', () => {
    const parsed: JsonExport = JSON.parse(renderJson(makeBundle([makeClaim({ quoteRevision: 2, anchorState: 'orphan' })])));
    expect(parsed.claims[0]).toMatchObject({ quoteRevision: 2, anchorState: 'orphan' });
  });

  it('leaves the fields out when the revision is not known', () => {
    const doc = JSON.parse(renderClaimReview(makeBundle([makeClaim()])));
    expect(doc.itemReviewed.appearance.version).toBeUndefined();
  });
});
