// The reference API's abuse limits, body limit, Content-Type, CORS and optional voter cookie, each
// through a real HTTP server on loopback (SQLite: these do not depend on the database).
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { createApi } from '../../demo/api/handler.js';
import { serveApi } from './support/servers.mjs';

const dir = mkdtempSync(join(tmpdir(), 'portal-api-guard-'));
after(() => rmSync(dir, { recursive: true, force: true }));
let files = 0;
/** @param {import('../../demo/api/handler.js').ApiOptions} options */
const serve = (options) => serveApi({ dbFile: join(dir, `${files++}.sqlite`), databaseUrl: '', ...options });
const unique = (/** @type {string} */ prefix) => `${prefix}-${Math.random().toString(36).slice(2, 10)}`;

/**
 * @param {string} url
 * @param {unknown} body
 * @param {Record<string, string>} [headers]
 */
async function post(url, body, headers = {}) {
  const res = await fetch(`${url}/api/ratings`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  return { status: res.status, headers: res.headers, json: await res.json() };
}
const vote = (/** @type {string} */ itemId, voterId = unique('voter')) => ({ itemId, value: 4, voterId });
/** The element's rule (src/star-rating/rating-send.ts): these 4xx are refusals, never retried. */
const refusal = (/** @type {number} */ status) => status >= 400 && status < 500 && status !== 408 && status !== 429;

describe('vote rate limits', { timeout: 20_000 }, () => {
  it('limits votes per client address per minute, answering 429 with Retry-After', async () => {
    let now = 1_000_000;
    const s = await serve({ limits: { votesPerMinute: 3, itemVotesPerMinute: 0 }, now: () => now });
    try {
      for (let i = 0; i < 3; i++) assert.equal((await post(s.url, vote(unique('item')))).status, 200);
      const over = await post(s.url, vote(unique('item')));
      assert.equal(over.status, 429);
      assert.match(over.json.error, /Too many votes/);
      assert.equal(over.headers.get('retry-after'), '60');
      // A minute later the address may vote again.
      now += 60_000;
      assert.equal((await post(s.url, vote(unique('item')))).status, 200);
    } finally {
      await s.close();
    }
  });

  it('limits votes per item per client address, leaving other items and addresses alone', async () => {
    const s = await serve({ limits: { votesPerMinute: 0, itemVotesPerMinute: 2 }, trustProxy: 1 });
    try {
      const itemId = unique('item');
      const from = (/** @type {string} */ ip) => ({ 'X-Forwarded-For': ip });
      assert.equal((await post(s.url, vote(itemId), from('203.0.113.7'))).status, 200);
      assert.equal((await post(s.url, vote(itemId), from('203.0.113.7'))).status, 200);
      const over = await post(s.url, vote(itemId), from('203.0.113.7'));
      assert.equal(over.status, 429);
      assert.equal(over.json.count, undefined);
      assert.equal((await post(s.url, vote(unique('item')), from('203.0.113.7'))).status, 200);
      assert.equal((await post(s.url, vote(itemId), from('203.0.113.8'))).status, 200);
      // One IPv6 network (/64) is one client: rotating the interface id does not get past the limit.
      assert.equal((await post(s.url, vote(itemId), from('2001:db8:1:2::a'))).status, 200);
      assert.equal((await post(s.url, vote(itemId), from('2001:db8:1:2:0:0:0:b'))).status, 200);
      assert.equal((await post(s.url, vote(itemId), from('2001:db8:1:2:ffff::c'))).status, 429);
      // The rejected votes were not stored.
      const summary = await fetch(`${s.url}/api/ratings?itemId=${itemId}`).then((r) => r.json());
      assert.equal(summary.count, 5);
    } finally {
      await s.close();
    }
  });

  it('is on by default: 10 votes per item and 60 per minute from one address', async () => {
    const s = await serve({});
    try {
      const itemId = unique('item');
      const first = await Promise.all(Array.from({ length: 12 }, () => post(s.url, vote(itemId))));
      assert.deepEqual(first.map((r) => r.status).sort(), [...Array(10).fill(200), 429, 429]);
      const rest = await Promise.all(Array.from({ length: 52 }, () => post(s.url, vote(unique('item')))));
      assert.deepEqual(rest.map((r) => r.status).sort(), [...Array(48).fill(200), ...Array(4).fill(429)]);
    } finally {
      await s.close();
    }
  });

  it('reads its limits from the environment', async () => {
    process.env.PORTAL_VOTES_PER_MINUTE = '2';
    process.env.PORTAL_ITEM_VOTES_PER_MINUTE = '0';
    try {
      const s = await serve({});
      try {
        const statuses = [];
        for (let i = 0; i < 3; i++) statuses.push((await post(s.url, vote(unique('item')))).status);
        assert.deepEqual(statuses, [200, 200, 429]);
      } finally {
        await s.close();
      }
      process.env.PORTAL_VOTES_PER_MINUTE = 'many';
      assert.throws(() => createApi({ dbFile: join(dir, 'bad.sqlite') }), /PORTAL_VOTES_PER_MINUTE must be a number/);
    } finally {
      delete process.env.PORTAL_VOTES_PER_MINUTE;
      delete process.env.PORTAL_ITEM_VOTES_PER_MINUTE;
    }
  });
});

describe('request bodies', { timeout: 20_000 }, () => {
  /** @type {Awaited<ReturnType<typeof serve>>} */
  let s;
  before(async () => (s = await serve({ limits: { votesPerMinute: 0, itemVotesPerMinute: 0 } })));
  after(() => s.close());

  /**
   * Sends one raw request over `agent` and reads the answer and which socket carried it.
   * @param {Agent} agent @param {string | Buffer} body @param {Record<string, string>} headers
   * @returns {Promise<{ status: number, json: any, socket: import('node:net').Socket, headers: import('node:http').IncomingHttpHeaders }>}
   */
  const raw = (agent, body, headers = { 'Content-Type': 'application/json' }) =>
    new Promise((resolve, reject) => {
      const req = request(`${s.url}/api/ratings`, { method: 'POST', agent, headers }, (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (d) => (text += d));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            json: JSON.parse(text),
            socket: /** @type {import("node:net").Socket} */ (req.socket),
            headers: res.headers,
          }),
        );
      });
      req.on('error', reject);
      req.end(body);
    });

  it('answers a 2 MB body with a JSON 413 and keeps the connection for the next request', async () => {
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    try {
      const big = JSON.stringify({ itemId: 'big', value: 3, voterId: 'voter-big-1', pad: 'x'.repeat(2_000_000) });
      const first = await raw(agent, big);
      assert.equal(first.status, 413);
      assert.match(first.json.error, /larger than 8192 bytes/);
      assert.notEqual(first.headers.connection, 'close');
      const second = await raw(agent, JSON.stringify(vote(unique('item'))));
      assert.equal(second.status, 200);
      assert.equal(second.socket, first.socket, 'the same connection carries the next request');
    } finally {
      agent.destroy();
    }
  });

  it('gives fetch the 413 JSON too, not a reset', async () => {
    const res = await post(s.url, 'x'.repeat(2 * 1024 * 1024));
    assert.equal(res.status, 413);
    assert.equal(typeof res.json.error, 'string');
  });

  it('answers a declared body past the discard limit with 413 at once, then closes', async () => {
    const agent = new Agent({ keepAlive: false });
    const small = await serve({ limits: { votesPerMinute: 0, maxBody: 100, maxDiscard: 1000 } });
    try {
      const res = await new Promise((resolve, reject) => {
        const req = request(`${small.url}/api/ratings`, {
          method: 'POST',
          agent,
          headers: { 'Content-Type': 'application/json', 'Content-Length': '5000000' },
        });
        req.on('response', (r) => {
          let text = '';
          r.on('data', (d) => (text += d));
          r.on('end', () =>
            resolve({ status: r.statusCode, json: JSON.parse(text), connection: r.headers.connection }),
          );
        });
        req.on('error', reject);
        req.flushHeaders();
      });
      assert.deepEqual(res, { status: 413, json: { error: 'Body larger than 100 bytes' }, connection: 'close' });
    } finally {
      agent.destroy();
      await small.close();
    }
  });

  it('takes votes only as application/json in UTF-8', async () => {
    const itemId = unique('item');
    const body = JSON.stringify(vote(itemId));
    for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'application/json; charset=latin1', '']) {
      const res = await post(s.url, body, { 'Content-Type': type });
      assert.equal(res.status, 415, type);
      assert.equal(typeof res.json.error, 'string');
    }
    assert.equal((await post(s.url, body, { 'Content-Type': 'Application/JSON; charset="UTF-8"' })).status, 200);
    const summary = await fetch(`${s.url}/api/ratings?itemId=${itemId}`).then((r) => r.json());
    assert.equal(summary.count, 1);
  });
});

