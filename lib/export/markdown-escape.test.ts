import { describe, expect, it } from 'vitest';
import { escapeMarkdownBlock, escapeMarkdownInline } from './markdown-escape';

// The escaping before its fast paths were added: the fast paths must never change a result.
const reference = {
  line: (line: string) => line
    .replace(/[\\`*_{}[\]<>#|~&$@]/g, '\\$&')
    .replace(/([a-z][a-z0-9+.-]*):(?=\/\/)/gi, '$1\\:')
    .replace(/\b(www)\./gi, '$1\\.')
    .replace(/^([-+=]|\d+[.)])/, (match) => `${match.slice(0, -1)}\\${match.slice(-1)}`),
  inline(text: string) {
    return this.line(text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, '').replace(/\s+/g, ' ').trim());
  },
};

const POOL = ['a', 'B', ' ', '  ', '\t', '\n', '\r\n', '\u00a0', '\u2028', '\u0000', '\u000b', '\u007f', '*', '_', '[', ']', '<', '#', '|', '~', '&', '$', '@', '\\', '`',
  '-', '+', '=', '1', '2.', '3)', 'http://', 'https://x.org', 'www.', 'WWW.', 'ftp://', ':', '/', '.', 'é', '🎉'];

function randomText(seed: number): string {
  let x = seed;
  const next = () => ((x = (x * 1103515245 + 12345) % 2147483648) / 2147483648);
  return Array.from({ length: Math.floor(next() * 12) }, () => POOL[Math.floor(next() * POOL.length)]).join('');
}

describe('escapeMarkdownInline fast paths', () => {
  it('give exactly the reference escaping on 20,000 generated strings', () => {
    for (let i = 0; i < 20_000; i += 1) {
      const text = randomText(i + 1);
      expect(escapeMarkdownInline(text), JSON.stringify(text)).toBe(reference.inline(text));
    }
  });

  it('still escape blocks line by line', () => {
    expect(escapeMarkdownBlock('  1. *a*\n\n\n- www.x.org  ')).toBe('1\\. \\*a\\*\n\n\\- www\\.x.org');
  });
});
