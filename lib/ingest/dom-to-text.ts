/**
 * An article's DOM as the stored text, structure kept in the plain Markdown that the claim
 * extractor (lib/claims/segment.ts) reads: paragraphs separated by a blank line, headings as `## `,
 * list items as `- ` or `1. ` (nested ones indented), block quotes as `> `, table rows as cells
 * joined by ` | `, figure captions as `Caption: …` lines and pull quotes as `Pull quote: …` lines
 * (both headings to the extractor, never claims). Inline markup (links, emphasis) keeps only its
 * words; images, scripts, forms and embeds are left out.
 */

const SKIP = new Set(['script', 'style', 'noscript', 'template', 'svg', 'img', 'picture', 'video', 'audio', 'iframe', 'object', 'embed', 'canvas', 'button', 'form', 'input', 'select', 'textarea', 'nav', 'map', 'source', 'track', 'head', 'title', 'meta', 'link']);
const INLINE = new Set(['a', 'abbr', 'b', 'bdi', 'bdo', 'cite', 'code', 'data', 'del', 'dfn', 'em', 'font', 'i', 'ins', 'kbd', 'label', 'mark', 'q', 's', 'samp', 'small', 'span', 'strike', 'strong', 'sub', 'sup', 'time', 'tt', 'u', 'var', 'wbr']);
/**
 * Every figure caption is labelled, also one that is only a credit ("Image: NASA"): the extractor
 * reads an unlabelled credit line as making the paragraph above it a caption.
 */
const LABELLED_CAPTION = /^Caption\s*:/i;

type El = { nodeType: number; nodeName: string; childNodes: ArrayLike<El>; textContent: string | null; getAttribute?: (name: string) => string | null };

function tag(node: El): string {
  return node.nodeName.toLowerCase();
}

function squash(text: string): string {
  return text.replace(/[\s\u00a0]+/g, ' ');
}

/** The words of an element on one line (line breaks from <br> kept as "\n"). */
export function inlineText(node: El): string {
  let out = '';
  const visit = (n: El) => {
    if (n.nodeType === 3) out += squash(n.textContent ?? '');
    else if (n.nodeType === 1) {
      const t = tag(n);
      if (SKIP.has(t)) return;
      if (t === 'br') out += '\n';
      else if (t === 'ul' || t === 'ol') return; // nested lists are their own items
      else for (const c of Array.from(n.childNodes)) visit(c);
      if (!INLINE.has(t) && t !== 'br') out += ' ';
    }
  };
  for (const c of Array.from(node.childNodes)) visit(c);
  return out
    .split('\n')
    .map((line) => line.replace(/ +/g, ' ').trim())
    .filter((line, i, all) => line || (i > 0 && i < all.length - 1))
    .join('\n')
    .trim();
}

class Writer {
  blocks: string[] = [];
  private inline = '';

  text(t: string): void {
    this.inline += t;
  }

  flush(prefix = ''): void {
    const lines = this.inline
      .split('\n')
      .map((l) => l.replace(/[ \t]+/g, ' ').trim())
      .filter(Boolean);
    this.inline = '';
    if (lines.length) this.blocks.push(lines.map((l) => prefix + l).join('\n'));
  }

  block(text: string): void {
    this.flush();
    if (text.trim()) this.blocks.push(text);
  }
}

function walk(node: El, w: Writer, listDepth: number): void {
  for (const child of Array.from(node.childNodes)) {
    if (child.nodeType === 3) {
      w.text(squash(child.textContent ?? ''));
      continue;
    }
    if (child.nodeType !== 1) continue;
    const t = tag(child);
    if (SKIP.has(t)) continue;
    if (t === 'br') {
      w.text('\n');
      continue;
    }
    if (INLINE.has(t)) {
      walk(child, w, listDepth);
      continue;
    }
    w.flush();
    if (/^h[1-6]$/.test(t)) {
      const words = inlineText(child).replace(/\n/g, ' ');
      if (words) w.block(`${Number(t[1]) <= 2 ? '##' : '###'} ${words}`);
    } else if (t === 'ul' || t === 'ol') {
      list(child, w, listDepth, t === 'ol');
    } else if (t === 'blockquote') {
      const inner = new Writer();
      walk(child, inner, listDepth);
      inner.flush();
      if (inner.blocks.length) w.block(inner.blocks.map((b) => b.split('\n').map((l) => (l.startsWith('>') ? `>${l}` : `> ${l}`)).join('\n')).join('\n>\n'));
    } else if (t === 'figcaption') {
      const words = inlineText(child).replace(/\n/g, ' ');
      if (words) w.block(LABELLED_CAPTION.test(words) ? words : `Caption: ${words}`);
    } else if (t === 'pre') {
      w.block((child.textContent ?? '').replace(/\s+$/, ''));
    } else if (t === 'table') {
      table(child, w);
    } else if (t === 'hr') {
      // a rule separates; the blank line between blocks already does
    } else {
      walk(child, w, listDepth);
      w.flush();
    }
  }
}

function list(node: El, w: Writer, depth: number, ordered: boolean): void {
  let n = 0;
  for (const item of Array.from(node.childNodes)) {
    if (item.nodeType !== 1) continue;
    const t = tag(item);
    if (t === 'ul' || t === 'ol') {
      list(item, w, depth + 1, t === 'ol');
      continue;
    }
    if (t !== 'li') continue;
    n++;
    const words = inlineText(item).replace(/\n+/g, ' ');
    const indent = '  '.repeat(depth);
    if (words) w.block(`${indent}${ordered ? `${n}.` : '-'} ${words}`);
    for (const sub of Array.from(item.childNodes)) {
      const st = sub.nodeType === 1 ? tag(sub) : '';
      if (st === 'ul' || st === 'ol') list(sub, w, depth + 1, st === 'ol');
    }
  }
}

function table(node: El, w: Writer): void {
  const rows: string[] = [];
  const visit = (n: El) => {
    for (const c of Array.from(n.childNodes)) {
      if (c.nodeType !== 1) continue;
      if (tag(c) === 'tr') {
        const cells = Array.from(c.childNodes)
          .filter((x) => x.nodeType === 1 && (tag(x) === 'td' || tag(x) === 'th'))
          .map((x) => inlineText(x).replace(/\n/g, ' '))
          .filter(Boolean);
        if (cells.length) rows.push(cells.join(' | '));
      } else if (tag(c) !== 'table') visit(c);
    }
  };
  visit(node);
  if (rows.length) w.block(rows.join('\n'));
}

/** The element's content as stored article text (blocks separated by blank lines). */
export function domToText(root: unknown): string {
  const w = new Writer();
  walk(root as El, w, 0);
  w.flush();
  // list items are one block each but belong together: one newline between items of a list
  const out: string[] = [];
  for (const b of w.blocks) {
    const prev = out[out.length - 1];
    if (prev !== undefined && isListItem(b) && isListItem(prev.slice(prev.lastIndexOf('\n') + 1))) out[out.length - 1] = `${prev}\n${b}`;
    else out.push(b);
  }
  return out.join('\n\n');
}

function isListItem(line: string): boolean {
  return /^ *(?:-|\d+\.) /.test(line);
}
