import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import sinon from 'sinon';
import { DateSearch, searchUrl } from '../src/date-search.js';
import { examples } from '../demo/examples/date-search.js';
import { captureSubmissions, interceptNavigation, parts, press, setText, typeText } from './date-search.helpers.js';

const make = async (markup: ReturnType<typeof html>) => {
  const el = await fixture<DateSearch>(markup);
  await el.updateComplete;
  return el;
};

describe('<date-search>', () => {
  describe('examples (axe)', () => {
    for (const example of examples) {
      for (const lang of ['vi', 'en']) {
        it(`${example.id} is accessible in ${lang}`, async () => {
          const container = await fixture<HTMLDivElement>(html`<div lang=${lang}></div>`);
          container.innerHTML = example.html;
          for (const el of container.querySelectorAll<DateSearch>('date-search')) await el.updateComplete;
          await example.setup?.(container);
          await nextFrame();
          const el = container.querySelector<DateSearch>('date-search')!;
          await el.updateComplete;
          if (example.id === 'date-search-open') expect(parts(el).dialog!.open).to.equal(true);
          if (example.id === 'date-search-invalid')
            expect(parts(el).input.getAttribute('aria-invalid')).to.equal('true');
          await expect(container).to.be.accessible();
        });
      }
    }
  });

  describe('theming', () => {
    it('takes --portal-date-* from an ancestor, the element itself, or its defaults', async () => {
      const wrap = await fixture<HTMLDivElement>(
        html`<div style="--portal-date-accent: rgb(255, 0, 0)">
          <date-search></date-search><date-search style="--portal-date-accent: rgb(0, 128, 0)"></date-search>
        </div>`,
      );
      const plain = await fixture<DateSearch>(html`<date-search></date-search>`);
      const [inherited, own] = [...wrap.querySelectorAll('date-search')];
      await Promise.all([inherited.updateComplete, own.updateComplete]);
      const accent = (el: DateSearch) => getComputedStyle(parts(el).searchButton).backgroundColor;
      expect(accent(inherited)).to.equal('rgb(255, 0, 0)');
      expect(accent(own)).to.equal('rgb(0, 128, 0)');
      expect(accent(plain)).to.equal('rgb(11, 87, 164)');
    });
  });

  describe('field', () => {
    it('is a labelled text field with a format hint tied to it', async () => {
      const el = await make(html`<date-search></date-search>`);
      const { input, hint, label } = parts(el);
      expect(label.textContent!.trim()).to.equal('Tìm theo ngày');
      expect(label.control).to.equal(input);
      expect(hint.textContent!.trim()).to.equal('dd/mm/yyyy');
      expect(input.getAttribute('aria-describedby')).to.equal(hint.id);
      expect(input.getAttribute('aria-invalid')).to.equal('false');
      expect(input.inputMode).to.equal('decimal');
      expect(parts(el).searchButton.textContent!.trim()).to.equal('Tìm');
      expect(parts(el).calendarButton.getAttribute('aria-label')).to.equal('Chọn ngày');
    });

    it('speaks English under lang="en", and takes overrides from the strings attribute', async () => {
      const el = await make(html`<date-search lang="en" strings='{"label":"Find news by day"}'></date-search>`);
      expect(parts(el).label.textContent!.trim()).to.equal('Find news by day');
      expect(parts(el).searchButton.textContent!.trim()).to.equal('Search');
      expect(parts(el).calendarButton.getAttribute('aria-label')).to.equal('Choose date');
    });

    it('takes typed dates and shows them back as dd/mm/yyyy', async () => {
      const el = await make(html`<date-search></date-search>`);
      const { input } = parts(el);
      input.focus();
      await typeText('1/2/2019');
      await el.updateComplete;
      expect(el.value).to.equal('2019-02-01'); // before leaving the field
      input.blur();
      await el.updateComplete;
      expect(input.value).to.equal('01/02/2019');
      expect(parts(el).calendarButton.getAttribute('aria-label')).to.equal('Chọn ngày, đã chọn 01/02/2019');
    });

    it('shows a value set by attribute or property as dd/mm/yyyy', async () => {
      const el = await make(html`<date-search value="2019-11-18"></date-search>`);
      expect(parts(el).input.value).to.equal('18/11/2019');
      el.value = '2020-02-29';
      await el.updateComplete;
      expect(parts(el).input.value).to.equal('29/02/2020');
    });

    it('ignores bad attribute values safely', async () => {
      const el = await make(
        html`<date-search value="2019-02-29" min="soon" max="99/99/9999" name="" strings="{oops"></date-search>`,
      );
      expect(el.value).to.equal('');
      expect(parts(el).input.value).to.equal('');
      expect(el.shadowRoot!.textContent).not.to.contain('NaN');
      await setText(el, '18/11/2019');
      expect(el.value).to.equal('2019-11-18');
      el.setAttribute('value', 'banana');
      el.setAttribute('strings', '["not", "an object"]');
      await el.updateComplete;
      expect(el.value).to.equal('');
      expect(parts(el).label.textContent!.trim()).to.equal('Tìm theo ngày');
    });

    it('fires nothing when properties are set from code', async () => {
      const el = await make(html`<date-search action="/search.html"></date-search>`);
      const spy = sinon.spy();
      for (const type of ['change', 'input', 'date-search']) el.addEventListener(type, spy);
      el.value = '2019-11-18';
      el.min = '2019-01-01';
      el.max = '2019-12-31';
      el.required = true;
      el.disabled = true;
      await el.updateComplete;
      expect(spy.callCount).to.equal(0);
    });
  });

  describe('errors', () => {
    const cases: [string, string, string][] = [
      ['31/02/2019', 'Không có ngày 31/02/2019 trong lịch: hãy kiểm tra ngày và tháng.', '31/02/2019 is not a date'],
      ['29/02/2019', 'Không có ngày 29/02/2019 trong lịch', '29/02/2019 is not a date'],
      ['00/01/2020', 'Không có ngày 00/01/2020 trong lịch', '00/01/2020 is not a date'],
      ['99/99/9999', 'Không có ngày 99/99/9999 trong lịch', '99/99/9999 is not a date'],
      ['18/11', 'Ngày chưa đủ', 'The date is incomplete'],
      ['18/11/19', 'Hãy nhập năm đủ 4 chữ số', 'Enter the year with 4 digits'],
      ['ngày mai', 'Hãy nhập ngày theo dạng dd/mm/yyyy', 'Enter the date as dd/mm/yyyy'],
      ['31/12/2018', 'Hãy chọn ngày từ 01/01/2019 trở về sau.', 'Choose a date on or after 01/01/2019.'],
      ['01/01/2020', 'Hãy chọn ngày từ 31/12/2019 trở về trước.', 'Choose a date on or before 31/12/2019.'],
    ];
    for (const [text, vi, en] of cases) {
      it(`explains "${text}" in vi and en, tied to the field`, async () => {
        for (const [lang, message] of [
          ['vi', vi],
          ['en', en],
        ]) {
          const el = await make(html`<date-search lang=${lang} min="2019-01-01" max="2019-12-31"></date-search>`);
          await setText(el, text);
          const { input, error } = parts(el);
          expect(error.textContent).to.contain(message);
          expect(input.getAttribute('aria-invalid')).to.equal('true');
          expect(input.getAttribute('aria-describedby')!.split(' ')).to.include(error.id);
          expect(error.getAttribute('aria-live')).to.equal('polite');
          expect(el.value).to.equal('');
        }
      });
    }

    it('clears the value at once on an invalid edit, and shows the message only on leaving', async () => {
      const el = await make(html`<date-search value="2019-11-18"></date-search>`);
      const { input, error } = parts(el);
      input.focus();
      input.select();
      await typeText('31/02/2019');
      await el.updateComplete;
      expect(el.value).to.equal('');
      expect(input.getAttribute('aria-invalid')).to.equal('false');
      expect(error.textContent).to.equal('');
      input.blur();
      await el.updateComplete;
      expect(input.getAttribute('aria-invalid')).to.equal('true');
      expect(input.value).to.equal('31/02/2019');
    });

    it('never searches with a stale value after an invalid edit', async () => {
      const el = await make(html`<date-search action="/search.html" value="2019-11-18"></date-search>`);
      const urls = interceptNavigation(el);
      const onSearch = sinon.spy();
      el.addEventListener('date-search', onSearch);
      await setText(el, '31/02/2019', false);
      parts(el).searchButton.click();
      await el.updateComplete;
      expect(onSearch.callCount).to.equal(0);
      expect(urls).to.deep.equal([]);
      expect(el.value).to.equal('');
      expect(parts(el).error.textContent).to.contain('31/02/2019');
    });

    it('clears the message as soon as the input is fixed', async () => {
      const el = await make(html`<date-search></date-search>`);
      await setText(el, '31/04/2019');
      expect(parts(el).input.getAttribute('aria-invalid')).to.equal('true');
      await setText(el, '30/04/2019', false);
      expect(parts(el).input.getAttribute('aria-invalid')).to.equal('false');
      expect(parts(el).error.textContent).to.equal('');
      expect(el.value).to.equal('2019-04-30');
    });

    it('asks for a date when searching with an empty field, but not when merely leaving it', async () => {
      const el = await make(html`<date-search action="/search.html"></date-search>`);
      const urls = interceptNavigation(el);
      await setText(el, '');
      expect(parts(el).error.textContent).to.equal('');
      parts(el).searchButton.click();
      await el.updateComplete;
      expect(parts(el).error.textContent).to.contain('Hãy nhập ngày cần tìm');
      expect(el.shadowRoot!.activeElement).to.equal(parts(el).input);
      expect(urls).to.deep.equal([]);
    });
  });

  describe('search', () => {
    it('fires a cancelable date-search with the ISO value and a Date, then opens action', async () => {
      const el = await make(html`<date-search action="/search.html"></date-search>`);
      const urls = interceptNavigation(el);
      const events: CustomEvent[] = [];
      document.addEventListener('date-search', (e) => events.push(e as CustomEvent), { once: true });
      await setText(el, '18/11/2019');
      parts(el).searchButton.click();
      expect(events).to.have.length(1);
      const [event] = events;
      expect(event.bubbles && event.composed && event.cancelable).to.equal(true);
      expect(event.detail.value).to.equal('2019-11-18');
      const date = event.detail.date as Date;
      expect([date.getFullYear(), date.getMonth(), date.getDate()]).to.deep.equal([2019, 10, 18]);
      expect(urls).to.deep.equal([new URL('/search.html?date=2019-11-18', document.baseURI).href]);
    });

    it('searches on Enter in the field', async () => {
      const el = await make(html`<date-search action="/search.html" name="ngay"></date-search>`);
      const urls = interceptNavigation(el);
      parts(el).input.focus();
      await typeText('18.11.2019');
      await press('Enter');
      expect(urls).to.deep.equal([new URL('/search.html?ngay=2019-11-18', document.baseURI).href]);
    });

    it('keeps the other parameters of action and replaces an old date', async () => {
      const action = 'tin-tuc/search.html?lang=vi&date=2001-01-01#top';
      const el = await make(html`<date-search action=${action}></date-search>`);
      const urls = interceptNavigation(el);
      await setText(el, '18-11-2019');
      el.search();
      const url = new URL(urls[0]);
      expect(url.pathname).to.match(/\/tin-tuc\/search\.html$/);
      expect([...url.searchParams]).to.deep.equal([
        ['lang', 'vi'],
        ['date', '2019-11-18'],
      ]);
      expect(url.hash).to.equal('#top');
      expect(searchUrl('https://portal.example/tim?q=a+b', 'date', '2019-11-18', 'https://x.example/')).to.equal(
        'https://portal.example/tim?q=a+b&date=2019-11-18',
      );
    });

    it('survives an action that is not a URL: the event fires, nothing throws, nothing opens', async () => {
      const el = await make(html`<date-search action="http://[bad"></date-search>`);
      const urls = interceptNavigation(el);
      const search = sinon.spy();
      el.addEventListener('date-search', search);
      const warn = sinon.stub(console, 'warn');
      try {
        await setText(el, '18/11/2019');
        expect(() => el.search()).not.to.throw();
      } finally {
        warn.restore();
      }
      expect(search.callCount).to.equal(1);
      expect(urls).to.deep.equal([]);
      expect(warn.callCount).to.equal(1);
    });

    it('does not navigate when the event is cancelled', async () => {
      const el = await make(html`<date-search action="/search.html"></date-search>`);
      const urls = interceptNavigation(el);
      el.addEventListener('date-search', (e) => e.preventDefault());
      await setText(el, '18/11/2019');
      parts(el).searchButton.click();
      expect(urls).to.deep.equal([]);
    });

    it('does nothing while disabled', async () => {
      const el = await make(html`<date-search action="/search.html" value="2019-11-18" disabled></date-search>`);
      const urls = interceptNavigation(el);
      const { input, calendarButton, searchButton } = parts(el);
      expect([input.disabled, calendarButton.disabled, searchButton.disabled]).to.deep.equal([true, true, true]);
      el.search();
      expect(urls).to.deep.equal([]);
    });
  });

  describe('in a form', () => {
    it('adds name=yyyy-mm-dd to the form data, and follows reset', async () => {
      const form = await fixture<HTMLFormElement>(
        html`<form><date-search name="ngay" value="2019-11-18"></date-search></form>`,
      );
      const el = form.querySelector('date-search')!;
      await el.updateComplete;
      expect(el.form).to.equal(form);
      expect(new FormData(form).get('ngay')).to.equal('2019-11-18');
      await setText(el, '1/2/2020');
      expect(new FormData(form).get('ngay')).to.equal('2020-02-01');
      await setText(el, '31/02/2020');
      expect(new FormData(form).get('ngay')).to.equal('');
      form.reset();
      await el.updateComplete;
      expect(el.value).to.equal('2019-11-18');
      expect(parts(el).input.value).to.equal('18/11/2019');
      expect(parts(el).input.getAttribute('aria-invalid')).to.equal('false');
    });

    it('submits the date with the form when it has no action', async () => {
      const form = await fixture<HTMLFormElement>(html`<form><date-search></date-search></form>`);
      const el = form.querySelector('date-search')!;
      await el.updateComplete;
      const submitted: (string | null)[] = [];
      form.addEventListener('submit', (e) => {
        e.preventDefault();
        submitted.push(new FormData(form).get('date') as string);
      });
      await setText(el, '18/11/2019');
      el.search();
      expect(submitted).to.deep.equal(['2019-11-18']);
    });

    it('is left out and inert inside a disabled fieldset', async () => {
      const form = await fixture<HTMLFormElement>(
        html`<form>
          <fieldset disabled><date-search value="2019-11-18"></date-search></fieldset>
        </form>`,
      );
      const el = form.querySelector('date-search')!;
      await el.updateComplete;
      expect(new FormData(form).has('date')).to.equal(false);
      expect(parts(el).input.disabled).to.equal(true);
      form.querySelector('fieldset')!.disabled = false;
      await el.updateComplete;
      expect(parts(el).input.disabled).to.equal(false);
      expect(new FormData(form).get('date')).to.equal('2019-11-18');
    });

    it('blocks submission while required and empty, or while the text is not a date', async () => {
      const form = await fixture<HTMLFormElement>(html`<form><date-search required></date-search></form>`);
      const el = form.querySelector('date-search')!;
      await el.updateComplete;
      const submit = sinon.spy((e: Event) => e.preventDefault());
      form.addEventListener('submit', submit);
      expect(el.checkValidity()).to.equal(false);
      expect(el.validity.valueMissing).to.equal(true);
      expect(el.validationMessage).to.contain('Hãy nhập ngày');
      await el.updateComplete;
      expect(parts(el).error.textContent).to.contain('Hãy nhập ngày'); // the invalid event shows it
      await setText(el, '31/02/2019');
      expect(el.validity.badInput).to.equal(true);
      form.requestSubmit();
      expect(submit.callCount).to.equal(0);
      await setText(el, '18/11/2019');
      expect(el.checkValidity()).to.equal(true);
      form.requestSubmit();
      expect(submit.callCount).to.equal(1);
    });

    it('reports out-of-range values set from code as range errors', async () => {
      const el = await make(html`<date-search min="2019-01-01" max="2019-12-31" value="2020-05-05"></date-search>`);
      expect(el.validity.rangeOverflow).to.equal(true);
      el.value = '2018-05-05';
      await el.updateComplete;
      expect(el.validity.rangeUnderflow).to.equal(true);
    });
  });

  describe('progressive enhancement', () => {
    it('takes over a plain form with a date input: hides it, and submits it with the chosen day', async () => {
      const el = await make(
        html`<date-search>
          <form action="/search.html" method="get">
            <label>Tìm theo ngày <input type="date" name="ngay" value="2019-11-18" min="2015-01-01" /></label>
            <input type="hidden" name="lang" value="vi" />
            <button type="submit">Tìm</button>
          </form>
        </date-search>`,
      );
      const form = el.querySelector('form')!;
      const sent = captureSubmissions(form);
      expect(el.value).to.equal('2019-11-18');
      expect(el.name).to.equal('ngay');
      expect(el.min).to.equal('2015-01-01');
      expect(form.getClientRects().length).to.equal(0);
      expect(parts(el).input.value).to.equal('18/11/2019');
      const urls = interceptNavigation(el);
      parts(el).input.focus();
      await press('Enter');
      expect(sent).to.deep.equal([
        [
          ['ngay', '2019-11-18'],
          ['lang', 'vi'],
        ],
      ]);
      expect(urls).to.deep.equal([]);
    });

    it('opens its own action, when it has one, rather than submitting the form', async () => {
      const el = await make(
        html`<date-search action="/khac.html">
          <form action="/search.html"><input type="date" name="ngay" value="2019-11-18" aria-label="Ngày" /></form>
        </date-search>`,
      );
      const sent = captureSubmissions(el.querySelector('form')!);
      const urls = interceptNavigation(el);
      el.search();
      expect(urls).to.deep.equal([new URL('/khac.html?ngay=2019-11-18', document.baseURI).href]);
      expect(sent).to.deep.equal([]);
    });

    it('lets its own attributes win over the form’s', async () => {
      const el = await make(
        html`<date-search action="/khac.html" name="d">
          <form action="/search.html"><input type="date" name="ngay" /></form>
        </date-search>`,
      );
      expect([el.action, el.name, el.value]).to.deep.equal(['/khac.html', 'd', '']);
    });
  });
});
