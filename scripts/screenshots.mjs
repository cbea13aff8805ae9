// Screenshots of the built demo pages in headless Chromium, to look at: vi and en, desktop and
// 320 px, and 200 % text. Writes PNGs to the folder given (default /tmp/portal-shots).
//   npm run build && node scripts/screenshots.mjs [/folder] [/page.html …]
import { mkdirSync } from 'node:fs';
import puppeteer from 'puppeteer-core';
import { chromiumFlags, startPreview } from './demo-server.mjs';

const args = process.argv.slice(2);
const out = args.find((a) => !a.includes('.html') && a !== '/') ?? '/tmp/portal-shots';
const pages = args.filter((a) => a.includes('.html') || a === '/');
mkdirSync(out, { recursive: true });
const server = await startPreview();
const browser = await puppeteer.launch({ executablePath: '/usr/bin/chromium', args: chromiumFlags });
const variants = [
  { name: 'vi-desktop', lang: 'vi', width: 1280 },
  { name: 'en-desktop', lang: 'en', width: 1280 },
  { name: 'vi-320', lang: 'vi', width: 320 },
  { name: 'vi-320-text200', lang: 'vi', width: 320, text: '200%' },
];
try {
  for (const path of pages.length ? pages : ['/', '/search.html', '/article.html', '/csp.html', '/embed.html']) {
    for (const v of variants) {
      const page = await browser.newPage();
      await page.setViewport({ width: v.width, height: 900 });
      const sep = path.includes('?') ? '&' : '?';
      await page.goto(`${server.url}${path}${sep}lang=${v.lang}`, { waitUntil: 'load' });
      await page.waitForNetworkIdle({ idleTime: 300, timeout: 8000 }).catch(() => {});
      if (v.text) await page.evaluate(`document.documentElement.style.fontSize = '${v.text}'`);
      await new Promise((r) => setTimeout(r, 300));
      const base = `${out}/${path.replace(/\W+/g, '_').replace(/^_|_$/g, '') || 'index'}-${v.name}`;
      // Long pages come in slices of 1400 px so they stay readable; overflow sideways is reported.
      const [width, height] = await page.evaluate(
        '[document.documentElement.scrollWidth, document.documentElement.scrollHeight]',
      );
      for (let y = 0, i = 1; y < height && i <= 4; y += 1400, i++) {
        const clip = { x: 0, y, width: v.width, height: Math.min(1400, height - y) };
        await page.screenshot({ path: `${base}-${i}.png`, clip, captureBeyondViewport: true });
      }
      console.log(`${base}: ${height} px high${width > v.width ? `, OVERFLOWS sideways: ${width} px wide` : ''}`);
      await page.close();
    }
  }
} finally {
  await browser.close();
  await server.close();
}
