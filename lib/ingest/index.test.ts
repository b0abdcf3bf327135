import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import http from 'node:http';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { fetchArticle, fetchSourceMetadata } from './index';
import { parseAllowList } from './address-policy';
import { failureReason } from './safe-fetch';

let server: http.Server;
let base: string;
let allow: ReturnType<typeof parseAllowList>;

beforeAll(async () => {
  const html = readFileSync(path.join(__dirname, 'testdata', 'news-graph.html'));
  server = http.createServer((req, res) => {
    if (req.url === '/story') {
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
      res.end(html);
    } else if (req.url === '/moved') {
      res.writeHead(301, { Location: '/story' });
      res.end();
    } else {
      res.writeHead(404);
      res.end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  base = `http://127.0.0.1:${port}`;
  allow = parseAllowList(`127.0.0.1:${port}`);
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
});

describe('fetchArticle', () => {
  it('fetches a page through a redirect and extracts its article and metadata', async () => {
    const a = await fetchArticle(`${base}/moved`, { allow });
    expect(a.title).toBe('Council spent €4.5m on a bridge that never opened');
    // the page's canonical link is relative: it resolves against the address the page came from
    expect(a.url).toBe(`${base}/news/2025/03/02/bridge-never-opened`);
    expect(a.body).toContain('## What the accounts show');
  });

  it('refuses the same local page when its address is not on the allow-list', async () => {
    await expect(fetchArticle(`${base}/story`, { allow: [] })).rejects.toMatchObject({ code: 'FETCH_FAILED' });
    const error = await fetchArticle(`${base}/story`, { allow: [] }).catch((e: unknown) => e);
    expect(failureReason(error)).toBe('refused_address');
  });

  it('reads title, publisher and day for the source form', async () => {
    expect(await fetchSourceMetadata(`${base}/story`, { allow })).toEqual({
      title: 'Council spent €4.5m on a bridge that never opened',
      publisher: 'The Riverside Courier',
      publishedAt: '2025-03-02',
      url: `${base}/story`,
    });
  });
});
