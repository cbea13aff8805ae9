// Marks the chunks a page runs at load with V8's explicit compile hint (`//# allFunctionsCalledOnLoad`,
// Chromium 136+; a plain comment elsewhere). V8 then compiles their functions while the file streams
// in, on a background thread, instead of one by one on the main thread as each is first called, which
// was most of the elements' upgrade tasks. Lazily imported chunks are left to V8's heuristics.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const HINT = '//# allFunctionsCalledOnLoad\n';

/**
 * A Vite plugin (build only). It writes the hint into the files once they are written: the comment
 * must be the file's first line, and Vite still prepends code to chunks in its last hooks.
 * @returns {import('vite').Plugin}
 */
export function compileHints() {
  return {
    name: 'portal-compile-hints',
    apply: 'build',
    enforce: 'post',
    writeBundle(options, bundle) {
      /** @type {import('rollup').OutputChunk[]} */
      const chunks = [];
      for (const file of Object.values(bundle)) if (file.type === 'chunk') chunks.push(file);
      const byName = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
      // Entries and what they import statically: the code that runs when the page loads.
      const atLoad = new Set();
      /** @param {import('rollup').OutputChunk | undefined} chunk */
      const visit = (chunk) => {
        if (!chunk || atLoad.has(chunk)) return;
        atLoad.add(chunk);
        for (const name of chunk.imports) visit(byName.get(name));
      };
      for (const chunk of chunks) if (chunk.isEntry) visit(chunk);
      for (const chunk of atLoad) {
        const path = join(options.dir ?? '.', chunk.fileName);
        const code = readFileSync(path, 'utf8');
        if (!code.startsWith(HINT)) writeFileSync(path, HINT + code);
      }
    },
  };
}
