import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { DateSearch } from '../src/date-search.js';
import '../src/date-search.js';
import { messageCode } from '../src/date-search/date-search.js';
import { parts, setText } from './date-search.helpers.js';

// A page of its own: the refusals' messages load once per page, at the first idle moment.
describe('<date-search> when its refusal messages cannot load', () => {
  it('still tells the reader the date is wrong, and gives the exact reason once they load', async () => {
    const realLoad = messageCode.load;
    let calls = 0;
    messageCode.load = () => {
      calls++;
      return Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
    };
    try {
      const el = await fixture<DateSearch>(html`<date-search></date-search>`);
      // The idle fetch happens (and fails) with no typing at all.
      await waitUntil(() => calls === 1, 'the messages were not fetched while idle', { timeout: 7000 });
      await setText(el, '31/02/2019');
      const { input, error } = parts(el);
      expect(input.getAttribute('aria-invalid')).to.equal('true');
      expect(error.textContent).to.equal('Ngày không hợp lệ: hãy nhập theo dạng dd/mm/yyyy, ví dụ 18/11/2019.');
      expect(input.getAttribute('aria-describedby')).to.contain(error.id);
      expect(el.value).to.equal('');
      await expect(el).to.be.accessible();

      // Back online: the next typing loads them, and the specific reason replaces the general one.
      messageCode.load = realLoad;
      await setText(el, '31/02/2019 ');
      await waitUntil(() => error.textContent!.includes('Không có ngày'), 'the exact reason did not come');
      expect(error.textContent).to.equal('Không có ngày 31/02/2019 trong lịch: hãy kiểm tra ngày và tháng.');
    } finally {
      messageCode.load = realLoad;
    }
  });
});
