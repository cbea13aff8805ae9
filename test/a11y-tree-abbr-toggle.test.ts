import { expect, fixture } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { examples } from '../demo/examples/abbr-toggle.js';
import '../src/abbr-toggle.js';
import type { AbbrToggle } from '../src/abbr-toggle.js';
import { clearPref } from '../src/internal/prefs.js';
import { itReadsEveryExample, settledTree, tree } from './support/ax-tree.js';

// What a screen reader gets from each example of the demo page, in Vietnamese: Chromium's
// accessibility tree (test/support/ax-tree.ts). On, each abbreviation is an Abbr named by its expansion.
const expected: Record<string, string> = {
  'abbr-written': tree`
    button "Từ viết tắt" [pressed=true]
    paragraph
      text "Ủy ban nhân dân ("
      Abbr "Ủy ban nhân dân"
        text "UBND"
      text ") tỉnh vừa ban hành kế hoạch"
      Abbr "cải cách hành chính"
        text "CCHC"
      text "(cải cách hành chính) năm 2020.Theo kế hoạch,"
      Abbr "Ủy ban nhân dân"
        text "UBND"
      text "(Ủy ban nhân dân) các huyện phối hợp với Mặt trận Tổ quốc ("
      Abbr "Mặt trận Tổ quốc"
        text "MTTQ"
      text ") cùng cấp;"
      Abbr "Hội đồng nhân dân"
        text "HĐND"
      text "(Hội đồng nhân dân) giám sát việc thực hiện."
  `,
  'abbr-off': tree`
    button "Từ viết tắt" [pressed=false]
    paragraph
      text "Chiều 18/11, UBND TP tổ chức hội nghị sơ kết công tác CCHC. Dự hội nghị có lãnh đạo HĐND và UBMTTQ TP. Theo báo cáo, GRDP 9 tháng tăng 6,8%; nhiều chỉ tiêu KT-XH đạt và vượt kế hoạch."
    paragraph
      text "UBND TP đề nghị các sở, ngành tiếp tục đẩy nhanh GPMB và hoàn thành các công trình trường THCS, THPT trước năm học mới."
  `,
  'abbr-inline': tree`
    button "Từ viết tắt" [pressed=true]
    paragraph
      text "Chiều 18/11,"
      Abbr "Ủy ban nhân dân"
        text "UBND"
      text "(Ủy ban nhân dân)"
      Abbr "thành phố"
        text "TP"
      text "(thành phố) tổ chức hội nghị sơ kết công tác"
      Abbr "cải cách hành chính"
        text "CCHC"
      text "(cải cách hành chính). Dự hội nghị có lãnh đạo"
      Abbr "Hội đồng nhân dân"
        text "HĐND"
      text "(Hội đồng nhân dân) và"
      Abbr "Ủy ban Mặt trận Tổ quốc"
        text "UBMTTQ"
      text "(Ủy ban Mặt trận Tổ quốc)"
      Abbr "thành phố"
        text "TP"
      text "(thành phố). Theo báo cáo,"
      Abbr "tổng sản phẩm trên địa bàn"
        text "GRDP"
      text "(tổng sản phẩm trên địa bàn) 9 tháng tăng 6,8%; nhiều chỉ tiêu"
      Abbr "kinh tế - xã hội"
        text "KT-XH"
      text "(kinh tế - xã hội) đạt và vượt kế hoạch."
    paragraph
      Abbr "Ủy ban nhân dân"
        text "UBND"
      text "(Ủy ban nhân dân)"
      Abbr "thành phố"
        text "TP"
      text "(thành phố) đề nghị các sở, ngành tiếp tục đẩy nhanh"
      Abbr "giải phóng mặt bằng"
        text "GPMB"
      text "(giải phóng mặt bằng) và hoàn thành các công trình trường"
      Abbr "trung học cơ sở"
        text "THCS"
      text "(trung học cơ sở),"
      Abbr "trung học phổ thông"
        text "THPT"
      text "(trung học phổ thông) trước năm học mới."
  `,
  'abbr-first': tree`
    button "Từ viết tắt" [pressed=true]
    paragraph
      text "Chiều 18/11,"
      Abbr "Ủy ban nhân dân"
        text "UBND"
      text "(Ủy ban nhân dân)"
      Abbr "thành phố"
        text "TP"
      text "(thành phố) tổ chức hội nghị sơ kết công tác"
      Abbr "cải cách hành chính"
        text "CCHC"
      text "(cải cách hành chính). Dự hội nghị có lãnh đạo"
      Abbr "Hội đồng nhân dân"
        text "HĐND"
      text "(Hội đồng nhân dân) và"
      Abbr "Ủy ban Mặt trận Tổ quốc"
        text "UBMTTQ"
      text "(Ủy ban Mặt trận Tổ quốc)"
      Abbr "thành phố"
        text "TP"
      text ". Theo báo cáo,"
      Abbr "tổng sản phẩm trên địa bàn"
        text "GRDP"
      text "(tổng sản phẩm trên địa bàn) 9 tháng tăng 6,8%; nhiều chỉ tiêu"
      Abbr "kinh tế - xã hội"
        text "KT-XH"
      text "(kinh tế - xã hội) đạt và vượt kế hoạch."
    paragraph
      Abbr "Ủy ban nhân dân"
        text "UBND"
      Abbr "thành phố"
        text "TP"
      text "đề nghị các sở, ngành tiếp tục đẩy nhanh"
      Abbr "giải phóng mặt bằng"
        text "GPMB"
      text "(giải phóng mặt bằng) và hoàn thành các công trình trường"
      Abbr "trung học cơ sở"
        text "THCS"
      text "(trung học cơ sở),"
      Abbr "trung học phổ thông"
        text "THPT"
      text "(trung học phổ thông) trước năm học mới."
  `,
  'abbr-tooltip': tree`
    button "Từ viết tắt" [pressed=true]
    paragraph
      text "Chiều 18/11,"
      button "UBND" [expanded=true] desc "Ủy ban nhân dân"
      button "TP" [expanded=false] desc "thành phố"
      text "tổ chức hội nghị sơ kết công tác"
      button "CCHC" [expanded=false] desc "cải cách hành chính"
      text ". Dự hội nghị có lãnh đạo"
      button "HĐND" [expanded=false] desc "Hội đồng nhân dân"
      text "và"
      button "UBMTTQ" [expanded=false] desc "Ủy ban Mặt trận Tổ quốc"
      Abbr "thành phố"
        text "TP"
      text ". Theo báo cáo,"
      button "GRDP" [expanded=false] desc "tổng sản phẩm trên địa bàn"
      text "9 tháng tăng 6,8%; nhiều chỉ tiêu"
      button "KT-XH" [expanded=false] desc "kinh tế - xã hội"
      text "đạt và vượt kế hoạch."
    paragraph
      Abbr "Ủy ban nhân dân"
        text "UBND"
      Abbr "thành phố"
        text "TP"
      text "đề nghị các sở, ngành tiếp tục đẩy nhanh"
      button "GPMB" [expanded=false] desc "giải phóng mặt bằng"
      text "và hoàn thành các công trình trường"
      button "THCS" [expanded=false] desc "trung học cơ sở"
      text ","
      button "THPT" [expanded=false] desc "trung học phổ thông"
      text "trước năm học mới."
  `,
  'abbr-page-dictionary': tree`
    button "Từ viết tắt" [pressed=true]
    paragraph
      text "Theo nghị quyết mới của"
      Abbr "Chính phủ"
        text "CP"
      text "(Chính phủ), người lao động đã đóng"
      Abbr "bảo hiểm thất nghiệp"
        text "BHTN"
      text "(bảo hiểm thất nghiệp) đủ 12 tháng được hỗ trợ học nghề. Mã"
      code
        text "NQ-CP"
      text "trong số hiệu văn bản được giữ nguyên."
  `,
  'abbr-failed': tree`
    button "Từ viết tắt" [pressed=false]
    alert [live=assertive]
      text "Không tải được phần giải nghĩa. Bấm nút để thử lại."
    paragraph
      text "Chiều 18/11, UBND TP tổ chức hội nghị sơ kết công tác CCHC. Dự hội nghị có lãnh đạo HĐND và UBMTTQ TP. Theo báo cáo, GRDP 9 tháng tăng 6,8%; nhiều chỉ tiêu KT-XH đạt và vượt kế hoạch."
    paragraph
      text "UBND TP đề nghị các sở, ngành tiếp tục đẩy nhanh GPMB và hoàn thành các công trình trường THCS, THPT trước năm học mới."
  `,
};
describe('<abbr-toggle> as a screen reader gets it', () => {
  itReadsEveryExample(examples, expected);

  it('reads the expansions once turned on from the keyboard, and exactly as before once off again', async function () {
    const key = 'a11y-tree-abbr';
    clearPref(key);
    // The off example's text, with a storage key of this test's own.
    const html = examples
      .find((e) => e.id === 'abbr-off')!
      .html.replace('storage-key="demo-abbr-off"', `storage-key="${key}"`);
    const container = await fixture<HTMLElement>(`<div lang="vi">${html}</div>`);
    try {
      const el = container.querySelector<AbbrToggle>('abbr-toggle')!;
      await el.updateComplete;
      expect(await settledTree(this, container, expected['abbr-off'])).to.equal(expected['abbr-off']);
      el.shadowRoot!.querySelector('button')!.focus();
      await sendKeys({ press: 'Space' });
      expect(await settledTree(this, container, expected['abbr-inline'])).to.equal(expected['abbr-inline']);
      await sendKeys({ press: 'Space' });
      expect(await settledTree(this, container, expected['abbr-off'])).to.equal(expected['abbr-off']);
    } finally {
      clearPref(key);
    }
  });
});
