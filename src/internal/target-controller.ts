import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { closestComposed } from './dom.js';
import { findTarget } from './target.js';

/** A control that acts on another element, named by its `for` id or found through `<news-article>`. */
export interface TargetHost extends ReactiveControllerHost, HTMLElement {
  for: string;
}

type OnChange = (next: HTMLElement | null, previous: HTMLElement | null) => void;

/** Connected controllers: one set of document listeners serves them all, not a set per instance. */
const live = new Set<TargetController>();
const refreshAll = () => live.forEach((controller) => controller.refresh());
const watched = new WeakSet<Document>();
let awaitingArticle = false;

/**
 * Follows a control's target (see `findTarget`). The target may appear after the control does, so the
 * lookup is retried after every update of the host (a new `for`), when the document finishes parsing,
 * once `<news-article>` is defined and has rendered, and whenever an article fires `news-article-load`.
 * `onChange` hears each change, including `null` when the host leaves the document.
 */
export class TargetController implements ReactiveController {
  #host: TargetHost;
  #onChange: OnChange;
  #target: HTMLElement | null = null;

  constructor(host: TargetHost, onChange: OnChange) {
    this.#host = host;
    this.#onChange = onChange;
    host.addController(this);
  }

  /** The current target, or null while there is none. */
  get target(): HTMLElement | null {
    return this.#target;
  }

  hostConnected(): void {
    const doc = this.#host.ownerDocument;
    // Listeners added per instance cost more with each one (the browser checks the list for duplicates).
    if (!watched.has(doc)) {
      watched.add(doc);
      doc.addEventListener('news-article-load', refreshAll);
      // Never fired once the document is parsed, so it can always be listened for.
      doc.addEventListener('DOMContentLoaded', refreshAll, { once: true });
    }
    if (!awaitingArticle && !customElements.get('news-article')) {
      awaitingArticle = true;
      customElements.whenDefined('news-article').then(() => {
        for (const controller of live) {
          const article = closestComposed<HTMLElement & { updateComplete?: Promise<unknown> }>(
            controller.#host,
            'news-article',
          );
          void Promise.resolve(article?.updateComplete).then(() => controller.refresh());
        }
      });
    }
    live.add(this);
    this.refresh();
  }

  hostUpdated(): void {
    this.refresh();
  }

  hostDisconnected(): void {
    live.delete(this);
    this.#set(null);
  }

  /** Looks the target up again and reports it if it changed. */
  refresh(): void {
    if (live.has(this)) this.#set(findTarget(this.#host, this.#host.for));
  }

  #set(next: HTMLElement | null) {
    const previous = this.#target;
    if (next === previous) return;
    this.#target = next;
    this.#onChange(next, previous);
  }
}
