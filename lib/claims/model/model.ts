import type { Token } from '../tokenize';
import { decodeHashed, type WeightsFile } from './format';
import { HASH_DIM, readNgrams } from './ngrams';
import file from './weights.json';

/**
 * The learned check-worthiness model at run time: a logistic regression over hashed word and
 * character n-grams (`ngrams.ts`) plus the cues of the hand-weighted score (`score.ts`), trained by
 * `npm run train:checkworthiness` on ClaimBuster and CLEF-2019 CheckThat! sentences. The weights are
 * read once, when the module loads, from the committed `weights.json`.
 */
export const MODEL = file as WeightsFile;
const HASHED = decodeHashed(MODEL.hashed, HASH_DIM);
const SCALE = MODEL.hashed.scale;

/** A word that moved the text score, with its share of the log-odds. */
export interface WordLift {
  word: string;
  weight: number;
}

/** What the words of a sentence say about its check-worthiness. */
export interface TextSignal {
  /** Sum of the n-gram weights (log-odds, times the model's `textWeight`), without intercept or cues. */
  logit: number;
  /** At most two words that raised it most and two that lowered it most (strongest first). */
  up: WordLift[];
  down: WordLift[];
}

/** Words too common to explain anything to a reviewer. */
const PLAIN = new Set(
  `a an the of to and or in on at for by from with as is are was were be been being it its this that these those there here
   he she they we you his her their our your them us him me my i'm it's that's do does did has have had not no so but if than then
   about into over up out just also very`.split(/\s+/),
);

let perWord = new Float64Array(256);

/** Score the words of a sentence: the n-gram log-odds and the words that weigh most either way. */
export function textSignal(tokens: readonly Token[]): TextSignal {
  const buf = readNgrams(tokens);
  if (perWord.length < tokens.length) perWord = new Float64Array(tokens.length * 2);
  perWord.fill(0, 0, tokens.length);
  let logit = 0;
  // every n-gram counts 1/√n: a long sentence does not pile up more evidence than a short one
  const unit = buf.count > 0 ? (SCALE * (MODEL.textWeight ?? 1)) / Math.sqrt(buf.count) : 0;
  for (let k = 0; k < buf.count; k++) {
    const w = HASHED[buf.index[k]] * unit;
    logit += w;
    const t = buf.word[k];
    if (t >= 0) perWord[t] += w;
  }
  // the two strongest words either way, skipping plain words
  let u1 = -1;
  let u2 = -1;
  let d1 = -1;
  let d2 = -1;
  for (let t = 0; t < tokens.length; t++) {
    const token = tokens[t];
    const norm = token.norm;
    const c = norm.charCodeAt(0);
    // numbers and names have cues of their own ("contains a number", "names a person or body")
    if ((c >= 48 && c <= 57) || (token.cap && t > 0 && norm !== 'i') || (norm.length < 2 && norm !== 'i') || PLAIN.has(norm)) continue;
    const w = perWord[t];
    if (w > 0) {
      if (u1 < 0 || w > perWord[u1]) {
        u2 = u1;
        u1 = t;
      } else if ((u2 < 0 || w > perWord[u2]) && tokens[u1].norm !== norm) u2 = t;
    } else if (w < 0) {
      if (d1 < 0 || w < perWord[d1]) {
        d2 = d1;
        d1 = t;
      } else if ((d2 < 0 || w < perWord[d2]) && tokens[d1].norm !== norm) d2 = t;
    }
  }
  const lift = (t: number): WordLift => ({ word: tokens[t].raw, weight: perWord[t] });
  const up: WordLift[] = [];
  const down: WordLift[] = [];
  if (u1 >= 0) up.push(lift(u1));
  if (u2 >= 0 && tokens[u2].norm !== tokens[u1].norm) up.push(lift(u2));
  if (d1 >= 0) down.push(lift(d1));
  if (d2 >= 0 && tokens[d2].norm !== tokens[d1].norm) down.push(lift(d2));
  return { logit, up, down };
}
