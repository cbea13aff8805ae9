// The network half of RatingSync, loaded on first use: only ratings with an endpoint need it, and
// they import it as soon as they connect (to load the summary), so it is there before any vote.
import type { RatingSummary } from './rating-sync.js';

export type Outcome = { ok: true; body: RatingSummary } | { ok: false; retry: boolean; error: string };

function isSummary(body: unknown): body is RatingSummary {
  const { average, count } = (body ?? {}) as Partial<RatingSummary>;
  return (
    typeof average === 'number' && Number.isFinite(average) && typeof count === 'number' && Number.isInteger(count)
  );
}

/** Sends one vote; never throws, and gives up after `timeout` ms. */
export async function post(url: string, payload: object, timeout: number): Promise<Outcome> {
  const abort = new AbortController();
  let timer: ReturnType<typeof setTimeout> | undefined;
  // A fetch that ignores the abort signal (or a body that never ends) still gives up on time.
  const expired = new Promise<Outcome>((resolve) => {
    timer = setTimeout(() => {
      abort.abort();
      resolve({ ok: false, retry: true, error: 'Timeout' });
    }, timeout);
  });
  const attempt = (async (): Promise<Outcome> => {
    try {
      const res = await fetch(url, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
        body: JSON.stringify(payload),
        signal: abort.signal,
      });
      const body: unknown = await res.json().catch(() => undefined);
      if (res.ok) return isSummary(body) ? { ok: true, body } : { ok: false, retry: true, error: 'Malformed response' };
      // A 4xx means the vote itself is wrong: sending it again would not help.
      const refused = res.status >= 400 && res.status < 500 && res.status !== 408 && res.status !== 429;
      const said = (body as { error?: unknown } | undefined)?.error;
      return {
        ok: false,
        retry: !refused,
        error: typeof said === 'string' ? said.slice(0, 200) : `HTTP ${res.status}`,
      };
    } catch (err) {
      return { ok: false, retry: true, error: err instanceof Error ? err.message : String(err) };
    }
  })();
  try {
    return await Promise.race([attempt, expired]);
  } finally {
    clearTimeout(timer);
  }
}

/** The item's average and count, or undefined when the server cannot tell. */
export async function load(endpoint: string, itemId: string): Promise<RatingSummary | undefined> {
  try {
    const url = new URL(endpoint, document.baseURI);
    url.searchParams.set('itemId', itemId);
    const res = await fetch(url, { headers: { Accept: 'application/json' } });
    const body: unknown = await res.json();
    return res.ok && isSummary(body) ? body : undefined;
  } catch {
    return undefined;
  }
}
