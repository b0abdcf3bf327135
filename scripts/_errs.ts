import { extractClaims } from '../lib/claims';
import { boundaries, loadGum, splitGum, loadBrown } from '../lib/claims/testdata/eval-data';
const which = process.argv[2] ?? 'gum';
const docs = which === 'gum' ? splitGum(loadGum()!).dev : loadBrown('dev', which as 'hard-wrapped', 2)!;
for (const doc of docs) {
  const flat = doc.text.replace(/\s+/g, '');
  const gold = boundaries(doc.text, doc.expected);
  const pred = boundaries(doc.text, extractClaims(doc.text, { includeDuplicates: true }).map((u) => u.text));
  const show = (b: number) => `${flat.slice(Math.max(0, b - 45), b)} ‖ ${flat.slice(b, b + 35)}`;
  for (const b of pred) if (!gold.has(b)) console.log(doc.id.slice(4, 14), 'FP', show(b));
  for (const b of gold) if (!pred.has(b)) console.log(doc.id.slice(4, 14), 'FN', show(b));
}
