// A throwaway PostgreSQL cluster for the Node tests and the API bench: Debian's `postgresql` binaries,
// `initdb` into a temp dir owned by a non-root user (PostgreSQL refuses to run as root), listening on
// a free loopback port with its unix socket in that dir; stopped and removed by `stop()` (and on exit).
import { execFileSync, spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The newest installed PostgreSQL's bin folder, or undefined. */
export function findPostgres() {
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return undefined;
  const versions = readdirSync(root)
    .filter((v) => existsSync(join(root, v, 'bin', 'initdb')))
    .sort((a, b) => Number(b) - Number(a));
  return versions.length ? join(root, versions[0], 'bin') : undefined;
}

/** Why PostgreSQL tests cannot run here, or '' when they can. On CI a missing server is an error. */
export function postgresMissing() {
  if (findPostgres()) return '';
  const why = 'PostgreSQL is not installed (apt-get install postgresql)';
  if (process.env.CI === 'true') throw new Error(why);
  return why;
}

/** @returns {Promise<number>} */
export const freePort = () =>
  new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = /** @type {import('node:net').AddressInfo} */ (s.address());
      s.close(() => resolve(port));
    });
  });

/** How to run a command as a user PostgreSQL accepts: root hands over to `postgres` (or `nobody`). */
function runAs() {
  if (process.getuid?.() !== 0) return { wrap: (/** @type {string[]} */ cmd) => cmd, uid: -1, gid: -1 };
  for (const user of ['postgres', 'nobody']) {
    const id = spawnSync('id', ['-u', user], { encoding: 'utf8' });
    if (id.status !== 0) continue;
    const uid = Number(id.stdout.trim());
    const gid = Number(spawnSync('id', ['-g', user], { encoding: 'utf8' }).stdout.trim());
    const runuser = existsSync('/usr/sbin/runuser') || existsSync('/sbin/runuser');
    const wrap = (/** @type {string[]} */ cmd) =>
      runuser
        ? ['runuser', '-u', user, '--', ...cmd]
        : ['su', user, '-s', '/bin/sh', '-c', cmd.map((a) => `'${a.replace(/'/g, `'\\''`)}'`).join(' ')];
    return { wrap, uid, gid };
  }
  throw new Error('Running as root without a postgres or nobody user to run PostgreSQL as');
}

/**
 * Creates and starts a cluster. `url` connects as the superuser `portal` to database `portal`.
 * `crash()` stops it at once, as a power cut would leave it (`pg_ctl -m immediate`, recovery on the
 * next start); `start()` starts it again on the same data.
 */
export async function startPostgres() {
  const bin = findPostgres();
  if (!bin) throw new Error('PostgreSQL is not installed (apt-get install postgresql)');
  const { wrap, uid, gid } = runAs();
  const dir = mkdtempSync(join(tmpdir(), 'portal-pg-'));
  if (uid >= 0) chownSync(dir, uid, gid);
  const data = join(dir, 'data');
  const port = await freePort();
  /** @param {string} tool @param {string[]} args */
  const run = (tool, args) => {
    const [cmd, ...rest] = wrap([join(bin, tool), ...args]);
    execFileSync(cmd, rest, { stdio: ['ignore', 'pipe', 'pipe'], cwd: dir, timeout: 60_000 });
  };
  const ctl = (/** @type {string[]} */ args) => run('pg_ctl', ['-D', data, ...args]);
  let running = false;
  const start = () => {
    ctl([
      '-w',
      '-t',
      '30',
      '-l',
      join(dir, 'log'),
      'start',
      '-o',
      `-c listen_addresses=127.0.0.1 -p ${port} -k ${dir}`,
    ]);
    running = true;
  };
  const removeNow = () => {
    if (running) {
      try {
        ctl(['-w', '-m', 'immediate', 'stop']);
      } catch {
        // Already gone.
      }
    }
    rmSync(dir, { recursive: true, force: true });
  };
  process.once('exit', removeNow);
  try {
    run('initdb', ['-D', data, '-U', 'portal', '-A', 'trust', '--no-sync', '-E', 'UTF8', '--locale=C']);
    start();
    run('createdb', ['-h', dir, '-p', String(port), '-U', 'portal', 'portal']);
  } catch (err) {
    removeNow();
    const e = /** @type {{ stderr?: Buffer }} */ (err);
    throw new Error(`Could not start PostgreSQL: ${e.stderr?.toString() || err}`);
  }
  return {
    url: `postgres://portal@127.0.0.1:${port}/portal`,
    port,
    dir,
    start,
    crash() {
      ctl(['-w', '-m', 'immediate', 'stop']);
      running = false;
    },
    /** Drops and recreates the database, for a fresh schema. */
    fresh(name = 'portal') {
      run('dropdb', ['-h', dir, '-p', String(port), '-U', 'portal', '--if-exists', '--force', name]);
      run('createdb', ['-h', dir, '-p', String(port), '-U', 'portal', name]);
      return `postgres://portal@127.0.0.1:${port}/${name}`;
    },
    stop() {
      if (running) ctl(['-w', '-m', 'fast', 'stop']);
      running = false;
      process.off('exit', removeNow);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
