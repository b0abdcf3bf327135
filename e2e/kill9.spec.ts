import { expect, test, type APIRequestContext } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { freePort } from '../lib/test/db-global-setup';
import { E2E_PASSWORD, USERS } from './credentials';

/*
 * Stops Claimdesk with kill -9 under write load, twice, and checks that every write the API
 * acknowledged is still there and the audit log matches the data exactly.
 *   1. the whole process group (npm start, the Next.js server, PostgreSQL) dies at once: the next
 *      start finds a crashed cluster and PostgreSQL replays its log;
 *   2. only `npm start` (scripts/start.ts) dies: the Next.js server and PostgreSQL live on as orphans
 *      holding the ports and the cluster; the next start must stop them and serve again.
 * It runs its own server (built app, own embedded cluster, own ports) beside the suite's.
 */
const ROOT = path.resolve(__dirname, '..');
const ARTICLE_BODY =
  'Unemployment fell to 3.9% in May, the statistics office said. The minister said the new law will cut waiting times by half by 2027. ' +
  'Crime rose by 12% last year because of the closure of youth centres, according to the police report.';

type Server = { child: ChildProcess; log: string };
type Acks = {
  articles: string[];
  /** Each acknowledged claim edit: the version the server answered and the rationale it stored. */
  edits: { claimId: string; version: number; rationale: string }[];
  sources: { claimId: string; sourceId: string }[];
};

