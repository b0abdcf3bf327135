import { describe, expect, it } from 'vitest';
import { averagePrecision, dataDir, hasData, HELD_OUT_DEBATES, isHeldOut, loadRows, rocAuc, scoreRow, type Row } from './data';
import { evaluateNews } from './news-check';

/**
 * The learned score against today's hand-weighted one on rows training never saw: whole CLEF-2019
 * debates and a fixed-seed fifth of ClaimBuster (../shared/data/checkworthiness).
 */
describe('learned check-worthiness on the held-out split', () => {
  // The labelled data stays in the shared folder (its licences forbid copying it here); without it
  // these comparisons cannot run and say so instead of failing on a missing file.
  const all: Row[] = hasData() ? loadRows() : [];
  const rows = all.filter(isHeldOut);
  const absent = () => {
    if (all.length > 0) return false;
    console.warn(`check-worthiness data absent (${dataDir()}): set CLAIMDESK_SHARED_DIR or CHECKWORTHINESS_DATA`);
    return true;
  };

  it('holds out whole debates, never single sentences of a trained debate', () => {
    if (absent()) return;
    const clef = all.filter((r) => r.dataset === 'clef');
    for (const r of clef) expect(isHeldOut(r)).toBe(HELD_OUT_DEBATES.includes(r.debate ?? ''));
    const share = clef.filter(isHeldOut).length / clef.length;
    expect(share).toBeGreaterThan(0.15);
    expect(share).toBeLessThan(0.25);
  });

  for (const dataset of ['claimbuster', 'clef'] as const) {
    it(`${dataset}: beats the hand-weighted score on ROC AUC and average precision by a margin`, () => {
      if (absent()) return;
      const part = rows.filter((r) => r.dataset === dataset);
      const labels = part.map((r) => r.label);
      const scored = part.map((r) => scoreRow(r.text));
      const learned = scored.map((s) => s.learned);
      const hand = scored.map((s) => s.hand);
      const auc = { hand: rocAuc(hand, labels), learned: rocAuc(learned, labels) };
      const ap = { hand: averagePrecision(hand, labels), learned: averagePrecision(learned, labels) };
      console.log(dataset, { auc, ap });
      expect(auc.learned).toBeGreaterThan(auc.hand + 0.04);
      expect(ap.learned).toBeGreaterThan(ap.hand + 0.03);
    });
  }

  it('news check set (written here): credits and captions score 0 and claims still rank above non-claims', () => {
    const news = evaluateNews();
    for (const r of news.rows) if (r.label === 'X') expect(r.learned, r.text).toBe(0);
    expect(news.aucLearned).toBeGreaterThan(0.9);
  });
});

describe('metrics', () => {
  it('computes ROC AUC and average precision with ties', () => {
    expect(rocAuc([0.9, 0.8, 0.1, 0.2], [1, 1, 0, 0])).toBe(1);
    expect(rocAuc([0.5, 0.5], [1, 0])).toBe(0.5);
    expect(averagePrecision([0.9, 0.8, 0.1], [1, 0, 1])).toBeCloseTo((1 + 2 / 3) / 2);
    expect(averagePrecision([0.5, 0.5], [1, 0])).toBe(0.5);
  });
});
