/**
 * Verdict-save load benchmark: the built app on a throwaway embedded PostgreSQL, one API token, and
 * the SAME client code (Node's http with a keep-alive agent) for the baseline `GET /api/v1/health`
 * and for `PATCH /api/v1/articles/:id/claims/:claimId` (a verdict save with its version check), at
 * N concurrent clients each on its own claim, then one client alone. Prints throughput, p50/p95/p99
 * and the ratio save/health.
 *
 *   npm run bench:load                         build when missing, 50 clients, 10 s per phase
 *   npm run bench:load -- --clients 20 --seconds 5 --port 3300
 *   npm run bench:load -- --cpu-prof DIR       also write V8 CPU profiles of the server into DIR
 *   npm run bench:load -- --json               one JSON line at the end (for scripts)
 *
 * The rate limit stays on (its statement runs on every request, as in production) with a bucket
 * large enough never to refuse the benchmark.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(__dirname, '..');

function argValue(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i === -1 ? undefined : process.argv[i + 1];
}

const CLIENTS = Number(argValue('--clients') ?? 50);
const SECONDS = Number(argValue('--seconds') ?? 10);
const PORT = Number(argValue('--port') ?? 3300);
const SOLO_REQUESTS = Number(argValue('--solo') ?? 300);
const CPU_PROF_DIR = argValue('--cpu-prof');

/** `requests` counts every answer (latencies too); `errors` the ones that were not 200 or never came. */
type Phase = { label: string; requests: number; errors: number; seconds: number; latencies: number[] };
type Request = { method: string; path: string; body?: string };

const agent = new http.Agent({ keepAlive: true, maxSockets: CLIENTS + 1 });
let token = '';

/** One request on the shared keep-alive agent; resolves with status and body text. */
function send(req: Request): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const headers: http.OutgoingHttpHeaders = { authorization: `Bearer ${token}`, accept: 'application/json' };
    if (req.body !== undefined) {
      headers['content-type'] = 'application/json';
      headers['content-length'] = Buffer.byteLength(req.body);
    }
    const r = http.request({ host: '127.0.0.1', port: PORT, method: req.method, path: req.path, agent, headers }, (res) => {
      const parts: Buffer[] = [];
      res.on('data', (c: Buffer) => parts.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(parts).toString('utf8') }));
      res.on('error', reject);
    });
    r.on('error', reject);
    if (req.body !== undefined) r.write(req.body);
    r.end();
  });
}

/**
 * A client is a loop: build the next request, send it, record the latency, learn from the answer.
 * `next` and `learn` are the only difference between the health and the save clients.
 */
type Client = { next: () => Request; learn: (status: number, body: string) => void };

