// The reference API's storage: one SQLite file by default, or PostgreSQL when a connection URL is given
// (DATABASE_URL), for several API processes sharing one database. Both run the same numbered
// migrations at start and seed the sample articles once.
import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { setImmediate } from 'node:timers';
import { sampleArticles } from './sample-articles.js';

/** The folder for the database file: PORTAL_DATA_DIR, else ./data under the working directory. */
export const defaultDataDir = () => resolve(process.env.PORTAL_DATA_DIR || 'data');

/** Portal days are counted in the portal's zone, whatever the server's zone is. */
/** @param {string} iso */
const portalDay = (iso) =>
  new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Asia/Ho_Chi_Minh',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(new Date(iso));

/**
 * @typedef {{ count: number, average: number | null }} Totals
 * @typedef {{
 *   kind: 'sqlite' | 'postgres',
 *   ready: Promise<void>,
 *   vote(itemId: string, voterId: string, value: number): Promise<Totals>,
 *   totals(itemId: string): Promise<Totals>,
 *   articlesOfDay(day: string): Promise<string[]>,
 *   article(id: string): Promise<string | undefined>,
 *   close(): Promise<void>,
 * }} Store
 */

/**
 * Schema changes in order; a database records the versions it has. Version 1 is the schema from
 * before migrations existed, written so that it also applies over such a database unchanged.
 * @type {{ version: number, sqlite: string, postgres: string }[]}
 */
export const migrations = [
  {
    version: 1,
    sqlite: `
      CREATE TABLE IF NOT EXISTS articles (id TEXT PRIMARY KEY, day TEXT NOT NULL, published TEXT NOT NULL, json TEXT NOT NULL);
      CREATE INDEX IF NOT EXISTS articles_day ON articles (day, published);
      CREATE TABLE IF NOT EXISTS votes (
        item_id TEXT NOT NULL, voter_id TEXT NOT NULL, value INTEGER NOT NULL, updated_at TEXT NOT NULL,
        PRIMARY KEY (item_id, voter_id)
      );`,
    postgres: `
      CREATE TABLE IF NOT EXISTS articles (id TEXT PRIMARY KEY, day TEXT NOT NULL, published TEXT NOT NULL, json TEXT NOT NULL);
      CREATE INDEX IF NOT EXISTS articles_day ON articles (day, published);
      CREATE TABLE IF NOT EXISTS votes (
        item_id TEXT NOT NULL, voter_id TEXT NOT NULL, value SMALLINT NOT NULL CHECK (value >= 1),
        updated_at TIMESTAMPTZ NOT NULL DEFAULT now(),
        PRIMARY KEY (item_id, voter_id)
      );`,
  },
];

const seedRows = () => sampleArticles.map((a) => [a.id, portalDay(a.published), a.published, JSON.stringify(a)]);

/**
 * Opens (creating if needed) the SQLite file. WAL with `synchronous = FULL`: a vote is on disk when
 * its answer leaves, so neither a killed process nor a power cut loses an acknowledged vote (this
 * build's WAL default, NORMAL, survives a killed process but may lose the last commits on power loss).
 * @param {string} file
 * @returns {Store & { db: import('better-sqlite3').Database }}
 */
export function openSqlite(file) {
  mkdirSync(dirname(file), { recursive: true });
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('busy_timeout = 5000');
  db.exec('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)');
  // IMMEDIATE: two processes starting on one file apply each migration once.
  db.transaction(() => {
    const done = new Set(db.prepare('SELECT version FROM schema_migrations').pluck().all());
    for (const m of migrations) {
      if (done.has(m.version)) continue;
      db.exec(m.sqlite);
      db.prepare('INSERT INTO schema_migrations (version, applied_at) VALUES (?, ?)').run(
        m.version,
        new Date().toISOString(),
      );
    }
    if (db.prepare('SELECT COUNT(*) FROM articles').pluck().get() === 0) {
      const insert = db.prepare('INSERT INTO articles (id, day, published, json) VALUES (?, ?, ?, ?)');
      for (const row of seedRows()) insert.run(...row);
    }
  }).immediate();

  const totals = db.prepare('SELECT COUNT(*) AS count, AVG(value) AS average FROM votes WHERE item_id = ?');
  const upsert = db.prepare(`
    INSERT INTO votes (item_id, voter_id, value, updated_at) VALUES (?, ?, ?, ?)
    ON CONFLICT (item_id, voter_id) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at`);
  const byDay = db.prepare('SELECT json FROM articles WHERE day = ? ORDER BY published DESC').pluck();
  const byId = db.prepare('SELECT json FROM articles WHERE id = ?').pluck();
  // Group commit: the votes that arrive in one turn of the event loop are written in one transaction,
  // so one fsync acknowledges them all (FULL costs ~2 ms a commit here: ~450 votes/s one by one).
  // Each vote's totals are read right after its own upsert, as if it had been committed alone.
  /** @type {{ args: [string, string, number], done: (t: Totals) => void, fail: (e: unknown) => void }[]} */
  let queue = [];
  const commit = db.transaction((/** @type {typeof queue} */ batch) => {
    const now = new Date().toISOString();
    return batch.map(({ args }) => {
      upsert.run(...args, now);
      return /** @type {Totals} */ (totals.get(args[0]));
    });
  });
  const write = () => {
    const batch = queue;
    queue = [];
    if (!batch.length) return;
    try {
      const rows = commit(batch);
      batch.forEach((v, i) => v.done(rows[i]));
    } catch (err) {
      // The transaction rolled back: none of these votes is stored, and each is told so.
      for (const v of batch) v.fail(err);
    }
  };
  return {
    kind: 'sqlite',
    db,
    ready: Promise.resolve(),
    vote: (itemId, voterId, value) =>
      new Promise((done, fail) => {
        if (!queue.length) setImmediate(write);
        queue.push({ args: [itemId, voterId, value], done, fail });
      }),
    totals: async (itemId) => /** @type {Totals} */ (totals.get(itemId)),
    articlesOfDay: async (day) => /** @type {string[]} */ (byDay.all(day)),
    article: async (id) => /** @type {string | undefined} */ (byId.get(id)),
    close: async () => {
      write();
      db.close();
    },
  };
}

