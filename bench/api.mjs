// `npm run bench:api`: the reference API under 1 000 concurrent voters on loopback, over SQLite and
// over PostgreSQL (a throwaway cluster), side by side: votes per second, p50/p99 latency, and the
// votes lost or counted twice (both must be 0). Bounded: a fixed number of votes per database and a
// time limit for each; every server it starts is stopped. Knobs (environment): BENCH_API_VOTES (votes
// per database, 20000), BENCH_API_CONNECTIONS (concurrent voters, 1000), BENCH_API_ITEMS (items, 10),
// BENCH_API_SECONDS (time limit per database, 40), BENCH_API_ONLY (sqlite or postgres).
import autocannon from 'autocannon';
import Database from 'better-sqlite3';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { clearTimeout, setTimeout } from 'node:timers';
import { join, resolve } from 'node:path';
import pg from 'pg';
import { findPostgres, startPostgres } from '../test/node/support/postgres.mjs';
import { spawnApi } from '../test/node/support/servers.mjs';

const env = (/** @type {string} */ name, /** @type {number} */ fallback) => {
  const n = Number(process.env[name]);
  return Number.isFinite(n) && n > 0 ? n : fallback;
};
const VOTES = env('BENCH_API_VOTES', 20_000);
const CONNECTIONS = env('BENCH_API_CONNECTIONS', 1000);
const ITEMS = env('BENCH_API_ITEMS', 10);
const SECONDS = env('BENCH_API_SECONDS', 40);
const only = process.env.BENCH_API_ONLY ?? '';

/** @type {(() => void)[]} */
const cleanups = [];
const cleanUp = () => {
  for (const f of cleanups.splice(0).reverse()) {
    try {
      f();
    } catch (err) {
      console.error('[bench:api] clean-up:', err);
    }
  }
};
// The whole run is bounded too: past its time, stop what was started and fail.
const watchdog = setTimeout(
  () => {
    console.error('[bench:api] over time: stopping');
    cleanUp();
    process.exit(1);
  },
  (SECONDS * 2 + 90) * 1000,
);

/**
 * Votes VOTES times through CONNECTIONS connections. Vote n is voter n mod CONNECTIONS on item
 * (n div CONNECTIONS) mod ITEMS, so each voter goes through the items and, past ITEMS rounds,
 * votes on them again (replacing its vote). Records every acknowledged value per (item, voter).
 * @param {string} url
 */
async function load(url) {
  let next = 0;
  /** @type {Map<string, Set<number>>} */
  const acked = new Map();
  /** @type {Map<string, Set<string>>} item -> voters sent */
  const sent = new Map();
  const started = performance.now();
  const instance = autocannon({
    url,
    connections: CONNECTIONS,
    amount: VOTES,
    timeout: 20,
    requests: [
      {
        method: 'POST',
        path: '/api/ratings',
        headers: { 'content-type': 'application/json' },
        setupRequest(req, context) {
          const n = next++;
          const vote = {
            itemId: `bench-item-${Math.floor(n / CONNECTIONS) % ITEMS}`,
            voterId: `bench-voter-${n % CONNECTIONS}`,
            value: (n % 5) + 1,
          };
          context.vote = vote;
          if (!sent.has(vote.itemId)) sent.set(vote.itemId, new Set());
          sent.get(vote.itemId)?.add(vote.voterId);
          return { ...req, body: JSON.stringify(vote) };
        },
        onResponse(status, _body, context) {
          if (status < 200 || status > 299) return;
          const { itemId, voterId, value } = context.vote;
          const key = `${itemId} ${voterId}`;
          if (!acked.has(key)) acked.set(key, new Set());
          acked.get(key)?.add(value);
        },
      },
    ],
  });
  const stopAt = setTimeout(() => instance.stop(), SECONDS * 1000);
  const result = await instance;
  clearTimeout(stopAt);
  return { result, acked, sent, seconds: (performance.now() - started) / 1000 };
}

/**
 * @param {Awaited<ReturnType<typeof load>>} run
 * @param {{ item_id: string, voter_id: string, value: number }[]} rows
 * @param {Record<string, number>} counts the API's count per item after the run
 */
function tally({ result, acked, sent, seconds }, rows, counts) {
  const stored = new Map(rows.map((r) => [`${r.item_id} ${r.voter_id}`, r.value]));
  let lost = 0;
  for (const [key, values] of acked) if (!values.has(/** @type {number} */ (stored.get(key)))) lost++;
  let doubles = 0;
  for (const [itemId, voters] of sent) doubles += Math.max(0, (counts[itemId] ?? 0) - voters.size);
  // The API's counts must also be the rows it holds.
  for (const [itemId, n] of Object.entries(counts)) {
    const held = rows.filter((r) => r.item_id === itemId).length;
    if (n > held) doubles += n - held;
  }
  return {
    votes: result['2xx'],
    failed: result.non2xx + result.errors + result.timeouts,
    perSecond: Math.round(result['2xx'] / seconds),
    p50: result.latency.p50,
    p99: result.latency.p99,
    lost,
    doubles,
    seconds: Math.round(seconds * 10) / 10,
  };
}