async function runPhase(label: string, clients: Client[], seconds: number, maxRequests = Infinity): Promise<Phase> {
  const latencies: number[] = [];
  let errors = 0;
  const started = performance.now();
  const until = started + seconds * 1000;
  await Promise.all(clients.map(async (client) => {
    while (performance.now() < until && latencies.length < maxRequests) {
      const t0 = performance.now();
      let answer: { status: number; body: string };
      try {
        answer = await send(client.next());
      } catch (error) {
        // A connection reset counts as a failed request.
        latencies.push(performance.now() - t0);
        errors += 1;
        if (errors <= 3) console.error(`[bench] ${label}: ${String(error)}`);
        continue;
      }
      const { status, body } = answer;
      latencies.push(performance.now() - t0);
      if (status !== 200) {
        errors += 1;
        if (errors <= 3) console.error(`[bench] ${label}: ${status} ${body.slice(0, 200)}`);
      }
      client.learn(status, body);
    }
  }));
  return { label, requests: latencies.length, errors, seconds: (performance.now() - started) / 1000, latencies };
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

function summarise(phase: Phase) {
  const sorted = [...phase.latencies].sort((a, b) => a - b);
  return {
    label: phase.label,
    requests: phase.requests,
    errors: phase.errors,
    /** Answers that succeeded (200), per second: a refused or failed save is not a save. */
    perSecond: (phase.requests - phase.errors) / phase.seconds,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    mean: sorted.reduce((s, v) => s + v, 0) / Math.max(1, sorted.length),
  };
}

const healthClient = (): Client => ({ next: () => ({ method: 'GET', path: '/api/v1/health' }), learn: () => undefined });

type SeededClaim = { articleId: string; claimId: string; version: number };

/** Each save client owns one claim and flips its verdict between two values, naming the version it read. */
function saveClient(claim: SeededClaim, verdictIds: [string, string]): Client {
  let flip = 0;
  return {
    next: () => ({
      method: 'PATCH',
      path: `/api/v1/articles/${claim.articleId}/claims/${claim.claimId}`,
      body: JSON.stringify({ version: claim.version, verdictId: verdictIds[flip++ % 2] }),
    }),
    learn: (status, body) => {
      if (status === 200) claim.version = (JSON.parse(body) as { data: { version: number } }).data.version;
      else if (status === 409) claim.version = (JSON.parse(body) as { error: { details: { current: { version: number } } } }).error.details.current.version;
    },
  };
}

async function seed(url: string, claimCount: number): Promise<{ claims: SeededClaim[]; verdictIds: [string, string]; token: string }> {
  process.env.DATABASE_URL = url;
  const { prisma, disconnectDb } = await import('../lib/db');
  const { DEFAULT_VERDICTS } = await import('../lib/seed/verdict-scale');
  const { hashToken } = await import('../lib/services/tokens');
  await prisma.verdictOption.createMany({ data: DEFAULT_VERDICTS.map((v) => ({ ...v })) });
  await prisma.setting.create({ data: { id: 1, orgName: 'Bench Desk', orgUrl: 'https://bench.example' } });
  const verdicts = await prisma.verdictOption.findMany({ orderBy: { order: 'asc' } });
  const user = await prisma.user.create({ data: { email: 'bench@localhost', name: 'Bench Reviewer', role: 'reviewer', passwordHash: '!' } });
  const article = await prisma.article.create({ data: { title: 'Load article', body: 'x'.repeat(4000), addedById: user.id } });
  await prisma.claim.createMany({
    data: Array.from({ length: claimCount }, (_, i) => ({
      articleId: article.id, quote: `Claim number ${i} of the load article.`, start: i * 40, end: i * 40 + 30, prefix: '', suffix: '',
      claimText: `Claim number ${i} of the load article.`, status: 'in_progress' as const, checkworthiness: 0.8,
    })),
  });
  const claims = await prisma.claim.findMany({ where: { articleId: article.id }, select: { id: true, version: true }, orderBy: { start: 'asc' } });
  const secret = `cd_${randomBytes(32).toString('base64url')}`;
  await prisma.apiToken.create({ data: { name: 'bench', prefix: secret.slice(0, 10), tokenHash: hashToken(secret), scope: 'write', createdById: user.id } });
  await disconnectDb();
  return { claims: claims.map((c) => ({ articleId: article.id, claimId: c.id, version: c.version })), verdictIds: [verdicts[0].id, verdicts[4].id], token: secret };
}

async function waitForHealth(deadlineMs: number): Promise<void> {
  const until = Date.now() + deadlineMs;
  for (;;) {
    try {
      const { status } = await send({ method: 'GET', path: '/api/v1/health' });
      if (status === 200) return;
    } catch {
      // not listening yet
    }
    if (Date.now() > until) throw new Error('The app did not answer /api/v1/health in time.');
    await new Promise((r) => setTimeout(r, 250));
  }
}

function machine(pgVersion: string) {
  const cpus = os.cpus();
  return {
    nproc: cpus.length,
    cpu: cpus[0]?.model.trim() ?? 'unknown',
    ramGb: Math.round(os.totalmem() / 1024 ** 3),
    node: process.version,
    postgres: pgVersion,
  };
}

const ms = (n: number) => `${n.toFixed(1)} ms`.padStart(9);

async function main(): Promise<void> {
  const { startEmbeddedPostgres } = await import('../lib/db/embedded-postgres');
  const { freePort, migrate } = await import('../lib/test/db-global-setup');
  if (!existsSync(path.join(root, '.next', 'BUILD_ID')) || process.argv.includes('--build')) {
    console.log('[bench] building the app…');
    const build = spawnSync(path.join(root, 'node_modules', '.bin', 'next'), ['build'], { cwd: root, stdio: 'inherit', env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' } });
    if (build.status !== 0) throw new Error('next build failed');
  }
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'claimdesk-load-'));
  chmodSync(dataDir, 0o755);
  const db = await startEmbeddedPostgres({ dataDir, port: await freePort(), database: 'claimdesk_load' });
  let app: ChildProcess | undefined;
  try {
    migrate(db.url);
    const seeded = await seed(db.url, CLIENTS);
    token = seeded.token;
    const pg = await import('pg');
    const probe = new pg.default.Client({ connectionString: db.url });
    await probe.connect();
    const pgVersion = (await probe.query<{ server_version: string }>('SHOW server_version')).rows[0].server_version;
    await probe.end();

    const env: NodeJS.ProcessEnv = {
      ...process.env,
      NODE_ENV: 'production',
      NEXT_TELEMETRY_DISABLED: '1',
      DATABASE_URL: db.url,
      NEXTAUTH_SECRET: randomBytes(32).toString('base64url'),
      NEXTAUTH_URL: `http://localhost:${PORT}`,
      CLAIMDESK_API_RATE_PER_MINUTE: '100000000',
      CLAIMDESK_API_RATE_BURST: '100000000',
    };
    // `node …/next start` rather than the .bin shim, so --cpu-prof (refused in NODE_OPTIONS) can be given.
    const nodeArgs: string[] = [];
    if (CPU_PROF_DIR) {
      mkdirSync(CPU_PROF_DIR, { recursive: true });
      nodeArgs.push('--cpu-prof', `--cpu-prof-dir=${path.resolve(CPU_PROF_DIR)}`);
    }
    app = spawn(process.execPath, [...nodeArgs, path.join(root, 'node_modules', 'next', 'dist', 'bin', 'next'), 'start', '-p', String(PORT)], {
      cwd: root, env, stdio: ['ignore', 'ignore', 'inherit'],
    });
    const exited = new Promise<never>((_, reject) => app?.once('exit', (code) => reject(new Error(`The app exited (${code}) before answering.`))));
    await Promise.race([waitForHealth(120_000), exited]);

    // Warm-up: JIT, connection pool, Next's route modules.
    await runPhase('warm-up health', Array.from({ length: CLIENTS }, healthClient), 2);
    await runPhase('warm-up save', seeded.claims.map((c) => saveClient(c, seeded.verdictIds)), 2);

    const health = summarise(await runPhase('GET /api/v1/health', Array.from({ length: CLIENTS }, healthClient), SECONDS));
    const save = summarise(await runPhase('PATCH claim (verdict save)', seeded.claims.map((c) => saveClient(c, seeded.verdictIds)), SECONDS));
    const soloHealth = summarise(await runPhase('GET /api/v1/health, 1 client', [healthClient()], SECONDS, SOLO_REQUESTS));
    const soloSave = summarise(await runPhase('PATCH claim, 1 client', [saveClient(seeded.claims[0], seeded.verdictIds)], SECONDS, SOLO_REQUESTS));
    const ratio = save.perSecond / health.perSecond;
    const host = machine(pgVersion);

    console.log(`\nVerdict-save load, ${CLIENTS} concurrent clients (each on its own claim), ${SECONDS} s per phase`);
    console.log(`machine: ${host.nproc} CPUs (${host.cpu}), ${host.ramGb} GB RAM, Node ${host.node}, PostgreSQL ${host.postgres}\n`);
    console.log('phase                              req/s      p50       p95       p99      mean   errors');
    for (const r of [health, save, soloHealth, soloSave]) {
      console.log(`${r.label.padEnd(32)} ${r.perSecond.toFixed(0).padStart(7)} ${ms(r.p50)} ${ms(r.p95)} ${ms(r.p99)} ${ms(r.mean)} ${String(r.errors).padStart(8)}`);
    }
    console.log(`\nratio save/health at ${CLIENTS} clients: ${ratio.toFixed(2)}× (goal ≥ 0.5×); save p99 ${save.p99.toFixed(0)} ms (goal ≤ 100 ms)`);
    if (process.argv.includes('--json')) console.log(JSON.stringify({ clients: CLIENTS, seconds: SECONDS, machine: host, health, save, soloHealth, soloSave, ratio }));
  } finally {
    agent.destroy();
    if (app && app.exitCode === null) {
      app.kill('SIGTERM');
      await new Promise((resolve) => {
        const timer = setTimeout(resolve, 8000);
        app?.once('exit', () => {
          clearTimeout(timer);
          resolve(undefined);
        });
      });
    }
    await db.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
