import type { Token } from '../tokenize';

/**
 * Hashed text features of one sentence for the check-worthiness model: word unigrams and bigrams
 * (lower case, digits folded to 0) and character 3–4-grams inside each word with boundary marks
 * ("<per", "ent>"), as in fastText. Every feature is an FNV-1a hash folded into `HASH_BITS` bits;
 * each one is written into a shared buffer with the index of the word it belongs to, so that the
 * model can say which words moved the score. Nothing is allocated per n-gram.
 */
export const HASH_BITS = 16;
export const HASH_DIM = 1 << HASH_BITS;
const MASK = HASH_DIM - 1;

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
const SEED_WORD = 0x9e3779b1;
const SEED_BIGRAM = 0x85ebca6b;
const SEED_CHAR = 0xc2b2ae35;
const NAME = 0x6a09e667;
/** Character n-grams are 3 to this many characters long (5-grams added nothing on held-out rows and cost time; 3 alone lost the news examples). */
const MAX_CHAR_GRAM = 4;
const START = 0x3c; // "<"
const END = 0x3e; // ">"

/**
 * Future-tense words are left out: in debates "will" is a promise and the model learns to distrust
 * it, while in news "will go on display at…" reports an announced plan (the "prediction" cue has no
 * weight either, see scripts/train-checkworthiness.ts).
 */
const SKIP = new Set(['will', "won't", 'wont', "'ll", 'shall', 'gonna']);

/** The features of the last sentence read by `readNgrams`: `index[i]` belongs to word `word[i]`. */
export interface NgramBuffer {
  count: number;
  index: Int32Array;
  word: Int32Array;
}

const buffer: NgramBuffer = { count: 0, index: new Int32Array(4096), word: new Int32Array(4096) };

/** Lower case (the token's `norm` is already lower case) and every digit as "0". */
function fold(c: number): number {
  return c >= 48 && c <= 57 ? 48 : c;
}

function finish(h: number): number {
  // avalanche (murmur3 fmix) so that the low bits used as the index depend on every character
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

function wordHash(norm: string): number {
  let h = FNV_OFFSET;
  for (let i = 0; i < norm.length; i++) h = Math.imul(h ^ fold(norm.charCodeAt(i)), FNV_PRIME);
  return h >>> 0;
}

/**
 * Read the hashed features of a sentence into the shared buffer (valid until the next call).
 * Word `-1` is the sentence itself (the "start of sentence" bigram).
 */
export function readNgrams(tokens: readonly Token[]): NgramBuffer {
  // room for every feature of this sentence up front, so the hot loop writes without checks
  let room = 2;
  for (let t = 0; t < tokens.length; t++) room += 2 + (MAX_CHAR_GRAM - 2) * (tokens[t].norm.length + 2);
  while (buffer.index.length < room) {
    buffer.index = new Int32Array(buffer.index.length * 2);
    buffer.word = new Int32Array(buffer.word.length * 2);
  }
  const index = buffer.index;
  const word = buffer.word;
  let n = 0;
  let prev = 0x2545f491; // start of sentence
  for (let t = 0; t < tokens.length; t++) {
    const token = tokens[t];
    const norm = token.norm;
    if (SKIP.has(norm)) continue;
    // a capitalised word inside the sentence is a name: debates name their own people ("Kennedy",
    // "Hillary"), so the model sees only that there is a name (the entity cues say more)
    const name = token.cap && t > 0 && norm !== 'i';
    const w = name ? NAME : wordHash(norm);
    index[n] = finish(w ^ SEED_WORD) & MASK;
    word[n++] = t;
    index[n] = finish(Math.imul(prev ^ SEED_BIGRAM, FNV_PRIME) ^ w) & MASK;
    word[n++] = t;
    prev = w;
    if (name) continue;
    // character n-grams of "<norm>"
    const len = norm.length + 2;
    for (let i = 0; i + 3 <= len; i++) {
      let h = FNV_OFFSET ^ SEED_CHAR;
      const stop = i + MAX_CHAR_GRAM < len ? i + MAX_CHAR_GRAM : len;
      for (let j = i; j < stop; j++) {
        const c = j === 0 ? START : j === len - 1 ? END : fold(norm.charCodeAt(j - 1));
        h = Math.imul(h ^ c, FNV_PRIME);
        if (j - i >= 2) {
          index[n] = finish(h) & MASK;
          word[n++] = t;
        }
      }
    }
  }
  index[n] = finish(Math.imul(prev ^ SEED_BIGRAM, FNV_PRIME) ^ 0x7f4a7c15) & MASK; // end of sentence
  word[n++] = tokens.length - 1;
  buffer.count = n;
  return buffer;
}
