import { describe, expect, it } from 'vitest';
import { seededRandom } from '@/lib/random';
import { reanchor, newSentences, type StoredAnchor } from './reanchor';
import { selectorFor } from './quote-selector';
import { OffsetMap, readableDiff, wordDiff } from './text-diff';

function anchorOf(body: string, quote: string, id = quote.slice(0, 12), from = 0): StoredAnchor {
  const start = body.indexOf(quote, from);
  if (start < 0) throw new Error(`quote not in body: ${quote}`);
  return { id, ...selectorFor(body, start, start + quote.length) };
}

const OLD = [
  'City Hall approved the budget on Monday.',
  'The mayor said unemployment fell to 4.1 percent in March.',
  'Critics said the new bridge will cost 2 billion dollars.',
  'Police reported 312 burglaries last year, up from 280.',
  'The council meets again next week.',
].join(' ');

describe('reanchor', () => {
  it('keeps exact anchors when text before them changes, with offsets moved', () => {
    const a = anchorOf(OLD, 'Police reported 312 burglaries last year, up from 280.');
    const next = OLD.replace('City Hall approved', 'On a rainy day, City Hall finally approved');
    const [r] = reanchor(OLD, next, [a]).results;
    expect(r.state).toBe('anchored');
    expect(next.slice(r.start, r.end)).toBe(a.quote);
    expect(r.start).toBe(a.start + next.length - OLD.length);
  });

  it('finds a moved passage exactly', () => {
    const quote = 'Critics said the new bridge will cost 2 billion dollars.';
    const a = anchorOf(OLD, quote);
    const next = OLD.replace(quote + ' ', '') + ' ' + quote;
    const [r] = reanchor(OLD, next, [a]).results;
    expect(r.state).toBe('anchored');
    expect(r.start).toBe(next.lastIndexOf(quote));
  });

  it('flags a reworded passage with before and after instead of moving it silently', () => {
    const a = anchorOf(OLD, 'The mayor said unemployment fell to 4.1 percent in March.');
    const next = OLD.replace('fell to 4.1 percent in March', 'fell to 4.3 percent in March');
    const [r] = reanchor(OLD, next, [a]).results;
    expect(r.state).toBe('text_changed');
    expect(r.before).toBe(a.quote);
    expect(r.quote).toBe('The mayor said unemployment fell to 4.3 percent in March.');
    expect(r.similarity).toBeGreaterThan(0.9);
    expect(r.similarity).toBeLessThan(1);
  });

  it('flags a heavily reworded sentence that still says much the same', () => {
    const a = anchorOf(OLD, 'Critics said the new bridge will cost 2 billion dollars.');
    const next = OLD.replace('Critics said the new bridge will cost 2 billion dollars.', 'Critics say the planned bridge would cost 2 billion dollars.');
    const [r] = reanchor(OLD, next, [a]).results;
    expect(r.state).toBe('text_changed');
    expect(r.quote).toBe('Critics say the planned bridge would cost 2 billion dollars.');
  });

  it('makes a claim whose text was deleted an orphan', () => {
    const quote = 'Police reported 312 burglaries last year, up from 280.';
    const a = anchorOf(OLD, quote);
    const next = OLD.replace(quote + ' ', '');
    const [r] = reanchor(OLD, next, [a]).results;
    expect(r.state).toBe('orphan');
    expect(r.quote).toBe(quote);
    expect(r.start).toBe(r.end);
  });

  it('makes a claim an orphan when its sentence was replaced by different words', () => {
    const quote = 'Police reported 312 burglaries last year, up from 280.';
    const a = anchorOf(OLD, quote);
    const next = OLD.replace(quote, 'A spokesperson declined to discuss staffing at the station.');
    expect(reanchor(OLD, next, [a]).results[0].state).toBe('orphan');
  });

  it('never lets a look-alike sentence elsewhere capture a deleted claim', () => {
    const quote = 'The mayor said unemployment fell to 4.1 percent in March.';
    const lookAlike = 'The mayor said unemployment fell to 4.3 percent in May.';
    const body = `${OLD} ${lookAlike}`;
    const a = anchorOf(body, quote);
    const next = body.replace(quote + ' ', '');
    const [r] = reanchor(body, next, [a]).results;
    expect(r.state).toBe('orphan');
    expect(r.quote).toBe(quote);
  });

  it('never lets an adjacent look-alike capture a deleted claim', () => {
    const quote = 'The mayor said unemployment fell to 4.1 percent in March.';
    const body = OLD.replace(quote, `${quote} The mayor said unemployment fell to 4.1 percent in May.`);
    const a = anchorOf(body, quote);
    const next = body.replace(quote + ' ', '');
    const [r] = reanchor(body, next, [a]).results;
    expect(r.state).not.toBe('anchored');
    expect(r.state).toBe('orphan');
  });

  it('keeps each of two identical sentences on its own copy', () => {
    const line = 'Taxes will rise by 3 percent next year.';
    const body = `Intro one. ${line} Middle part of the story. ${line} The end.`;
    const first = anchorOf(body, line, 'first');
    const second = anchorOf(body, line, 'second', first.end);
    const next = body.replace('Intro one.', 'A much longer introduction now opens the story.').replace('Middle part', 'The reworked middle part');
    const [r1, r2] = reanchor(body, next, [first, second]).results;
    expect([r1.state, r2.state]).toEqual(['anchored', 'anchored']);
    expect(r1.start).toBe(next.indexOf(line));
    expect(r2.start).toBe(next.lastIndexOf(line));
  });

  it('moves a claim on a deleted copy of a repeated sentence to the copy that is left', () => {
    const line = 'Taxes will rise by 3 percent next year.';
    const body = `Intro one. ${line} Middle part. ${line} The end.`;
    const second = anchorOf(body, line, 'second', body.indexOf(line) + 1);
    const next = body.replace(`Middle part. ${line}`, 'Middle part.');
    const [r] = reanchor(body, next, [second]).results;
    expect(r.state).toBe('anchored');
    expect(r.start).toBe(next.indexOf(line));
  });
});

