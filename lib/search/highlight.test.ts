import { describe, expect, it } from 'vitest';
import { highlight, matchRanges, queryTerms, snippet, wordMatches } from './highlight';

describe('highlight', () => {
  it('marks words regardless of case and accents, keeping the original text', () => {
    const segments = highlight('Hélène Dupré met JOSÉ.', queryTerms('helene jose'));
    expect(segments).toEqual([
      { text: 'Hélène', match: true },
      { text: ' Dupré met ', match: false },
      { text: 'JOSÉ', match: true },
      { text: '.', match: false },
    ]);
    expect(segments.map((s) => s.text).join('')).toBe('Hélène Dupré met JOSÉ.');
  });

  it('matches prefixes, inflections and small typos but not short unrelated words', () => {
    expect(wordMatches('unemployment', 'unemploy')).toBe(true);
    expect(wordMatches('unemployment', 'unemploymnet')).toBe(true);
    expect(wordMatches('alvarez', 'alvares')).toBe(true);
    expect(wordMatches('claims', 'claim')).toBe(true);
    expect(wordMatches('cat', 'car')).toBe(false);
    expect(wordMatches('inflation', 'unemployment')).toBe(false);
  });

  it('treats markup in the text and query as plain text', () => {
    const segments = highlight('<script>alert(1)</script> crane', queryTerms('<b>crane</b>'));
    expect(segments.find((s) => s.match)?.text).toBe('crane');
    expect(segments.map((s) => s.text).join('')).toBe('<script>alert(1)</script> crane');
  });

  it('cuts a window around the first match with ellipses', () => {
    const body = `${'Filler words here. '.repeat(40)}The crane fell. ${'More filler text. '.repeat(40)}`;
    const segments = snippet(body, queryTerms('crane'), 120);
    expect(segments[0]).toEqual({ text: '…', match: false });
    expect(segments[segments.length - 1]).toEqual({ text: '…', match: false });
    expect(segments.filter((s) => s.match).map((s) => s.text)).toEqual(['crane']);
    expect(segments.map((s) => s.text).join('').length).toBeLessThanOrEqual(124);
    expect(matchRanges(body, queryTerms('crane'))).toHaveLength(1);
  });
});