test.describe('kill -9 under write load', () => {
  test.describe.configure({ timeout: 240_000 });
  let dataDir: string;
  let port: number;
  let pgPort: number;
  const servers: Server[] = [];

  test.beforeAll(async () => {
    // A folder only its owner can enter, like a fresh `mktemp -d`: as root, the cluster has to move
    // somewhere the postgres user can reach, and survive the kills there.
    dataDir = path.join(mkdtempSync(path.join(tmpdir(), 'claimdesk-kill9-')), 'data');
    chmodSync(path.dirname(dataDir), 0o700);
    port = await freePort();
    pgPort = await freePort();
  });

  test.afterAll(async () => {
    for (const s of servers) killGroup(s, 'SIGKILL');
    // Orphans of the last round, if a failure left any: whatever still runs on our cluster.
    const clusters = new Set([path.dirname(dataDir), ...servers.map(clusterDirOf).filter((d): d is string => !!d)]);
    for (const dir of clusters) for (const pid of processesMentioning(dir)) killPid(pid);
    await new Promise((r) => setTimeout(r, 500));
    for (const dir of clusters) rmSync(dir, { recursive: true, force: true });
  });

  function startServer(): Server {
    const logFile = path.join(path.dirname(dataDir), `server-${servers.length}.log`);
    const out = openSync(logFile, 'a');
    const child = spawn(path.join(ROOT, 'node_modules', '.bin', 'tsx'), ['scripts/start.ts'], {
      cwd: ROOT,
      detached: true, // its own process group, so kill -9 can take all of it at once
      stdio: ['ignore', out, out],
      env: {
        ...process.env,
        DATABASE_URL: '',
        PORT: String(port),
        CLAIMDESK_PG_PORT: String(pgPort),
        CLAIMDESK_DATA_DIR: dataDir,
        CLAIMDESK_SEED_PASSWORD: E2E_PASSWORD,
        CLAIMDESK_SKIP_BUILD: '1', // the suite's server has just built the app
        CLAIMDESK_API_RATE_PER_MINUTE: '1000000',
        CLAIMDESK_API_RATE_BURST: '1000000',
        NEXTAUTH_URL: `http://localhost:${port}`,
        NEXTAUTH_SECRET: 'kill9-test-secret-kill9-test-secret',
        NEXT_TELEMETRY_DISABLED: '1',
      },
    });
    const server = { child, log: logFile };
    servers.push(server);
    return server;
  }

  async function waitHealthy(request: APIRequestContext, server: Server): Promise<void> {
    const base = `http://localhost:${port}`;
    for (let i = 0; i < 240; i++) {
      if (server.child.exitCode !== null) throw new Error(`The server exited (${server.child.exitCode}):\n${readFileSync(server.log, 'utf8').slice(-3000)}`);
      // The new server's own Next.js must be up: an orphan from the last round may still answer.
      const ready = readFileSync(server.log, 'utf8').includes('Ready in');
      const ok = ready && await request
        .get(`${base}/api/v1/health`, { timeout: 2000 })
        .then((r) => r.ok())
        .catch(() => false);
      if (ok) return;
      await new Promise((r) => setTimeout(r, 250));
    }
    throw new Error(`The server did not become healthy:\n${readFileSync(server.log, 'utf8').slice(-3000)}`);
  }

  test('every acknowledged write survives, and the audit log matches the data', async ({ playwright }) => {
    const base = `http://localhost:${port}`;
    const request = await playwright.request.newContext({ baseURL: base, extraHTTPHeaders: { Origin: base } });
    const timings: string[] = [];
    const timed = async (label: string, step: () => Promise<void>) => {
      const t0 = Date.now();
      await step();
      timings.push(`${label} ${((Date.now() - t0) / 1000).toFixed(1)} s`);
    };
    let server = startServer();
    await timed('first start', () => waitHealthy(request, server));

    // An admin signs in once and makes a write token for the load.
    const csrf = ((await (await request.get('/api/auth/csrf')).json()) as { csrfToken: string }).csrfToken;
    await request.post('/api/auth/callback/credentials', { form: { csrfToken: csrf, email: USERS.admin.email, password: E2E_PASSWORD, json: 'true' } });
    const created = await request.post('/api/v1/tokens', { data: { name: 'kill -9 load', scope: 'write' } });
    expect(created.status(), await created.text()).toBe(201);
    const token = ((await created.json()) as { data: { token: string } }).data.token;
    const api = await playwright.request.newContext({ baseURL: base, extraHTTPHeaders: { Authorization: `Bearer ${token}` } });
    const verdicts = ((await (await api.get('/api/v1/verdicts')).json()) as { data: { id: string }[] }).data;

    const acks: Acks = { articles: [], edits: [], sources: [] };
    const attempts = { total: 0 };

    /** Workers write until told to stop; a request cut off by the kill is simply not acknowledged. */
    async function worker(w: number, stop: { now: boolean }): Promise<void> {
      for (let i = 0; !stop.now; i++) {
        const tag = `w${w}-${i}-${Date.now()}`;
        try {
          attempts.total++;
          const article = await api.post('/api/v1/articles', { data: { title: `Kill ${tag}`, body: ARTICLE_BODY }, timeout: 15_000 });
          if (article.status() !== 201) continue;
          const articleId = ((await article.json()) as { data: { id: string } }).data.id;
          acks.articles.push(articleId);
          const claims = ((await (await api.get(`/api/v1/articles/${articleId}/claims`, { timeout: 15_000 })).json()) as { data: { id: string; version: number }[] }).data;
          const claim = claims[0];
          if (!claim) continue;
          let version = claim.version;
          for (const [n, extra] of [[1, { verdictId: verdicts[i % verdicts.length].id }], [2, {}]] as const) {
            const rationale = `rationale ${n} ${tag}`;
            attempts.total++;
            const edit = await api.patch(`/api/v1/articles/${articleId}/claims/${claim.id}`, { data: { version, rationale, ...extra }, timeout: 15_000 });
            if (edit.status() !== 200) break;
            version = ((await edit.json()) as { data: { version: number } }).data.version;
            acks.edits.push({ claimId: claim.id, version, rationale });
            if (n === 1) {
              attempts.total++;
              const source = await api.post(`/api/v1/articles/${articleId}/claims/${claim.id}/sources`, { data: { url: `https://example.org/${tag}`, title: `Source ${tag}` }, timeout: 15_000 });
              if (source.status() === 201) {
                acks.sources.push({ claimId: claim.id, sourceId: ((await source.json()) as { data: { id: string } }).data.id });
                version = Number(source.headers()['x-claim-version']); // a source bumps the claim's version
              }
            }
          }
        } catch {
          // Connection refused or reset: the server is down; try again until stopped.
          await new Promise((r) => setTimeout(r, 50));
        }
      }
    }

    async function loadThenKill(kill: () => void): Promise<void> {
      const stop = { now: false };
      const before = acks.articles.length;
      const workers = [0, 1, 2, 3].map((w) => worker(w, stop));
      // Let writes flow, then kill while requests are in flight.
      const until = Date.now() + 20_000;
      while (acks.articles.length < before + 8 && Date.now() < until) await new Promise((r) => setTimeout(r, 50));
      kill();
      await new Promise((r) => setTimeout(r, 400));
      stop.now = true;
      await Promise.all(workers);
      expect(acks.articles.length, 'writes were acknowledged before the kill').toBeGreaterThanOrEqual(before + 8);
    }

    // Round 1: everything dies at once.
    await timed('load 1', () => loadThenKill(() => killGroup(server, 'SIGKILL')));
    await waitExit(server.child);
    server = startServer();
    await timed('restart after the whole group was killed', () => waitHealthy(request, server));

    // Round 2: only npm start dies; its Next.js server and PostgreSQL live on as orphans.
    const orphans = { value: [] as number[] };
    await timed('load 2', () =>
      loadThenKill(() => {
        const startPid = startScriptPid(server);
        orphans.value = childrenOf(startPid).filter((pid) => /postgres|next/.test(commandLine(pid)));
        killPid(startPid);
      }),
    );
    expect(orphans.value.length, 'npm start had children to orphan').toBeGreaterThan(0);
    server = startServer();
    await timed('restart with orphans', () => waitHealthy(request, server));
    const log = readFileSync(server.log, 'utf8');
    expect(log).toMatch(/stopping the PostgreSQL \(pid \d+\) left running by an earlier Claimdesk/);
    expect(log).toMatch(/stopping the app server \(pid \d+\) left running by an earlier start/);
    if (process.getuid?.() === 0) {
      // Root, private folder: the postgres user could not enter it, so the cluster lives elsewhere, said so, and stayed there.
      expect(log).toContain(`the postgres user cannot enter ${dataDir}`);
      expect(new Set(servers.map(clusterDirOf)).size).toBe(1);
      expect(clusterDirOf(server)?.startsWith(path.dirname(dataDir))).toBe(false);
    }
    for (const pid of orphans.value) expect(existsSync(`/proc/${pid}`) && !readFileSync(`/proc/${pid}/stat`, 'utf8').includes(') Z '), `orphan ${pid} was stopped`).toBe(false);

    // Every acknowledged write is there, and the audit log agrees with the data, both ways.
    const password = readFileSync(path.join(dataDir, '.pg-password'), 'utf8').trim();
    const db = new pg.Client({ host: '127.0.0.1', port: pgPort, user: 'postgres', password, database: 'claimdesk' });
    await db.connect();
    try {
      const articleIds = acks.articles;
      const articles = await db.query<{ id: string }>('SELECT id FROM "Article" WHERE id = ANY($1)', [articleIds]);
      expect(articles.rowCount, 'acknowledged articles present').toBe(articleIds.length);
      const created = await db.query<{ entityId: string }>(`SELECT "entityId" FROM "AuditEvent" WHERE action = 'article.create'`);
      const createdIds = new Set(created.rows.map((r) => r.entityId));
      for (const id of articleIds) expect(createdIds.has(id), `article ${id} has its audit event`).toBe(true);
      const allArticles = new Set((await db.query<{ id: string }>('SELECT id FROM "Article"')).rows.map((r) => r.id));
      for (const id of createdIds) expect(allArticles.has(id), `audit event for article ${id} that is not there`).toBe(true);

      // Extracted claims: each claim of our articles has its event, and each event its claim.
      const claims = await db.query<{ id: string }>('SELECT id FROM "Claim" WHERE "articleId" = ANY($1)', [articleIds]);
      const extracted = new Set((await db.query<{ entityId: string }>(`SELECT "entityId" FROM "AuditEvent" WHERE action = 'claim.extract'`)).rows.map((r) => r.entityId));
      for (const c of claims.rows) expect(extracted.has(c.id), `claim ${c.id} has its extract event`).toBe(true);
      const allClaims = new Set((await db.query<{ id: string }>('SELECT id FROM "Claim"')).rows.map((r) => r.id));
      for (const id of extracted) expect(allClaims.has(id), `extract event for claim ${id} that is not there`).toBe(true);

      // Claim edits: the stored version is at least the acknowledged one, and versions 2..current
      // each have exactly one audit event — no change without its event, no event without its change.
      const touched = [...new Set(acks.edits.map((e) => e.claimId))];
      const rows = await db.query<{ id: string; version: number }>('SELECT id, version FROM "Claim" WHERE id = ANY($1)', [touched]);
      const stored = new Map(rows.rows.map((r) => [r.id, r.version]));
      const events = await db.query<{ entityId: string; version: string; rationale: string | null }>(
        // A source change bumps its claim's version too; its event records the claim and that version.
        `SELECT "entityId", after->>'version' AS version, after->>'rationale' AS rationale FROM "AuditEvent" WHERE "entityType" = 'claim' AND action <> 'claim.extract' AND "entityId" = ANY($1)
         UNION ALL SELECT after->>'claimId', after->>'claimVersion', NULL FROM "AuditEvent" WHERE "entityType" = 'source' AND after->>'claimId' = ANY($1)`,
        [touched],
      );
      for (const claimId of touched) {
        const current = stored.get(claimId);
        expect(current, `claim ${claimId} present`).toBeDefined();
        const versions = events.rows.filter((e) => e.entityId === claimId).map((e) => Number(e.version)).sort((a, b) => a - b);
        expect(versions, `claim ${claimId}: one audit event per stored version`).toEqual(Array.from({ length: (current ?? 1) - 1 }, (_, i) => i + 2));
      }
      for (const edit of acks.edits) {
        expect(stored.get(edit.claimId)!, `claim ${edit.claimId} keeps acknowledged version ${edit.version}`).toBeGreaterThanOrEqual(edit.version);
        const event = events.rows.find((e) => e.entityId === edit.claimId && Number(e.version) === edit.version);
        expect(event?.rationale, `audit event of claim ${edit.claimId} v${edit.version}`).toBe(edit.rationale);
      }

      // Sources: each acknowledged one is there with its event, and each event's source exists.
      const sourceIds = acks.sources.map((s) => s.sourceId);
      expect((await db.query('SELECT id FROM "Source" WHERE id = ANY($1)', [sourceIds])).rowCount, 'acknowledged sources present').toBe(sourceIds.length);
      const added = new Set((await db.query<{ entityId: string }>(`SELECT "entityId" FROM "AuditEvent" WHERE action = 'source.add'`)).rows.map((r) => r.entityId));
      for (const id of sourceIds) expect(added.has(id), `source ${id} has its audit event`).toBe(true);
      const allSources = new Set((await db.query<{ id: string }>('SELECT id FROM "Source"')).rows.map((r) => r.id));
      for (const id of added) expect(allSources.has(id), `audit event for source ${id} that is not there`).toBe(true);
      console.log(`kill -9: ${attempts.total} writes attempted; acknowledged ${acks.articles.length} articles, ${acks.edits.length} claim edits, ${acks.sources.length} sources; ${timings.join(', ')}`);
      expect(acks.edits.length).toBeGreaterThan(10);
      expect(acks.sources.length).toBeGreaterThan(5);
    } finally {
      await db.end();
    }
    await api.dispose();
    await request.dispose();

    // A clean stop after all this.
    process.kill(server.child.pid!, 'SIGINT');
    await waitExit(server.child);
  });
});

