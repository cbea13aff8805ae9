// Serving the reference API for the Node tests and the API bench: in this process on a loopback
// port, or as its own process (scripts/api-server.mjs) that a test can kill.
import { spawn } from 'node:child_process';
import { createServer } from 'node:http';
import { resolve } from 'node:path';
import { createApi } from '../../../demo/api/handler.js';

const root = resolve(import.meta.dirname, '../../..');

/** Environment variables that configure the API: cleared so the machine's settings never leak in. */
export const apiEnvNames = [
  'DATABASE_URL',
  'PORTAL_DATA_DIR',
  'PORTAL_VOTES_PER_MINUTE',
  'PORTAL_ITEM_VOTES_PER_MINUTE',
  'PORTAL_MAX_BODY',
  'PORTAL_MAX_DISCARD',
  'PORTAL_TRUST_PROXY',
  'PORTAL_CORS_ORIGINS',
  'PORTAL_VOTER_SECRET',
  'PG_POOL_SIZE',
];
for (const name of apiEnvNames) delete process.env[name];

/**
 * Serves createApi(options) on 127.0.0.1 at a free port.
 * @param {import('../../../demo/api/handler.js').ApiOptions} options
 */
export async function serveApi(options) {
  const api = createApi(options);
  await api.ready;
  const server = createServer((req, res) =>
    api(req, res, () => {
      res.statusCode = 404;
      res.end();
    }),
  );
  await new Promise((done) => server.listen(0, '127.0.0.1', () => done(undefined)));
  const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
  return {
    api,
    url: `http://127.0.0.1:${port}`,
    port,
    async close() {
      server.closeAllConnections();
      await new Promise((done) => server.close(done));
      await api.close();
    },
  };
}

/**
 * Starts scripts/api-server.mjs with these environment variables on a free port; resolves once it
 * listens. `kill(signal)` resolves when the process has exited.
 * @param {Record<string, string>} env
 */
export function spawnApi(env) {
  const child = spawn(process.execPath, [resolve(root, 'scripts/api-server.mjs')], {
    cwd: root,
    env: { ...process.env, HOST: '127.0.0.1', PORT: '0', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise((done) => child.once('exit', (code, signal) => done({ code, signal })));
  const stopOnExit = () => child.kill('SIGKILL');
  process.once('exit', stopOnExit);
  exited.then(() => process.off('exit', stopOnExit));
  let log = '';
  child.stderr.on('data', (d) => (log += d));
  /** @type {Promise<string>} */
  const url = new Promise((done, fail) => {
    let out = '';
    child.stdout.on('data', (d) => {
      out += d;
      const m = /listening (http:\/\/\S+)/.exec(out);
      if (m) done(m[1]);
    });
    exited.then(() => fail(new Error(`The API server exited before listening: ${log}`)));
  });
  return {
    url,
    pid: child.pid,
    exited,
    /** @param {NodeJS.Signals} [signal] */
    kill(signal = 'SIGTERM') {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      return exited;
    },
  };
}
