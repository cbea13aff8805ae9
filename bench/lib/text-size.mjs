// Text size: one A+ press of <font-size-control for="article"> over a generated 5 000-word Word-pasted
// article under a px theme, from the click to the article laid out again. Beside it, the floor: the same
// article with relative sizes, laid out again after a plain font-size change on its root (+10 %), which
// then grows every text. The same plain change on the px article is timed too, with how many texts it
// grew (few: that is the bug the element fixes). Each repeat is a fresh page of each kind.
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { generateWordArticle } from './article-text.mjs';
import { freshPage, within } from './browser.mjs';
import { median } from './stats.mjs';

export const TEXT_WORDS = 5000;

const page = (module, relative) => `<!doctype html>
<html lang="vi">
<head><meta charset="utf-8"><link rel="icon" href="data:,"><title>bench: font-size-control</title>
<style>body{font:13px Tahoma,Arial,sans-serif;max-width:760px}#article p{${relative ? 'font-size:1.077em;line-height:1.43' : 'font-size:14px;line-height:20px'}}</style>
<script type="module" src="/measure.js"></script></head>
<body>
<script type="application/json" id="bench-config">${JSON.stringify({ module })}</script>
${relative ? '' : '<font-size-control for="article" storage-key="bench-text-size"></font-size-control>'}
<div id="article">
${generateWordArticle({ wordCount: TEXT_WORDS, relative })}
</div>
</body>
</html>
`;

export function writeTextSizePages(www, module) {
  writeFileSync(resolve(www, 'text-size.html'), page(module, false));
  writeFileSync(resolve(www, 'text-size-floor.html'), page(module, true));
}

async function inPage(browser, url, script) {
  const opened = await freshPage(browser, url, { timeout: 60_000 });
  try {
    await opened.page.waitForFunction('typeof window.benchTextSize === "function"', { timeout: 10_000 });
    return { result: await within(opened.page.evaluate(script), 45_000, 'text size'), errors: opened.errors };
  } finally {
    await opened.close();
  }
}

export async function runTextSize({ browser, origin, repeats, deadline, log = () => {} }) {
  const runs = [];
  const problems = new Set();
  for (let i = 0; i < repeats && Date.now() < deadline; i++) {
    try {
      // Alternate which page loads first, so that neither always meets a warmer browser.
      const pages = [
        ['ours', `${origin}/text-size.html`, 'window.benchTextSize(false)'],
        ['floor', `${origin}/text-size-floor.html`, 'window.benchTextSize(true)'],
      ];
      if (i % 2) pages.reverse();
      const r = {};
      for (const [kind, url, script] of pages) {
        const { result, errors } = await inPage(browser, url, script);
        r[kind] = result;
        for (const e of errors) problems.add(e.slice(0, 160));
      }
      runs.push({ ...r.ours, floorMs: r.floor.plainMs, floorGrew: r.floor.grewPlain, floorTexts: r.floor.texts });
      if (!r.ours.restored) problems.add('A at 100 % did not restore the article exactly');
    } catch (err) {
      problems.add(
        String(err?.message ?? err)
          .split('\n')[0]
          .slice(0, 160),
      );
    }
    log(`text size: repeat ${i + 1}/${repeats} done`);
  }
  if (runs.length < repeats && Date.now() >= deadline)
    problems.add(`time budget used up after ${runs.length} of ${repeats}`);
  const first = median(runs.map((r) => r.firstMs));
  const floorMs = median(runs.map((r) => r.floorMs));
  return {
    repeats: runs.length,
    words: runs[0]?.words ?? 0,
    spans: runs[0]?.spans ?? 0,
    texts: runs[0]?.texts ?? 0,
    firstMs: first,
    nextMs: median(runs.map((r) => r.nextMs)),
    floorMs,
    ratio: first / floorMs,
    plainMs: median(runs.map((r) => r.plainMs)),
    grewPlain: runs[0]?.grewPlain ?? 0,
    grewOurs: runs[0]?.grewOurs ?? 0,
    floorTexts: runs[0]?.floorTexts ?? 0,
    floorGrew: runs[0]?.floorGrew ?? 0,
    restored: runs.length > 0 && runs.every((r) => r.restored),
    samples: runs.map(({ firstMs, nextMs, floorMs: f, plainMs }) => ({
      first: firstMs,
      next: nextMs,
      floor: f,
      plain: plainMs,
    })),
    problems: [...problems],
  };
}
