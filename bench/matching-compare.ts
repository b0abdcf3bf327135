/**
 * Claim matching speed: one claim against 200 candidates, as the "checked before" service does for
 * each claim of an article after the database's trigram index returned its candidates. Beside it, in
 * the same run and on the same claims, a plain word-set Jaccard (lower-case words, set overlap).
 *
 *   npm run bench:compare            (tsx bench/matching-compare.ts)
 *
 * Claims are the sentences of the benchmark corpus (bench/corpus, seeded, no shared data needed).
 * Three ways of measuring the matcher:
 * - cold: every candidate analysed from its text (analyzeClaim + compare), no analysis cached;
 *   word stems of earlier claims stay cached, as they do in a running server;
 * - warm: compareClaims, whose analyses of recently seen wordings are cached (candidates recur
 *   across the claims of an article and across articles);
 * - the baseline: word Jaccard, recomputed from the texts for every pair.
 * Judged on CPU time (process.cpuUsage) because the machine is shared; wall time is printed too.
 * Exit code 1 when cold matching of one claim against 200 candidates takes 10 ms or more.
 */
import { extractClaims } from '../lib/claims';
import { compareClaims, type ClaimForMatch } from '../lib/matching';
import { analyzeClaim } from '../lib/matching/analyze';
import { compareAnalyzed } from '../lib/matching/compare';
import { wordJaccard } from '../lib/matching/testdata/baselines';
import { seededRandom } from '../lib/random';
import { benchCorpus } from './corpus/generate';

const CANDIDATES = 200;
const QUERIES = 100;
const TARGET_MS = 10;
const ROUNDS = 3;

function claims(): ClaimForMatch[] {
  const seen = new Set<string>();
  const out: ClaimForMatch[] = [];
  for (const doc of benchCorpus(400_000)) {
    for (const u of extractClaims(doc)) {
      if (u.kind !== 'sentence' || u.claimText.length < 30 || seen.has(u.claimText)) continue;
      seen.add(u.claimText);
      out.push({ text: u.claimText, speaker: u.speaker });
    }
  }
  return out;
}

function time(fn: () => number): { wall: number; cpu: number; sink: number } {
  const c0 = process.cpuUsage();
  const w0 = performance.now();
  const sink = fn();
  const wall = performance.now() - w0;
  const c = process.cpuUsage(c0);
  return { wall, cpu: (c.user + c.system) / 1000, sink };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function main(): void {
  const all = claims();
  const rnd = seededRandom(7);
  // distinct candidate sets per query, so the cold run never meets the same wording twice in a round
  const pick = () => all[Math.floor(rnd() * all.length)];
  const sets = Array.from({ length: QUERIES }, () => ({ q: pick(), cands: Array.from({ length: CANDIDATES }, pick) }));
  console.log(`${all.length} distinct claims from the benchmark corpus; ${QUERIES} queries × ${CANDIDATES} candidates per round, ${ROUNDS} rounds`);
  // the vocabulary of the corpus is seen once, as in a server that has been running for a while
  for (const c of all) analyzeClaim(c.text);

  const runs: Record<string, { wall: number; cpu: number }[]> = { cold: [], warm: [], jaccard: [] };
  for (let r = 0; r < ROUNDS; r++) {
    runs.jaccard.push(
      time(() => {
        let s = 0;
        for (const { q, cands } of sets) for (const c of cands) s += wordJaccard(q.text, c.text);
        return s;
      }),
    );
    runs.cold.push(
      time(() => {
        let s = 0;
        for (const { q, cands } of sets) {
          const qa = analyzeClaim(q.text);
          for (const c of cands) s += compareAnalyzed(qa, analyzeClaim(c.text), null, null).score;
        }
        return s;
      }),
    );
    runs.warm.push(
      time(() => {
        let s = 0;
        for (const { q, cands } of sets) for (const c of cands) s += compareClaims(q, c).score;
        return s;
      }),
    );
  }
  const per = (name: string, k: 'wall' | 'cpu') => median(runs[name].map((t) => t[k])) / QUERIES;
  const rows: Record<string, Record<string, string>> = {};
  for (const name of ['cold', 'warm', 'jaccard']) {
    rows[name === 'jaccard' ? 'word Jaccard (baseline)' : `claimdesk ${name}`] = {
      'ms CPU per claim × 200': per(name, 'cpu').toFixed(3),
      'ms wall per claim × 200': per(name, 'wall').toFixed(3),
      'µs CPU per pair': ((per(name, 'cpu') * 1000) / CANDIDATES).toFixed(2),
      'ratio to baseline': (per(name, 'cpu') / per('jaccard', 'cpu')).toFixed(2),
    };
  }
  console.table(rows);
  const cold = per('cold', 'cpu');
  console.log(`one claim against ${CANDIDATES} candidates, cold: ${cold.toFixed(2)} ms CPU (target < ${TARGET_MS} ms); a 100-claim article against 200 candidates each: ${((cold * 100) / 1000).toFixed(2)} s cold, ${((per('warm', 'cpu') * 100) / 1000).toFixed(2)} s warm`);
  if (cold >= TARGET_MS) {
    console.error('target missed');
    process.exit(1);
  }
}

main();
