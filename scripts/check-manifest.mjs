// Fails when custom-elements.json is not what the analyzer makes from the source today.
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

// The analyzer resolves --outdir against the working directory, so the scratch copy stays inside it.
const dir = join('node_modules', '.cache', 'cem-check');
try {
  execFileSync('npx', ['--no-install', 'cem', 'analyze', '--outdir', dir], { stdio: ['ignore', 'ignore', 'inherit'] });
  const fresh = readFileSync(join(dir, 'custom-elements.json'), 'utf8');
  let committed = '';
  try {
    committed = readFileSync('custom-elements.json', 'utf8');
  } catch {
    // Missing counts as stale.
  }
  // Modules compared in path order: the analyzer lists them in the order its glob finds the files,
  // which is not guaranteed to be the same on every machine.
  const canonical = (manifest) => ({
    ...manifest,
    modules: [...(manifest.modules ?? [])].sort((x, y) => (x.path < y.path ? -1 : x.path > y.path ? 1 : 0)),
  });
  const now = canonical(JSON.parse(fresh));
  const before = canonical(committed ? JSON.parse(committed) : { modules: [] });
  if (JSON.stringify(now) !== JSON.stringify(before)) {
    // Name the modules that differ, so a stale file is easy to understand from a CI log.
    const byPath = (m) => new Map(m.modules.map((mod) => [mod.path, JSON.stringify(mod)]));
    const [a, b] = [byPath(before), byPath(now)];
    const paths = [...new Set([...a.keys(), ...b.keys()])].filter((p) => a.get(p) !== b.get(p));
    console.error('custom-elements.json is stale: run `npm run analyze` and commit the result.');
    console.error(`Modules that differ: ${paths.join(', ') || '(order or top-level fields only)'}`);
    process.exit(1);
  }
  console.log('custom-elements.json is up to date.');
} finally {
  rmSync(dir, { recursive: true, force: true });
}
