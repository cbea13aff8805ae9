import { expect, fixture } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { examples } from '../demo/examples/font-size-control.js';
import '../src/font-size-control.js';
import { clearPref } from '../src/internal/prefs.js';
import { itReadsEveryExample, settledTree, tree } from './support/ax-tree.js';

// What a screen reader gets from each example of the demo page, in Vietnamese: Chromium's
// accessibility tree (test/support/ax-tree.ts).
const expected: Record<string, string> = {
  'font-size-default': tree`
    group "Xem với cỡ chữ"
      text "Xem với cỡ chữ"
      button "A− Giảm cỡ chữ"
        text "A−"
      button "A Cỡ chữ mặc định" [disabled]
        text "A"
      button "A+ Tăng cỡ chữ"
        text "A+"
      status [live=polite]
    paragraph
      text "Sáng nay, các tuyến xe buýt nội đô bắt đầu chạy theo lộ trình mới. Người dân có thể tra cứu giờ chạy tại nhà chờ hoặc trên cổng thông tin của thành phố."
  `,
  'font-size-min': tree`
    group "Xem với cỡ chữ"
      text "Xem với cỡ chữ"
      button "A− Giảm cỡ chữ" [disabled]
        text "A−"
      button "A Cỡ chữ mặc định"
        text "A"
      button "A+ Tăng cỡ chữ"
        text "A+"
      status [live=polite]
    paragraph
      text "Sáng nay, các tuyến xe buýt nội đô bắt đầu chạy theo lộ trình mới. Người dân có thể tra cứu giờ chạy tại nhà chờ hoặc trên cổng thông tin của thành phố."
  `,
  'font-size-max': tree`
    group "Xem với cỡ chữ"
      text "Xem với cỡ chữ"
      button "A− Giảm cỡ chữ"
        text "A−"
      button "A Cỡ chữ mặc định"
        text "A"
      button "A+ Tăng cỡ chữ" [disabled]
        text "A+"
      status [live=polite]
    paragraph
      text "Sáng nay, các tuyến xe buýt nội đô bắt đầu chạy theo lộ trình mới. Người dân có thể tra cứu giờ chạy tại nhà chờ hoặc trên cổng thông tin của thành phố."
  `,
  'font-size-150': tree`
    group "Xem với cỡ chữ"
      text "Xem với cỡ chữ"
      button "A− Giảm cỡ chữ"
        text "A−"
      button "A Cỡ chữ mặc định"
        text "A"
      button "A+ Tăng cỡ chữ"
        text "A+"
      status [live=polite]
    paragraph
      text "Sáng nay, các tuyến xe buýt nội đô bắt đầu chạy theo lộ trình mới. Người dân có thể tra cứu giờ chạy tại nhà chờ hoặc trên cổng thông tin của thành phố."
  `,
};
describe('<font-size-control> as a screen reader gets it', () => {
  itReadsEveryExample(examples, expected);

  it('announces the new size in its live region after A+, politely', async function () {
    const key = 'a11y-tree-font';
    clearPref(key);
    const container = await fixture<HTMLElement>(`<div lang="vi">
      <font-size-control for="a11y-tree-text" storage-key="${key}"></font-size-control>
      <p id="a11y-tree-text">Chữ của bài.</p>
    </div>`);
    try {
      const el = container.querySelector('font-size-control')!;
      await el.updateComplete;
      el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="increase"]')!.focus();
      await sendKeys({ press: 'Enter' });
      const after = tree`
        group "Xem với cỡ chữ"
          text "Xem với cỡ chữ"
          button "A− Giảm cỡ chữ"
            text "A−"
          button "A Cỡ chữ mặc định"
            text "A"
          button "A+ Tăng cỡ chữ"
            text "A+"
          status [live=polite]
            text "Cỡ chữ 110%"
        paragraph
          text "Chữ của bài."
      `;
      expect(await settledTree(this, container, after)).to.equal(after);
    } finally {
      clearPref(key);
    }
  });
});
