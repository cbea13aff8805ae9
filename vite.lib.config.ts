// dist/portal-elements.js: one minified ES module, Lit inside, that registers every element.
// Code only some pages need (the calendar dialog, the sanitiser for <news-article src>) is split
// into chunks beside it, loaded on first use.
import { transform } from 'esbuild';
import { resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import { compileHints } from './scripts/compile-hints.mjs';
import { viteMinifyCss } from './scripts/minify-css.mjs';

/**
 * Vite leaves whitespace in ES-format libraries (to keep pure annotations for tree-shaking), but this
 * file is what a page loads as it is, so it is minified fully.
 */
function minifyChunks(): Plugin {
  return {
    name: 'portal-minify-chunks',
    enforce: 'post',
    async generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk') continue;
        const out = await transform(chunk.code, {
          minify: true,
          format: 'esm',
          target: 'es2022',
          legalComments: 'none',
        });
        chunk.code = out.code;
      }
    },
  };
}

export default defineConfig({
  publicDir: false,
  build: {
    outDir: 'dist',
    emptyOutDir: false,
    target: 'es2022',
    // Minified by minifyChunks below: Vite's own pass would print the whitespace back.
    minify: false,
    lib: {
      entry: resolve(import.meta.dirname, 'src/index.ts'),
      formats: ['es'],
      fileName: () => 'portal-elements.js',
    },
  },
  plugins: [viteMinifyCss(), minifyChunks(), compileHints()],
  esbuild: { legalComments: 'none' },
});
