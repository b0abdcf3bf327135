#!/usr/bin/env node
// @ts-check
// Stand-in for Prisma's native `schema-engine` binary: the Prisma CLI spawns it
// (through PRISMA_SCHEMA_ENGINE_BINARY, set by prisma.config.ts when no native
// engine is installed) and it serves the CLI with the WebAssembly schema engine
// shipped inside the `prisma` package, talking to PostgreSQL through
// @prisma/adapter-pg. Needs no network. How it works, and what to re-check on a
// Prisma upgrade: README.md in this folder.
//
// Two ways the CLI runs it (mirroring the native binary):
//   schema-engine --datasource '{"url":…}' cli <can-connect-to-database|create-database|drop-database>
//   schema-engine [--datamodels <file>]… [--datasource '<json>'] …   (JSON-RPC 2.0, one message per line on stdin/stdout)
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import readline from 'node:readline';

import { EnginePgAdapterFactory, withDatabase } from './pg-adapter.mjs';
import * as glue from './schema_engine_bg.mjs';

const require = createRequire(import.meta.url);

/** @typedef {{ url?: string, shadowDatabaseUrl?: string }} Datasource */
/** @typedef {{ datamodels: string[], datasource: Datasource, cli?: string, version: boolean, ignored: string[] }} Args */
/** @typedef {import('./schema_engine_bg.mjs').SchemaEngine} WasmSchemaEngine */
/** @typedef {{ jsonrpc?: string, id?: number | string | null, method?: string, params?: unknown, result?: unknown, error?: unknown }} RpcMessage */

// ---------------------------------------------------------------- arguments

/** @param {string[]} argv @returns {Args} */
function parseArgs(argv) {
  /** @type {Args} */
  const args = { datamodels: [], datasource: {}, version: false, ignored: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${a} needs a value`);
      return v;
    };
    switch (a) {
      case '--datamodels':
      case '--datamodel':
        args.datamodels.push(value());
        break;
      case '--datasource':
        args.datasource = /** @type {Datasource} */ (JSON.parse(value()));
        break;
      case '--enabled-preview-features':
      case '--extension-types':
        // Not accepted by the Wasm engine's constructor; see README ("Limits").
        args.ignored.push(`${a} ${value()}`);
        break;
      case '--version':
      case '-V':
        args.version = true;
        break;
      case 'cli':
        args.cli = value();
        break;
      default:
        throw new Error(`unknown argument: ${a}`);
    }
  }
  return args;
}

// ---------------------------------------------------------------- logging
// stderr carries one JSON object per line, shaped like the native engine's
// tracing output; the CLI parses it (`cli` mode: every line after the first).

/** @param {'INFO'|'WARN'|'ERROR'} level @param {Record<string, unknown>} fields @param {string} [target] */
function logLine(level, fields, target = 'schema_engine_wasm_node') {
  process.stderr.write(`${JSON.stringify({ timestamp: new Date().toISOString(), level, fields, target })}\n`);
}

// ---------------------------------------------------------------- `cli` mode

/**
 * @param {unknown} e a pg / network error
 * @param {URL} url
 * @returns {{ error_code?: string, message: string }}
 */
function describePgError(e, url) {
  const err = /** @type {{ code?: string, message?: string }} */ (e ?? {});
  const host = url.hostname || 'localhost';
  const port = url.port || '5432';
  const database = decodeURIComponent(url.pathname.replace(/^\//, '')) || 'postgres';
  const user = decodeURIComponent(url.username) || 'postgres';
  switch (err.code) {
    case '3D000':
      return { error_code: 'P1003', message: `Database \`${database}\` does not exist on the database server at \`${host}:${port}\`.` };
    case '28P01':
    case '28000':
      return {
        error_code: 'P1000',
        message: `Authentication failed against database server at \`${host}\`, the provided database credentials for \`${user}\` are not valid.\n\nPlease make sure to provide valid database credentials for the database server at \`${host}\`.`,
      };
    case '42501':
      return { error_code: 'P1010', message: `User \`${user}\` was denied access on the database \`${database}\`` };
    case '42P04':
      return { error_code: 'P1009', message: `Database \`${database}\` already exists on the database server at \`${host}:${port}\`` };
    case 'ECONNREFUSED':
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
    case 'EHOSTUNREACH':
    case 'ETIMEDOUT':
    case 'ECONNRESET':
      return {
        error_code: 'P1001',
        message: `Can't reach database server at \`${host}:${port}\`\n\nPlease make sure your database server is running at \`${host}:${port}\`.`,
      };
    default:
      return { message: err.message ?? String(e) };
  }
}

