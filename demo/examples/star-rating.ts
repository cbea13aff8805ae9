import type { StarRating } from '../../src/star-rating.js';
import type { Example } from './types.js';

const rating = async (container: HTMLElement) => {
  await customElements.whenDefined('star-rating');
  const el = container.querySelector('star-rating')!;
  await el.updateComplete;
  return el;
};

const star = (el: StarRating, value: number) => el.shadowRoot!.querySelectorAll<HTMLElement>('[role=radio]')[value - 1];

/** Chooses a star as a visitor would, one that differs from the vote remembered from an earlier visit. */
async function vote(el: StarRating, wanted: number) {
  star(el, el.value === wanted ? wanted - 1 : wanted).click();
  await el.updateComplete;
}

/** Resolves after an event of `type` once `done` holds (at the latest after 8 s). */
const settle = (el: StarRating, type: 'star-rating-success' | 'star-rating-error', done = () => true) =>
  new Promise<void>((resolve) => {
    const finish = () => {
      clearTimeout(timer);
      el.removeEventListener(type, check);
      resolve();
    };
    const check = () => void el.updateComplete.then(() => done() && finish());
    const timer = setTimeout(finish, 8000);
    el.addEventListener(type, check);
  });

// Demo only: a real server rarely hangs or drops off when a designer wants to see it. POSTs to these
// example endpoints never answer, fail as when offline, or are refused; every other request goes through.
const FAKE = {
  sending: '/api/ratings?example=sending',
  offline: '/api/ratings?example=offline',
  refused: '/api/ratings?example=refused',
};
let faked = false;
function fakeExampleEndpoints() {
  if (faked) return;
  faked = true;
  const realFetch = window.fetch.bind(window);
  window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    if (init?.method === 'POST' && input === FAKE.sending) return new Promise<Response>(() => {});
    if (init?.method === 'POST' && input === FAKE.offline) return Promise.reject(new TypeError('Failed to fetch'));
    if (init?.method === 'POST' && input === FAKE.refused) {
      const body = JSON.stringify({ error: 'Bài viết này đã ngừng nhận đánh giá.' });
      return Promise.resolve(new Response(body, { status: 422, headers: { 'Content-Type': 'application/json' } }));
    }
    return realFetch(input, init);
  };
}

export const examples: Example[] = [
  {
    id: 'star-rating-empty',
    title: { vi: 'Chưa chọn', en: 'Nothing chosen' },
    html: '<star-rating></star-rating>',
  },
  {
    id: 'star-rating-hovered',
    title: { vi: 'Di chuột lên ngôi sao thứ ba (xem trước)', en: 'Pointer over the third star (preview)' },
    html: '<star-rating value="1"></star-rating>',
    setup: async (container) => {
      const el = await rating(container);
      star(el, 3).dispatchEvent(new PointerEvent('pointermove', { pointerType: 'mouse', bubbles: true }));
      await el.updateComplete;
    },
  },
  {
    id: 'star-rating-keyboard',
    title: {
      vi: 'Bàn phím như nhóm nút chọn: → ↓ sao sau, ← ↑ sao trước (quay vòng), Space chọn, Home/End',
      en: 'Keys of a radio group: → ↓ next star, ← ↑ previous (wrapping), Space checks, Home/End',
    },
    html: '<star-rating value="2"></star-rating>',
  },
  {
    id: 'star-rating-selected',
    title: { vi: 'Đã chọn 4 sao', en: '4 stars chosen' },
    html: '<star-rating value="4"></star-rating>',
  },
  {
    id: 'star-rating-average',
    title: { vi: 'Có điểm trung bình và số lượt', en: 'With average and number of votes' },
    html: '<star-rating average="4.2" count="37"></star-rating>',
  },
  {
    id: 'star-rating-no-votes',
    title: { vi: 'Chưa có lượt đánh giá', en: 'No votes yet' },
    html: '<star-rating count="0" no-hint></star-rating>',
  },
  {
    id: 'star-rating-readonly',
    title: { vi: 'Chỉ xem (readonly)', en: 'Read-only' },
    html: '<star-rating readonly value="4" average="3.5" count="12"></star-rating>',
  },
  {
    id: 'star-rating-disabled',
    title: { vi: 'Vô hiệu (disabled)', en: 'Disabled' },
    html: '<star-rating disabled value="3"></star-rating>',
  },
  {
    id: 'star-rating-sending',
    title: { vi: 'Đang gửi', en: 'Sending' },
    html: `<star-rating endpoint="${FAKE.sending}" item-id="vi-du-dang-gui" timeout="3600000"></star-rating>`,
    setup: async (container) => {
      fakeExampleEndpoints();
      await vote(await rating(container), 4);
    },
  },
  {
    id: 'star-rating-error',
    title: { vi: 'Lỗi mạng: giữ lại để gửi lại', en: 'Network error: kept to send again' },
    html: `<star-rating endpoint="${FAKE.offline}" item-id="vi-du-mat-mang"></star-rating>`,
    setup: async (container) => {
      fakeExampleEndpoints();
      const el = await rating(container);
      // A vote kept from an earlier visit is sent again first; wait for the new one to fail too.
      const failed = settle(el, 'star-rating-error', () => !!el.shadowRoot!.querySelector('[part=retry]'));
      await vote(el, 4);
      await failed;
      await el.updateComplete;
    },
  },
  {
    id: 'star-rating-refused',
    title: { vi: 'Máy chủ từ chối (4xx)', en: 'Refused by the server (4xx)' },
    html: `<star-rating endpoint="${FAKE.refused}" item-id="vi-du-bi-tu-choi"></star-rating>`,
    setup: async (container) => {
      fakeExampleEndpoints();
      const el = await rating(container);
      const failed = settle(el, 'star-rating-error');
      await vote(el, 2);
      await failed;
      await el.updateComplete;
    },
  },
  {
    id: 'star-rating-voted',
    title: { vi: 'Đã gửi đánh giá', en: 'Vote recorded' },
    html: '<star-rating endpoint="/api/ratings" item-id="vi-du-da-danh-gia"></star-rating>',
    setup: async (container) => {
      const el = await rating(container);
      const sent = settle(el, 'star-rating-success');
      await vote(el, 5);
      await sent;
      await el.updateComplete;
    },
  },
  {
    id: 'star-rating-transport',
    title: {
      vi: 'Gửi qua `transport` tới máy chủ riêng của cổng (ví dụ giữ phiếu trong bộ nhớ)',
      en: "Sent through `transport` to the portal's own back end (this example keeps votes in memory)",
    },
    html: '<star-rating item-id="vi-du-transport" average="4.2" count="37"></star-rating>',
    setup: async (container) => {
      const el = await rating(container);
      // Demo only: a back end of 37 earlier votes averaging 4.2, plus one vote per visitor.
      const votes = new Map<string, number>();
      el.transport = async ({ value, voterId }) => {
        await new Promise((r) => setTimeout(r, 600));
        votes.set(voterId, value);
        const mine = [...votes.values()];
        const count = 37 + mine.length;
        return { average: (4.2 * 37 + mine.reduce((a, b) => a + b, 0)) / count, count };
      };
    },
  },
  {
    id: 'star-rating-required',
    title: { vi: 'Bắt buộc, trong một biểu mẫu', en: 'Required, in a form' },
    html: '<form><star-rating name="danh-gia" required></star-rating></form>',
  },
  {
    id: 'star-rating-ten',
    title: { vi: 'Thang 10 sao', en: 'Out of 10 stars' },
    html: '<star-rating max="10" value="7"></star-rating>',
  },
];
