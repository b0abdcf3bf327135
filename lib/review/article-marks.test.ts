import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { articleBlocks, articleHtml, escapeHtml, markLayout, markTitle, type MarkClaim } from './article-marks';

const body = 'Title\n\nThe city spent $4 million. Crime rose 12 percent.\n\nNothing here.';
const claim = (id: string, text: string, extra: Partial<MarkClaim> = {}): MarkClaim => {
  const start = body.indexOf(text);
  return { id, start, end: start + text.length, status: 'open', verdict: null, ...extra };
};

describe('the article text with its highlights', () => {
  it('cuts each block at claim boundaries; every piece knows its offset in the body and its claim', () => {
    const blocks = articleBlocks(body, false, [claim('b', 'Crime rose 12 percent.'), claim('a', 'The city spent $4 million.')]);
    expect(blocks.map((b) => b.start)).toEqual([0, 7, body.indexOf('Nothing')]);
    expect(blocks[1].pieces).toEqual([
      { start: 7, text: 'The city spent $4 million.', claimId: 'a', claimIds: ['a'] },
      { start: 33, text: ' ', claimId: null, claimIds: [] },
      { start: 34, text: 'Crime rose 12 percent.', claimId: 'b', claimIds: ['b'] },
    ]);
    for (const p of blocks.flatMap((b) => b.pieces)) expect(body.slice(p.start, p.start + p.text.length)).toBe(p.text);
  });

  it('does not highlight a dismissed claim', () => {
    const blocks = articleBlocks(body, false, [claim('a', 'The city spent $4 million.', { status: 'dismissed' })]);
    expect(blocks.flatMap((b) => b.pieces).every((p) => p.claimId === null)).toBe(true);
  });

  it('names every claim covering an overlap, the innermost last', () => {
    const blocks = articleBlocks(body, false, [claim('outer', 'The city spent $4 million. Crime rose 12 percent.'), claim('inner', 'Crime rose')]);
    expect(blocks[1].pieces.find((p) => p.text === 'Crime rose')).toMatchObject({ claimId: 'inner', claimIds: ['outer', 'inner'] });
  });

  it('leaves Markdown markup out of the visible text and reads a heading as one', () => {
    const md = '# Budget\n\nThe **city** spent $4 million.';
    const blocks = articleBlocks(md, true, []);
    expect(blocks[0].heading).toBe(true);
    expect(blocks.flatMap((b) => b.pieces).map((p) => p.text).join('|')).toBe('Budget|The |city| spent $4 million.');
  });

  it('titles a mark with its verdict', () => {
    expect(markTitle({ verdict: { colour: '#c62828', label: 'False' } })).toBe('Verdict: False');
    expect(markTitle({ verdict: null })).toBe('Not reviewed yet');
  });

  it('changes its layout when a claim is added, moved or dismissed, not when a verdict changes', () => {
    const a = claim('a', 'The city spent $4 million.');
    const b = claim('b', 'Crime rose 12 percent.');
    const base = markLayout([a, b]);
    expect(markLayout([b, a])).toBe(base);
    expect(markLayout([a, { ...b, verdict: { colour: '#c62828', label: 'False' } }])).toBe(base);
    expect(markLayout([a])).not.toBe(base);
    expect(markLayout([a, { ...b, status: 'dismissed' }])).not.toBe(base);
    expect(markLayout([a, { ...b, end: b.end - 1 }])).not.toBe(base);
  });
});

describe('the article text as HTML', () => {
  const parse = (html: string) => parseHTML(`<!doctype html><html><body><div id="root">${html}</div></body></html>`).document.getElementById('root')!;

  it('escapes the body, the ids and the verdict label: nothing user-supplied becomes markup', () => {
    const hostile = 'Mayor <script>alert(1)</script> said "x" & <img src=x onerror=alert(2)> it\'s fine.';
    const c: MarkClaim = { id: 'a"><b onclick="x', start: 0, end: 5, status: 'open', verdict: { colour: '#c62828', label: '"><img src=x onerror=alert(3)>' } };
    const root = parse(articleHtml(hostile, false, [c]));
    expect(root.querySelectorAll('script, img, b').length).toBe(0);
    expect(root.textContent).toBe(hostile);
    const mark = root.querySelector('mark')!;
    expect(mark.getAttribute('data-claim-id')).toBe(c.id);
    expect(mark.getAttribute('title')).toBe('Verdict: "><img src=x onerror=alert(3)>');
    expect(escapeHtml(`<>&"'`)).toBe('&lt;&gt;&amp;&quot;&#39;');
  });

  it('writes a verdict colour only when it is a #rrggbb colour', () => {
    const colour = (value: string) => parse(articleHtml(body, false, [claim('a', 'Crime rose', { verdict: { colour: value, label: 'False' } })])).querySelector('mark')!.getAttribute('style');
    expect(colour('#c62828')).toBe('--claim-colour:#c62828');
    expect(colour('red;background:url(https://evil.example/)')).toBeNull();
    expect(parse(articleHtml(body, false, [claim('a', 'Crime rose')])).querySelector('mark')!.getAttribute('style')).toBeNull();
  });

  it('maps every piece back to its offset in the body, with marks for claims and the title as their description', () => {
    const root = parse(articleHtml(body, false, [claim('a', 'The city spent $4 million.'), claim('b', 'Crime rose 12 percent.', { verdict: { colour: '#1a7f37', label: 'True' } })]));
    const pieces = [...root.querySelectorAll('[data-o]')];
    for (const el of pieces) expect(body.slice(Number(el.getAttribute('data-o'))).startsWith(el.textContent!)).toBe(true);
    expect([...root.querySelectorAll('mark')].map((m) => [m.getAttribute('data-claim-id'), m.getAttribute('title')])).toEqual([
      ['a', 'Not reviewed yet'],
      ['b', 'Verdict: True'],
    ]);
    expect(root.querySelectorAll('p').length).toBe(3);
  });

  it('marks an overlap with every claim covering it', () => {
    const root = parse(articleHtml(body, false, [claim('outer', 'The city spent $4 million. Crime rose 12 percent.'), claim('inner', 'Crime rose')]));
    const overlap = [...root.querySelectorAll('mark')].find((m) => m.textContent === 'Crime rose')!;
    expect(overlap.getAttribute('data-claim-id')).toBe('inner');
    expect(overlap.getAttribute('data-claim-ids')).toBe('outer inner');
  });
});
