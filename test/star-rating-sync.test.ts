import { expect, fixture } from '@open-wc/testing';
import sinon from 'sinon';
import type { StarRating } from '../src/star-rating.js';
import '../src/star-rating.js';
import { networkCode } from '../src/star-rating/rating-sync.js';
import {
  forgetRatingsAroundEach,
  json,
  nextEvent,
  part,
  partText,
  posts,
  radios,
  rating,
  serverSummary,
  settled,
  stubPosts,
  unique,
} from './support/star-rating-helpers.js';

const spyOn = (el: EventTarget, ...types: string[]) => {
  const spy = sinon.spy();
  for (const type of types) el.addEventListener(type, spy);
  return spy;
};
const everyEvent = [
  'change',
  'input',
  'star-rating-hover',
  'star-rating-submit',
  'star-rating-success',
  'star-rating-error',
];

/** Two ratings of one item on one page, both with their summary loaded. */
async function twoRatings(itemId: string) {
  const rating = `<star-rating endpoint="/api/ratings" item-id="${itemId}" timeout="400"></star-rating>`;
  const wrap = await fixture(`<div>${rating}<p>…</p>${rating}</div>`);
  const [a, b] = wrap.querySelectorAll('star-rating');
  await Promise.all([settled(a), settled(b)]);
  return [a, b];
}

/** What another tab's rating writes to the shared store, as this tab hears it (a `storage` event). */
function fromAnotherTab(name: 'pending' | 'vote' | 'summary', itemId: string, value: unknown) {
  window.dispatchEvent(
    new StorageEvent('storage', {
      key: `portal-elements:star-rating:${name}:${itemId}`,
      newValue: value === undefined ? null : JSON.stringify(value),
      storageArea: localStorage,
    }),
  );
}

describe('<star-rating> ratings of the same item', () => {
  forgetRatingsAroundEach();

  it('show the vote made in one of them and the numbers the server answered, and only that one sends', async () => {
    const itemId = unique('bai-viet');
    const [a, b] = await twoRatings(itemId);
    const fetchSpy = sinon.spy(window, 'fetch');
    const fromB = spyOn(b, ...everyEvent);
    const success = nextEvent(a, 'star-rating-success');
    radios(a)[3].click();
    await b.updateComplete;
    expect(b.value, 'the vote shows at once').to.equal(4);
    expect(radios(b)[3].getAttribute('aria-checked')).to.equal('true');
    await success;
    await b.updateComplete;
    expect(partText(b, 'summary')).to.equal('4/5 · 1 lượt đánh giá');
    expect(partText(a, 'summary')).to.equal('4/5 · 1 lượt đánh giá');
    expect(partText(b, 'status'), 'announced once, by the rating used').to.equal('');
    expect(posts(fetchSpy)).to.equal(1);
    expect(fromB.called, 'the other rating fires nothing').to.be.false;
    await expect(b).to.be.accessible();

    // And the other way round: a new vote in the second one replaces the first everywhere.
    const again = nextEvent(b, 'star-rating-success');
    radios(b)[1].click();
    expect((await again).detail).to.deep.equal({ itemId, average: 2, count: 1, value: 2 });
    await a.updateComplete;
    expect(a.value).to.equal(2);
    expect(partText(a, 'summary')).to.equal('2/5 · 1 lượt đánh giá');
    expect(posts(fetchSpy)).to.equal(2);
    expect(await serverSummary(itemId)).to.deep.equal({ itemId, average: 2, count: 1 });
  });

  it('send a kept vote once when the page is back online, whichever of them holds it', async () => {
    const itemId = unique('bai-viet');
    const [a, b] = await twoRatings(itemId);
    stubPosts(() => Promise.reject(new TypeError('Failed to fetch')));
    const failure = nextEvent(a, 'star-rating-error');
    radios(a)[2].click();
    await failure;
    await b.updateComplete;
    expect(b.value).to.equal(3);
    sinon.restore();
    const fetchSpy = sinon.spy(window, 'fetch');
    const success = nextEvent(a, 'star-rating-success');
    window.dispatchEvent(new Event('online'));
    await success;
    await new Promise((r) => setTimeout(r, 100));
    expect(posts(fetchSpy)).to.equal(1);
    await b.updateComplete;
    expect(partText(b, 'summary')).to.equal('3/5 · 1 lượt đánh giá');
    expect(await serverSummary(itemId)).to.deep.equal({ itemId, average: 3, count: 1 });
  });

  it('follow what a rating in another tab votes and hears, without sending or firing anything', async () => {
    const itemId = unique('bai-viet');
    const el = await rating(itemId);
    await settled(el);
    const fetchSpy = sinon.spy(window, 'fetch');
    const events = spyOn(el, ...everyEvent);
    fromAnotherTab('pending', itemId, 3);
    await el.updateComplete;
    expect(el.value, "the other tab's vote on its way").to.equal(3);
    fromAnotherTab('pending', itemId, undefined);
    fromAnotherTab('vote', itemId, 3);
    fromAnotherTab('summary', itemId, { average: 3.5, count: 2 });
    await el.updateComplete;
    expect(el.value).to.equal(3);
    expect(radios(el)[2].getAttribute('aria-checked')).to.equal('true');
    expect(partText(el, 'summary')).to.equal('3,5/5 · 2 lượt đánh giá');
    await new Promise((r) => setTimeout(r, 100));
    expect(posts(fetchSpy)).to.equal(0);
    expect(events.called).to.be.false;
  });

  it('keep the numbers of a vote heard while their own summary was still loading', async () => {
    const itemId = unique('bai-viet');
    let answer: (response: Response) => void = () => {};
    const slowGet = new Promise<Response>((resolve) => (answer = resolve));
    sinon.stub(window, 'fetch').callsFake(() => slowGet);
    const el = await rating(itemId);
    fromAnotherTab('summary', itemId, { average: 3.5, count: 2 });
    await el.updateComplete;
    answer(json({ itemId, average: 0, count: 0 }));
    await new Promise((r) => setTimeout(r, 100));
    await el.updateComplete;
    expect(partText(el, 'summary')).to.equal('3,5/5 · 2 lượt đánh giá');
  });

  it('ignore what another tab writes for other items, and stop listening once removed', async () => {
    const itemId = unique('bai-viet');
    const el = await rating(itemId);
    fromAnotherTab('vote', unique('bai-khac'), 5);
    await el.updateComplete;
    expect(el.value).to.equal(0);
    el.remove();
    fromAnotherTab('vote', itemId, 5);
    await el.updateComplete;
    expect(el.value).to.equal(0);
  });
});

