import { expect, fixture, waitUntil } from '@open-wc/testing';
import sinon from 'sinon';
import type { RatingTransport, StarRating } from '../src/star-rating.js';
import '../src/star-rating.js';
import { RatingTransportError } from '../src/star-rating/transport.js';
import {
  forgetRatingsAroundEach,
  legacyAnswersNext,
  legacySummary,
  legacyTransport,
  nextEvent,
  part,
  partText,
  posts,
  radios,
  realFetch,
  serverSummary,
  settled,
  transportRating,
  unique,
} from './support/star-rating-helpers.js';

// Votes go through a `transport` to a portal endpoint that speaks its own format: a form
// `id=…&diem=…&voter=…` answered with `{"ok":1,"diemTB":"4.2","luot":"37"}` or a plain-text refusal
// (test/support/legacy-vote-api.mjs, served by the test runner at /legacy).

const FAILED = 'Chưa gửi được đánh giá. Đánh giá của bạn được giữ lại và sẽ tự gửi lại khi có kết nối.';
const pause = (ms = 100) => new Promise((r) => setTimeout(r, ms));

/** Counts uncaught errors and unhandled rejections while a test runs. */
function uncaught() {
  const spy = sinon.spy();
  window.addEventListener('error', spy);
  window.addEventListener('unhandledrejection', spy);
  return Object.assign(spy, {
    stop() {
      window.removeEventListener('error', spy);
      window.removeEventListener('unhandledrejection', spy);
    },
  });
}

/** A vote from someone else, straight to the portal endpoint. */
const otherVote = (id: string, diem: number) =>
  realFetch('/legacy/vote', {
    method: 'POST',
    body: new URLSearchParams({ id, diem: String(diem), voter: unique('nguoi-khac') }),
  });

