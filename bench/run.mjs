// `npm run bench`: sizes, render time, memory, abbreviation toggling, calendar stepping and page
// figures of portal-elements beside the peers, measured in one run on loopback, in bounded time.
// Knobs (environment): BENCH_LOADS (page loads per entry, default 7, at least 5 for the report),
// BENCH_ABBR (abbreviation repeats, 5), BENCH_CALENDAR (calendar sessions, 3), BENCH_TEXT (text-size repeats, 5),
// BENCH_BUDGET_S (seconds before measuring stops early, 270; everything is killed 30 s after),
// BENCH_ONLY (comma-separated parts to run: render, abbr, text, calendar, page; sizes always run),
// BENCH_NO_BUILD=1 (never run `npm run build:demo` for the Lighthouse page, even when dist-demo is stale).
import { clearTimeout } from 'node:timers';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { resolve } from 'node:path';
import { runAbbr, writeAbbrPage } from './lib/abbr.mjs';
import { closeBrowser, launch } from './lib/browser.mjs';
import { bundle, bundlePageScript, viteLibraryBuild, weigh, writeOutputs } from './lib/build.mjs';
import { runCalendar, writeCalendarPage } from './lib/calendar.mjs';
import { runTextSize, writeTextSizePages } from './lib/text-size.mjs';
import { extras, floor, isPresent, ours, peers, root, writeImages } from './lib/entries.mjs';
import { ensureDemoBuilt, runLighthouse, script as lighthouseScript } from './lib/lighthouse.mjs';
import { INSTANCES, runRender, writeRenderPages } from './lib/render.mjs';
import { checkTargets, toMarkdown } from './lib/report.mjs';
import { serveStatic } from './lib/server.mjs';

const started = Date.now();
const loadAtStart = os.loadavg().map((v) => Math.round(v * 100) / 100);
const env = (name, fallback) => {
  const n = Number(process.env[name]);
  return Number.isFinite(n) && n > 0 ? n : fallback;
};
const loads = env('BENCH_LOADS', 7);
const abbrRepeats = env('BENCH_ABBR', 5);
const calendarRepeats = env('BENCH_CALENDAR', 3);
const textRepeats = env('BENCH_TEXT', 5);
const budgetMs = env('BENCH_BUDGET_S', 270) * 1000;
const deadline = started + budgetMs;
const only = (process.env.BENCH_ONLY ?? '')
  .split(',')
  .map((s) => s.trim())
  .filter(Boolean);
const wanted = (part) => only.length === 0 || only.includes(part);
const notRun = { skipped: 'Not run: left out by BENCH_ONLY.' };

const resultsDir = resolve(root, 'bench/results');
const www = resolve(resultsDir, 'www');
const log = (msg) => console.error(`[bench ${((Date.now() - started) / 1000).toFixed(0).padStart(3)} s] ${msg}`);

let browser;
let server;
let cleaning;
const cleanup = () =>
  (cleaning ??= (async () => {
    await closeBrowser(browser);
    await server?.close();
  })());

const hardStop = setTimeout(async () => {
  console.error(`bench: still running ${(budgetMs + 30_000) / 1000} s after start; stopping.`);
  await cleanup();
  process.exit(2);
}, budgetMs + 30_000);
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, async () => {
    await cleanup();
    process.exit(130);
  });
}

const sumWeights = (list) =>
  list.reduce((a, b) => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip, brotli: a.brotli + b.brotli }), {
    raw: 0,
    gzip: 0,
    brotli: 0,
  });
const lazyNote = (lazy) => (lazy ? `+ ${(lazy.gzip / 1000).toFixed(1)} kB gzip loaded lazily` : '');
const firstLines = (err) =>
  String(err?.message ?? err)
    .split('\n')
    .slice(0, 2)
    .join(' ')
    .slice(0, 200);

