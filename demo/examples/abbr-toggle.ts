import { AbbrToggle } from '../../src/abbr-toggle.js';
import type { Example } from './types.js';

// A toggle whose code cannot be downloaded (as when offline or blocked), to show that state.
class OfflineAbbrToggle extends AbbrToggle {
  static override loadWhenOn = () => Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
}
if (!customElements.get('abbr-toggle-offline')) customElements.define('abbr-toggle-offline', OfflineAbbrToggle);

// Each example expands its own paragraph and keeps its own stored choice, so the states stay apart.
const toggle = (id: string, attrs = '', children = '') =>
  `<abbr-toggle for="${id}-text" storage-key="demo-${id}"${attrs}>${children}</abbr-toggle>`;

const report = (id: string) => `<div id="${id}-text" lang="vi">
  <p>
    Chiều 18/11, UBND TP tổ chức hội nghị sơ kết công tác CCHC. Dự hội nghị có lãnh đạo HĐND và
    UBMTTQ TP. Theo báo cáo, GRDP 9 tháng tăng 6,8%; nhiều chỉ tiêu KT-XH đạt và vượt kế hoạch.
  </p>
  <p>
    UBND TP đề nghị các sở, ngành tiếp tục đẩy nhanh GPMB và hoàn thành các công trình trường THCS,
    THPT trước năm học mới.
  </p>
</div>`;

export const examples: Example[] = [
  {
    id: 'abbr-off',
    title: { vi: 'Tắt (mặc định)', en: 'Off (default)' },
    html: `${toggle('abbr-off')}\n${report('abbr-off')}`,
  },
  {
    id: 'abbr-inline',
    title: { vi: 'Bật: giải nghĩa sau mỗi từ viết tắt', en: 'On: expansion after every abbreviation' },
    html: `${toggle('abbr-inline', ' pressed')}\n${report('abbr-inline')}`,
  },
  {
    id: 'abbr-first',
    title: { vi: 'Chỉ giải nghĩa lần xuất hiện đầu tiên', en: 'Expansion at the first occurrence only' },
    html: `${toggle('abbr-first', ' pressed mode="first"')}\n${report('abbr-first')}`,
  },
  {
    id: 'abbr-tooltip',
    title: { vi: 'Chú thích nổi, một chú thích đang mở', en: 'Tooltips, one of them open' },
    html: `${toggle('abbr-tooltip', ' pressed mode="tooltip"')}\n${report('abbr-tooltip')}`,
    async setup(container) {
      const el = container.querySelector('abbr-toggle');
      await el?.updateComplete;
      // preventScroll: the demo page must not jump to this example when it loads.
      container.querySelector<HTMLElement>('#abbr-tooltip-text abbr')?.focus({ preventScroll: true });
    },
  },
  {
    id: 'abbr-page-dictionary',
    title: { vi: 'Từ điển riêng của trang', en: 'With the page’s own dictionary' },
    html: `${toggle(
      'abbr-page-dictionary',
      ' pressed',
      `<script type="application/json">{ "BHTN": "bảo hiểm thất nghiệp", "CP": "Chính phủ" }</script>`,
    )}
<div id="abbr-page-dictionary-text" lang="vi">
  <p>
    Theo nghị quyết mới của CP, người lao động đã đóng BHTN đủ 12 tháng được hỗ trợ học nghề. Mã
    <code>NQ-CP</code> trong số hiệu văn bản được giữ nguyên.
  </p>
</div>`,
  },
  {
    id: 'abbr-written',
    title: {
      vi: 'Bài dán từ Word, tác giả đã viết sẵn giải nghĩa',
      en: 'A body pasted from Word, with expansions the author wrote',
    },
    // As old editors keep a Word paste: pt sizes on nested spans, &nbsp; runs, <br> between paragraphs.
    html: `${toggle('abbr-written', ' pressed')}
<div id="abbr-written-text" lang="vi">
  <p class="MsoNormal" style="text-align:justify"><span style="font-size:13.0pt"><b>Ủy ban</b>&nbsp;nhân dân
    (UBND) tỉnh vừa ban hành kế hoạch CCHC năm 2020.<br>Theo kế hoạch, UBND các huyện phối hợp với
    </span><span style="font-size:12pt">Mặt trận Tổ quốc&nbsp;(MTTQ)</span><span style="font-size:13.0pt">
    cùng cấp; HĐND (Hội đồng nhân dân) giám sát việc thực hiện.<o:p></o:p></span></p>
</div>`,
  },
  {
    id: 'abbr-failed',
    title: {
      vi: 'Không tải được phần giải nghĩa (mô phỏng ngoại tuyến)',
      en: 'The expansions could not be loaded (simulated offline)',
    },
    html: `<abbr-toggle-offline for="abbr-failed-text" storage-key="demo-abbr-failed"></abbr-toggle-offline>
${report('abbr-failed')}`,
    async setup(container) {
      const el = container.querySelector<AbbrToggle>('abbr-toggle-offline');
      if (!el || el.pressed) return;
      el.shadowRoot?.querySelector('button')?.click();
      await el.updateComplete;
    },
  },
];
