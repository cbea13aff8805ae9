import { emulateMedia } from '@web/test-runner-commands';
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import sinon from 'sinon';
import '../src/news-article.js';
import type { NewsArticle } from '../src/news-article.js';
import { formatDateline, intlParts, plainParts } from '../src/news-article/dateline.js';
import { findTarget } from '../src/internal/target.js';
import { examples } from '../demo/examples/news-article.js';

const part = (el: NewsArticle, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
const datelineText = (el: NewsArticle) => {
  const time = part(el, 'dateline')!.querySelector('time');
  return time ? time.textContent!.trim() : null;
};

const article = (datetime: string, text = 'Máy chủ: 18/11/2019', attrs = '') => `<news-article ${attrs}>
  <h1 slot="headline">Tiêu đề</h1>
  <time slot="dateline" datetime="${datetime}">${text}</time>
  <div slot="body"><p>UBND TP họp phiên thường kỳ.</p></div>
  <p slot="source">Theo Hà Nội portal</p>
</news-article>`;

async function mount(markup: string, lang = 'vi'): Promise<NewsArticle> {
  const wrap = await fixture<HTMLDivElement>(html`<div></div>`);
  wrap.lang = lang;
  wrap.innerHTML = markup;
  const el = wrap.querySelector('news-article')!;
  await el.updateComplete;
  return el;
}

describe('news-article: dateline', () => {
  const week: Array<[string, string, string]> = [
    ['2019-11-18T11:59:00+07:00', 'Thứ hai, 18/11/2019 11:59', 'Monday, 18/11/2019 11:59'],
    ['2019-11-19T15:05:00+07:00', 'Thứ ba, 19/11/2019 15:05', 'Tuesday, 19/11/2019 15:05'],
    ['2019-11-20T09:15:00+07:00', 'Thứ tư, 20/11/2019 09:15', 'Wednesday, 20/11/2019 09:15'],
    ['2019-11-21T07:00:00+07:00', 'Thứ năm, 21/11/2019 07:00', 'Thursday, 21/11/2019 07:00'],
    ['2019-11-22T23:59:00+07:00', 'Thứ sáu, 22/11/2019 23:59', 'Friday, 22/11/2019 23:59'],
    ['2019-11-23T12:00:00+07:00', 'Thứ bảy, 23/11/2019 12:00', 'Saturday, 23/11/2019 12:00'],
    ['2019-11-24T18:30:00+07:00', 'Chủ nhật, 24/11/2019 18:30', 'Sunday, 24/11/2019 18:30'],
    // Midnight is 00:00, never 24:00.
    ['2019-11-18T00:00:00+07:00', 'Thứ hai, 18/11/2019 00:00', 'Monday, 18/11/2019 00:00'],
    // 20:30 UTC on Sunday is already Monday morning in Vietnam.
    ['2019-11-17T20:30:00Z', 'Thứ hai, 18/11/2019 03:30', 'Monday, 18/11/2019 03:30'],
    ['2019-12-31T17:00:00Z', 'Thứ tư, 01/01/2020 00:00', 'Wednesday, 01/01/2020 00:00'],
  ];
  for (const [iso, vi, en] of week) {
    it(`shows ${iso} as "${vi}" / "${en}"`, async () => {
      const template = '{weekday}, {day}/{month}/{year} {hour}:{minute}';
      expect(formatDateline(iso, 'vi', 'Asia/Ho_Chi_Minh', template)).to.equal(vi);
      expect(formatDateline(iso, 'en', 'Asia/Ho_Chi_Minh', template)).to.equal(en);
      expect(datelineText(await mount(article(iso), 'vi'))).to.equal(vi);
      expect(datelineText(await mount(article(iso), 'en'))).to.equal(en);
    });
  }

  it('keeps the machine-readable datetime on the <time>', async () => {
    const el = await mount(article('2019-11-18T11:59:00+07:00'));
    expect(part(el, 'dateline')!.querySelector('time')!.getAttribute('datetime')).to.equal('2019-11-18T11:59:00+07:00');
  });

  it('follows the time-zone attribute, and falls back to Vietnam for an unknown zone', async () => {
    const paris = await mount(article('2019-11-18T11:59:00+07:00', '', 'time-zone="Europe/Paris"'));
    expect(datelineText(paris)).to.equal('Thứ hai, 18/11/2019 05:59');
    const bad = await mount(article('2019-11-18T11:59:00+07:00', '', 'time-zone="Sao/Hoa"'));
    expect(datelineText(bad)).to.equal('Thứ hai, 18/11/2019 11:59');
  });

  for (const bad of ['', 'hôm qua', '2019-13-45T99:99', '18/11/2019']) {
    it(`shows the server text unchanged for datetime "${bad}"`, async () => {
      const el = await mount(article(bad, 'Ngày 18 tháng 11'));
      expect(datelineText(el)).to.equal(null);
      const slot = part(el, 'dateline')!.querySelector('slot')!;
      expect(slot.assignedElements()[0].textContent).to.equal('Ngày 18 tháng 11');
      expect(slot.parentElement!.hidden).to.equal(false);
    });
  }

  it("shows the server's dateline until the first formatter for its language and zone is built", async () => {
    // A zone no other test uses, so its formatter is not built yet.
    const wrap = await fixture<HTMLDivElement>(html`<div></div>`);
    wrap.innerHTML = article('2019-11-18T11:59:00+07:00', 'Máy chủ: 18/11/2019', 'time-zone="Asia/Bangkok"');
    const el = wrap.querySelector('news-article')!;
    // The first render only (ReactiveElement's own promise, without the wait for the dateline).
    await Object.getPrototypeOf(Object.getPrototypeOf(el)).getUpdateComplete.call(el);
    expect(datelineText(el)).to.equal(null);
    expect(part(el, 'dateline')!.querySelector('slot')!.parentElement!.hidden).to.equal(false);
    await el.updateComplete;
    expect(datelineText(el)).to.equal('Thứ hai, 18/11/2019 11:59');
    expect(part(el, 'dateline')!.querySelector('slot')!.parentElement!.hidden).to.equal(true);
  });

  it('builds the Vietnamese and English datelines in Vietnam without Intl, exactly as Intl does', () => {
    const hour = 3_600_000;
    const instants = [
      Date.UTC(1975, 11, 31, 17), // the first instant of 1976 in Vietnam
      Date.UTC(2000, 1, 28, 17), // 29/02/2000
      Date.UTC(2100, 1, 28, 16, 59), // 28/02/2100 23:59, a year without 29 February
      Date.UTC(2100, 1, 28, 17),
      Date.UTC(9999, 11, 31, 16, 59),
    ];
    // Every 100 003 minutes from 1976 to 2100: all weekdays, hours and minutes over the years.
    for (let t = Date.UTC(1976, 0, 1); t < Date.UTC(2100, 0, 1); t += 100_003 * 60_000) instants.push(t);
    for (let t = Date.UTC(2019, 10, 17, 16); t < Date.UTC(2019, 10, 19); t += hour) instants.push(t);
    const keys = ['weekday', 'day', 'month', 'year', 'hour', 'minute'];
    let compared = 0;
    for (const locale of ['vi', 'vi-VN', 'en', 'en-US', 'en-GB']) {
      for (const zone of ['', 'Asia/Ho_Chi_Minh']) {
        for (const time of instants) {
          const date = new Date(time);
          const plain = plainParts(date, locale, zone);
          expect(plain, `${locale} ${zone} ${date.toISOString()}`).to.not.equal(null);
          const intl = intlParts(date, locale, zone || 'Asia/Ho_Chi_Minh');
          expect(plain, `${locale} ${zone} ${date.toISOString()}`).to.deep.equal(
            Object.fromEntries(keys.map((key) => [key, intl[key]])),
          );
          compared++;
        }
      }
    }
    expect(compared).to.be.greaterThan(6000);
  });

  it('leaves to Intl the dates, languages and zones it cannot build alone', () => {
    const date = new Date('2019-11-18T11:59:00+07:00');
    expect(plainParts(new Date('1975-06-01T12:00:00+08:00'), 'vi', '')).to.equal(null);
    expect(plainParts(new Date('+010000-01-01T00:00:00Z'), 'vi', '')).to.equal(null);
    expect(plainParts(new Date('x'), 'vi', '')).to.equal(null);
    for (const locale of ['fr', 'vi-u-ca-buddhist', 'en-u-nu-arab', 'zh-Hant']) {
      expect(plainParts(date, locale, ''), locale).to.equal(null);
    }
    expect(plainParts(date, 'vi', 'Asia/Bangkok')).to.equal(null);
    // Before 13 June 1975 the south of Vietnam kept UTC+8: Intl knows it.
    expect(formatDateline('1975-01-01T12:00:00Z', 'vi', 'Asia/Ho_Chi_Minh', '{hour}:{minute}')).to.equal('20:00');
  });

  it('shows the usual dateline in its first render, without building an Intl date formatter', async () => {
    const formatToParts = sinon.spy(Intl.DateTimeFormat.prototype, 'formatToParts');
    try {
      const wrap = await fixture<HTMLDivElement>(html`<div lang="en"></div>`);
      wrap.innerHTML = article('2019-11-18T11:59:00+07:00');
      const el = wrap.querySelector('news-article')!;
      await Object.getPrototypeOf(Object.getPrototypeOf(el)).getUpdateComplete.call(el);
      expect(datelineText(el)).to.equal('Monday, 18/11/2019 11:59');
      expect(formatToParts.called).to.equal(false);
      // The control: a zone that needs Intl goes through it.
      expect(formatDateline('2019-11-18T11:59:00+07:00', 'en', 'Europe/Paris', '{hour}')).to.equal('05');
      expect(formatToParts.called).to.equal(true);
    } finally {
      formatToParts.restore();
    }
  });

  it('re-renders the dateline when the language changes', async () => {
    const el = await mount(article('2019-11-24T18:30:00+07:00'));
    el.parentElement!.lang = 'en';
    await waitUntil(() => datelineText(el) === 'Sunday, 24/11/2019 18:30');
  });
});

describe('news-article: light-DOM mode', () => {
  it('is accessible and lays out headline, dateline, toolbar, body and source in order', async () => {
    const el = await mount(article('2019-11-18T11:59:00+07:00'));
    await expect(el).to.be.accessible();
    const order = ['dateline', 'toolbar', 'body', 'source'].map((n) => part(el, n)!);
    for (let i = 1; i < order.length; i++) {
      expect(order[i - 1].compareDocumentPosition(order[i]) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
    }
    const headline = el.shadowRoot!.querySelector<HTMLSlotElement>('slot[name="headline"]')!;
    expect(headline.assignedElements()[0].tagName).to.equal('H1');
    expect(el.articleBody).to.equal(el.querySelector('[slot="body"]'));
  });

  it('aims its own toolbar controls at the body', async () => {
    const el = await mount(article('2019-11-18T11:59:00+07:00'));
    const toolbar = part(el, 'toolbar')!;
    expect(toolbar.getAttribute('role')).to.equal('group');
    expect(toolbar.getAttribute('aria-label')).to.equal('Công cụ đọc bài');
    for (const tag of ['abbr-toggle', 'font-size-control']) {
      const control = toolbar.querySelector(tag)!;
      expect(control, tag).to.exist;
      expect(findTarget(control, null), tag).to.equal(el.articleBody);
    }
  });

  it('lets the toolbar controls act on the body: abbreviations and text size', async () => {
    const clearPrefs = () =>
      Object.keys(localStorage)
        .filter((k) => k.startsWith('portal-elements:'))
        .forEach((k) => localStorage.removeItem(k));
    clearPrefs();
    try {
      const el = await mount(article('2019-11-18T11:59:00+07:00'));
      const body = el.articleBody!;
      const before = body.innerHTML;
      const toggle = part(el, 'toolbar')!.querySelector('abbr-toggle')!;
      await customElements.whenDefined('abbr-toggle');
      await (toggle as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
      toggle.shadowRoot!.querySelector('button')!.click();
      await waitUntil(() => body.textContent!.includes('Ủy ban nhân dân'), 'abbreviations expanded in the body');
      expect(el.querySelector('[slot="headline"]')!.textContent).to.equal('Tiêu đề');
      toggle.shadowRoot!.querySelector('button')!.click();
      await waitUntil(() => body.innerHTML === before, 'body restored');

      const sizer = part(el, 'toolbar')!.querySelector('font-size-control')!;
      const size = () => parseFloat(getComputedStyle(body.querySelector('p')!).fontSize);
      const start = size();
      const buttons = [...sizer.shadowRoot!.querySelectorAll('button')];
      buttons[buttons.length - 1].click();
      await waitUntil(() => size() > start, 'body text larger');
      expect(parseFloat(getComputedStyle(part(el, 'dateline')!).fontSize)).to.be.below(size());
      buttons[1].click();
      await waitUntil(() => size() === start, 'size reset');
    } finally {
      clearPrefs();
    }
  });

  it('turns the toolbar off with no-toolbar', async () => {
    const el = await mount(article('2019-11-18T11:59:00+07:00', '', 'no-toolbar'));
    expect(part(el, 'toolbar')).to.equal(null);
    el.noToolbar = false;
    await el.updateComplete;
    expect(part(el, 'toolbar')).to.exist;
  });

  it('shows a footer rating and date search only when configured', async () => {
    const plain = await mount(article('2019-11-18T11:59:00+07:00'));
    expect(part(plain, 'footer')).to.equal(null);
    const extra = await mount(
      article('2019-11-18T11:59:00+07:00').replace('</news-article>', '<p slot="footer">Chia sẻ</p></news-article>'),
    );
    expect(part(extra, 'footer')!.querySelector('slot')!.assignedElements()[0].textContent).to.equal('Chia sẻ');
    const full = await mount(
      article(
        '2019-11-18T11:59:00+07:00',
        '',
        'item-id="bai-1" rating-endpoint="/api/ratings" search-action="/search.html"',
      ),
    );
    const rating = part(full, 'footer')!.querySelector('star-rating')!;
    expect(rating.getAttribute('item-id')).to.equal('bai-1');
    expect(rating.getAttribute('endpoint')).to.equal('/api/ratings');
    const search = part(full, 'footer')!.querySelector('date-search')!;
    expect(search.getAttribute('action')).to.equal('/search.html');
    expect(search.getAttribute('name')).to.equal('date');
  });

  it('fires nothing when properties are set from code', async () => {
    const el = await mount(article('2019-11-18T11:59:00+07:00'));
    const spy = sinon.spy();
    el.addEventListener('news-article-load', spy);
    el.timeZone = 'Europe/Paris';
    el.headingLevel = 3;
    el.noToolbar = true;
    el.published = '2020-01-01T00:00:00+07:00';
    await el.updateComplete;
    expect(datelineText(el)).to.equal('Thứ ba, 31/12/2019 18:00');
    expect(spy.called).to.equal(false);
  });

  it('hides the toolbar and the footer when printing', async () => {
    const el = await mount(article('2019-11-18T11:59:00+07:00', '', 'rating-endpoint="/api/ratings" item-id="in"'));
    const toolbar = part(el, 'toolbar')!;
    expect(getComputedStyle(toolbar).display).to.not.equal('none');
    let emulated = false;
    // Only Chromium's DevTools protocol emulates print here (Firefox's BiDi and WebKit's WebDriver
    // cannot); elsewhere the print rules of the stylesheet are checked against the parts instead.
    if (navigator.userAgent.includes('Chrome/')) {
      await emulateMedia({ media: 'print' });
      emulated = matchMedia('print').matches;
    }
    try {
      if (emulated) {
        expect(getComputedStyle(toolbar).display).to.equal('none');
        expect(getComputedStyle(part(el, 'footer')!).display).to.equal('none');
      } else {
        const sheets = el.shadowRoot!.adoptedStyleSheets.length
          ? el.shadowRoot!.adoptedStyleSheets
          : [...el.shadowRoot!.querySelectorAll('style')].map((s) => s.sheet!);
        const rules = sheets.flatMap((s) => [...s.cssRules]);
        const print = rules.filter(
          (r): r is CSSMediaRule => r instanceof CSSMediaRule && r.media.mediaText === 'print',
        );
        const hiding = print
          .flatMap((m) => [...m.cssRules] as CSSStyleRule[])
          .filter((r) => r.style.display === 'none');
        expect(hiding.some((r) => toolbar.matches(r.selectorText))).to.equal(true);
        expect(hiding.some((r) => part(el, 'footer')!.matches(r.selectorText))).to.equal(true);
      }
    } finally {
      if (emulated) await emulateMedia({ media: 'screen' });
    }
  });

  it('never throws on bad attribute values', async () => {
    const el = await mount(
      article('2019-11-18T11:59:00+07:00', '', 'heading-level="bảy" time-zone="" strings="{oops"'),
    );
    expect(datelineText(el)).to.equal('Thứ hai, 18/11/2019 11:59');
  });

  it('takes message overrides from strings', async () => {
    const el = await mount(article('2019-11-18T11:59:00+07:00', '', `strings='{"tools":"Công cụ"}'`));
    expect(part(el, 'toolbar')!.getAttribute('aria-label')).to.equal('Công cụ');
  });
});

describe('news-article: examples', () => {
  afterEach(() => sinon.restore());
  for (const lang of ['vi', 'en']) {
    for (const example of examples) {
      it(`${example.id} (${lang}) has no axe violations`, async () => {
        const container = await fixture<HTMLDivElement>(html`<div></div>`);
        container.lang = lang;
        container.innerHTML = example.html;
        await example.setup?.(container);
        const el = container.querySelector('news-article')!;
        if (el.src) await waitUntil(() => part(el, 'headline') || part(el, 'status'), 'src settles', { timeout: 5000 });
        if (el.src && !example.id.includes('loading'))
          await waitUntil(() => !part(el, 'status')?.matches('[role=status]'));
        await el.updateComplete;
        await expect(container).to.be.accessible();
      });
    }
  }
});
