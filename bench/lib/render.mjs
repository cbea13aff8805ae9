// Render and memory: one page per entry holding 200 undefined instances (as a server sends them);
// each fresh page load times import + define + first render of all of them, and reads the JS heap
// before and after. Loads are interleaved across entries, in a new shuffled order every round, so
// the machine's noise falls on every entry alike.
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { freshPage, heapUsed, metrics, within } from './browser.mjs';
import { median, range, seededRandom, shuffled } from './stats.mjs';

export const INSTANCES = 200;

/** Custom element tags named in some markup. */
export const tagsIn = (markup) => [...new Set([...markup.matchAll(/<([a-z][a-z0-9]*-[a-z0-9-]*)/g)].map((m) => m[1]))];

const json = (value) => JSON.stringify(value).replace(/</g, '\\u003c');

/** Writes `<id>.html` for each entry into `www`. */
export function writeRenderPages(www, entries) {
  for (const entry of entries) {
    const instances = Array.from({ length: INSTANCES }, (_, i) => entry.markup.replaceAll('{i}', String(i))).join('\n');
    const cfg = { module: entry.module, tags: tagsIn(entry.markup) };
    writeFileSync(
      resolve(www, `${entry.id}.html`),
      `<!doctype html>
<html lang="vi">
<head><meta charset="utf-8"><link rel="icon" href="data:,"><title>bench: ${entry.id}</title><script type="module" src="/measure.js"></script></head>
<body>
<script type="application/json" id="bench-config">${json(cfg)}</script>
<main id="bench">${entry.prefix ?? ''}
${instances}
</main>
</body>
</html>
`,
    );
  }
}

/** One fresh load of one entry's page. */
async function loadOnce(browser, origin, entry) {
  const { page, cdp, errors, close } = await freshPage(browser, `${origin}/${entry.id}.html`);
  try {
    await page.waitForFunction('typeof window.benchRender === "function"', { timeout: 10_000 });
    const heapBefore = await heapUsed(cdp);
    const before = await metrics(cdp);
    const result = await within(page.evaluate('window.benchRender()'), 30_000, 'rendering');
    const after = await metrics(cdp);
    const heapAfter = await heapUsed(cdp);
    // CPU time of the page's main thread: much less disturbed than wall time by other processes.
    const delta = (name) => (after[name] - before[name]) * 1000;
    return {
      ...result,
      cpuMs: delta('ThreadTime'),
      scriptMs: delta('ScriptDuration'),
      styleMs: delta('RecalcStyleDuration'),
      layoutMs: delta('LayoutDuration'),
      heapBytes: heapAfter - heapBefore,
      errors,
    };
  } finally {
    await close();
  }
}

/**
 * Runs `loads` rounds over `entries`; stops early (keeping what it has) when `deadline` passes.
 * Returns per entry: samples, medians, and problems seen.
 */
export async function runRender({ browser, origin, entries, loads, deadline, seed = 7, log = () => {} }) {
  const random = seededRandom(seed);
  const samples = new Map(entries.map((e) => [e.id, []]));
  const problems = new Map(entries.map((e) => [e.id, new Set()]));
  let longestRound = 0;
  for (let round = 0; round < loads; round++) {
    // Start a round only if one as long as the longest so far still ends before the deadline.
    if (Date.now() + longestRound > deadline) {
      log(`render: stopping after ${round} rounds to stay within the time budget`);
      break;
    }
    const roundStart = Date.now();
    for (const entry of shuffled(entries, random)) {
      try {
        const s = await loadOnce(browser, origin, entry);
        if (s.rendered !== s.instances) problems.get(entry.id).add(`${s.rendered}/${s.instances} rendered`);
        for (const e of s.errors) problems.get(entry.id).add(e.slice(0, 160));
        samples.get(entry.id).push(s);
      } catch (err) {
        problems.get(entry.id).add(
          String(err?.message ?? err)
            .split('\n')[0]
            .slice(0, 160),
        );
      }
    }
    longestRound = Math.max(longestRound, Date.now() - roundStart);
    log(`render: round ${round + 1}/${loads} done`);
  }
  return Object.fromEntries(
    entries.map((e) => {
      const list = samples.get(e.id);
      const total = list.map((s) => s.totalMs);
      return [
        e.id,
        {
          loads: list.length,
          instances: list[0]?.instances ?? 0,
          totalMs: median(total),
          totalRangeMs: range(total),
          cpuMs: median(list.map((s) => s.cpuMs)),
          scriptMs: median(list.map((s) => s.scriptMs)),
          styleMs: median(list.map((s) => s.styleMs)),
          layoutMs: median(list.map((s) => s.layoutMs)),
          importMs: median(list.map((s) => s.importMs)),
          framedMs: median(list.map((s) => s.framedMs)),
          heapBytes: median(list.map((s) => s.heapBytes)),
          samplesMs: total.map((v) => Math.round(v * 10) / 10),
          cpuSamplesMs: list.map((s) => Math.round(s.cpuMs * 10) / 10),
          problems: [...problems.get(e.id)],
        },
      ];
    }),
  );
}
