import { expect } from '@open-wc/testing';
import {
  addDays,
  addMonths,
  clampIso,
  firstDayOfWeek,
  startOfWeek,
  todayIso,
  weekday,
} from '../src/date-search/dates.js';
import {
  formatDayMonthYear,
  localDate,
  normalizeIso,
  parseDayMonthYear,
  daysInMonth,
} from '../src/date-search/parse.js';

describe('date-search day maths', () => {
  describe('parseDayMonthYear', () => {
    const valid: [string, string][] = [
      ['18/11/2019', '2019-11-18'],
      ['1/2/2019', '2019-02-01'],
      ['01/02/2019', '2019-02-01'],
      ['18-11-2019', '2019-11-18'],
      ['18.11.2019', '2019-11-18'],
      ['18,11,2019', '2019-11-18'],
      ['  18/11/2019  ', '2019-11-18'],
      ['18 / 11 / 2019', '2019-11-18'],
      ['29/02/2020', '2020-02-29'],
      ['29/02/2000', '2000-02-29'],
      ['31/12/9999', '9999-12-31'],
      ['01/01/1000', '1000-01-01'],
      ['30/04/2019', '2019-04-30'],
      ['31/01/2019', '2019-01-31'],
    ];
    for (const [text, iso] of valid) {
      it(`reads "${text}" as ${iso}`, () => {
        expect(parseDayMonthYear(text)).to.deep.equal({ ok: true, iso });
      });
    }

    const invalid: [string, string][] = [
      ['', 'empty'],
      ['   ', 'empty'],
      ['18', 'incomplete'],
      ['18/', 'incomplete'],
      ['18/11', 'incomplete'],
      ['18/11/', 'incomplete'],
      ['18/11/201', 'incomplete'],
      ['18/11/19', 'short-year'],
      ['18/11/9', 'short-year'],
      ['29/02/2019', 'impossible'],
      ['29/02/1900', 'impossible'],
      ['31/02/2019', 'impossible'],
      ['31/04/2019', 'impossible'],
      ['00/01/2020', 'impossible'],
      ['01/00/2020', 'impossible'],
      ['32/01/2020', 'impossible'],
      ['99/99/9999', 'impossible'],
      ['01/13/2020', 'impossible'],
      ['abc', 'format'],
      ['mười tám/11/2019', 'format'],
      ['18/11/2019a', 'format'],
      ['18/nov/2019', 'format'],
      ['2019-11-18', 'format'],
      ['18/11/20190', 'format'],
      ['18/11/0999', 'format'],
      ['18//11/2019', 'format'],
      ['-1/11/2019', 'format'],
      ['1e1/11/2019', 'format'],
    ];
    for (const [text, reason] of invalid) {
      it(`refuses "${text}" as ${reason}`, () => {
        expect(parseDayMonthYear(text)).to.deep.equal({ ok: false, reason });
      });
    }

    it('checks the bounds, inclusive', () => {
      expect(parseDayMonthYear('31/12/2018', '2019-01-01', '2019-12-31')).to.deep.equal({
        ok: false,
        reason: 'before-min',
      });
      expect(parseDayMonthYear('01/01/2020', '2019-01-01', '2019-12-31')).to.deep.equal({
        ok: false,
        reason: 'after-max',
      });
      expect(parseDayMonthYear('1/1/2019', '2019-01-01', '2019-12-31')).to.deep.equal({ ok: true, iso: '2019-01-01' });
      expect(parseDayMonthYear('31/12/2019', '2019-01-01', '2019-12-31')).to.deep.equal({
        ok: true,
        iso: '2019-12-31',
      });
    });
  });

  it('normalises ISO values and refuses anything else', () => {
    expect(normalizeIso('2019-11-18')).to.equal('2019-11-18');
    expect(normalizeIso(' 2020-02-29 ')).to.equal('2020-02-29');
    for (const bad of ['2019-02-29', '2019-13-01', '18/11/2019', '2019-1-1', 'banana', '', null, undefined, 20191118]) {
      expect(normalizeIso(bad), String(bad)).to.equal('');
    }
  });

  it('formats as dd/mm/yyyy', () => {
    expect(formatDayMonthYear('2019-02-01')).to.equal('01/02/2019');
    expect(formatDayMonthYear('2019-11-18')).to.equal('18/11/2019');
  });

  it('knows month lengths and leap years', () => {
    expect([2019, 2020, 1900, 2000].map((y) => daysInMonth(y, 2))).to.deep.equal([28, 29, 28, 29]);
    expect(daysInMonth(2019, 4)).to.equal(30);
    expect(daysInMonth(2019, 12)).to.equal(31);
  });

  it('adds days across months and years', () => {
    expect(addDays('2019-12-31', 1)).to.equal('2020-01-01');
    expect(addDays('2020-03-01', -1)).to.equal('2020-02-29');
    expect(addDays('2019-11-18', -7)).to.equal('2019-11-11');
  });

  it('adds months, keeping the day inside the target month', () => {
    expect(addMonths('2019-01-31', 1)).to.equal('2019-02-28');
    expect(addMonths('2020-01-31', 1)).to.equal('2020-02-29');
    expect(addMonths('2020-02-29', 12)).to.equal('2021-02-28');
    expect(addMonths('2019-01-15', -1)).to.equal('2018-12-15');
    expect(addMonths('2019-03-31', -1)).to.equal('2019-02-28');
  });

  it('finds weekdays and week starts', () => {
    expect(weekday('2019-11-18')).to.equal(1); // a Monday
    expect(weekday('2019-11-24')).to.equal(7);
    expect(startOfWeek('2019-11-24', 1)).to.equal('2019-11-18');
    expect(startOfWeek('2019-11-24', 7)).to.equal('2019-11-24');
    expect(startOfWeek('2019-11-23', 7)).to.equal('2019-11-17');
    expect(startOfWeek('2019-12-01', 1)).to.equal('2019-11-25');
  });

  it('clamps to the bounds and to the supported years', () => {
    expect(clampIso('2019-01-01', '2019-06-01', '')).to.equal('2019-06-01');
    expect(clampIso('2019-12-01', '', '2019-06-01')).to.equal('2019-06-01');
    expect(clampIso('0999-12-31', '', '')).to.equal('1000-01-01');
    expect(clampIso('2019-03-03', '', '')).to.equal('2019-03-03');
  });

  it('gives today and local midnight in the visitor’s calendar', () => {
    expect(todayIso(new Date(2019, 10, 18, 23, 59))).to.equal('2019-11-18');
    const date = localDate('2019-11-18');
    expect([date.getFullYear(), date.getMonth(), date.getDate(), date.getHours()]).to.deep.equal([2019, 10, 18, 0]);
  });

  it('starts the week on the locale’s first day, Monday for Vietnam', () => {
    expect(firstDayOfWeek('vi')).to.equal(1);
    expect(firstDayOfWeek('vi-VN')).to.equal(1);
    expect(firstDayOfWeek('en')).to.equal(1);
    expect(firstDayOfWeek('en-GB')).to.equal(1);
    expect(firstDayOfWeek('not a locale')).to.equal(1);
    const probe = new Intl.Locale('en-US') as Intl.Locale & { getWeekInfo?: unknown; weekInfo?: unknown };
    // Only engines that know week data can say the US starts on Sunday; the others fall back to Monday.
    expect(firstDayOfWeek('en-US')).to.equal(probe.getWeekInfo || probe.weekInfo ? 7 : 1);
  });
});
