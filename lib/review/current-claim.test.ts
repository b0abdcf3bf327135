import { describe, expect, it } from 'vitest';
import { currentClaimReducer, initialCurrent, type Placed } from './current-claim';

const claims: Placed[] = [
  { id: 'a', start: 0, end: 10, status: 'needs_review' },
  { id: 'b', start: 20, end: 30, status: 'open' },
  { id: 'c', start: 40, end: 50, status: 'approved' },
  { id: 'd', start: 60, end: 70, status: 'in_progress' },
];

describe('currentClaimReducer', () => {
  it('moves within the list shown and asks for the focus on the new row', () => {
    const s = currentClaimReducer(initialCurrent('a'), { type: 'move', delta: 1, shown: claims, all: claims });
    expect(s).toMatchObject({ id: 'b', open: false, focus: 'row' });
    expect(currentClaimReducer(initialCurrent('a'), { type: 'move', delta: -1, shown: claims, all: claims }).id).toBe('a');
  });

  it('n goes to the next unreviewed claim and the focus goes with it (the issue 12 sequence)', () => {
    let s = currentClaimReducer(initialCurrent('a'), { type: 'open' });
    expect(s).toMatchObject({ id: 'a', open: true, focus: 'panel' });
    s = currentClaimReducer(s, { type: 'leave' });
    expect(s).toMatchObject({ id: 'a', open: false, focus: 'row' });
    s = currentClaimReducer(s, { type: 'nextUnreviewed', shown: claims });
    expect(s).toMatchObject({ id: 'b', focus: 'row' });
    s = currentClaimReducer(s, { type: 'open' });
    expect(s).toMatchObject({ id: 'b', open: true, focus: 'panel' });
    s = currentClaimReducer(s, { type: 'nextUnreviewed', shown: claims });
    expect(s.id).toBe('d');
  });

  it('continues from the text position of a claim filtered out of the list', () => {
    const shown = claims.filter((c) => c.id !== 'b');
    expect(currentClaimReducer(initialCurrent('b'), { type: 'move', delta: 1, shown, all: claims }).id).toBe('c');
    expect(currentClaimReducer(initialCurrent('b'), { type: 'move', delta: -1, shown, all: claims }).id).toBe('a');
  });

  it('forgets a deleted claim, and only that one', () => {
    const s = initialCurrent('a');
    expect(currentClaimReducer(s, { type: 'removed', id: 'b' })).toBe(s);
    expect(currentClaimReducer(s, { type: 'removed', id: 'a' }).id).toBeNull();
    expect(currentClaimReducer(initialCurrent(null), { type: 'open' }).open).toBe(false);
  });

  it('changes seq on every change that moves the focus, so the focus moves once per change', () => {
    const s = currentClaimReducer(initialCurrent('a'), { type: 'select', id: 'c', focus: 'row' });
    expect(s.seq).toBe(1);
    expect(currentClaimReducer(s, { type: 'open' }).seq).toBe(2);
  });
});