describe('newSentences', () => {
  it('proposes only sentences that touch inserted text and no kept claim', () => {
    const next = OLD.replace('The council meets again next week.', 'The council meets again next week. Rents rose 9 percent in 2025.');
    const map = new OffsetMap(wordDiff(OLD, next));
    const added = next.indexOf('Rents rose');
    const council = next.indexOf('The council');
    const candidates = [
      { start: added, end: next.length, unit: 'rents' },
      { start: council, end: council + 'The council meets again next week.'.length, unit: 'council' },
    ];
    expect(newSentences(candidates, [], map).map((c) => c.unit)).toEqual(['rents']);
    expect(newSentences(candidates, [{ start: added, end: added + 5 }], map)).toEqual([]);
  });
});

describe('wordDiff', () => {
  it('gives back both texts exactly', () => {
    const next = OLD.replace('Monday', 'Tuesday evening').replace('The council meets again next week.', '');
    const parts = wordDiff(OLD, next);
    expect(parts.filter((p) => p.kind !== 'added').map((p) => p.text).join('')).toBe(OLD);
    expect(parts.filter((p) => p.kind !== 'removed').map((p) => p.text).join('')).toBe(next);
    expect(parts.filter((p) => p.kind === 'added').map((p) => p.text.trim())).toContain('Tuesday evening');
  });
});

describe('reanchor property: an untouched claim stays exactly anchored', () => {
  const WORDS = 'the city council said budget rose fell percent million police report mayor new year school tax road data'.split(' ');

  function randomText(rand: () => number, sentences: number): string {
    const out: string[] = [];
    for (let i = 0; i < sentences; i++) {
      const n = 6 + Math.floor(rand() * 10);
      const words = Array.from({ length: n }, () => WORDS[Math.floor(rand() * WORDS.length)]);
      words.push(String(Math.floor(rand() * 1000)));
      out.push(words.join(' ').replace(/^./, (c) => c.toUpperCase()) + '.');
    }
    return out.join(rand() < 0.5 ? ' ' : '\n');
  }

  it('holds over random edits (seed printed; replay with REANCHOR_SEED)', () => {
    const seed = Number(process.env.REANCHOR_SEED ?? Date.now() % 1_000_000_007);
    console.log(`reanchor property seed ${seed} (REANCHOR_SEED=${seed} to replay)`);
    const rand = seededRandom(seed);
    for (let run = 0; run < 60; run++) {
      const body = randomText(rand, 20);
      // claims on whole sentences
      const sentences = [...body.matchAll(/[^ \n][^.]*\./g)].map((m) => ({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length }));
      const anchors = sentences.map((s, i) => ({ id: `c${i}`, ...selectorFor(body, s.start, s.end) }));
      // edit a few random sentences (replace, delete, or insert a new one before them)
      const edited = new Set<number>();
      let next = '';
      let cursor = 0;
      for (let i = 0; i < sentences.length; i++) {
        const s = sentences[i];
        next += body.slice(cursor, s.start);
        const roll = rand();
        if (roll < 0.1) {
          edited.add(i);
          next += randomText(rand, 1);
        } else if (roll < 0.18) {
          edited.add(i);
          next += '';
        } else if (roll < 0.26) {
          next += randomText(rand, 1) + ' ' + body.slice(s.start, s.end);
        } else {
          next += body.slice(s.start, s.end);
        }
        cursor = s.end;
      }
      next += body.slice(cursor);
      const { results } = reanchor(body, next, anchors);
      const where = `seed ${seed} run ${run}`;
      results.forEach((r, i) => {
        if (edited.has(i)) return;
        expect(r.state, `${where} claim ${i}`).toBe('anchored');
        expect(next.slice(r.start, r.end), `${where} claim ${i}`).toBe(anchors[i].quote);
      });
    }
  });
});

describe('readableDiff', () => {
  it('shows a rewritten sentence as one removed and one added passage, and keeps both texts', () => {
    const old = 'Intro. Police reported 312 burglaries last year. End.';
    const next = 'Intro. Critics argue that the plan is bad. End.';
    const parts = readableDiff(wordDiff(old, next));
    expect(parts.filter((p) => p.kind !== 'added').map((p) => p.text).join('')).toBe(old);
    expect(parts.filter((p) => p.kind !== 'removed').map((p) => p.text).join('')).toBe(next);
    expect(parts.filter((p) => p.kind === 'removed')).toHaveLength(1);
    expect(parts.filter((p) => p.kind === 'added')).toHaveLength(1);
  });

  it('keeps a single changed word on its own', () => {
    const parts = readableDiff(wordDiff('finished by 2026 at last.', 'finished by 2027 at last.'));
    expect(parts).toEqual([
      { kind: 'same', text: 'finished by ' },
      { kind: 'removed', text: '2026' },
      { kind: 'added', text: '2027' },
      { kind: 'same', text: ' at last.' },
    ]);
  });
});
