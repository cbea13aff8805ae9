// Sample articles for the demo and the reference API. Written for this project: the places and
// programmes are real kinds of thing, the events and figures are invented.

/** @typedef {{ src: string, alt: string, caption: string, width: number, height: number }} Figure */
/** @typedef {{ id: string, headline: string, published: string, summary: string, bodyHtml: string, figures: Figure[], source: string }} Article */

/** @type {Article[]} */
export const sampleArticles = [
  {
    id: 'hn-2019-11-18-grdp',
    headline: 'Hà Nội: GRDP 10 tháng tăng 7,4%, thu ngân sách vượt dự toán',
    published: '2019-11-18T11:59:00+07:00',
    summary: 'Tại phiên họp thường kỳ tháng 11, UBND TP đánh giá kinh tế - xã hội 10 tháng đạt nhiều kết quả tích cực.',
    bodyHtml: [
      '<p>Sáng 18/11, UBND TP Hà Nội tổ chức phiên họp thường kỳ tháng 11 để đánh giá tình hình KT-XH 10 tháng đầu năm và bàn giải pháp cho những tháng cuối năm. Chủ tịch UBND TP chủ trì phiên họp; dự họp có đại diện Thường trực HĐND TP, UBMTTQ TP và lãnh đạo các sở, ngành.</p>',
      '<p>Theo báo cáo, GRDP 10 tháng ước tăng 7,4% so với cùng kỳ, cao hơn mức tăng GDP của cả nước. Thu ngân sách trên địa bàn đạt 87% dự toán HĐND TP giao; vốn đầu tư công giải ngân đạt 68% kế hoạch. Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tăng 10,2%.</p>',
      '<p>Phát biểu kết luận, Chủ tịch UBND TP yêu cầu các sở, ngành và UBND các quận, huyện, thị xã tập trung tháo gỡ vướng mắc về giải phóng mặt bằng, đẩy nhanh tiến độ các dự án trọng điểm; bảo đảm ANQP và trật tự an toàn xã hội dịp cuối năm.</p>',
      '<p>Cũng tại phiên họp, UBND TP cho ý kiến vào dự thảo NQ của HĐND TP về kế hoạch đầu tư công trung hạn, trình kỳ họp cuối năm. Các ĐBQH đơn vị Hà Nội sẽ tiếp xúc cử tri sau kỳ họp thứ 8, QH khóa XIV.</p>',
    ].join('\n'),
    figures: [
      {
        src: '/images/phien-hop.svg',
        alt: 'Quang cảnh phiên họp thường kỳ của UBND thành phố',
        caption: 'Quang cảnh phiên họp thường kỳ tháng 11 của UBND TP Hà Nội.',
        width: 800,
        height: 450,
      },
      {
        src: '/images/bieu-do-grdp.svg',
        alt: 'Biểu đồ cột mức tăng GRDP theo quý',
        caption: 'Mức tăng GRDP theo quý năm 2019 (ước tính của Cục Thống kê TP).',
        width: 800,
        height: 450,
      },
    ],
    source: 'Theo Hà Nội portal',
  },
  {
    id: 'hn-2019-11-18-mttq',
    headline: 'UBMTTQ TP phát động tháng cao điểm "Vì người nghèo"',
    published: '2019-11-18T08:30:00+07:00',
    summary: 'MTTQ các cấp vận động ủng hộ Quỹ "Vì người nghèo", ưu tiên hộ cận nghèo ở ngoại thành.',
    bodyHtml: [
      '<p>Ngày 18/11, Ban Thường trực UBMTTQ TP phát động tháng cao điểm "Vì người nghèo" năm 2019. MTTQ các cấp phối hợp với các đoàn thể vận động cán bộ, đảng viên, doanh nghiệp ủng hộ Quỹ "Vì người nghèo".</p>',
      '<p>Trong năm, Quỹ đã hỗ trợ xây mới và sửa chữa 412 nhà Đại đoàn kết, trao 1.250 suất học bổng cho học sinh THCS và THPT có hoàn cảnh khó khăn. BCH Hội Liên hiệp Phụ nữ TP cam kết vận động hội viên tham gia.</p>',
      '<p>Đại diện HĐND TP đề nghị công khai, minh bạch việc sử dụng Quỹ, ưu tiên các xã còn tỷ lệ hộ cận nghèo cao ở ngoại thành.</p>',
    ].join('\n'),
    figures: [],
    source: 'Theo Hà Nội portal',
  },
  {
    id: 'hn-2019-11-19-thcs',
    headline: 'Tuyển sinh vào lớp 10 THPT công lập: giữ ổn định phương thức thi',
    published: '2019-11-19T15:05:00+07:00',
    summary: 'Sở GD&ĐT công bố dự kiến phương án tuyển sinh, học sinh THCS thi ba môn.',
    bodyHtml: [
      '<p>Chiều 19/11, Sở Giáo dục và Đào tạo cho biết năm học tới tiếp tục tổ chức thi tuyển vào lớp 10 THPT công lập với ba môn: Ngữ văn, Toán và Ngoại ngữ. Phương án đã được báo cáo UBND TP.</p>',
      '<p>Sở đề nghị UBND các quận, huyện rà soát số học sinh lớp 9 THCS để bố trí đủ chỗ học, tránh quá tải ở khu vực nội thành.</p>',
    ].join('\n'),
    figures: [],
    source: 'Theo Hà Nội portal',
  },
  {
    id: 'hn-2019-11-20-cnh',
    headline: 'HĐND TP giám sát tiến độ CNH-HĐH nông nghiệp, nông thôn',
    published: '2019-11-20T09:15:00+07:00',
    summary: 'Đoàn giám sát của Thường trực HĐND TP làm việc với huyện Đông Anh.',
    bodyHtml: [
      '<p>Sáng 20/11, đoàn giám sát của Thường trực HĐND TP làm việc với UBND huyện Đông Anh về kết quả CNH-HĐH nông nghiệp, nông thôn giai đoạn 2016-2019.</p>',
      '<p>Huyện có 23/23 xã đạt chuẩn nông thôn mới; giá trị sản xuất nông nghiệp công nghệ cao chiếm 38%. Đoàn đề nghị huyện báo cáo UBND TP các vướng mắc về quỹ đất dịch vụ và đánh giá tác động KT-XH của các khu công nghiệp.</p>',
    ].join('\n'),
    figures: [
      {
        src: '/images/canh-dong.svg',
        alt: 'Cánh đồng rau trong nhà lưới',
        caption: 'Mô hình trồng rau trong nhà lưới tại huyện Đông Anh.',
        width: 800,
        height: 450,
      },
    ],
    source: 'Theo Hà Nội portal',
  },
  {
    id: 'hn-2019-11-15-tw',
    headline: 'Quán triệt NQ Hội nghị lần thứ 11 BCHTW Đảng khóa XII',
    published: '2019-11-15T07:45:00+07:00',
    summary: 'Ban Thường vụ Thành ủy tổ chức hội nghị trực tuyến tới các quận, huyện.',
    bodyHtml: [
      '<p>Ngày 15/11, BTV Thành ủy tổ chức hội nghị trực tuyến quán triệt NQ Hội nghị lần thứ 11 BCHTW Đảng khóa XII tới cán bộ chủ chốt các quận, huyện, thị xã.</p>',
      '<p>Hội nghị nhấn mạnh yêu cầu chuẩn bị đại hội đảng bộ các cấp, gắn với thực hiện nhiệm vụ phát triển KT-XH, giữ vững ANQP trên địa bàn TP.</p>',
    ].join('\n'),
    figures: [],
    source: 'Theo Hà Nội portal',
  },
];
