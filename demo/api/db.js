// The reference API's storage: one SQLite file, created with the sample articles on first open.
import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
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
 * Opens (creating if needed) the database file and seeds the sample articles once.
 * @param {string} file
 */
export function openDatabase(file) {
  mkdirSync(dirname(file), { recursive: true });
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('busy_timeout = 2000');
  db.exec(`
    CREATE TABLE IF NOT EXISTS articles (
      id TEXT PRIMARY KEY,
      day TEXT NOT NULL,
      published TEXT NOT NULL,
      json TEXT NOT NULL
    );
    CREATE INDEX IF NOT EXISTS articles_day ON articles (day, published);
    CREATE TABLE IF NOT EXISTS votes (
      item_id TEXT NOT NULL,
      voter_id TEXT NOT NULL,
      value INTEGER NOT NULL,
      updated_at TEXT NOT NULL,
      PRIMARY KEY (item_id, voter_id)
    );
  `);
  const count = /** @type {{ n: number }} */ (db.prepare('SELECT COUNT(*) AS n FROM articles').get()).n;
  if (count === 0) {
    const insert = db.prepare('INSERT INTO articles (id, day, published, json) VALUES (?, ?, ?, ?)');
    db.transaction(() => {
      for (const a of sampleArticles) insert.run(a.id, portalDay(a.published), a.published, JSON.stringify(a));
    })();
  }
  return db;
}
