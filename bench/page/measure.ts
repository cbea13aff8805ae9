// Runs inside the benchmark pages (bundled by esbuild, loaded before anything is timed). Each
// bench* function returns plain numbers the Node side collects; timing uses performance.now().

type Ready = Element & { updateComplete?: Promise<unknown>; componentOnReady?: () => Promise<unknown> };

const frame = () => new Promise<number>((done) => requestAnimationFrame(done));
const twoFrames = async () => {
  await frame();
  await frame();
};
const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));
const forceLayout = () => document.body.offsetHeight;

function config<T>(): T {
  return JSON.parse(document.getElementById('bench-config')?.textContent ?? '{}') as T;
}

/** Every element under `root` (not `root` itself), descending into open shadow roots, its own included. */
function deepElements(root: ParentNode, visit: (el: Element) => void) {
  if (root instanceof Element && root.shadowRoot) deepElements(root.shadowRoot, visit);
  const walker = document.createTreeWalker(root as Node, NodeFilter.SHOW_ELEMENT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const el = node as Element;
    visit(el);
    if (el.shadowRoot) deepElements(el.shadowRoot, visit);
  }
}

/** Waits until every Lit (updateComplete) or Stencil (componentOnReady) element in `root` is done. */
export async function settle(root: ParentNode) {
  for (let pass = 0; pass < 5; pass++) {
    const pending: Promise<unknown>[] = [];
    const visit = (el: Element) => {
      if (!el.localName.includes('-')) return;
      const ready = el as Ready;
      if (ready.updateComplete) pending.push(ready.updateComplete);
      else if (typeof ready.componentOnReady === 'function') pending.push(ready.componentOnReady());
    };
    if (root instanceof Element) visit(root);
    deepElements(root, visit);
    const results = await Promise.all(pending);
    // Lit resolves false when another update was queued meanwhile: look again.
    if (!results.includes(false)) return;
  }
}

function rendered(el: Element) {
  if (!el.matches(':defined')) return false;
  return el.shadowRoot ? el.shadowRoot.childNodes.length > 0 : el.childNodes.length > 0;
}

/**
 * Render benchmark: the page already holds the instances (undefined, as a server sends them).
 * Times import (fetch, compile, define, upgrade) + first render of all of them + one forced layout.
 */
async function benchRender() {
  const { module, tags } = config<{ module: string; tags: string[] }>();
  const container = document.getElementById('bench') as HTMLElement;
  const instances = [...container.querySelectorAll(tags.join(','))];
  forceLayout();
  await twoFrames();

  const t0 = performance.now();
  await import(module);
  const tImported = performance.now();
  await settle(container);
  let polled = 0;
  while (!instances.every(rendered) && polled < 300) {
    polled++;
    await frame();
  }
  forceLayout();
  const t1 = performance.now();
  await twoFrames();
  const t2 = performance.now();
  return {
    totalMs: t1 - t0,
    importMs: tImported - t0,
    framedMs: t2 - t0,
    instances: instances.length,
    rendered: instances.filter(rendered).length,
    polledFrames: polled,
  };
}

/** The interactive part of a control: its button/switch/checkbox, else the host itself. */
function control(host: Element): HTMLElement {
  const inner = host.shadowRoot?.querySelector<HTMLElement>(
    'button, [role="switch"], [role="button"], input[type="checkbox"]',
  );
  return inner ?? (host as HTMLElement);
}

/**
 * Times one user toggle of `<abbr-toggle>` over the article: from the click to the last DOM change
 * it causes (the element may work in chunks), and to the second frame after that change.
 */
async function timeToggle(host: Element, article: HTMLElement) {
  let last = NaN;
  let batches = 0;
  let frameAfter = NaN;
  const observer = new MutationObserver(() => {
    last = performance.now();
    batches++;
    const stamp = last;
    requestAnimationFrame(() =>
      requestAnimationFrame((now) => {
        if (stamp === last) frameAfter = now;
      }),
    );
  });
  observer.observe(article, { subtree: true, childList: true, characterData: true, attributes: true });
  const button = control(host);
  const t0 = performance.now();
  button.click();
  // Quiet for 200 ms (after at least two frames) means done; give up after 15 s.
  for (;;) {
    await twoFrames();
    await sleep(50);
    const now = performance.now();
    if (batches > 0 && now - last > 200 && Number.isFinite(frameAfter)) break;
    if (now - t0 > 15_000) break;
  }
  observer.disconnect();
  await settle(host);
  return { ms: last - t0, toFrameMs: frameAfter - t0, batches };
}

