import { describe, expect, it } from 'vitest';
import { createClaimCounter, renderExport, type ExportFormat } from './index';
import { makeBundle, syntheticClaim } from './test-fixtures';

const FORMATS: ExportFormat[] = ['claimreview', 'csv', 'json', 'markdown', 'html'];

describe('createClaimCounter', () => {
  it.each(FORMATS)('%s: counts every claim even when the text arrives in awkward pieces', (format) => {
    for (const n of [0, 1, 2, 37]) {
      const claims = Array.from({ length: n }, (_, i) => syntheticClaim(i));
      const text = renderExport(format, makeBundle(claims));
      // ClaimReview leaves out claims without a verdict.
      const expected = format === 'claimreview' ? claims.filter((c) => c.verdict).length : n;
      for (const size of [1, 7, 4096]) {
        const counter = createClaimCounter(format);
        let seen = 0;
        for (let i = 0; i < text.length; i += size) seen = counter.push(text.slice(i, i + size));
        expect(seen, `${format}, ${n} claims, pieces of ${size}`).toBe(expected);
      }
    }
  });
});
