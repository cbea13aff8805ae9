// Builds every bundle the benchmark loads and weighs: esbuild `--bundle --minify --format=esm` for
// each entry (peers, Lit floor, each of our elements alone), and the whole library twice — with the
// project's own Vite library config (what `npm run build` ships as dist/portal-elements.js) and with
// esbuild like the peers.
import { clearTimeout } from 'node:timers';
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import * as esbuild from 'esbuild';
import { root } from './entries.mjs';
import { esbuildMinifyCss } from '../../scripts/minify-css.mjs';

/** Raw, gzip -9 and brotli (quality 11) bytes of some code. */
export function weigh(bytes) {
  return {
    raw: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length },
    }).length,
  };
}

const common = {
  bundle: true,
  minify: true,
  format: 'esm',
  write: false,
  logLevel: 'silent',
  absWorkingDir: root,
  tsconfig: resolve(root, 'tsconfig.json'),
  // Our elements' CSS literals minified as the library build does (peers ship theirs minified).
  plugins: [esbuildMinifyCss],
};

/**
 * Bundles one entry (`file` in the repo, or `source` text resolved from the repo root) into `outDir`.
 * Code splitting is on, so code reached only through `import()` (e.g. DOMPurify in `src` mode) lands
 * in lazy chunks, as in the Vite build; an entry without dynamic imports gives one file, the same as
 * plain `--bundle --minify --format=esm`. Returns the entry's file name, and the weights of what
 * loads up front (entry + static imports) and of the lazy chunks.
 */
export async function bundle(entry, outDir) {
  const input = entry.file
    ? { entryPoints: { [entry.id]: resolve(root, entry.file) } }
    : { stdin: { contents: entry.source, resolveDir: root, sourcefile: `${entry.id}.js`, loader: 'js' } };
  const result = await esbuild.build({
    ...common,
    ...input,
    outdir: outDir,
    splitting: true,
    metafile: true,
    entryNames: entry.id,
    chunkNames: `${entry.id}-[name]-[hash]`,
  });
  const outputs = result.metafile.outputs;
  const key = (path) => relative(root, path);
  const main = Object.keys(outputs).find((k) => outputs[k].entryPoint !== undefined);
  const eager = new Set();
  const visit = (k) => {
    if (eager.has(k)) return;
    eager.add(k);
    for (const imp of outputs[k].imports) if (imp.kind === 'import-statement') visit(imp.path);
  };
  visit(main);
  const sum = (files) =>
    files
      .map((f) => weigh(f.contents))
      .reduce((a, b) => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip, brotli: a.brotli + b.brotli }), {
        raw: 0,
        gzip: 0,
        brotli: 0,
      });
  // Minified bytes per source (a package, or a folder of src/) in what loads up front.
  const bySource = new Map();
  for (const k of eager) {
    for (const [input, { bytesInOutput }] of Object.entries(outputs[k].inputs)) {
      const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(input)?.[1];
      const name = pkg ?? input.replace(/^(src\/[^/]+)\/.*$/, '$1').replace(/\.ts$/, '');
      bySource.set(name, (bySource.get(name) ?? 0) + bytesInOutput);
    }
  }
  const files = result.outputFiles;
  const lazy = files.filter((f) => !eager.has(key(f.path)));
  return {
    files,
    entryFile: relative(outDir, resolve(root, main)),
    eager: sum(files.filter((f) => eager.has(key(f.path)))),
    lazy: lazy.length ? sum(lazy) : null,
    sources: [...bySource].filter(([, bytes]) => bytes > 0).sort((a, b) => b[1] - a[1]),
  };
}

/** Writes esbuild's output files to disk. */
export function writeOutputs(files) {
  for (const f of files) {
    mkdirSync(dirname(f.path), { recursive: true });
    writeFileSync(f.path, f.contents);
  }
}

/** Bundles the in-page measuring code (not weighed). */
export async function bundlePageScript(outFile) {
  await esbuild.build({
    ...common,
    entryPoints: [resolve(root, 'bench/page/measure.ts')],
    minify: false,
    write: true,
    outfile: outFile,
  });
}

/**
 * Builds the library with vite.lib.config.ts into `outDir`; resolves to the bytes of
 * portal-elements.js and of any chunk it loads lazily.
 */
export function viteLibraryBuild(outDir, timeoutMs = 120_000) {
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  const vite = resolve(root, 'node_modules/vite/bin/vite.js');
  const args = [vite, 'build', '--config', 'vite.lib.config.ts', '--outDir', outDir, '--logLevel', 'error'];
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, args, { cwd: root, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      if (code !== 0) {
        reject(new Error(signal ? `vite build killed (${signal})` : stderr.trim().split('\n').slice(0, 5).join(' ')));
        return;
      }
      const chunks = readdirSync(outDir).filter((f) => f.endsWith('.js') && f !== 'portal-elements.js');
      resolvePromise({
        main: readFileSync(resolve(outDir, 'portal-elements.js')),
        chunks: chunks.map((f) => ({ name: f, bytes: readFileSync(resolve(outDir, f)) })),
      });
    });
  });
}
