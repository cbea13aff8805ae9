// The reference API's contract, run twice: over SQLite (the embedded default) and over PostgreSQL
// (DATABASE_URL), each through a real HTTP server on loopback. PostgreSQL is a throwaway cluster.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import Database from 'better-sqlite3';
import pg from 'pg';
import { createApi } from '../../demo/api/handler.js';
import { sampleArticles } from '../../demo/api/sample-articles.js';
import { postgresMissing, startPostgres } from './support/postgres.mjs';
import { serveApi } from './support/servers.mjs';

const unique = (/** @type {string} */ prefix) => `${prefix}-${Math.random().toString(36).slice(2, 10)}`;
const noLimits = { votesPerMinute: 0, itemVotesPerMinute: 0 };

/** @type {Awaited<ReturnType<typeof startPostgres>> | undefined} */
let cluster;
const pgSkip = postgresMissing();
const backends = [
  { name: 'SQLite', skip: '' },
  { name: 'PostgreSQL', skip: pgSkip },
];

for (const backend of backends) {
  describe(`reference API on ${backend.name}`, { skip: backend.skip || false, timeout: 60_000 }, () => {
    /** @type {Awaited<ReturnType<typeof serveApi>>} */
    let server;
    /** @type {string} */
    let dir;
    /** @type {string} */
    let databaseUrl = '';
    before(async () => {
      dir = mkdtempSync(join(tmpdir(), 'portal-api-contract-'));
      if (backend.name === 'PostgreSQL') {
        cluster ??= await startPostgres();
        databaseUrl = cluster.fresh('contract');
      }
      server = await serveApi({ dbFile: join(dir, 'api.sqlite'), databaseUrl, limits: noLimits, voterSecret: null });
    });
    after(async () => {
      await server?.close();
      rmSync(dir, { recursive: true, force: true });
    });

    const post = async (/** @type {unknown} */ body, type = 'application/json') => {
      const res = await fetch(`${server.url}/api/ratings`, {
        method: 'POST',
        headers: { 'Content-Type': type },
        body: typeof body === 'string' ? body : JSON.stringify(body),
      });
      return { status: res.status, json: await res.json() };
    };
    const summary = (/** @type {string} */ itemId) =>
      fetch(`${server.url}/api/ratings?itemId=${encodeURIComponent(itemId)}`).then((r) => r.json());

    it('records a vote and returns the new average and count', async () => {
      const itemId = unique('item');
      const a = await post({ itemId, value: 4, voterId: unique('voter') });
      assert.deepEqual(a, { status: 200, json: { itemId, average: 4, count: 1, value: 4 } });
      const b = await post({ itemId, value: 5, voterId: unique('voter') });
      assert.deepEqual(b.json, { itemId, average: 4.5, count: 2, value: 5 });
    });

    it('counts one vote per voter: voting again replaces it', async () => {
      const itemId = unique('item');
      const voterId = unique('voter');
      await post({ itemId, value: 2, voterId });
      await post({ itemId, value: 2, voterId });
      const again = await post({ itemId, value: 5, voterId });
      assert.deepEqual(again.json, { itemId, average: 5, count: 1, value: 5 });
    });

    it('reads the summary of an item, rounded to two places', async () => {
      const itemId = unique('item');
      assert.deepEqual(await summary(itemId), { itemId, average: 0, count: 0 });
      for (const value of [3, 4, 4]) await post({ itemId, value, voterId: unique('voter') });
      assert.deepEqual(await summary(itemId), { itemId, average: 3.67, count: 3 });
    });

    const bad = /** @type {Array<[string, unknown, string?]>} */ ([
      ['value 0', { value: 0 }],
      ['value 6', { value: 6 }],
      ['value 2.5', { value: 2.5 }],
      ['value as text', { value: '4' }],
      ['no itemId', { itemId: undefined }],
      ['itemId with markup', { itemId: '<b>x</b>' }],
      ['short voterId', { voterId: 'abc' }],
      ['an array body', [1, 2]],
      ['malformed JSON', '{"itemId": ', 'application/json'],
      ['a form body', 'itemId=x&value=3', 'application/x-www-form-urlencoded'],
    ]);
    for (const [name, change, type] of bad) {
      it(`rejects ${name} with a 4xx JSON error and stores nothing`, async () => {
        const itemId = unique('item');
        const body =
          typeof change === 'string' || Array.isArray(change)
            ? change
            : { itemId, value: 3, voterId: unique('voter'), .../** @type {object} */ (change) };
        const res = await post(body, type);
        assert.ok(res.status >= 400 && res.status < 500, `status ${res.status}`);
        assert.equal(typeof res.json.error, 'string');
        assert.equal((await summary(itemId)).count, 0);
      });
    }

    it('refuses other methods and a missing itemId', async () => {
      assert.equal((await fetch(`${server.url}/api/ratings`, { method: 'DELETE' })).status, 405);
      assert.equal((await fetch(`${server.url}/api/ratings`)).status, 400);
    });

    it('stores all of 1 000 concurrent votes from distinct voters, and the aggregate is exact', async () => {
      const itemId = unique('item');
      const votes = Array.from({ length: 1000 }, (_, i) => ({ itemId, voterId: `voter-${i}-xyz`, value: (i % 5) + 1 }));
      const answers = await Promise.all(votes.map((v) => post(v)));
      assert.deepEqual(
        answers.filter((a) => a.status !== 200),
        [],
      );
      // Each answer counts its own vote and those committed before it: 1..1000, each seen once at most.
      const counts = answers.map((a) => a.json.count);
      assert.equal(Math.max(...counts), 1000);
      assert.ok(Math.min(...counts) >= 1);
      assert.deepEqual(await summary(itemId), { itemId, average: 3, count: 1000 });
    });

    it('counts 200 concurrent votes from one voter once, with one of the values sent', async () => {
      const itemId = unique('item');
      const voterId = unique('voter');
      const answers = await Promise.all(
        Array.from({ length: 200 }, (_, i) => post({ itemId, voterId, value: (i % 5) + 1 })),
      );
      assert.ok(answers.every((a) => a.status === 200 && a.json.count === 1));
      const after = await summary(itemId);
      assert.equal(after.count, 1);
      assert.ok([1, 2, 3, 4, 5].includes(after.average));
    });

    it('keeps each voter’s last vote when 300 voters change their votes at once', async () => {
      const itemId = unique('item');
      await Promise.all(
        Array.from({ length: 300 }, async (_, i) => {
          const voterId = `changer-${i}-abc`;
          assert.equal((await post({ itemId, voterId, value: 1 })).status, 200);
          assert.equal((await post({ itemId, voterId, value: i < 150 ? 5 : 2 })).status, 200);
        }),
      );
      assert.deepEqual(await summary(itemId), { itemId, average: 3.5, count: 300 });
    });

    it('lists the sample articles of a day, newest first, and serves one', async () => {
      const body = await fetch(`${server.url}/api/articles?date=2019-11-18`).then((r) => r.json());
      assert.equal(body.date, '2019-11-18');
      assert.ok(body.articles.length > 1);
      const times = body.articles.map((/** @type {{ published: string }} */ a) => Date.parse(a.published));
      assert.deepEqual(
        times,
        [...times].sort((a, b) => b - a),
      );
      const one = await fetch(`${server.url}/api/articles/${body.articles[0].id}`).then((r) => r.json());
      assert.equal(one.id, body.articles[0].id);
      assert.equal((await fetch(`${server.url}/api/articles/khong-co`)).status, 404);
      assert.equal((await fetch(`${server.url}/api/articles/%E0%A4%A`)).status, 404);
      assert.equal((await fetch(`${server.url}/api/articles?date=2019-02-29`)).status, 400);
    });

    it('runs its migrations once: a second process on the same database starts on it as it is', async () => {
      const itemId = unique('item');
      await post({ itemId, value: 4, voterId: unique('voter') });
      // Two more API instances start at once on the same database (as processes behind a balancer do).
      const others = [0, 1].map(() =>
        createApi({ dbFile: join(dir, 'api.sqlite'), databaseUrl, limits: noLimits, voterSecret: null }),
      );
      await Promise.all(others.map((o) => o.ready));
      assert.deepEqual(await others[0].store.totals(itemId), { count: 1, average: 4 });
      await Promise.all(others.map((o) => o.close()));
      if (backend.name === 'SQLite') {
        const db = new Database(join(dir, 'api.sqlite'), { readonly: true });
        assert.deepEqual(db.prepare('SELECT version FROM schema_migrations').pluck().all(), [1]);
        assert.equal(db.prepare('SELECT COUNT(*) FROM articles').pluck().get(), sampleArticles.length);
        assert.equal(db.pragma('journal_mode', { simple: true }), 'wal');
        db.close();
      } else {
        const client = new pg.Client(databaseUrl);
        await client.connect();
        assert.deepEqual((await client.query('SELECT version FROM schema_migrations')).rows, [{ version: 1 }]);
        const n = await client.query('SELECT COUNT(*)::int AS n FROM articles');
        assert.equal(n.rows[0].n, sampleArticles.length);
        await client.end();
      }
    });
  });
}

describe('migrations over a database from before them', () => {
  it('opens an SQLite file made by the first reference API and keeps its votes', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'portal-api-old-'));
    try {
      const file = join(dir, 'old.sqlite');
      const old = new Database(file);
      old.exec(`CREATE TABLE articles (id TEXT PRIMARY KEY, day TEXT NOT NULL, published TEXT NOT NULL, json TEXT NOT NULL);
        CREATE TABLE votes (item_id TEXT NOT NULL, voter_id TEXT NOT NULL, value INTEGER NOT NULL, updated_at TEXT NOT NULL,
          PRIMARY KEY (item_id, voter_id));
        INSERT INTO votes VALUES ('old-item', 'old-voter-1', 2, '2024-01-01T00:00:00Z');`);
      old.close();
      const api = createApi({ dbFile: file, databaseUrl: '', limits: noLimits, voterSecret: null });
      assert.deepEqual(await api.store.totals('old-item'), { count: 1, average: 2 });
      assert.equal((await api.store.articlesOfDay('2019-11-18')).length > 1, true);
      await api.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

after(() => cluster?.stop());