/** Bundles and weighs every entry; returns size rows and the entries (with `module` when runnable). */
async function buildAll() {
  mkdirSync(resolve(www, 'bundles'), { recursive: true });
  await bundlePageScript(resolve(www, 'measure.js'));
  const sizes = [];
  const entries = [];

  const index = readFileSync(resolve(root, 'src/index.ts'), 'utf8');
  const inLibrary = ours.filter((e) => isPresent(e) && index.includes(`./${e.id}.js`)).length;
  const count = `${inLibrary}/${ours.length} elements`;
  const dist = {
    id: 'library-dist',
    label: 'Whole library: dist/portal-elements.js (Vite, as shipped)',
    kind: 'library',
  };
  try {
    log('vite library build (vite.lib.config.ts)');
    const { main, chunks } = await viteLibraryBuild(resolve(resultsDir, 'lib'));
    const lazy = chunks.length ? sumWeights(chunks.map((c) => weigh(c.bytes))) : null;
    sizes.push({
      ...dist,
      status: 'ok',
      ...weigh(main),
      lazy,
      note: [count, lazyNote(lazy)].filter(Boolean).join(', '),
    });
  } catch (err) {
    sizes.push({ ...dist, status: `build failed: ${firstLines(err)}` });
  }
  const whole = {
    id: 'library',
    label: 'Whole library: src/index.ts (esbuild)',
    kind: 'library',
    file: 'src/index.ts',
  };
  try {
    const b = await bundle(whole, resolve(resultsDir, 'lib-esbuild'));
    sizes.push({
      ...whole,
      status: 'ok',
      ...b.eager,
      lazy: b.lazy,
      sources: b.sources,
      note: [count, lazyNote(b.lazy)].filter(Boolean).join(', '),
    });
  } catch (err) {
    sizes.push({ ...whole, status: `build failed: ${firstLines(err)}` });
  }

  for (const entry of [...ours, ...extras, floor, ...peers]) {
    const row = { id: entry.id, label: entry.label, kind: entry.kind };
    if (!isPresent(entry)) {
      sizes.push({ ...row, status: 'not built yet' });
      entries.push({ ...entry, status: 'not built yet' });
      continue;
    }
    try {
      const outDir = resolve(www, 'bundles', entry.id);
      const b = await bundle(entry, outDir);
      writeOutputs(b.files);
      sizes.push({ ...row, status: 'ok', ...b.eager, lazy: b.lazy, note: lazyNote(b.lazy) });
      entries.push({ ...entry, status: 'ok', module: `/bundles/${entry.id}/${b.entryFile}` });
    } catch (err) {
      const status = `build failed: ${firstLines(err)}`;
      sizes.push({ ...row, status });
      entries.push({ ...entry, status });
    }
  }
  log(`bundled ${entries.filter((e) => e.status === 'ok').length} entries`);
  return { sizes, entries };
}

