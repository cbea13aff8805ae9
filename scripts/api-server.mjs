// The reference API alone, as one process of a deployment: `npm run api` (or `node scripts/api-server.mjs`).
// Listens on HOST (default 127.0.0.1) and PORT (default 8787; 0 picks a free one), over PostgreSQL when
// DATABASE_URL is set, else the SQLite file in PORTAL_DATA_DIR; the other settings are createApi's
// environment variables (README, "Reference API"). Prints `listening http://host:port` once ready.
import { createServer } from 'node:http';
import { createApi } from '../demo/api/handler.js';

const api = createApi();
try {
  await api.ready;
} catch (err) {
  console.error('[api] cannot open the database:', err instanceof Error ? err.message : err);
  process.exit(1);
}

const server = createServer((req, res) =>
  api(req, res, () => {
    res.statusCode = 404;
    res.setHeader('Content-Type', 'application/json; charset=utf-8');
    res.end('{"error":"Not found"}');
  }),
);
// A client that trickles its request is dropped, not kept forever.
server.headersTimeout = 10_000;
server.requestTimeout = 30_000;
server.keepAliveTimeout = 5_000;

const host = process.env.HOST || '127.0.0.1';
const port = Number(process.env.PORT ?? 8787);
// A burst of new connections (1 000 voters at once) queues instead of waiting for SYN retries.
server.listen({ port, host, backlog: 4096 }, () => {
  const address = /** @type {import('node:net').AddressInfo} */ (server.address());
  console.log(`listening http://${host}:${address.port} (${api.store.kind})`);
});

const stop = () => {
  server.close();
  server.closeAllConnections();
  api.close().finally(() => process.exit(0));
};
process.once('SIGTERM', stop);
process.once('SIGINT', stop);