describe('CORS', { timeout: 20_000 }, () => {
  it('is closed by default: a vote from another origin is refused and not stored', async () => {
    const s = await serve({ limits: { votesPerMinute: 0 } });
    try {
      const itemId = unique('item');
      const other = { Origin: 'https://other.example' };
      const res = await post(s.url, vote(itemId), other);
      assert.equal(res.status, 403);
      assert.equal(res.headers.get('access-control-allow-origin'), null);
      const pre = await fetch(`${s.url}/api/ratings`, {
        method: 'OPTIONS',
        headers: { ...other, 'Access-Control-Request-Method': 'POST' },
      });
      assert.equal(pre.status, 403);
      assert.equal(pre.headers.get('access-control-allow-origin'), null);
      const read = await fetch(`${s.url}/api/ratings?itemId=${itemId}`, { headers: other });
      assert.equal(read.headers.get('access-control-allow-origin'), null);
      assert.equal((await read.json()).count, 0);
      // The API's own pages (Origin equal to the Host) vote as before.
      assert.equal((await post(s.url, vote(itemId), { Origin: s.url })).status, 200);
    } finally {
      await s.close();
    }
  });

  it('opens to the origins listed in PORTAL_CORS_ORIGINS', async () => {
    process.env.PORTAL_CORS_ORIGINS = 'https://a.gov.vn, https://b.gov.vn/';
    try {
      const s = await serve({ limits: { votesPerMinute: 0 } });
      try {
        const pre = await fetch(`${s.url}/api/ratings`, {
          method: 'OPTIONS',
          headers: { Origin: 'https://b.gov.vn', 'Access-Control-Request-Method': 'POST' },
        });
        assert.equal(pre.status, 204);
        assert.equal(pre.headers.get('access-control-allow-origin'), 'https://b.gov.vn');
        assert.match(pre.headers.get('access-control-allow-methods') ?? '', /POST/);
        assert.match(pre.headers.get('access-control-allow-headers') ?? '', /Content-Type/);
        const res = await post(s.url, vote(unique('item')), { Origin: 'https://a.gov.vn' });
        assert.equal(res.status, 200);
        assert.equal(res.headers.get('access-control-allow-origin'), 'https://a.gov.vn');
        assert.equal((await post(s.url, vote(unique('item')), { Origin: 'https://c.gov.vn' })).status, 403);
      } finally {
        await s.close();
      }
    } finally {
      delete process.env.PORTAL_CORS_ORIGINS;
    }
  });
});

