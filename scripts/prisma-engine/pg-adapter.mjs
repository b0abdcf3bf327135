// @ts-check
// Migration-aware driver-adapter factory for the Wasm schema engine, built on
// @prisma/adapter-pg (PrismaPg), with three faults of adapter-pg 7.10 worked around.
// See README.md in this folder.
import { randomUUID } from 'node:crypto';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
/** @type {typeof import('pg')} */
const pg = require('pg');
/** @type {typeof import('@prisma/adapter-pg')} */
const { PrismaPg } = require('@prisma/adapter-pg');

/** @type {typeof import('@prisma/driver-adapter-utils')} */
const { ColumnTypeEnum } = require('@prisma/driver-adapter-utils');

/**
 * Fault 1: adapter-pg maps every result column to a Prisma column type by its
 * type OID and throws `UnsupportedNativeDataType` for the catalog type "char"
 * (OID 18: pg_constraint.contype, pg_class.relkind, pg_type.typtype, ...), which
 * the schema engine selects when it describes a database. The engine reads
 * those columns as a Rust `char` (the native engine's driver yields one), and
 * pg already returns them as one-letter strings. So: relabel OID 18 as `text`
 * (OID 25) for adapter-pg, remember which columns they were, and report those as
 * ColumnTypeEnum.Character (see withCharColumns). Relabelling alone is not
 * enough: on PostgreSQL 18, where NOT NULL constraints appear in pg_constraint,
 * the engine panics with "Getting constraint_type ... as char failed".
 */
const PG_CHAR_OID = 18;
const PG_TEXT_OID = 25;

/** Result rows array -> indexes of its "char" columns. @type {WeakMap<object, number[]>} */
const charColumnsOf = new WeakMap();

/**
 * @template T
 * @param {T} result a pg QueryResult, or an array of them (multi-statement text)
 * @returns {T}
 */
function relabelFields(result) {
  const results = Array.isArray(result) ? result : [result];
  for (const r of results) {
    if (!r || typeof r !== 'object' || !('fields' in r) || !Array.isArray(r.fields)) continue;
    /** @type {number[]} */
    const charColumns = [];
    r.fields.forEach((/** @type {{ dataTypeID: number }} */ field, /** @type {number} */ i) => {
      if (field.dataTypeID === PG_CHAR_OID) {
        field.dataTypeID = PG_TEXT_OID;
        charColumns.push(i);
      }
    });
    if (charColumns.length > 0 && 'rows' in r && Array.isArray(r.rows)) charColumnsOf.set(r.rows, charColumns);
  }
  return result;
}

/**
 * Make queryRaw() of an adapter-pg queryable (adapter or transaction) type the
 * relabelled "char" columns as Character. adapter-pg hands pg's rows array
 * through unchanged, which is what links the two.
 * @param {{ queryRaw: (query: import('@prisma/driver-adapter-utils').SqlQuery) => Promise<import('@prisma/driver-adapter-utils').SqlResultSet> }} queryable
 */
function withCharColumns(queryable) {
  const queryRaw = queryable.queryRaw.bind(queryable);
  queryable.queryRaw = async (query) => {
    const resultSet = await queryRaw(query);
    for (const i of charColumnsOf.get(resultSet.rows) ?? []) resultSet.columnTypes[i] = ColumnTypeEnum.Character;
    return resultSet;
  };
}

/**
 * pg Client whose query results never carry OID 18 (see relabelFields). Installed
 * through the pool's `Client` option, so it covers pool.query() as well as the
 * dedicated connections adapter-pg checks out for transactions.
 */
class CatalogFriendlyClient extends pg.Client {
  /**
   * Same contract as pg.Client#query (promise, callback or Submittable forms).
   * @param {...unknown} args
   * @returns {unknown}
   */
  // @ts-expect-error -- a variadic override of pg's overloaded query(); behaviour is unchanged except for relabelled fields
  query(...args) {
    const last = args.length > 0 ? args[args.length - 1] : undefined;
    if (typeof last === 'function') {
      const callback = /** @type {(err: unknown, res: unknown) => void} */ (last);
      args[args.length - 1] = (/** @type {unknown} */ err, /** @type {unknown} */ res) =>
        callback(err, err ? res : relabelFields(res));
      // @ts-expect-error -- forwarding pg's overloaded signature unchanged
      return super.query(...args);
    }
    // @ts-expect-error -- forwarding pg's overloaded signature unchanged
    const ret = /** @type {unknown} */ (super.query(...args));
    if (ret instanceof Promise) return ret.then(relabelFields);
    return ret; // a Submittable (e.g. a Cursor): not used by adapter-pg
  }
}

