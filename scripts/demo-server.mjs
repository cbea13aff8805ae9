// Starts the built demo (`vite preview`: dist-demo with the reference API and the CSP header) on a
// free loopback port, for the Lighthouse and axe scripts. Build first with `npm run build`.
import { existsSync } from 'node:fs';
import { preview } from 'vite';

export async function startPreview() {
  if (!existsSync('dist-demo/index.html')) throw new Error('dist-demo is missing: run `npm run build` first.');
  const server = await preview({
    preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false },
    logLevel: 'warn',
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('vite preview did not report its URL');
  return { url: url.replace(/\/$/, ''), close: () => server.close() };
}

export { chromiumFlags } from './browsers.mjs';
