import { compile, find } from './matcher.js';
import { fromSpan, intoSpan, keepSelection, watchSelection } from './selection.js';
import { written } from './written.js';

/** How expansions are shown: after every occurrence, after the first of each, or in a tooltip only. */
export type AbbrMode = 'inline' | 'first' | 'tooltip';

/** Marks every element this module inserts; its value says which: `text` (the span replacing a Text node), `abbr`, `expansion`. */
const MARK = 'data-abbr-toggle';
/** Marks an author's `<abbr>` that was made a toggletip for tooltip mode. */
const TABINDEX_MARK = 'data-abbr-toggle-tabindex';
/** What makes an `<abbr>` a toggletip; its title stays its description, which screen readers say on focus. */
const TOGGLETIP = [
  ['tabindex', '0'],
  ['role', 'button'],
  ['aria-expanded', 'false'],
];
const toggletip = (abbr: Element) => TOGGLETIP.forEach(([name, value]) => abbr.setAttribute(name, value));

// Subtrees whose text is never touched: code, form fields, scripts, foreign content, existing abbrs.
const SKIP_TAGS = new Set(
  'script style template noscript code kbd samp pre textarea input select option button iframe object svg math abbr'.split(
    ' ',
  ),
);
// What the walker shows (SHOW_ELEMENT | SHOW_TEXT).
const ELEMENTS_AND_TEXT = 5;

/** Prepared nodes per abbreviation: an empty `<abbr>`, the `<abbr>` with its text, and the expansion. */
interface Model {
  abbr: Element;
  whole: Element;
  expansion: Element;
}

/** Every element inserted by any annotator on the page, so that no annotator processes another's work. */
const inserted = new WeakSet<Node>();
/** Targets being annotated, each with what to call when it is free again (another toggle still wants it). */
const busy = new WeakMap<HTMLElement, Set<() => void>>();

/** Whether the text under `el` is left alone: inserted by us, skipped tags, opt-outs. */
const skipped = (el: Element, name = el.localName) =>
  inserted.has(el) ||
  SKIP_TAGS.has(name) ||
  // Most elements have no attribute at all: one call then answers for the three.
  (el.hasAttributes() &&
    (el.hasAttribute('contenteditable') || el.hasAttribute('data-no-abbr') || el.getAttribute('translate') == 'no'));

/**
 * Shows what the abbreviations in one target stand for, and takes it all back. On: one TreeWalker pass
 * collects the text, then the writes are made in one batch; each changed Text node is swapped for one
 * marked `<span>` built off-document (its pieces, abbrs and expansions) and kept, so that off puts the
 * very same node back with one DOM operation per node. Content added while on is processed too.
 */
export class Annotator {
  readonly target: HTMLElement;
  #mode: AbbrMode;
  /** Abbreviation (NFC) → expansion; the annotator's own copy, which the content's `<abbr title>`s update. */
  #dictionary: Map<string, string>;
  /** The visible text put after an abbreviation, e.g. " (Ủy ban nhân dân)". */
  #text: (expansion: string) => string;
  /** Undefined until started; null while there is nothing to find. */
  #regex?: RegExp | null;
  /** Each inserted span → the Text node it replaced. */
  #replaced = new Map<Element, Text>();
  /** What else to undo when stopping (expansions after an author's abbr, tabindexes given). */
  #undo: Array<() => void> = [];
  /** Toggles waiting for this target; also marks this annotator as the one working on it. */
  #waiting = new Set<() => void>();
  /** Abbreviations met so far, in first and tooltip modes. */
  #seen = new Set<string>();
  /** A prepared `<abbr>` (no text) and expansion per abbreviation, cloned for each occurrence. */
  #models = new Map<string, Model>();
  /** The marked span, empty, cloned for each Text node that holds an abbreviation. */
  #span?: Element;
  #observer = new MutationObserver((records) => this.#onMutations(records));

  constructor(target: HTMLElement, mode: AbbrMode, dictionary: Map<string, string>, text: (e: string) => string) {
    this.target = target;
    this.#mode = mode;
    this.#dictionary = dictionary;
    this.#text = text;
  }

