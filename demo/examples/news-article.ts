import type { Example } from './types.js';

const body = `<div slot="body">
    <p>Chiều 19/11, Sở Giáo dục và Đào tạo cho biết năm học tới tiếp tục tổ chức thi tuyển vào lớp 10 THPT
    công lập với ba môn. Phương án đã được báo cáo UBND TP và HĐND TP.</p>
    <p>Sở đề nghị UBND các quận, huyện rà soát số học sinh lớp 9 THCS để bố trí đủ chỗ học.</p>
  </div>
  <p slot="source">Theo Hà Nội portal</p>`;

/** Every state of `<news-article>` a designer checks: both modes, loading failure, a bad date. */
export const examples: Example[] = [
  {
    id: 'light-dom',
    title: { vi: 'Bài viết từ máy chủ (light DOM)', en: 'Server-rendered article (light DOM)' },
    html: `<news-article>
  <h2 slot="headline">Tuyển sinh vào lớp 10 THPT công lập: giữ ổn định phương thức thi</h2>
  <time slot="dateline" datetime="2019-11-19T15:05:00+07:00">Thứ ba, 19/11/2019 15:05</time>
  ${body}
</news-article>`,
  },
  {
    id: 'footer',
    title: { vi: 'Có đánh giá và tìm theo ngày', en: 'With rating and date search' },
    html: `<news-article item-id="vi-du-chan-trang" rating-endpoint="/api/ratings" search-action="/search.html">
  <h2 slot="headline">HĐND TP giám sát tiến độ CNH-HĐH nông nghiệp, nông thôn</h2>
  <time slot="dateline" datetime="2019-11-20T09:15:00+07:00">Thứ tư, 20/11/2019 09:15</time>
  <div slot="body"><p>Đoàn giám sát của Thường trực HĐND TP làm việc với UBND huyện Đông Anh về kết quả CNH-HĐH.</p></div>
  <p slot="source">Theo Hà Nội portal</p>
</news-article>`,
  },
  {
    id: 'no-toolbar',
    title: { vi: 'Không có thanh công cụ', en: 'Toolbar turned off' },
    html: `<news-article no-toolbar>
  <h2 slot="headline">UBMTTQ TP phát động tháng cao điểm "Vì người nghèo"</h2>
  <time slot="dateline" datetime="2019-11-18T08:30:00+07:00">Thứ hai, 18/11/2019 08:30</time>
  <div slot="body"><p>MTTQ các cấp vận động ủng hộ Quỹ "Vì người nghèo", ưu tiên hộ cận nghèo ở ngoại thành.</p></div>
</news-article>`,
  },
  {
    id: 'invalid-date',
    title: { vi: 'Ngày giờ không hợp lệ: giữ nguyên chữ của máy chủ', en: 'Invalid date: the server text stays' },
    html: `<news-article no-toolbar>
  <h2 slot="headline">Quán triệt NQ Hội nghị lần thứ 11 BCHTW Đảng khóa XII</h2>
  <time slot="dateline" datetime="ngày 15 tháng 11">Ngày 15 tháng 11 năm 2019</time>
  <div slot="body"><p>BTV Thành ủy tổ chức hội nghị trực tuyến tới các quận, huyện, thị xã.</p></div>
</news-article>`,
  },
  {
    id: 'src',
    title: { vi: 'Nạp từ JSON (src), có ảnh và chú thích', en: 'Loaded from JSON (src), with a figure and caption' },
    html: `<news-article src="/api/articles/hn-2019-11-20-cnh" heading-level="2"></news-article>`,
  },
  {
    id: 'src-loading',
    title: { vi: 'Đang nạp (aria-busy)', en: 'Loading (aria-busy)' },
    html: `<news-article heading-level="2"></news-article>`,
    // A request that never answers keeps the article in its loading state.
    setup(container) {
      const pending = '/demo/bai-viet-dang-nap.json';
      const fetch = window.fetch;
      window.fetch = (input, init) =>
        String(input instanceof Request ? input.url : input).endsWith(pending)
          ? new Promise<Response>(() => {})
          : fetch(input, init);
      container.querySelector('news-article')!.src = pending;
    },
  },
  {
    id: 'src-error',
    title: {
      vi: 'Lỗi khi nạp (máy chủ trả về thứ không phải bài viết), có nút thử lại',
      en: 'Loading failed (the server answered something that is not an article), with a retry button',
    },
    // A JSON answer without a headline: the error state, without a 404 in the console.
    html: `<news-article src="/api/ratings?itemId=khong-phai-bai-viet" heading-level="2"></news-article>`,
  },
];
