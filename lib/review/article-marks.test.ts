import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { articleBlocks, articleHtml, escapeHtml, markLayout, markTitle, overlapping, textOffset, type MarkClaim } from './article-marks';
import { seededRandom } from '@/lib/random';

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

  it('maps every piece back to its offset in the body, with marks for claims and a verdict as their title', () => {
    const root = parse(articleHtml(body, false, [claim('a', 'The city spent $4 million.'), claim('b', 'Crime rose 12 percent.', { verdict: { colour: '#1a7f37', label: 'True' } })]));
    const pieces = [...root.querySelectorAll('[data-o]')];
    for (const el of pieces) expect(body.slice(Number(el.getAttribute('data-o'))).startsWith(el.textContent!)).toBe(true);
    expect([...root.querySelectorAll('mark')].map((m) => [m.getAttribute('data-claim-id'), m.getAttribute('title')])).toEqual([
      // "Not reviewed yet" is written by the page as it loads (ArticleHighlights), not sent 1,000 times.
      ['a', null],
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

describe('the ranges overlapping each block', () => {
  const seed = Number(process.env.MARKS_SEED ?? Date.now() % 1_000_000);
  it('are exactly those a pass over every range finds, in the same order (random texts)', () => {
    const rnd = seededRandom(seed);
    for (let k = 0; k < 300; k++) {
      // Blocks in text order with gaps (blank lines); ranges anywhere, some spanning blocks or gaps, some empty.
      const blocks: { start: number; end: number }[] = [];
      let at = 0;
      for (let b = Math.floor(rnd() * 12); b > 0; b--) {
        const start = at + Math.floor(rnd() * 3);
        const end = start + 1 + Math.floor(rnd() * 20);
        blocks.push({ start, end });
        at = end + 1;
      }
      const ranges = Array.from({ length: Math.floor(rnd() * 30) }, (_, i) => {
        const start = Math.floor(rnd() * (at + 5));
        return { id: i, start, end: start + Math.floor(rnd() * 40) };
      });
      const brute = blocks.map((b) => ranges.filter((r) => r.start < b.end && r.end > b.start));
      expect(overlapping(blocks, ranges), `seed ${seed} (MARKS_SEED=${seed} replays it), case ${k}`).toEqual(brute);
    }
  });
});

describe('the body offset of a place in the drawn text', () => {
  const seed = Number(process.env.MARKS_SEED ?? Date.now() % 1_000_000);
  const WORDS = ['crime', 'rose', '12', 'percent', 'the', 'mayor', '**said**', '_that_', '[link](https://x.example)', '<b>', '&amp;', '"quoted"', 'é', '😀'];

  it('is the offset of that character in the stored body, for every character of every text node (random articles, plain and Markdown)', () => {
    const rnd = seededRandom(seed);
    for (let k = 0; k < 150; k++) {
      const markdown = rnd() < 0.5;
      const lines = Array.from({ length: 1 + Math.floor(rnd() * 6) }, () => {
        const words = Array.from({ length: 1 + Math.floor(rnd() * 14) }, () => WORDS[Math.floor(rnd() * WORDS.length)]);
        return (markdown && rnd() < 0.2 ? '## ' : '') + words.join(rnd() < 0.8 ? ' ' : '  ');
      });
      const body = lines.join(rnd() < 0.5 ? '\n' : '\n\n');
      const claims: MarkClaim[] = Array.from({ length: Math.floor(rnd() * 8) }, (_, i) => {
        const start = Math.floor(rnd() * body.length);
        const end = Math.min(body.length, start + Math.floor(rnd() * 40));
        return { id: `c${i}`, start, end, status: rnd() < 0.1 ? 'dismissed' : 'open', verdict: rnd() < 0.5 ? { colour: '#1a7f37', label: 'True' } : null };
      });
      const { document } = parseHTML(`<!doctype html><html><body><div id="root">${articleHtml(body, markdown, claims)}</div></body></html>`);
      const root = document.getElementById('root')!;
      const walker = document.createTreeWalker(root, 4 /* text */);
      const why = `seed ${seed} (MARKS_SEED=${seed} replays it), case ${k}: ${JSON.stringify({ body, markdown, claims })}`;
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent ?? '';
        for (let i = 0; i <= text.length; i++) {
          const at = textOffset(node, i);
          expect(at, why).not.toBeNull();
          if (i < text.length) expect(body[at!], `${why}: "${text}" at ${i}`).toBe(text[i]);
        }
      }
    }
  });
});
