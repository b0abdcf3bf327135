import { describe, expect, it } from 'vitest';
import { findMentions, mentionedUserIds, mentionQueryAt, splitMentions } from './mentions';

const TEAM = [
  { id: 'rita', name: 'Rita Reviewer' },
  { id: 'ritaz', name: 'Rita' },
  { id: 'eddie', name: 'Eddie Editor' },
  { id: 'ana', name: 'Ana María López' },
  { id: 'sam1', name: 'Sam Jones' },
  { id: 'sam2', name: 'Sam Smith' },
];

describe('findMentions', () => {
  it('matches full names case-insensitively, preferring the longest name', () => {
    expect(mentionedUserIds('Ask @rita reviewer and @Rita about it', TEAM)).toEqual(['rita', 'ritaz']);
    expect(findMentions('@Eddie Editor, please check.', TEAM)).toEqual([{ userId: 'eddie', name: 'Eddie Editor', start: 0, end: 13 }]);
  });

  it('matches a unique first name or a dotted handle, but not an ambiguous one', () => {
    expect(mentionedUserIds('cc @eddie', TEAM)).toEqual(['eddie']);
    expect(mentionedUserIds('cc @eddie.editor.', TEAM)).toEqual(['eddie']);
    expect(mentionedUserIds('cc @sam', TEAM)).toEqual([]);
    expect(mentionedUserIds('cc @sam.smith', TEAM)).toEqual(['sam2']);
  });

  it('handles accents and stops at word boundaries', () => {
    expect(mentionedUserIds('@ana maría lópez: source?', TEAM)).toEqual(['ana']);
    expect(mentionedUserIds('@Eddie Editors are busy', TEAM)).toEqual(['eddie']);
    expect(findMentions('@Eddie Editors', TEAM)[0].end).toBe('@Eddie'.length);
  });

  it('ignores e-mail addresses, unknown names and a bare @', () => {
    expect(mentionedUserIds('mail rita@example.org or @nobody or @ alone', TEAM)).toEqual([]);
  });

  it('splits text into plain and mention parts that join back to the original', () => {
    const body = 'Hi @rita, see <b>this</b> @Eddie Editor';
    const parts = splitMentions(body, TEAM);
    expect(parts.map((p) => p.text).join('')).toBe(body);
    expect(parts.filter((p) => p.mention).map((p) => p.text)).toEqual(['@rita', '@Eddie Editor']);
  });
});

describe('mentionQueryAt', () => {
  it('finds the partial name before the caret', () => {
    expect(mentionQueryAt('Ask @Ed', 7)).toEqual({ start: 4, query: 'Ed' });
    expect(mentionQueryAt('Ask @Eddie E', 12)).toEqual({ start: 4, query: 'Eddie E' });
    expect(mentionQueryAt('mail a@b', 8)).toBeNull();
    expect(mentionQueryAt('no mention', 10)).toBeNull();
  });
});
