/**
 * Why a typed date was refused, per `ParseFailure`: these load when a field is first typed in (or
 * first refuses a date) and join the catalog of `<date-search>`. `{text}`, `{min}`, `{max}` are filled in.
 */
export const errorStrings = {
  vi: {
    empty: 'Hãy nhập ngày cần tìm, ví dụ 18/11/2019.',
    incomplete: 'Ngày chưa đủ: cần ngày, tháng và năm, ví dụ 18/11/2019.',
    format: 'Hãy nhập ngày theo dạng dd/mm/yyyy, ví dụ 18/11/2019.',
    'short-year': 'Hãy nhập năm đủ 4 chữ số, ví dụ 18/11/2019.',
    impossible: 'Không có ngày {text} trong lịch: hãy kiểm tra ngày và tháng.',
    'before-min': 'Hãy chọn ngày từ {min} trở về sau.',
    'after-max': 'Hãy chọn ngày từ {max} trở về trước.',
  },
  en: {
    empty: 'Enter the date to search for, for example 18/11/2019.',
    incomplete: 'The date is incomplete: enter day, month and year, for example 18/11/2019.',
    format: 'Enter the date as dd/mm/yyyy, for example 18/11/2019.',
    'short-year': 'Enter the year with 4 digits, for example 18/11/2019.',
    impossible: '{text} is not a date in the calendar: check the day and the month.',
    'before-min': 'Choose a date on or after {min}.',
    'after-max': 'Choose a date on or before {max}.',
  },
};
