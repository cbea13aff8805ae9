import { fixture, html, waitUntil } from '@open-wc/testing';
import sinon from 'sinon';
import { clearPref } from '../../src/internal/prefs.js';
import type { RatingTransport, StarRating } from '../../src/star-rating.js';

/** The radios of a rating, in order. */
export const radios = (el: StarRating) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('[role=radio]')];

/** What a sighted user sees as filled: the values of the stars with the `star-active` part. */
export const filled = (el: StarRating) =>
  radios(el)
    .map((r, i) => (r.part.contains('star-active') ? i + 1 : 0))
    .filter(Boolean);

export const part = (el: StarRating, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);

/** The text of a part with collapsed white space, '' when the part is absent. */
export const partText = (el: StarRating, name: string) =>
  part(el, name)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

/** The centre of an element in viewport coordinates, for sendMouse. */
export function centre(node: Element): [number, number] {
  const box = node.getBoundingClientRect();
  return [Math.round(box.left + box.width / 2), Math.round(box.top + box.height / 2)];
}

export const unique = (prefix: string) => `${prefix}-${Math.random().toString(36).slice(2, 10)}`;

/** Resolves with the first event of `type` on `target`, or rejects after `ms`. */
export function nextEvent<E extends Event = CustomEvent>(target: EventTarget, type: string, ms = 5000): Promise<E> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`No ${type} event within ${ms} ms`)), ms);
    target.addEventListener(
      type,
      (event) => {
        clearTimeout(timer);
        resolve(event as E);
      },
      { once: true },
    );
  });
}

/** Forgets every vote, pending vote and voter id the ratings stored. */
export function forgetRatings() {
  const prefix = 'portal-elements:';
  for (const key of Object.keys(localStorage)) {
    if (key.startsWith(`${prefix}star-rating:`)) clearPref(key.slice(prefix.length));
  }
}

/** For a describe block: every test starts and ends with no stored rating and no stub left. */
export function forgetRatingsAroundEach() {
  beforeEach(forgetRatings);
  afterEach(() => {
    sinon.restore();
    forgetRatings();
  });
}

/** Resolves once the rating shows its summary (the reference API answered). */
export const settled = (el: StarRating) => waitUntil(() => part(el, 'summary'), 'no summary');

export const realFetch = window.fetch.bind(window);

/** The reference API's numbers for an item, read past any stub. */
export const serverSummary = (itemId: string) =>
  realFetch(`/api/ratings?itemId=${encodeURIComponent(itemId)}`).then((r) => r.json());

export const isPost = (init?: RequestInit) => init?.method === 'POST';

/** How many POSTs a spy or stub on window.fetch saw. */
export const posts = (spy: sinon.SinonSpy | sinon.SinonStub) =>
  spy.getCalls().filter((c) => isPost(c.args[1] as RequestInit | undefined)).length;

export const json = (body: unknown, status = 200) =>
  new Response(typeof body === 'string' ? body : JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json' },
  });

/** Makes POSTs behave as `answer` says while every GET still reaches the server. */
export const stubPosts = (answer: (input: RequestInfo | URL, init?: RequestInit) => Promise<Response>) =>
  sinon
    .stub(window, 'fetch')
    .callsFake((input: RequestInfo | URL, init?: RequestInit) =>
      isPost(init) ? answer(input, init) : realFetch(input, init),
    );

/**
 * A rating of `itemId` that sends to the reference API (served by the test runner at /api). Its
 * `timeout` (default 3 s) leaves a loaded CI machine time to answer; a test of the timeout sets a short one.
 */
export async function rating(itemId: string, extra = '', timeout = 3000) {
  const wrap = await fixture(
    `<div><star-rating endpoint="/api/ratings" item-id="${itemId}" timeout="${timeout}" ${extra}></star-rating></div>`,
  );
  const el = wrap.querySelector('star-rating')!;
  await el.updateComplete;
  return el;
}

/**
 * A transport for the portal endpoint of test/support/legacy-vote-api.mjs, which takes a form
 * (`id`, `diem`, `voter`) and answers `{"ok":1,"diemTB":"4.2","luot":"37"}` or a plain-text refusal.
 * The README's example, word for word.
 */
const refused = (message: string, retry: boolean) => Object.assign(new Error(message), { retry });

export const legacyTransport: RatingTransport = async ({ itemId, value, voterId }, { signal }) => {
  const res = await fetch('/legacy/vote', {
    method: 'POST',
    body: new URLSearchParams({ id: itemId, diem: String(value), voter: voterId }),
    signal,
  });
  const text = await res.text();
  // A busy portal (5xx, 429) may take the vote later; any other refusal is final.
  if (!res.ok) throw refused(text || `HTTP ${res.status}`, res.status >= 500 || res.status === 429);
  const { diemTB, luot } = JSON.parse(text) as { diemTB?: string; luot?: string };
  return { average: Number(diemTB), count: Number(luot) };
};

/** What the portal endpoint counted for an item: `{ ok, diemTB, luot }`. */
export const legacySummary = (id: string) =>
  realFetch(`/legacy/vote?id=${encodeURIComponent(id)}`).then((r) => r.json() as Promise<Record<string, unknown>>);

/** Makes the portal endpoint answer the next vote for `id` with `status` and `body` (recording it first with `record`). */
export async function legacyAnswersNext(id: string, status: number, body: string, record = false) {
  const form = new URLSearchParams({ id, status: String(status), body, record: record ? '1' : '0' });
  const res = await realFetch('/legacy/next', { method: 'POST', body: form });
  if (res.status !== 204) throw new Error(`/legacy/next answered ${res.status}`);
}

/** A rating of `itemId` that votes through `transport`, with no endpoint; `transport` is set before it connects. */
export async function transportRating(itemId: string, transport: RatingTransport, extra = '', timeout = 3000) {
  const wrap = await fixture(html`<div></div>`);
  wrap.innerHTML = `<star-rating item-id="${itemId}" timeout="${timeout}" ${extra}></star-rating>`;
  const el = wrap.querySelector('star-rating')!;
  el.transport = transport;
  await el.updateComplete;
  return el;
}
