// Calendar: open the <date-search> dialog with a real click, then step 12 months with real
// PageDown presses (or, if PageDown does not move it, clicks on "next month"). Each step is timed
// in the page from the event to the element having rendered and laid out.
/* global window -- the functions given to page.evaluate run in the page */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { freshPage, within } from './browser.mjs';
import { median } from './stats.mjs';

export const STEPS = 12;
export const FRAME_MS = 1000 / 60;

export function writeCalendarPage(www, module) {
  writeFileSync(
    resolve(www, 'calendar.html'),
    `<!doctype html>
<html lang="vi">
<head><meta charset="utf-8"><link rel="icon" href="data:,"><title>bench: date-search calendar</title><script type="module" src="/measure.js"></script></head>
<body>
<script type="application/json" id="bench-config">${JSON.stringify({ module })}</script>
<date-search value="2019-11-18"></date-search>
</body>
</html>
`,
  );
}

/** Arms the in-page timer for the next `type` event, runs `act`, and returns the step's result. */
async function timed(page, type, act, untilOpen = false) {
  await page.evaluate((t, u) => window.armStep(t, u), type, untilOpen);
  await act();
  return page.evaluate(() => window.stepResult());
}

async function oneSession(browser, origin, sessionIndex) {
  const { page, errors, close } = await freshPage(browser, `${origin}/calendar.html`);
  try {
    await page.waitForFunction('typeof window.calendarReady === "function"', { timeout: 10_000 });
    await page.evaluate(() => window.calendarReady());
    const opener = await page.evaluateHandle(() => window.calendarButton());
    if (!(await opener.evaluate((b) => b !== null))) throw new Error('no calendar button found in <date-search>');
    // Odd sessions rest the pointer on the button first, as a mouse user does before clicking: the
    // element fetches the calendar's code then, so the open is the dialog's own work. Even sessions
    // click at once (a tap), so the open includes fetching and compiling that code.
    const warm = sessionIndex % 2 === 1;
    if (warm) {
      await opener.hover();
      await new Promise((done) => setTimeout(done, 800));
    }
    const open = await timed(page, 'click', () => opener.click(), true);
    if (!(await page.evaluate(() => window.dialogOpen()))) throw new Error('the calendar dialog did not open');
    const steps = [];
    let how = 'PageDown';
    for (let i = 0; i < STEPS; i++) {
      let step = how === 'PageDown' ? await timed(page, 'keydown', () => page.keyboard.press('PageDown')) : null;
      if (step && !step.changed && i === 0) how = 'next-month button';
      if (how !== 'PageDown') {
        const next = await page.evaluateHandle(() => window.nextMonthButton());
        if (!(await next.evaluate((b) => b !== null)))
          throw new Error('PageDown did nothing and no "next month" button was found');
        step = await timed(page, 'click', () => next.click());
      }
      steps.push(step);
    }
    return { openMs: open.ms, warm, steps, how, errors };
  } finally {
    await close();
  }
}

export async function runCalendar({ browser, origin, repeats, deadline, log = () => {} }) {
  const sessions = [];
  const problems = new Set();
  for (let i = 0; i < repeats && Date.now() < deadline; i++) {
    try {
      const s = await within(oneSession(browser, origin, i), 30_000, 'a calendar session');
      sessions.push(s);
      if (s.steps.some((st) => !st.changed)) problems.add(`a ${s.how} step did not change the calendar`);
      for (const e of s.errors) problems.add(e.slice(0, 160));
    } catch (err) {
      problems.add(
        String(err?.message ?? err)
          .split('\n')[0]
          .slice(0, 160),
      );
    }
    log(`calendar: session ${i + 1}/${repeats} done`);
  }
  const all = sessions.flatMap((s) => s.steps.map((st) => st.ms));
  if (sessions.length < repeats && Date.now() >= deadline)
    problems.add(`time budget used up after ${sessions.length} of ${repeats}`);
  return {
    sessions: sessions.length,
    steps: all.length,
    how: sessions[0]?.how ?? null,
    openMs: median(sessions.filter((s) => !s.warm).map((s) => s.openMs)),
    warmOpenMs: median(sessions.filter((s) => s.warm).map((s) => s.openMs)),
    stepMs: median(all),
    maxStepMs: all.length ? Math.max(...all) : NaN,
    stepsOverFrame: all.filter((ms) => ms > FRAME_MS).length,
    problems: [...problems],
  };
}