describe('<star-rating> with a transport', () => {
  forgetRatingsAroundEach();

  it('sends the vote through it and shows the numbers it returns', async () => {
    const itemId = unique('bai-viet');
    await otherVote(itemId, 5);
    const transport = sinon.spy(legacyTransport);
    const el = await transportRating(itemId, transport, 'average="5" count="1"');
    await expect(el).to.be.accessible();
    const fetchSpy = sinon.spy(window, 'fetch');
    const success = nextEvent(el, 'star-rating-success');
    radios(el)[3].click();
    expect((await success).detail).to.deep.equal({ itemId, average: 4.5, count: 2, value: 4 });
    await el.updateComplete;
    expect(partText(el, 'summary')).to.equal('4,5/5 · 2 lượt đánh giá');
    expect(partText(el, 'status')).to.equal('Cảm ơn bạn! Đã ghi nhận đánh giá 4 trên 5 sao.');
    expect(part(el, 'status')!.getAttribute('role')).to.equal('status');
    expect(radios(el)[3].getAttribute('aria-checked')).to.equal('true');

    expect(transport.callCount).to.equal(1);
    const [vote, options] = transport.firstCall.args;
    expect(Object.keys(vote).sort()).to.deep.equal(['itemId', 'value', 'voterId']);
    expect(vote).to.include({ itemId, value: 4 });
    expect(vote.voterId).to.match(/^[A-Za-z0-9_-]{8,64}$/);
    expect(localStorage.getItem('portal-elements:star-rating:voter')).to.equal(JSON.stringify(vote.voterId));
    expect(options.signal).to.be.instanceOf(AbortSignal);
    const urls = fetchSpy.getCalls().map((c) => String(c.args[0]));
    expect(urls, 'nothing goes to the reference API').to.deep.equal(['/legacy/vote']);
    expect(await legacySummary(itemId)).to.deep.equal({ ok: 1, diemTB: '4.5', luot: '2' });
    await expect(el).to.be.accessible();
  });

  it('keeps a vote the endpoint failed on (503), shows it, and resends it when back online, counted once', async () => {
    const itemId = unique('bai-viet');
    // The endpoint records the vote, then fails before answering: the retry must replace it, not add.
    await legacyAnswersNext(itemId, 503, 'Máy chủ đang bận, vui lòng thử lại sau', true);
    const transport = sinon.spy(legacyTransport);
    const el = await transportRating(itemId, transport);
    const failure = nextEvent(el, 'star-rating-error');
    radios(el)[2].click();
    expect((await failure).detail).to.deep.equal({
      error: 'Máy chủ đang bận, vui lòng thử lại sau',
      willRetry: true,
    });
    await el.updateComplete;
    expect(radios(el)[2].getAttribute('aria-checked'), 'the vote is kept').to.equal('true');
    expect(partText(el, 'status')).to.equal(FAILED);
    expect(partText(el, 'retry')).to.equal('Gửi lại');
    await expect(el).to.be.accessible();
    expect(await legacySummary(itemId)).to.include({ luot: '1' });

    const fetchSpy = sinon.spy(window, 'fetch');
    const success = nextEvent(el, 'star-rating-success');
    window.dispatchEvent(new Event('online'));
    expect((await success).detail).to.deep.equal({ itemId, average: 3, count: 1, value: 3 });
    await el.updateComplete;
    expect(partText(el, 'summary')).to.equal('3/5 · 1 lượt đánh giá');
    expect(part(el, 'retry')).to.equal(null);
    window.dispatchEvent(new Event('online'));
    await pause();
    expect(posts(fetchSpy), 'nothing left to send').to.equal(1);
    expect(transport.callCount).to.equal(2);
    expect(transport.secondCall.args[0], 'the same vote, the same voter').to.deep.equal(transport.firstCall.args[0]);
    expect(await legacySummary(itemId)).to.deep.equal({ ok: 1, diemTB: '3', luot: '1' });
  });

  it('resends a kept vote from the retry button', async () => {
    const itemId = unique('bai-viet');
    await legacyAnswersNext(itemId, 502, 'Bad Gateway');
    const el = await transportRating(itemId, legacyTransport);
    const failure = nextEvent(el, 'star-rating-error');
    radios(el)[4].click();
    await failure;
    await el.updateComplete;
    const success = nextEvent(el, 'star-rating-success');
    part(el, 'retry')!.click();
    expect((await success).detail).to.include({ average: 5, count: 1 });
    expect(el.shadowRoot!.activeElement, 'focus stays in the control').to.equal(radios(el)[4]);
    expect(await legacySummary(itemId)).to.include({ luot: '1' });
  });

  it('shows a refusal (400) and stops: no retry control, nothing sent again, nothing kept', async () => {
    const itemId = unique('bai-viet');
    const transport = sinon.spy(legacyTransport);
    // The portal only counts 1 to 5: a vote of 8 out of 10 is refused.
    const el = await transportRating(itemId, transport, 'max="10"');
    const failure = nextEvent(el, 'star-rating-error');
    radios(el)[7].click();
    expect((await failure).detail).to.deep.equal({ error: 'Điểm phải từ 1 đến 5', willRetry: false });
    await el.updateComplete;
    expect(partText(el, 'status')).to.equal('Đánh giá không được chấp nhận: Điểm phải từ 1 đến 5');
    expect(part(el, 'retry')).to.equal(null);
    await expect(el).to.be.accessible();
    window.dispatchEvent(new Event('online'));
    await pause();
    expect(transport.callCount).to.equal(1);
    el.remove();
    const again = await transportRating(itemId, transport, 'max="10"');
    await pause();
    expect(transport.callCount, 'not sent again on the next page load').to.equal(1);
    expect(part(again, 'retry')).to.equal(null);
    expect(await legacySummary(itemId)).to.include({ luot: '0' });
  });

  const errors: Array<[string, () => unknown, boolean]> = [
    ['a RatingTransportError with retry false', () => new RatingTransportError('Bài viết đã khóa', false), false],
    ['any error whose retry is false', () => Object.assign(new Error('Bài viết đã khóa'), { retry: false }), false],
    ['a RatingTransportError with retry true', () => new RatingTransportError('Bài viết đã khóa', true), true],
    ['an error without retry (as from the network)', () => new TypeError('Bài viết đã khóa'), true],
    ['an error whose retry is not a boolean', () => Object.assign(new Error('Bài viết đã khóa'), { retry: 0 }), true],
  ];
  for (const [name, error, retry] of errors) {
    it(`${retry ? 'keeps' : 'drops'} the vote on ${name}`, async () => {
      const itemId = unique('bai-viet');
      const el = await transportRating(itemId, () => Promise.reject(error()));
      const failure = nextEvent(el, 'star-rating-error');
      radios(el)[1].click();
      expect((await failure).detail).to.deep.equal({ error: 'Bài viết đã khóa', willRetry: retry });
      await el.updateComplete;
      expect(part(el, 'retry') !== null).to.equal(retry);
      expect(partText(el, 'status')).to.equal(retry ? FAILED : 'Đánh giá không được chấp nhận: Bài viết đã khóa');
    });
  }

  it('treats an answer without usable numbers as a failure to retry, without throwing or touching the summary', async () => {
    const itemId = unique('bai-viet');
    await legacyAnswersNext(itemId, 200, '{"ok":1,"diemTB":"N/A","luot":"37"}', true);
    const errorsSeen = uncaught();
    try {
      const el = await transportRating(itemId, legacyTransport, 'average="4.2" count="37"');
      const failure = nextEvent(el, 'star-rating-error');
      radios(el)[3].click();
      expect((await failure).detail).to.deep.equal({ error: 'Malformed response', willRetry: true });
      await el.updateComplete;
      expect(partText(el, 'summary')).to.equal('4,2/5 · 37 lượt đánh giá');
      expect(partText(el, 'status')).to.equal(FAILED);
      expect(el.shadowRoot!.textContent).not.to.contain('NaN');
      await expect(el).to.be.accessible();
      const success = nextEvent(el, 'star-rating-success');
      part(el, 'retry')!.click();
      expect((await success).detail).to.deep.equal({ itemId, average: 4, count: 1, value: 4 });
      expect(await legacySummary(itemId)).to.include({ luot: '1' });
    } finally {
      errorsSeen.stop();
    }
    expect(errorsSeen.called).to.be.false;
  });

  const malformed: unknown[] = [
    undefined,
    null,
    'OK',
    42,
    [],
    {},
    { average: 4 },
    { count: 3 },
    { average: Number.NaN, count: 3 },
    { average: 4, count: Number.NaN },
    { average: '4.2', count: 37 },
    { average: 4.2, count: '37' },
    { average: 4, count: -1 },
    { average: 4, count: 1.5 },
    { average: -1, count: 2 },
    { average: 9, count: 2 },
    { average: Infinity, count: 2 },
  ];
  it('survives every malformed answer with a failure state and an unchanged summary', async () => {
    const errorsSeen = uncaught();
    try {
      for (const answer of malformed) {
        const itemId = unique('bai-viet');
        const el = await transportRating(itemId, async () => answer as never, 'average="3.5" count="2"');
        const failure = nextEvent(el, 'star-rating-error');
        radios(el)[0].click();
        const label = JSON.stringify(answer) ?? String(answer);
        expect((await failure).detail, label).to.deep.equal({ error: 'Malformed response', willRetry: true });
        await el.updateComplete;
        expect(partText(el, 'summary'), label).to.equal('3,5/5 · 2 lượt đánh giá');
        expect(part(el, 'retry'), label).not.to.equal(null);
        expect(el.average).to.equal(3.5);
        expect(el.count).to.equal(2);
        el.remove();
      }
    } finally {
      errorsSeen.stop();
    }
    expect(errorsSeen.called).to.be.false;
  });

  it('survives a transport that throws at once, or is not a function', async () => {
    const errorsSeen = uncaught();
    try {
      const el = await transportRating(unique('bai-viet'), () => {
        throw new RatingTransportError('Cấu hình sai', false);
      });
      let failure = nextEvent(el, 'star-rating-error');
      radios(el)[2].click();
      expect((await failure).detail).to.deep.equal({ error: 'Cấu hình sai', willRetry: false });
      const odd = await transportRating(unique('bai-viet'), 'không phải hàm' as unknown as RatingTransport);
      failure = nextEvent(odd, 'star-rating-error');
      radios(odd)[2].click();
      expect((await failure).detail.willRetry).to.be.true;
      expect(odd.value).to.equal(3);
    } finally {
      errorsSeen.stop();
    }
    expect(errorsSeen.called).to.be.false;
  });

  it('gives up after `timeout`, aborting the signal, and keeps the vote', async () => {
    let signal: AbortSignal | undefined;
    const el = await transportRating(
      unique('bai-viet'),
      (_vote, options) => {
        signal = options.signal;
        return new Promise(() => {});
      },
      '',
      300,
    );
    const failure = nextEvent(el, 'star-rating-error');
    radios(el)[4].click();
    expect((await failure).detail).to.deep.equal({ error: 'Timeout', willRetry: true });
    expect(signal!.aborted).to.be.true;
    await el.updateComplete;
    expect(part(el, 'retry')).not.to.equal(null);
  });

  it('sends a vote kept from an earlier page load on the next one, once, without a new submission', async () => {
    const itemId = unique('bai-viet');
    const first = await transportRating(itemId, () => Promise.reject(new TypeError('Failed to fetch')));
    const failure = nextEvent(first, 'star-rating-error');
    radios(first)[1].click();
    await failure;
    first.remove();

    const submit = sinon.spy();
    document.addEventListener('star-rating-submit', submit);
    try {
      const success = nextEvent(document, 'star-rating-success');
      const reloaded = await transportRating(itemId, legacyTransport);
      expect(reloaded.value).to.equal(2);
      expect((await success).detail).to.deep.equal({ itemId, average: 2, count: 1, value: 2 });
      expect(submit.called, 'a retry is not a new submission').to.be.false;
    } finally {
      document.removeEventListener('star-rating-submit', submit);
    }
    expect(await legacySummary(itemId)).to.include({ luot: '1' });
  });

  it('keeps ratings of the same item in step: the vote and the numbers show in both, one sends', async () => {
    const itemId = unique('bai-viet');
    const transport = sinon.spy(legacyTransport);
    const wrap = await fixture('<div></div>');
    const [a, b] = [0, 1].map(() => {
      const el = document.createElement('star-rating');
      el.itemId = itemId;
      el.transport = transport;
      wrap.append(el);
      return el;
    });
    await Promise.all([a.updateComplete, b.updateComplete]);
    const fromB = sinon.spy();
    for (const type of ['change', 'star-rating-submit', 'star-rating-success', 'star-rating-error'])
      b.addEventListener(type, fromB);
    const success = nextEvent(a, 'star-rating-success');
    radios(a)[3].click();
    await b.updateComplete;
    expect(radios(b)[3].getAttribute('aria-checked')).to.equal('true');
    await success;
    await b.updateComplete;
    expect(partText(b, 'summary')).to.equal('4/5 · 1 lượt đánh giá');
    expect(partText(b, 'status'), 'announced once, by the rating used').to.equal('');
    expect(transport.callCount).to.equal(1);
    expect(fromB.called).to.be.false;
  });

  it('starts sending once a transport is set after it connected', async () => {
    const itemId = unique('bai-viet');
    const el = await fixture<StarRating>(`<star-rating item-id="${itemId}"></star-rating>`);
    expect(part(el, 'status'), 'no endpoint, no transport: nothing to announce').to.equal(null);
    const submit = sinon.spy();
    el.addEventListener('star-rating-submit', submit);
    radios(el)[0].click();
    expect(submit.called).to.be.false;
    el.value = 0;
    el.transport = legacyTransport;
    await el.updateComplete;
    expect(part(el, 'status')).not.to.equal(null);
    const success = nextEvent(el, 'star-rating-success');
    radios(el)[2].click();
    expect((await success).detail).to.include({ value: 3, count: 1 });
  });

  it('still loads the numbers from `endpoint` when it has one, but votes through the transport', async () => {
    const itemId = unique('bai-viet');
    await realFetch('/api/ratings', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ itemId, value: 2, voterId: unique('voter') }),
    });
    const transport = sinon.spy(legacyTransport);
    const el = await transportRating(itemId, transport, 'endpoint="/api/ratings"');
    await settled(el);
    expect(partText(el, 'summary')).to.equal('2/5 · 1 lượt đánh giá');
    const success = nextEvent(el, 'star-rating-success');
    radios(el)[4].click();
    await success;
    expect(transport.callCount).to.equal(1);
    expect((await serverSummary(itemId)).count, 'the reference API got no vote').to.equal(1);
    await waitUntil(() => partText(el, 'summary') === '5/5 · 1 lượt đánh giá');
  });
});
