import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import sinon from 'sinon';
import '../src/star-rating.js';
import {
  forgetRatingsAroundEach,
  isPost,
  json,
  nextEvent,
  part,
  partText,
  posts,
  radios,
  rating,
  realFetch,
  serverSummary,
  settled,
  stubPosts,
  unique,
} from './support/star-rating-helpers.js';

// Votes go to the real reference API served by the test runner (test/support/api-plugin.mjs);
// faults are injected by stubbing window.fetch for POSTs only.

describe('<star-rating> sending votes', () => {
  forgetRatingsAroundEach();

  it('sends a committed vote, announces it, and shows the new average and count', async () => {
    const itemId = unique('bai-viet');
    const el = await rating(itemId);
    await settled(el);
    expect(partText(el, 'summary')).to.equal('Chưa có lượt đánh giá nào');
    const submit = nextEvent(el, 'star-rating-submit');
    const success = nextEvent(el, 'star-rating-success');
    radios(el)[3].click();
    const submitted = await submit;
    expect(submitted.cancelable).to.be.true;
    expect(submitted.detail).to.deep.equal({ itemId, value: 4 });
    await el.updateComplete;
    expect(partText(el, 'status')).to.equal('Đang gửi đánh giá…');
    expect((await success).detail).to.deep.equal({ itemId, average: 4, count: 1, value: 4 });
    await el.updateComplete;
    expect(partText(el, 'summary')).to.equal('4/5 · 1 lượt đánh giá');
    expect(partText(el, 'status')).to.equal('Cảm ơn bạn! Đã ghi nhận đánh giá 4 trên 5 sao.');
    expect(part(el, 'status')!.getAttribute('role')).to.equal('status');
    expect(await serverSummary(itemId)).to.deep.equal({ itemId, average: 4, count: 1 });
    await expect(el).to.be.accessible();
  });

  it("loads the server's average and count", async () => {
    const itemId = unique('bai-viet');
    for (const [value, voterId] of [
      [3, unique('voter')],
      [4, unique('voter')],
    ]) {
      await realFetch('/api/ratings', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ itemId, value, voterId }),
      });
    }
    const el = await rating(itemId);
    await settled(el);
    expect(partText(el, 'summary')).to.equal('3,5/5 · 2 lượt đánh giá');
    expect(el.value).to.equal(0);
  });

  it("keeps showing the visitor's own vote after a reload, without firing anything", async () => {
    const itemId = unique('bai-viet');
    const first = await rating(itemId);
    const success = nextEvent(first, 'star-rating-success');
    radios(first)[1].click();
    await success;
    first.remove();
    const heard = sinon.spy();
    for (const type of ['change', 'input', 'star-rating-submit', 'star-rating-success'])
      document.addEventListener(type, heard);
    try {
      const again = await rating(itemId);
      await settled(again);
      expect(again.value).to.equal(2);
      expect(radios(again)[1].getAttribute('aria-checked')).to.equal('true');
      expect(heard.called).to.be.false;
    } finally {
      for (const type of ['change', 'input', 'star-rating-submit', 'star-rating-success'])
        document.removeEventListener(type, heard);
    }
  });

  it('sends nothing when star-rating-submit is cancelled', async () => {
    const itemId = unique('bai-viet');
    const el = await rating(itemId);
    const fetchSpy = sinon.spy(window, 'fetch');
    const changes = sinon.spy();
    el.addEventListener('change', changes);
    el.addEventListener('star-rating-submit', (e) => e.preventDefault());
    radios(el)[4].click();
    window.dispatchEvent(new Event('online'));
    await new Promise((r) => setTimeout(r, 100));
    expect(el.value).to.equal(5);
    expect(changes.calledOnce).to.be.true;
    expect(posts(fetchSpy)).to.equal(0);
    expect(partText(el, 'status')).to.equal('');
    expect((await serverSummary(itemId)).count).to.equal(0);
  });

  it('sends a stable voter id, so voting again replaces the earlier vote', async () => {
    const itemId = unique('bai-viet');
    const el = await rating(itemId);
    const fetchSpy = sinon.spy(window, 'fetch');
    let success = nextEvent(el, 'star-rating-success');
    radios(el)[3].click();
    await success;
    success = nextEvent(el, 'star-rating-success');
    radios(el)[1].click();
    expect((await success).detail).to.deep.equal({ itemId, average: 2, count: 1, value: 2 });
    const voters = fetchSpy
      .getCalls()
      .filter((c) => isPost(c.args[1]))
      .map((c) => JSON.parse(String(c.args[1]!.body)).voterId);
    expect(voters).to.have.length(2);
    expect(voters[0])
      .to.match(/^[A-Za-z0-9_-]{8,64}$/)
      .and.equal(voters[1]);
    expect(localStorage.getItem('portal-elements:star-rating:voter')).to.equal(JSON.stringify(voters[0]));
  });

  it('sends one request at a time, then the newest vote', async () => {
    const itemId = unique('bai-viet');
    const el = await rating(itemId);
    const fetchSpy = sinon.spy(window, 'fetch');
    radios(el)[2].click();
    radios(el)[4].click();
    radios(el)[3].click();
    await waitUntil(() => el.count === 1 && el.average === 4, 'the newest vote was not recorded');
    expect(posts(fetchSpy)).to.equal(2);
    expect(await serverSummary(itemId)).to.deep.equal({ itemId, average: 4, count: 1 });
  });

  it('keeps a vote made offline, shows it with a retry control, and sends it once back online', async () => {
    const itemId = unique('bai-viet');
    const el = await rating(itemId);
    await settled(el);
    const stub = stubPosts(() => Promise.reject(new TypeError('Failed to fetch')));
    const failure = nextEvent(el, 'star-rating-error');
    radios(el)[3].click();
    expect((await failure).detail).to.deep.equal({ error: 'Failed to fetch', willRetry: true });
    await el.updateComplete;
    expect(el.value).to.equal(4);
    expect(partText(el, 'status')).to.equal(
      'Chưa gửi được đánh giá. Đánh giá của bạn được giữ lại và sẽ tự gửi lại khi có kết nối.',
    );
    expect(partText(el, 'retry')).to.equal('Gửi lại');
    await expect(el).to.be.accessible();
    expect((await serverSummary(itemId)).count).to.equal(0);

    stub.restore();
    const fetchSpy = sinon.spy(window, 'fetch');
    const success = nextEvent(el, 'star-rating-success');
    window.dispatchEvent(new Event('online'));
    expect((await success).detail).to.deep.equal({ itemId, average: 4, count: 1, value: 4 });
    await el.updateComplete;
    expect(part(el, 'retry')).to.equal(null);
    window.dispatchEvent(new Event('online'));
    await new Promise((r) => setTimeout(r, 100));
    expect(posts(fetchSpy), 'nothing left to send').to.equal(1);
    expect(await serverSummary(itemId)).to.deep.equal({ itemId, average: 4, count: 1 });
  });

  it('keeps a vote the server failed on (500) and sends it again from the retry button', async () => {
    const itemId = unique('bai-viet');
    const el = await rating(itemId);
    const stub = stubPosts(async () => json({ error: 'Internal error' }, 500));
    const failure = nextEvent(el, 'star-rating-error');
    radios(el)[2].click();
    expect((await failure).detail).to.deep.equal({ error: 'Internal error', willRetry: true });
    await el.updateComplete;
    stub.restore();
    const success = nextEvent(el, 'star-rating-success');
    part(el, 'retry')!.click();
    expect((await success).detail).to.include({ average: 3, count: 1 });
    expect(el.shadowRoot!.activeElement, 'focus stays in the control').to.equal(radios(el)[2]);
    expect(await serverSummary(itemId)).to.deep.equal({ itemId, average: 3, count: 1 });
  });

  it('gives up waiting after `timeout`, and the retry of a vote that did arrive does not count twice', async () => {
    const itemId = unique('bai-viet');
    const el = await rating(itemId, '', 400);
    let arrived: Promise<unknown> = Promise.resolve();
    // The request reaches the server, but its answer never comes back.
    const stub = stubPosts((input, init) => {
      arrived = realFetch(input, { ...init, signal: undefined });
      return arrived.then(() => new Promise<Response>(() => {}));
    });
    const failure = nextEvent(el, 'star-rating-error');
    radios(el)[4].click();
    expect((await failure).detail).to.deep.equal({ error: 'Timeout', willRetry: true });
    await arrived;
    expect((await serverSummary(itemId)).count).to.equal(1);
    stub.restore();
    // The retry goes to the real server: give it more than the 400 ms that made the stub time out
    // (a loaded CI machine once took longer in WebKit, and the retry timed out too).
    el.timeout = 5000;
    const success = nextEvent(el, 'star-rating-success');
    window.dispatchEvent(new Event('online'));
    expect((await success).detail).to.deep.equal({ itemId, average: 5, count: 1, value: 5 });
    expect(await serverSummary(itemId)).to.deep.equal({ itemId, average: 5, count: 1 });
  });

  it('keeps a vote answered with malformed JSON and sends it again on the next page load', async () => {
    const itemId = unique('bai-viet');
    const el = await rating(itemId);
    stubPosts(async () => json('<html>Bad gateway</html>'));
    const failure = nextEvent(el, 'star-rating-error');
    radios(el)[0].click();
    expect((await failure).detail).to.deep.equal({ error: 'Malformed response', willRetry: true });
    el.remove();
    sinon.restore();

    const success = nextEvent(document, 'star-rating-success');
    const submit = sinon.spy();
    document.addEventListener('star-rating-submit', submit);
    try {
      const reloaded = await rating(itemId);
      expect(reloaded.value).to.equal(1);
      expect((await success).detail).to.deep.equal({ itemId, average: 1, count: 1, value: 1 });
      expect(submit.called, 'a retry is not a new submission').to.be.false;
    } finally {
      document.removeEventListener('star-rating-submit', submit);
    }
    expect(await serverSummary(itemId)).to.deep.equal({ itemId, average: 1, count: 1 });
  });

  it("shows the server's message for a refused vote (4xx) and does not retry it", async () => {
    const itemId = unique('bai-viet');
    const wrap = await fixture(
      `<div><star-rating endpoint="/api/does-not-exist" item-id="${itemId}"></star-rating></div>`,
    );
    const el = wrap.querySelector('star-rating')!;
    await el.updateComplete;
    const failure = nextEvent(el, 'star-rating-error');
    radios(el)[3].click();
    expect((await failure).detail).to.deep.equal({ error: 'Unknown API path', willRetry: false });
    await el.updateComplete;
    expect(partText(el, 'status')).to.equal('Đánh giá không được chấp nhận: Unknown API path');
    expect(part(el, 'retry')).to.equal(null);
    await expect(el).to.be.accessible();
    const fetchSpy = sinon.spy(window, 'fetch');
    window.dispatchEvent(new Event('online'));
    await new Promise((r) => setTimeout(r, 100));
    expect(posts(fetchSpy)).to.equal(0);
  });

  it('announces in English under lang="en"', async () => {
    const itemId = unique('item');
    const wrap = await fixture(
      `<div lang="en"><star-rating endpoint="/api/ratings" item-id="${itemId}"></star-rating></div>`,
    );
    const el = wrap.querySelector('star-rating')!;
    stubPosts(() => Promise.reject(new TypeError('offline')));
    const failure = nextEvent(el, 'star-rating-error');
    radios(el)[1].click();
    await failure;
    await el.updateComplete;
    expect(partText(el, 'status')).to.equal(
      "Your rating couldn't be sent. It is kept and will be sent again when you are back online.",
    );
    expect(partText(el, 'retry')).to.equal('Try again');
    await expect(el).to.be.accessible();
  });

  it('listens to window only when it has an endpoint, and stops when removed', async () => {
    const add = sinon.spy(window, 'addEventListener');
    const remove = sinon.spy(window, 'removeEventListener');
    const plain = await fixture(html`<star-rating></star-rating>`);
    expect(add.calledWith('online')).to.be.false;
    plain.remove();
    const el = await rating(unique('bai-viet'));
    expect(add.withArgs('online').callCount).to.equal(1);
    const listener = add.withArgs('online').firstCall.args[1];
    el.remove();
    expect(remove.calledWith('online', listener)).to.be.true;
  });
});
