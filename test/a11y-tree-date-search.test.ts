import { expect, fixture } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { examples } from '../demo/examples/date-search.js';
import '../src/date-search.js';
import { axTreeOf, itReadsEveryExample, settledTree, tree } from './support/ax-tree.js';

// What a screen reader gets from each example of the demo page, in Vietnamese: Chromium's
// accessibility tree (test/support/ax-tree.ts). The open calendar is a modal dialog holding a grid
// whose column headers are the weekdays in full words, Monday first.
const expected: Record<string, string> = {
  'date-search-enhanced-text': tree`
    LabelText
      text "Tìm theo ngày"
    textbox "Tìm theo ngày" desc "dd/mm/yyyy"
      text "18/11/2019"
    button "Chọn ngày, đã chọn 18/11/2019" [haspopup=dialog]
    button "Tìm"
    text "dd/mm/yyyy"
    paragraph [live=polite]
  `,
  'date-search-empty': tree`
    LabelText
      text "Tìm theo ngày"
    textbox "Tìm theo ngày" desc "dd/mm/yyyy"
    button "Chọn ngày" [haspopup=dialog]
    button "Tìm"
    text "dd/mm/yyyy"
    paragraph [live=polite]
  `,
  'date-search-value': tree`
    LabelText
      text "Tìm theo ngày"
    textbox "Tìm theo ngày" desc "dd/mm/yyyy"
      text "18/11/2019"
    button "Chọn ngày, đã chọn 18/11/2019" [haspopup=dialog]
    button "Tìm"
    text "dd/mm/yyyy"
    paragraph [live=polite]
  `,
  'date-search-open': tree`
    dialog "Chọn ngày" [modal]
      button "Năm trước"
      button "Tháng trước"
      heading "Tháng 11 năm 2019" [live=polite, level=2]
      button "Tháng sau"
      button "Năm sau"
      grid "Tháng 11 năm 2019"
        rowgroup
          row "Thứ Hai Thứ Ba Thứ Tư Thứ Năm Thứ Sáu Thứ Bảy Chủ Nhật"
            columnheader "Thứ Hai"
            columnheader "Thứ Ba"
            columnheader "Thứ Tư"
            columnheader "Thứ Năm"
            columnheader "Thứ Sáu"
            columnheader "Thứ Bảy"
            columnheader "Chủ Nhật"
        row "Thứ Sáu, 1 tháng 11, 2019 Thứ Bảy, 2 tháng 11, 2019 Chủ Nhật, 3 tháng 11, 2019"
          gridcell
          gridcell
          gridcell
          gridcell
          gridcell "Thứ Sáu, 1 tháng 11, 2019"
            text "1"
          gridcell "Thứ Bảy, 2 tháng 11, 2019"
            text "2"
          gridcell "Chủ Nhật, 3 tháng 11, 2019"
            text "3"
        row "Thứ Hai, 4 tháng 11, 2019 Thứ Ba, 5 tháng 11, 2019 Thứ Tư, 6 tháng 11, 2019 Thứ Năm, 7 tháng 11, 2019 Thứ Sáu, 8 tháng 11, 2019 Thứ Bảy, 9 tháng 11, 2019 Chủ Nhật, 10 tháng 11, 2019"
          gridcell "Thứ Hai, 4 tháng 11, 2019"
            text "4"
          gridcell "Thứ Ba, 5 tháng 11, 2019"
            text "5"
          gridcell "Thứ Tư, 6 tháng 11, 2019"
            text "6"
          gridcell "Thứ Năm, 7 tháng 11, 2019"
            text "7"
          gridcell "Thứ Sáu, 8 tháng 11, 2019"
            text "8"
          gridcell "Thứ Bảy, 9 tháng 11, 2019"
            text "9"
          gridcell "Chủ Nhật, 10 tháng 11, 2019"
            text "10"
        row "Thứ Hai, 11 tháng 11, 2019 Thứ Ba, 12 tháng 11, 2019 Thứ Tư, 13 tháng 11, 2019 Thứ Năm, 14 tháng 11, 2019 Thứ Sáu, 15 tháng 11, 2019 Thứ Bảy, 16 tháng 11, 2019 Chủ Nhật, 17 tháng 11, 2019"
          gridcell "Thứ Hai, 11 tháng 11, 2019"
            text "11"
          gridcell "Thứ Ba, 12 tháng 11, 2019"
            text "12"
          gridcell "Thứ Tư, 13 tháng 11, 2019"
            text "13"
          gridcell "Thứ Năm, 14 tháng 11, 2019"
            text "14"
          gridcell "Thứ Sáu, 15 tháng 11, 2019"
            text "15"
          gridcell "Thứ Bảy, 16 tháng 11, 2019"
            text "16"
          gridcell "Chủ Nhật, 17 tháng 11, 2019"
            text "17"
        row "Thứ Hai, 18 tháng 11, 2019 Thứ Ba, 19 tháng 11, 2019 Thứ Tư, 20 tháng 11, 2019 Thứ Năm, 21 tháng 11, 2019 Thứ Sáu, 22 tháng 11, 2019 Thứ Bảy, 23 tháng 11, 2019 Chủ Nhật, 24 tháng 11, 2019"
          gridcell "Thứ Hai, 18 tháng 11, 2019" [selected]
            text "18"
          gridcell "Thứ Ba, 19 tháng 11, 2019"
            text "19"
          gridcell "Thứ Tư, 20 tháng 11, 2019"
            text "20"
          gridcell "Thứ Năm, 21 tháng 11, 2019"
            text "21"
          gridcell "Thứ Sáu, 22 tháng 11, 2019"
            text "22"
          gridcell "Thứ Bảy, 23 tháng 11, 2019"
            text "23"
          gridcell "Chủ Nhật, 24 tháng 11, 2019"
            text "24"
        row "Thứ Hai, 25 tháng 11, 2019 Thứ Ba, 26 tháng 11, 2019 Thứ Tư, 27 tháng 11, 2019 Thứ Năm, 28 tháng 11, 2019 Thứ Sáu, 29 tháng 11, 2019 Thứ Bảy, 30 tháng 11, 2019"
          gridcell "Thứ Hai, 25 tháng 11, 2019"
            text "25"
          gridcell "Thứ Ba, 26 tháng 11, 2019"
            text "26"
          gridcell "Thứ Tư, 27 tháng 11, 2019"
            text "27"
          gridcell "Thứ Năm, 28 tháng 11, 2019"
            text "28"
          gridcell "Thứ Sáu, 29 tháng 11, 2019"
            text "29"
          gridcell "Thứ Bảy, 30 tháng 11, 2019"
            text "30"
          gridcell
        row
          gridcell
          gridcell
          gridcell
          gridcell
          gridcell
          gridcell
          gridcell
      button "Đóng"
  `,
  'date-search-invalid': tree`
    LabelText
      text "Tìm theo ngày"
    textbox "Tìm theo ngày" [invalid] desc "dd/mm/yyyy Không có ngày 31/02/2019 trong lịch: hãy kiểm tra ngày và tháng."
      text "31/02/2019"
    button "Chọn ngày" [haspopup=dialog]
    button "Tìm"
    text "dd/mm/yyyy"
    paragraph [live=polite]
      text "Không có ngày 31/02/2019 trong lịch: hãy kiểm tra ngày và tháng."
  `,
  'date-search-range': tree`
    LabelText
      text "Tìm theo ngày"
    textbox "Tìm theo ngày" [invalid] desc "dd/mm/yyyy Hãy chọn ngày từ 31/12/2019 trở về trước."
      text "01/01/2020"
    button "Chọn ngày" [haspopup=dialog]
    button "Tìm"
    text "dd/mm/yyyy"
    paragraph [live=polite]
      text "Hãy chọn ngày từ 31/12/2019 trở về trước."
  `,
  'date-search-disabled': tree`
    LabelText
      text "Tìm theo ngày"
    textbox "Tìm theo ngày" [disabled] desc "dd/mm/yyyy"
      text "18/11/2019"
    button "Chọn ngày, đã chọn 18/11/2019" [disabled, haspopup=dialog]
    button "Tìm" [disabled]
    text "dd/mm/yyyy"
    paragraph [live=polite]
  `,
  'date-search-required': tree`
    form
      LabelText
        text "Tìm theo ngày"
      textbox "Tìm theo ngày" [invalid, required] desc "dd/mm/yyyy Hãy nhập ngày cần tìm, ví dụ 18/11/2019."
      button "Chọn ngày" [haspopup=dialog]
      button "Tìm"
      text "dd/mm/yyyy"
      paragraph [live=polite]
        text "Hãy nhập ngày cần tìm, ví dụ 18/11/2019."
      button "Gửi / Send"
  `,
  'date-search-enhanced': tree`
    LabelText
      text "Tìm theo ngày"
    textbox "Tìm theo ngày" desc "dd/mm/yyyy"
      text "18/11/2019"
    button "Chọn ngày, đã chọn 18/11/2019" [haspopup=dialog]
    button "Tìm"
    text "dd/mm/yyyy"
    paragraph [live=polite]
  `,
};
describe('<date-search> as a screen reader gets it', () => {
  itReadsEveryExample(examples, expected);

  const open = examples.find((e) => e.id === 'date-search-open')!;
  const headers = (text: string) =>
    text
      .split('\n')
      .filter((l) => /^\s*columnheader /.test(l))
      .map((l) => l.trim());

  it('names the open calendar’s columns with whole weekdays in English too', async function () {
    const container = await fixture<HTMLElement>(`<div lang="en">${open.html}</div>`);
    await open.setup!(container);
    expect(headers(await axTreeOf(this, container))).to.deep.equal(
      ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'].map((d) => `columnheader "${d}"`),
    );
  });

  it('says the error of a date typed from the keyboard, tied to the field and in its live region', async function () {
    const container = await fixture<HTMLElement>(
      `<div lang="vi"><date-search action="/search.html"></date-search></div>`,
    );
    const el = container.querySelector('date-search')!;
    await el.updateComplete;
    el.shadowRoot!.querySelector('input')!.focus();
    await sendKeys({ type: '31/02/2019' });
    await sendKeys({ press: 'Tab' });
    // The same as the example a designer sees, where the date is set by code.
    expect(await settledTree(this, container, expected['date-search-invalid'])).to.equal(
      expected['date-search-invalid'],
    );
  });
});
