import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir, userInfo } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { freePort } from '../test/db-global-setup';
import { packagedNativeDir, startEmbeddedPostgres, type EmbeddedDatabase } from './embedded-postgres';

const isRoot = process.platform !== 'win32' && userInfo().uid === 0;
const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

function tempDir(mode: number): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'claimdesk-pgtest-'));
  chmodSync(dir, mode);
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

async function started(db: EmbeddedDatabase): Promise<EmbeddedDatabase> {
  cleanups.push(() => db.stop());
  return db;
}

async function query(url: string, sql: string): Promise<unknown[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql)).rows;
  } finally {
    await client.end();
  }
}

const postmasterPid = (clusterDir: string) => Number(readFileSync(path.join(clusterDir, 'postmaster.pid'), 'utf8').split('\n')[0]);

describe('embedded PostgreSQL', () => {
  it('starts from a folder only its owner can enter, binaries included (as root: relocated where postgres can reach them)', async () => {
    // The whole project as `npm install` in a fresh `mktemp -d` would have it: binaries and data inside a 0700 folder.
    const privateRoot = tempDir(0o700);
    const nativeSource = packagedNativeDir();
    const nativeDir = path.join(privateRoot, 'node_modules', 'native');
    mkdirSync(path.dirname(nativeDir));
    expect(spawnSync('cp', ['-a', nativeSource, nativeDir]).status).toBe(0);
    const dataDir = path.join(privateRoot, 'data');
    const base = tempDir(0o755);
    const notices: string[] = [];

    const db = await started(await startEmbeddedPostgres({ dataDir, port: await freePort(), nativeDir, reachableBase: base, onNotice: (n) => notices.push(n) }));
    expect(await query(db.url, 'SELECT 1 AS one')).toEqual([{ one: 1 }]);
    if (isRoot) {
      expect(db.binDir.startsWith(base)).toBe(true);
      expect(db.clusterDir.startsWith(base)).toBe(true);
      expect(notices.join('\n')).toContain(`cannot enter ${dataDir}`);
      // The private folder was not opened up to make this work.
      expect(statSync(privateRoot).mode & 0o777).toBe(0o700);
      // Nowhere reachable to move to: one plain sentence saying what to do, not a spawn stack trace.
      const nowhere = startEmbeddedPostgres({ dataDir: path.join(privateRoot, 'other'), port: await freePort(), nativeDir, reachableBase: path.join(privateRoot, 'also-private') });
      await expect(nowhere).rejects.toThrow(/^PostgreSQL runs as the `postgres` user, who cannot reach the project folder, .*: set CLAIMDESK_DATA_DIR to a folder that user can enter .*, run Claimdesk as an ordinary user, or set DATABASE_URL\.$/);
    } else {
      expect(db.clusterDir).toBe(path.join(dataDir, 'cluster'));
      expect(notices).toEqual([]);
    }
    // A second start finds the same cluster and its data.
    await query(db.url, 'CREATE TABLE kept (v int); INSERT INTO kept VALUES (42)');
    await db.stop();
    const again = await started(await startEmbeddedPostgres({ dataDir, port: await freePort(), nativeDir, reachableBase: base }));
    expect(again.clusterDir).toBe(db.clusterDir);
    expect(await query(again.url, 'SELECT v FROM kept')).toEqual([{ v: 42 }]);
  }, 120_000);

  it('recovers when the previous owner was killed: a dead server, an orphaned server, a reused pid', async () => {
    const dataDir = path.join(tempDir(0o755), 'data');
    const port = await freePort();
    const first = await started(await startEmbeddedPostgres({ dataDir, port }));
    await query(first.url, 'CREATE TABLE t (v int); INSERT INTO t VALUES (1)');

    // 1. Its owner died with kill -9 and PostgreSQL lives on, holding the port and the cluster.
    const orphanPid = postmasterPid(first.clusterDir);
    const notices: string[] = [];
    const second = await started(await startEmbeddedPostgres({ dataDir, port, onNotice: (n) => notices.push(n) }));
    expect(notices.join('\n')).toContain(`pid ${orphanPid}`);
    expect(postmasterPid(second.clusterDir)).not.toBe(orphanPid);
    expect(await query(second.url, 'SELECT v FROM t')).toEqual([{ v: 1 }]);

    // 2. PostgreSQL itself was killed with -9 mid-write: the next start replays the log.
    await query(second.url, 'INSERT INTO t VALUES (2)');
    process.kill(postmasterPid(second.clusterDir), 'SIGKILL');
    await new Promise((r) => setTimeout(r, 300));
    const third = await started(await startEmbeddedPostgres({ dataDir, port }));
    expect(await query(third.url, 'SELECT v FROM t ORDER BY v')).toEqual([{ v: 1 }, { v: 2 }]);
    await third.stop();

    // 3. After a reboot the pid in postmaster.pid belongs to some other live process.
    const stranger = spawn('sleep', ['30']);
    cleanups.push(() => void stranger.kill());
    const pidFile = path.join(third.clusterDir, 'postmaster.pid');
    writeFileSync(pidFile, `${stranger.pid}\n${third.clusterDir}\n`);
    const fourth = await started(await startEmbeddedPostgres({ dataDir, port }));
    expect(existsSync(pidFile)).toBe(true);
    expect(postmasterPid(fourth.clusterDir)).not.toBe(stranger.pid);
    expect(await query(fourth.url, 'SELECT count(*)::int AS n FROM t')).toEqual([{ n: 2 }]);
  }, 120_000);
});
