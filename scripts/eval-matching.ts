/**
 * Claim matching on the labelled pairs (lib/matching/testdata): per class precision / recall of the
 * kind, precision at 1 and recall at 5 of retrieval, for the matcher and two baselines run here.
 *   npm run eval:matching              held-out half (the figures in NOTES)
 *   npm run eval:matching -- --dev     development half (the only one used for tuning)
 *   npm run eval:matching -- --dev --errors   the development pairs given the wrong kind
 */
import { compareClaims } from '@/lib/matching';
import { matchers } from '@/lib/matching/testdata/baselines';
import { evaluate, formatFigures } from '@/lib/matching/testdata/evaluate';
import { CHECKWORTHINESS_DIR, loadPairs } from '@/lib/matching/testdata/load-pairs';

const args = process.argv.slice(2);
const set = loadPairs();
if (!set) {
  console.error(`shared data absent (${CHECKWORTHINESS_DIR}): the labelled pairs refer to its sentences by id`);
  process.exit(1);
}
const half = args.includes('--dev') ? set.dev : set.heldOut;
console.log(`${args.includes('--dev') ? 'development' : 'held-out'} half: ${half.length} pairs (${['same', 'related', 'unrelated'].map((c) => `${half.filter((p) => p.label === c).length} ${c}`).join(', ')}), pool ${set.distractors.length} distractors`);
const table: Record<string, Record<string, string>> = {};
for (const m of matchers(set.dev)) table[m.name] = formatFigures(evaluate(m, half, set.distractors));
console.table(table);
if (args.includes('--errors')) {
  for (const p of half) {
    const r = compareClaims(p.a, p.b);
    if (r.kind === p.label) continue;
    console.log(`\n[${p.label} → ${r.kind}] ${r.score} ${p.source} ${p.how ?? ''}\n  A: ${p.a.text} (${p.a.speaker ?? '-'})\n  B: ${p.b.text} (${p.b.speaker ?? '-'})\n  ${r.reasons.join('; ')}`);
  }
}
