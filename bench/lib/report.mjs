// Turns one run's results into the markdown report (printed and written to results/latest.md)
// and decides, for each target of issue 7, whether it is met, not met, or not measured.
const KB = 1000; // kB as size-limit counts them

const kb = (bytes) => (Number.isFinite(bytes) ? (bytes / KB).toFixed(1) : '—');
const ms = (v, digits = 1) => (Number.isFinite(v) ? v.toFixed(digits) : '—');
const ratio = (v) => (Number.isFinite(v) ? `${v.toFixed(2)}×` : '—');

/** Target checks: `{ name, status: 'met' | 'not met' | 'unclear' | 'not measured', detail }`. */
export function checkTargets(results) {
  const out = [];
  const add = (name, value, ok, detail) =>
    out.push({
      name,
      status: value == null || !Number.isFinite(value) ? 'not measured' : ok ? 'met' : 'not met',
      detail,
    });

  const lib = results.sizes.find((s) => s.id === 'library-dist');
  const sl = results.sizes.find((s) => s.id === 'sl-rating');
  const libGzip = lib?.gzip;
  const libNote = lib?.note ? ` (${lib.note})` : '';
  add('Whole library ≤ 14 kB gzip', libGzip, libGzip <= 14 * KB, `${kb(libGzip)} kB${libNote}`);
  add(
    'Whole library smaller than `sl-rating` alone (gzip)',
    libGzip,
    libGzip < sl?.gzip,
    `${kb(libGzip)} kB vs ${kb(sl?.gzip)} kB`,
  );
  add('CI budget: whole library ≤ 16 kB gzip', libGzip, libGzip <= 16 * KB, `${kb(libGzip)} kB`);

  const content = results.render['article-content-floor'];
  const contentFloor = (entry) =>
    entry.id === 'news-article' && content?.loads
      ? `; the same article in a trivial slotting wrapper: ${ratio(content.ratio)} (CPU ${ratio(content.cpuRatio)})`
      : '';
  for (const entry of results.entries.filter((e) => e.kind === 'ours')) {
    const r = results.render[entry.id];
    const value = r?.ratio;
    // Wall time is what the issue names; when the main thread's CPU time says otherwise, the machine
    // was too busy for the wall-time ratio to decide.
    const wallOk = value <= entry.target;
    const cpuOk = r?.cpuRatio <= entry.target;
    if (Number.isFinite(value) && Number.isFinite(r?.cpuRatio) && wallOk !== cpuOk) {
      out.push({
        name: `${entry.label} render ≤ ${entry.target}× the Lit floor`,
        status: 'unclear',
        detail:
          `wall time ${ratio(value)} (${ms(r.totalMs)} ms vs ${ms(results.render['lit-floor']?.totalMs)} ms) ` +
          `${wallOk ? 'meets' : 'misses'} it, main-thread CPU ${ratio(r.cpuRatio)} ${cpuOk ? 'meets' : 'misses'} it: ` +
          `too much noise to decide, run again on a quieter machine${contentFloor(entry)}`,
      });
      continue;
    }
    const floorMs = results.render['lit-floor']?.totalMs;
    const why =
      entry.status !== 'ok'
        ? entry.status
        : !r
          ? 'render not run'
          : r.loads === 0
            ? `every load failed: ${r.problems.join('; ')}`
            : `${ratio(value)} (${ms(r.totalMs)} ms vs ${ms(floorMs)} ms); main-thread CPU ${ratio(r.cpuRatio)}${contentFloor(entry)}`;
    add(`${entry.label} render ≤ ${entry.target}× the Lit floor`, value, value <= entry.target, why);
  }

  const a = results.abbr;
  const abbrWhy = (v) =>
    a?.skipped ?? (a?.repeats ? `${ms(v)} ms (floor ${ms(a.floorMs)} ms)` : `failed: ${a?.problems.join('; ')}`);
  // Judged on the press a reader makes: the pointer (mouse or finger) comes over the button, or focus
  // reaches it, before the click, and the first idle moment fetches the code anyway; that row is the
  // switching itself. The click at once (a script's click() on a page that has just loaded, waiting for
  // the lazily loaded code to arrive) is reported beside it.
  const coldOn =
    a?.repeats && Number.isFinite(a.onMs) ? `; ${ms(a.onMs)} ms when clicked at once, fetching its code` : '';
  add('`<abbr-toggle>` on < 50 ms (100 000 words)', a?.warmOnMs, a?.warmOnMs < 50, `${abbrWhy(a?.warmOnMs)}${coldOn}`);
  add('`<abbr-toggle>` off < 50 ms (100 000 words)', a?.offMs, a?.offMs < 50, abbrWhy(a?.offMs));

  const t = results.text;
  const textWhy =
    t?.skipped ??
    (t?.repeats
      ? `${ratio(t.ratio)} (${ms(t.firstMs)} ms vs ${ms(t.floorMs)} ms); next step ${ms(t.nextMs)} ms; texts grown ${t.grewOurs}/${t.texts}`
      : `failed: ${t?.problems.join('; ')}`);
  add(
    '`<font-size-control>` one A+ step ≤ 1.5× the relayout floor (5 000-word Word paste)',
    t?.ratio,
    t?.ratio <= 1.5 && t?.grewOurs === t?.texts,
    textWhy,
  );
  return out;
}

