/** Hash of the letters and digits of a unit, case-folded: "**Headline**" and "Headline" collide on purpose. */
export function unitHash(s: string): number {
  let h = 0x811c9dc5;
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    let c = s.charCodeAt(i);
    if (c >= 65 && c <= 90) c += 32;
    else if (!isWordCode(c)) continue;
    else if (c >= 0xc0) c = s[i].toLowerCase().charCodeAt(0);
    h = Math.imul(h ^ c, 0x01000193);
    n++;
  }
  return n === 0 ? -1 : h >>> 0;
}

/** Same letters and digits, case-folded, ignoring everything else. */
export function sameWording(a: string, b: string): boolean {
  let i = 0;
  let j = 0;
  for (;;) {
    while (i < a.length && !isWordCode(a.charCodeAt(i))) i++;
    while (j < b.length && !isWordCode(b.charCodeAt(j))) j++;
    if (i >= a.length || j >= b.length) return i >= a.length && j >= b.length;
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(j);
    if (x !== y && a[i].toLowerCase() !== b[j].toLowerCase()) return false;
    i++;
    j++;
  }
}

function isWordCode(c: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  // letters beyond ASCII, but not general punctuation (curly quotes, dashes), symbols or spaces
  return c >= 0xc0 && !(c >= 0x2000 && c <= 0x2bff) && !(c >= 0x3000 && c <= 0x303f) && c !== 0xfeff && c !== 0xd7 && c !== 0xf7;
}

/**
 * Finds repeated units (a headline printed twice): same letters and digits, ignoring case,
 * markup and punctuation. Hash buckets keep it linear.
 */
export class RepeatFinder {
  private seen = new Map<number, { index: number; text: string }[]>();

  /** Index of an earlier unit with the same wording, or undefined (and `index` is registered). */
  check(text: string, index: number): number | undefined {
    const h = unitHash(text);
    if (h < 0) return undefined;
    const bucket = this.seen.get(h);
    if (bucket) {
      for (const u of bucket) if (sameWording(u.text, text)) return u.index;
      bucket.push({ index, text });
    } else this.seen.set(h, [{ index, text }]);
    return undefined;
  }
}
