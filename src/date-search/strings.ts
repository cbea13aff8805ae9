import type { Catalog } from '../internal/localize.js';
import type { calendarStrings } from './calendar.strings.js';
import type { errorStrings } from './error.strings.js';

type Main = typeof main.vi;
type Messages = { [K in keyof Main | keyof typeof errorStrings.vi | keyof typeof calendarStrings.vi]: string };

const main = {
  vi: {
    label: 'Tìm theo ngày',
    hint: 'dd/mm/yyyy',
    open: 'Chọn ngày',
    openSelected: 'Chọn ngày, đã chọn {date}',
    search: 'Tìm',
    invalid: 'Ngày không hợp lệ: hãy nhập theo dạng dd/mm/yyyy, ví dụ 18/11/2019.',
  },
  en: {
    label: 'Search by date',
    hint: 'dd/mm/yyyy',
    open: 'Choose date',
    openSelected: 'Choose date, selected {date}',
    search: 'Search',
    invalid: 'Not a valid date: enter it as dd/mm/yyyy, for example 18/11/2019.',
  },
};

/**
 * Built-in messages of `<date-search>`; any of them can be overridden through `strings`. The refusals
 * (`error.strings.ts`) load on first typing and those of the calendar dialog (`calendar.strings.ts`)
 * with it, and join this catalog then.
 */
export const catalog = main as Catalog<Messages>;