/** Any number: the advisory lock that lets one of several starting processes migrate at a time. */
const MIGRATION_LOCK = 4_170_017;

/**
 * Connects a pool to PostgreSQL and runs the migrations (under an advisory lock, so several API
 * processes can start together). Each vote is one upsert, committed before it is answered.
 * @param {string} url
 * @param {{ poolSize?: number }} [options]
 * @returns {Promise<Store>}
 */
export async function openPostgres(url, options = {}) {
  const { default: pg } = await import('pg');
  const pool = new pg.Pool({ connectionString: url, max: options.poolSize ?? 10 });
  // A connection the server drops (restart, failover) is replaced on next use; do not crash.
  pool.on('error', (err) => console.error('[api] PostgreSQL connection lost:', err.message));
  const client = await pool.connect();
  try {
    await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    await client.query(
      'CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied_at TIMESTAMPTZ NOT NULL DEFAULT now())',
    );
    const { rows } = await client.query('SELECT version FROM schema_migrations');
    const done = new Set(rows.map((r) => r.version));
    for (const m of migrations) {
      if (done.has(m.version)) continue;
      await client.query('BEGIN');
      try {
        await client.query(m.postgres);
        await client.query('INSERT INTO schema_migrations (version) VALUES ($1)', [m.version]);
        await client.query('COMMIT');
      } catch (err) {
        await client.query('ROLLBACK');
        throw err;
      }
    }
    const { rows: n } = await client.query('SELECT COUNT(*)::int AS n FROM articles');
    if (n[0].n === 0) {
      for (const row of seedRows())
        await client.query(
          'INSERT INTO articles (id, day, published, json) VALUES ($1, $2, $3, $4) ON CONFLICT (id) DO NOTHING',
          row,
        );
    }
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => {});
    client.release();
  }

  const totalsSql = 'SELECT COUNT(*)::int AS count, AVG(value)::float8 AS average FROM votes WHERE item_id = $1';
  /** @param {string} itemId */
  const totals = async (itemId) => /** @type {Totals} */ ((await pool.query(totalsSql, [itemId])).rows[0]);
  return {
    kind: 'postgres',
    ready: Promise.resolve(),
    vote: async (itemId, voterId, value) => {
      await pool.query(
        `INSERT INTO votes (item_id, voter_id, value, updated_at) VALUES ($1, $2, $3, now())
         ON CONFLICT (item_id, voter_id) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at`,
        [itemId, voterId, value],
      );
      // Read after the upsert has committed: the totals include this vote and every one before it.
      return totals(itemId);
    },
    totals,
    articlesOfDay: async (day) =>
      (await pool.query('SELECT json FROM articles WHERE day = $1 ORDER BY published DESC', [day])).rows.map(
        (r) => r.json,
      ),
    article: async (id) => (await pool.query('SELECT json FROM articles WHERE id = $1', [id])).rows[0]?.json,
    close: () => pool.end(),
  };
}

/**
 * The store for a deployment: PostgreSQL when `databaseUrl` is set, else the SQLite file.
 * Returned at once; `ready` settles when the database is connected and migrated.
 * @param {{ databaseUrl?: string, dbFile: string, poolSize?: number }} options
 * @returns {Store}
 */
export function openStore({ databaseUrl, dbFile, poolSize }) {
  if (!databaseUrl) return openSqlite(dbFile);
  const opened = openPostgres(databaseUrl, { poolSize });
  const ready = opened.then(() => undefined);
  // Reported through `ready` and each request's 500, not as an unhandled rejection.
  ready.catch(() => {});
  // Each call waits for the connection; a failed start fails every request (500) and `ready`.
  /** @type {<K extends 'vote' | 'totals' | 'articlesOfDay' | 'article'>(k: K) => Store[K]} */
  const later = (k) =>
    /** @type {never} */ (
      async (/** @type {never[]} */ ...args) => /** @type {(...a: never[]) => unknown} */ ((await opened)[k])(...args)
    );
  return {
    kind: 'postgres',
    ready,
    vote: later('vote'),
    totals: later('totals'),
    articlesOfDay: later('articlesOfDay'),
    article: later('article'),
    close: async () => (await opened.catch(() => null))?.close(),
  };
}