/**
 * `?schema=` of a Prisma-style connection string, if any.
 * @param {string} url
 * @returns {string | undefined}
 */
function schemaOf(url) {
  try {
    return new URL(url).searchParams.get('schema') ?? undefined;
  } catch {
    return undefined;
  }
}

/**
 * @param {string} url
 * @param {string} database
 * @returns {string} the same connection string, pointing at another database
 */
export function withDatabase(url, database) {
  const u = new URL(url);
  u.pathname = `/${encodeURIComponent(database)}`;
  return u.toString();
}

/**
 * @param {string} a
 * @param {string} b
 * @returns {boolean} whether both connection strings name the same database on the same server
 */
function sameDatabase(a, b) {
  const key = (/** @type {string} */ s) => {
    const u = new URL(s);
    const host = u.searchParams.get('host') ?? (u.hostname === '127.0.0.1' || u.hostname === '[::1]' ? 'localhost' : u.hostname);
    return `${host}:${u.port || '5432'}/${decodeURIComponent(u.pathname)}`;
  };
  return key(a) === key(b);
}

/** @param {string} name */
const quoteIdent = (name) => `"${name.replaceAll('"', '""')}"`;

/** Every pool opened here that is not closed yet (closed by cleanup() after a panic). @type {Set<import('pg').Pool>} */
const openPools = new Set();

/**
 * A PrismaPg factory over a pool of CatalogFriendlyClient.
 * @param {string} url
 */
function pgFactory(url) {
  const schema = schemaOf(url);
  /** @type {import('pg').PoolConfig} */
  const poolConfig = {
    connectionString: url,
    // @ts-expect-error -- pg-pool accepts a Client constructor; @types/pg does not declare it
    Client: CatalogFriendlyClient,
    max: 4,
  };
  // The native engine works in the `?schema=` schema; do the same for unqualified SQL
  // in migration scripts. The engine itself gets the schema via getConnectionInfo().
  if (schema) poolConfig.options = `-c search_path=${quoteIdent(schema)}`;
  const pool = new pg.Pool(poolConfig);
  openPools.add(pool);
  const end = pool.end.bind(pool);
  pool.end = () => {
    openPools.delete(pool);
    return end();
  };
  return new PrismaPg(pool, {
    disposeExternalPool: true,
    ...(schema ? { schema } : {}),
    onPoolError: () => {
      /* idle-client errors (e.g. server restart) surface on the next query */
    },
  });
}

/**
 * Run one statement on a short-lived, single connection.
 * @param {string} url
 * @param {string} sql
 */
async function runOnce(url, sql) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/**
 * The SqlMigrationAwareDriverAdapterFactory handed (after
 * bindMigrationAwareSqlAdapterFactory) to SchemaEngine.new().
 */
export class EnginePgAdapterFactory {
  provider = /** @type {const} */ ('postgres');
  adapterName = '@prisma/adapter-pg';
  /** @type {Set<string>} temporary shadow databases not dropped yet */
  #liveShadowDbs = new Set();
  #url;
  #shadowDatabaseUrl;
  /** @type {string | undefined} the DriverAdapterError kind of the last failed connect */
  lastConnectErrorKind;

  /** @param {{ url?: string | undefined, shadowDatabaseUrl?: string | undefined }} datasource */
  constructor(datasource) {
    this.#url = datasource.url;
    this.#shadowDatabaseUrl = datasource.shadowDatabaseUrl;
  }

