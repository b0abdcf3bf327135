/**
 * Everything a caller can reach in the built app, read from the build itself:
 * pages and route handlers from `.next/server/app-paths-manifest.json` (methods from each route
 * file's exports), server actions from `.next/server/server-reference-manifest.json` (id, file,
 * exported name and the pages that can run them). The file system is read too, so a stale build
 * that misses a new file fails loudly instead of silently shrinking the matrix.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '..');
const HTTP_METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'] as const;
export type HttpMethod = (typeof HTTP_METHODS)[number];

export type ActionEntry = {
  /** `app/articles/[id]/actions.ts#updateClaimAction`: the key in the expectation table. */
  key: string;
  id: string;
  /** Route patterns (`/articles/[id]`) of the pages whose bundle holds the action. */
  pages: string[];
};

export type Inventory = {
  /** Route patterns of pages, such as `/articles/[id]`. */
  pages: string[];
  /** `GET /api/v1/articles/[id]` for every exported method of every route handler. */
  routes: string[];
  actions: ActionEntry[];
};

function walk(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) out.push(...walk(full));
    else out.push(full);
  }
  return out;
}

/** `app/articles/[id]/page.tsx` → `/articles/[id]`; route groups `(x)` vanish from the URL. */
function routePattern(appRelativeDir: string): string {
  const parts = appRelativeDir.split(path.sep).filter((p) => p && !/^\(.*\)$/.test(p) && !p.startsWith('@'));
  return '/' + parts.join('/');
}

/** The HTTP methods a route file exports (`export const GET`, `export async function POST`, `export { h as GET }`). */
export function exportedMethods(source: string): HttpMethod[] {
  const found = new Set<HttpMethod>();
  for (const m of source.matchAll(/export\s+(?:const|let|async\s+function|function)\s+([A-Z]+)\b/g)) {
    if ((HTTP_METHODS as readonly string[]).includes(m[1])) found.add(m[1] as HttpMethod);
  }
  for (const m of source.matchAll(/export\s*\{([^}]*)\}/g)) {
    for (const part of m[1].split(',')) {
      const name = part.trim().split(/\s+as\s+/).pop()?.trim() ?? '';
      if ((HTTP_METHODS as readonly string[]).includes(name)) found.add(name as HttpMethod);
    }
  }
  return HTTP_METHODS.filter((m) => found.has(m));
}

type ServerReferenceManifest = {
  node: Record<string, { workers: Record<string, unknown>; filename?: string; exportedName?: string }>;
};

/** Reads the build. Throws when there is no build or it disagrees with the source tree. */
export function readInventory(): Inventory {
  const appPaths = JSON.parse(readFileSync(path.join(ROOT, '.next', 'server', 'app-paths-manifest.json'), 'utf8')) as Record<string, string>;
  const builtPages = new Set<string>();
  const builtRoutes = new Set<string>();
  for (const key of Object.keys(appPaths)) {
    if (key.startsWith('/_')) continue; // the framework's own not-found and error pages
    if (key.endsWith('/page')) builtPages.add(key.slice(0, -'/page'.length) || '/');
    else if (key.endsWith('/route')) builtRoutes.add(key.slice(0, -'/route'.length));
  }

  const appDir = path.join(ROOT, 'app');
  const files = walk(appDir).map((f) => path.relative(ROOT, f));
  const sourcePages = new Set<string>();
  const routes: string[] = [];
  const sourceRoutes = new Set<string>();
  for (const file of files) {
    const base = path.basename(file);
    const dir = path.relative('app', path.dirname(file));
    if (/^page\.(tsx|ts|jsx|js)$/.test(base)) sourcePages.add(routePattern(dir));
    if (/^route\.(ts|js)$/.test(base)) {
      const pattern = routePattern(dir);
      sourceRoutes.add(pattern);
      const methods = exportedMethods(readFileSync(path.join(ROOT, file), 'utf8'));
      if (methods.length === 0) throw new Error(`${file} exports no HTTP method the inventory recognises.`);
      for (const method of methods) routes.push(`${method} ${pattern}`);
    }
  }
  const same = (a: Set<string>, b: Set<string>) => a.size === b.size && [...a].every((x) => b.has(x));
  if (!same(builtPages, sourcePages) || !same(builtRoutes, sourceRoutes)) {
    throw new Error(
      `The build in .next does not match app/ (rebuild): built pages ${[...builtPages].sort().join(', ')}; source pages ${[...sourcePages].sort().join(', ')}; built routes ${[...builtRoutes].sort().join(', ')}; source routes ${[...sourceRoutes].sort().join(', ')}`,
    );
  }

  const manifest = JSON.parse(readFileSync(path.join(ROOT, '.next', 'server', 'server-reference-manifest.json'), 'utf8')) as ServerReferenceManifest;
  const actions: ActionEntry[] = [];
  for (const [id, entry] of Object.entries(manifest.node)) {
    if (!entry.filename || !entry.exportedName) throw new Error(`Server action ${id} has no file or name in the manifest.`);
    const pages = Object.keys(entry.workers)
      .filter((w) => w.startsWith('app/') && w.endsWith('/page'))
      .map((w) => routePattern(path.dirname(w.slice('app/'.length)).replace(/^\.$/, '')));
    actions.push({ key: `${entry.filename}#${entry.exportedName}`, id, pages });
  }
  // A 'use server' file under app/ with none of its actions in the manifest means a stale build.
  const builtFiles = new Set(actions.map((a) => a.key.split('#')[0]));
  for (const file of files) {
    if (!/\.(ts|tsx)$/.test(file)) continue;
    if (!/^\s*['"]use server['"]/.test(readFileSync(path.join(ROOT, file), 'utf8'))) continue;
    const key = file.split(path.sep).join('/');
    if (!builtFiles.has(key)) throw new Error(`Server actions of ${key} are not in the build (rebuild, or are they unused?).`);
  }
  return { pages: [...builtPages].sort(), routes: routes.sort(), actions: actions.sort((a, b) => a.key.localeCompare(b.key)) };
}
