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
 *
 * Beside the latencies, each closed-loop phase reports what a request costs independently of how
 * busy the machine is: CPU milliseconds of the app process and of PostgreSQL per request, and the
 * statements per request (pg_stat_statements).
 *
 * With N closed-loop clients, mean latency = N / throughput, so "p99 ≤ 100 ms at 50 clients" needs
 * ≥ 500 answers/s from the route. Whether the machine can give that is shown by the health route's
 * own p99 in the same run. The open-loop phases answer the question a newsroom asks instead: requests
 * arrive at a fixed rate whatever the answers do (latency counted from the moment each was due, so a
 * slow server cannot hide its queue), first at --newsroom-rate (50 reviewers saving once a second
 * each), then at stepped rates to find the highest rate at which p99 ≤ 100 ms, for saves and health.
 *
 *   npm run bench:load -- --open-only          only the open-loop phases
 *   npm run bench:load -- --no-open            only the closed-loop phases
 *   npm run bench:load -- --rates 50,100,200 --step-seconds 5
 *   npm run bench:load -- --statements        also the five statements that took the database longest, per phase
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import type { Client as PgClient } from 'pg';
import { cpuSeconds } from './proc-cpu';

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
const P99_GOAL_MS = 100;
const NEWSROOM_RATE = Number(argValue('--newsroom-rate') ?? 50);
const STEP_SECONDS = Number(argValue('--step-seconds') ?? 5);
const RATES = (argValue('--rates') ?? '25,50,100,150,200,300,400,600').split(',').map(Number);
const OPEN = !process.argv.includes('--no-open');
const CLOSED = !process.argv.includes('--open-only');
/** Claims the open-loop saves rotate over, so a claim's next save never races its previous one. */
const OPEN_CLAIMS = 400;

/** `requests` counts every answer (latencies too); `errors` the ones that were not 200 or never came. */
type Phase = { label: string; requests: number; errors: number; seconds: number; latencies: number[] };
type Request = { method: string; path: string; body?: string };

const agent = new http.Agent({ keepAlive: true, maxSockets: CLIENTS + 1 });
/** Open-loop requests never wait for a socket: a due request goes out at once. */
let openAgent = new http.Agent({ keepAlive: true, maxSockets: Infinity });
let token = '';

