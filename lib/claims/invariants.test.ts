import { describe, expect, it } from 'vitest';
import { extractClaims, wordingSpan } from './index';

const FRAGMENTS = [
  'The U.S. Senate voted.', ' ', '\n', '\n\n', '\r\n', '**', '*', '_', '#', '## ', '- ', '1. ', '(a) ', '> ', '<p>', '</p>', '<br>',
  '"', '“', '”', '‘', '’', "'", '(', ')', '[', ']', '...', '…', '?', '!', '.', ',', ';', ':', '—', '–', '-', 'Sen.', 'Dr.',
  'a.m.', 'p.m.', 'No. 1', '$1.2 bn.', '3.5%', 'J. F. Kennedy', '(D-N.Y.)', 'example.com', 'a@b.org', 'https://x.io/a.b',
  'Hegseth', 'Pete Hegseth', 'said', 'declined to comment', 'according to officials', 'Schumer said: "It is over.', 'It is.',
  'WASHINGTON (Reuters) - ', 'Photo: x', 'é', '😀', '\u00a0', '\t', 'Jr.', 'Inc.', 'the', 'and', 'reportedly',
];

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 4294967296;
  };
}

describe('invariants on messy input', () => {
  it('handles empty and blank input', () => {
    expect(extractClaims('')).toEqual([]);
    expect(extractClaims('  \n\n\t \r\n')).toEqual([]);
    expect(extractClaims('**')).toEqual([]);
  });

  it('keeps CRLF articles exact', () => {
    const text = 'Headline Here\r\n\r\nThe pause began on Friday.\r\nIt was ordered by Hegseth.\r\n';
    const units = extractClaims(text);
    expect(units.map((u) => u.text)).toEqual(['Headline Here', 'The pause began on Friday.', 'It was ordered by Hegseth.']);
    expect(units[0].kind).toBe('heading');
  });

  it('always returns exact, trimmed, ordered, non-overlapping spans (random soup of hard fragments)', () => {
    const r = rng(42);
    for (let round = 0; round < 300; round++) {
      let text = '';
      const n = 5 + Math.floor(r() * 60);
      for (let i = 0; i < n; i++) text += FRAGMENTS[Math.floor(r() * FRAGMENTS.length)] + (r() < 0.5 ? ' ' : '');
      const units = extractClaims(text, { includeDuplicates: true });
      let lastEnd = 0;
      for (const u of units) {
        expect(text.slice(u.start, u.end)).toBe(u.text);
        expect(u.text.length).toBeGreaterThan(0);
        expect(u.text).toBe(u.text.trim());
        expect(u.start).toBeGreaterThanOrEqual(lastEnd);
        lastEnd = u.end;
        for (const e of u.entities) {
          expect(text.slice(e.start, e.end)).toBe(e.text);
          expect(e.start).toBeGreaterThanOrEqual(u.start);
          expect(e.end).toBeLessThanOrEqual(u.end);
        }
        expect(u.checkworthiness).toBeGreaterThanOrEqual(0);
        expect(u.checkworthiness).toBeLessThanOrEqual(1);
      }
      expect(JSON.stringify(extractClaims(text, { includeDuplicates: true }))).toBe(JSON.stringify(units));
    }
  });

  it('cuts text without any sentence boundary into bounded units', () => {
    let text = '';
    for (let i = 0; text.length < 200_000; i++) text += `word${i} (open ${i % 7 ? '' : 'paren'} `;
    const units = extractClaims(text);
    expect(units.length).toBeGreaterThan(40);
    for (const u of units) {
      expect(text.slice(u.start, u.end)).toBe(u.text);
      expect(u.text.length).toBeLessThanOrEqual(4000);
    }
  });

  it('does not lose text: every letter of the input is inside a unit or is markup', () => {
    const text = '# Title\n\n**Bold lead.** Body text here, with "quotes." And more (notes.)\n- item one\n- item two\n\n<p>Para.</p>';
    const units = extractClaims(text, { includeDuplicates: true });
    const covered = new Array(text.length).fill(false);
    for (const u of units) for (let i = u.start; i < u.end; i++) covered[i] = true;
    for (let i = 0; i < text.length; i++) {
      if (/[A-Za-z]/.test(text[i]) && !covered[i]) {
        // only markup letters (HTML tag names) may be left out
        expect(text.slice(Math.max(0, i - 2), i + 2), `uncovered at ${i}`).toMatch(/<\/?p|p>/);
      }
    }
  });
});

