import { describe, expect, it } from 'vitest';
import { safeCallbackPath, safeRedirect } from './callback-url';

const OFFSITE = [
  '/\\evil.example',
  '/\\/evil.example',
  '/\t/evil.example',
  '/\n/evil.example',
  '/\r\n/evil.example',
  '\t//evil.example',
  ' //evil.example',
  '//evil.example',
  '///evil.example',
  '////evil.example/a',
  '\\\\evil.example',
  '\\/evil.example',
  '/\\\\evil.example',
  'https://evil.example',
  'https://evil.example/articles',
  'HTTPS://evil.example',
  'http:\\\\evil.example',
  '//evil.example@localhost:3000',
  'https://localhost:3000@evil.example',
  'javascript:alert(1)',
  'JavaScript:alert(document.cookie)',
  ' javascript:alert(1)',
  'java\tscript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'vbscript:msgbox(1)',
  'file:///etc/passwd',
  'mailto:a@evil.example',
  '//%65vil.example',
  '//evil.example:443',
  'https:evil.example',
];

const KEPT: [string, string][] = [
  ['/', '/'],
  ['/articles', '/articles'],
  ['/articles/abc?tab=claims#c1', '/articles/abc?tab=claims#c1'],
  ['/queue?x=%2F%2Fevil.example', '/queue?x=%2F%2Fevil.example'],
  ['/a/../settings/tokens', '/settings/tokens'],
  ['/.//evil.example', '/evil.example'],
  ['/%2F%2Fevil.example', '/%2F%2Fevil.example'],
  ['articles', '/articles'],
  ['?q=1', '/?q=1'],
  // Already-encoded or scheme-relative forms that a browser also resolves on the app itself.
  ['/%09/evil.example', '/%09/evil.example'],
  ['/\u0000/evil.example', '/%00/evil.example'],
  ['http:evil.example', '/evil.example'],
  ['http:/evil.example', '/evil.example'],
];

describe('safeCallbackPath', () => {
  it.each(OFFSITE)('sends %j home', (value) => {
    expect(safeCallbackPath(value)).toBe('/');
    expect(safeCallbackPath(value, 'http://localhost:3000')).toBe('/');
  });

  it.each(KEPT)('keeps the same-origin path %j as %j', (value, expected) => {
    expect(safeCallbackPath(value)).toBe(expected);
  });

  it('whatever it returns, a browser resolves it on the app itself', () => {
    for (const value of [...OFFSITE, ...KEPT.map(([v]) => v)]) {
      const result = safeCallbackPath(value);
      expect(new URL(result, 'http://app.example:3000/signin').origin).toBe('http://app.example:3000');
      expect(result).toMatch(/^\/(?![/\\])/);
    }
  });

  it('accepts absolute URLs on the app origin only', () => {
    expect(safeCallbackPath('http://localhost:3000/articles?x=1', 'http://localhost:3000')).toBe('/articles?x=1');
    expect(safeCallbackPath('http://localhost:3001/articles', 'http://localhost:3000')).toBe('/');
    expect(safeCallbackPath('https://localhost:3000/articles', 'http://localhost:3000')).toBe('/');
  });

  it('refuses what is not one string', () => {
    expect(safeCallbackPath(undefined)).toBe('/');
    expect(safeCallbackPath('')).toBe('/');
    expect(safeCallbackPath(['/articles', '//evil.example'])).toBe('/articles');
    expect(safeCallbackPath({ toString: () => '/x' })).toBe('/');
    expect(safeCallbackPath('/' + 'a'.repeat(3000))).toBe('/');
  });
});

describe('safeRedirect (next-auth redirect callback)', () => {
  it('stays on the base URL', () => {
    expect(safeRedirect('/\\evil.example', 'http://localhost:3000')).toBe('http://localhost:3000/');
    expect(safeRedirect('https://evil.example/x', 'http://localhost:3000')).toBe('http://localhost:3000/');
    expect(safeRedirect('http://localhost:3000/articles', 'http://localhost:3000')).toBe('http://localhost:3000/articles');
    expect(safeRedirect('/signin', 'http://localhost:3000/')).toBe('http://localhost:3000/signin');
  });
});
