import { describe, expect, it } from 'vitest';
import { isWordBoundary, wordBoundaries } from './word-boundaries';

describe('wordBoundaries', () => {
  it('lists each gap between words with its neighbours, never at the ends', () => {
    const text = ' The city spent  $4.2m, officials said ';
    const gaps = wordBoundaries(text);
    expect(gaps.map((g) => [g.before, g.after])).toEqual([
      ['The', 'city'],
      ['city', 'spent'],
      ['spent', '$4.2m,'],
      ['$4.2m,', 'officials'],
      ['officials', 'said'],
    ]);
    for (const g of gaps) expect(text[g.at]).toMatch(/\s/);
  });

  it('finds none in a single word', () => {
    expect(wordBoundaries('word')).toEqual([]);
  });
});

describe('isWordBoundary', () => {
  it('accepts offsets next to whitespace and refuses the middle of a word', () => {
    const body = 'alpha beta';
    expect(isWordBoundary(body, 5)).toBe(true);
    expect(isWordBoundary(body, 6)).toBe(true);
    expect(isWordBoundary(body, 3)).toBe(false);
    expect(isWordBoundary(body, 0)).toBe(false);
  });
});
