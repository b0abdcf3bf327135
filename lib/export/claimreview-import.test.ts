import { describe, expect, it } from 'vitest';
import { readClaimReviews } from './claimreview-import';
import { renderClaimReview } from './claimreview';
import { makeBundle, makeClaim } from './test-fixtures';

const review = (overrides: Record<string, unknown> = {}) => ({
  '@context': 'https://schema.org',
  '@type': 'ClaimReview',
  url: 'https://factcheck.example/checks/42',
  claimReviewed: 'Crime doubled last year',
  datePublished: '2025-06-01',
  author: { '@type': 'Organization', name: 'Example Check', url: 'https://factcheck.example' },
  itemReviewed: { '@type': 'Claim', author: { '@type': 'Person', name: 'Sen. Smith' }, appearance: { '@type': 'CreativeWork', url: 'https://tv.example/clip' } },
  reviewRating: { '@type': 'Rating', alternateName: 'False', ratingValue: 1, bestRating: 5, worstRating: 1 },
  ...overrides,
});

describe('readClaimReviews', () => {
  it('reads a single ClaimReview with its organisation, speaker, appearance and rating', () => {
    const { records, invalid } = readClaimReviews(review());
    expect(invalid).toEqual([]);
    expect(records).toEqual([expect.objectContaining({
      claimReviewed: 'Crime doubled last year', ratingLabel: 'False', ratingValue: 1, bestRating: 5, worstRating: 1,
      reviewUrl: 'https://factcheck.example/checks/42', orgName: 'Example Check', orgUrl: 'https://factcheck.example/',
      claimAuthor: 'Sen. Smith', appearanceUrl: 'https://tv.example/clip', datePublished: '2025-06-01T00:00:00.000Z',
    })]);
  });

  it('reads arrays and @graph documents, skipping other node types', () => {
    const doc = [review(), { '@context': 'https://schema.org', '@graph': [{ '@type': 'WebPage', name: 'x' }, review({ claimReviewed: 'Second' })] }];
    const { records, skipped } = readClaimReviews(doc);
    expect(records.map((r) => r.claimReviewed)).toEqual(['Crime doubled last year', 'Second']);
    expect(skipped).toBe(1);
  });

  it('reports broken reviews with their position and the rule they break', () => {
    const doc = { '@graph': [
      review({ claimReviewed: '' }),
      review({ reviewRating: { '@type': 'Rating', ratingValue: 9, bestRating: 5, worstRating: 1 } }),
      review({ url: 'javascript:alert(1)' }),
      review({ reviewRating: undefined }),
    ] };
    const { records, invalid } = readClaimReviews(doc);
    expect(records).toEqual([]);
    expect(invalid).toEqual([
      { at: '@graph[0]', problems: ['claimReviewed is missing'] },
      { at: '@graph[1]', problems: ['reviewRating.ratingValue (9) is outside [1, 5]'] },
      { at: '@graph[2]', problems: ['url is not an absolute http(s) URL'] },
      { at: '@graph[3]', problems: ['reviewRating is missing'] },
    ]);
  });

  it('reads back what Claimdesk itself exports', () => {
    const text = renderClaimReview(makeBundle([makeClaim(), makeClaim({ id: 'clm_2', claimText: 'Another' })]));
    const { records } = readClaimReviews(JSON.parse(text));
    expect(records.map((r) => [r.claimReviewed, r.ratingLabel, r.orgName, r.claimAuthor])).toEqual([
      ['The Pentagon budget doubled in 2023', 'False', 'Claimdesk Checks', 'Department of Defense'],
      ['Another', 'False', 'Claimdesk Checks', 'Department of Defense'],
    ]);
  });
});
