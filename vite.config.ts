// The demo site: `npm start` (dev) and `npm run preview` (built) serve it with the reference API.
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import { createApi } from './demo/api/handler.js';

const demoDir = resolve(import.meta.dirname, 'demo');

/** Serves the reference API at /api in both the dev server and the preview server. */
function referenceApi(): Plugin {
  let api: ReturnType<typeof createApi> | undefined;
  const mount = (server: {
    middlewares: { use: (fn: never) => void };
    httpServer: { once(e: string, f: () => void): void } | null;
  }) => {
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

export default defineConfig({
  root: demoDir,
  publicDir: resolve(demoDir, 'public'),
  server: { host: '127.0.0.1', port: Number(process.env.PORT) || 5173, strictPort: false },
  preview: { host: '127.0.0.1', port: Number(process.env.PORT) || 4173, strictPort: false },
  plugins: [referenceApi()],
  build: {
    outDir: resolve(import.meta.dirname, 'dist-demo'),
    emptyOutDir: true,
    rollupOptions: {
      input: Object.fromEntries(
        readdirSync(demoDir)
          .filter((f) => f.endsWith('.html'))
          .map((f) => [f.replace(/\.html$/, ''), resolve(demoDir, f)]),
      ),
    },
  },
});