describe('signed voter cookie', { timeout: 20_000 }, () => {
  const secret = 'a-long-test-secret-for-the-cookie';

  it('is off by default: no cookie is issued and votes need none', async () => {
    const s = await serve({ limits: { votesPerMinute: 0 } });
    try {
      const read = await fetch(`${s.url}/api/ratings?itemId=x`);
      assert.equal(read.headers.get('set-cookie'), null);
      assert.equal((await post(s.url, vote(unique('item')))).status, 200);
    } finally {
      await s.close();
    }
  });

  it('issues an HTTP-only, SameSite cookie on the first GET and counts one vote per cookie', async () => {
    process.env.PORTAL_VOTER_SECRET = secret;
    try {
      const s = await serve({ limits: { votesPerMinute: 0, itemVotesPerMinute: 0 } });
      try {
        const itemId = unique('item');
        const first = await fetch(`${s.url}/api/ratings?itemId=${itemId}`);
        const setCookie = first.headers.get('set-cookie') ?? '';
        assert.match(setCookie, /^portal_voter=[\w-]{22}\.[\w-]{43}; /);
        assert.match(setCookie, /; HttpOnly/);
        assert.match(setCookie, /; SameSite=Strict/);
        assert.match(setCookie, /; Path=\/api/);
        const cookie = setCookie.split(';')[0];
        const again = await fetch(`${s.url}/api/ratings?itemId=${itemId}`, { headers: { Cookie: cookie } });
        assert.equal(again.headers.get('set-cookie'), null, 'a valid cookie is kept, not replaced');

        // Without the cookie (or with a forged one) the vote is refused with a status the element does not retry.
        /** @type {Record<string, string>[]} */
        const without = [
          {},
          { Cookie: `${cookie.slice(0, -1)}${cookie.endsWith('A') ? 'B' : 'A'}` },
          { Cookie: 'portal_voter=abc' },
        ];
        for (const headers of without) {
          const res = await post(s.url, vote(itemId), headers);
          assert.equal(res.status, 403);
          assert.ok(refusal(res.status));
          assert.match(res.json.error, /voter cookie/);
        }
        // With it, the browser votes; a second voterId from the same browser replaces the first vote.
        const a = await post(s.url, { itemId, value: 2, voterId: 'first-voter-id' }, { Cookie: cookie });
        assert.deepEqual(a.json, { itemId, average: 2, count: 1, value: 2 });
        const b = await post(s.url, { itemId, value: 5, voterId: 'second-voter-id' }, { Cookie: cookie });
        assert.deepEqual(b.json, { itemId, average: 5, count: 1, value: 5 });
        // Another browser is another voter.
        const other = (await fetch(`${s.url}/api/ratings?itemId=${itemId}`)).headers.get('set-cookie') ?? '';
        const c = await post(s.url, { itemId, value: 3, voterId: 'second-voter-id' }, { Cookie: other.split(';')[0] });
        assert.deepEqual(c.json, { itemId, average: 4, count: 2, value: 3 });
      } finally {
        await s.close();
      }
    } finally {
      delete process.env.PORTAL_VOTER_SECRET;
    }
  });

  it('marks the cookie Secure behind an HTTPS proxy it trusts', async () => {
    const s = await serve({ voterSecret: secret, trustProxy: 1 });
    try {
      const res = await fetch(`${s.url}/api/ratings?itemId=x`, { headers: { 'X-Forwarded-Proto': 'https' } });
      assert.match(res.headers.get('set-cookie') ?? '', /; Secure/);
    } finally {
      await s.close();
    }
  });

  it('refuses a short secret at start', () => {
    assert.throws(() => createApi({ dbFile: join(dir, 'short.sqlite'), voterSecret: 'short' }), /16 or more/);
  });
});
