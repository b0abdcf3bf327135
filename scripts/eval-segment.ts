/**
 * Sentence-boundary evaluation on text nobody here wrote (GUM as pasted from the web, Brown in two
 * layouts) for Claimdesk beside every JavaScript segmenter we know of.
 *
 *   npm run eval:segment            all sets
 *   npm run eval:segment -- --dev   only the development halves (what tuning may look at)
 *   npm run eval:segment -- --errors GUM_bio_byron   Claimdesk's wrong boundaries in one document
 */
import { extractClaims } from '../lib/claims';
import { SEGMENTERS } from '../lib/claims/testdata/competitors';
import { boundaries, evaluate, f1, loadBrown, loadGum, splitGum, type EvalDoc } from '../lib/claims/testdata/eval-data';

const args = process.argv.slice(2);
const devOnly = args.includes('--dev');
const errorsFor = args.includes('--errors') ? args[args.indexOf('--errors') + 1] : null;

const claimdesk = (text: string): string[] => extractClaims(text, { includeDuplicates: true }).map((u) => u.text);
const contenders: Record<string, (t: string) => string[]> = { ...SEGMENTERS, claimdesk };

const sets: [string, EvalDoc[]][] = [];
const gum = loadGum();
if (gum) {
  const { dev, heldOut } = splitGum(gum);
  sets.push(['GUM dev', dev]);
  if (!devOnly) sets.push(['GUM held-out', heldOut]);
} else console.log('GUM file absent: ../shared/data/segmentation/gum_dev_docs.json');
for (const layout of ['paragraph-lines', 'hard-wrapped'] as const) {
  const dev = loadBrown('dev', layout, 2);
  if (dev) sets.push([`Brown dev (${layout})`, dev]);
  if (!devOnly) {
    const held = loadBrown('heldOut', layout, 0, 22);
    if (held) sets.push([`Brown news held-out (${layout})`, held]);
  }
}

if (errorsFor) {
  const doc = sets.flatMap(([, d]) => d).find((d) => d.id === errorsFor);
  if (!doc) throw new Error(`no document ${errorsFor}`);
  const flat = doc.text.replace(/\s+/g, '');
  const gold = boundaries(doc.text, doc.expected);
  const pred = boundaries(doc.text, claimdesk(doc.text));
  const show = (b: number) => `${flat.slice(Math.max(0, b - 50), b)} ‖ ${flat.slice(b, b + 40)}`;
  for (const b of pred) if (!gold.has(b)) console.log('FP', show(b));
  for (const b of gold) if (!pred.has(b)) console.log('FN', show(b));
  process.exit(0);
}

const table: Record<string, Record<string, string>> = {};
for (const [name, docs] of sets) {
  const row: Record<string, string> = {};
  for (const [who, seg] of Object.entries(contenders)) {
    const c = evaluate(docs, seg);
    const s = f1(c);
    row[who] = `${s.f1.toFixed(3)} (P ${s.p.toFixed(2)} R ${s.r.toFixed(2)}) ${c.exactDocs}/${c.docs}`;
  }
  table[`${name} [${docs.length} docs]`] = row;
}
console.log('sentence-boundary F1 (whitespace squashed), precision and recall, documents exactly right');
console.table(table);