async function main() {
  rmSync(www, { recursive: true, force: true });
  const { sizes, entries } = await buildAll();
  const runnable = entries.filter((e) => e.status === 'ok');
  writeRenderPages(www, runnable);
  writeImages(www);
  const has = (id) => runnable.some((e) => e.id === id);
  const moduleOf = (id) => runnable.find((e) => e.id === id)?.module;
  if (has('abbr-toggle')) writeAbbrPage(www, moduleOf('abbr-toggle'));
  if (has('date-search')) writeCalendarPage(www, moduleOf('date-search'));
  if (has('font-size-control')) writeTextSizePages(www, moduleOf('font-size-control'));

  let demoBuild = null;
  if (wanted('page') && existsSync(lighthouseScript)) {
    log('checking dist-demo for Lighthouse');
    demoBuild = await ensureDemoBuilt({
      noBuild: process.env.BENCH_NO_BUILD === '1',
      timeoutMs: 150_000,
      logFile: resolve(resultsDir, 'build.log'),
    }).catch((err) => ({ error: err.message }));
    log(typeof demoBuild === 'string' ? demoBuild : demoBuild.error);
  }

  server = await serveStatic(www);
  browser = await launch();
  const browserVersion = await browser.version();
  log(`${browserVersion} on ${server.origin}; ${runnable.length} entries × ${loads} loads`);

  // Later parts keep their share of the budget: render stops early rather than crowd them out.
  const doAbbr = wanted('abbr') && has('abbr-toggle');
  const doText = wanted('text') && has('font-size-control');
  const doCalendar = wanted('calendar') && has('date-search');
  const doPage = wanted('page') && existsSync(lighthouseScript) && !demoBuild?.error;
  const pageDeadline = deadline - (doPage ? 60_000 : 0);
  const calendarDeadline = pageDeadline - (doCalendar ? 10_000 : 0);
  const textDeadline = calendarDeadline - (doText ? 25_000 : 0);
  const abbrDeadline = textDeadline - (doAbbr ? 30_000 : 0);
  const render = wanted('render')
    ? await runRender({ browser, origin: server.origin, entries: runnable, loads, deadline: abbrDeadline, log })
    : {};
  const floorRender = render['lit-floor'];
  for (const r of Object.values(render)) {
    r.ratio = r.totalMs / floorRender?.totalMs;
    r.cpuRatio = r.cpuMs / floorRender?.cpuMs;
  }

  const abbr = !wanted('abbr')
    ? notRun
    : has('abbr-toggle')
      ? await runAbbr({ browser, origin: server.origin, repeats: abbrRepeats, deadline: textDeadline, log })
      : { skipped: `Not measured: \`<abbr-toggle>\` ${entries.find((e) => e.id === 'abbr-toggle')?.status}.` };
  const text = !wanted('text')
    ? notRun
    : doText
      ? await runTextSize({ browser, origin: server.origin, repeats: textRepeats, deadline: calendarDeadline, log })
      : {
          skipped: `Not measured: \`<font-size-control>\` ${entries.find((e) => e.id === 'font-size-control')?.status}.`,
        };
  const calendar = !wanted('calendar')
    ? notRun
    : has('date-search')
      ? await runCalendar({ browser, origin: server.origin, repeats: calendarRepeats, deadline: pageDeadline, log })
      : { skipped: `Not measured: \`<date-search>\` ${entries.find((e) => e.id === 'date-search')?.status}.` };

  await closeBrowser(browser);
  browser = undefined;
  let page = notRun;
  if (demoBuild?.error) page = { skipped: `Not available: ${demoBuild.error}.` };
  else if (wanted('page')) {
    log('lighthouse');
    page = await runLighthouse({
      timeoutMs: Math.min(120_000, deadline + 25_000 - Date.now()),
      jsonFile: resolve(resultsDir, 'lighthouse.json'),
    });
    if (demoBuild) page.build = demoBuild;
  }

  const cpus = os.cpus();
  const results = {
    date: new Date(started).toISOString().replace(/\.\d+Z$/, 'Z'),
    command: [
      'BENCH_LOADS',
      'BENCH_ABBR',
      'BENCH_TEXT',
      'BENCH_CALENDAR',
      'BENCH_BUDGET_S',
      'BENCH_ONLY',
      'BENCH_NO_BUILD',
    ]
      .filter((k) => process.env[k])
      .map((k) => `${k}=${process.env[k]} `)
      .concat('npm run bench')
      .join(''),
    durationS: (Date.now() - started) / 1000,
    machine: {
      cpu: cpus[0]?.model ?? 'unknown CPU',
      cores: cpus.length,
      memoryBytes: os.totalmem(),
      os: `${os.type()} ${os.release()} ${os.arch()}`,
      node: process.version,
      browser: browserVersion,
      loadAverage: { start: loadAtStart, end: os.loadavg().map((v) => Math.round(v * 100) / 100) },
    },
    instances: INSTANCES,
    loadsPerEntry: loads,
    entries: entries.map(({ id, label, kind, status, target }) => ({ id, label, kind, status, target })),
    sizes,
    render,
    abbr,
    text,
    calendar,
    page,
  };
  results.targets = checkTargets(results);
  const markdown = toMarkdown(results);
  mkdirSync(resultsDir, { recursive: true });
  writeFileSync(resolve(resultsDir, 'latest.md'), markdown);
  writeFileSync(resolve(resultsDir, 'latest.json'), `${JSON.stringify(results, null, 2)}\n`);
  console.log(markdown);
  log('wrote bench/results/latest.md and latest.json');
}

try {
  await main();
} catch (err) {
  console.error(err);
  process.exitCode = 1;
} finally {
  await cleanup();
  clearTimeout(hardStop);
}
