/**
 * `npm start` (and `npm run dev` with --dev): one command from a fresh clone to a running Claimdesk.
 * Starts the embedded PostgreSQL unless DATABASE_URL is set, applies migrations, seeds the demo
 * workspace on first run, builds when the build is missing or stale, and serves the app.
 * Ctrl-C stops the app first, then the database, so the next start finds a clean cluster.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createHash, randomBytes } from 'node:crypto';
import path from 'node:path';
import { startEmbeddedPostgres, type EmbeddedDatabase } from '../lib/db/embedded-postgres';

const root = path.resolve(__dirname, '..');
const dev = process.argv.includes('--dev');
const port = Number(process.env.PORT ?? 3000);
const dataDir = path.resolve(root, process.env.CLAIMDESK_DATA_DIR ?? 'data');
const bin = (name: string) => path.join(root, 'node_modules', '.bin', name);

function log(message: string): void {
  console.log(`[claimdesk] ${message}`);
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv): void {
  const result = spawnSync(command, args, { cwd: root, env, stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`${path.basename(command)} ${args.join(' ')} failed (exit ${result.status ?? result.signal}).`);
}

function persistentSecret(file: string): string {
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  const secret = randomBytes(32).toString('base64url');
  writeFileSync(file, secret + '\n', { mode: 0o600 });
  return secret;
}

function buildStamp(): string {
  // What the built app is made of: a commit that changes only tests or docs does not rebuild it.
  const paths = ['app', 'components', 'lib', 'prisma', 'proxy.ts', 'instrumentation-client.ts', 'next.config.js', 'tsconfig.json', 'package.json', 'package-lock.json'];
  const tree = spawnSync('git', ['ls-tree', 'HEAD', '--', ...paths], { cwd: root, encoding: 'utf8' });
  const status = spawnSync('git', ['status', '--porcelain', '--', ...paths], { cwd: root, encoding: 'utf8' });
  // The status alone says a file is modified, not how: a second edit of a modified file must rebuild too.
  const diff = spawnSync('git', ['diff', 'HEAD', '--', ...paths], { cwd: root, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  const changes = createHash('sha256').update(diff.stdout ?? '').digest('hex');
  return `${tree.stdout?.trim() || 'unknown'}\n${status.stdout ?? ''}\n${changes}`;
}

const appPidFile = path.join(dataDir, '.app.pid');

/**
 * When `npm start` itself was killed (kill -9, out of memory), its Next.js server lives on and holds
 * the port: stop that one before serving again. Only a process whose command line is Next's is touched.
 */
async function stopOrphanedApp(file: string): Promise<void> {
  if (!existsSync(file)) return;
  const pid = Number(readFileSync(file, 'utf8').trim());
  rmSync(file, { force: true });
  if (!Number.isInteger(pid) || pid <= 0 || pid === process.pid) return;
  let cmdline = '';
  try {
    cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
  } catch {
    return; // gone, or no /proc to be sure it is ours
  }
  if (!/next/.test(cmdline)) return;
  log(`stopping the app server (pid ${pid}) left running by an earlier start that did not shut down cleanly…`);
  try {
    process.kill(pid, 'SIGKILL');
  } catch {
    return;
  }
  for (let i = 0; i < 50 && existsSync(`/proc/${pid}`); i++) await new Promise((r) => setTimeout(r, 100));
}

async function main(): Promise<void> {
  mkdirSync(dataDir, { recursive: true });
  // An app left running by a killed start goes first, as in a clean stop: app, then database.
  await stopOrphanedApp(appPidFile);
  let db: EmbeddedDatabase | undefined;
  let app: ChildProcess | undefined = undefined;
  let stopping = false;

  const stop = async (code: number) => {
    if (stopping) return;
    stopping = true;
    log('stopping…');
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
    rmSync(appPidFile, { force: true });
    if (db) {
      await Promise.race([db.stop(), new Promise((resolve) => setTimeout(resolve, 10_000))]);
      log('database stopped cleanly.');
    }
    process.exit(code);
  };
  process.on('SIGINT', () => void stop(0));
  process.on('SIGTERM', () => void stop(0));

  const env: NodeJS.ProcessEnv = { NEXT_TELEMETRY_DISABLED: '1', ...process.env };
  if (!env.DATABASE_URL) {
    const pgPort = Number(process.env.CLAIMDESK_PG_PORT ?? 54329);
    log(`starting embedded PostgreSQL on 127.0.0.1:${pgPort}…`);
    db = await startEmbeddedPostgres({ dataDir, port: pgPort, onNotice: log });
    log(`PostgreSQL is running; its files are in ${db.clusterDir}`);
    env.DATABASE_URL = db.url;
  } else {
    log('using the PostgreSQL server in DATABASE_URL.');
  }
  env.NEXTAUTH_SECRET ??= persistentSecret(path.join(dataDir, '.nextauth-secret'));
  env.NEXTAUTH_URL ??= `http://localhost:${port}`;

  log('applying migrations…');
  run(bin('prisma'), ['migrate', 'deploy'], env);
  run(bin('tsx'), [path.join(root, 'prisma', 'seed.ts')], env);

  if (!dev) {
    const stampFile = path.join(root, '.next', 'claimdesk-build-stamp');
    const stamp = buildStamp();
    const built = existsSync(path.join(root, '.next', 'BUILD_ID')) && existsSync(stampFile) && readFileSync(stampFile, 'utf8') === stamp;
    if (!built && process.env.CLAIMDESK_SKIP_BUILD !== '1') {
      log('building the app (first start or code changed)…');
      run(bin('next'), ['build'], env);
      writeFileSync(stampFile, stamp);
    }
  }

  app = spawn(bin('next'), [dev ? 'dev' : 'start', '-p', String(port)], { cwd: root, env, stdio: 'inherit' });
  if (app.pid) writeFileSync(appPidFile, `${app.pid}\n`);
  app.on('exit', (code) => {
    if (!stopping) void stop(code ?? 1);
  });
  log(`Claimdesk is starting at ${env.NEXTAUTH_URL}`);
}

main().catch((error: unknown) => {
  console.error(`[claimdesk] ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
