import { describe, expect, it } from 'vitest';
import { expandPublicUrl, publicUrlProblem, slugify } from './public-url';

describe('public fact-check URLs', () => {
  it('fills {articleSlug}, {articleId} and {claimId}, URL-encoded', () => {
    expect(expandPublicUrl('https://factcheck.example/{articleSlug}#{claimId}', { articleId: 'a1', articleTitle: 'Budget: €4.2m "explained" — Café', claimId: 'c 1' }))
      .toBe('https://factcheck.example/budget-4-2m-explained-cafe#c%201');
    expect(expandPublicUrl('https://x.example/{articleId}/{claimId}', { articleId: 'a/1', articleTitle: '', claimId: 'c1' })).toBe('https://x.example/a%2F1/c1');
  });

  it('makes a slug of any title', () => {
    expect(slugify('!!!')).toBe('article');
    expect(slugify('a'.repeat(200)).length).toBe(80);
  });

  it('refuses unknown placeholders, relative addresses and the workbench itself', () => {
    expect(publicUrlProblem('https://factcheck.example/{slug}', { pattern: true })).toMatch(/Unknown placeholder \{slug\}/);
    expect(publicUrlProblem('/checks/{claimId}', { pattern: true })).toMatch(/full http/);
    expect(publicUrlProblem('javascript:alert(1)', { pattern: false })).toMatch(/full http/);
    expect(publicUrlProblem('http://localhost:3000/articles/{articleId}', { pattern: true, appUrl: 'http://localhost:3000' })).toMatch(/sign-in/);
    expect(publicUrlProblem('https://factcheck.example/{articleSlug}#{claimId}', { pattern: true, appUrl: 'http://localhost:3000' })).toBeNull();
    expect(publicUrlProblem('https://factcheck.example/one-claim', { pattern: false })).toBeNull();
  });
});
