import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { emit } from '../internal/events.js';
import { clearPref, readPref, subscribePref, writePref } from '../internal/prefs.js';
import type { Outcome } from './rating-send.js';
import type { RatingTransport } from './transport.js';

/** The item's numbers, as the Reference API answers them (`value`, the vote counted, only after a vote). */
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
  transport: RatingTransport | null;
  itemId: string;
  timeout: number;
  value: number;
  max: number;
  average: number | null;
  count: number | null;
}

const pendingKey = (itemId: string) => `star-rating:pending:${itemId}`;
const voteKey = (itemId: string) => `star-rating:vote:${itemId}`;
const summaryKey = (itemId: string) => `star-rating:summary:${itemId}`;

/** Where the network code comes from (a lazy chunk); tests replace `load` to make it fail. */
export const networkCode = { load: () => import('./rating-send.js') };

// Nothing remembers a failed import: the next attempt (retry, `online`, next load) imports again.
// While the browser knows it is offline the chunk is not even asked for, as some browsers (Firefox)
// refuse a module whose fetch failed for the rest of the page's life.
const network = () => (navigator.onLine ? networkCode.load() : Promise.reject(new Error('Offline')));

/** The rating sending each item's vote from this page: one request at a time, whichever sends it. */
const senders = new Map<string, RatingSync>();

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

const whole = (value: unknown): value is number => typeof value === 'number' && Number.isInteger(value) && value > 0;

function storedVote(key: string): number {
  const value = readPref(key);
  return whole(value) ? value : 0;
}

/**
 * Sends `<star-rating>` votes through their transport (the Reference API's JSON by default) so that none is lost and none counts twice: a vote
 * is written to the preference store before it is sent and forgotten only once the server has it;
 * it is sent again on the `online` event, on the next page load, or by `flush()`. One request at a
 * time per item; a vote made while another is on its way is sent after it (the newest wins, the API
 * replaces per voter). Every rating of the same item, on this page or in another tab, shows the
 * vote and the server's numbers as soon as the store has them, without sending anything itself.
 */