describe('<star-rating> when its network code cannot load', () => {
  forgetRatingsAroundEach();

  it('keeps the vote, and a retry that can load it sends the vote exactly once', async () => {
    const itemId = unique('bai-viet');
    const el = await rating(itemId);
    const load = sinon
      .stub(networkCode, 'load')
      .rejects(new TypeError('Failed to fetch dynamically imported module: rating-send.js'));
    const failure = nextEvent(el, 'star-rating-error');
    radios(el)[3].click();
    expect((await failure).detail.willRetry).to.be.true;
    await el.updateComplete;
    expect(el.value).to.equal(4);
    expect(part(el, 'retry')).not.to.equal(null);
    expect(localStorage.getItem(`portal-elements:star-rating:pending:${itemId}`)).to.equal('4');

    // Still failing: the next attempt imports again rather than reusing the failure.
    const second = nextEvent(el, 'star-rating-error');
    part(el, 'retry')!.click();
    await second;
    expect(load.callCount).to.equal(2);

    load.restore();
    const fetchSpy = sinon.spy(window, 'fetch');
    const success = nextEvent(el, 'star-rating-success');
    await el.updateComplete;
    part(el, 'retry')!.click();
    expect((await success).detail).to.deep.equal({ itemId, average: 4, count: 1, value: 4 });
    window.dispatchEvent(new Event('online'));
    await new Promise((r) => setTimeout(r, 100));
    expect(posts(fetchSpy)).to.equal(1);
    expect(await serverSummary(itemId)).to.deep.equal({ itemId, average: 4, count: 1 });
  });

  it('does not ask for it while the browser is offline, and sends the kept vote when back online', async () => {
    const itemId = unique('bai-viet');
    const el = await rating(itemId);
    await settled(el);
    const load = sinon.spy(networkCode, 'load');
    Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => false });
    try {
      const failure = nextEvent(el, 'star-rating-error');
      radios(el)[1].click();
      expect((await failure).detail).to.deep.equal({ error: 'Error: Offline', willRetry: true });
      expect(load.called).to.be.false;
    } finally {
      delete (navigator as { onLine?: boolean }).onLine;
    }
    expect(navigator.onLine).to.be.true;
    const fetchSpy = sinon.spy(window, 'fetch');
    const success = nextEvent(el, 'star-rating-success');
    window.dispatchEvent(new Event('online'));
    expect((await success).detail).to.deep.equal({ itemId, average: 2, count: 1, value: 2 });
    expect(load.callCount).to.equal(1);
    expect(posts(fetchSpy)).to.equal(1);
  });

  it('loads the average and count when the browser comes back online, if it could not before', async () => {
    const itemId = unique('bai-viet');
    const load = sinon.spy(networkCode, 'load');
    Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => false });
    let el: StarRating;
    try {
      el = await rating(itemId);
      await new Promise((r) => setTimeout(r, 100));
      expect(part(el, 'summary')).to.equal(null);
      expect(load.called).to.be.false;
    } finally {
      delete (navigator as { onLine?: boolean }).onLine;
    }
    window.dispatchEvent(new Event('online'));
    await settled(el);
    expect(partText(el, 'summary')).to.equal('Chưa có lượt đánh giá nào');
  });
});
