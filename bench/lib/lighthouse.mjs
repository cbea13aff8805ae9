// Page figures: Lighthouse on the built demo article page through scripts/lighthouse.mjs (written
// with the demo), which serves dist-demo with `vite preview` and writes its figures with `--json`.
// dist-demo is rebuilt with `npm run build:demo` (Vite only, dist/ untouched) first when it is missing or older than the sources.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { clearTimeout, setTimeout } from 'node:timers';
import { root } from './entries.mjs';

export const script = resolve(root, 'scripts/lighthouse.mjs');
const builtPage = resolve(root, 'dist-demo/index.html');

/** Runs a command from the repository root; resolves to `{ code, output }` (killed after `timeoutMs`). */
function run(args, timeoutMs) {
  return new Promise((done) => {
    const child = spawn(args[0], args.slice(1), { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (c) => (output += c));
    child.stderr.on('data', (c) => (output += c));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('error', (err) => done({ code: -1, output: String(err) }));
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      done({ code: signal ? `killed after ${timeoutMs / 1000} s` : code, output });
    });
  });
}

/** Latest modification time of any file under `dir` (0 when there is none). */
function newest(dir) {
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) latest = Math.max(latest, statSync(resolve(entry.parentPath, entry.name)).mtimeMs);
  }
  return latest;
}

/** Whether dist-demo is missing or older than src/, demo/ or the Vite configs. */
export function demoIsStale() {
  if (!existsSync(builtPage)) return true;
  const sources = Math.max(
    newest(resolve(root, 'src')),
    newest(resolve(root, 'demo')),
    ...['vite.config.ts', 'vite.lib.config.ts'].map((f) => statSync(resolve(root, f)).mtimeMs),
  );
  return statSync(builtPage).mtimeMs < sources;
}

/** Builds dist-demo when stale (unless `noBuild`); resolves to a note, or throws with the reason. */
export async function ensureDemoBuilt({ noBuild, timeoutMs, logFile }) {
  if (!demoIsStale()) return 'dist-demo up to date';
  if (noBuild) {
    if (!existsSync(builtPage)) throw new Error('dist-demo is missing and BENCH_NO_BUILD is set');
    return `dist-demo older than the sources (built ${statSync(builtPage).mtime.toISOString()}; BENCH_NO_BUILD set)`;
  }
  const { code, output } = await run(['npm', 'run', 'build:demo'], timeoutMs);
  writeFileSync(logFile, output);
  if (code !== 0) throw new Error(`npm run build:demo exited with ${code} (log: bench/results/build.log)`);
  return 'dist-demo rebuilt by `npm run build:demo`';
}

/** Runs scripts/lighthouse.mjs on `/` (the article page); resolves to figures per preset, or `{ skipped }`. */
export async function runLighthouse({ timeoutMs, jsonFile }) {
  if (!existsSync(script)) return { skipped: 'Not available: scripts/lighthouse.mjs does not exist yet.' };
  if (timeoutMs < 30_000) return { skipped: 'Not run: not enough of the time budget left.' };
  rmSync(jsonFile, { force: true });
  // It exits 1 when a score is below 100 or TBT/CLS above 0: the figures are still written.
  const { code, output } = await run([process.execPath, script, '/', '--json', jsonFile], timeoutMs);
  if (!existsSync(jsonFile)) {
    const tail = output.trim().split('\n').slice(-3).join(' ').slice(0, 300);
    return { skipped: `Not available: scripts/lighthouse.mjs exited with ${code} and wrote no figures: ${tail}` };
  }
  const presets = JSON.parse(readFileSync(jsonFile, 'utf8'));
  return { path: '/', presets };
}
