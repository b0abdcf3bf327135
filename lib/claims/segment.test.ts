import { describe, expect, it } from 'vitest';
import { extractClaims } from './index';
import { SEGMENTERS, scoreCase } from './testdata/competitors';
import { SEGMENT_CASES, SEGMENT_CATEGORIES } from './testdata/segment-cases';

describe('segmentation regression corpus', () => {
  for (const c of SEGMENT_CASES) {
    it(`[${c.category}] ${JSON.stringify(c.text.slice(0, 70))}`, () => {
      const units = extractClaims(c.text).filter((u) => u.duplicateOf === undefined);
      for (const u of units) expect(c.text.slice(u.start, u.end)).toBe(u.text);
      expect(units.map((u) => u.text)).toEqual(c.units);
    });
  }
});

describe('comparison with other segmenters', () => {
  it('is at least as good as the best of wink-nlp, compromise, sbd, sentence-splitter and Intl.Segmenter in every category', () => {
    const names = Object.keys(SEGMENTERS);
    const rows: Record<string, Record<string, string>> = {};
    const f1: Record<string, Record<string, number>> = {};
    for (const cat of SEGMENT_CATEGORIES) {
      const cases = SEGMENT_CASES.filter((c) => c.category === cat);
      rows[cat] = {};
      f1[cat] = {};
      for (const name of names) {
        let exact = 0;
        let sum = 0;
        for (const c of cases) {
          const r = scoreCase(c.units, SEGMENTERS[name](c.text));
          sum += r.f1;
          if (r.exact) exact++;
        }
        f1[cat][name] = sum / cases.length;
        rows[cat][name] = `${exact}/${cases.length} ${(sum / cases.length).toFixed(2)}`;
      }
    }
    console.log('cases exactly right / mean unit F1, per category');
    console.table(rows);
    for (const cat of SEGMENT_CATEGORIES) {
      const best = Math.max(...names.filter((n) => n !== 'claimdesk').map((n) => f1[cat][n]));
      expect(f1[cat].claimdesk, cat).toBeGreaterThanOrEqual(best);
    }
  }, 60_000);
});
