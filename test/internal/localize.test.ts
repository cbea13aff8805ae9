import { expect, fixture, html as testHtml } from '@open-wc/testing';
import { LitElement, html } from 'lit';
import { property } from 'lit/decorators.js';
import { define } from '../../src/internal/define.js';
import {
  LocalizeController,
  closestLang,
  format,
  plainNumber,
  safeLocale,
  type Message,
} from '../../src/internal/localize.js';

const catalog = {
  vi: { hello: 'Xin chào {name}', votes: '{count} lượt đánh giá' },
  en: { hello: 'Hello {name}', votes: { one: '{count} vote', other: '{count} votes' } },
};

class LocalizedThing extends LitElement {
  @property({ attribute: false }) strings: Partial<Record<string, Message>> | null = null;
  readonly l10n = new LocalizeController(this, catalog);
  override render() {
    return html`${this.l10n.term('hello', { name: 'An' })}`;
  }
}
define('test-localized-thing', LocalizedThing);

const text = (el: Element) => el.shadowRoot!.textContent!.trim();

describe('localisation', () => {
  it('defaults to Vietnamese when no ancestor has a lang', async () => {
    const saved = document.documentElement.getAttribute('lang');
    document.documentElement.removeAttribute('lang');
    try {
      const el = await fixture<LocalizedThing>(testHtml`<test-localized-thing></test-localized-thing>`);
      expect(el.l10n.lang).to.equal('vi');
      expect(text(el)).to.equal('Xin chào An');
    } finally {
      if (saved !== null) document.documentElement.setAttribute('lang', saved);
    }
  });

  it('follows the closest lang, across a shadow root', async () => {
    const outer = await fixture(testHtml`<div lang="en-GB"><span></span></div>`);
    const shadow = outer.querySelector('span')!.attachShadow({ mode: 'open' });
    const el = document.createElement('test-localized-thing') as LocalizedThing;
    shadow.append(el);
    await el.updateComplete;
    expect(el.l10n.locale).to.equal('en-GB');
    expect(text(el)).to.equal('Hello An');
  });

  it('re-renders when a lang attribute changes', async () => {
    const wrap = await fixture(testHtml`<div lang="vi"><test-localized-thing></test-localized-thing></div>`);
    const el = wrap.querySelector<LocalizedThing>('test-localized-thing')!;
    await el.updateComplete;
    wrap.setAttribute('lang', 'en');
    await new Promise((r) => setTimeout(r));
    await el.updateComplete;
    expect(text(el)).to.equal('Hello An');
  });

  it('falls back to Vietnamese for a language it has no messages for, but formats with that locale', async () => {
    const wrap = await fixture(testHtml`<div lang="de"><test-localized-thing></test-localized-thing></div>`);
    const el = wrap.querySelector<LocalizedThing>('test-localized-thing')!;
    await el.updateComplete;
    expect(el.l10n.lang).to.equal('vi');
    expect(el.l10n.number(1234.5)).to.equal('1.234,5');
  });

  it('lets each instance override a message', async () => {
    const el = await fixture<LocalizedThing>(testHtml`<test-localized-thing lang="vi"></test-localized-thing>`);
    el.strings = { hello: 'Chào {name}!' };
    await el.updateComplete;
    expect(text(el)).to.equal('Chào An!');
  });

  it('ignores an override that is not a message, instead of throwing', async () => {
    const el = await fixture<LocalizedThing>(testHtml`<test-localized-thing lang="vi"></test-localized-thing>`);
    el.strings = { hello: 5, votes: { one: 'x' } } as unknown as Record<string, Message>;
    await el.updateComplete;
    expect(text(el)).to.equal('Xin chào An');
    expect(el.l10n.term('votes', { count: 2 })).to.equal('2 lượt đánh giá');
  });

  it('chooses plural forms by count', async () => {
    const el = await fixture<LocalizedThing>(testHtml`<test-localized-thing lang="en"></test-localized-thing>`);
    expect(el.l10n.term('votes', { count: 1 })).to.equal('1 vote');
    expect(el.l10n.term('votes', { count: 37 })).to.equal('37 votes');
  });

  it('formats numbers and dates through Intl for the language', async () => {
    const el = await fixture<LocalizedThing>(testHtml`<test-localized-thing lang="vi"></test-localized-thing>`);
    expect(el.l10n.number(4.2, { maximumFractionDigits: 1 })).to.equal('4,2');
    const day = new Date(Date.UTC(2019, 10, 18, 4, 59));
    expect(
      el.l10n.date(day, { timeZone: 'Asia/Ho_Chi_Minh', day: '2-digit', month: '2-digit', year: 'numeric' }),
    ).to.equal('18/11/2019');
  });

  it('survives malformed lang values and placeholders without parameters', () => {
    expect(safeLocale('not a tag!!')).to.equal('vi');
    expect(safeLocale('')).to.equal('vi');
    expect(safeLocale(' en-us ')).to.equal('en-US');
    expect(format('{a} và {b}', { a: 1 })).to.equal('1 và {b}');
    const orphan = document.createElement('div');
    expect(closestLang(orphan)).to.equal('');
  });
});

describe('numbers without Intl', () => {
  it('formats Vietnamese and English numbers exactly as Intl.NumberFormat does', () => {
    const values = [
      0,
      1,
      4.2,
      4.25,
      4.35,
      4.05,
      0.5,
      1.005,
      2.675,
      999,
      1000,
      1234.5678,
      99999.95,
      123456789,
      1e11 + 0.5,
    ];
    // A fixed pseudo-random sequence, so a failure can be replayed.
    let seed = 7;
    const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    for (let i = 0; i < 400; i++) values.push(Math.round(random() * 10 ** (i % 12)) / 10 ** (i % 4), random() * 5);
    let compared = 0;
    for (const locale of ['vi', 'vi-VN', 'en', 'en-US', 'en-GB']) {
      for (const options of [
        undefined,
        { maximumFractionDigits: 0 },
        { maximumFractionDigits: 1 },
        { maximumFractionDigits: 2 },
        { style: 'percent' },
        { style: 'percent', maximumFractionDigits: 1 },
      ] as Intl.NumberFormatOptions[]) {
        const intl = new Intl.NumberFormat(locale, options);
        // A percentage is a hundred times the value: keep it below the plain path's 10¹².
        for (const value of options?.style ? values.filter((v) => v < 1e9) : values) {
          expect(plainNumber(value, locale, options), `${locale} ${JSON.stringify(options)} ${value}`).to.equal(
            intl.format(value),
          );
          compared++;
        }
      }
    }
    expect(compared).to.be.greaterThan(24000);
  });

  it('leaves to Intl the locales, options and values it cannot format alone', () => {
    for (const locale of ['fr', 'de', 'en-IN', 'en-ZA', 'vi-u-nu-arab', 'zh'])
      expect(plainNumber(4.2, locale), locale).to.equal(null);
    expect(plainNumber(0.2, 'vi', { style: 'currency', currency: 'VND' })).to.equal(null);
    expect(plainNumber(1e10, 'vi', { style: 'percent' })).to.equal(null);
    expect(plainNumber(4.2, 'vi', { minimumFractionDigits: 2 })).to.equal(null);
    expect(plainNumber(4.2, 'vi', { maximumFractionDigits: 4 })).to.equal(null);
    for (const value of [-1, -0, NaN, Infinity, 1e12, 1e-7])
      expect(plainNumber(value, 'vi'), String(value)).to.equal(null);
  });
});
