/**
 * Export benchmark: claims per second and peak memory (RSS, heap) for 100,000 claims in each format,
 * beside a baseline measured in the same run (the same claims built as one array and JSON.stringify'd,
 * what a non-streaming export does). Each measurement runs in its own process so peaks do not mix.
 *
 *   npm run bench:export                    the streaming writers fed by an async generator
 *   npm run bench:export -- --db            through the export service from a real PostgreSQL
 *                                           (embedded cluster, 100,000 claims inserted first)
 *   npm run bench:export -- --claims 20000  another size
 *   npm run bench:export -- --db --data DIR keep the seeded cluster in DIR and reuse it next time
 *   npm run bench:export -- --formats csv,json   only these formats (beside the baseline)
 *   npm run bench:export -- --cpu-prof DIR  V8 CPU profiles of each measurement into DIR
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { cpuSeconds } from './proc-cpu';
import path from 'node:path';

const FORMATS = ['claimreview', 'csv', 'json', 'markdown', 'html'] as const;
type Result = { label: string; ms: number; claims: number; bytes: number; peakRss: number; peakHeap: number; baseRss: number; cpuMs: number; retainedHeap: number; dbCpuMs?: number };

function argValue(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i === -1 ? undefined : process.argv[i + 1];
}

/** Samples memory while `work` runs; the peak is what a server would have to hold. */
async function measure(label: string, work: () => Promise<{ claims: number; bytes: number }>): Promise<Result> {
  global.gc?.();
  const baseRss = process.memoryUsage().rss;
  const baseHeap = process.memoryUsage().heapUsed;
  let peakRss = baseRss;
  let peakHeap = process.memoryUsage().heapUsed;
  const sample = () => {
    const m = process.memoryUsage();
    peakRss = Math.max(peakRss, m.rss);
    peakHeap = Math.max(peakHeap, m.heapUsed);
  };
  const timer = setInterval(sample, 20);
  const started = performance.now();
  const cpu0 = process.cpuUsage();
  const { claims, bytes } = await work();
  const ms = performance.now() - started;
  const cpu = process.cpuUsage(cpu0);
  clearInterval(timer);
  sample();
  // What is still reachable once the export is done: a streaming export keeps nothing per claim.
  global.gc?.();
  const retainedHeap = process.memoryUsage().heapUsed - baseHeap;
  return { label, ms, claims, bytes, peakRss, peakHeap, baseRss, cpuMs: (cpu.user + cpu.system) / 1000, retainedHeap };
}

/** Consumes a chunk stream the way a response does, yielding to the event loop now and then. */
async function drain(chunks: AsyncIterable<string>): Promise<number> {
  let bytes = 0;
  let n = 0;
  for await (const chunk of chunks) {
    bytes += Buffer.byteLength(chunk);
    if (++n % 256 === 0) await new Promise((resolve) => setImmediate(resolve));
  }
  return bytes;
}

async function child(mode: 'writers' | 'db', what: string, count: number): Promise<Result> {
  if (mode === 'writers') {
    const { exportStream } = await import('../lib/export');
    const { generateClaims, header, syntheticClaim } = await import('../lib/export/test-fixtures');
    if (what === 'baseline') {
      return measure('baseline: array + JSON.stringify', async () => {
        const claims = Array.from({ length: count }, (_, i) => syntheticClaim(i));
        const text = JSON.stringify({ ...header, claims });
        return { claims: claims.length, bytes: Buffer.byteLength(text) };
      });
    }
    return measure(what, async () => ({ claims: count, bytes: await drain(exportStream(what as 'csv', header, generateClaims(count))) }));
  }
  const { prisma, disconnectDb, streamPool } = await import('../lib/db');
  try {
    // A server's connections and Prisma's query compiler are warm before an export starts: so are ours.
    await prisma.$queryRaw`SELECT 1`;
    await streamPool().query('SELECT 1');
    if (what === 'baseline') {
      return await measure('baseline: findMany all + JSON.stringify', async () => {
        const rows = await prisma.claim.findMany({ include: { verdict: true, sources: true, article: true } });
        return { claims: rows.length, bytes: Buffer.byteLength(JSON.stringify(rows)) };
      });
    }
    // CLAIMDESK_BENCH_EXPORTS names another export service module to compare (path from the repository root).
    const modulePath = process.env.CLAIMDESK_BENCH_EXPORTS ? path.resolve(__dirname, '..', process.env.CLAIMDESK_BENCH_EXPORTS) : '../lib/services/exports';
    const { exportClaims } = (await import(modulePath)) as typeof import('../lib/services/exports');
    const actor = { id: 'bench', role: 'admin' as const, name: 'bench', email: 'bench@localhost' };
    return await measure(what, async () => {
      const file = await exportClaims(actor, { format: what, status: 'all' });
      return { claims: file.claimCount, bytes: await drain(file.chunks) };
    });
  } finally {
    await disconnectDb();
  }
}

