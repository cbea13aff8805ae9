import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import sinon from 'sinon';
import type { DateSearch } from '../src/date-search.js';
import '../src/date-search.js';
import { plainFormCode } from '../src/date-search/date-search.js';
import {
  captureSubmissions,
  getUrl,
  interceptNavigation,
  parts,
  press,
  setText,
  typeText,
} from './date-search.helpers.js';

const make = async <T extends HTMLElement>(markup: ReturnType<typeof html>) => {
  const el = await fixture<T>(markup);
  for (const field of [el, ...el.querySelectorAll('date-search')])
    if (field.localName === 'date-search') await (field as DateSearch).updateComplete;
  return el;
};

// The day 1 February 2019 tells padded from unpadded formats, and day-first from month-first.
const FORMATS: [string, string][] = [
  ['dd/mm/yyyy', '01/02/2019'],
  ['dd-mm-yyyy', '01-02-2019'],
  ['yyyy-mm-dd', '2019-02-01'],
  ['d/m/yyyy', '1/2/2019'],
  ['dd.mm.yyyy', '01.02.2019'],
  ['mm/dd/yyyy', '02/01/2019'],
  ['DD/MM/YYYY', '01/02/2019'],
  ['yyyymmdd', '20190201'],
  ['d. m. yyyy', '1. 2. 2019'],
];

const BAD_FORMATS = [
  '',
  'abc',
  'dd/mm/yy',
  'dd/dd/yyyy',
  'yyyy',
  'dd/mm/yyyy/x',
  'dd/mm/yyyyy',
  'ddd/mm/yyyy',
  '{}',
  'ngày dd tháng mm năm yyyy',
];

describe('<date-search> format of the submitted date', () => {
  for (const [format, submitted] of FORMATS) {
    it(`${format}: opens action with ${submitted}, and the event carries both forms of the day`, async () => {
      const el = await make<DateSearch>(
        html`<date-search action="/tim-kiem" name="ngay" format=${format}></date-search>`,
      );
      await expect(el).to.be.accessible();
      const urls = interceptNavigation(el);
      const search = sinon.spy();
      el.addEventListener('date-search', search);
      parts(el).input.focus();
      await typeText('1/2/2019');
      await press('Enter');
      expect(el.value).to.equal('2019-02-01');
      expect(parts(el).input.value).to.equal('01/02/2019');
      expect(search.callCount).to.equal(1);
      expect(search.firstCall.args[0].detail).to.include({ value: '2019-02-01', formatted: submitted });
      expect(urls.map((url) => new URL(url).searchParams.get('ngay'))).to.deep.equal([submitted]);
    });

    it(`${format}: is the value the enclosing form submits, by GET and by POST`, async () => {
      for (const method of ['get', 'post']) {
        const form = await make<HTMLFormElement>(
          html`<form action="/tim-kiem" method=${method}>
            <date-search name="ngay" format=${format} value="2019-02-01"></date-search>
            <input type="hidden" name="cat" value="5" />
          </form>`,
        );
        const sent = captureSubmissions(form);
        form.querySelector('date-search')!.search();
        expect(sent).to.deep.equal([
          [
            ['ngay', submitted],
            ['cat', '5'],
          ],
        ]);
      }
    });
  }

  it('falls back to yyyy-mm-dd for an unknown format, without throwing', async () => {
    for (const format of BAD_FORMATS) {
      const el = await make<DateSearch>(
        html`<date-search action="/tim-kiem" format=${format} value="2019-02-01"></date-search>`,
      );
      const urls = interceptNavigation(el);
      const search = sinon.spy();
      el.addEventListener('date-search', search);
      expect(() => el.search()).not.to.throw();
      expect(
        urls.map((url) => new URL(url).searchParams.get('date')),
        format,
      ).to.deep.equal(['2019-02-01']);
      expect(search.firstCall.args[0].detail.formatted).to.equal('2019-02-01');
    }
    const el = await make<DateSearch>(html`<date-search action="/tim-kiem" value="2019-02-01"></date-search>`);
    const urls = interceptNavigation(el);
    (el as unknown as { format: unknown }).format = { not: 'a string' };
    await el.updateComplete;
    el.search();
    expect(new URL(urls[0]).searchParams.get('date')).to.equal('2019-02-01');
  });

  it('keeps value ISO, and fires nothing when format is set from code', async () => {
    const el = await make<DateSearch>(html`<date-search value="2019-11-18"></date-search>`);
    const spy = sinon.spy();
    for (const type of ['change', 'input', 'date-search']) el.addEventListener(type, spy);
    el.format = 'dd/mm/yyyy';
    await el.updateComplete;
    expect(el.value).to.equal('2019-11-18');
    expect(spy.callCount).to.equal(0);
  });
});

