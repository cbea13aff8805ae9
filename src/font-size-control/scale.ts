/**
 * Scales the text of a target and of everything in it by one factor, whatever sets the sizes: inherited
 * or relative sizes, inline px/pt, `<font size>`, stylesheet rules with `!important`, later content.
 *
 * The factor lives in one custom property on the target, `--portal-text-scale`. Every element whose size
 * does not follow its parent's gets `font-size: calc(<its own px> * var(--portal-text-scale)) !important`
 * (and the same for a px line height), found by one trial: the sizes are read at the factor 1 and at
 * `TRIAL`, and whatever did not double is written. A step then changes that one property, and the page
 * relays out as after a plain font-size change. At 100 %, or when the last control lets go, each element
 * written gets its `style` attribute back as it was, byte for byte. While scaled, the target also lets a
 * word longer than its line break (`overflow-wrap: anywhere`), so that no table grows past a phone's width.
 *
 * Why not CSS `zoom`: it also enlarges fixed widths (a 450 px box becomes 900 px at 200 %, sideways
 * scrolling on a phone) and margins. Why not rewriting every descendant: on a px theme most elements
 * inherit, and the trial leaves them untouched.
 */
const VAR = '--portal-text-scale';
const TRIAL = 2;
/** Elements that hold no text to scale: left unwritten, which saves work (writing them would do no harm). */
const SKIP = /^(BR|IMG|HR|WBR|VIDEO|IFRAME|CANVAS|SCRIPT|STYLE|TEMPLATE)$/;

/** An element written to: its `style` attribute before, and right after, the rewrite. */
type Saved = [before: string | null, after: string | null];

interface Scaled {
  users: Set<object>;
  saved: Map<HTMLElement, Saved>;
  observer: MutationObserver;
}

const scaled = new WeakMap<HTMLElement, Scaled>();

/** Font size and line height in px; the line height is NaN for `normal` or a plain number, which follow. */
function measure({ fontSize, lineHeight }: CSSStyleDeclaration): [number, number] {
  return [parseFloat(fontSize), lineHeight.endsWith('px') ? parseFloat(lineHeight) : NaN];
}

/** Whether a length read at the factor 1 and at `TRIAL` grew with the factor (within 1 %). */
const follows = (base: number, trial: number) => Math.abs(trial - base * TRIAL) <= 0.01 * base;

/** A length that follows the factor. */
const scaledPx = (px: number) => `calc(${px}px * var(${VAR}))`;

/**
 * Writes each declaration with `!important`, remembering the style as the page had it. Called while the
 * target does not hold the factor, so what is remembered never includes it.
 */
function write(el: HTMLElement, saved: Map<HTMLElement, Saved>, declarations: [property: string, value: string][]) {
  const before = saved.has(el) ? saved.get(el)![0] : el.getAttribute('style');
  for (const [property, value] of declarations) el.style.setProperty(property, value, 'important');
  saved.set(el, [before, el.getAttribute('style')]);
}

/**
 * Finds which of `elements` do not follow the target's factor, and writes their sizes. The first time,
 * `elements` starts with the target, whose own font size is written first; later, the factor 1 shows
 * every size as the page has it.
 */
function adopt(target: HTMLElement, saved: Map<HTMLElement, Saved>, elements: HTMLElement[], factor: string) {
  const { style } = target;
  const first = !saved.has(target);
  if (!first) style.setProperty(VAR, '1');
  // Computed styles are live: the same objects are read again at the trial factor.
  const computed = elements.map((el) => getComputedStyle(el));
  const base = computed.map(measure);
  // A word longer than the line may break, rather than widen a table past a phone's screen at 200 %.
  if (first)
    write(target, saved, [
      ['font-size', scaledPx(base[0][0])],
      ['overflow-wrap', 'anywhere'],
    ]);
  style.setProperty(VAR, `${TRIAL}`);
  const trial = computed.map(measure);
  style.removeProperty(VAR);
  elements.forEach((el, i) => {
    const [size, line] = base[i];
    const lengths: [string, string][] = [];
    if (el !== target && !follows(size, trial[i][0])) lengths.push(['font-size', scaledPx(size)]);
    if (!isNaN(line) && !follows(line, trial[i][1])) lengths.push(['line-height', scaledPx(line)]);
    if (lengths.length) write(el, saved, lengths);
  });
  style.setProperty(VAR, factor);
}

/** The elements in `nodes` and below them that may need their sizes written. */
function candidates(nodes: Iterable<Node>, saved: Map<HTMLElement, Saved>): HTMLElement[] {
  const found = new Set<HTMLElement>();
  const add = (el: Element) => {
    if (el instanceof HTMLElement && !SKIP.test(el.tagName) && !saved.has(el)) found.add(el);
  };
  for (const node of nodes) {
    if (!(node instanceof Element)) continue;
    add(node);
    for (const el of node.querySelectorAll('*')) add(el);
  }
  return [...found];
}

/** Sets `target`'s text to `percent` % of its own size on behalf of `user`; 100 lets go. */
export function scaleTarget(target: HTMLElement, user: object, percent: number): void {
  if (percent === 100) return releaseTarget(target, user);
  const factor = `${percent / 100}`;
  const existing = scaled.get(target);
  if (existing) {
    existing.users.add(user);
    target.style.setProperty(VAR, factor);
    return;
  }
  const saved = new Map<HTMLElement, Saved>();
  // Content that arrives later (a loaded body, injected related news) is measured and written the same way.
  const observer = new MutationObserver((records) => {
    const added = records.flatMap((r) => [...r.addedNodes]).filter((n) => n.isConnected && target.contains(n));
    const elements = candidates(added, saved);
    if (elements.length) adopt(target, saved, elements, target.style.getPropertyValue(VAR));
  });
  const entry: Scaled = { users: new Set([user]), saved, observer };
  scaled.set(target, entry);
  adopt(target, saved, [target, ...candidates(target.children, saved)], factor);
  observer.observe(target, { childList: true, subtree: true });
}

/** Stops scaling for `user`; the last user gives every element written its `style` attribute back. */
export function releaseTarget(target: HTMLElement, user: object): void {
  const entry = scaled.get(target);
  if (!entry?.users.delete(user) || entry.users.size) return;
  scaled.delete(target);
  entry.observer.disconnect();
  target.style.removeProperty(VAR);
  for (const [el, [before, after]] of entry.saved) {
    if (el.getAttribute('style') === after) {
      if (before === null) el.removeAttribute('style');
      else el.setAttribute('style', before);
      continue;
    }
    // The page changed that style since: keep its change, and put back only the two sizes as they were.
    const { style } = Object.assign(document.createElement('p'), { style: before ?? '' });
    for (const property of ['font-size', 'line-height', 'overflow-wrap'])
      el.style.setProperty(property, style.getPropertyValue(property), style.getPropertyPriority(property));
  }
}