/** @param {string} url */
async function apiCounts(url) {
  /** @type {Record<string, number>} */
  const counts = {};
  for (let j = 0; j < ITEMS; j++) {
    const itemId = `bench-item-${j}`;
    counts[itemId] = (await fetch(`${url}/api/ratings?itemId=${itemId}`).then((r) => r.json())).count;
  }
  return counts;
}

const noLimits = { PORTAL_VOTES_PER_MINUTE: '0', PORTAL_ITEM_VOTES_PER_MINUTE: '0' };
const rowsSql = "SELECT item_id, voter_id, value FROM votes WHERE item_id LIKE 'bench-item-%'";
/** @type {Record<string, ReturnType<typeof tally> | { skipped: string }>} */
const results = {};
const versions = { sqlite: '', postgres: '' };

try {
  if (only !== 'postgres') {
    const dir = mkdtempSync(join(os.tmpdir(), 'portal-bench-api-'));
    cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
    const server = spawnApi({ ...noLimits, PORTAL_DATA_DIR: dir });
    cleanups.push(() => void server.kill('SIGKILL'));
    const url = await server.url;
    console.log(`SQLite: ${VOTES} votes from ${CONNECTIONS} voters…`);
    const run = await load(url);
    const counts = await apiCounts(url);
    await server.kill('SIGTERM');
    const db = new Database(join(dir, 'portal.sqlite'), { readonly: true });
    versions.sqlite = /** @type {string} */ (db.prepare('SELECT sqlite_version()').pluck().get());
    results.SQLite = tally(run, /** @type {never} */ (db.prepare(rowsSql).all()), counts);
    db.close();
  }
  if (only !== 'sqlite') {
    if (!findPostgres()) results.PostgreSQL = { skipped: 'PostgreSQL is not installed (apt-get install postgresql)' };
    else {
      const cluster = await startPostgres();
      cleanups.push(() => cluster.stop());
      const server = spawnApi({ ...noLimits, DATABASE_URL: cluster.url });
      cleanups.push(() => void server.kill('SIGKILL'));
      const url = await server.url;
      console.log(`PostgreSQL: ${VOTES} votes from ${CONNECTIONS} voters…`);
      const run = await load(url);
      const counts = await apiCounts(url);
      await server.kill('SIGTERM');
      const client = new pg.Client(cluster.url);
      await client.connect();
      versions.postgres = (await client.query('SHOW server_version')).rows[0].server_version;
      results.PostgreSQL = tally(run, (await client.query(rowsSql)).rows, counts);
      await client.end();
    }
  }
} finally {
  cleanUp();
  clearTimeout(watchdog);
}

const cpu = os.cpus();
const machine = `${cpu.length} × ${cpu[0]?.model.trim() ?? 'CPU'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, SQLite ${versions.sqlite || '–'}, PostgreSQL ${versions.postgres || '–'}`;
const lines = [
  `${new Date().toISOString().slice(0, 10)}, ${machine}; ${VOTES} votes per database from ${CONNECTIONS} concurrent voters over ${ITEMS} items, loopback, load average ${os.loadavg()[0].toFixed(2)} at the end.`,
  '',
  '| database | votes stored (2xx) | failed | votes/s | p50 ms | p99 ms | lost | counted twice | time s |',
  '| -------- | -----------------: | -----: | ------: | -----: | -----: | ---: | ------------: | -----: |',
];
for (const [name, r] of Object.entries(results)) {
  if ('skipped' in r) lines.push(`| ${name} | ${r.skipped} | | | | | | | |`);
  else
    lines.push(
      `| ${name} | ${r.votes} | ${r.failed} | ${r.perSecond} | ${r.p50} | ${r.p99} | ${r.lost} | ${r.doubles} | ${r.seconds} |`,
    );
}
const report = lines.join('\n');
console.log(`\n${report}\n`);
const out = resolve(import.meta.dirname, 'results');
mkdirSync(out, { recursive: true });
writeFileSync(join(out, 'api-latest.md'), `${report}\n`);
writeFileSync(join(out, 'api-latest.json'), `${JSON.stringify({ machine, results }, null, 2)}\n`);
const bad = Object.values(results).some((r) => !('skipped' in r) && (r.lost || r.doubles || r.votes === 0));
process.exitCode = bad ? 1 : 0;
