// Every vote that got a 2xx is still there after the API process is killed (SIGKILL) in the middle of
// a stream of votes and started again on the same data: on SQLite, and on PostgreSQL, where the
// database is also stopped at once (`pg_ctl -m immediate`, crash recovery on restart).
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import Database from 'better-sqlite3';
import pg from 'pg';
import { postgresMissing, startPostgres } from './support/postgres.mjs';
import { spawnApi } from './support/servers.mjs';

const VOTERS = 300;
const ITEMS = 20;
const KILL_AFTER = 1500;
const noLimits = { PORTAL_VOTES_PER_MINUTE: '0', PORTAL_ITEM_VOTES_PER_MINUTE: '0' };

/**
 * Runs VOTERS concurrent voters, each voting on the items one after another, until the server dies;
 * kills it once KILL_AFTER votes have been acknowledged.
 * @param {string} url @param {() => Promise<void>} kill
 */
async function voteUntilKilled(url, kill) {
  /** @type {Map<string, number>} "item voter" -> value, for each 2xx */
  const acked = new Map();
  /** @type {Set<string>} every vote sent, answered or not */
  const sent = new Set();
  let inFlight = 0;
  let inFlightAtKill = -1;
  /** @type {Promise<void> | undefined} */
  let killed;
  const voter = async (/** @type {number} */ k) => {
    const voterId = `durable-voter-${k}`;
    for (let j = 0; j < ITEMS; j++) {
      const itemId = `durable-item-${j}`;
      const value = ((k + j) % 5) + 1;
      sent.add(`${itemId} ${voterId}`);
      inFlight++;
      try {
        const res = await fetch(`${url}/api/ratings`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ itemId, voterId, value }),
        });
        const body = await res.json();
        if (!res.ok) throw new Error(`HTTP ${res.status}: ${body.error}`);
        acked.set(`${itemId} ${voterId}`, value);
      } catch {
        return; // The server is gone: this voter stops, as a browser would until it retries.
      } finally {
        inFlight--;
      }
      if (acked.size >= KILL_AFTER && !killed) {
        inFlightAtKill = inFlight;
        killed = kill();
      }
    }
  };
  await Promise.all(Array.from({ length: VOTERS }, (_, k) => voter(k)));
  await killed;
  return { acked, sent, inFlightAtKill };
}

/**
 * @param {Map<string, number>} acked @param {Set<string>} sent
 * @param {{ item_id: string, voter_id: string, value: number }[]} rows
 */
function checkStored(acked, sent, rows) {
  const stored = new Map(rows.map((r) => [`${r.item_id} ${r.voter_id}`, r.value]));
  const lost = [...acked].filter(([key, value]) => stored.get(key) !== value);
  assert.deepEqual(lost, [], `${lost.length} acknowledged votes lost or changed`);
  const phantoms = [...stored.keys()].filter((key) => !sent.has(key));
  assert.deepEqual(phantoms, []);
}

/** @param {string} url */
async function apiCounts(url) {
  /** @type {Record<string, number>} */
  const counts = {};
  for (let j = 0; j < ITEMS; j++) {
    const itemId = `durable-item-${j}`;
    counts[itemId] = (await fetch(`${url}/api/ratings?itemId=${itemId}`).then((r) => r.json())).count;
  }
  return counts;
}

/** @param {{ item_id: string }[]} rows */
const rowCounts = (rows) => {
  /** @type {Record<string, number>} */
  const counts = {};
  for (let j = 0; j < ITEMS; j++) counts[`durable-item-${j}`] = 0;
  for (const r of rows) counts[r.item_id]++;
  return counts;
};

describe('durability of acknowledged votes', { timeout: 90_000 }, () => {
  it('keeps every acknowledged vote on SQLite after SIGKILL and a restart', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'portal-api-durable-'));
    const env = { ...noLimits, PORTAL_DATA_DIR: dir };
    let server = spawnApi(env);
    try {
      const url = await server.url;
      const first = server;
      const { acked, sent, inFlightAtKill } = await voteUntilKilled(url, async () => {
        const { signal } = await first.kill('SIGKILL');
        assert.equal(signal, 'SIGKILL');
      });
      assert.ok(inFlightAtKill > 0, 'votes were in flight when the server was killed');
      assert.ok(acked.size >= KILL_AFTER && acked.size < VOTERS * ITEMS, `${acked.size} acknowledged`);

      server = spawnApi(env);
      const again = await server.url;
      const db = new Database(join(dir, 'portal.sqlite'), { readonly: true });
      const rows = /** @type {{ item_id: string, voter_id: string, value: number }[]} */ (
        db.prepare("SELECT item_id, voter_id, value FROM votes WHERE item_id LIKE 'durable-item-%'").all()
      );
      db.close();
      checkStored(acked, sent, rows);
      assert.deepEqual(await apiCounts(again), rowCounts(rows));
    } finally {
      await server.kill('SIGTERM');
      rmSync(dir, { recursive: true, force: true });
    }
  });

  const pgSkip = postgresMissing();
  it(
    'keeps every acknowledged vote on PostgreSQL after SIGKILL of the API and a crash of the database',
    { skip: pgSkip || false },
    async () => {
      const cluster = await startPostgres();
      const env = { ...noLimits, DATABASE_URL: cluster.url };
      let server = spawnApi(env);
      try {
        const url = await server.url;
        const first = server;
        const { acked, sent, inFlightAtKill } = await voteUntilKilled(url, async () => {
          const { signal } = await first.kill('SIGKILL');
          assert.equal(signal, 'SIGKILL');
          cluster.crash();
        });
        assert.ok(inFlightAtKill > 0, 'votes were in flight when the server was killed');
        assert.ok(acked.size >= KILL_AFTER && acked.size < VOTERS * ITEMS, `${acked.size} acknowledged`);

        cluster.start();
        server = spawnApi(env);
        const again = await server.url;
        const client = new pg.Client(cluster.url);
        await client.connect();
        const { rows } = await client.query(
          "SELECT item_id, voter_id, value FROM votes WHERE item_id LIKE 'durable-item-%'",
        );
        await client.end();
        checkStored(acked, sent, rows);
        assert.deepEqual(await apiCounts(again), rowCounts(rows));
      } finally {
        await server.kill('SIGTERM');
        cluster.stop();
      }
    },
  );
});
