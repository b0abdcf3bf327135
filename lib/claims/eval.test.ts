/**
 * Sentence boundaries on text nobody here wrote, against every JavaScript segmenter: the held-out
 * half of GUM (web-paste layout, shared data set), press reportage from Brown in two layouts, and
 * the golden rules of Pragmatic Segmenter. Tuning looked only at GUM's development half and at
 * Brown's other categories (see NOTES-segment.md).
 */
import { describe, expect, it } from 'vitest';
import { extractClaims } from './index';
import { SEGMENTERS } from './testdata/competitors';
import { evaluate, f1, GUM_PATH, loadBrown, loadGum, splitGum, type EvalDoc } from './testdata/eval-data';
import { GOLDEN_RULES } from './testdata/golden-rules';

const claimdesk = (text: string): string[] => extractClaims(text).map((u) => u.text);
const others = Object.entries(SEGMENTERS).filter(([name]) => name !== 'claimdesk');

function table(docs: EvalDoc[]): { ours: number; best: number; bestName: string } {
  const ours = f1(evaluate(docs, claimdesk)).f1;
  let best = 0;
  let bestName = '';
  const row: Record<string, string> = { claimdesk: ours.toFixed(3) };
  for (const [name, seg] of others) {
    const v = f1(evaluate(docs, seg)).f1;
    row[name] = v.toFixed(3);
    if (v > best) {
      best = v;
      bestName = name;
    }
  }
  console.table(row);
  return { ours, best, bestName };
}

const gum = loadGum();

describe('sentence boundaries on held-out real text', () => {
  it('beats every JS segmenter on the held-out half of GUM by at least 0.02 boundary F1', () => {
    if (!gum) {
      console.warn(`GUM data absent (${GUM_PATH}): this comparison needs ../shared/data/segmentation/gum_dev_docs.json`);
      return;
    }
    const { heldOut } = splitGum(gum);
    expect(heldOut.length).toBeGreaterThan(20);
    const r = table(heldOut);
    expect(r.ours, `best competitor ${r.bestName} ${r.best.toFixed(3)}`).toBeGreaterThan(r.best + 0.02);
  }, 180_000);

  it('makes under 3/4 of the boundary errors of the best JS segmenter on Brown press reportage laid out both ways', () => {
    const docs = [...(loadBrown('heldOut', 'paragraph-lines', 0, 8) ?? []), ...(loadBrown('heldOut', 'hard-wrapped', 0, 8) ?? [])];
    expect(docs.length).toBe(16);
    const r = table(docs);
    // every segmenter is near the ceiling here: the margin is asked for as errors, at most 3/4 of the best one's
    expect(1 - r.ours, `best competitor ${r.bestName} ${r.best.toFixed(3)}`).toBeLessThan(0.75 * (1 - r.best));
  }, 180_000);

  it('passes more of the Pragmatic Segmenter golden rules than any JS segmenter', () => {
    const exact = (seg: (t: string) => string[]) => GOLDEN_RULES.filter((r) => JSON.stringify(seg(r.text).map((s) => s.trim())) === JSON.stringify(r.units)).length;
    const ours = exact(claimdesk);
    const row: Record<string, number> = { claimdesk: ours };
    for (const [name, seg] of others) row[name] = exact(seg);
    console.table(row);
    expect(ours).toBe(GOLDEN_RULES.length);
    for (const [name] of others) expect(ours, name).toBeGreaterThan(row[name]);
  }, 60_000);
});
