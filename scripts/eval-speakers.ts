/**
 * Speaker attribution accuracy on hand-labelled real sentences (lib/claims/testdata/speakers).
 * `npx tsx scripts/eval-speakers.ts [--test] [--show dev|test|all]`: accuracy on the dev split (and with
 * `--test` the held-out split, meant to stay unseen while tuning); `--show` lists the misses of a split.
 */
import { extractClaims, type ClaimUnit } from '../lib/claims';
import { SPEAKER_LABELS, splitOf, type SpeakerLabel } from '../lib/claims/testdata/speakers/labels';
import { loadSource, type SourceDoc } from '../lib/claims/testdata/speakers/sources';

const show = process.argv.includes('--show') ? process.argv[process.argv.indexOf('--show') + 1] : null;
const docs = new Map<string, { doc: SourceDoc; units: ClaimUnit[] } | null>();

function unitFor(l: SpeakerLabel): { unit: ClaimUnit | undefined; sentence: string } | null {
  if (!docs.has(l.doc)) {
    const doc = loadSource(l.doc);
    docs.set(l.doc, doc ? { doc, units: extractClaims(doc.text) } : null);
  }
  const d = docs.get(l.doc);
  if (!d) return null;
  if (typeof l.sent === 'string') {
    const unit = d.units.find((u) => u.text.startsWith(l.sent as string));
    return { unit, sentence: unit?.text ?? String(l.sent) };
  }
  const [s, e] = d.doc.sentences[l.sent];
  let at = s;
  while (/\s|["“”'‘]/.test(d.doc.text[at] ?? '') && at < e) at++;
  const unit = d.units.find((u) => u.start <= at && at < u.end) ?? d.units.find((u) => u.start >= s && u.start < e);
  return { unit, sentence: d.doc.text.slice(s, e) };
}

const tally = { dev: { n: 0, ok: 0, tn: 0, tok: 0, missing: 0 }, test: { n: 0, ok: 0, tn: 0, tok: 0, missing: 0 } };
for (const l of SPEAKER_LABELS) {
  const split = splitOf(l);
  const t = tally[split];
  const found = unitFor(l);
  if (!found) {
    t.missing++;
    continue;
  }
  const got = found.unit?.speaker ?? null;
  const ok = l.speaker === null ? got === null : got !== null && l.speaker.includes(got.replace(/\s+/g, ' '));
  t.n++;
  if (ok) t.ok++;
  let titleOk = true;
  if (l.title !== undefined) {
    t.tn++;
    titleOk = ok && found.unit?.attribution.speakerTitle === l.title;
    if (titleOk) t.tok++;
  }
  if ((!ok || !titleOk) && (show === split || show === 'all')) {
    console.log(`✗ ${l.doc}#${l.sent}  want ${JSON.stringify(l.speaker)}${l.title ? ` (${l.title})` : ''}  got ${JSON.stringify(got)} (${found.unit?.attribution.speakerTitle ?? '-'}, ${found.unit?.attribution.kind})\n    ${found.sentence.slice(0, 220)}`);
  }
}
const splits = process.argv.includes('--test') || show === 'test' || show === 'all' ? (['dev', 'test'] as const) : (['dev'] as const);
for (const split of splits) {
  const t = tally[split];
  const pct = (a: number, b: number) => (b ? ((100 * a) / b).toFixed(1) : '-');
  console.log(`${split}: speaker ${t.ok}/${t.n} = ${pct(t.ok, t.n)} %; title ${t.tok}/${t.tn} = ${pct(t.tok, t.tn)} %${t.missing ? `; ${t.missing} labels without their source` : ''}`);
}
