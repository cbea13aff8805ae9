import { compile, find } from './matcher.js';
import { fromSpan, intoSpan, keepSelection, watchSelection } from './selection.js';

/** How expansions are shown: after every occurrence, after the first of each, or in a tooltip only. */
export type AbbrMode = 'inline' | 'first' | 'tooltip';

export interface AnnotateOptions {
  mode: AbbrMode;
  /** Abbreviation (NFC) → expansion. */
  dictionary: ReadonlyMap<string, string>;
  /** The visible text put after an abbreviation, e.g. " (Ủy ban nhân dân)". */
  expansionText: (expansion: string) => string;
}

/** Marks every element this module inserts; its value says which: `text` (the span replacing a Text node), `abbr`, `expansion`. */
export const MARK = 'data-abbr-toggle';
/** Marks an author's `<abbr>` that was given a tabindex for tooltip mode. */
export const TABINDEX_MARK = 'data-abbr-toggle-tabindex';

// Subtrees whose text is never touched: code, form fields, scripts, foreign content, opt-outs.
const SKIP_TAGS = new Set([
  'script',
  'style',
  'template',
  'noscript',
  'code',
  'kbd',
  'samp',
  'pre',
  'textarea',
  'input',
  'select',
  'option',
  'button',
  'iframe',
  'object',
  'svg',
  'math',
]);

/** Every node inserted by any annotator on the page, so that no annotator processes another's work. */
const inserted = new WeakSet<Node>();
/** Targets being annotated, so that two toggles aimed at the same element do not both wrap it. */
const busy = new WeakSet<HTMLElement>();
/** What to call when a busy target is free again (another toggle still wants it annotated). */
const waiting = new WeakMap<HTMLElement, Set<() => void>>();

/** Calls `retry` once, when the annotator now working on `target` stops. */
export function whenFree(target: HTMLElement, retry: () => void): void {
  let set = waiting.get(target);
  if (!set) waiting.set(target, (set = new Set()));
  set.add(retry);
}

/** Text we added (an expansion), as opposed to pieces of the original text. */
const isAdded = (text: Text) => text.parentElement?.getAttribute(MARK) === 'expansion';

function skipped(el: Element): boolean {
  return (
    SKIP_TAGS.has(el.localName) ||
    el.hasAttribute('contenteditable') ||
    el.hasAttribute('data-no-abbr') ||
    el.getAttribute('translate') === 'no'
  );
}

/**
 * Shows what the abbreviations in one target stand for, and takes it all back. On: one TreeWalker pass
 * collects the text, then the writes are made in one batch; each changed Text node is swapped for one
 * marked `<span>` built off-document (its pieces, abbrs and expansions) and kept, so that off puts the
 * very same node back with one DOM operation per node. Content added while on is processed too.
 */
export class Annotator {
  readonly target: HTMLElement;
  #options: AnnotateOptions;
  #dictionary = new Map<string, string>();
  #regex: RegExp | null = null;
  #replaced: Array<[Text, Element]> = [];
  #added: Element[] = [];
  #tabbed: Element[] = [];
  #seen = new Set<string>();
  #models = new Map<string, { abbr: Element; expansion: Element }>();
  #observer = new MutationObserver((records) => this.#onMutations(records));
  #running = false;

  constructor(target: HTMLElement, options: AnnotateOptions) {
    this.target = target;
    this.#options = options;
    watchSelection(target.ownerDocument);
  }