/** The floor: one TreeWalker pass over every text node, matching the same abbreviations. */
function treeWalkerPass(article: HTMLElement, pattern: RegExp) {
  const t0 = performance.now();
  const walker = document.createTreeWalker(article, NodeFilter.SHOW_TEXT);
  let matches = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.nodeValue ?? '';
    pattern.lastIndex = 0;
    while (pattern.exec(text)) matches++;
  }
  return { ms: performance.now() - t0, matches };
}

/** The frame floor: from a change that lays the whole article out again (font size +1 %) to the second frame. */
async function relayoutPass(article: HTMLElement) {
  const t0 = performance.now();
  article.style.fontSize = '101%';
  await frame();
  const t1 = await frame();
  article.style.removeProperty('font-size');
  if (!article.getAttribute('style')) article.removeAttribute('style');
  await twoFrames();
  return t1 - t0;
}

async function benchAbbr(floorFirst: boolean, warm = false) {
  const { module, abbreviations } = config<{ module: string; abbreviations: string[] }>();
  await import(module);
  const host = document.querySelector('abbr-toggle') as Element;
  const article = document.getElementById('article') as HTMLElement;
  await settle(document.body);
  forceLayout();
  await twoFrames();
  if (warm) {
    // As a mouse user's pointer rests on the button before clicking: an element that loads code on
    // first use may fetch it now, ahead of the click.
    control(host).dispatchEvent(new PointerEvent('pointerover', { bubbles: true, composed: true }));
    await sleep(800);
  }
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${abbreviations.join('|')})(?![\\p{L}\\p{N}])`, 'gu');
  const before = article.innerHTML;
  const existingAbbr = article.querySelectorAll('abbr').length;
  const floor = floorFirst ? treeWalkerPass(article, pattern) : null;
  if (floor) await twoFrames();
  const on = await timeToggle(host, article);
  const abbrWhileOn = article.querySelectorAll('abbr').length - existingAbbr;
  const off = await timeToggle(host, article);
  const restored = article.innerHTML === before;
  await twoFrames();
  const floorAfter = floor ?? treeWalkerPass(article, pattern);
  const relayoutMs = await relayoutPass(article);
  const words = article.textContent?.split(/\s+/).length ?? 0;
  return { floor: floorAfter, relayoutMs, on, off, abbrWhileOn, restored, words };
}

/** The elements under `root` with text of their own, and a count of those grown `factor` times (±2 %). */
function texts(root: Element) {
  const own = [...root.querySelectorAll('*')].filter((el) =>
    [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.nodeValue!.trim()),
  );
  const size = (el: Element) => parseFloat(getComputedStyle(el).fontSize);
  const before = own.map(size);
  return {
    count: own.length,
    grew: (f: number) => own.filter((el, i) => Math.abs(size(el) / (before[i] * f) - 1) <= 0.02).length,
  };
}

/**
 * Text size. On the px article: a plain font-size change on the article's root (+10 %, what grows is
 * counted), then two A+ presses of `<font-size-control>`, each timed from the click to the article laid
 * out again, then A (100 %), which must give the article back exactly. On the floor page (relative sizes)
 * only the plain change, which grows every text there.
 */
async function benchTextSize(floorPage: boolean) {
  const { module } = config<{ module: string }>();
  await import(module);
  const article = document.getElementById('article') as HTMLElement;
  await settle(document.body);
  forceLayout();
  await twoFrames();
  const before = article.outerHTML;
  const measured = texts(article);
  const t0 = performance.now();
  article.style.fontSize = '110%';
  forceLayout();
  const plainMs = performance.now() - t0;
  const grewPlain = measured.grew(1.1);
  // Read first: Chromium and WebKit otherwise write the emptied inline style back as style="" later.
  article.getAttribute('style');
  article.removeAttribute('style');
  forceLayout();
  await twoFrames();
  const words = article.textContent?.split(/\s+/).length ?? 0;
  const spans = article.querySelectorAll('span[style]').length;
  if (floorPage) return { plainMs, grewPlain, texts: measured.count, words };
  const host = document.querySelector('font-size-control') as Element & { updateComplete: Promise<unknown> };
  const press = async (part: string) => {
    const button = host.shadowRoot!.querySelector<HTMLElement>(`[part~=${part}]`)!;
    const start = performance.now();
    button.click();
    await host.updateComplete;
    forceLayout();
    const ms = performance.now() - start;
    await twoFrames();
    return ms;
  };
  const firstMs = await press('increase');
  const grewOurs = measured.grew(1.1);
  const nextMs = await press('increase');
  await press('reset');
  const restored = article.outerHTML === before;
  return { plainMs, grewPlain, firstMs, nextMs, grewOurs, restored, texts: measured.count, words, spans };
}

/** Visible text and names under `root` (through shadow roots): changes when the calendar moves. */
function signature(root: ParentNode) {
  const parts: string[] = [];
  deepElements(root, (el) => {
    if (el.childElementCount === 0 && el.textContent) parts.push(el.textContent.trim());
    const label = el.getAttribute('aria-label');
    if (label) parts.push(label);
  });
  return parts.join('|');
}

let pendingStep: Promise<{ ms: number; changed: boolean }> | null = null;

function dialogOpen() {
  let open = false;
  deepElements(document.querySelector('date-search') as Element, (el) => {
    if (el.localName === 'dialog') open ||= (el as HTMLDialogElement).open;
    else if (el.getAttribute('role') === 'dialog') open ||= el.getClientRects().length > 0;
  });
  return open;
}

/** Resolves once the calendar dialog is open (watching the element's shadow DOM), or after 5 s. */
function dialogOpened(host: Element) {
  return new Promise<void>((done) => {
    if (dialogOpen()) return done();
    const observer = new MutationObserver(() => {
      if (!dialogOpen()) return;
      observer.disconnect();
      done();
    });
    observer.observe(host.shadowRoot ?? host, { subtree: true, childList: true, attributes: true });
    setTimeout(() => {
      observer.disconnect();
      done();
    }, 5000);
  });
}

/**
 * Arms a one-shot timer: the next `type` event (captured on window, before the element sees it)
 * starts it; it stops once the date-search has settled after that event and style and layout are
 * done. A step is timed from where the event bubbles back to window (after the element's handlers,
 * in the same task), so the time is the step's own main-thread work, not the wait for the next frame
 * that a timer would add; if the element stops the event, a timer takes over. With `untilOpen`
 * (opening, which may fetch the lazily loaded calendar module) it also waits for the dialog to be open.
 */
function armStep(type: string, untilOpen = false) {
  const host = document.querySelector('date-search') as Element;
  const before = signature(host);
  pendingStep = new Promise((done) => {
    let t0 = 0;
    let finished = false;
    const finish = async () => {
      if (finished) return;
      finished = true;
      window.removeEventListener(type, afterHandlers);
      if (untilOpen) await dialogOpened(host);
      await settle(host);
      forceLayout();
      const ms = performance.now() - t0;
      done({ ms, changed: signature(host) !== before });
    };
    const afterHandlers = () => void finish();
    window.addEventListener(
      type,
      () => {
        t0 = performance.now();
        window.addEventListener(type, afterHandlers, { once: true });
        setTimeout(() => void finish());
      },
      { capture: true, once: true },
    );
  });
}

async function calendarReady() {
  const { module } = config<{ module: string }>();
  await import(module);
  await settle(document.body);
  forceLayout();
  await twoFrames();
}

/** The button that opens the calendar dialog, by its popup semantics or its name. */
function calendarButton() {
  const host = document.querySelector('date-search') as Element;
  const buttons: HTMLElement[] = [];
  deepElements(host, (el) => {
    if (el.localName === 'button' || el.getAttribute('role') === 'button') buttons.push(el as HTMLElement);
  });
  const named = (b: HTMLElement, re: RegExp) =>
    re.test(`${b.getAttribute('aria-label') ?? ''} ${b.textContent ?? ''} ${b.getAttribute('part') ?? ''}`);
  return (
    buttons.find((b) => b.getAttribute('aria-haspopup') === 'dialog') ??
    buttons.find((b) => named(b, /lịch|calendar|chọn ngày|choose date/i)) ??
    null
  );
}

/** The calendar's "next month" button, by its name. */
function nextMonthButton() {
  const host = document.querySelector('date-search') as Element;
  let found: HTMLElement | null = null;
  deepElements(host, (el) => {
    const name = `${el.getAttribute('aria-label') ?? ''} ${el.textContent ?? ''}`;
    if (!found && el.localName === 'button' && /tháng sau|tháng tới|next month/i.test(name)) found = el as HTMLElement;
  });
  return found;
}

Object.assign(window, {
  benchRender,
  benchAbbr,
  benchTextSize,
  calendarReady,
  calendarButton,
  nextMonthButton,
  armStep,
  stepResult: () => pendingStep,
  dialogOpen,
});
