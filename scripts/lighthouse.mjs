// Lighthouse 12 on the BUILT demo article page (vite preview on 127.0.0.1) in headless Chromium:
// the four category scores, Cumulative Layout Shift and Total Blocking Time, for the mobile and the
// desktop preset. Exits 1 when a score is below 100, CLS above 0 or TBT above 0 ms.
//   npm run lighthouse                     (builds first)
//   node scripts/lighthouse.mjs [/path] [--json out.json]
import { writeFileSync } from 'node:fs';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { chromiumFlags, startPreview } from './demo-server.mjs';

/**
 * The page's main-thread tasks after its first contentful paint that take over 12.5 ms, which
 * Lighthouse's 4× CPU simulation turns into blocking time, with the thread's own CPU time beside the
 * wall time: a task with little CPU time was slowed by other processes on the machine, not by the page.
 */
function blockingTasks(events) {
  const fcp = events.find((e) => e.name === 'firstContentfulPaint');
  const parse = events.find((e) => e.name === 'ParseHTML');
  if (!fcp || !parse) return [];
  const round = (us) => Math.round(us / 100) / 10;
  return events
    .filter(
      (e) =>
        e.pid === parse.pid &&
        e.tid === parse.tid &&
        e.ph === 'X' &&
        (e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask') &&
        e.ts >= fcp.ts &&
        e.dur > 12_500,
    )
    .map((e) => ({ atMs: round(e.ts - fcp.ts), wallMs: round(e.dur), cpuMs: round(e.tdur ?? 0) }));
}

const args = process.argv.slice(2);
const path = args.find((a) => a.startsWith('/')) ?? '/';
const jsonAt = args.indexOf('--json');
const server = await startPreview();
const chrome = await chromeLauncher.launch({ chromePath: '/usr/bin/chromium', chromeFlags: chromiumFlags });
const results = {};
let ok = true;
try {
  for (const [preset, config] of [
    ['mobile', undefined],
    ['desktop', desktopConfig],
  ]) {
    const { lhr, artifacts } = await lighthouse(
      `${server.url}${path}`,
      { port: chrome.port, output: 'json', logLevel: 'error' },
      config,
    );
    const score = (id) => Math.round((lhr.categories[id].score ?? 0) * 100);
    const row = {
      performance: score('performance'),
      accessibility: score('accessibility'),
      bestPractices: score('best-practices'),
      seo: score('seo'),
      cls: lhr.audits['cumulative-layout-shift'].numericValue,
      tbtMs: lhr.audits['total-blocking-time'].numericValue,
      lcpMs: Math.round(lhr.audits['largest-contentful-paint'].numericValue),
      lighthouse: lhr.lighthouseVersion,
      blockingTasks: blockingTasks(artifacts.Trace.traceEvents),
    };
    results[preset] = row;
    console.log(
      `${preset}: Performance ${row.performance}, Accessibility ${row.accessibility}, Best Practices ${row.bestPractices}, ` +
        `SEO ${row.seo}, CLS ${row.cls}, TBT ${row.tbtMs} ms, LCP ${row.lcpMs} ms (Lighthouse ${row.lighthouse})`,
    );
    if (row.blockingTasks.length) {
      const list = row.blockingTasks.map((t) => `${t.wallMs} ms (CPU ${t.cpuMs} ms) at ${t.atMs} ms`).join(', ');
      console.log(`    main-thread tasks over 12.5 ms after first paint, wall (thread CPU): ${list}`);
    }
    for (const cat of Object.values(lhr.categories)) {
      for (const ref of cat.auditRefs) {
        const audit = lhr.audits[ref.id];
        if (ref.weight > 0 && audit.score !== null && audit.score < 1) {
          console.log(`    ${cat.id}: ${audit.id} ${audit.score} — ${audit.title} ${audit.displayValue ?? ''}`);
        }
      }
    }
    const perfect = [row.performance, row.accessibility, row.bestPractices, row.seo].every((s) => s === 100);
    ok &&= perfect && row.cls === 0 && row.tbtMs === 0;
  }
} finally {
  chrome.kill();
  await server.close();
}
if (jsonAt > 0) writeFileSync(args[jsonAt + 1], JSON.stringify(results, null, 2));
process.exit(ok ? 0 : 1);