const PIECES = [
  'The U.S. Senate voted 52-48.', 'It passed.', 'Hello world.Today is Tuesday.', 'At 5 a.m. Mr. Smith left.', '“Never.”', '"Why?" she asked.',
  '1) The first item. 2) The second item.', '- bullet item', '• Exports rose 4%', '⁃9. item', 'a. lettered', '## Heading', '# Title', '> quoted line.',
  '**Bold lead.**', '<p>Para.</p>', 'Image: NASA.', 'Photo: Reuters', 'Washington, July 24', '-- President Kennedy today signed it.',
  'WASHINGTON (Reuters) - The talks ended.', 'Thanks,', 'Jane Doe', 'jane@example.org', 'He paused . . . and went on.', 'It ended…',
  'in 1971. [1] Fillmore was born', '(see p. 5)', 'c. 1871', 'Viva Maria! (1965)', '---', '* * *', '[2]', '“', '”', '(', ')', '**', '_',
  'a long line of running prose that goes on and on without any final punctuation at all for quite a while and then some more words',
];

describe('no text is dropped (property test over random documents)', () => {
  it('every non-whitespace character is in exactly one unit; units sorted, non-overlapping, exact', () => {
    for (let seed = 1; seed <= 400; seed++) {
      const r = rng(seed);
      let text = '';
      const n = 1 + Math.floor(r() * 30);
      for (let i = 0; i < n; i++) {
        const sep = r();
        text += PIECES[Math.floor(r() * PIECES.length)] + (sep < 0.45 ? ' ' : sep < 0.75 ? '\n' : sep < 0.9 ? '\n\n' : '');
      }
      const units = extractClaims(text);
      const owner = new Array<number>(text.length).fill(-1);
      let lastEnd = 0;
      for (const u of units) {
        const where = `seed ${seed}: ${JSON.stringify(text)}`;
        expect(text.slice(u.start, u.end), where).toBe(u.text);
        expect(u.start, where).toBeGreaterThanOrEqual(lastEnd);
        expect(u.text, where).toBe(u.text.trim());
        lastEnd = u.end;
        for (let i = u.start; i < u.end; i++) owner[i] = u.index;
      }
      for (let i = 0; i < text.length; i++) {
        if (owner[i] < 0 && !/\s/.test(text[i])) throw new Error(`seed ${seed}: character ${i} (${JSON.stringify(text[i])}) is in no unit: ${JSON.stringify(text)}`);
      }
      expect(units.map((u) => u.text.replace(/\s+/g, '')).join(''), `seed ${seed}`).toBe(text.replace(/\s+/g, ''));
    }
  });
});

describe('wording span', () => {
  it('is the unit without its markup: what a claim quotes', () => {
    const text = '## Budget\n\n- The cap is 180 euros.\n**The plan does not cover doctor bills.**\n1) The first item. 2) The second item.';
    const units = extractClaims(text);
    expect(units.map((u) => u.text)).toEqual([
      '## Budget',
      '- The cap is 180 euros.',
      '**The plan does not cover doctor bills.**',
      '1) The first item.',
      '2) The second item.',
    ]);
    expect(units.map((u) => wordingSpan(u).text)).toEqual(['Budget', 'The cap is 180 euros.', 'The plan does not cover doctor bills.', 'The first item.', 'The second item.']);
    for (const u of units) expect(text.slice(wordingSpan(u).start, wordingSpan(u).end)).toBe(wordingSpan(u).text);
  });
});
