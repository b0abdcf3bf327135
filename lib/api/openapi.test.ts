import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openApiDocument } from './openapi';
import { approvalBlockers } from '../review/four-eyes';
import { searchQuerySchema } from '../validation/search-query';
import { articleListQuerySchema } from '../validation/api-query';

const API_DIR = path.resolve(__dirname, '../../app/api/v1');
const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'] as const;

/** Every route handler under app/api/v1 as "METHOD /api/v1/path/{param}". */
function implementedOperations(): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name === 'route.ts') {
        const source = readFileSync(full, 'utf8');
        const route = '/api/v1/' + path.relative(API_DIR, dir).split(path.sep).map((s) => s.replace(/^\[(.+)\]$/, '{$1}')).join('/');
        for (const m of METHODS) if (new RegExp(`export (const|async function) ${m}\\b`).test(source)) found.push(`${m} ${route}`);
      }
    }
  };
  walk(API_DIR);
  return found.sort();
}

function documentedOperations(): string[] {
  const doc = openApiDocument();
  return Object.entries(doc.paths)
    .flatMap(([p, item]) => Object.keys(item).filter((k) => k !== 'parameters').map((m) => `${m.toUpperCase()} ${p}`))
    .sort();
}

describe('the OpenAPI document', () => {
  it('documents exactly the route handlers that exist under app/api/v1', () => {
    expect(documentedOperations()).toEqual(implementedOperations());
  });

  it('resolves every $ref, and names the error schema on every error response', () => {
    const doc = openApiDocument('http://localhost:3000');
    const text = JSON.stringify(doc);
    for (const [, kind, name] of text.matchAll(/"#\/components\/(schemas|responses)\/([A-Za-z0-9]+)"/g)) {
      expect((doc.components as Record<string, Record<string, unknown>>)[kind][name], `${kind}/${name}`).toBeDefined();
    }
    for (const item of Object.values(doc.paths)) {
      for (const [method, op] of Object.entries(item)) {
        if (method === 'parameters') continue;
        const responses = (op as { responses: Record<string, unknown> }).responses;
        for (const [status, response] of Object.entries(responses)) {
          if (Number(status) >= 400 && status !== '503') {
            expect(JSON.stringify(response), `${method} ${status}`).toMatch(/#\/components\/responses\/E\d{3}/);
          }
        }
      }
    }
    expect(doc.openapi).toBe('3.1.0');
  });

  type Op = { security?: unknown[]; description?: string; summary?: string; responses: Record<string, { headers?: Record<string, unknown> }> };
  const operations = () =>
    Object.entries(openApiDocument().paths).flatMap(([p, item]) =>
      Object.entries(item).filter(([m]) => m !== 'parameters').map(([m, op]) => ({ name: `${m.toUpperCase()} ${p}`, op: op as unknown as Op })),
    );

  it('marks exactly the token routes and the backup as needing a signed-in session, 403 for tokens', () => {
    const sessionOnly = operations().filter(({ op }) => JSON.stringify(op.security) === JSON.stringify([{ sessionCookie: [] }]));
    expect(sessionOnly.map((o) => o.name).sort()).toEqual(['DELETE /api/v1/tokens/{tokenId}', 'GET /api/v1/exports/backup', 'GET /api/v1/tokens', 'POST /api/v1/tokens'].sort());
    for (const { op } of sessionOnly) {
      expect(op.description).toMatch(/signed-in session/);
      expect(op.responses['403']).toBeDefined();
    }
  });

  it('says when a cookie-authenticated write is refused: another origin or a body that is not JSON', () => {
    const doc = openApiDocument();
    const forbidden = (doc.components.responses as Record<string, { description: string }>).E403.description;
    expect(forbidden).toMatch(/another origin/);
    expect(forbidden).toMatch(/not JSON/);
    expect(forbidden).toMatch(/tokens, backup/);
  });

  it('documents X-Claim-Count and the ClaimReview-only X-Omitted-Count on both exports', () => {
    const exports = operations().filter(({ name }) => name === 'GET /api/v1/exports' || name === 'GET /api/v1/articles/{id}/export');
    expect(exports).toHaveLength(2);
    for (const { op } of exports) {
      expect(Object.keys(op.responses['200'].headers ?? {})).toEqual(['X-Claim-Count', 'X-Omitted-Count']);
      expect(JSON.stringify(op.responses['200'].headers)).toMatch(/ClaimReview/);
    }
  });

  it("documents the approve step of PATCH with every blocker code the four-eyes rule can give", () => {
    const patch = operations().find(({ name }) => name === 'PATCH /api/v1/articles/{id}/claims/{claimId}')!.op;
    expect(patch.description).toMatch(/error\.details\.blockers/);
    const doc = openApiDocument();
    const schemas = doc.components.schemas as Record<string, { properties: Record<string, { enum?: string[]; items?: unknown }>; required?: string[] }>;
    const documented = schemas.ApprovalBlocker.properties.code.enum;
    const me = 'usr_me';
    const codes = new Set([
      ...approvalBlockers({ status: 'open', hasVerdict: false, rationale: null, sourceCount: 0, reviewers: [{ id: me, parts: ['verdict'] }] }, me, 1),
      ...approvalBlockers({ status: 'needs_review', hasVerdict: true, rationale: null, sourceCount: 0, reviewers: [] }, me, 1),
    ].map((b) => b.code));
    expect([...codes].sort()).toEqual([...(documented ?? [])].sort());
    expect(JSON.stringify(schemas.Error)).toContain('#/components/schemas/ApprovalBlocker');
    expect(schemas.Claim.required).toContain('reviewers');
    expect(Object.keys(schemas.Claim.properties.reviewers.items as object)).toContain('required');
  });

  it('documents every search and article-list parameter the route validates, from the same zod schemas', () => {
    const doc = openApiDocument();
    const params = (p: string) => ((doc.paths[p] as { get: { parameters: { name: string; required: boolean; schema: { maxLength?: number } }[] } }).get.parameters);
    expect(params('/api/v1/search').map((p) => p.name).sort()).toEqual(Object.keys(searchQuerySchema.shape).sort());
    expect(params('/api/v1/search').find((p) => p.name === 'q')).toMatchObject({ required: true, schema: { maxLength: 200 } });
    expect(params('/api/v1/articles').map((p) => p.name).sort()).toEqual(Object.keys(articleListQuerySchema.shape).sort());
    expect(params('/api/v1/articles').every((p) => !p.required)).toBe(true);
  });
});
