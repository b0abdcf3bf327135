/**
 * Turns the labelled pairs (pairs.ts) into claims: shared sentences are read by id from
 * ../shared/data/checkworthiness (never copied here), fixture sentences from the seed article
 * (prisma/fixtures). Adds unrelated pairs of random check-worthy sentences and a pool of distractors,
 * and splits everything into a development half and a held-out half by the pair's first claim, so a
 * claim and its rewordings never sit on both sides.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { extractClaims, wordingSpan } from '@/lib/claims';
import { sharedDir } from '@/lib/claims/testdata/shared-data';
import { seededRandom } from '@/lib/random';
import type { ClaimForMatch } from '../index';
import { LABELLED_PAIRS, type ClaimRef, type LabelledPair, type PairLabel } from './pairs';

export const CHECKWORTHINESS_DIR = path.join(sharedDir(), 'data/checkworthiness');
const FIXTURE_DIR = path.resolve(__dirname, '../../../prisma/fixtures');
export const SPLIT_SEED = 20261201;

interface Row {
  id: string;
  text: string;
  label: number;
  speaker?: string;
}

export interface EvalPair {
  a: ClaimForMatch;
  b: ClaimForMatch;
  label: PairLabel;
  source: LabelledPair['source'];
  how?: string;
  /** The id or wording of the pair's first claim: the unit of the split. */
  group: string;
}

export interface PairSet {
  dev: EvalPair[];
  heldOut: EvalPair[];
  /** Check-worthy sentences in no pair, added to every retrieval pool. */
  distractors: ClaimForMatch[];
}

let rows: Map<string, Row> | null = null;

function loadRows(): Map<string, Row> | null {
  if (rows) return rows;
  const files = ['claimbuster_train.jsonl', 'clef2019_train.jsonl'].map((f) => path.join(CHECKWORTHINESS_DIR, f));
  if (!files.every(existsSync)) return null;
  rows = new Map();
  for (const f of files) {
    for (const line of readFileSync(f, 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const r = JSON.parse(line) as Row;
      rows.set(r.id, r);
    }
  }
  return rows;
}

const fixtures = new Map<string, string[]>();

function fixtureSentence(file: string, find: string): string {
  let sentences = fixtures.get(file);
  if (!sentences) {
    sentences = extractClaims(readFileSync(path.join(FIXTURE_DIR, file), 'utf8')).filter((u) => u.kind === 'sentence').map((u) => wordingSpan(u).text);
    fixtures.set(file, sentences);
  }
  const hit = sentences.find((s) => s.includes(find));
  if (!hit) throw new Error(`no sentence with "${find}" in ${file}`);
  return hit;
}

/** CLEF speakers are written in capitals ("TRUMP"); moderators and the audience are no speakers of claims. */
function rowSpeaker(r: Row): string | null {
  if (!r.speaker || ['QUESTION', 'SYSTEM', 'AUDIENCE', 'UNKNOWN'].includes(r.speaker)) return null;
  return r.speaker;
}

function resolve(ref: ClaimRef, data: Map<string, Row>): ClaimForMatch {
  if (ref.id) {
    const r = data.get(ref.id);
    if (!r) throw new Error(`unknown shared sentence ${ref.id}`);
    return { text: r.text, speaker: ref.speaker !== undefined ? ref.speaker : rowSpeaker(r) };
  }
  if (ref.fixture && ref.find) return { text: fixtureSentence(ref.fixture, ref.find), speaker: ref.speaker ?? null };
  return { text: ref.text ?? '', speaker: ref.speaker ?? null };
}

/**
 * A rewrite of a CLEF sentence keeps the row's speaker unless it names one; an unnamed side stays
 * unnamed so that "the speaker differs" is only ever what a pair says.
 */
function withSpeakers(p: LabelledPair, data: Map<string, Row>): [ClaimForMatch, ClaimForMatch] {
  const a = resolve(p.a, data);
  const b = resolve(p.b, data);
  if (p.source === 'repeat') return [{ ...a, speaker: null }, { ...b, speaker: null }];
  return [a, b];
}

const groupOf = (r: ClaimRef) => r.id ?? (r.fixture ? `${r.fixture}#${r.find}` : (r.text ?? ''));

/** The labelled pairs split in two halves, or null when the shared data is absent. */
export function loadPairs(randomPairs = 60, distractorCount = 400): PairSet | null {
  const data = loadRows();
  if (!data) return null;
  const pairs: EvalPair[] = LABELLED_PAIRS.map((p) => {
    const [a, b] = withSpeakers(p, data);
    return { a, b, label: p.label, source: p.source, how: p.how, group: groupOf(p.a) };
  });
  const used = new Set<string>();
  for (const p of LABELLED_PAIRS) for (const r of [p.a, p.b]) if (r.id) used.add(r.id);
  // check-worthy ClaimBuster sentences in no pair: random pairs of them are unrelated claims
  const pool = [...data.values()].filter((r) => r.id.startsWith('cb-') && r.label === 1 && !used.has(r.id) && r.text.length > 40).sort((x, y) => x.id.localeCompare(y.id));
  const rnd = seededRandom(SPLIT_SEED);
  const pick = () => pool.splice(Math.floor(rnd() * pool.length), 1)[0];
  for (let k = 0; k < randomPairs; k++) {
    const a = pick();
    const b = pick();
    pairs.push({ a: { text: a.text, speaker: null }, b: { text: b.text, speaker: null }, label: 'unrelated', source: 'random', group: a.id });
  }
  const own = Math.min(distractorCount, pool.length);
  const distractors = Array.from({ length: own }, () => ({ text: pick().text, speaker: null as string | null }));
  if (distractorCount > own) {
    // larger pools: any other debate sentence of some length, check-worthy or not
    const taken = new Set([...used, ...distractors.map((d) => d.text)]);
    const rest = [...data.values()].filter((r) => !taken.has(r.id) && !taken.has(r.text) && r.text.length > 40).sort((x, y) => x.id.localeCompare(y.id));
    const more = seededRandom(SPLIT_SEED + 2);
    while (distractors.length < distractorCount && rest.length) distractors.push({ text: rest.splice(Math.floor(more() * rest.length), 1)[0].text, speaker: null });
  }
  const groups = [...new Set(pairs.map((p) => p.group))].sort();
  const split = seededRandom(SPLIT_SEED + 1);
  const devGroups = new Set(groups.filter(() => split() < 0.5));
  return { dev: pairs.filter((p) => devGroups.has(p.group)), heldOut: pairs.filter((p) => !devGroups.has(p.group)), distractors };
}
