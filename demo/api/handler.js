// The reference API of DESIGN.md as a Node (connect-style) middleware, mounted by the demo server
// (Vite dev and preview), by scripts/api-server.mjs and by the test runner.
//
//   POST /api/ratings            {itemId, value, voterId} -> {itemId, average, count, value}
//   GET  /api/ratings?itemId=…   -> {itemId, average, count}
//   GET  /api/articles?date=yyyy-mm-dd -> {date, articles: [{id, headline, published, summary}]}
//   GET  /api/articles/:id       -> the article JSON read by <news-article src>
//
// Configuration: createApi's options, each defaulting to an environment variable (README, "Reference API").
import { join } from 'node:path';
import { defaultDataDir, openStore } from './db.js';
import { RateLimit, clientAddress, parseOrigins, sameOrigin, voterTokens } from './guard.js';

const ID = /^[\p{L}\p{N}_.:-]{1,100}$/u;
const VOTER = /^[A-Za-z0-9_-]{8,64}$/;
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** @typedef {(req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse, next?: (err?: unknown) => void) => Promise<void>} Handler */

class HttpError extends Error {
  /** @param {number} status @param {string} message @param {Record<string, string>} [headers] */
  constructor(status, message, headers = {}) {
    super(message);
    this.status = status;
    this.headers = headers;
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

/**
 * Reads a JSON body of at most `max` bytes. A larger one is read to its end and thrown away, then
 * answered 413 on a connection that stays open; past `discard` bytes the connection is closed.
 * @param {import('node:http').IncomingMessage} req @param {number} max @param {number} discard
 */
function readJson(req, max, discard) {
  const [type, ...params] = String(req.headers['content-type'] ?? '')
    .toLowerCase()
    .split(';')
    .map((s) => s.trim());
  if (type !== 'application/json') throw new HttpError(415, 'Content-Type must be application/json');
  const charset = params.find((p) => p.startsWith('charset='))?.slice(8);
  if (charset && charset.replace(/"/g, '') !== 'utf-8') throw new HttpError(415, 'The JSON body must be UTF-8');
  const tooLarge = `Body larger than ${max} bytes`;
  const close = { Connection: 'close' };
  if (Number(req.headers['content-length']) > discard) throw new HttpError(413, tooLarge, close);
  return new Promise((resolve, reject) => {
    let size = 0;
    /** @type {Buffer[]} */
    const chunks = [];
    const onData = (/** @type {Buffer} */ chunk) => {
      size += chunk.length;
      if (size <= max) chunks.push(chunk);
      else if (size > discard) {
        req.off('data', onData);
        req.pause();
        reject(new HttpError(413, tooLarge, close));
      }
    };
    req.on('data', onData);
    req.on('end', () => {
      if (size > max) return reject(new HttpError(413, tooLarge));
      try {
        resolve(JSON.parse(Buffer.concat(chunks).toString('utf8')));
      } catch {
        reject(new HttpError(400, 'Body is not valid JSON'));
      }
    });
    req.on('error', reject);
  });
}

/** A number from the option, else the environment variable, else the default; never negative. */
/** @param {number | undefined} option @param {string} name @param {number} fallback */
function setting(option, name, fallback) {
  const raw = option ?? process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isFinite(n) || n < 0) throw new Error(`${name} must be a number, 0 or more (got ${raw})`);
  return n;
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
 * @typedef {{
 *   dbFile?: string,
 *   databaseUrl?: string,
 *   poolSize?: number,
 *   base?: string,
 *   maxValue?: number,
 *   limits?: { votesPerMinute?: number, itemVotesPerMinute?: number, maxBody?: number, maxDiscard?: number },
 *   trustProxy?: number,
 *   corsOrigins?: string[],
 *   voterSecret?: string | null,
 *   secureCookie?: boolean,
 *   now?: () => number,
 * }} ApiOptions
 */

/**
 * @param {ApiOptions} [options]
 * @returns {Handler & { close(): Promise<void>, ready: Promise<void>, store: import('./db.js').Store }}
 */
export function createApi(options = {}) {
  const base = options.base ?? '/api';
  const maxValue = options.maxValue ?? 5;
  const limits = options.limits ?? {};
  const maxBody = setting(limits.maxBody, 'PORTAL_MAX_BODY', 8 * 1024);
  const maxDiscard = Math.max(maxBody, setting(limits.maxDiscard, 'PORTAL_MAX_DISCARD', 16 * 1024 * 1024));
  const trustProxy = setting(options.trustProxy, 'PORTAL_TRUST_PROXY', 0);
  const perClient = new RateLimit(setting(limits.votesPerMinute, 'PORTAL_VOTES_PER_MINUTE', 60), 60_000, options.now);
  const perItem = new RateLimit(
    setting(limits.itemVotesPerMinute, 'PORTAL_ITEM_VOTES_PER_MINUTE', 10),
    60_000,
    options.now,
  );
  const origins = new Set(options.corsOrigins ?? parseOrigins(process.env.PORTAL_CORS_ORIGINS));
  const secret = options.voterSecret !== undefined ? options.voterSecret : process.env.PORTAL_VOTER_SECRET;
  const tokens = secret ? voterTokens(secret, base) : null;
  const store = openStore({
    databaseUrl: options.databaseUrl !== undefined ? options.databaseUrl : process.env.DATABASE_URL,
    dbFile: options.dbFile ?? join(defaultDataDir(), 'portal.sqlite'),
    poolSize: setting(options.poolSize, 'PG_POOL_SIZE', 10),
  });

  /** @param {string} itemId */
  const summary = async (itemId) => {
    const row = await store.totals(itemId);
    return { itemId, average: row.count ? Math.round((row.average ?? 0) * 100) / 100 : 0, count: row.count };
  };

  /** @param {import('node:http').IncomingMessage} req @param {string} client */
  const vote = async (req, client) => {
    const wait = perClient.hit(client);
    if (wait)
      throw new HttpError(429, 'Too many votes from this address: try again later', { 'Retry-After': `${wait}` });
    const cookieVoter = tokens?.read(req);
    if (tokens && !cookieVoter)
      throw new HttpError(403, 'A voter cookie is needed: load the rating first, with cookies allowed');
    const body = await readJson(req, maxBody, maxDiscard);
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
    const waitItem = perItem.hit(`${client} ${itemId}`);
    if (waitItem)
      throw new HttpError(429, 'Too many votes on this item from this address: try again later', {
        'Retry-After': `${waitItem}`,
      });
    // With the cookie on, the voter is the browser the server signed, whatever id the page sent.
    const row = await store.vote(itemId, cookieVoter ?? voterId, value);
    return { itemId, average: Math.round((row.average ?? 0) * 100) / 100, count: row.count, value };
  };

  /**
   * CORS, closed unless the origin is listed: a listed origin gets the Access-Control headers; an
   * unlisted cross-origin vote or preflight is refused (403) before anything is read.
   * @param {import('node:http').IncomingMessage} req @param {import('node:http').ServerResponse} res
   * @returns {boolean} whether the request was answered (a preflight)
   */
  const cors = (req, res) => {
    const origin = req.headers.origin;
    if (!origin) return false;
    if (origins.has(origin)) {
      res.setHeader('Access-Control-Allow-Origin', origin);
      res.setHeader('Vary', 'Origin');
      if (req.method !== 'OPTIONS') return false;
      res.statusCode = 204;
      res.setHeader('Access-Control-Allow-Methods', 'GET, POST');
      res.setHeader('Access-Control-Allow-Headers', 'Content-Type, Accept');
      res.setHeader('Access-Control-Max-Age', '600');
      res.end();
      return true;
    }
    if ((req.method === 'POST' || req.method === 'OPTIONS') && !sameOrigin(req, origin, trustProxy))
      throw new HttpError(403, 'This origin may not use the API');
    return false;
  };

  /** @param {import('node:http').IncomingMessage} req */
  const secure = (req) =>
    options.secureCookie ??
    (Boolean(/** @type {{ encrypted?: boolean }} */ (req.socket).encrypted) ||
      (trustProxy > 0 && String(req.headers['x-forwarded-proto']).split(',')[0].trim() === 'https'));

  /** @type {Handler} */
  const api = async (req, res, next) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname !== base && !url.pathname.startsWith(`${base}/`)) return next?.();
    const path = url.pathname.slice(base.length) || '/';
    try {
      if (cors(req, res)) return;
      await store.ready;
      if (path === '/ratings') {
        if (req.method === 'POST') return send(res, 200, await vote(req, clientAddress(req, trustProxy)));
        if (req.method === 'GET') {
          const itemId = url.searchParams.get('itemId');
          if (!itemId || !ID.test(itemId)) throw new HttpError(400, 'itemId query parameter is missing or invalid');
          if (tokens && !tokens.read(req)) res.setHeader('Set-Cookie', tokens.issue(secure(req)));
          return send(res, 200, await summary(itemId));
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
          const rows = await store.articlesOfDay(/** @type {string} */ (date));
          const articles = rows.map((json) => {
            const { id, headline, published, summary: lead } = JSON.parse(json);
            return { id, headline, published, summary: lead };
          });
          return send(res, 200, { date, articles });
        }
        let id = '';
        try {
          id = decodeURIComponent(path.slice('/articles/'.length));
        } catch {
          // A malformed %-escape names no article.
        }
        const json = ID.test(id) ? await store.article(id) : undefined;
        if (!json) throw new HttpError(404, 'No article with that id');
        return send(res, 200, JSON.parse(json));
      }
      throw new HttpError(404, 'Unknown API path');
    } catch (err) {
      if (err instanceof HttpError) {
        for (const [name, value] of Object.entries(err.headers)) res.setHeader(name, value);
        return send(res, err.status, { error: err.message });
      }
      console.error('[api]', err);
      return send(res, 500, { error: 'Internal error' });
    }
  };
  return Object.assign(api, { close: () => store.close(), ready: store.ready, store });
}
