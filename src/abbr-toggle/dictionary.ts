/**
 * Vietnamese administrative abbreviations and what they stand for, as written in state documents
 * (Decree 30/2020/NĐ-CP on official correspondence, the Constitution, National Assembly resolutions).
 *
 * Spelling: the tone mark sits on the main vowel, as the Ministry of Education's current rules and the
 * Government's own documents write it — "Ủy", "hóa" (not "Uỷ", "hoá") — throughout.
 * Capitals follow official usage: names of bodies are capitalised ("Ủy ban nhân dân", "Ban Chấp hành
 * Trung ương"); common nouns are not ("nghị quyết", "thành phố").
 *
 * Left out on purpose, because one spelling has several common meanings and a wrong expansion is worse
 * than none: CP (Chính phủ / cổ phần), TT (thông tư / thị trấn / trung tâm), ĐH (đại học / đại hội),
 * HN (Hà Nội / hội nghị), DN (doanh nghiệp / Đà Nẵng), CT (chủ tịch / chỉ thị / công ty), BQL, VP.
 * Pages that know their meaning add them (see `<abbr-toggle>`'s `dictionary`).
 */
export const dictionary: Readonly<Record<string, string>> = {
  // Party, State and Front bodies
  UBND: 'Ủy ban nhân dân',
  HĐND: 'Hội đồng nhân dân',
  MTTQ: 'Mặt trận Tổ quốc',
  UBMTTQ: 'Ủy ban Mặt trận Tổ quốc',
  BCH: 'Ban Chấp hành',
  BCHTW: 'Ban Chấp hành Trung ương',
  TW: 'Trung ương',
  TƯ: 'Trung ương',
  BTV: 'Ban Thường vụ',
  BCĐ: 'Ban Chỉ đạo',
  UBKT: 'Ủy ban Kiểm tra',
  QH: 'Quốc hội',
  ĐBQH: 'đại biểu Quốc hội',
  UBTVQH: 'Ủy ban Thường vụ Quốc hội',
  TTg: 'Thủ tướng Chính phủ',
  // Documents
  NQ: 'nghị quyết',
  QĐ: 'quyết định',
  NĐ: 'nghị định',
  // Places
  TP: 'thành phố',
  'TP.HCM': 'Thành phố Hồ Chí Minh',
  ĐBSCL: 'Đồng bằng sông Cửu Long',
  KCN: 'khu công nghiệp',
  // Economy and society
  GRDP: 'tổng sản phẩm trên địa bàn',
  GDP: 'tổng sản phẩm quốc nội',
  FDI: 'đầu tư trực tiếp nước ngoài',
  ODA: 'hỗ trợ phát triển chính thức',
  'KT-XH': 'kinh tế - xã hội',
  ANQP: 'an ninh quốc phòng',
  'QP-AN': 'quốc phòng - an ninh',
  'CNH-HĐH': 'công nghiệp hóa, hiện đại hóa',
  XHCN: 'xã hội chủ nghĩa',
  CCHC: 'cải cách hành chính',
  GPMB: 'giải phóng mặt bằng',
  NTM: 'nông thôn mới',
  BHXH: 'bảo hiểm xã hội',
  BHYT: 'bảo hiểm y tế',
  ATGT: 'an toàn giao thông',
  PCCC: 'phòng cháy, chữa cháy',
  // Schools
  THCS: 'trung học cơ sở',
  THPT: 'trung học phổ thông',
};
