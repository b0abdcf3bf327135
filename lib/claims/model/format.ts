/**
 * The committed weights file (`weights.json`). Hashed n-gram weights are pruned to the strongest,
 * quantised to 8 bits and stored as two base64 strings: the bucket indices as varint-coded gaps and
 * the signed byte values (× `scale`). The cue weights and intercepts stay plain numbers.
 */
export interface WeightsFile {
  version: 1;
  /** How it was trained, for the record (data, split, hyper-parameters, training metrics). */
  about: Record<string, unknown>;
  hashBits: number;
  /** Weight of the n-gram sum beside the cues (words learned from debates count less on news). */
  textWeight: number;
  /** Intercept for news text (the ClaimBuster intercept, shifted so that 0.5 is the claim threshold). */
  bias: number;
  /** Weight of each cue (a reason code of the hand-weighted score, or `hand` for its total). */
  cues: Record<string, number>;
  hashed: { count: number; scale: number; index: string; value: string };
}

export function encodeHashed(weights: Float64Array, keep: number[]): { count: number; scale: number; index: string; value: string } {
  let max = 0;
  for (const i of keep) max = Math.max(max, Math.abs(weights[i]));
  const scale = max / 127 || 1;
  const gaps: number[] = [];
  const values = new Int8Array(keep.length);
  let prev = 0;
  keep.forEach((i, k) => {
    let gap = i - prev;
    prev = i;
    while (gap >= 0x80) {
      gaps.push((gap & 0x7f) | 0x80);
      gap >>>= 7;
    }
    gaps.push(gap);
    values[k] = Math.max(-127, Math.min(127, Math.round(weights[i] / scale)));
  });
  return {
    count: keep.length,
    scale,
    index: Buffer.from(Uint8Array.from(gaps)).toString('base64'),
    value: Buffer.from(values.buffer).toString('base64'),
  };
}

/** The quantised weights as stored (one byte per bucket: 256 KB stays in cache); multiply by `scale`. */
export function decodeHashed(h: WeightsFile['hashed'], dim: number): Int8Array {
  const out = new Int8Array(dim);
  const gaps = Buffer.from(h.index, 'base64');
  const values = Buffer.from(h.value, 'base64');
  let pos = 0;
  let prev = 0;
  for (let k = 0; k < h.count; k++) {
    let gap = 0;
    let shift = 0;
    let b: number;
    do {
      b = gaps[pos++];
      gap |= (b & 0x7f) << shift;
      shift += 7;
    } while (b & 0x80);
    prev += gap;
    const v = values[k];
    out[prev] = v > 127 ? v - 256 : v;
  }
  return out;
}