/** One request on a keep-alive agent; resolves with status and body text. */
function send(req: Request, via: http.Agent = agent): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const headers: http.OutgoingHttpHeaders = { authorization: `Bearer ${token}`, accept: 'application/json' };
    if (req.body !== undefined) {
      headers['content-type'] = 'application/json';
      headers['content-length'] = Buffer.byteLength(req.body);
    }
    const r = http.request({ host: '127.0.0.1', port: PORT, method: req.method, path: req.path, agent: via, headers }, (res) => {
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

/**
 * Open loop: request i is due at start + i / rate, and goes out then whatever earlier ones are doing;
 * its latency counts from when it was due. `take` gives the request to send (it may wait for a free
 * claim) and `done` learns from the answer.
 */
async function runOpenLoop(
  label: string,
  rate: number,
  seconds: number,
  take: () => Promise<{ request: Request; done: (status: number, body: string) => void }>,
): Promise<Phase> {
  const latencies: number[] = [];
  let errors = 0;
  const total = Math.max(1, Math.round(rate * seconds));
  // Fresh sockets for every phase: a socket left idle since the last one may be closed by the server
  // just as a request goes out on it (ECONNRESET), which is the client's doing, not the app's.
  openAgent.destroy();
  openAgent = new http.Agent({ keepAlive: true, maxSockets: Infinity });
  const started = performance.now();
  const inFlight: Promise<void>[] = [];
  for (let i = 0; i < total; i++) {
    const due = started + (i * 1000) / rate;
    const wait = due - performance.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    inFlight.push((async () => {
      const { request, done } = await take();
      try {
        const { status, body } = await send(request, openAgent);
        latencies.push(performance.now() - due);
        if (status !== 200) {
          errors += 1;
          if (errors <= 3) console.error(`[bench] ${label}: ${status} ${body.slice(0, 200)}`);
        }
        done(status, body);
      } catch (error) {
        latencies.push(performance.now() - due);
        errors += 1;
        if (errors <= 3) console.error(`[bench] ${label}: ${String(error)}`);
        done(0, '');
      }
    })());
  }
  await Promise.all(inFlight);
  return { label, requests: latencies.length, errors, seconds: (performance.now() - started) / 1000, latencies };
}

/** Open-loop health: every request is the same. */
const openHealth = async () => ({ request: { method: 'GET', path: '/api/v1/health' }, done: () => undefined });

/** Open-loop saves rotate over a queue of claims; a claim goes back to the queue when its save is answered. */
function openSaves(claims: SeededClaim[], verdictIds: [string, string]) {
  const free = claims.map((c) => saveClient(c, verdictIds));
  const waiting: ((client: Client) => void)[] = [];
  const release = (client: Client) => {
    const next = waiting.shift();
    if (next) next(client);
    else free.push(client);
  };
  return async () => {
    const client = free.shift() ?? (await new Promise<Client>((resolve) => waiting.push(resolve)));
    return {
      request: client.next(),
      done: (status: number, body: string) => {
        if (status !== 0) client.learn(status, body);
        release(client);
      },
    };
  };
}

type Cost = { appCpuMs: number; dbCpuMs: number; statements: number; dbExecMs: number };

/** What the requests of `work` cost: CPU of the app and of PostgreSQL, statements (pg_stat_statements), per request. */
async function costOf(probe: PgClient, pids: { app?: number; db?: number }, work: () => Promise<Phase>): Promise<{ phase: Phase; cost: Cost }> {
  await probe.query('SELECT pg_stat_statements_reset()');
  const app0 = cpuSeconds(pids.app);
  const db0 = cpuSeconds(pids.db);
  const phase = await work();
  const app1 = cpuSeconds(pids.app);
  const db1 = cpuSeconds(pids.db);
  const { rows } = await probe.query<{ calls: string | null; ms: number | null }>(
    `SELECT sum(calls)::bigint AS calls, sum(total_exec_time) AS ms FROM pg_stat_statements
     WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database()) AND query NOT ILIKE '%pg_stat_statements%'`,
  );
  const n = Math.max(1, phase.requests);
  if (process.argv.includes('--statements')) {
    const top = await probe.query<{ q: string; calls: string; mean: number; plan: number; total: number }>(
      `SELECT left(regexp_replace(query, '\\s+', ' ', 'g'), 100) AS q, calls::bigint AS calls, mean_exec_time AS mean, mean_plan_time AS plan, total_exec_time AS total FROM pg_stat_statements
       WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database()) AND query NOT ILIKE '%pg_stat_statements%' ORDER BY total_exec_time DESC LIMIT 5`,
    );
    console.log(`  ${phase.label}: the statements that took the database longest`);
    for (const t of top.rows) console.log(`    ${(Number(t.calls) / n).toFixed(2)}/req  plan ${t.plan.toFixed(2)} ms  run ${t.mean.toFixed(2)} ms  ${t.q}`);
  }
  return {
    phase,
    cost: {
      appCpuMs: ((app1 - app0) * 1000) / n,
      dbCpuMs: ((db1 - db0) * 1000) / n,
      statements: Number(rows[0]?.calls ?? 0) / n,
      dbExecMs: Number(rows[0]?.ms ?? 0) / n,
    },
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
  const dbPort = await freePort();
  let db = await startEmbeddedPostgres({ dataDir, port: dbPort, database: 'claimdesk_load' });
  let app: ChildProcess | undefined;
  const pg = await import('pg');
  let probe: PgClient | undefined;
  try {
    // pg_stat_statements counts the statements of each request; it loads at server start.
    const setup = new pg.default.Client({ connectionString: db.url });
    await setup.connect();
    await setup.query("ALTER SYSTEM SET shared_preload_libraries = 'pg_stat_statements'");
    await setup.query('ALTER SYSTEM SET pg_stat_statements.track_planning = on');
    await setup.end();
    await db.stop();
    db = await startEmbeddedPostgres({ dataDir, port: dbPort, database: 'claimdesk_load' });
    migrate(db.url);
    const seeded = await seed(db.url, CLIENTS + (OPEN ? OPEN_CLAIMS : 0));
    token = seeded.token;
    probe = new pg.default.Client({ connectionString: db.url });
    await probe.connect();
    await probe.query('CREATE EXTENSION IF NOT EXISTS pg_stat_statements');
    const pgVersion = (await probe.query<{ server_version: string }>('SHOW server_version')).rows[0].server_version;
    const postmasterPid = Number(readFileSync(path.join(db.clusterDir, 'postmaster.pid'), 'utf8').split('\n')[0]);
    const closedClaims = seeded.claims.slice(0, CLIENTS);
    const openClaims = seeded.claims.slice(CLIENTS);

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
    await runPhase('warm-up save', closedClaims.map((c) => saveClient(c, seeded.verdictIds)), 2);
    const pids = { app: app.pid, db: postmasterPid };
    const host = machine(pgVersion);
    const json: Record<string, unknown> = { clients: CLIENTS, seconds: SECONDS, machine: host, loadAverage: os.loadavg() };
    const verdicts: string[] = [];
    const verdict = (goal: string, met: boolean, detail: string) => verdicts.push(`goal ${goal}: ${met ? 'met' : 'NOT met'} (${detail})`);

    console.log(`\nVerdict-save load, ${CLIENTS} concurrent clients (each on its own claim), ${SECONDS} s per phase`);
    console.log(`machine: ${host.nproc} CPUs (${host.cpu}), ${host.ramGb} GB RAM, Node ${host.node}, PostgreSQL ${host.postgres}; load average ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}\n`);

    if (CLOSED) {
      const measured: { r: ReturnType<typeof summarise>; cost: Cost }[] = [];
      const closed = async (label: string, clients: Client[], max = Infinity) => {
        const { phase, cost } = await costOf(probe!, pids, () => runPhase(label, clients, SECONDS, max));
        const r = summarise(phase);
        measured.push({ r, cost });
        return r;
      };
      const health = await closed('GET /api/v1/health', Array.from({ length: CLIENTS }, healthClient));
      const save = await closed('PATCH claim (verdict save)', closedClaims.map((c) => saveClient(c, seeded.verdictIds)));
      const soloHealth = await closed('GET /api/v1/health, 1 client', [healthClient()], SOLO_REQUESTS);
      const soloSave = await closed('PATCH claim, 1 client', [saveClient(closedClaims[0], seeded.verdictIds)], SOLO_REQUESTS);
      const ratio = save.perSecond / health.perSecond;
      console.log('closed loop                        req/s      p50       p95       p99      mean   errors │ app CPU/req  db CPU/req  statements/req  db exec/req');
      for (const { r, cost } of measured) {
        console.log(
          `${r.label.padEnd(32)} ${r.perSecond.toFixed(0).padStart(7)} ${ms(r.p50)} ${ms(r.p95)} ${ms(r.p99)} ${ms(r.mean)} ${String(r.errors).padStart(8)} │`
          + ` ${ms(cost.appCpuMs).padStart(11)} ${ms(cost.dbCpuMs).padStart(11)} ${cost.statements.toFixed(2).padStart(15)} ${ms(cost.dbExecMs).padStart(12)}`,
        );
      }
      const saveCost = measured[1].cost;
      const healthCost = measured[0].cost;
      console.log(`\nper request, save ÷ health: app CPU ${(saveCost.appCpuMs / healthCost.appCpuMs).toFixed(2)}×, database CPU ${(saveCost.dbCpuMs / healthCost.dbCpuMs).toFixed(2)}×, statements ${saveCost.statements.toFixed(2)} vs ${healthCost.statements.toFixed(2)}`);
      verdict(`save throughput ≥ 0.5× health at ${CLIENTS} clients`, ratio >= 0.5, `${ratio.toFixed(2)}×: ${save.perSecond.toFixed(0)} vs ${health.perSecond.toFixed(0)} req/s`);
      const healthReaches = health.p99 <= P99_GOAL_MS;
      verdict(
        `save p99 ≤ ${P99_GOAL_MS} ms at ${CLIENTS} closed-loop clients`,
        save.p99 <= P99_GOAL_MS,
        `save p99 ${save.p99.toFixed(0)} ms; health's own p99 ${health.p99.toFixed(0)} ms${healthReaches ? '' : ` — out of reach on this machine: ${CLIENTS} closed-loop clients need ≥ ${Math.ceil((CLIENTS * 1000) / P99_GOAL_MS)} answers/s for it and the baseline route gives ${health.perSecond.toFixed(0)}/s`}`,
      );
      Object.assign(json, { health, save, soloHealth, soloSave, ratio, cost: Object.fromEntries(measured.map(({ r, cost }) => [r.label, cost])) });
    }

    if (OPEN) {
      // Every open-loop claim saved once first: a claim's first save also creates its reviewer record and moves its status.
      await runPhase('warm-up open-loop claims', Array.from({ length: CLIENTS }, (_, i) => {
        const mine = openClaims.filter((_, j) => j % CLIENTS === i).map((c) => saveClient(c, seeded.verdictIds));
        let k = 0;
        return { next: () => mine[k % mine.length].next(), learn: (status: number, body: string) => mine[k++ % mine.length].learn(status, body) };
      }), 60, openClaims.length);
      const saves = openSaves(openClaims, seeded.verdictIds);
      const line = (r: ReturnType<typeof summarise>, rate: number) =>
        `${r.label.padEnd(32)} ${String(rate).padStart(6)}/s ${r.perSecond.toFixed(0).padStart(7)} ${ms(r.p50)} ${ms(r.p95)} ${ms(r.p99)} ${String(r.errors).padStart(8)}`;
      console.log('\nopen loop (latency from when each request was due)');
      console.log('phase                              offered  answered    p50       p95       p99   errors');
      const newsroomSave = summarise(await runOpenLoop('PATCH claim, newsroom pace', NEWSROOM_RATE, SECONDS, saves));
      const newsroomHealth = summarise(await runOpenLoop('GET /api/v1/health, same rate', NEWSROOM_RATE, SECONDS, openHealth));
      console.log(line(newsroomSave, NEWSROOM_RATE));
      console.log(line(newsroomHealth, NEWSROOM_RATE));
      const steps: { rate: number; save?: ReturnType<typeof summarise>; health?: ReturnType<typeof summarise> }[] = [];
      let saveOk = true;
      let healthOk = true;
      let bestSave = 0;
      let bestHealth = 0;
      for (const rate of RATES) {
        if (!saveOk && !healthOk) break;
        const step: (typeof steps)[number] = { rate };
        // A kind stops stepping once it missed the goal (its queue would only grow).
        if (saveOk) {
          step.save = summarise(await runOpenLoop('PATCH claim, stepped', rate, STEP_SECONDS, saves));
          console.log(line(step.save, rate));
          saveOk = step.save.p99 <= P99_GOAL_MS && step.save.errors === 0;
          if (saveOk) bestSave = rate;
        }
        if (healthOk) {
          step.health = summarise(await runOpenLoop('GET /api/v1/health, stepped', rate, STEP_SECONDS, openHealth));
          console.log(line(step.health, rate));
          healthOk = step.health.p99 <= P99_GOAL_MS && step.health.errors === 0;
          if (healthOk) bestHealth = rate;
        }
        steps.push(step);
      }
      const reviewers = NEWSROOM_RATE;
      verdict(
        `save p99 ≤ ${P99_GOAL_MS} ms at newsroom pace (${reviewers} reviewers saving once a second each, open loop)`,
        newsroomSave.p99 <= P99_GOAL_MS && newsroomSave.errors === 0,
        `save p99 ${newsroomSave.p99.toFixed(0)} ms, health p99 at the same rate ${newsroomHealth.p99.toFixed(0)} ms`,
      );
      const ceiling = (best: number) => (best === 0 ? `below ${RATES[0]}/s` : `${best}/s${best === RATES[RATES.length - 1] ? ' or more' : ''}`);
      verdict(
        `highest offered rate with save p99 ≤ ${P99_GOAL_MS} ms ≥ 0.5× health's`,
        bestHealth > 0 && bestSave / bestHealth >= 0.5,
        `saves ${ceiling(bestSave)}, health ${ceiling(bestHealth)} (steps ${RATES.join(', ')}/s, ${STEP_SECONDS} s each)${bestHealth > 0 ? `: ${(bestSave / bestHealth).toFixed(2)}×` : ''}`,
      );
      Object.assign(json, { newsroom: { rate: NEWSROOM_RATE, save: newsroomSave, health: newsroomHealth }, steps, bestSave, bestHealth });
    }

    console.log(`\nload average after the run: ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}`);
    for (const line of verdicts) console.log(line);
    if (process.argv.includes('--json')) console.log(JSON.stringify(json, (key, value) => (key === 'latencies' ? undefined : value)));
  } finally {
    await probe?.end().catch(() => undefined);
    agent.destroy();
    openAgent.destroy();
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
