// Opens every demo page in headless Chromium (vi and en; default, high-contrast and brand themes), records console errors, failed requests
// and CSP violations, and runs axe-core and IBM Equal Access (accessibility-checker-engine, rule set IBM_Accessibility) over the
// page. Exits 1 on any violation or error.
//   npm run test:demo            (builds, then checks the built demo)
//   node scripts/axe-demo.mjs --url http://127.0.0.1:5173   (checks a running server instead)
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import puppeteer from 'puppeteer-core';
import { chromiumFlags, startPreview } from './demo-server.mjs';

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const aceSource = readFileSync(require.resolve('accessibility-checker-engine/ace.js'), 'utf8');
// IBM's violations only: a result's value is [policy, confidence], and VIOLATION+FAIL is what its tools
// call "violation". Potential violations, recommendations and manual checks need a person to decide
// (the same choice as the element tests, test/support/ibm-accessible.ts). Every rule applies: these are whole pages.
const ibmCheck = `new ace.Checker().check(document, ['IBM_Accessibility']).then((r) => r.results
  .filter((v) => v.value[0] === 'VIOLATION' && v.value[1] === 'FAIL')
  .map((v) => ({ id: v.ruleId, message: v.message, path: v.path.dom, snippet: v.snippet })))`;
const urlArg = process.argv.indexOf('--url');
const server =
  urlArg > 0 ? { url: process.argv[urlArg + 1].replace(/\/$/, ''), close: async () => {} } : await startPreview();
const pages = readdirSync('demo')
  .filter((f) => f.endsWith('.html'))
  .map((f) => (f === 'index.html' ? '/' : `/${f}`))
  // A state the page sets up only when opened at its anchor (it takes over the page: a modal).
  .concat('/date-search.html#date-search-open');

const browser = await puppeteer.launch({ executablePath: '/usr/bin/chromium', args: chromiumFlags });
let failures = 0;
try {
  for (const path of pages) {
    for (const [lang, theme] of [
      ['vi', 'default'],
      ['en', 'default'],
      ['vi', 'contrast'],
      ['vi', 'brand'],
    ]) {
      const page = await browser.newPage();
      await page.setViewport({ width: 1280, height: 900 });
      const problems = [];
      page.on('console', (m) => {
        // Lit's dev-mode notice only appears on the dev server (--url), never in the build.
        if (m.text().includes('Lit is in dev mode')) return;
        if (m.type() === 'error' || m.type() === 'warn') problems.push(`console.${m.type()}: ${m.text()}`);
      });
      page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
      page.on('requestfailed', (r) => problems.push(`request failed: ${r.url()} ${r.failure()?.errorText}`));
      page.on('response', (r) => {
        if (r.status() >= 400) problems.push(`HTTP ${r.status()}: ${r.url()}`);
      });
      const query = `lang=${lang}&theme=${theme}${path === '/search.html' ? '&date=2019-11-18' : ''}`;
      const [file, anchor] = path.split('#');
      const url = `${server.url}${file}?${query}${anchor ? `#${anchor}` : ''}`;
      await page.goto(url, { waitUntil: 'load' });
      await page.waitForNetworkIdle({ idleTime: 300, timeout: 8000 }).catch(() => {});
      // Pages marked body[data-wait] load or set up content, and say when with body[data-ready].
      await page
        .waitForFunction("document.body.dataset.ready === 'true' || !document.body.hasAttribute('data-wait')", {
          timeout: 5000,
        })
        .catch(() => {});
      await new Promise((r) => setTimeout(r, 300));
      // Evaluated through the DevTools protocol, so the page's own CSP does not block axe itself.
      const result = await page.evaluate(
        `${axeSource}; axe.run(document, { resultTypes: ['violations'] }).then(r => r.violations.map(v => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map(n => n.target.join(' ')).slice(0, 5) })))`,
      );
      // `var ace` of a script evaluated this way lands on the page's window, where the check finds it.
      await page.evaluate(aceSource);
      const ibm = await page.evaluate(ibmCheck);
      const bad = result.length + ibm.length + problems.length;
      failures += bad;
      console.log(
        `${bad ? '✗' : '✓'} ${path} [${lang}, ${theme}] axe violations: ${result.length}, IBM violations: ${ibm.length}, console/network problems: ${problems.length}`,
      );
      for (const v of result) console.log(`    axe ${v.id} (${v.impact}): ${v.help} → ${v.nodes.join(' | ')}`);
      for (const v of ibm) console.log(`    IBM ${v.id}: ${v.message} → ${v.path} ${v.snippet}`);
      for (const p of problems) console.log(`    ${p}`);
      await page.close();
    }
  }
} finally {
  await browser.close();
  await server.close();
}
console.log(
  failures ? `\n${failures} problem(s).` : `\nAll ${pages.length} pages clean in vi and en, in the three themes.`,
);
process.exit(failures ? 1 : 0);
