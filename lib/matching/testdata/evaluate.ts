/**
 * Scores a matcher on labelled pairs: per class precision and recall of the kind it gives, and
 * retrieval (rank a pool of claims by score for each query): precision at 1 for queries that have a
 * `same` partner, recall at 5 per class. Shared by scripts/eval-matching.ts and lib/matching/eval.test.ts.
 */
import type { ClaimForMatch, MatchKind } from '../index';
import type { EvalPair } from './load-pairs';
import type { PairLabel } from './pairs';

export interface Matcher {
  name: string;
  score(a: ClaimForMatch, b: ClaimForMatch): number;
  kind(a: ClaimForMatch, b: ClaimForMatch): MatchKind;
}

export const CLASSES: PairLabel[] = ['same', 'related', 'unrelated'];

export interface ClassFigures {
  precision: number;
  recall: number;
  support: number;
}

export interface Figures {
  matcher: string;
  pairs: number;
  kinds: Record<PairLabel, ClassFigures>;
  /** Share of pairs whose kind is right. */
  accuracy: number;
  /** Pairs labelled related (a changed number, negation, speaker…) that were called `same`. */
  relatedCalledSame: number;
  precisionAt1: number;
  recallAt5: Record<PairLabel, number>;
  queries: number;
}

export function kindFigures(matcher: Matcher, pairs: EvalPair[]): Pick<Figures, 'kinds' | 'accuracy' | 'relatedCalledSame'> {
  const predicted = pairs.map((p) => matcher.kind(p.a, p.b));
  const kinds = {} as Record<PairLabel, ClassFigures>;
  for (const c of CLASSES) {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    pairs.forEach((p, k) => {
      if (predicted[k] === c && p.label === c) tp++;
      else if (predicted[k] === c) fp++;
      else if (p.label === c) fn++;
    });
    kinds[c] = { precision: tp + fp ? tp / (tp + fp) : 0, recall: tp + fn ? tp / (tp + fn) : 0, support: tp + fn };
  }
  const accuracy = pairs.filter((p, k) => predicted[k] === p.label).length / pairs.length;
  const relatedCalledSame = pairs.filter((p, k) => p.label === 'related' && predicted[k] === 'same').length;
  return { kinds, accuracy, relatedCalledSame };
}

const keyOf = (c: ClaimForMatch) => `${c.speaker ?? ''}\u0000${c.text}`;

/**
 * Each pair gives two queries (a → b, b → a). The pool is every claim of the pairs plus the
 * distractors; the query itself (same wording and speaker) is left out of its own ranking.
 */
export function retrievalFigures(matcher: Matcher, pairs: EvalPair[], distractors: ClaimForMatch[]): Pick<Figures, 'precisionAt1' | 'recallAt5' | 'queries'> {
  const pool = new Map<string, ClaimForMatch>();
  for (const p of pairs) for (const c of [p.a, p.b]) pool.set(keyOf(c), c);
  for (const d of distractors) pool.set(keyOf(d), d);
  const items = [...pool.values()];
  const rankings = new Map<string, string[]>();
  const rank = (q: ClaimForMatch): string[] => {
    const k = keyOf(q);
    let r = rankings.get(k);
    if (!r) {
      r = items
        .filter((c) => keyOf(c) !== k)
        .map((c) => ({ k: keyOf(c), s: matcher.score(q, c) }))
        .sort((x, y) => y.s - x.s || (x.k < y.k ? -1 : 1))
        .slice(0, 5)
        .map((x) => x.k);
      rankings.set(k, r);
    }
    return r;
  };
  let sameQueries = 0;
  let sameTop1 = 0;
  const hits: Record<PairLabel, [number, number]> = { same: [0, 0], related: [0, 0], unrelated: [0, 0] };
  // the claims each query counts as its `same` partners (a claim can have several rewordings)
  const sameOf = new Map<string, Set<string>>();
  for (const p of pairs) {
    if (p.label !== 'same') continue;
    for (const [x, y] of [[p.a, p.b], [p.b, p.a]]) (sameOf.get(keyOf(x)) ?? sameOf.set(keyOf(x), new Set()).get(keyOf(x))!).add(keyOf(y));
  }
  for (const p of pairs) {
    for (const [q, partner] of [[p.a, p.b], [p.b, p.a]]) {
      if (keyOf(q) === keyOf(partner)) continue;
      const top = rank(q);
      hits[p.label][1]++;
      if (top.includes(keyOf(partner))) hits[p.label][0]++;
      if (p.label === 'same') {
        sameQueries++;
        if (sameOf.get(keyOf(q))!.has(top[0])) sameTop1++;
      }
    }
  }
  const recallAt5 = {} as Record<PairLabel, number>;
  for (const c of CLASSES) recallAt5[c] = hits[c][1] ? hits[c][0] / hits[c][1] : 0;
  return { precisionAt1: sameQueries ? sameTop1 / sameQueries : 0, recallAt5, queries: hits.same[1] + hits.related[1] + hits.unrelated[1] };
}

export function evaluate(matcher: Matcher, pairs: EvalPair[], distractors: ClaimForMatch[]): Figures {
  return { matcher: matcher.name, pairs: pairs.length, ...kindFigures(matcher, pairs), ...retrievalFigures(matcher, pairs, distractors) };
}

export function formatFigures(f: Figures): Record<string, string> {
  const pct = (x: number) => `${(x * 100).toFixed(1)}`;
  const row: Record<string, string> = { pairs: String(f.pairs), accuracy: pct(f.accuracy) };
  for (const c of CLASSES) row[`${c} P/R`] = `${pct(f.kinds[c].precision)} / ${pct(f.kinds[c].recall)} (n=${f.kinds[c].support})`;
  row['related→same'] = String(f.relatedCalledSame);
  row['P@1 (same)'] = pct(f.precisionAt1);
  for (const c of CLASSES) row[`R@5 ${c}`] = pct(f.recallAt5[c]);
  return row;
}
