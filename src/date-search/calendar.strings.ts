/** Messages of the calendar dialog of `<date-search>`: they load with it and join its catalog. */
export const calendarStrings = {
  vi: {
    dialog: 'Chọn ngày',
    prevYear: 'Năm trước',
    prevMonth: 'Tháng trước',
    nextMonth: 'Tháng sau',
    nextYear: 'Năm sau',
    close: 'Đóng',
  },
  en: {
    dialog: 'Choose a date',
    prevYear: 'Previous year',
    prevMonth: 'Previous month',
    nextMonth: 'Next month',
    nextYear: 'Next year',
    close: 'Close',
  },
};
