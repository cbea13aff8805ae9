import type { Catalog } from '../internal/localize.js';
import type { calendarStrings } from './calendar.strings.js';

type Main = typeof main.vi;
type Messages = { [K in keyof Main | keyof typeof calendarStrings.vi]: string };

const main = {
  vi: {
    label: 'Tìm theo ngày',
    hint: 'dd/mm/yyyy',
    open: 'Chọn ngày',
    openSelected: 'Chọn ngày, đã chọn {date}',
    search: 'Tìm',
    empty: 'Hãy nhập ngày cần tìm, ví dụ 18/11/2019.',
    incomplete: 'Ngày chưa đủ: cần ngày, tháng và năm, ví dụ 18/11/2019.',
    format: 'Hãy nhập ngày theo dạng dd/mm/yyyy, ví dụ 18/11/2019.',
    'short-year': 'Hãy nhập năm đủ 4 chữ số, ví dụ 18/11/2019.',
    impossible: 'Không có ngày {text} trong lịch: hãy kiểm tra ngày và tháng.',
    'before-min': 'Hãy chọn ngày từ {min} trở về sau.',
    'after-max': 'Hãy chọn ngày từ {max} trở về trước.',
  },
  en: {
    label: 'Search by date',
    hint: 'dd/mm/yyyy',
    open: 'Choose date',
    openSelected: 'Choose date, selected {date}',
    search: 'Search',
    empty: 'Enter the date to search for, for example 18/11/2019.',
    incomplete: 'The date is incomplete: enter day, month and year, for example 18/11/2019.',
    format: 'Enter the date as dd/mm/yyyy, for example 18/11/2019.',
    'short-year': 'Enter the year with 4 digits, for example 18/11/2019.',
    impossible: '{text} is not a date in the calendar: check the day and the month.',
    'before-min': 'Choose a date on or after {min}.',
    'after-max': 'Choose a date on or before {max}.',
  },
};

/**
 * Built-in messages of `<date-search>`; any of them can be overridden through `strings`. Those of the
 * calendar dialog load with it (`calendar.strings.ts`) and join this catalog then.
 */
export const catalog = main as Catalog<Messages>;