/** @param {string} url @param {string} sql */
async function runSql(url, sql) {
  const pg = /** @type {typeof import('pg')} */ (require('pg'));
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 10_000 });
  client.on('error', () => {}); // a dropped idle connection is reported by the query, not as a crash
  try {
    await client.connect();
    return await client.query(sql);
  } finally {
    await client.end().catch(() => {});
  }
}

/**
 * CREATE/DROP DATABASE run from a maintenance database, like the native engine
 * (`postgres`, falling back to `template1`).
 * @param {URL} url @param {string} sql
 */
async function runOnMaintenanceDb(url, sql) {
  try {
    await runSql(withDatabase(url.href, 'postgres'), sql);
  } catch (e) {
    if (/** @type {{ code?: string }} */ (e)?.code !== '3D000') throw e;
    await runSql(withDatabase(url.href, 'template1'), sql);
  }
}

/** @param {string} command @param {Datasource} datasource @returns {Promise<number>} exit code */
async function runCliCommand(command, datasource) {
  if (!datasource.url) throw new Error('`cli` needs --datasource with a url');
  const url = new URL(datasource.url);
  const database = decodeURIComponent(url.pathname.replace(/^\//, ''));
  const ident = `"${database.replaceAll('"', '""')}"`;
  try {
    switch (command) {
      case 'can-connect-to-database':
        await runSql(url.href, 'SELECT 1');
        return 0;
      case 'create-database':
        await runOnMaintenanceDb(url, `CREATE DATABASE ${ident}`);
        process.stdout.write(`Database '${database}' was successfully created.\n`);
        return 0;
      case 'drop-database':
        await runOnMaintenanceDb(url, `DROP DATABASE ${ident}`);
        process.stdout.write('The database was successfully dropped.\n');
        return 0;
      default:
        throw new Error(`unknown cli command: ${command}`);
    }
  } catch (e) {
    const { error_code, message } = describePgError(e, url);
    logLine('INFO', { message: `Starting schema engine CLI (wasm): ${command}` });
    logLine('ERROR', { is_panic: false, message, ...(error_code ? { error_code } : {}) }, 'schema_engine::logger');
    return 1;
  }
}

// ---------------------------------------------------------------- the Wasm engine

/** Where wasm-bindgen's panic hook reports a Rust panic message (the CLI sets the same global). */
class WasmPanicRegistry {
  message = '';
  get() {
    return this.message;
  }
  /** @param {string} value */
  set_message(value) {
    this.message = `RuntimeError: ${value}`;
  }
}
const panicRegistry = new WasmPanicRegistry();
Object.assign(globalThis, { PRISMA_WASM_PANIC_REGISTRY: panicRegistry });

function wasmPath() {
  return path.join(path.dirname(require.resolve('prisma/package.json')), 'build', 'schema_engine_bg.wasm');
}

let wasmLoaded = false;
/** Instantiate prisma's own schema_engine_bg.wasm with the vendored JS glue. */
function loadWasm() {
  if (wasmLoaded) return;
  const file = wasmPath();
  const wasmModule = new WebAssembly.Module(readFileSync(file));
  /** @type {Record<string, unknown>} */
  const exportsOfGlue = glue;
  const missing = WebAssembly.Module.imports(wasmModule)
    .filter((i) => i.module !== './schema_engine_bg.js' || typeof exportsOfGlue[i.name] !== 'function')
    .map((i) => `${i.module}:${i.name}`);
  if (missing.length > 0) {
    throw new Error(
      `${file} does not match the vendored glue scripts/prisma-engine/schema_engine_bg.mjs ` +
        `(missing: ${missing.slice(0, 5).join(', ')}${missing.length > 5 ? ', …' : ''}). ` +
        'Refresh the glue as described in scripts/prisma-engine/README.md.',
    );
  }
  const instance = new WebAssembly.Instance(wasmModule, { './schema_engine_bg.js': glue });
  glue.__wbg_set_wasm(instance.exports);
  /** @type {{ __wbindgen_start: () => void }} */ (/** @type {unknown} */ (instance.exports)).__wbindgen_start();
  wasmLoaded = true;
}

/** @param {unknown} e */
const isWasmPanic = (e) => e instanceof Error && e.name === 'RuntimeError';

/**
 * Native engine's JSON-RPC error shape, which the CLI unpacks.
 * @param {unknown} e
 * @param {(id: number) => unknown} [lookupJsError] the adapter's error registry: a plain JS
 *   error thrown inside the adapter reaches us only as "External error id#N"
 */
function toRpcError(e, lookupJsError) {
  if (isWasmPanic(e)) {
    const message = panicRegistry.get() || String(/** @type {Error} */ (e).message);
    return {
      code: 4466,
      message,
      data: { is_panic: true, message, backtrace: /** @type {Error} */ (e).stack ?? null, error: { message } },
    };
  }
  const err = /** @type {{ code?: unknown, message?: unknown, meta?: unknown, name?: unknown }} */ (e ?? {});
  let message = typeof err.message === 'string' ? err.message : String(e);
  message = message.replace(/External error id#(\d+)/g, (/** @type {string} */ whole, /** @type {string} */ id) => {
    const original = /** @type {{ error?: unknown } | undefined} */ (lookupJsError?.(Number(id)));
    return original?.error instanceof Error ? original.error.message : whole;
  });
  /** @type {Record<string, unknown>} */
  const data = { is_panic: false, message };
  if (typeof err.code === 'string') data.error_code = err.code;
  if (err.meta !== undefined) data.meta = err.meta;
  return { code: 4466, message: 'An error happened. Check the data field for details.', data };
}

const SHADOW_CACHE_MISS = /shadow DB must be provided through an external factory/;

/**
 * The Wasm engine's createMigration/evaluateDataLoss get no shadow-database
 * factory: they only read the schema of the migration history from a cache that
 * devDiagnostic/diagnoseMigrationHistory fill, keyed by the migration list. When
 * `migrate dev` first applied pending migrations, the key differs and they fail
 * with "PostgreSQL shadow DB must be provided through an external factory".
 * Then fill the cache for this very list (diagnoseMigrationHistory with the
 * shadow database; the list is all applied by now) and try once more.
 * @template T
 * @param {WasmSchemaEngine} engine
 * @param {{ migrationsList?: unknown, filters?: unknown } | undefined} params
 * @param {() => Promise<T>} call
 * @returns {Promise<T>}
 */
async function withShadowSchemaCached(engine, params, call) {
  try {
    return await call();
  } catch (e) {
    if (!params?.migrationsList || !SHADOW_CACHE_MISS.test(String(/** @type {Error} */ (e)?.message))) throw e;
    await engine.diagnoseMigrationHistory({
      migrationsList: params.migrationsList,
      optInToShadowDatabase: true,
      filters: params.filters ?? { externalTables: [], externalEnums: [] },
    });
    return call();
  }
}

/** Connection failures of the adapter, which the Wasm engine reports without an error code. */
const ADAPTER_KIND_TO_CODE = /** @type {Record<string, string>} */ ({
  AuthenticationFailed: 'P1000',
  DatabaseNotReachable: 'P1001',
  DatabaseDoesNotExist: 'P1003',
  DatabaseAccessDenied: 'P1010',
  TlsConnectionError: 'P1011',
});

// ---------------------------------------------------------------- JSON-RPC mode

/** @param {Args} args */
async function runRpc(args) {
  const { bindMigrationAwareSqlAdapterFactory } =
    /** @type {typeof import('@prisma/driver-adapter-utils')} */ (require('@prisma/driver-adapter-utils'));
  for (const ignored of args.ignored) logLine('WARN', { message: `ignored by the Wasm schema engine: ${ignored}` });

  const pgFactory = new EnginePgAdapterFactory(args.datasource);
  const factory = bindMigrationAwareSqlAdapterFactory(pgFactory);
  /** @param {number} id */
  const lookupJsError = (id) =>
    /** @type {{ consumeError?: (id: number) => unknown }} */ (/** @type {unknown} */ (factory.errorRegistry)).consumeError?.(id);

  /** @type {Promise<WasmSchemaEngine> | undefined} */
  let enginePromise;
  const engine = () => {
    enginePromise ??= (async () => {
      loadWasm();
      /** @type {[string, string][] | undefined} */
      const datamodels = args.datamodels.length
        ? args.datamodels.map((file) => [file, readFileSync(file, 'utf8')])
        : undefined;
      try {
        return await glue.SchemaEngine.new({ datamodels }, (/** @type {string} */ log) => {
          process.stderr.write(`${String(log).trimEnd()}\n`);
        }, factory);
      } catch (e) {
        const code = pgFactory.lastConnectErrorKind && ADAPTER_KIND_TO_CODE[pgFactory.lastConnectErrorKind];
        if (code && e && typeof e === 'object' && !('code' in e)) Object.assign(e, { code });
        throw e;
      }
    })();
    return enginePromise;
  };

  /** @param {RpcMessage} msg */
  const send = (msg) => process.stdout.write(`${JSON.stringify({ jsonrpc: '2.0', ...msg })}\n`);

  // Requests from the engine to the CLI (only `print`), answered on our stdin.
  let nextOutboundId = 1_000_000_000;
  /** @type {Map<number | string, () => void>} */
  const awaitingCli = new Map();
  /** @param {string} content */
  const printThroughCli = (content) =>
    new Promise((resolve) => {
      const id = nextOutboundId++;
      awaitingCli.set(id, () => resolve(undefined));
      send({ id, method: 'print', params: { content } });
    });

  /** @type {Record<string, (e: WasmSchemaEngine, params: any) => Promise<unknown>>} -- params are the CLI's JSON, passed through to the engine unchanged */
  const methods = {
    applyMigrations: (e, p) => e.applyMigrations(p),
    createMigration: (e, p) => withShadowSchemaCached(e, p, () => e.createMigration(p)),
    dbExecute: (e, p) => e.dbExecute(p),
    debugPanic: async (e) => e.debugPanic(),
    devDiagnostic: (e, p) => e.devDiagnostic(p),
    diagnoseMigrationHistory: (e, p) => e.diagnoseMigrationHistory(p),
    ensureConnectionValidity: (e, p) => e.ensureConnectionValidity(p),
    evaluateDataLoss: (e, p) => withShadowSchemaCached(e, p, () => e.evaluateDataLoss(p)),
    introspect: (e, p) => e.introspect(p),
    introspectSql: (e, p) => e.introspectSql(p),
    markMigrationApplied: (e, p) => e.markMigrationApplied(p),
    markMigrationRolledBack: (e, p) => e.markMigrationRolledBack(p),
    reset: (e, p) => e.reset(p),
    schemaPush: (e, p) => e.schemaPush(p),
    getDatabaseVersion: (e, p) => e.version(p ?? null),
    // The native engine prints the diff itself, through a `print` request to the CLI
    // (which adds a newline); the Wasm engine returns it as `stdout`.
    diff: async (e, p) => {
      const { stdout, ...rest } = /** @type {{ stdout?: string, exitCode: number }} */ (await e.diff(p));
      if (stdout) await printThroughCli(stdout.endsWith('\n') ? stdout.slice(0, -1) : stdout);
      return rest;
    },
    // Not in the Wasm engine: done here with pg.
    createDatabase: async (_e, p) => {
      const ds = /** @type {{ datasource?: { tag?: string, url?: string } }} */ (p ?? {}).datasource;
      const url = new URL(ds?.tag === 'ConnectionString' && ds.url ? ds.url : String(args.datasource.url));
      const name = decodeURIComponent(url.pathname.replace(/^\//, ''));
      await runOnMaintenanceDb(url, `CREATE DATABASE "${name.replaceAll('"', '""')}"`);
      return { databaseName: name };
    },
  };

  /** @type {RpcMessage | undefined} */
  let current;
  /** @param {RpcMessage} msg */
  const handle = async (msg) => {
    current = msg;
    try {
      const method = methods[String(msg.method)];
      if (!method) {
        send({ id: msg.id, error: { code: -32601, message: `Method not found: ${msg.method} (Wasm schema engine)` } });
        return;
      }
      const result = await method(await engine(), msg.params);
      send({ id: msg.id, result: result === undefined ? null : result });
    } catch (e) {
      send({ id: msg.id, error: toRpcError(e, lookupJsError) });
      if (isWasmPanic(e)) await shutdown(101);
    } finally {
      current = undefined;
    }
  };

  let shuttingDown = false;
  /** @param {number} code */
  const shutdown = async (code) => {
    if (shuttingDown) return;
    shuttingDown = true;
    // Bounded: never let a stuck cleanup keep the process (and the CLI's view of it) alive.
    setTimeout(() => process.exit(code), 10_000).unref();
    await pgFactory.cleanup().catch(() => {});
    // Adapter pools would keep the event loop alive for their idle timeout: exit now.
    process.exit(code);
  };

  // A Rust panic can also surface outside the awaited call (from a wasm-bindgen closure):
  // answer the request in flight, if any, and stop like the native engine after a panic.
  process.on('uncaughtException', (e) => {
    if (current) send({ id: current.id, error: toRpcError(e, lookupJsError) });
    logLine('ERROR', { message: String(e instanceof Error ? e.stack : e) });
    void shutdown(101);
  });
  process.on('SIGTERM', () => void shutdown(0)); // the CLI's stop(): stdin.end() then kill()
  process.on('SIGINT', () => void shutdown(130));

  let queue = Promise.resolve();
  const rl = readline.createInterface({ input: process.stdin, crlfDelay: Infinity });
  rl.on('line', (line) => {
    if (!line.trim()) return;
    /** @type {RpcMessage} */
    let msg;
    try {
      msg = JSON.parse(line);
    } catch {
      logLine('ERROR', { message: `Could not parse JSON-RPC message: ${line.slice(0, 200)}` });
      return;
    }
    if (msg.method === undefined && msg.id !== undefined && msg.id !== null) {
      awaitingCli.get(msg.id)?.();
      awaitingCli.delete(msg.id);
      return;
    }
    queue = queue.then(() => handle(msg)); // one request at a time, in order
  });
  rl.on('close', () => void queue.then(() => shutdown(0)));
}

// ---------------------------------------------------------------- main

async function main() {
  const args = parseArgs(process.argv.slice(2));
  if (args.version) {
    loadWasm();
    process.stdout.write(`schema-engine-cli ${glue.version()} (wasm, @prisma/adapter-pg)\n`);
    return;
  }
  if (args.cli) {
    process.exit(await runCliCommand(args.cli, args.datasource));
  }
  await runRpc(args);
}

main().catch((e) => {
  logLine('INFO', { message: 'Starting schema engine (wasm)' });
  logLine('ERROR', { is_panic: false, message: String(e instanceof Error ? e.message : e) }, 'schema_engine::logger');
  process.exit(1);
});
