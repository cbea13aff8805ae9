// Where the three test engines live on Debian, and which Debian package provides each.
import { existsSync } from 'node:fs';

export const engines = [
  { name: 'chromium', path: '/usr/bin/chromium', packages: ['chromium'] },
  { name: 'firefox', path: '/usr/bin/firefox-esr', packages: ['firefox-esr'] },
  {
    name: 'webkit',
    path: '/usr/bin/WebKitWebDriver',
    also: ['/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser', '/usr/bin/Xvfb'],
    packages: ['webkit2gtk-driver', 'xvfb'],
  },
];

/** Flags for headless Chromium here: as root, on a machine whose only network is the package registries. */
export const chromiumFlags = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--no-first-run',
  '--disable-component-update',
  '--disable-sync',
];

export const webkitMiniBrowser = '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';

/** Engines whose binaries are all present, and those with something missing (with what). */
export function findEngines(list = engines) {
  const present = [];
  const missing = [];
  for (const engine of list) {
    const absent = [engine.path, ...(engine.also ?? [])].filter((p) => !existsSync(p));
    (absent.length ? missing : present).push({ ...engine, absent });
  }
  return { present, missing };
}

/** Engines selected by BROWSERS=chromium,firefox (all by default). */
export function selectedEngines() {
  const wanted = (process.env.BROWSERS ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  if (!wanted.length) return engines;
  const unknown = wanted.filter((w) => !engines.some((e) => e.name === w));
  if (unknown.length) throw new Error(`BROWSERS names unknown engines: ${unknown.join(', ')}`);
  return engines.filter((e) => wanted.includes(e.name));
}
