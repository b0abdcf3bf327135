import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openApiDocument } from './openapi';

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
});
