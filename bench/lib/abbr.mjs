// Abbreviations: <abbr-toggle for="article"> switched on, then off, by a click, over a generated
// 100 000-word article; beside it the floor, one plain TreeWalker pass matching the same words.
// Each repeat is a fresh page load; half of them run the floor first, half after, to share warm-up.
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { ABBREVIATIONS, generateArticle } from './article-text.mjs';
import { freshPage, within } from './browser.mjs';
import { median } from './stats.mjs';

export const WORDS = 100_000;

export function writeAbbrPage(www, module) {
  const cfg = { module, abbreviations: ABBREVIATIONS };
  writeFileSync(
    resolve(www, 'abbr.html'),
    `<!doctype html>
<html lang="vi">
<head><meta charset="utf-8"><link rel="icon" href="data:,"><title>bench: abbr-toggle</title><script type="module" src="/measure.js"></script></head>
<body>
<script type="application/json" id="bench-config">${JSON.stringify(cfg)}</script>
<abbr-toggle for="article"></abbr-toggle>
<article id="article">
${generateArticle({ wordCount: WORDS })}
</article>
</body>
</html>
`,
  );
}

export async function runAbbr({ browser, origin, repeats, deadline, log = () => {} }) {
  const runs = [];
  const problems = new Set();
  for (let i = 0; i < repeats && Date.now() < deadline; i++) {
    let opened;
    try {
      opened = await freshPage(browser, `${origin}/abbr.html`, { timeout: 60_000 });
      await opened.page.waitForFunction('typeof window.benchAbbr === "function"', { timeout: 10_000 });
      // Odd repeats rest the pointer on the button first (code loaded on first use is fetched
      // ahead, as for a mouse user); even ones click at once, as a script or a sudden tap would.
      const warm = i % 2 === 1;
      const floorFirst = i % 4 < 2;
      const r = await within(opened.page.evaluate(`window.benchAbbr(${floorFirst}, ${warm})`), 45_000, 'toggling');
      runs.push({ ...r, warm });
      if (!r.restored) problems.add('switching off did not restore the article exactly');
      if (r.on.batches === 0) problems.add('switching on changed nothing in the article');
      for (const e of opened.errors) problems.add(e.slice(0, 160));
    } catch (err) {
      problems.add(
        String(err?.message ?? err)
          .split('\n')[0]
          .slice(0, 160),
      );
    } finally {
      await opened?.close();
    }
    log(`abbr: repeat ${i + 1}/${repeats} done`);
  }
  if (runs.length < repeats && Date.now() >= deadline)
    problems.add(`time budget used up after ${runs.length} of ${repeats}`);
  return {
    repeats: runs.length,
    words: runs[0]?.words ?? 0,
    onMs: median(runs.filter((r) => !r.warm).map((r) => r.on.ms)),
    warmOnMs: median(runs.filter((r) => r.warm).map((r) => r.on.ms)),
    onToFrameMs: median(runs.map((r) => r.on.toFrameMs)),
    offMs: median(runs.map((r) => r.off.ms)),
    offToFrameMs: median(runs.map((r) => r.off.toFrameMs)),
    floorMs: median(runs.map((r) => r.floor.ms)),
    floorMatches: runs[0]?.floor.matches ?? 0,
    relayoutMs: median(runs.map((r) => r.relayoutMs)),
    abbrWhileOn: runs[0]?.abbrWhileOn ?? 0,
    restored: runs.length > 0 && runs.every((r) => r.restored),
    samples: runs.map((r) => ({ on: r.on.ms, off: r.off.ms, floor: r.floor.ms, batchesOn: r.on.batches })),
    problems: [...problems],
  };
}
