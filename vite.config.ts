// The demo site: `npm start` (dev) and `npm run preview` (built) serve it with the reference API.
import { copyFileSync, existsSync, mkdirSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import { createApi } from './demo/api/handler.js';
import { demoPages } from './demo/site/pages.js';
import { compileHints } from './scripts/compile-hints.mjs';
import { viteMinifyCss } from './scripts/minify-css.mjs';

const root = import.meta.dirname;
const demoDir = resolve(root, 'demo');
const libDir = resolve(root, 'dist');

type Middlewares = { use: (fn: never) => void };
type Server = { middlewares: Middlewares; httpServer: { once(e: string, f: () => void): void } | null };
type Req = { url?: string };
type Res = { setHeader(name: string, value: string): void };

/** Serves the reference API at /api in both the dev server and the preview server. */
function referenceApi(): Plugin {
  let api: ReturnType<typeof createApi> | undefined;
  const mount = (server: Server) => {
    api ??= createApi();
    server.middlewares.use(api as never);
    server.httpServer?.once('close', () => {
      api?.close();
      api = undefined;
    });
  };
  return {
    name: 'portal-reference-api',
    configureServer: mount,
    configurePreviewServer: mount,
  };
}

/** The policy csp.html is served under: no inline code or style, Trusted Types enforced. */
export const strictCsp = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
  "require-trusted-types-for 'script'",
  'trusted-types lit-html portal-elements',
].join('; ');

/** Sends csp.html with the strict policy, in dev and in preview. */
function strictCspPage(): Plugin {
  const headers = (server: { middlewares: Middlewares }): void => {
    server.middlewares.use(((req: Req, res: Res, next: () => void) => {
      if (/^\/csp(\.html)?(\?|$)/.test(req.url ?? '')) res.setHeader('Content-Security-Policy', strictCsp);
      next();
    }) as never);
  };
  return { name: 'portal-strict-csp', configureServer: headers, configurePreviewServer: headers };
}

/**
 * Puts the library bundle at /dist/portal-elements.js for embed.html, as a CMS theme would load it:
 * the dev server answers with the same module from source (always current), and the demo build
 * copies the built bundle and its chunks next to the pages (`npm run build` builds it first).
 */
function libraryBundle(): Plugin {
  return {
    name: 'portal-library-bundle',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        if ((req.url ?? '').split('?')[0] !== '/dist/portal-elements.js') return next();
        res.statusCode = 307;
        res.setHeader('Location', `/@fs${resolve(root, 'src/index.ts')}`);
        res.end();
      });
    },
    closeBundle() {
      if (!existsSync(resolve(libDir, 'portal-elements.js'))) {
        this.warn('dist/portal-elements.js is missing: run `npm run build` for a working embed page.');
        return;
      }
      const out = resolve(root, 'dist-demo', 'dist');
      mkdirSync(out, { recursive: true });
      for (const f of readdirSync(libDir))
        if (/\.js(\.map)?$/.test(f)) copyFileSync(resolve(libDir, f), resolve(out, f));
    },
  };
}

export default defineConfig({
  root: demoDir,
  publicDir: resolve(demoDir, 'public'),
  server: { host: '127.0.0.1', port: Number(process.env.PORT) || 5173, strictPort: false },
  preview: { host: '127.0.0.1', port: Number(process.env.PORT) || 4173, strictPort: false },
  plugins: [
    { ...viteMinifyCss(), apply: 'build' },
    demoPages(),
    strictCspPage(),
    libraryBundle(),
    referenceApi(),
    compileHints(),
  ],
  build: {
    outDir: resolve(root, 'dist-demo'),
    emptyOutDir: true,
    // As the library build: native class fields and private members, not WeakMap-based stand-ins.
    target: 'es2022',
    rollupOptions: {
      input: Object.fromEntries(
        readdirSync(demoDir)
          .filter((f) => f.endsWith('.html'))
          .map((f) => [f.replace(/\.html$/, ''), resolve(demoDir, f)]),
      ),
    },
  },
});
