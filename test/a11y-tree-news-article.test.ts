import { examples } from '../demo/examples/news-article.js';
import '../src/index.js';
import { itReadsEveryExample, tree } from './support/ax-tree.js';
import { forgetRatings } from './support/star-rating-helpers.js';

// What a screen reader gets from each example of the demo page, in Vietnamese: Chromium's
// accessibility tree (test/support/ax-tree.ts): the article, its header (headline, dateline, toolbar),
// body, source and footer.
const expected: Record<string, string> = {
  'light-dom': tree`
    article
      sectionheader
        heading "Tuyển sinh vào lớp 10 THPT công lập: giữ ổn định phương thức thi" [level=2]
        paragraph
          time
            text "Thứ ba, 19/11/2019 15:05"
        group "Công cụ đọc bài"
          button "Từ viết tắt" [pressed=false]
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
        text "Chiều 19/11, Sở Giáo dục và Đào tạo cho biết năm học tới tiếp tục tổ chức thi tuyển vào lớp 10 THPT công lập với ba môn. Phương án đã được báo cáo UBND TP và HĐND TP."
      paragraph
        text "Sở đề nghị UBND các quận, huyện rà soát số học sinh lớp 9 THCS để bố trí đủ chỗ học."
      paragraph
        text "Theo Hà Nội portal"
  `,
  footer: tree`
    article
      sectionheader
        heading "HĐND TP giám sát tiến độ CNH-HĐH nông nghiệp, nông thôn" [level=2]
        paragraph
          time
            text "Thứ tư, 20/11/2019 09:15"
        group "Công cụ đọc bài"
          button "Từ viết tắt" [pressed=false]
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
        text "Đoàn giám sát của Thường trực HĐND TP làm việc với UBND huyện Đông Anh về kết quả CNH-HĐH."
      paragraph
        text "Theo Hà Nội portal"
      sectionfooter
        text "Đánh giá"
        text "(Di chuột vào ngôi sao để chọn điểm)"
        radiogroup "Đánh giá"
          radio "1 trên 5 sao" [checked=false]
          radio "2 trên 5 sao" [checked=false]
          radio "3 trên 5 sao" [checked=false]
          radio "4 trên 5 sao" [checked=false]
          radio "5 trên 5 sao" [checked=false]
        text "Chưa có lượt đánh giá nào"
        status [live=polite]
        LabelText
          text "Tìm theo ngày"
        textbox "Tìm theo ngày" desc "dd/mm/yyyy"
        button "Chọn ngày" [haspopup=dialog]
        button "Tìm"
        text "dd/mm/yyyy"
        paragraph [live=polite]
  `,
  'no-toolbar': tree`
    article
      sectionheader
        heading "UBMTTQ TP phát động tháng cao điểm \\"Vì người nghèo\\"" [level=2]
        paragraph
          time
            text "Thứ hai, 18/11/2019 08:30"
      paragraph
        text "MTTQ các cấp vận động ủng hộ Quỹ \\"Vì người nghèo\\", ưu tiên hộ cận nghèo ở ngoại thành."
  `,
  'invalid-date': tree`
    article
      sectionheader
        heading "Quán triệt NQ Hội nghị lần thứ 11 BCHTW Đảng khóa XII" [level=2]
        paragraph
          time
            text "Ngày 15 tháng 11 năm 2019"
      paragraph
        text "BTV Thành ủy tổ chức hội nghị trực tuyến tới các quận, huyện, thị xã."
  `,
  src: tree`
    article
      sectionheader
        heading "HĐND TP giám sát tiến độ CNH-HĐH nông nghiệp, nông thôn" [level=2]
        paragraph
          time
            text "Thứ tư, 20/11/2019 09:15"
        group "Công cụ đọc bài"
          button "Từ viết tắt" [pressed=false]
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
        text "Sáng 20/11, đoàn giám sát của Thường trực HĐND TP làm việc với UBND huyện Đông Anh về kết quả CNH-HĐH nông nghiệp, nông thôn giai đoạn 2016-2019."
      figure
        image "Cánh đồng rau trong nhà lưới"
        Figcaption
          text "Mô hình trồng rau trong nhà lưới tại huyện Đông Anh."
      paragraph
        text "Huyện có 23/23 xã đạt chuẩn nông thôn mới; giá trị sản xuất nông nghiệp công nghệ cao chiếm 38%. Đoàn đề nghị huyện báo cáo UBND TP các vướng mắc về quỹ đất dịch vụ và đánh giá tác động KT-XH của các khu công nghiệp."
      paragraph
        text "Theo Hà Nội portal"
  `,
  'src-loading': tree`
    article [busy]
      status [live=polite]
        text "Đang tải bài viết…"
  `,
  'src-error': tree`
    article
      alert [live=assertive]
        text "Không tải được bài viết."
        button "Thử lại"
  `,
};
describe('<news-article> as a screen reader gets it', () => {
  before(forgetRatings);
  after(forgetRatings);

  itReadsEveryExample(examples, expected);
});
