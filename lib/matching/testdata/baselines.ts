/**
 * The competitors the matcher is measured against, in the same run: a plain word-set Jaccard (the
 * contract's first version) and PostgreSQL pg_trgm's `similarity()` on the raw wording (what the
 * database's trigram index ranks by, reproduced here: words lower-cased, padded with two spaces in
 * front and one behind, trigram sets compared by Jaccard). Their two thresholds (same / related) are
 * chosen on the development half, as the matcher's were.
 */
import { compareClaims, matchKey, type ClaimForMatch, type MatchKind } from '../index';
import type { EvalPair } from './load-pairs';
import { CLASSES, kindFigures, type Matcher } from './evaluate';

const WORD = /[\p{L}\p{N}]+/gu;
export function words(text: string): string[] {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().match(WORD) ?? [];
}

/** Word Jaccard as the contract's first version computed it: word sets made from the texts every time. */
export function wordJaccard(a: string, b: string): number {
  const wa = new Set(words(a));
  const wb = new Set(words(b));
  let shared = 0;
  for (const w of wa) if (wb.has(w)) shared++;
  const union = wa.size + wb.size - shared;
  return union === 0 ? 0 : shared / union;
}

const trigramCache = new Map<string, Set<string>>();
export function trigrams(text: string): Set<string> {
  const hit = trigramCache.get(text);
  if (hit) return hit;
  const out = new Set<string>();
  for (const w of words(text)) {
    const p = `  ${w} `;
    for (let i = 0; i + 3 <= p.length; i++) out.add(p.slice(i, i + 3));
  }
  if (trigramCache.size > 50_000) trigramCache.clear();
  trigramCache.set(text, out);
  return out;
}

/** pg_trgm `similarity(a, b)`. */
export function trigramSimilarity(a: string, b: string): number {
  const ta = trigrams(a);
  const tb = trigrams(b);
  let shared = 0;
  for (const t of ta) if (tb.has(t)) shared++;
  const union = ta.size + tb.size - shared;
  return union === 0 ? 0 : shared / union;
}

function thresholdMatcher(name: string, score: (a: string, b: string) => number, same: number, related: number): Matcher {
  const memo = new Map<string, number>();
  const cached = (a: string, b: string) => {
    const k = `${a}\u0000${b}`;
    let v = memo.get(k);
    if (v === undefined) memo.set(k, (v = score(a, b)));
    return v;
  };
  return {
    name: `${name} (same ≥ ${same.toFixed(2)}, related ≥ ${related.toFixed(2)})`,
    score: (a, b) => score(a.text, b.text),
    kind: (a, b): MatchKind => {
      const s = cached(a.text, b.text);
      return s >= same ? 'same' : s >= related ? 'related' : 'unrelated';
    },
  };
}

/** The two thresholds with the best macro F1 of the kinds on `dev`. */
export function tunedBaseline(name: string, raw: (a: string, b: string) => number, dev: EvalPair[]): Matcher {
  const memo = new Map<string, number>();
  const score = (a: string, b: string) => {
    const k = `${a}\u0000${b}`;
    let v = memo.get(k);
    if (v === undefined) memo.set(k, (v = raw(a, b)));
    return v;
  };
  let best: Matcher | null = null;
  let bestF1 = -1;
  for (let s = 0.1; s <= 0.95; s += 0.05) {
    for (let r = 0.05; r < s; r += 0.05) {
      const m = thresholdMatcher(name, score, s, r);
      const { kinds } = kindFigures(m, dev);
      const f1 = CLASSES.reduce((acc, c) => acc + (kinds[c].precision + kinds[c].recall ? (2 * kinds[c].precision * kinds[c].recall) / (kinds[c].precision + kinds[c].recall) : 0), 0) / 3;
      if (f1 > bestF1) {
        bestF1 = f1;
        best = m;
      }
    }
  }
  return best!;
}

export const claimdesk: Matcher = {
  name: 'claimdesk matcher',
  score: (a: ClaimForMatch, b: ClaimForMatch) => compareClaims(a, b).score,
  kind: (a: ClaimForMatch, b: ClaimForMatch) => compareClaims(a, b).kind,
};

/**
 * The matcher and the two baselines; with `withKey`, also pg_trgm on `matchKey` (what the database's
 * candidate retrieval ranks by: its recall at 5 says how well the stored key finds candidates).
 */
export function matchers(dev: EvalPair[], withKey = false): Matcher[] {
  const out = [claimdesk, tunedBaseline('pg_trgm similarity', trigramSimilarity, dev), tunedBaseline('word Jaccard', wordJaccard, dev)];
  if (withKey) out.push(tunedBaseline('pg_trgm on matchKey', (a, b) => trigramSimilarity(matchKey(a), matchKey(b)), dev));
  return out;
}
