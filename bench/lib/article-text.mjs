// A generated Vietnamese-like news article for the abbreviation benchmark: real words in invented
// sentences, the usual administrative abbreviations sprinkled in, deterministic for a given seed.
import { seededRandom } from './stats.mjs';

/** Abbreviations that appear in the text (all in the <abbr-toggle> built-in dictionary's style). */
export const ABBREVIATIONS = [
  'UBND',
  'HĐND',
  'MTTQ',
  'GRDP',
  'TP',
  'BCH',
  'KT-XH',
  'ANQP',
  'THCS',
  'THPT',
  'ĐBQH',
  'QH',
  'NQ',
];

const words = (
  'thành phố quận huyện xã phường tỉnh cán bộ nhân dân kinh tế xã hội phát triển kế hoạch dự án ' +
  'đầu tư ngân sách báo cáo hội nghị phiên họp chủ trì tổ chức triển khai thực hiện nhiệm vụ giải pháp ' +
  'tăng trưởng sản xuất nông nghiệp công nghiệp dịch vụ giáo dục y tế văn hóa môi trường giao thông ' +
  'hạ tầng đô thị nông thôn mới doanh nghiệp người dân cử tri đại biểu ý kiến đề nghị yêu cầu bảo đảm ' +
  'an toàn trật tự tiến độ công trình trọng điểm giải ngân vốn năm tháng quý đầu cuối kỳ họp thường ' +
  'trực thứ nhất hai ba lãnh đạo sở ban ngành đoàn thể địa phương cơ quan đơn vị chính quyền các cấp ' +
  'đồng chí phó chủ tịch bí thư trưởng phòng chuyên môn học sinh trường lớp tuyển sinh tốt nghiệp ' +
  'chất lượng hiệu quả minh bạch công khai kiểm tra giám sát đánh giá kết quả tích cực khó khăn vướng mắc ' +
  'tháo gỡ đẩy nhanh tập trung ưu tiên hỗ trợ hộ nghèo cận nghèo quỹ vận động ủng hộ đời sống việc làm'
).split(' ');

const chunk = (list, size) =>
  Array.from({ length: Math.ceil(list.length / size) }, (_, i) => list.slice(i * size, i * size + size));

/**
 * HTML of `<p>` paragraphs totalling `wordCount` words (abbreviations count as words), about one
 * word in `every` an abbreviation; a few paragraphs hold content the toggle must leave alone.
 */
export function generateArticle({ wordCount = 100_000, every = 20, seed = 2019 } = {}) {
  const random = seededRandom(seed);
  const pick = (list) => list[Math.floor(random() * list.length)];
  const all = [];
  for (let i = 0; i < wordCount; i++) all.push(random() * every < 1 ? pick(ABBREVIATIONS) : pick(words));
  const paragraphs = chunk(all, 120).map((para, p) => {
    const sentences = chunk(para, 15).map((s) => {
      const text = s.join(' ');
      return `${text[0].toUpperCase()}${text.slice(1)}.`;
    });
    let html = sentences.join(' ');
    if (p % 97 === 3) html += ' Mã nguồn: <code>UBND_TP</code>.';
    if (p % 89 === 5) html += ' <abbr title="Hội đồng nhân dân">HĐND</abbr> đã có ý kiến.';
    return `<p>${html}</p>`;
  });
  return paragraphs.join('\n');
}

/**
 * HTML of an article as CKEditor's "paste from Word" stores it, totalling `wordCount` words: MsoNormal
 * paragraphs with pt line heights and margins, each sentence in its own span with a pt or px size
 * (some nested, some bold), and a MsoTableGrid table with pt widths every ten paragraphs. With
 * `relative`, the same article with every size and line height relative (em of a 14 px text, unitless),
 * so that a font-size change on its root grows every text: the benchmark's floor.
 */
export function generateWordArticle({ wordCount = 5000, seed = 1118, relative = false } = {}) {
  const random = seededRandom(seed);
  const pick = (list) => list[Math.floor(random() * list.length)];
  const em = (px) => `${Math.round((px / 14) * 1000) / 1000}em`;
  const sizes = relative ? [em(17.33), em(16), '1em', em(13), em(14)] : ['13.0pt', '12.0pt', '14px', '13px', '10.5pt'];
  const line = relative ? '1.5' : '150%';
  const bold = relative ? em(17.33) : '13.0pt';
  const cellSize = relative ? em(16) : '12.0pt';
  const all = Array.from({ length: wordCount }, () => (random() < 0.05 ? pick(ABBREVIATIONS) : pick(words)));
  const span = (text) => {
    const inner = `<span style="font-size:${pick(sizes)};line-height:${line};font-family:&quot;Times New Roman&quot;,serif">${text}</span>`;
    return random() < 0.2 ? `<b><span style="font-size:${bold}">${inner}</span></b>` : inner;
  };
  return chunk(all, 120)
    .map((para, p) => {
      const sentences = chunk(para, 15).map((s) => {
        const text = s.join(' ');
        return span(`${text[0].toUpperCase()}${text.slice(1)}.`);
      });
      let html = `<p class="MsoNormal" style="margin-bottom:6.0pt;text-align:justify;line-height:${line}">${sentences.join(' ')}<o:p></o:p></p>`;
      if (p % 10 === 9) {
        const cell = (w) =>
          `<td width="${Math.round(w * 1.333)}" valign="top" style="width:${w}pt;border:solid windowtext 1.0pt;padding:0cm 5.4pt 0cm 5.4pt"><p class="MsoNormal"><span style="font-size:${cellSize}">${pick(words)} ${pick(words)} ${pick(ABBREVIATIONS)}</span></p></td>`;
        const row = `<tr>${cell(150)}${cell(317.5)}</tr>`;
        html += `<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" style="width:467.5pt;border-collapse:collapse">${row.repeat(4)}</table>`;
      }
      return html;
    })
    .join('\n');
}
