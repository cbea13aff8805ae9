// The reference API of DESIGN.md as a Node (connect-style) middleware, mounted by the demo server
// (Vite dev and preview) and by the test runner.
//
//   POST /api/ratings            {itemId, value, voterId} -> {itemId, average, count, value}
//   GET  /api/ratings?itemId=…   -> {itemId, average, count}
//   GET  /api/articles?date=yyyy-mm-dd -> {date, articles: [{id, headline, published, summary}]}
//   GET  /api/articles/:id       -> the article JSON read by <news-article src>
import { join } from 'node:path';
import { defaultDataDir, openDatabase } from './db.js';

const MAX_BODY = 8 * 1024;
const ID = /^[\p{L}\p{N}_.:-]{1,100}$/u;
const VOTER = /^[A-Za-z0-9_-]{8,64}$/;
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** @typedef {(req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse, next?: (err?: unknown) => void) => Promise<void>} Handler */

class HttpError extends Error {
  /** @param {number} status @param {string} message */
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

/** @param {import('node:http').ServerResponse} res @param {number} status @param {unknown} body */
function send(res, status, body) {
  const text = JSON.stringify(body);
  res.statusCode = status;
  res.setHeader('Content-Type', 'application/json; charset=utf-8');
  res.setHeader('Cache-Control', 'no-store');
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.end(text);
}

/** @param {import('node:http').IncomingMessage} req */
function readJson(req) {
  const type = String(req.headers['content-type'] ?? '')
    .split(';')[0]
    .trim()
    .toLowerCase();
  if (type !== 'application/json') throw new HttpError(415, 'Content-Type must be application/json');
  return new Promise((resolve, reject) => {
    let size = 0;
    /** @type {Buffer[]} */
    const chunks = [];
    req.on('data', (chunk) => {
      size += chunk.length;
      if (size > MAX_BODY) {
        reject(new HttpError(413, `Body larger than ${MAX_BODY} bytes`));
        req.destroy();
      } else chunks.push(chunk);
    });
    req.on('end', () => {
      try {
        resolve(JSON.parse(Buffer.concat(chunks).toString('utf8')));
      } catch {
        reject(new HttpError(400, 'Body is not valid JSON'));
      }
    });
    req.on('error', reject);
  });
}

/** @param {string | null} day */
function validDay(day) {
  const m = day ? ISO_DAY.exec(day) : null;
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

/**
 * @param {{ dbFile?: string, base?: string, maxValue?: number }} [options]
 * @returns {Handler & { close(): void, db: import('better-sqlite3').Database }}
 */
export function createApi(options = {}) {
  const base = options.base ?? '/api';
  const maxValue = options.maxValue ?? 5;
  const db = openDatabase(options.dbFile ?? join(defaultDataDir(), 'portal.sqlite'));

  const stats = db.prepare('SELECT COUNT(*) AS count, AVG(value) AS average FROM votes WHERE item_id = ?');
  const upsert = db.prepare(`
    INSERT INTO votes (item_id, voter_id, value, updated_at) VALUES (?, ?, ?, ?)
    ON CONFLICT (item_id, voter_id) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at`);
  const byDay = db.prepare('SELECT json FROM articles WHERE day = ? ORDER BY published DESC');
  const byId = db.prepare('SELECT json FROM articles WHERE id = ?');

  /** @param {string} itemId */
  const summary = (itemId) => {
    const row = /** @type {{ count: number, average: number | null }} */ (stats.get(itemId));
    return { itemId, average: row.count ? Math.round((row.average ?? 0) * 100) / 100 : 0, count: row.count };
  };

  /** @param {unknown} body */
  const vote = (body) => {
    if (!body || typeof body !== 'object' || Array.isArray(body))
      throw new HttpError(400, 'Body must be a JSON object');
    const { itemId, value, voterId } = /** @type {Record<string, unknown>} */ (body);
    if (typeof itemId !== 'string' || !ID.test(itemId))
      throw new HttpError(400, 'itemId must be 1-100 letters, digits, _ . : or -');
    if (typeof voterId !== 'string' || !VOTER.test(voterId))
      throw new HttpError(400, 'voterId must be 8-64 characters A-Z a-z 0-9 _ -');
    if (typeof value !== 'number' || !Number.isInteger(value) || value < 1 || value > maxValue) {
      throw new HttpError(400, `value must be a whole number from 1 to ${maxValue}`);
    }
    upsert.run(itemId, voterId, value, new Date().toISOString());
    return { ...summary(itemId), value };
  };

  /** @type {Handler} */
  const api = async (req, res, next) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname !== base && !url.pathname.startsWith(`${base}/`)) return next?.();
    const path = url.pathname.slice(base.length) || '/';
    try {
      if (path === '/ratings') {
        if (req.method === 'POST') return send(res, 200, vote(await readJson(req)));
        if (req.method === 'GET') {
          const itemId = url.searchParams.get('itemId');
          if (!itemId || !ID.test(itemId)) throw new HttpError(400, 'itemId query parameter is missing or invalid');
          return send(res, 200, summary(itemId));
        }
        res.setHeader('Allow', 'GET, POST');
        throw new HttpError(405, 'Method not allowed');
      }
      if (path === '/articles' || path.startsWith('/articles/')) {
        if (req.method !== 'GET' && req.method !== 'HEAD') {
          res.setHeader('Allow', 'GET');
          throw new HttpError(405, 'Method not allowed');
        }
        if (path === '/articles') {
          const date = url.searchParams.get('date');
          if (!validDay(date)) throw new HttpError(400, 'date must be a real day written yyyy-mm-dd');
          const rows = /** @type {{ json: string }[]} */ (byDay.all(date));
          const articles = rows.map(({ json }) => {
            const { id, headline, published, summary: lead } = JSON.parse(json);
            return { id, headline, published, summary: lead };
          });
          return send(res, 200, { date, articles });
        }
        const id = decodeURIComponent(path.slice('/articles/'.length));
        const row = /** @type {{ json: string } | undefined} */ (ID.test(id) ? byId.get(id) : undefined);
        if (!row) throw new HttpError(404, 'No article with that id');
        return send(res, 200, JSON.parse(row.json));
      }
      throw new HttpError(404, 'Unknown API path');
    } catch (err) {
      if (err instanceof HttpError) return send(res, err.status, { error: err.message });
      console.error('[api]', err);
      return send(res, 500, { error: 'Internal error' });
    }
  };
  return Object.assign(api, { close: () => void db.close(), db });
}
