import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendMouse, resetMouse } from '@web/test-runner-commands';
import sinon from 'sinon';
import type { DateSearch } from '../src/date-search.js';
import '../src/date-search.js';
import { todayIso } from '../src/date-search/dates.js';
import { activeInShadow, interceptNavigation, parts, press } from './date-search.helpers.js';

const open = async (markup: ReturnType<typeof html>) => {
  const el = await fixture<DateSearch>(markup);
  await el.updateComplete;
  parts(el).calendarButton.focus();
  parts(el).calendarButton.click();
  await waitUntil(() => parts(el).dialog?.open, 'the calendar did not open');
  await new Promise((r) => requestAnimationFrame(r));
  return el;
};

const dialog = (el: DateSearch) => parts(el).dialog!;
const heading = (el: DateSearch) => el.shadowRoot!.querySelector('[part="heading"]')!.textContent!.trim();
const focusedDay = (el: DateSearch) => activeInShadow(el)?.dataset.day;
const focusedName = (el: DateSearch) => activeInShadow(el)?.getAttribute('aria-label') ?? null;
const cell = (el: DateSearch, iso: string) => el.shadowRoot!.querySelector<HTMLElement>(`td[data-day="${iso}"]`)!;
const headers = (el: DateSearch) =>
  [...el.shadowRoot!.querySelectorAll('th')].map((th) => [
    th.querySelector('[aria-hidden]')!.textContent!.trim(),
    th.querySelector('.visually-hidden')!.textContent!.trim(),
  ]);