describe('<date-search> enhancing a portal’s own form', () => {
  // The jQuery-datepicker pattern of older portals: a text field holding dd/mm/yyyy and a hidden field.
  const textForm = (method = 'get') =>
    html`<date-search>
      <form action="/tim-kiem" method=${method}>
        <label>Ngày <input type="text" name="ngay" value="18/11/2019" /></label>
        <input type="hidden" name="cat" value="5" /><button>Tìm</button>
      </form>
    </date-search>`;

  it('reads the text field’s date in its own format, hides the form and keeps it as it was', async () => {
    const el = await make<DateSearch>(textForm());
    await expect(el).to.be.accessible();
    const form = el.querySelector('form')!;
    expect(el.value).to.equal('2019-11-18');
    expect(el.format).to.equal('dd/mm/yyyy');
    expect(el.name).to.equal('ngay');
    expect(parts(el).input.value).to.equal('18/11/2019');
    expect(form.getClientRects().length).to.equal(0);
    expect([form.getAttribute('action'), form.method]).to.deep.equal(['/tim-kiem', 'get']);
    expect(el.hasAttribute('action')).to.equal(false);
  });

  it('submits the form itself, by GET, with the date in its format and its other fields: the URL a browser opens', async () => {
    const wrap = await make<HTMLDivElement>(
      html`<div>
        <iframe name="ket-qua" title="Kết quả"></iframe>
        <date-search>
          <form action="/tim-kiem" method="get" target="ket-qua">
            <input type="text" name="ngay" value="18/11/2019" aria-label="Ngày" />
            <input type="hidden" name="cat" value="5" /><button>Tìm</button>
          </form>
        </date-search>
      </div>`,
    );
    const el = wrap.querySelector('date-search')!;
    const frame = wrap.querySelector('iframe')!;
    await setText(el, '5/3/2020');
    parts(el).input.focus();
    await press('Enter');
    await waitUntil(() => frame.contentWindow!.location.pathname === '/tim-kiem', 'the form was not submitted');
    expect(frame.contentWindow!.location.search).to.equal('?ngay=05%2F03%2F2020&cat=5');
  });

  it('submits by GET and by POST with one value for the date field', async () => {
    for (const method of ['get', 'post']) {
      const el = await make<DateSearch>(textForm(method));
      const form = el.querySelector('form')!;
      const sent = captureSubmissions(form);
      await setText(el, '1.2.2020');
      parts(el).searchButton.click();
      expect(sent).to.deep.equal([
        [
          ['ngay', '01/02/2020'],
          ['cat', '5'],
        ],
      ]);
      expect(form.method).to.equal(method);
      if (method === 'get')
        expect(getUrl(form, sent[0])).to.equal(new URL('/tim-kiem?ngay=01%2F02%2F2020&cat=5', location.href).href);
      // The field itself follows, for scripts that read it rather than the form data.
      expect(form.querySelector<HTMLInputElement>('[name="ngay"]')!.value).to.equal('01/02/2020');
    }
  });

  it('guesses d/m/yyyy from an unpadded value, and takes a placeholder as the format', async () => {
    const unpadded = await make<DateSearch>(
      html`<date-search>
        <form action="/tim-kiem"><input type="text" name="ngay" value="5/11/2019" aria-label="Ngày" /></form>
      </date-search>`,
    );
    expect([unpadded.value, unpadded.format]).to.deep.equal(['2019-11-05', 'd/m/yyyy']);
    const sent = captureSubmissions(unpadded.querySelector('form')!);
    await setText(unpadded, '07/02/2019');
    unpadded.search();
    expect(sent).to.deep.equal([[['ngay', '7/2/2019']]]);

    const placeholder = await make<DateSearch>(
      html`<date-search>
        <form action="/tim-kiem"><input name="ngay" placeholder="DD-MM-YYYY" aria-label="Ngày" /></form>
      </date-search>`,
    );
    expect([placeholder.value, placeholder.format]).to.deep.equal(['', 'dd-mm-yyyy']);
    const more = captureSubmissions(placeholder.querySelector('form')!);
    await setText(placeholder, '18/11/2019');
    placeholder.search();
    expect(more).to.deep.equal([[['ngay', '18-11-2019']]]);
  });

  it('reads and submits a month-first form when told its format', async () => {
    const el = await make<DateSearch>(
      html`<date-search format="mm/dd/yyyy">
        <form action="/tim-kiem"><input type="text" name="ngay" value="11/18/2019" aria-label="Ngày" /></form>
      </date-search>`,
    );
    expect(el.value).to.equal('2019-11-18');
    expect(parts(el).input.value).to.equal('18/11/2019');
    const sent = captureSubmissions(el.querySelector('form')!);
    el.search();
    expect(sent).to.deep.equal([[['ngay', '11/18/2019']]]);
  });

  it('starts empty, not wrong, when the field’s value is not a date, and takes a bad format as the default', async () => {
    const el = await make<DateSearch>(
      html`<date-search>
        <form action="/tim-kiem"><input type="text" name="ngay" value="hôm nay" aria-label="Ngày" /></form>
      </date-search>`,
    );
    expect([el.value, el.format]).to.deep.equal(['', 'yyyy-mm-dd']);
    const bad = await make<DateSearch>(
      html`<date-search format="ngay/thang">
        <form action="/tim-kiem"><input type="text" name="ngay" value="2019-11-18" aria-label="Ngày" /></form>
      </date-search>`,
    );
    expect(bad.value).to.equal('2019-11-18');
    const sent = captureSubmissions(bad.querySelector('form')!);
    bad.search();
    expect(sent).to.deep.equal([[['ngay', '2019-11-18']]]);
  });

  it('submits nothing for an impossible date, and shows the error tied to the field', async () => {
    const el = await make<DateSearch>(textForm());
    const form = el.querySelector('form')!;
    const sent = captureSubmissions(form);
    const search = sinon.spy();
    el.addEventListener('date-search', search);
    parts(el).input.focus();
    parts(el).input.select();
    await typeText('31/02/2019');
    await press('Enter');
    parts(el).searchButton.click();
    await el.updateComplete;
    const { input, error } = parts(el);
    expect(sent).to.deep.equal([]);
    expect(search.callCount).to.equal(0);
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    expect(input.getAttribute('aria-describedby')!.split(' ')).to.include(error.id);
    expect(error.textContent).to.contain('Không có ngày 31/02/2019');
    // Whoever else builds the form's data gets no stale day either.
    expect(new FormData(form).getAll('ngay')).to.deep.equal(['']);
    await expect(el).to.be.accessible();
  });

  it('submits nothing when the date-search event is cancelled', async () => {
    const el = await make<DateSearch>(textForm());
    const sent = captureSubmissions(el.querySelector('form')!);
    el.addEventListener('date-search', (event) => event.preventDefault());
    el.search();
    expect(sent).to.deep.equal([]);
  });

  it('enhances a native date form: ISO by default, or the element’s format, in the field’s place', async () => {
    const native = (format?: string) =>
      html`<date-search .format=${format ?? 'yyyy-mm-dd'}>
        <form action="/tim-kiem" method="post">
          <label>Ngày <input type="date" name="ngay" value="2019-11-18" min="2015-01-01" /></label>
          <input type="hidden" name="cat" value="5" /><button>Tìm</button>
        </form>
      </date-search>`;
    const iso = await make<DateSearch>(native());
    expect([iso.value, iso.min]).to.deep.equal(['2019-11-18', '2015-01-01']);
    const sent = captureSubmissions(iso.querySelector('form')!);
    await setText(iso, '20/11/2019');
    iso.search();
    expect(sent).to.deep.equal([
      [
        ['ngay', '2019-11-20'],
        ['cat', '5'],
      ],
    ]);
    expect(iso.querySelector<HTMLInputElement>('[name="ngay"]')!.value).to.equal('2019-11-20');

    const formatted = await make<DateSearch>(native('dd/mm/yyyy'));
    const more = captureSubmissions(formatted.querySelector('form')!);
    formatted.search();
    expect(more).to.deep.equal([
      [
        ['ngay', '18/11/2019'],
        ['cat', '5'],
      ],
    ]);
    // The date input holds ISO (it can hold nothing else); the form data has the day once, formatted.
    expect(formatted.querySelector<HTMLInputElement>('[name="ngay"]')!.value).to.equal('2019-11-18');
  });

  it('leaves the form shown and working as without JavaScript when its code cannot load', async () => {
    const load = sinon.stub(plainFormCode, 'load').rejects(new TypeError('Failed to fetch'));
    const warn = sinon.stub(console, 'warn');
    try {
      const el = await make<DateSearch>(textForm());
      const form = el.querySelector('form')!;
      expect(form.getClientRects().length).to.be.greaterThan(0);
      expect(el.shadowRoot!.querySelector('input')).to.equal(null);
      expect([...new FormData(form)]).to.deep.equal([
        ['ngay', '18/11/2019'],
        ['cat', '5'],
      ]);
      expect(warn.callCount).to.equal(1);
      await expect(el).to.be.accessible();
    } finally {
      load.restore();
      warn.restore();
    }
  });
});
