import { diffWordsWithSpace } from 'diff';

/** One run of a word-level diff: text kept, removed from the old text or added in the new one. */
export type DiffPart = { kind: 'same' | 'removed' | 'added'; text: string };

/**
 * Word-level diff of two texts (jsdiff's `diffWordsWithSpace`: words and the whitespace between
 * them are tokens, so joining the `same` and `removed` parts gives the old text back exactly, and
 * `same` plus `added` the new one).
 */
export function wordDiff(oldText: string, newText: string, options: { timeoutMs?: number } = {}): DiffPart[] {
  if (oldText === newText) return oldText ? [{ kind: 'same', text: oldText }] : [];
  const changes = diffWordsWithSpace(oldText, newText, { timeout: options.timeoutMs ?? 3000 });
  // a diff that takes too long (a wholly different text) becomes one replacement of everything
  if (!changes) return [...(oldText ? [{ kind: 'removed' as const, text: oldText }] : []), ...(newText ? [{ kind: 'added' as const, text: newText }] : [])];
  return changes.map((c) => ({
    kind: c.added ? 'added' : c.removed ? 'removed' : 'same',
    text: c.value,
  }));
}

/** A span of the old text and the span of the new text that replaced it (either may be empty). */
type Hunk = { oldStart: number; oldEnd: number; newStart: number; newEnd: number; same: boolean };

/**
 * Maps offsets of the old text to the new one through a word diff: a position in kept text moves
 * with it; a position in removed text maps to the edge of what replaced it (the start of a claim
 * to the left edge, its end to the right edge, so a reworded sentence maps onto its new wording and
 * a deleted one onto an empty span).
 */
export class OffsetMap {
  private readonly hunks: Hunk[] = [];
  /** Spans of the new text that were inserted (sorted). */
  readonly inserted: { start: number; end: number }[] = [];

  constructor(parts: DiffPart[]) {
    let o = 0;
    let n = 0;
    let pending: Hunk | null = null;
    const flush = () => {
      if (pending) this.hunks.push(pending);
      pending = null;
    };
    for (const p of parts) {
      const len = p.text.length;
      if (p.kind === 'same') {
        flush();
        this.hunks.push({ oldStart: o, oldEnd: o + len, newStart: n, newEnd: n + len, same: true });
        o += len;
        n += len;
        continue;
      }
      pending ??= { oldStart: o, oldEnd: o, newStart: n, newEnd: n, same: false };
      if (p.kind === 'removed') {
        o += len;
        pending.oldEnd = o;
      } else {
        this.inserted.push({ start: n, end: n + len });
        n += len;
        pending.newEnd = n;
      }
    }
    flush();
  }

  /** The hunk holding old character `p` (binary search; hunks are sorted and cover the old text). */
  private hunkAt(p: number): Hunk | undefined {
    let lo = 0;
    let hi = this.hunks.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const h = this.hunks[mid];
      if (h.oldEnd <= p) lo = mid + 1;
      else if (h.oldStart > p) hi = mid - 1;
      else if (h.oldEnd === h.oldStart) lo = mid + 1; // pure insertion: holds no old character
      else return h;
    }
    return undefined;
  }

  private newLength(): number {
    return this.hunks.length ? this.hunks[this.hunks.length - 1].newEnd : 0;
  }

  /** Where old offset `p`, the start of a span, lands in the new text. */
  mapStart(p: number): number {
    const h = this.hunkAt(p);
    if (!h) return this.newLength();
    return h.same ? h.newStart + (p - h.oldStart) : h.newStart;
  }

  /** Where old offset `p`, the (exclusive) end of a span, lands in the new text. */
  mapEnd(p: number): number {
    if (p <= 0) return this.mapStart(0);
    const h = this.hunkAt(p - 1);
    if (!h) return this.newLength();
    return h.same ? h.newStart + (p - h.oldStart) : h.newEnd;
  }

  /** True when the new span [start, end) touches inserted text. */
  touchesInsertion(start: number, end: number): boolean {
    let lo = 0;
    let hi = this.inserted.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const r = this.inserted[mid];
      if (r.end <= start) lo = mid + 1;
      else if (r.start >= end) hi = mid - 1;
      else return true;
    }
    return false;
  }
}

/**
 * A diff for people: where words were replaced one by one with only spaces kept between them
 * (a rewritten sentence), the run is shown as one removed passage and one added passage instead
 * of interleaved words. Joining the parts still gives both texts back.
 */
export function readableDiff(parts: DiffPart[]): DiffPart[] {
  const out: DiffPart[] = [];
  let removed = '';
  let added = '';
  const flush = () => {
    if (removed) out.push({ kind: 'removed', text: removed });
    if (added) out.push({ kind: 'added', text: added });
    removed = '';
    added = '';
  };
  for (let i = 0; i < parts.length; i++) {
    const p = parts[i];
    if (p.kind === 'removed') removed += p.text;
    else if (p.kind === 'added') added += p.text;
    else if ((removed || added) && i + 1 < parts.length && parts[i + 1].kind !== 'same' && isFiller(p.text)) {
      // a space or one short word between two changes belongs to the changed passage on both sides
      removed += p.text;
      added += p.text;
    } else {
      flush();
      out.push(p);
    }
  }
  flush();
  return out;
}

function isFiller(text: string): boolean {
  return text.trim() === '' || (text.length <= 4 && !text.includes('\n'));
}