async function seed(url: string, count: number): Promise<void> {
  process.env.DATABASE_URL = url;
  const { prisma, disconnectDb } = await import('../lib/db');
  const { DEFAULT_VERDICTS } = await import('../lib/seed/verdict-scale');
  await prisma.verdictOption.createMany({ data: DEFAULT_VERDICTS.map((v) => ({ ...v })) });
  // A public fact-check URL pattern, so ClaimReview exports every claim rather than omitting them all.
  await prisma.setting.create({ data: { id: 1, orgName: 'Bench Desk', orgUrl: 'https://bench.example', factCheckUrlPattern: 'https://bench.example/{articleSlug}#{claimId}' } });
  const verdicts = await prisma.verdictOption.findMany();
  const user = await prisma.user.create({ data: { email: 'bench@localhost', name: 'Bench', role: 'admin', passwordHash: '!' } });
  const articles = await Promise.all(Array.from({ length: 100 }, (_, a) => prisma.article.create({
    data: { title: `Article ${a}`, body: 'x'.repeat(2000), url: `https://news.example/${a}`, addedById: user.id },
  })));
  for (let i = 0; i < count; i += 5000) {
    const ids = Array.from({ length: Math.min(5000, count - i) }, (_, j) => `bench${String(i + j).padStart(8, '0')}`);
    await prisma.claim.createMany({
      data: ids.map((id, j) => ({
        id, articleId: articles[(i + j) % articles.length].id, quote: `The figure rose by ${i + j} percent, "officials" said`,
        start: 0, end: 40, prefix: 'Before ', suffix: ' after', claimText: `Claim ${i + j}: the figure rose, with commas, "quotes"`,
        speaker: 'Ministry of Examples', status: 'approved' as const, verdictId: verdicts[(i + j) % verdicts.length].id,
        rationale: 'Checked against the published tables.\nSecond line.', reviewerId: user.id, reviewedAt: new Date(),
      })),
    });
    await prisma.source.createMany({
      data: ids.map((claimId, j) => ({
        claimId, url: `https://data.example/table/${i + j}`, title: 'Official table', stance: 'refutes' as const,
        confidential: (i + j) % 10 === 0, addedById: user.id,
      })),
    });
  }
  await disconnectDb();
}

const mb = (n: number) => `${(n / 1024 / 1024).toFixed(0)} MB`;

