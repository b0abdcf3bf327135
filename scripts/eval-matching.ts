/**
 * Claim matching on the labelled pairs (lib/matching/testdata): per class precision / recall of the
 * kind, precision at 1 and recall at 5 of retrieval, for the matcher and two baselines run here.
 *   npm run eval:matching              held-out half (the figures in NOTES)
 *   npm run eval:matching -- --dev     development half (the only one used for tuning)
 *   npm run eval:matching -- --dev --errors   the development pairs given the wrong kind
 *   npm run eval:matching -- --tune    the thresholds with the best macro F1 on the development half
 *   npm run eval:matching -- --pool 3000   retrieval among 3,000 distractors instead of 400
 */
import { compareClaims } from '@/lib/matching';
import { THRESHOLDS } from '@/lib/matching/compare';
import { claimdesk, matchers } from '@/lib/matching/testdata/baselines';
import { evaluate, formatFigures, kindFigures } from '@/lib/matching/testdata/evaluate';
import { CHECKWORTHINESS_DIR, loadPairs } from '@/lib/matching/testdata/load-pairs';

const args = process.argv.slice(2);
const poolAt = args.indexOf('--pool');
const set = loadPairs(60, poolAt >= 0 ? Number(args[poolAt + 1]) : 400);
if (!set) {
  console.error(`shared data absent (${CHECKWORTHINESS_DIR}): the labelled pairs refer to its sentences by id`);
  process.exit(1);
}
if (args.includes('--tune')) {
  const start = { ...THRESHOLDS };
  const results: { t: typeof THRESHOLDS; f1: number; bad: number }[] = [];
  for (let containment = 0; containment <= 0.81; containment += 0.1) {
    for (let same = 0.4; same <= 0.86; same += 0.05) {
      for (let related = 0.1; related < same; related += 0.05) {
        Object.assign(THRESHOLDS, { same, related, containment });
        const { kinds, relatedCalledSame } = kindFigures(claimdesk, set.dev);
        const f1 = (['same', 'related', 'unrelated'] as const).reduce((acc, c) => acc + (kinds[c].precision + kinds[c].recall ? (2 * kinds[c].precision * kinds[c].recall) / (kinds[c].precision + kinds[c].recall) : 0), 0) / 3;
        results.push({ t: { same, related, containment }, f1, bad: relatedCalledSame });
      }
    }
  }
  results.sort((x, y) => y.f1 - x.f1);
  for (const r of results.slice(0, 10)) console.log(`macro F1 ${r.f1.toFixed(3)}  related→same ${r.bad}  same ≥ ${r.t.same.toFixed(2)} related ≥ ${r.t.related.toFixed(2)} containment ${r.t.containment.toFixed(1)}`);
  Object.assign(THRESHOLDS, start);
  process.exit(0);
}
const half = args.includes('--dev') ? set.dev : set.heldOut;
console.log(`${args.includes('--dev') ? 'development' : 'held-out'} half: ${half.length} pairs (${['same', 'related', 'unrelated'].map((c) => `${half.filter((p) => p.label === c).length} ${c}`).join(', ')}), pool ${set.distractors.length} distractors`);
const table: Record<string, Record<string, string>> = {};
for (const m of matchers(set.dev, true)) table[m.name] = formatFigures(evaluate(m, half, set.distractors));
console.table(table);
if (args.includes('--errors')) {
  for (const p of half) {
    const r = compareClaims(p.a, p.b);
    if (r.kind === p.label) continue;
    console.log(`\n[${p.label} → ${r.kind}] ${r.score} ${p.source} ${p.how ?? ''}\n  A: ${p.a.text} (${p.a.speaker ?? '-'})\n  B: ${p.b.text} (${p.b.speaker ?? '-'})\n  ${r.reasons.join('; ')}`);
  }
}