/** The cluster folder npm start printed. */
function clusterDirOf(server: Server): string | undefined {
  if (!existsSync(server.log)) return undefined;
  return /PostgreSQL is running; its files are in (.+)/.exec(readFileSync(server.log, 'utf8'))?.[1]?.trim();
}

function killGroup(server: Server, signal: NodeJS.Signals): void {
  try {
    process.kill(-server.child.pid!, signal);
  } catch {
    // Already gone.
  }
}

function killPid(pid: number): void {
  try {
    process.kill(pid, 'SIGKILL');
  } catch {
    // Already gone.
  }
}

function waitExit(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once('exit', () => resolve()));
}

function childrenOf(pid: number): number[] {
  const out: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (ppid === pid) out.push(Number(entry));
    } catch {
      // Exited while we looked.
    }
  }
  return out;
}

/** The node process that runs scripts/start.ts (tsx starts it as a child of its own). */
function startScriptPid(server: Server): number {
  const pids = [server.child.pid!, ...childrenOf(server.child.pid!)];
  const found = pids.filter((pid) => {
    try {
      return readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').some((a) => a.endsWith('scripts/start.ts')) && childrenOf(pid).length > 0;
    } catch {
      return false;
    }
  });
  return found[found.length - 1] ?? server.child.pid!;
}

function commandLine(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' ');
  } catch {
    return '';
  }
}

function processesMentioning(text: string): number[] {
  return readdirSync('/proc')
    .filter((e) => /^\d+$/.test(e))
    .map(Number)
    .filter((pid) => {
      try {
        return pid !== process.pid && readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(text);
      } catch {
        return false;
      }
    });
}