  /** Annotates the target; false when another annotator already works on it. */
  start(): boolean {
    if (this.#running || busy.has(this.target)) return false;
    busy.add(this.target);
    this.#running = true;
    this.#dictionary = new Map(this.#options.dictionary);
    // An author's <abbr title> wins over the dictionary for that abbreviation, everywhere in the target.
    for (const abbr of this.target.querySelectorAll('abbr[title]')) this.#learn(abbr);
    this.#regex = compile(this.#dictionary.keys());
    this.#process(this.target);
    this.#observer.observe(this.target, { childList: true, subtree: true, characterData: true });
    return true;
  }

  /** Puts the target back exactly as it was. */
  stop(): void {
    if (!this.#running) return;
    this.#running = false;
    busy.delete(this.target);
    this.#observer.disconnect();
    const byWrapper = new Map(this.#replaced.map(([text, wrapper]) => [wrapper, text]));
    keepSelection(
      this.target.ownerDocument,
      (node, offset) => {
        const wrapper = (node instanceof Element ? node : node.parentElement)?.closest(`[${MARK}="text"]`);
        const text = wrapper && byWrapper.get(wrapper);
        return text ? [text, fromSpan(wrapper, node, offset, isAdded)] : null;
      },
      () => {
        for (const [text, wrapper] of this.#replaced) if (wrapper.parentNode) wrapper.replaceWith(text);
      },
    );
    for (const el of this.#added) el.remove();
    for (const el of this.#tabbed) {
      el.removeAttribute('tabindex');
      el.removeAttribute(TABINDEX_MARK);
    }
    this.#replaced = [];
    this.#added = [];
    this.#tabbed = [];
    this.#seen.clear();
    this.#models.clear();
    const retries = waiting.get(this.target);
    waiting.delete(this.target);
    // Later, so that a toggle restarting with new options gets its target back first.
    if (retries) queueMicrotask(() => retries.forEach((retry) => retry()));
  }

  #learn(abbr: Element) {
    const key = abbr.textContent?.trim().normalize('NFC');
    const title = abbr.getAttribute('title')?.trim();
    if (!key || !title || this.#dictionary.get(key) === title) return;
    const known = this.#dictionary.has(key);
    this.#dictionary.set(key, title);
    this.#models.delete(key);
    // An abbreviation met first in content added later joins the matcher.
    if (!known && this.#regex) this.#regex = compile(this.#dictionary.keys());
  }

  /** Collects the text under `root` in one walk, then rewrites it in one batch. */
  #process(root: Node) {
    const found: Array<Text | Element> = [];
    const collect = (node: Node): number => {
      if (inserted.has(node)) return NodeFilter.FILTER_REJECT;
      if (node.nodeType === Node.TEXT_NODE) return NodeFilter.FILTER_ACCEPT;
      const el = node as Element;
      if (el.localName === 'abbr') {
        if (el.hasAttribute('title')) found.push(el);
        return NodeFilter.FILTER_REJECT;
      }
      return skipped(el) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_SKIP;
    };
    if (root === this.target || (root.nodeType === Node.ELEMENT_NODE && collect(root) === NodeFilter.FILTER_SKIP)) {
      const walker = root.ownerDocument!.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
        acceptNode: collect,
      });
      while (walker.nextNode()) found.push(walker.currentNode as Text);
    } else if (root.nodeType === Node.TEXT_NODE && collect(root) === NodeFilter.FILTER_ACCEPT) {
      found.push(root as Text);
    }
    if (!found.length) return;
    const writes: Array<[Text, Element]> = [];
    for (const node of found) {
      if (node.nodeType === Node.TEXT_NODE) {
        const wrapper = this.#split(node as Text);
        if (wrapper) writes.push([node as Text, wrapper]);
      } else this.#annotateOwn(node as Element);
    }
    if (!writes.length) return;
    const byText = new Map<Node, Element>(writes);
    keepSelection(
      this.target.ownerDocument,
      (node, offset) => {
        const wrapper = byText.get(node);
        return wrapper ? intoSpan(wrapper, offset, isAdded) : null;
      },
      () => {
        for (const [text, wrapper] of writes) text.replaceWith(wrapper);
      },
    );
    for (const write of writes) this.#replaced.push(write);
  }

  /** The marked span that replaces `text`, or null when it holds no abbreviation. */
  #split(text: Text): Element | null {
    const data = text.data;
    if (!this.#regex || !text.parentNode) return null;
    const matches = find(data, this.#regex);
    if (!matches.length) return null;
    const wrapper = text.ownerDocument.createElement('span');
    let at = 0;
    for (const { start, end, key } of matches) {
      const model = this.#model(key);
      if (!model) continue;
      if (start > at) wrapper.append(data.slice(at, start));
      // Cloning a prepared element is cheaper than building each one afresh.
      const abbr = model.abbr.cloneNode(false) as HTMLElement;
      abbr.append(data.slice(start, end));
      wrapper.append(abbr);
      if (this.#showsInline(key)) wrapper.append(model.expansion.cloneNode(true));
      at = end;
    }
    if (!at) return null;
    if (at < data.length) wrapper.append(data.slice(at));
    wrapper.setAttribute(MARK, 'text');
    inserted.add(wrapper);
    return wrapper;
  }

  /** An author's own <abbr title>: give it the same visible expansion or keyboard tooltip. */
  #annotateOwn(abbr: Element) {
    this.#learn(abbr);
    const key = abbr.textContent?.trim().normalize('NFC') ?? '';
    const expansion = abbr.getAttribute('title')?.trim();
    if (!expansion) return;
    if (this.#options.mode === 'tooltip') {
      if (!abbr.hasAttribute('tabindex')) {
        abbr.setAttribute('tabindex', '0');
        abbr.setAttribute(TABINDEX_MARK, '');
        this.#tabbed.push(abbr);
      }
    } else if (this.#showsInline(key)) {
      const span = this.#expansion(expansion);
      inserted.add(span);
      abbr.after(span);
      this.#added.push(span);
    }
  }

  /** A prepared `<abbr>` (no text) and expansion for `key`, made once per abbreviation. */
  #model(key: string): { abbr: Element; expansion: Element } | null {
    let model = this.#models.get(key);
    if (!model) {
      const expansion = this.#dictionary.get(key);
      if (!expansion) return null;
      const abbr = this.target.ownerDocument.createElement('abbr');
      abbr.setAttribute(MARK, 'abbr');
      abbr.title = expansion;
      if (this.#options.mode === 'tooltip') abbr.tabIndex = 0;
      model = { abbr, expansion: this.#expansion(expansion) };
      this.#models.set(key, model);
    }
    return model;
  }

  #showsInline(key: string): boolean {
    const { mode } = this.#options;
    const first = !this.#seen.has(key);
    this.#seen.add(key);
    return mode === 'inline' || (mode === 'first' && first);
  }

  #expansion(expansion: string): Element {
    const span = this.target.ownerDocument.createElement('span');
    span.setAttribute(MARK, 'expansion');
    // Text, never markup: a dictionary entry holding tags shows them as typed.
    span.textContent = this.#options.expansionText(expansion);
    return span;
  }

  #onMutations(records: MutationRecord[]) {
    if (!this.#running) return;
    const roots = new Set<Node>();
    for (const record of records) {
      if (record.type === 'characterData') roots.add(record.target);
      else for (const node of record.addedNodes) roots.add(node);
    }
    for (const node of roots) {
      if (inserted.has(node) || !node.isConnected || !this.target.contains(node) || this.#insideSkipped(node)) continue;
      this.#process(node);
    }
    // Our own writes are not news.
    this.#observer.takeRecords();
  }

  #insideSkipped(node: Node): boolean {
    for (let el = node.parentElement; el && el !== this.target; el = el.parentElement) {
      if (inserted.has(el) || el.localName === 'abbr' || skipped(el)) return true;
    }
    return false;
  }
}