describe('<date-search> calendar dialog', () => {
  afterEach(() => resetMouse());

  it('is not built until first opened', async () => {
    const el = await fixture<DateSearch>(html`<date-search value="2019-11-18"></date-search>`);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('dialog, table, td')).to.equal(null);
    // Focusing the button loads the calendar's code ahead, but still builds nothing.
    parts(el).calendarButton.focus();
    await new Promise((r) => setTimeout(r, 100));
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('dialog, table, td')).to.equal(null);
  });

  it('opens as a modal on the selected day, with the month heading and Vietnamese weekdays, Monday first', async () => {
    const el = await open(html`<date-search value="2019-11-18"></date-search>`);
    expect(dialog(el).open).to.equal(true);
    expect(dialog(el).matches(':modal')).to.equal(true);
    expect(dialog(el).getAttribute('aria-label')).to.equal('Chọn ngày');
    expect(heading(el)).to.equal('Tháng 11 năm 2019');
    expect(el.shadowRoot!.querySelector('[part="heading"]')!.getAttribute('aria-live')).to.equal('polite');
    expect(el.shadowRoot!.querySelector('table')!.getAttribute('role')).to.equal('grid');
    expect(headers(el).map(([short]) => short)).to.deep.equal(['T2', 'T3', 'T4', 'T5', 'T6', 'T7', 'CN']);
    expect(headers(el)[0][1]).to.equal('Thứ Hai');
    expect(headers(el)[6][1]).to.equal('Chủ Nhật');
    expect(focusedDay(el)).to.equal('2019-11-18');
    expect(cell(el, '2019-11-18').getAttribute('aria-selected')).to.equal('true');
    expect(cell(el, '2019-11-18').getAttribute('aria-label')).to.equal('Thứ Hai, 18 tháng 11, 2019');
    expect(el.shadowRoot!.querySelectorAll('[aria-selected="true"]')).to.have.length(1);
    // November 2019 starts on a Friday: the first row begins with four empty Monday–Thursday cells.
    const firstRow = [...el.shadowRoot!.querySelectorAll('tbody tr')][0].querySelectorAll('td');
    expect([...firstRow].map((td) => td.textContent!.trim())).to.deep.equal(['', '', '', '', '1', '2', '3']);
    await expect(el).to.be.accessible();
  });

  it('speaks English with Mon…Sun headers, and follows a locale whose week starts on Sunday', async () => {
    const el = await open(html`<date-search lang="en" value="2019-11-18"></date-search>`);
    expect(heading(el)).to.equal('November 2019');
    expect(headers(el).map(([short]) => short)).to.deep.equal(['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']);
    expect(dialog(el).getAttribute('aria-label')).to.equal('Choose a date');
    const us = await open(html`<date-search lang="en-US" value="2019-11-18"></date-search>`);
    const probe = new Intl.Locale('en-US') as Intl.Locale & { getWeekInfo?: unknown; weekInfo?: unknown };
    if (probe.getWeekInfo || probe.weekInfo) expect(headers(us)[0][1]).to.equal('Sunday');
  });

  it('marks today with aria-current="date" and opens on it when nothing is chosen', async () => {
    const el = await open(html`<date-search></date-search>`);
    const today = todayIso();
    expect(focusedDay(el)).to.equal(today);
    expect(cell(el, today).getAttribute('aria-current')).to.equal('date');
    expect(el.shadowRoot!.querySelectorAll('[aria-current]')).to.have.length(1);
  });

  it('moves by day and week with the arrow keys, across months', async () => {
    const el = await open(html`<date-search value="2019-11-30"></date-search>`);
    await press('ArrowRight');
    expect(focusedDay(el)).to.equal('2019-12-01');
    expect(heading(el)).to.equal('Tháng 12 năm 2019');
    await press('ArrowLeft');
    expect(focusedDay(el)).to.equal('2019-11-30');
    await press('ArrowUp');
    expect(focusedDay(el)).to.equal('2019-11-23');
    await press('ArrowDown');
    await press('ArrowDown');
    expect(focusedDay(el)).to.equal('2019-12-07');
    expect(el.shadowRoot!.querySelectorAll('td[tabindex="0"]')).to.have.length(1);
  });

  it('keeps one tab stop, on the focused day, and aria-selected on the chosen day only', async () => {
    const el = await open(html`<date-search value="2019-11-18"></date-search>`);
    const check = (name: string) => {
      const stops = [...el.shadowRoot!.querySelectorAll<HTMLElement>('td[tabindex="0"]')];
      expect(stops, 'one tab stop').to.deep.equal([activeInShadow(el)]);
      expect(focusedName(el)).to.equal(name);
      const days = [...el.shadowRoot!.querySelectorAll<HTMLElement>('td[data-day]')];
      expect(days.filter((td) => td.tabIndex !== -1 && td !== stops[0])).to.deep.equal([]);
      const selected = [...el.shadowRoot!.querySelectorAll('[aria-selected="true"]')];
      expect(selected.map((td) => td.getAttribute('aria-label'))).to.deep.equal(['Thứ Hai, 18 tháng 11, 2019']);
    };
    check('Thứ Hai, 18 tháng 11, 2019');
    await press('ArrowRight');
    check('Thứ Ba, 19 tháng 11, 2019');
    await press('ArrowDown');
    check('Thứ Ba, 26 tháng 11, 2019');
    await press('Home');
    check('Thứ Hai, 25 tháng 11, 2019');
    await press('Tab');
    await press('Tab', 'Shift');
    check('Thứ Hai, 25 tháng 11, 2019');
  });

  describe('PageUp and PageDown (APG date picker dialog)', () => {
    /** What a screen reader hears on each press: the focused day's name. */
    const namesAfter = async (el: DateSearch, key: 'PageUp' | 'PageDown', times: number, shift = false) => {
      const names: (string | null)[] = [];
      for (let i = 0; i < times; i++) {
        await press(key, shift ? 'Shift' : undefined);
        names.push(focusedName(el));
      }
      return names;
    };

    it('moves back a month at a time, coming back to the 31st after a shorter month', async () => {
      const el = await open(html`<date-search value="2023-01-31"></date-search>`);
      expect(await namesAfter(el, 'PageUp', 3)).to.deep.equal([
        'Thứ Bảy, 31 tháng 12, 2022',
        'Thứ Tư, 30 tháng 11, 2022',
        'Thứ Hai, 31 tháng 10, 2022',
      ]);
      expect(heading(el)).to.equal('Tháng 10 năm 2022');
      // Focus moved, the choice did not: the chosen day is in January, not shown, so nothing is selected.
      expect(el.shadowRoot!.querySelectorAll('[aria-selected="true"]')).to.have.length(0);
      expect(el.value).to.equal('2023-01-31');
    });

    it('moves forward a month at a time, from the 31st through February and back to the 31st', async () => {
      const el = await open(html`<date-search value="2023-01-31"></date-search>`);
      expect(await namesAfter(el, 'PageDown', 2)).to.deep.equal([
        'Thứ Ba, 28 tháng 2, 2023',
        'Thứ Sáu, 31 tháng 3, 2023',
      ]);
      expect(heading(el)).to.equal('Tháng 3 năm 2023');
    });

    it('moves by year with Shift, coming back to 29 February in the next leap year', async () => {
      const el = await open(html`<date-search value="2024-02-29"></date-search>`);
      expect(await namesAfter(el, 'PageUp', 4, true)).to.deep.equal([
        'Thứ Ba, 28 tháng 2, 2023',
        'Thứ Hai, 28 tháng 2, 2022',
        'Chủ Nhật, 28 tháng 2, 2021',
        'Thứ Bảy, 29 tháng 2, 2020',
      ]);
      expect(await namesAfter(el, 'PageDown', 4, true)).to.deep.equal([
        'Chủ Nhật, 28 tháng 2, 2021',
        'Thứ Hai, 28 tháng 2, 2022',
        'Thứ Ba, 28 tháng 2, 2023',
        'Thứ Năm, 29 tháng 2, 2024',
      ]);
      expect(cell(el, '2024-02-29').getAttribute('aria-selected')).to.equal('true');
    });

    it('remembers the day across month and year steps mixed', async () => {
      const el = await open(html`<date-search value="2020-01-31"></date-search>`);
      await press('PageDown');
      expect(focusedDay(el)).to.equal('2020-02-29');
      await press('PageDown', 'Shift');
      expect(focusedDay(el)).to.equal('2021-02-28');
      await press('PageDown');
      expect(focusedName(el)).to.equal('Thứ Tư, 31 tháng 3, 2021');
    });

    it('forgets the day after any other key', async () => {
      const el = await open(html`<date-search value="2023-01-31"></date-search>`);
      await press('PageDown');
      await press('ArrowLeft');
      await press('ArrowRight');
      expect(focusedDay(el)).to.equal('2023-02-28');
      await press('PageDown');
      expect(focusedName(el)).to.equal('Thứ Ba, 28 tháng 3, 2023');
    });

    it('forgets the day after a click', async () => {
      const el = await open(html`<date-search value="2023-01-31"></date-search>`);
      await press('PageDown');
      const next = el.shadowRoot!.querySelector<HTMLElement>('[aria-label="Tháng sau"]')!.getBoundingClientRect();
      await sendMouse({
        type: 'click',
        position: [Math.round(next.x + next.width / 2), Math.round(next.y + next.height / 2)],
      });
      expect(heading(el)).to.equal('Tháng 3 năm 2023');
      cell(el, '2023-03-28').focus();
      await press('PageDown');
      expect(focusedName(el)).to.equal('Thứ Sáu, 28 tháng 4, 2023');
    });

    it('starts afresh at each opening', async () => {
      const el = await open(html`<date-search value="2023-03-31"></date-search>`);
      await press('PageUp');
      expect(focusedDay(el)).to.equal('2023-02-28');
      await press('Enter');
      await el.updateComplete;
      expect(el.value).to.equal('2023-02-28');
      parts(el).calendarButton.click();
      await waitUntil(() => dialog(el).open, 'the calendar did not open again');
      await press('PageDown');
      expect(focusedName(el)).to.equal('Thứ Ba, 28 tháng 3, 2023');
    });
  });

  it('shows another month in the same 42 cells, leaving no stale day, label or state behind', async () => {
    const el = await open(html`<date-search value="2019-11-18"></date-search>`);
    const cells = [...el.shadowRoot!.querySelectorAll('td')];
    const updated = sinon.spy(el as unknown as { updated(): void }, 'updated');
    await press('PageDown');
    expect([...el.shadowRoot!.querySelectorAll('td')]).to.deep.equal(cells);
    // Stepping through months is the dialog's own business: the field around it is not rendered again.
    expect(updated.callCount).to.equal(0);
    expect(heading(el)).to.equal('Tháng 12 năm 2019');
    // December 2019 starts on a Sunday: six blank cells, then 1 to 31, then five blank cells.
    const shown = cells.map((td) => td.textContent!.trim());
    expect(shown).to.deep.equal([
      ...Array(6).fill(''),
      ...Array.from({ length: 31 }, (_, i) => `${i + 1}`),
      ...Array(5).fill(''),
    ]);
    expect(cells[5].hasAttribute('data-day')).to.equal(false);
    expect(cells[5].hasAttribute('aria-label')).to.equal(false);
    expect(cells[5].hasAttribute('tabindex')).to.equal(false);
    expect(cell(el, '2019-12-18').getAttribute('aria-label')).to.equal('Thứ Tư, 18 tháng 12, 2019');
    expect(el.shadowRoot!.querySelectorAll('[aria-selected="true"]')).to.have.length(0);
    expect(el.shadowRoot!.querySelectorAll('td[tabindex="0"]')).to.have.length(1);
    expect(focusedDay(el)).to.equal('2019-12-18');
    await press('PageUp');
    expect(cell(el, '2019-11-18').getAttribute('aria-selected')).to.equal('true');
    await expect(el).to.be.accessible();
  });

  it('goes to the start and end of the week with Home and End', async () => {
    const el = await open(html`<date-search value="2019-11-20"></date-search>`);
    await press('Home');
    expect(focusedDay(el)).to.equal('2019-11-18');
    await press('End');
    expect(focusedDay(el)).to.equal('2019-11-24');
    const sunday = await open(html`<date-search value="2019-12-01"></date-search>`);
    await press('Home'); // the week of Sunday 1/12 starts in November
    expect(focusedDay(sunday)).to.equal('2019-11-25');
  });

  it('chooses with Enter: sets the value, closes, returns focus to the button, and does not search', async () => {
    const el = await open(html`<date-search action="/search.html" value="2019-11-18"></date-search>`);
    const urls = interceptNavigation(el);
    const change = sinon.spy();
    const search = sinon.spy();
    el.addEventListener('change', change);
    el.addEventListener('date-search', search);
    await press('ArrowRight');
    await press('Enter');
    await el.updateComplete;
    expect(el.value).to.equal('2019-11-19');
    expect(parts(el).input.value).to.equal('19/11/2019');
    expect(dialog(el).open).to.equal(false);
    expect(activeInShadow(el)).to.equal(parts(el).calendarButton);
    expect(parts(el).calendarButton.getAttribute('aria-label')).to.equal('Chọn ngày, đã chọn 19/11/2019');
    expect(change.callCount).to.equal(1);
    expect(search.callCount).to.equal(0);
    expect(urls).to.deep.equal([]);
  });

  it('chooses with Space too', async () => {
    const el = await open(html`<date-search value="2019-11-18"></date-search>`);
    await press('ArrowLeft');
    await press(' ');
    await el.updateComplete;
    expect(el.value).to.equal('2019-11-17');
    expect(dialog(el).open).to.equal(false);
  });

  it('closes with Escape without changing anything, focus back on the button', async () => {
    const el = await open(html`<date-search value="2019-11-18"></date-search>`);
    const change = sinon.spy();
    el.addEventListener('change', change);
    await press('ArrowRight');
    await press('Escape');
    await el.updateComplete;
    expect(dialog(el).open).to.equal(false);
    expect(el.value).to.equal('2019-11-18');
    expect(activeInShadow(el)).to.equal(parts(el).calendarButton);
    expect(change.callCount).to.equal(0);
  });

  it('keeps Tab and Shift+Tab inside the dialog', async () => {
    const el = await open(html`<date-search value="2019-11-18"></date-search>`);
    const names: string[] = [];
    for (let i = 0; i < 7; i++) {
      await press('Tab');
      const active = activeInShadow(el)!;
      names.push(active.dataset.day ?? active.getAttribute('aria-label') ?? active.textContent!.trim());
    }
    expect(names).to.deep.equal(['Đóng', 'Năm trước', 'Tháng trước', 'Tháng sau', 'Năm sau', '2019-11-18', 'Đóng']);
    await press('Tab');
    await press('Tab', 'Shift');
    expect(activeInShadow(el)!.textContent!.trim()).to.equal('Đóng');
    await press('Tab', 'Shift');
    expect(focusedDay(el)).to.equal('2019-11-18');
    expect(dialog(el).contains(activeInShadow(el))).to.equal(true);
  });

  it('changes month and year with its buttons, and announces the new month', async () => {
    const el = await open(html`<date-search value="2019-11-18"></date-search>`);
    const button = (label: string) => el.shadowRoot!.querySelector<HTMLButtonElement>(`[aria-label="${label}"]`)!;
    button('Tháng sau').click();
    await el.updateComplete;
    expect(heading(el)).to.equal('Tháng 12 năm 2019');
    button('Năm sau').click();
    await el.updateComplete;
    expect(heading(el)).to.equal('Tháng 12 năm 2020');
    button('Năm trước').click();
    button('Tháng trước').click();
    await el.updateComplete;
    expect(heading(el)).to.equal('Tháng 11 năm 2019');
  });

  it('chooses a day with the pointer, and closes on a backdrop click', async () => {
    const el = await open(html`<date-search value="2019-11-18"></date-search>`);
    const rect = cell(el, '2019-11-21').getBoundingClientRect();
    await sendMouse({
      type: 'click',
      position: [Math.round(rect.x + rect.width / 2), Math.round(rect.y + rect.height / 2)],
    });
    await el.updateComplete;
    expect(el.value).to.equal('2019-11-21');
    expect(dialog(el).open).to.equal(false);
    parts(el).calendarButton.click();
    await waitUntil(() => dialog(el).open, 'the calendar did not open again');
    await sendMouse({ type: 'click', position: [2, 2] });
    await el.updateComplete;
    expect(dialog(el).open).to.equal(false);
    expect(el.value).to.equal('2019-11-21');
  });

  it('disables days outside min/max and keeps the keyboard inside them', async () => {
    const el = await open(html`<date-search min="2019-11-10" max="2019-11-25" value="2019-11-11"></date-search>`);
    expect(cell(el, '2019-11-09').getAttribute('aria-disabled')).to.equal('true');
    expect(cell(el, '2019-11-26').getAttribute('aria-disabled')).to.equal('true');
    expect(cell(el, '2019-11-10').hasAttribute('aria-disabled')).to.equal(false);
    cell(el, '2019-11-09').click();
    await el.updateComplete;
    expect(dialog(el).open).to.equal(true);
    expect(el.value).to.equal('2019-11-11');
    await press('ArrowUp');
    expect(focusedDay(el)).to.equal('2019-11-10');
    await press('PageDown');
    expect(focusedDay(el)).to.equal('2019-11-25');
    const nav = [...el.shadowRoot!.querySelectorAll('[part="nav-button"]')].map((b) => b.getAttribute('aria-disabled'));
    expect(nav).to.deep.equal(['true', 'true', 'true', 'true']);
    await expect(el).to.be.accessible();
  });

  it('reverses the left and right arrows in a right-to-left page', async () => {
    const el = await open(html`<date-search dir="rtl" value="2019-11-18"></date-search>`);
    await press('ArrowRight');
    expect(focusedDay(el)).to.equal('2019-11-17');
    await press('ArrowLeft');
    await press('ArrowLeft');
    expect(focusedDay(el)).to.equal('2019-11-19');
  });

  it('can be opened again after its element was moved while open', async () => {
    const el = await open(html`<date-search value="2019-11-18"></date-search>`);
    const parent = el.parentElement!;
    el.remove();
    parent.append(el);
    await el.updateComplete;
    expect(dialog(el).open).to.equal(false);
    parts(el).calendarButton.click();
    await waitUntil(() => dialog(el).open, 'the calendar did not open again');
  });

  it('follows a change of language while open', async () => {
    const wrap = await fixture<HTMLDivElement>(
      html`<div lang="vi"><date-search value="2019-11-18"></date-search></div>`,
    );
    const el = wrap.querySelector('date-search')!;
    await el.updateComplete;
    parts(el).calendarButton.click();
    await waitUntil(() => parts(el).dialog?.open, 'the calendar did not open');
    wrap.setAttribute('lang', 'en');
    await waitUntil(() => heading(el) === 'November 2019', 'the heading stayed in Vietnamese');
    expect(headers(el)[0][0]).to.equal('Mon');
  });

  it('opens on the nearest allowed day when the value is out of range', async () => {
    const el = await open(html`<date-search min="2019-11-10" max="2019-11-25" value="2020-01-01"></date-search>`);
    expect(focusedDay(el)).to.equal('2019-11-25');
  });

  it('opens from the field with Alt+ArrowDown', async () => {
    const el = await fixture<DateSearch>(html`<date-search value="2019-11-18"></date-search>`);
    parts(el).input.focus();
    await press('ArrowDown', 'Alt');
    await waitUntil(() => dialog(el)?.open, 'Alt+ArrowDown did not open the calendar');
  });

  it('fits a 320 px wide screen with targets of at least 24 × 24 px', async () => {
    const el = await open(html`<date-search value="2019-11-18"></date-search>`);
    expect(dialog(el).getBoundingClientRect().width).to.be.at.most(320);
    const targets = [...el.shadowRoot!.querySelectorAll<HTMLElement>('button, td[data-day]'), parts(el).input];
    for (const target of targets) {
      const { width, height } = target.getBoundingClientRect();
      expect(Math.min(width, height), target.outerHTML.slice(0, 60)).to.be.at.least(24);
    }
  });
});
