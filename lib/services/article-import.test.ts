import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import http from 'node:http';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { prisma } from '../db';
import { createArticleFromUrl, previewArticleFromUrl, sourceMetadataFromUrl } from './article-import';
import { getArticle } from './articles';
import { makeUser, resetData } from '../test/factories';

let server: http.Server;
let site: string;
const saved = { allow: process.env.CLAIMDESK_FETCH_ALLOW, burst: process.env.CLAIMDESK_FETCH_RATE_BURST };

beforeAll(async () => {
  const page = readFileSync(path.resolve(__dirname, '../ingest/testdata/news-graph.html'));
  server = http.createServer((req, res) => {
    if (req.url === '/story') {
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
      res.end(page);
    } else {
      res.writeHead(404);
      res.end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  site = `127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
});

beforeEach(async () => {
  await resetData();
  await prisma.rateLimit.deleteMany({});
  process.env.CLAIMDESK_FETCH_ALLOW = site;
});

afterEach(() => {
  // assigning undefined to process.env would store the string "undefined"
  for (const [key, value] of [['CLAIMDESK_FETCH_ALLOW', saved.allow], ['CLAIMDESK_FETCH_RATE_BURST', saved.burst]] as const) {
    if (value === undefined) delete process.env[key];
    else process.env[key] = value;
  }
});

describe('previewArticleFromUrl', () => {
  it('shows the page as an article and stores nothing', async () => {
    const reviewer = await makeUser('reviewer');
    const preview = await previewArticleFromUrl(reviewer, { url: `http://${site}/story` });
    expect(preview).toMatchObject({ title: 'Council spent €4.5m on a bridge that never opened', publishedAt: '2025-03-02', modifiedAt: '2025-03-03', language: 'en-GB', format: 'markdown' });
    expect(await prisma.article.count()).toBe(0);
    expect(await prisma.auditEvent.count()).toBe(0);
  });

  it('refuses a private address that is not on the allow-list, and a bad link, storing nothing', async () => {
    const reviewer = await makeUser('reviewer');
    process.env.CLAIMDESK_FETCH_ALLOW = '';
    await expect(previewArticleFromUrl(reviewer, { url: `http://${site}/story` })).rejects.toMatchObject({ code: 'FETCH_FAILED', details: { reason: 'refused_address' } });
    await expect(previewArticleFromUrl(reviewer, { url: 'file:///etc/passwd' })).rejects.toMatchObject({ code: 'INVALID', fields: { url: expect.any(Array) } });
    expect(await prisma.article.count()).toBe(0);
  });

  it('limits how often one user may fetch, shared through the database', async () => {
    const reviewer = await makeUser('reviewer');
    const other = await makeUser('reviewer');
    process.env.CLAIMDESK_FETCH_RATE_BURST = '2';
    await previewArticleFromUrl(reviewer, { url: `http://${site}/story` });
    await previewArticleFromUrl(reviewer, { url: `http://${site}/story` });
    await expect(previewArticleFromUrl(reviewer, { url: `http://${site}/story` })).rejects.toMatchObject({ code: 'RATE_LIMITED' });
    // another user has a bucket of their own
    await expect(previewArticleFromUrl(other, { url: `http://${site}/story` })).resolves.toMatchObject({ language: 'en-GB' });
  });
});

describe('createArticleFromUrl', () => {
  it('stores the fetched article with its claims; fields given in the request win over the page', async () => {
    const reviewer = await makeUser('reviewer');
    const { id, claimCount } = await createArticleFromUrl(reviewer, { url: `http://${site}/story`, title: 'My own title' });
    expect(claimCount).toBeGreaterThan(3);
    const article = await getArticle(reviewer, id);
    expect(article).toMatchObject({ title: 'My own title', author: 'Maria López, Tom Reed', outlet: 'The Riverside Courier', url: `http://${site}/news/2025/03/02/bridge-never-opened`, modifiedAt: '2025-03-03', language: 'en-GB' });
    expect(article.claims.some((c) => c.quote.startsWith('Pull quote') || c.quote.startsWith('Caption'))).toBe(false);
    expect(article.claims.some((c) => c.quote.includes('€4.5 million on a footbridge'))).toBe(true);
  });
});

describe('sourceMetadataFromUrl', () => {
  it('reads the title, publisher and day under the same rules', async () => {
    const reviewer = await makeUser('reviewer');
    expect(await sourceMetadataFromUrl(reviewer, { url: `http://${site}/story` })).toMatchObject({ title: 'Council spent €4.5m on a bridge that never opened', publisher: 'The Riverside Courier', publishedAt: '2025-03-02' });
    process.env.CLAIMDESK_FETCH_ALLOW = '';
    await expect(sourceMetadataFromUrl(reviewer, { url: `http://${site}/story` })).rejects.toMatchObject({ code: 'FETCH_FAILED' });
  });
});
