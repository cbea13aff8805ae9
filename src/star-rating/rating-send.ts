// The network half of RatingSync, loaded on first use: only ratings with an endpoint or a transport
// need it, and they import it as soon as they connect, so it is there before any vote.
import type { RatingSummary } from './rating-sync.js';
import { RatingTransportError, type RatingTransport, type RatingVote } from './transport.js';

export type Outcome = { ok: true; body: RatingSummary } | { ok: false; retry: boolean; error: string };

/** What `send` reads from the rating. */
interface Sender {
  endpoint: string;
  transport: RatingTransport | null;
  timeout: number;
  max: number;
}

/** Numbers that can be shown: an average from 0 to `max` and a whole count. */
function isSummary(body: unknown, max: number): body is { average: number; count: number } {
  const { average, count } = (body ?? {}) as Partial<RatingSummary>;
  return typeof average === 'number' && average >= 0 && average <= max && Number.isSafeInteger(count) && count! >= 0;
}

/** The built-in transport: the Reference API's JSON, `{ itemId, value, voterId }` → `{ average, count }`. */
export const jsonTransport =
  (endpoint: string): RatingTransport =>
  async (vote, { signal }) => {
    const res = await fetch(endpoint, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify(vote),
      signal,
    });
    const body: unknown = await res.json().catch(() => undefined);
    if (res.ok) return body as RatingSummary;
    // A 4xx means the vote itself is wrong: sending it again would not help.
    const refused = res.status >= 400 && res.status < 500 && res.status !== 408 && res.status !== 429;
    const said = (body as { error?: unknown } | undefined)?.error;
    throw new RatingTransportError(typeof said === 'string' ? said : `HTTP ${res.status}`, !refused);
  };

/**
 * Sends one vote through the rating's transport (the JSON one by default) and says how it went; never
 * throws, and gives up after `timeout` ms. An answer without usable numbers is a failure to retry,
 * like a network error: the vote may not have been counted, and counting it again replaces it.
 */
export async function send(vote: RatingVote, { endpoint, transport, timeout, max }: Sender): Promise<Outcome> {
  const abort = new AbortController();
  let timer: ReturnType<typeof setTimeout> | undefined;
  // A transport that ignores the abort signal (or a body that never ends) still gives up on time.
  const expired = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => {
        abort.abort();
        reject(new RatingTransportError('Timeout', true));
      },
      timeout > 0 ? timeout : 10_000,
    );
  });
  try {
    const answer: unknown = await Promise.race([
      (transport || jsonTransport(endpoint))(vote, { signal: abort.signal }),
      expired,
    ]);
    if (!isSummary(answer, max)) return { ok: false, retry: true, error: 'Malformed response' };
    const { itemId, value } = vote;
    return { ok: true, body: { itemId, average: answer.average, count: answer.count, value } };
  } catch (err) {
    // Only an explicit `retry: false` drops the vote; anything else may be the network.
    const retry = (err as { retry?: unknown } | null)?.retry !== false;
    const error = err instanceof Error ? err.message : String(err);
    return { ok: false, retry, error: error.slice(0, 200) };
  } finally {
    clearTimeout(timer);
  }
}

/** The item's average and count from `endpoint`, or undefined when there is none or it cannot tell. */
export async function load(endpoint: string, itemId: string, max: number): Promise<RatingSummary | undefined> {
  if (!endpoint) return undefined;
  try {
    const url = new URL(endpoint, document.baseURI);
    url.searchParams.set('itemId', itemId);
    const res = await fetch(url, { headers: { Accept: 'application/json' } });
    const body: unknown = await res.json();
    return res.ok && isSummary(body, max) ? { itemId, average: body.average, count: body.count } : undefined;
  } catch {
    return undefined;
  }
}
