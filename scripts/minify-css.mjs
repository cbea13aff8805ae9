// Minifies the CSS inside the elements' `css` template literals (clean-css, through minify-literals 1,
// the line that runs on Node 20): template text ships exactly as written, so the sources can stay readable while
// the shipped modules carry no indentation or comments. HTML templates are left as written, since
// white space between inline nodes can matter there.
//   vite.lib.config.ts uses `viteMinifyCss()`, the benchmark `esbuildMinifyCss`;
//   `node scripts/minify-css.mjs dist/lib` rewrites tsc's unbundled modules in place.
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { minifyHTMLLiterals } from 'minify-literals';

/**
 * `code` with its `css` literals minified; unchanged when there are none.
 * @param {string} code
 * @param {string} fileName
 * @returns {Promise<string>}
 */
export async function minifyCss(code, fileName) {
  if (!/\bcss\s*`/.test(code)) return code;
  const result = await minifyHTMLLiterals(code, { fileName, shouldMinify: () => false });
  return result ? result.code : code;
}

const isSource = (/** @type {string} */ id) => /[\\/]src[\\/].*\.ts$/.test(id);

/**
 * Vite plugin: minifies the CSS literals of `src/` before TypeScript is stripped.
 * @returns {import('vite').Plugin}
 */
export function viteMinifyCss() {
  return {
    name: 'portal-minify-css',
    enforce: 'pre',
    async transform(/** @type {string} */ code, /** @type {string} */ id) {
      return isSource(id) ? { code: await minifyCss(code, id), map: null } : null;
    },
  };
}

/** esbuild plugin doing the same for the benchmark's bundles. @type {import('esbuild').Plugin} */
export const esbuildMinifyCss = {
  name: 'portal-minify-css',
  setup(build) {
    build.onLoad({ filter: /[\\/]src[\\/].*\.ts$/ }, async ({ path }) => ({
      contents: await minifyCss(await readFile(path, 'utf8'), path),
      loader: 'ts',
    }));
  },
};

/** @param {string} dir */
async function minifyTree(dir) {
  let changed = 0;
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.js')) continue;
    const file = join(entry.parentPath ?? entry.path, entry.name);
    const code = await readFile(file, 'utf8');
    const out = await minifyCss(code, file);
    if (out !== code) {
      await writeFile(file, out);
      changed++;
    }
  }
  return changed;
}

if (import.meta.url === `file://${resolve(process.argv[1] ?? '')}`) {
  const dir = process.argv[2];
  if (!dir) {
    console.error('usage: node scripts/minify-css.mjs <folder of .js modules>');
    process.exit(2);
  }
  console.log(`minify-css: ${await minifyTree(resolve(dir))} modules in ${dir}`);
}
