import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { extractClaims } from '../index';
import { handScore, scoreTap, type ScoreInput } from '../score';
import { sharedDir } from '../testdata/shared-data';

/**
 * The labelled sentences the model learns from (../shared/data/checkworthiness, see its README), the
 * fixed held-out split, and how one row goes through the pipeline. Node only: training, evaluation
 * and tests use it, the extractor does not.
 */
export interface Row {
  id: string;
  dataset: 'claimbuster' | 'clef';
  /** CLEF debate or speech; null for ClaimBuster. */
  debate: string | null;
  text: string;
  label: 0 | 1;
}

/** CLEF-2019 debates and speeches held out from training: 3,334 of 16,351 lines (20 %), 139 positives. */
export const HELD_OUT_DEBATES = ['20161019_3pres', '20170216_trump_press', '20180916_trump_miami', '20181010_medicare', '20190108_oval_office'];

/** ClaimBuster rows carry no debate: a fixed-seed 20 % (FNV hash of seed + id) is held out. */
const SPLIT_SEED = 'checkworthiness-2026';

function fnv(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

export function isHeldOut(row: Row): boolean {
  if (row.dataset === 'clef') return HELD_OUT_DEBATES.includes(row.debate ?? '');
  return fnv(`${SPLIT_SEED}:${row.id}`) % 100 < 20;
}

export function dataDir(): string {
  return process.env.CHECKWORTHINESS_DATA ?? path.join(sharedDir(), 'data/checkworthiness');
}

export function hasData(): boolean {
  return existsSync(path.join(dataDir(), 'clef2019_train.jsonl'));
}

function readJsonl(file: string): Record<string, unknown>[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as Record<string, unknown>);
}

/** Every row of both files, in file order (ClaimBuster first). */
export function loadRows(dir = dataDir()): Row[] {
  const rows: Row[] = [];
  for (const r of readJsonl(path.join(dir, 'claimbuster_train.jsonl'))) {
    rows.push({ id: String(r.id), dataset: 'claimbuster', debate: null, text: String(r.text), label: r.label === 1 ? 1 : 0 });
  }
  for (const r of readJsonl(path.join(dir, 'clef2019_train.jsonl'))) {
    rows.push({ id: String(r.id), dataset: 'clef', debate: String(r.debate), text: String(r.text), label: r.label === 1 ? 1 : 0 });
  }
  return rows;
}

export interface RowScores {
  /** What the pipeline scored, one input per sentence unit (the last assessment of each). */
  inputs: ScoreInput[];
  /** The shipped score of the row: the highest unit score (0 when it has no sentence). */
  learned: number;
  /** Today's hand-weighted score of the same units, the highest. */
  hand: number;
}

/** Run one row through the extractor as if it were a pasted text. */
export function scoreRow(text: string): RowScores {
  const tapped: ScoreInput[] = [];
  scoreTap.inputs = tapped;
  let units;
  try {
    units = extractClaims(text);
  } finally {
    scoreTap.inputs = null;
  }
  // a sentence re-assessed once its quotation's speaker is known is tapped twice: keep the last
  const last = new Map<object, ScoreInput>();
  for (const input of tapped) last.set(input.features, input);
  const inputs = [...last.values()];
  let learned = 0;
  for (const u of units) if (u.kind === 'sentence') learned = Math.max(learned, u.checkworthiness);
  let hand = 0;
  for (const i of inputs) hand = Math.max(hand, handScore(i));
  return { inputs, learned, hand };
}

/** ROC AUC with ties counted half (Mann–Whitney). */
export function rocAuc(scores: readonly number[], labels: readonly number[]): number {
  const order = scores.map((s, i) => i).sort((a, b) => scores[a] - scores[b]);
  let pos = 0;
  let rankSum = 0;
  for (let i = 0; i < order.length; ) {
    let j = i;
    while (j + 1 < order.length && scores[order[j + 1]] === scores[order[i]]) j++;
    const rank = (i + j + 2) / 2;
    for (let k = i; k <= j; k++) {
      if (labels[order[k]] === 1) {
        pos++;
        rankSum += rank;
      }
    }
    i = j + 1;
  }
  const neg = order.length - pos;
  return (rankSum - (pos * (pos + 1)) / 2) / (pos * neg);
}

/** Average precision (area under the precision–recall steps, tied scores taken together, as scikit-learn). */
export function averagePrecision(scores: readonly number[], labels: readonly number[]): number {
  const order = scores.map((s, i) => i).sort((a, b) => scores[b] - scores[a]);
  const total = labels.reduce((a, b) => a + b, 0);
  let tp = 0;
  let seen = 0;
  let ap = 0;
  let lastRecall = 0;
  for (let i = 0; i < order.length; ) {
    let j = i;
    while (j + 1 < order.length && scores[order[j + 1]] === scores[order[i]]) j++;
    for (let k = i; k <= j; k++) tp += labels[order[k]];
    seen += j - i + 1;
    const recall = tp / total;
    ap += (recall - lastRecall) * (tp / seen);
    lastRecall = recall;
    i = j + 1;
  }
  return ap;
}
