import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import http from 'node:http';
import zlib from 'node:zlib';
import type { AddressInfo } from 'node:net';
import { parseAllowList } from './address-policy';
import { failureReason, safeFetch, USER_AGENT, type Resolver } from './safe-fetch';

/** A local server standing in for the outside world, reached through names the tests resolve. */
let server: http.Server;
let port: number;
const seen: { path: string; host: string; userAgent: string }[] = [];

beforeAll(async () => {
  server = http.createServer((req, res) => {
    seen.push({ path: req.url ?? '', host: req.headers.host ?? '', userAgent: req.headers['user-agent'] ?? '' });
    const url = new URL(req.url ?? '/', 'http://x');
    switch (url.pathname) {
      case '/article':
        res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
        res.end('<html><body><p>Hello from the page.</p></body></html>');
        return;
      case '/latin1':
        res.writeHead(200, { 'Content-Type': 'text/plain; charset=iso-8859-1' });
        res.end(Buffer.from([0x43, 0x61, 0x66, 0xe9])); // "Café"
        return;
      case '/redirect':
        res.writeHead(302, { Location: url.searchParams.get('to') ?? '/article' });
        res.end();
        return;
      case '/loop':
        res.writeHead(301, { Location: `/loop?n=${Number(url.searchParams.get('n') ?? 0) + 1}` });
        res.end();
        return;
      case '/pdf':
        res.writeHead(200, { 'Content-Type': 'application/pdf' });
        res.end('%PDF-1.4');
        return;
      case '/huge': {
        // 6 MB streamed without a Content-Length
        res.writeHead(200, { 'Content-Type': 'text/html' });
        const chunk = Buffer.alloc(64 * 1024, 0x61);
        let sent = 0;
        const push = () => {
          while (sent < 6 * 1024 * 1024) {
            sent += chunk.length;
            if (!res.write(chunk)) return void res.once('drain', push);
          }
          res.end();
        };
        res.on('close', () => (sent = Infinity));
        push();
        return;
      }
      case '/declared-huge':
        res.writeHead(200, { 'Content-Type': 'text/html', 'Content-Length': String(50 * 1024 * 1024) });
        res.write('<p>only the start</p>');
        return; // never finishes: the fetch must stop on the header alone
      case '/bomb':
        res.writeHead(200, { 'Content-Type': 'text/html', 'Content-Encoding': 'gzip' });
        res.end(zlib.gzipSync(Buffer.alloc(8 * 1024 * 1024, 0x20)));
        return;
      case '/gzip':
        res.writeHead(200, { 'Content-Type': 'text/html', 'Content-Encoding': 'gzip' });
        res.end(zlib.gzipSync('<p>compressed page</p>'));
        return;
      case '/slow':
        res.writeHead(200, { 'Content-Type': 'text/html' });
        res.write('<p>first words');
        return; // the rest never comes
      case '/silent':
        return; // not even headers
      default:
        res.writeHead(404, { 'Content-Type': 'text/plain' });
        res.end('nothing');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

/** A resolver from a table; counts its lookups. */
function resolverOf(table: Record<string, string[]>): Resolver & { calls: string[] } {
  const calls: string[] = [];
  const fn = (async (name: string) => {
    calls.push(name);
    const found = table[name];
    if (!found) throw Object.assign(new Error('ENOTFOUND'), { code: 'ENOTFOUND' });
    return found.map((address) => ({ address, family: address.includes(':') ? 6 : 4 }) as const);
  }) as Resolver & { calls: string[] };
  fn.calls = calls;
  return fn;
}

async function reasonOf(promise: Promise<unknown>): Promise<string | null> {
  try {
    await promise;
  } catch (error) {
    return failureReason(error) ?? String(error);
  }
  return 'fetched';
}

describe('safeFetch', () => {
  it('fetches an allowed host at exactly the address it checked, with the honest User-Agent', async () => {
    const resolve = resolverOf({ 'news.test': ['127.0.0.1'] });
    const page = await safeFetch(`http://news.test:${port}/article`, { resolve, allow: parseAllowList(`news.test:${port}`) });
    expect(page.text).toContain('Hello from the page.');
    expect(page.contentType).toBe('text/html');
    // one lookup, made by the checker; the connection used its answer (the name does not exist in any real DNS)
    expect(resolve.calls).toEqual(['news.test']);
    expect(seen.at(-1)).toMatchObject({ path: '/article', host: `news.test:${port}`, userAgent: USER_AGENT });
    expect(USER_AGENT).toMatch(/^Claimdesk\/\d+\.\d+\.\d+ \(\+fact-checking workbench\)$/);
  });

  it('refuses a name that resolves to a private address, before connecting', async () => {
    const before = seen.length;
    const resolve = resolverOf({ 'innocent.test': ['127.0.0.1'] });
    expect(await reasonOf(safeFetch(`http://innocent.test:${port}/article`, { resolve, allow: [] }))).toBe('refused_address');
    expect(seen.length).toBe(before);
  });

  it('refuses a name when any of its addresses is private', async () => {
    const resolve = resolverOf({ 'mixed.test': ['93.184.216.34', '10.0.0.7'] });
    expect(await reasonOf(safeFetch('http://mixed.test/', { resolve, allow: [] }))).toBe('refused_address');
  });

  it('refuses a name resolving to the metadata service or an IPv6 form of a private address', async () => {
    const resolve = resolverOf({ 'meta.test': ['169.254.169.254'], 'v6.test': ['fd00:ec2::254'], 'mapped.test': ['::ffff:127.0.0.1'] });
    for (const host of ['meta.test', 'v6.test', 'mapped.test']) {
      expect(await reasonOf(safeFetch(`http://${host}/latest/meta-data/`, { resolve, allow: [] }))).toBe('refused_address');
    }
  });

  it('refuses private IP literals in IPv4, IPv6 and mapped forms', async () => {
    const resolve = resolverOf({});
    for (const url of [`http://127.0.0.1:${port}/article`, `http://[::1]:${port}/article`, `http://[::ffff:127.0.0.1]:${port}/article`, 'http://[::ffff:a9fe:a9fe]/', 'http://0x7f.1/', 'http://2130706433/']) {
      expect(await reasonOf(safeFetch(url, { resolve, allow: [] })), url).toBe('refused_address');
    }
    expect(resolve.calls).toEqual([]);
  });

  it('checks the target of every redirect again: a redirect to a private address is refused', async () => {
    const before = seen.length;
    const resolve = resolverOf({ 'public.test': ['127.0.0.1'], 'private.test': ['10.0.0.1'] });
    const allow = parseAllowList(`public.test:${port}`);
    // the allowed host redirects to a loopback literal and to a name that resolves to a private address
    expect(await reasonOf(safeFetch(`http://public.test:${port}/redirect?to=${encodeURIComponent(`http://127.0.0.1:${port}/article`)}`, { resolve, allow }))).toBe('refused_address');
    expect(await reasonOf(safeFetch(`http://public.test:${port}/redirect?to=${encodeURIComponent('http://private.test/admin')}`, { resolve, allow }))).toBe('refused_address');
    expect(seen.slice(before).map((s) => s.path.split('?')[0])).toEqual(['/redirect', '/redirect']);
  });

  it('follows up to 5 redirects and no more', async () => {
    const resolve = resolverOf({ 'public.test': ['127.0.0.1'] });
    const allow = parseAllowList(`public.test:${port}`);
    const ok = await safeFetch(`http://public.test:${port}/redirect?to=/article`, { resolve, allow });
    expect(ok.url).toBe(`http://public.test:${port}/article`);
    expect(await reasonOf(safeFetch(`http://public.test:${port}/loop`, { resolve, allow }))).toBe('too_many_redirects');
    expect(seen.at(-1)?.path).toBe('/loop?n=5');
  });

  it('refuses redirects to other schemes and links with credentials', async () => {
    const resolve = resolverOf({ 'public.test': ['127.0.0.1'] });
    const allow = parseAllowList(`public.test:${port}`);
    expect(await reasonOf(safeFetch(`http://public.test:${port}/redirect?to=${encodeURIComponent('file:///etc/passwd')}`, { resolve, allow }))).toBe('bad_url');
    expect(await reasonOf(safeFetch('ftp://example.org/a', { resolve, allow }))).toBe('bad_url');
    expect(await reasonOf(safeFetch(`http://user:secret@public.test:${port}/article`, { resolve, allow }))).toBe('bad_url');
    expect(await reasonOf(safeFetch('javascript:alert(1)', { resolve, allow }))).toBe('bad_url');
  });

  it('stops reading a response larger than 5 MB, streamed or declared', async () => {
    const resolve = resolverOf({ 'public.test': ['127.0.0.1'] });
    const allow = parseAllowList(`public.test:${port}`);
    expect(await reasonOf(safeFetch(`http://public.test:${port}/huge`, { resolve, allow }))).toBe('too_large');
    expect(await reasonOf(safeFetch(`http://public.test:${port}/declared-huge`, { resolve, allow }))).toBe('too_large');
    // 8 MB of spaces in a 8 KB gzip body: counted after decompression
    expect(await reasonOf(safeFetch(`http://public.test:${port}/bomb`, { resolve, allow }))).toBe('too_large');
    expect((await safeFetch(`http://public.test:${port}/gzip`, { resolve, allow })).text).toBe('<p>compressed page</p>');
  });

  it('gives up on a slow response when the time is up', async () => {
    const resolve = resolverOf({ 'public.test': ['127.0.0.1'] });
    const allow = parseAllowList(`public.test:${port}`);
    const started = Date.now();
    expect(await reasonOf(safeFetch(`http://public.test:${port}/slow`, { resolve, allow, timeoutMs: 400 }))).toBe('timeout');
    expect(await reasonOf(safeFetch(`http://public.test:${port}/silent`, { resolve, allow, timeoutMs: 400 }))).toBe('timeout');
    expect(Date.now() - started).toBeLessThan(3000);
  });

  it('reads HTML and plain text only, in the charset the response names', async () => {
    const resolve = resolverOf({ 'public.test': ['127.0.0.1'] });
    const allow = parseAllowList(`public.test:${port}`);
    expect(await reasonOf(safeFetch(`http://public.test:${port}/pdf`, { resolve, allow }))).toBe('not_article');
    expect((await safeFetch(`http://public.test:${port}/latin1`, { resolve, allow })).text).toBe('Café');
    expect(await reasonOf(safeFetch(`http://public.test:${port}/missing`, { resolve, allow }))).toBe('http_error');
  });

  it('says plainly when a name does not resolve or nobody listens', async () => {
    const resolve = resolverOf({ 'closed.test': ['127.0.0.1'] });
    expect(await reasonOf(safeFetch('http://nowhere.test/', { resolve, allow: [] }))).toBe('unreachable');
    expect(await reasonOf(safeFetch('http://closed.test:1/', { resolve, allow: parseAllowList('closed.test') }))).toBe('unreachable');
  });
});