function sizeAndRenderTable(results) {
  const rows = [
    '| Entry | raw kB | gzip kB | brotli kB | render ms | × Lit floor | main-thread CPU ms | × Lit floor (CPU) | heap growth kB | loads |',
    '|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|',
  ];
  for (const s of results.sizes) {
    const r = results.render[s.id];
    const note = s.note ? ` — ${s.note}` : '';
    if (s.status && s.status !== 'ok') {
      rows.push(`| ${s.label} | ${s.status} | | | | | | | | |`);
      continue;
    }
    const cells = r
      ? [ms(r.totalMs), ratio(r.ratio), ms(r.cpuMs), ratio(r.cpuRatio), ms(r.heapBytes / KB, 0), r.loads]
      : ['—', '—', '—', '—', '—', '—'];
    rows.push(`| ${s.label}${note} | ${kb(s.raw)} | ${kb(s.gzip)} | ${kb(s.brotli)} | ${cells.join(' | ')} |`);
  }
  return rows.join('\n');
}

export function toMarkdown(results) {
  const m = results.machine;
  const lines = [
    `# portal-elements benchmark — ${results.date}`,
    '',
    `Machine: ${m.cpu} × ${m.cores} cores, ${(m.memoryBytes / 2 ** 30).toFixed(1)} GiB RAM, ${m.os}; ` +
      `Node ${m.node}; ${m.browser}. Command: \`${results.command}\` (${results.durationS.toFixed(0)} s). ` +
      `Load average (1/5/15 min) at start ${m.loadAverage.start.join(' / ')}, at end ${m.loadAverage.end.join(' / ')}.`,
    '',
    `Render: ${results.instances} instances on one page, defined by importing the entry's bundle; time from ` +
      'before the import to every instance rendered and laid out; median of fresh page loads ' +
      '(new browser context, no HTTP cache), interleaved in shuffled rounds; the ratio is to the trivial ' +
      'Lit element measured in the same run (the targets use this wall-time ratio). Main-thread CPU: the ' +
      "renderer main thread's CPU time over the same span (Chromium `ThreadTime`), steadier when other " +
      'processes compete for the cores. Heap: JS heap after a forced GC, after minus before. ' +
      'Sizes: esbuild `--bundle --minify --format=esm`, gzip -9, brotli q11, kB = 1000 bytes.',
    '',
    '## Size, render, memory',
    '',
    sizeAndRenderTable(results),
    '',
  ];
  const measured = results.sizes.filter((s) => results.render[s.id]?.loads);
  if (measured.length) {
    lines.push(
      'Where the render time goes: medians of the wall-clock ms Chromium counts for main-thread script, style recalculation and layout (`ScriptDuration`, `RecalcStyleDuration`, `LayoutDuration`; they overlap, and a busy machine stretches them).',
      '',
      '| Entry | script | style | layout |',
      '|---|--:|--:|--:|',
      ...measured.map((s) => {
        const r = results.render[s.id];
        return `| ${s.label} | ${ms(r.scriptMs)} | ${ms(r.styleMs)} | ${ms(r.layoutMs)} |`;
      }),
      '',
    );
  }
  const whole = results.sizes.find((s) => s.id === 'library');
  if (whole?.sources) {
    const parts = whole.sources.map(([name, bytes]) => `${name} ${kb(bytes)}`).join(', ');
    lines.push(`Whole library (esbuild, loaded up front) by source, minified kB before compression: ${parts}.`, '');
  }
  const floorRun = results.render['lit-floor'];
  if (floorRun?.loads) {
    const span = (list) => `${ms(Math.min(...list))}–${ms(Math.max(...list))}`;
    lines.push(
      `Noise in this run: the Lit floor took ${span(floorRun.samplesMs)} ms wall time over its ${floorRun.loads} loads ` +
        `(main-thread CPU ${span(floorRun.cpuSamplesMs)} ms).`,
      '',
    );
  }
  const few = Object.entries(results.render).filter(([, r]) => r.loads < 5);
  if (few.length) {
    lines.push(
      `**Fewer than 5 loads** (time budget or failures) for: ${few.map(([id, r]) => `${id} (${r.loads})`).join(', ')}.`,
      '',
    );
  }
  const problems = Object.entries(results.render).filter(([, r]) => r.problems?.length);
  if (problems.length) {
    lines.push('Problems seen while rendering:', '');
    for (const [id, r] of problems) lines.push(`- ${id}: ${r.problems.join('; ')}`);
    lines.push('');
  }

  const a = results.abbr;
  lines.push('## Abbreviations (`<abbr-toggle>`)', '');
  if (a.skipped) lines.push(a.skipped, '');
  else if (!a.repeats) lines.push(`Not measured: ${a.problems.join('; ')}`, '');
  else {
    lines.push(
      `${a.words} words, ${a.floorMatches} abbreviations; median of ${a.repeats} fresh pages (frame: over all of them). "DOM" = click to ` +
        'the last change in the article; "frame" = to the second animation frame after it (includes style and layout).',
      '',
      '| | DOM ms | frame ms |',
      '|---|--:|--:|',
      `| on, clicked at once (any code loaded on first use is fetched on the click) | ${ms(a.onMs)} | ${ms(a.onToFrameMs)} |`,
      `| on, after the pointer rested on the button (such code fetched ahead) | ${ms(a.warmOnMs)} | |`,
      `| off | ${ms(a.offMs)} | ${ms(a.offToFrameMs)} |`,
      `| floor: one TreeWalker pass matching the same words; whole article laid out again (font size +1 %) | ${ms(a.floorMs)} | ${ms(a.relayoutMs)} |`,
      '',
      `\`<abbr>\` elements while on: ${a.abbrWhileOn}; article restored exactly when off: ${a.restored ? 'yes' : 'NO'}.`,
      '',
    );
    if (a.problems.length) lines.push(`Problems: ${a.problems.join('; ')}`, '');
  }

  const t = results.text;
  lines.push('## Text size (`<font-size-control>`)', '');
  if (t.skipped) lines.push(t.skipped, '');
  else if (!t.repeats) lines.push(`Not measured: ${t.problems.join('; ')}`, '');
  else {
    lines.push(
      `A generated Word-pasted article of ${t.words} words (${t.spans} spans with inline pt/px sizes, ${t.texts} elements with text) under a px theme ` +
        `(\`#article p { font-size: 14px; line-height: 20px }\`); median of ${t.repeats} fresh pages of each kind. Each time runs from the ` +
        'click (or the style change) to the article laid out again (a forced layout).',
      '',
      '| | ms | texts grown by 10 % |',
      '|---|--:|--:|',
      `| A+ from 100 % (finds and writes the sizes that do not follow) | ${ms(t.firstMs)} | ${t.grewOurs}/${t.texts} |`,
      `| A+ again (one custom property) | ${ms(t.nextMs)} | |`,
      `| floor: the same article with relative sizes, font-size +10 % on its root | ${ms(t.floorMs)} | ${t.floorGrew}/${t.floorTexts} |`,
      `| a plain font-size +10 % on the px article's root (what a naive control does) | ${ms(t.plainMs)} | ${t.grewPlain}/${t.texts} |`,
      '',
      `A+ from 100 % ÷ floor: ${ratio(t.ratio)}; article restored exactly at 100 %: ${t.restored ? 'yes' : 'NO'}.`,
      '',
    );
    if (t.problems.length) lines.push(`Problems: ${t.problems.join('; ')}`, '');
  }

  const c = results.calendar;
  lines.push('## Calendar (`<date-search>`)', '');
  if (c.skipped) lines.push(c.skipped, '');
  else if (!c.sessions) lines.push(`Not measured: ${c.problems.join('; ')}`, '');
  else {
    lines.push(
      `Open the dialog, then ${c.steps / Math.max(c.sessions, 1)} month steps by ${c.how ?? '—'}, ${c.sessions} fresh pages. ` +
        `Open (click to the dialog open, rendered and laid out): ${ms(c.openMs)} ms when clicked at once (fetching the lazily loaded code included), ` +
        `${ms(c.warmOpenMs)} ms after the pointer rested on the button (code fetched ahead); per step: median ${ms(c.stepMs)} ms, max ${ms(c.maxStepMs)} ms; ` +
        `steps over one frame (16.7 ms): ${c.stepsOverFrame}/${c.steps}.`,
      '',
    );
    if (c.problems.length) lines.push(`Problems: ${c.problems.join('; ')}`, '');
  }

  const p = results.page;
  lines.push('## Page (Lighthouse, built demo article page)', '');
  if (p.skipped) lines.push(p.skipped, '');
  else {
    lines.push(
      `\`scripts/lighthouse.mjs\` on \`${p.path}\` (the sample article page) served by \`vite preview\`${p.build ? `; ${p.build}` : ''}.`,
      '',
      '| Preset | Performance | LCP ms | TBT ms | CLS | Accessibility | Best practices | SEO |',
      '|---|--:|--:|--:|--:|--:|--:|--:|',
    );
    for (const [preset, f] of Object.entries(p.presets)) {
      lines.push(
        `| ${preset} | ${f.performance} | ${ms(f.lcpMs, 0)} | ${ms(f.tbtMs, 0)} | ${ms(f.cls, 3)} | ${f.accessibility} | ${f.bestPractices} | ${f.seo} |`,
      );
    }
    lines.push('');
  }

  lines.push('## Targets (issue 7)', '');
  for (const t of results.targets) lines.push(`- **${t.status}** — ${t.name}: ${t.detail}`);
  lines.push('');
  return lines.join('\n');
}