async function main(): Promise<void> {
  const count = Number(argValue('--claims') ?? 100_000);
  const runIndex = process.argv.indexOf('--run');
  if (runIndex !== -1) {
    const result = await child(process.argv[runIndex + 1] as 'writers' | 'db', process.argv[runIndex + 2], count);
    process.stdout.write(`${JSON.stringify(result)}\n`);
    return;
  }
  const mode = process.argv.includes('--db') ? 'db' : 'writers';
  const env = { ...process.env };
  let stop: (() => Promise<void>) | undefined;
  let dataDir: string | undefined;
  let postmasterPid: number | undefined;
  // --data DIR keeps the seeded cluster in DIR for the next run (seeding 100,000 claims takes minutes).
  const keepDir = argValue('--data');
  if (mode === 'db') {
    const { startEmbeddedPostgres } = await import('../lib/db/embedded-postgres');
    const { freePort, migrate } = await import('../lib/test/db-global-setup');
    dataDir = keepDir ? path.resolve(keepDir) : mkdtempSync(path.join(tmpdir(), 'claimdesk-bench-'));
    mkdirSync(dataDir, { recursive: true });
    chmodSync(dataDir, 0o755);
    const db = await startEmbeddedPostgres({ dataDir, port: await freePort(), database: 'claimdesk_bench' });
    stop = () => db.stop();
    postmasterPid = Number(readFileSync(path.join(db.clusterDir, 'postmaster.pid'), 'utf8').split('\n')[0]);
    migrate(db.url);
    const seededMark = path.join(dataDir, `.seeded-${count}`);
    if (!existsSync(seededMark)) {
      const started = performance.now();
      await seed(db.url, count);
      console.log(`Inserted ${count} claims in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
      if (keepDir) writeFileSync(seededMark, '');
    }
    env.DATABASE_URL = db.url;
  }
  try {
    const tsx = path.join(__dirname, '..', 'node_modules', '.bin', 'tsx');
    const results: Result[] = [];
    const only = argValue('--formats')?.split(',');
    const profile = argValue('--cpu-prof');
    const nodeFlags = ['--expose-gc', ...(profile ? ['--cpu-prof', `--cpu-prof-dir=${path.resolve(profile)}`] : [])];
    for (const what of ['baseline', ...FORMATS.filter((f) => !only || only.includes(f))]) {
      const db0 = cpuSeconds(postmasterPid);
      const run = spawnSync(tsx, [...nodeFlags, __filename, '--run', mode, what, '--claims', String(count)], { env, encoding: 'utf8', maxBuffer: 1 << 20 });
      if (run.status !== 0) throw new Error(`${what} failed:\n${run.stderr}`);
      // PostgreSQL's CPU over the whole child (its few set-up statements included): what the export cost the database.
      results.push({ ...JSON.parse(run.stdout.trim().split('\n').pop()!), dbCpuMs: (cpuSeconds(postmasterPid) - db0) * 1000 });
    }
    const base = results[0];
    console.log(`\nExport of ${count.toLocaleString('en')} claims (${mode === 'db' ? 'export service on PostgreSQL' : 'streaming writers'}), Node ${process.version}\n`);
    console.log(`load average ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
    console.log('format                                   claims/s     time     output    peak RSS   peak heap   RSS vs baseline │ CPU per 1,000 claims: app   database');
    const perK = (cpuMs: number | undefined, claims: number) => (cpuMs === undefined || Number.isNaN(cpuMs) ? '—' : `${((cpuMs * 1000) / Math.max(1, claims)).toFixed(0)} ms`);
    for (const r of results) {
      const rate = Math.round(r.claims / (r.ms / 1000)).toLocaleString('en');
      console.log(
        `${r.label.padEnd(40)} ${rate.padStart(9)} ${`${(r.ms / 1000).toFixed(2)} s`.padStart(8)} ${mb(r.bytes).padStart(9)} ${mb(r.peakRss).padStart(10)} ${mb(r.peakHeap).padStart(10)}   ${(r.peakRss / base.peakRss).toFixed(2)}×`
        + `            │ ${perK(r.cpuMs, r.claims).padStart(26)} ${perK(r.dbCpuMs, r.claims).padStart(10)}`,
      );
    }
    const formats = results.slice(1);
    const slowest = formats.reduce((a, b) => (a.claims / a.ms < b.claims / b.ms ? a : b));
    const rateOf = (r: Result) => r.claims / (r.ms / 1000);
    const heapFlat = formats.every((r) => r.peakHeap < base.peakHeap / 2);
    console.log(`\ngoal ≥ 20,000 claims/s for every format: ${rateOf(slowest) >= 20_000 ? 'met' : 'NOT met'} (slowest ${slowest.label} ${Math.round(rateOf(slowest)).toLocaleString('en')} claims/s)`);
    console.log(`goal flat memory: ${heapFlat ? 'met' : 'NOT met'} (peak heap ${mb(Math.max(...formats.map((r) => r.peakHeap)))} at most, against ${mb(base.peakHeap)} for the baseline that holds every claim; heap still reachable after a collection once done: ${formats.map((r) => `${r.label} ${mb(r.retainedHeap)}`).join(', ')})`);
    // With the app and PostgreSQL on a core each and working side by side, the slower of the two sets the pace.
    const ceiling = (r: Result) => (r.dbCpuMs === undefined || Number.isNaN(r.dbCpuMs) ? NaN : r.claims / (Math.max(r.cpuMs, r.dbCpuMs) / 1000));
    if (mode === 'db') console.log(`CPU-bound ceiling on an idle machine (one core each for the app and PostgreSQL): ${formats.map((r) => `${r.label} ${Math.round(ceiling(r)).toLocaleString('en')}`).join(' · ')} claims/s`);
  } finally {
    await stop?.();
    if (dataDir && !keepDir) rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
