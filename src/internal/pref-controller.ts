import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { readPref, subscribePref, writePref } from './prefs.js';

export interface PrefOptions<T> {
  /** The storage key in force (an element's `storage-key`, or its default). */
  key: () => string;
  /** The element's current value of the preference. */
  get: () => T;
  /** Applies a stored value to the element. */
  set: (value: T) => void;
  /** Whether a stored value (JSON from storage, maybe another version's) is usable. */
  accept: (stored: unknown) => stored is T;
}

/**
 * Keeps an element's reader preference in step with the preference store: a stored value wins over
 * the page's, a change here or in another tab reaches every element under the same key, and when the
 * preference is cleared the element goes back to the value the page gave it.
 */
export class PrefController<T> implements ReactiveController {
  #options: PrefOptions<T>;
  #host: ReactiveControllerHost & HTMLElement;
  #key = '';
  #unsubscribe?: () => void;
  #pageValue?: T;

  constructor(host: ReactiveControllerHost & HTMLElement, options: PrefOptions<T>) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  hostConnected(): void {
    this.listen();
  }

  hostDisconnected(): void {
    this.#unsubscribe?.();
    this.#key = '';
  }

  /** Follows the key in force; call again when the key may have changed (e.g. in `willUpdate`). */
  listen(): void {
    const key = this.#options.key();
    if (key === this.#key || !this.#host.isConnected) return;
    this.#unsubscribe?.();
    this.#key = key;
    this.#pageValue ??= this.#options.get();
    this.#unsubscribe = subscribePref(key, (stored) => this.#apply(stored === undefined ? this.#pageValue : stored));
    this.#apply(readPref(key));
  }

  /** Stores the element's value after a reader's choice, telling every other element and tab. */
  write(value: T): void {
    writePref(this.#key || this.#options.key(), value);
  }

  #apply(stored: unknown) {
    if (this.#options.accept(stored)) this.#options.set(stored);
  }
}
