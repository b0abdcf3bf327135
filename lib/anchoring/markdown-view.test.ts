import { describe, expect, it } from 'vitest';
import { blocksOf, markupRanges, piecesOf } from './markdown-view';

function visible(body: string): string {
  const hidden = markupRanges(body);
  return blocksOf(body, true)
    .map((b) => piecesOf(b, hidden, []).map((p) => body.slice(p.start, p.end)).join(''))
    .join('\n');
}

describe('markdown reading view', () => {
  it('hides headings, bold markers and link syntax but keeps the words', () => {
    const body = '# Title\n**Bold headline**\nSee [the report](https://example.org/x) and *this*.';
    expect(visible(body)).toBe('Title\nBold headline\nSee the report and this.');
  });

  it('marks markdown headings and all-bold lines as headings', () => {
    const blocks = blocksOf('# A\n\n**B**\nplain text.', true);
    expect(blocks.map((b) => b.heading)).toEqual([true, true, false]);
  });

  it('splits pieces at claim boundaries with offsets into the stored body', () => {
    const body = 'One two. Three **four** five.';
    const claims = [{ id: 'c1', start: 9, end: 29 }];
    const [block] = blocksOf(body, true);
    const pieces = piecesOf(block, markupRanges(body), claims);
    expect(pieces.map((p) => [body.slice(p.start, p.end), p.claimIds.length])).toEqual([
      ['One two. ', 0],
      ['Three ', 1],
      ['four', 1],
      [' five.', 1],
    ]);
  });
});
