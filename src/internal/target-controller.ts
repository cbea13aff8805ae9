import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { closestComposed } from './dom.js';
import { findTarget } from './target.js';

/** A control that acts on another element, named by its `for` id or found through `<news-article>`. */
export interface TargetHost extends ReactiveControllerHost, HTMLElement {
  for: string;
}

type OnChange = (next: HTMLElement | null, previous: HTMLElement | null) => void;

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
  /** Present while the host is connected; aborting it removes the document listeners. */
  #listening?: AbortController;

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
    const { signal } = (this.#listening = new AbortController());
    doc.addEventListener('news-article-load', this.refresh, { signal });
    // Never fired once the document is parsed, so it can always be listened for.
    doc.addEventListener('DOMContentLoaded', this.refresh, { signal, once: true });
    if (!customElements.get('news-article')) {
      customElements.whenDefined('news-article').then(async () => {
        await closestComposed<HTMLElement & { updateComplete?: Promise<unknown> }>(this.#host, 'news-article')
          ?.updateComplete;
        this.refresh();
      });
    }
    this.refresh();
  }

  hostUpdated(): void {
    this.refresh();
  }

  hostDisconnected(): void {
    this.#listening?.abort();
    this.#listening = undefined;
    this.#set(null);
  }

  /** Looks the target up again and reports it if it changed. */
  refresh = (): void => {
    if (this.#listening) this.#set(findTarget(this.#host, this.#host.for));
  };

  #set(next: HTMLElement | null) {
    const previous = this.#target;
    if (next === previous) return;
    this.#target = next;
    this.#onChange(next, previous);
  }
}
