import { describe, expect, it } from 'vitest';
import { addedClaimIds, newerClaimIds } from './stale';

describe('newerClaimIds', () => {
  it('returns only claims saved elsewhere after the page loaded them', () => {
    const local = new Map([
      ['a', 3],
      ['b', 5],
      ['c', 1],
    ]);
    expect(newerClaimIds({ a: 4, b: 5, c: 1, d: 9 }, local)).toEqual(['a']);
  });

  it('ignores a server answer older than the page (the page saved after the poll started)', () => {
    expect(newerClaimIds({ a: 2 }, new Map([['a', 3]]))).toEqual([]);
  });
});

describe('addedClaimIds', () => {
  it('lists claims the page does not know, except those removed on this page', () => {
    const local = new Map([['a', 1]]);
    expect(addedClaimIds({ a: 2, b: 1, c: 1 }, local, new Set(['c']))).toEqual(['b']);
    expect(addedClaimIds({ a: 1 }, local, new Set())).toEqual([]);
  });
});