export class RatingSync implements ReactiveController {
  state: SyncState = 'idle';
  /** The server's or the network's reason for the last failure. */
  error = '';
  /** The value the server last recorded. */
  sent = 0;
  #host: RatingSyncHost;
  /** Where the votes go (endpoint, item, transport or not); '' while they go nowhere. */
  key = '';
  #connected = false;
  #loaded = false;
  /** How many answers of the server this rating heard through the store. */
  #heard = 0;
  #sending = '';
  #unsubscribe: Array<() => void> = [];
  readonly #onOnline = () => {
    if (storedVote(pendingKey(this.#host.itemId)) || this.#loaded) void this.flush();
    else void this.#load();
  };

  constructor(host: RatingSyncHost) {
    this.#host = host;
    host.addController(this);
  }

  hostConnected(): void {
    this.#connected = true;
    this.#listen();
  }

  hostDisconnected(): void {
    this.#connected = false;
    this.#listen();
    this.#release();
  }

  // A rating removed or moved to another item lets the others send, even if its request never ends.
  #release() {
    if (senders.get(this.#sending) === this) senders.delete(this.#sending);
  }

  // Starts over whenever the endpoint, the item or whether there is a transport changes: restore, then
  // send what is pending. Runs before render, so a restored vote shows in the same update.
  hostUpdate(): void {
    const { endpoint, itemId, transport } = this.#host;
    const key = itemId && (endpoint || transport) ? `${endpoint}\n${itemId}\n${!transport}` : '';
    if (key === this.key) return;
    this.key = key;
    this.#release();
    this.#loaded = false;
    this.#set('idle');
    this.#listen();
    if (!key) return;
    const pending = storedVote(pendingKey(itemId));
    const own = storedVote(voteKey(itemId));
    const { max } = this.#host;
    if (pending && pending <= max) this.#host.value = pending;
    else if (own && own <= max && !this.#host.value) this.#host.value = own;
    if (pending) void this.flush();
    else void this.#load();
  }

  // Listens to `online` and to the store while connected with an item: what another rating of the
  // same item (here or in another tab) votes, or hears from the server, shows here too. Shown only:
  // set like a property from code, it fires no event and sends nothing.
  #listen() {
    for (const stop of this.#unsubscribe) stop();
    this.#unsubscribe = [];
    window.removeEventListener('online', this.#onOnline);
    const { itemId } = this.#host;
    if (!this.#connected || !this.key) return;
    window.addEventListener('online', this.#onOnline);
    const show = (value: unknown) => {
      if (whole(value) && value <= this.#host.max) this.#host.value = value;
    };
    this.#unsubscribe = [
      subscribePref(pendingKey(itemId), (value) => {
        show(value);
        // Sent from elsewhere: nothing is kept here any more.
        if (value === undefined && this.state === 'failed') this.#set('idle');
      }),
      subscribePref(voteKey(itemId), (value) => storedVote(pendingKey(itemId)) || show(value)),
      subscribePref(summaryKey(itemId), (summary) => {
        const { average, count } = (summary ?? {}) as Partial<RatingSummary>;
        if (typeof average === 'number' && typeof count === 'number') {
          this.#heard++;
          this.#host.average = average;
          this.#host.count = count;
        }
      }),
    ];
  }

  /** Keeps and sends a vote the visitor just made, unless a `star-rating-submit` listener cancels it. */
  vote(value: number): void {
    const { itemId } = this.#host;
    if (!this.key || !emit(this.#host, 'star-rating-submit', { itemId, value }, { cancelable: true })) return;
    writePref(pendingKey(itemId), value);
    void this.flush();
  }

  /** Sends the pending vote now, if there is one and nothing is on its way. */
  async flush(): Promise<void> {
    const { itemId } = this.#host;
    const value = storedVote(pendingKey(itemId));
    if (senders.has(itemId) || !this.#connected || !this.key || !value) return;
    const key = this.key;
    senders.set(itemId, this);
    this.#sending = itemId;
    this.#set('sending');
    // A chunk that cannot load (offline before it ever loaded) keeps the vote for a retry, like a network error.
    const outcome: Outcome = await network().then(
      ({ send }) => send({ itemId, value, voterId: voterId() }, this.#host),
      (err: unknown) => ({ ok: false, retry: true, error: String(err) }),
    );
    this.#release();
    const newer = storedVote(pendingKey(itemId));
    if (outcome.ok || !outcome.retry) {
      if (newer === value) clearPref(pendingKey(itemId));
      if (outcome.ok) {
        writePref(voteKey(itemId), value);
        // Every rating of the item listens to the store, this one included: this shows the numbers.
        writePref(summaryKey(itemId), { average: outcome.body.average, count: outcome.body.count });
      }
    }
    if (key !== this.key) return;
    if (outcome.ok) {
      this.sent = value;
      this.#set('sent');
      emit(this.#host, 'star-rating-success', outcome.body);
    } else {
      this.error = outcome.error;
      this.#set(outcome.retry ? 'failed' : 'rejected');
      emit(this.#host, 'star-rating-error', { error: outcome.error, willRetry: outcome.retry });
    }
    if (newer && newer !== value) void this.flush();
  }

  // Also imports the network code early for a rating with a transport but no endpoint to load from.
  async #load() {
    const { endpoint, itemId, max } = this.#host;
    const key = this.key;
    const heard = this.#heard;
    // Without an answer, the numbers given as attributes, if any, stay shown.
    const body = await network().then(
      ({ load }) => load(endpoint, itemId, max),
      () => undefined,
    );
    if (body && this.key === key) {
      this.#loaded = true;
      // A vote's answer heard meanwhile is newer than this one.
      if (heard !== this.#heard) return;
      this.#host.average = body.average;
      this.#host.count = body.count;
    }
  }

  #set(state: SyncState) {
    this.state = state;
    this.#host.requestUpdate();
  }
}
