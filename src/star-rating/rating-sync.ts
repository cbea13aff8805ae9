import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { emit } from '../internal/events.js';
import { clearPref, readPref, writePref } from '../internal/prefs.js';
import type { Outcome } from './rating-send.js';

/** The numbers the Reference API answers with (`value` only after a vote). */
export interface RatingSummary {
  itemId: string;
  average: number;
  count: number;
  value?: number;
}

/** Where the visitor's vote is: not sent, on its way, recorded, kept for a retry, or refused by the server. */
export type SyncState = 'idle' | 'sending' | 'sent' | 'failed' | 'rejected';

/** What the controller reads from and writes to its element. */
export interface RatingSyncHost extends ReactiveControllerHost, HTMLElement {
  endpoint: string;
  itemId: string;
  timeout: number;
  value: number;
  max: number;
  average: number | null;
  count: number | null;
}

const pendingKey = (itemId: string) => `star-rating:pending:${itemId}`;
const voteKey = (itemId: string) => `star-rating:vote:${itemId}`;
const network = () => import('./rating-send.js');

const VOTER = /^[A-Za-z0-9_-]{8,64}$/;

/** The visitor's random, stable id, created on first use and kept in the preference store. */
function voterId(): string {
  const stored = readPref('star-rating:voter');
  if (typeof stored === 'string' && VOTER.test(stored)) return stored;
  const id =
    typeof crypto.randomUUID === 'function'
      ? crypto.randomUUID()
      : Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');
  writePref('star-rating:voter', id);
  return id;
}

function storedVote(key: string): number {
  const value = readPref(key);
  return typeof value === 'number' && Number.isInteger(value) && value > 0 ? value : 0;
}

/**
 * Sends `<star-rating>` votes to the Reference API so that none is lost and none counts twice: a vote
 * is written to the preference store before it is sent and forgotten only once the server has it;
 * it is sent again on the `online` event, on the next page load, or by `flush()`. One request at a
 * time; a vote made while another is on its way is sent after it (the newest wins, the API replaces
 * per voter).
 */
export class RatingSync implements ReactiveController {
  state: SyncState = 'idle';
  /** The server's or the network's reason for the last failure. */
  error = '';
  /** The value the server last recorded. */
  sent = 0;
  #host: RatingSyncHost;
  #key = '';
  #busy = false;
  #connected = false;
  readonly #onOnline = () => void this.flush();

  constructor(host: RatingSyncHost) {
    this.#host = host;
    host.addController(this);
  }

  hostConnected(): void {
    this.#connected = true;
    if (this.#key) window.addEventListener('online', this.#onOnline);
  }

  hostDisconnected(): void {
    this.#connected = false;
    window.removeEventListener('online', this.#onOnline);
  }

  // Starts over whenever the endpoint or the item changes: restore, then send what is pending.
  // Runs before render, so a restored vote shows in the same update.
  hostUpdate(): void {
    const { endpoint, itemId } = this.#host;
    const key = endpoint && itemId ? `${endpoint}\n${itemId}` : '';
    if (key === this.#key) return;
    this.#key = key;
    this.#set('idle');
    if (!key) return window.removeEventListener('online', this.#onOnline);
    if (this.#connected) window.addEventListener('online', this.#onOnline);
    const pending = storedVote(pendingKey(itemId));
    const own = storedVote(voteKey(itemId));
    const { max } = this.#host;
    if (pending && pending <= max) this.#host.value = pending;
    else if (own && own <= max && !this.#host.value) this.#host.value = own;
    if (pending) void this.flush();
    else void this.#load(endpoint, itemId);
  }

  /** Keeps and sends a vote the visitor just made, unless a `star-rating-submit` listener cancels it. */
  vote(value: number): void {
    const { itemId } = this.#host;
    if (!this.#key || !emit(this.#host, 'star-rating-submit', { itemId, value }, { cancelable: true })) return;
    writePref(pendingKey(itemId), value);
    void this.flush();
  }

  /** Sends the pending vote now, if there is one and nothing is on its way. */
  async flush(): Promise<void> {
    const { endpoint, itemId, timeout } = this.#host;
    const value = storedVote(pendingKey(itemId));
    if (this.#busy || !this.#key || !value) return;
    const key = this.#key;
    this.#busy = true;
    this.#set('sending');
    // A chunk that cannot load (offline before it ever loaded) keeps the vote for a retry, like a network error.
    const outcome: Outcome = await network().then(
      ({ post }) => post(endpoint, { itemId, value, voterId: voterId() }, timeout > 0 ? timeout : 10_000),
      (err: unknown) => ({ ok: false, retry: true, error: String(err) }),
    );
    this.#busy = false;
    const newer = storedVote(pendingKey(itemId));
    if (outcome.ok || !outcome.retry) {
      if (newer === value) clearPref(pendingKey(itemId));
      if (outcome.ok) writePref(voteKey(itemId), value);
    }
    if (key !== this.#key) return;
    if (outcome.ok) {
      this.sent = value;
      this.#host.average = outcome.body.average;
      this.#host.count = outcome.body.count;
      this.#set('sent');
      emit(this.#host, 'star-rating-success', outcome.body);
    } else {
      this.error = outcome.error;
      this.#set(outcome.retry ? 'failed' : 'rejected');
      emit(this.#host, 'star-rating-error', { error: outcome.error, willRetry: outcome.retry });
    }
    if (newer && newer !== value) void this.flush();
  }

  async #load(endpoint: string, itemId: string) {
    // Without an answer, the numbers given as attributes, if any, stay shown.
    const body = await network().then(
      ({ load }) => load(endpoint, itemId),
      () => undefined,
    );
    if (body && this.#key === `${endpoint}\n${itemId}`) {
      this.#host.average = body.average;
      this.#host.count = body.count;
    }
  }

  #set(state: SyncState) {
    this.state = state;
    this.#host.requestUpdate();
  }
}