  /** Annotates the target; false when another annotator already works on it (`onFree` is then called once it stops). */
  start(onFree: () => void): boolean {
    const { target } = this;
    const waiting = busy.get(target);
    if (waiting) {
      waiting.add(onFree);
      return false;
    }
    busy.set(target, this.#waiting);
    watchSelection(target.ownerDocument);
    // An author's <abbr title> anywhere on the page (a headline, a summary) wins over the dictionary for
    // that abbreviation; those an annotator inserted are not the author's.
    for (const abbr of target.ownerDocument.querySelectorAll(`abbr[title]:not([${MARK}])`)) this.#learn(abbr);
    this.#regex = compile(this.#dictionary.keys());
    this.#process(target);
    this.#observer.observe(target, { childList: true, subtree: true, characterData: true });
    return true;
  }

  /** Puts the target back exactly as it was. */
  stop(): void {
    const { target } = this;
    if (busy.get(target) !== this.#waiting) return;
    busy.delete(target);
    this.#observer.disconnect();
    const replaced = this.#replaced;
    keepSelection(
      target.ownerDocument,
      (node, offset) => {
        const span = (node instanceof Element ? node : node.parentElement)?.closest(`[${MARK}=text]`);
        const text = span && replaced.get(span);
        return text ? [text, fromSpan(span, node, offset)] : null;
      },
      () => {
        for (const [span, text] of replaced) if (span.parentNode) span.replaceWith(text);
      },
    );
    for (const undo of this.#undo) undo();
    const waiting = this.#waiting;
    // Later, so that a toggle restarting with new options gets its target back first.
    if (waiting.size) queueMicrotask(() => waiting.forEach((retry) => retry()));
  }

  /** Takes an author's `<abbr title>` into the dictionary; returns its abbreviation. */
  #learn(abbr: Element): string {
    const key = abbr.textContent!.trim().normalize();
    const title = abbr.getAttribute('title')!.trim();
    if (key && title && this.#dictionary.get(key) !== title) {
      const known = this.#dictionary.has(key);
      this.#dictionary.set(key, title);
      this.#models.delete(key);
      // An abbreviation met first in content added later joins the matcher.
      if (!known && this.#regex !== undefined) this.#regex = compile(this.#dictionary.keys());
    }
    return key;
  }

  /** Collects the text under `root` in one walk, then rewrites it in one batch. */
  #process(root: Node) {
    const found: Node[] = [];
    /** The authors' `<abbr title>`s among what is found (the rest are Text nodes). */
    const own = new Set<Node>();
    /** Takes what `node` has to process; false when the walk skips what is inside it. */
    const enter = (node: Node) => {
      const type = node.nodeType;
      if (type == 3) {
        found.push(node);
        return true;
      }
      if (type != 1) return false;
      const el = node as Element;
      const name = el.localName;
      if (name == 'abbr' && el.hasAttribute('title')) {
        found.push(el);
        own.add(el);
      }
      return !skipped(el, name);
    };
    if (root === this.target || enter(root)) {
      // No filter: the walker calling script back for every node costs more than stepping past a subtree here.
      const walker = this.target.ownerDocument.createTreeWalker(root, ELEMENTS_AND_TEXT);
      let node = walker.nextNode();
      while (node)
        if (enter(node)) node = walker.nextNode();
        else {
          node = walker.nextSibling();
          while (!node && walker.parentNode()) node = walker.nextSibling();
        }
    }
    // Each Text node to replace, then its span: a flat list, looked through only when there is a selection.
    const writes: Node[] = [];
    for (const node of found) {
      if (own.has(node)) this.#annotateOwn(node as Element);
      else {
        const span = this.#split(node as Text);
        if (span) writes.push(node, span);
      }
    }
    if (!writes.length) return;
    keepSelection(
      this.target.ownerDocument,
      (node, offset) => {
        const at = writes.indexOf(node);
        return at < 0 || at & 1 ? null : intoSpan(writes[at + 1] as Element, offset);
      },
      () => {
        for (let i = 0; i < writes.length; i += 2) {
          const text = writes[i] as Text;
          const span = writes[i + 1] as Element;
          text.replaceWith(span);
          this.#replaced.set(span, text);
        }
      },
    );
  }

  /** The marked span that replaces `text`, or null when it holds no abbreviation. */
  #split(text: Text): Element | null {
    const data = text.data;
    const matches = this.#regex ? find(data, this.#regex) : [];
    if (!matches.length) return null;
    if (!this.#span) {
      this.#span = text.ownerDocument.createElement('span');
      this.#span.setAttribute(MARK, 'text');
    }
    const span = this.#span.cloneNode() as Element;
    // Gathered first and appended in one call: one DOM operation per text rather than one per piece.
    const parts: Array<Node | string> = [];
    let at = 0;
    for (let i = 0; i < matches.length; i += 3) {
      const start = matches[i] as number;
      const end = matches[i + 1] as number;
      const key = matches[i + 2] as string;
      const model = this.#model(key);
      if (start > at) parts.push(data.slice(at, start));
      const first = this.#first(key);
      const inline =
        (this.#mode == 'inline' || (first && this.#mode == 'first')) &&
        !written(text, start, end, this.#dictionary.get(key)!, this.target);
      // Cloning prepared nodes is cheaper than building each one afresh; the abbreviation as written in
      // NFC (nearly always) comes with its text.
      const whole = end - start == key.length && data.startsWith(key, start);
      const abbr = (whole ? model.whole : model.abbr).cloneNode(whole) as Element;
      if (!whole) abbr.append(data.slice(start, end));
      if (first && this.#mode == 'tooltip') toggletip(abbr);
      parts.push(abbr);
      if (inline) parts.push(model.expansion.cloneNode(true));
      at = end;
    }
    if (at < data.length) parts.push(data.slice(at));
    span.append(...parts);
    inserted.add(span);
    return span;
  }

  /** An author's own <abbr title>: give it the same visible expansion or keyboard toggletip. */
  #annotateOwn(abbr: Element) {
    const key = this.#learn(abbr);
    const title = abbr.getAttribute('title')!.trim();
    if (!title) return;
    const first = this.#first(key);
    if (this.#mode == 'tooltip') {
      // One the author made focusable, or gave a role, is left as it is.
      if (first && !abbr.hasAttribute('tabindex') && !abbr.hasAttribute('role')) {
        toggletip(abbr);
        abbr.setAttribute(TABINDEX_MARK, '');
        this.#undo.push(() => {
          for (const [name] of TOGGLETIP) abbr.removeAttribute(name);
          abbr.removeAttribute(TABINDEX_MARK);
        });
      }
    } else if ((this.#mode == 'inline' || first) && !written(abbr, 0, 0, title, this.target)) {
      const span = this.#expansion(title);
      abbr.after(span);
      this.#undo.push(() => span.remove());
    }
  }

  #model(key: string): Model {
    let model = this.#models.get(key);
    if (!model) {
      const doc = this.target.ownerDocument;
      const expansion = this.#dictionary.get(key)!;
      const abbr = doc.createElement('abbr');
      abbr.setAttribute(MARK, 'abbr');
      abbr.title = expansion;
      const whole = abbr.cloneNode() as Element;
      whole.textContent = key;
      this.#models.set(key, (model = { abbr, whole, expansion: this.#expansion(expansion) }));
    }
    return model;
  }

  /**
   * Whether this occurrence is the first of `key` (not counted in inline mode): the one that shows its
   * expansion in first mode, and the one keyboard users reach in tooltip mode.
   */
  #first(key: string): boolean {
    if (this.#mode == 'inline' || this.#seen.has(key)) return false;
    this.#seen.add(key);
    return true;
  }

  #expansion(expansion: string): Element {
    const span = this.target.ownerDocument.createElement('span');
    span.setAttribute(MARK, 'expansion');
    // Text, never markup: a dictionary entry holding tags shows them as typed.
    span.textContent = this.#text(expansion);
    inserted.add(span);
    return span;
  }

  #onMutations(records: MutationRecord[]) {
    const roots = new Set<Node>();
    for (const record of records) {
      if (record.type == 'characterData') roots.add(record.target);
      else record.addedNodes.forEach((node) => roots.add(node));
    }
    for (const node of roots) {
      if (node.isConnected && this.target.contains(node) && !this.#insideSkipped(node)) this.#process(node);
    }
    // Our own writes are not news.
    this.#observer.takeRecords();
  }

  #insideSkipped(node: Node): boolean {
    for (let el = node.parentElement; el && el !== this.target; el = el.parentElement) if (skipped(el)) return true;
    return false;
  }
}
