// Page figures: the demo article page's Lighthouse LCP/TBT/CLS, through scripts/lighthouse.mjs
// (owned by the demo's author) when it exists. Run as a child process with a time limit.
import { clearTimeout } from 'node:timers';
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { root } from './entries.mjs';

export const script = resolve(root, 'scripts/lighthouse.mjs');

/** Finds a number after any of `names` in the script's output ("LCP: 812 ms", "\"lcp\": 812"…). */
function figure(text, names) {
  for (const name of names) {
    const m = new RegExp(`"?${name}"?\\s*[:=|]?\\s*\\|?\\s*([0-9]+(?:[.,][0-9]+)?)`, 'i').exec(text);
    if (m) return Number(m[1].replace(',', '.'));
  }
  return NaN;
}

export async function runLighthouse({ timeoutMs }) {
  if (!existsSync(script)) return { skipped: 'Not available: scripts/lighthouse.mjs does not exist yet.' };
  if (timeoutMs < 20_000) return { skipped: 'Not run: not enough of the time budget left.' };
  const output = await new Promise((done) => {
    const child = spawn(process.execPath, [script, '--json'], {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, CHROME_PATH: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' },
    });
    let text = '';
    child.stdout.on('data', (c) => (text += c));
    child.stderr.on('data', (c) => (text += c));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('error', (err) => done({ code: -1, text: String(err) }));
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      done({ code: signal ? `killed after ${timeoutMs / 1000} s` : code, text });
    });
  });
  const lcpMs = figure(output.text, ['largest-contentful-paint', 'lcpMs', 'lcp']);
  const tbtMs = figure(output.text, ['total-blocking-time', 'tbtMs', 'tbt']);
  const cls = figure(output.text, ['cumulative-layout-shift', 'cls']);
  if (output.code !== 0 || [lcpMs, tbtMs, cls].every((v) => !Number.isFinite(v))) {
    const tail = output.text.trim().split('\n').slice(-3).join(' ').slice(0, 300);
    return { skipped: `Not available: scripts/lighthouse.mjs exited with ${output.code}: ${tail}` };
  }
  return { lcpMs, tbtMs, cls };
}
