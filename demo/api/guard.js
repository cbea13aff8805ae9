// The reference API's defences against abuse: vote rate limits per client address, CORS, and the
// optional signed voter cookie. Each is configured by createApi's options or the environment.
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { isIPv6 } from 'node:net';

/** @typedef {import('node:http').IncomingMessage} Req */

/**
 * Counts hits per key in a window that starts at the key's first hit; `limit` 0 means no limit.
 * Expired keys are swept as the map grows, so memory follows the number of recent clients.
 */
export class RateLimit {
  /** @param {number} limit @param {number} [windowMs] @param {() => number} [now] */
  constructor(limit, windowMs = 60_000, now = Date.now) {
    this.limit = limit;
    this.windowMs = windowMs;
    this.now = now;
    /** @type {Map<string, { start: number, n: number }>} */
    this.keys = new Map();
    this.sweepAt = 10_000;
  }

  /**
   * Counts one hit; answers 0 when it is allowed, else the seconds until the key may try again.
   * @param {string} key
   */
  hit(key) {
    if (!this.limit) return 0;
    const now = this.now();
    let entry = this.keys.get(key);
    if (!entry || now - entry.start >= this.windowMs) {
      if (this.keys.size >= this.sweepAt) this.sweep(now);
      entry = { start: now, n: 0 };
      this.keys.set(key, entry);
    }
    if (entry.n >= this.limit) return Math.max(1, Math.ceil((entry.start + this.windowMs - now) / 1000));
    entry.n++;
    return 0;
  }

  /** @param {number} now */
  sweep(now) {
    for (const [key, { start }] of this.keys) if (now - start >= this.windowMs) this.keys.delete(key);
    this.sweepAt = Math.max(10_000, this.keys.size * 2);
  }
}

/** IPv6 clients own whole /64 networks: they are limited per network, not per address. */
/** @param {string} address */
function clientKey(address) {
  const v4 = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (v4) return v4[1];
  if (!isIPv6(address)) return address;
  const [head, tail = ''] = address.split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const groups = address.includes('::')
    ? [...left, ...Array(8 - left.length - right.length).fill('0'), ...right]
    : left;
  return `${groups
    .slice(0, 4)
    .map((g) => g.toLowerCase().replace(/^0+(?=.)/, ''))
    .join(':')}::/64`;
}

/**
 * The client's address: the socket's peer, or with `trustProxy` hops of proxies in front (a load
 * balancer), the address that many entries from the right of X-Forwarded-For, which those proxies wrote.
 * @param {Req} req @param {number} trustProxy
 */
export function clientAddress(req, trustProxy) {
  const peer = req.socket.remoteAddress ?? 'unknown';
  if (!trustProxy) return clientKey(peer);
  const chain = String(req.headers['x-forwarded-for'] ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  return clientKey(chain[chain.length - trustProxy] ?? chain[0] ?? peer);
}

/** @param {string | undefined} list */
export const parseOrigins = (list) =>
  (list ?? '')
    .split(',')
    .map((s) => s.trim().replace(/\/$/, ''))
    .filter(Boolean);

/**
 * Whether a request's Origin is the API's own (same scheme-less host) — what a page served by the
 * same server sends with its votes.
 * @param {Req} req @param {string} origin @param {number} trustProxy
 */
export function sameOrigin(req, origin, trustProxy) {
  const forwarded = trustProxy
    ? String(req.headers['x-forwarded-host'] ?? '')
        .split(',')[0]
        .trim()
    : '';
  const host = forwarded || req.headers.host;
  try {
    return Boolean(host) && new URL(origin).host === host;
  } catch {
    return false;
  }
}

const COOKIE = 'portal_voter';

/** @param {string | undefined} header @param {string} name */
function readCookie(header, name) {
  for (const part of (header ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return undefined;
}

/**
 * The signed voter cookie: an id made by the server, with an HMAC of it under the deployment's
 * secret, so a vote's voter is one the server handed out (one per browser), not any string a client
 * picks.
 * @param {string} secret
 * @param {string} path
 */
export function voterTokens(secret, path) {
  if (secret.length < 16) throw new Error('The voter cookie secret (PORTAL_VOTER_SECRET) needs 16 or more characters');
  /** @param {string} id */
  const sign = (id) => createHmac('sha256', secret).update(id).digest('base64url');
  return {
    /** The voter id of the request's valid cookie, or undefined. @param {Req} req */
    read(req) {
      const value = readCookie(req.headers.cookie, COOKIE);
      const m = value ? /^([A-Za-z0-9_-]{22})\.([A-Za-z0-9_-]{43})$/.exec(value) : null;
      if (!m) return undefined;
      const want = Buffer.from(sign(m[1]));
      const got = Buffer.from(m[2]);
      return got.length === want.length && timingSafeEqual(got, want) ? m[1] : undefined;
    },
    /** A Set-Cookie header for a new voter. @param {boolean} secure */
    issue(secure) {
      const id = randomBytes(16).toString('base64url');
      const attrs = [`${COOKIE}=${id}.${sign(id)}`, `Path=${path}`, 'Max-Age=31536000', 'HttpOnly', 'SameSite=Strict'];
      if (secure) attrs.push('Secure');
      return attrs.join('; ');
    },
  };
}