  /** @param {string | undefined} url */
  async #connectTo(url) {
    if (!url) {
      throw new Error(
        'No datasource URL. The Wasm schema engine (scripts/prisma-engine) needs a database for every command, ' +
          'also for `migrate diff` between schema files: set DATABASE_URL (datasource.url in prisma.config.ts).',
      );
    }
    try {
      const adapter = await pgFactory(url).connect();
      withCharColumns(adapter);
      const startTransaction = adapter.startTransaction.bind(adapter);
      adapter.startTransaction = async (isolationLevel) => {
        const tx = await startTransaction(isolationLevel);
        withCharColumns(tx);
        return tx;
      };
      // Fault 3: adapter-pg's executeScript() splits the script on every ";" and
      // runs the pieces one by one, which breaks migrations holding a ";" inside
      // a dollar-quoted function body or a string literal (and leaves a failed
      // script half-applied). Like the native engine, send the whole script as
      // one simple-protocol query: PostgreSQL runs it in one implicit transaction.
      const pool = adapter.underlyingDriver();
      adapter.executeScript = async (script) => {
        try {
          await pool.query(script);
        } catch (error) {
          // onError() is adapter-pg's own (protected) mapping to a DriverAdapterError; it always throws.
          /** @type {{ onError: (e: unknown) => never }} */ (/** @type {unknown} */ (adapter)).onError(error);
        }
      };
      return adapter;
    } catch (e) {
      const cause = /** @type {{ cause?: { kind?: unknown } }} */ (e)?.cause;
      this.lastConnectErrorKind = typeof cause?.kind === 'string' ? cause.kind : undefined;
      throw e;
    }
  }

  connect() {
    return this.#connectTo(this.#url);
  }

  /**
   * Fault 2: PrismaPg#connectToShadowDb (7.10) drops the temporary database
   * while its own pool still holds a connection to it (DROP fails: "database is
   * being accessed by other users"), never closes the pool it used for CREATE
   * DATABASE, and builds the shadow pool as {...config, database}, where a
   * `connectionString` in config wins over `database`. Here the shadow pool is
   * closed first, then the database is dropped over a separate connection.
   */
  async connectToShadowDb() {
    if (this.#shadowDatabaseUrl) return this.#connectToConfiguredShadowDb(this.#shadowDatabaseUrl);
    const mainUrl = this.#url;
    if (!mainUrl) return this.#connectTo(mainUrl); // throws the "no URL" error
    const name = `prisma_migrate_shadow_db_${randomUUID()}`;
    await runOnce(mainUrl, `CREATE DATABASE ${quoteIdent(name)}`);
    this.#liveShadowDbs.add(name);
    let adapter;
    try {
      adapter = await this.#connectTo(withDatabase(mainUrl, name));
    } catch (e) {
      await this.#dropShadowDb(name).catch(() => {});
      throw e;
    }
    const closePool = adapter.dispose.bind(adapter);
    adapter.dispose = async () => {
      await closePool();
      await this.#dropShadowDb(name);
    };
    return adapter;
  }

  /**
   * A `shadowDatabaseUrl` from prisma.config.ts. The native engine empties such a
   * database before each use; the Wasm engine does not (its second `migrate dev`
   * then fails with "type … already exists"), so do it here: drop and recreate
   * the schema (`?schema=`, default public) - and refuse the main database.
   * @param {string} shadowUrl
   */
  async #connectToConfiguredShadowDb(shadowUrl) {
    if (this.#url && sameDatabase(this.#url, shadowUrl)) {
      throw new Error(
        'The shadow database you configured appears to be the same as the main database. Please specify another shadow database.',
      );
    }
    const schema = quoteIdent(schemaOf(shadowUrl) ?? 'public');
    await runOnce(shadowUrl, `DROP SCHEMA IF EXISTS ${schema} CASCADE; CREATE SCHEMA ${schema}`);
    return this.#connectTo(shadowUrl);
  }

  /** @param {string} name */
  async #dropShadowDb(name) {
    const mainUrl = /** @type {string} */ (this.#url);
    try {
      await runOnce(mainUrl, `DROP DATABASE IF EXISTS ${quoteIdent(name)}`);
    } catch (e) {
      // 55006 object_in_use: a straggling session; PostgreSQL 13+ can force it.
      if (/** @type {{ code?: unknown }} */ (e)?.code !== '55006') throw e;
      await runOnce(mainUrl, `DROP DATABASE IF EXISTS ${quoteIdent(name)} WITH (FORCE)`);
    }
    this.#liveShadowDbs.delete(name);
  }

  /**
   * After a panic the engine disposes nothing: close the pools still open (or
   * DROP DATABASE waits for their sessions), then drop the temporary shadow
   * databases left behind.
   */
  async cleanup() {
    await Promise.allSettled([...openPools].map((pool) => pool.end()));
    for (const name of [...this.#liveShadowDbs]) {
      await this.#dropShadowDb(name).catch(() => {});
    }
  }
}
