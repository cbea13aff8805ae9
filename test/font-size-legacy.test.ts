import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import sinon from 'sinon';
import '../src/font-size-control.js';
import '../src/abbr-toggle.js';
import type { FontSizeControl } from '../src/font-size-control.js';
import { clearPref, writePref } from '../src/internal/prefs.js';
import '../src/news-article.js';
import { legacyFixtures, legacyThemes, mountLegacy, serialize } from './support/legacy-fixtures.js';
import { textSizes, unscaled } from './support/text-scale.js';

const THEME = `#lg-body p { font-size: 14px; line-height: 20px }
#lg-body .tin span { font-size: 13px }
#lg-body .chu-nho { font-size: 10pt !important }`;

const BODY = `<p class="MsoNormal" style="margin-bottom:6.0pt;text-align:justify;line-height:150%"><span style="font-size:13.0pt;line-height:150%;font-family:&quot;Times New Roman&quot;,serif">Sáng nay, <span style="font-size:12pt">UBND tỉnh</span> họp <b>phiên thường kỳ</b>.<o:p></o:p></span></p>
<P style="FONT-SIZE: 10pt; FONT-FAMILY: Arial">Chữ cũ <SPAN style="FONT-SIZE: 12px">nhỏ</SPAN> <font size="4">to hơn</font> và <font size=2 face=Tahoma>nhỏ hơn</font></P>
<div class="tin"><span>Tin liên quan</span> <span class="chu-nho">chữ bị ép</span></div>
<p>Đoạn theo chủ đề <span style="font-size: 1.2em">lớn hơn</span>, <span style="font-size: 85%">nhỏ hơn</span>, <span style="font-size: x-large">rất lớn</span>, <span style="font-size: 16px !important">quan trọng</span></p>
<div>Dòng một<br>dòng hai&nbsp;&nbsp;&nbsp;có khoảng trắng</div>`;

const keys: string[] = [];
async function mount(width = '') {
  const key = `test-font-legacy-${keys.length}-${Date.now()}`;
  keys.push(key);
  const wrap = await fixture<HTMLElement>(
    html`<div style="font: 13px Tahoma, Arial, sans-serif; width: ${width || 'auto'}"></div>`,
  );
  wrap.innerHTML = `<style>${THEME}</style><font-size-control for="lg-body" storage-key="${key}"></font-size-control><div id="lg-body">${BODY}</div>`;
  const el = wrap.querySelector<FontSizeControl>('font-size-control')!;
  await el.updateComplete;
  return { el, key, body: wrap.querySelector<HTMLElement>('#lg-body')!, wrap };
}

async function choose(el: FontSizeControl, value: number) {
  el.value = value;
  await el.updateComplete;
}

/** A control aimed at a corpus fixture's container, under a theme (or none). */
async function mountCorpus(fixtureName: string, themeName?: string) {
  const body = await mountLegacy(fixtureName, themeName);
  const key = `test-font-corpus-${keys.length}-${Date.now()}`;
  keys.push(key);
  const el = document.createElement('font-size-control') as FontSizeControl;
  el.for = body.id;
  el.storageKey = key;
  body.before(el);
  await el.updateComplete;
  return { el, body, page: body.closest<HTMLElement>('.legacy-page')! };
}

describe('<font-size-control> over the legacy corpus', () => {
  afterEach(() => keys.splice(0).forEach(clearPref));

  for (const { name } of legacyFixtures) {
    for (const theme of [undefined, ...legacyThemes.map((t) => t.name)]) {
      const label = `${name} under ${theme ?? 'no theme'}`;

      it(`${label}: every text and px line height grows by the factor at every step, then the subtree is as before`, async () => {
        const { el, body } = await mountCorpus(name, theme);
        const before = serialize(body);
        const sizes = textSizes(body);
        for (let value = 110; value <= 200; value += 10) {
          await choose(el, value);
          expect(unscaled(sizes, value / 100), `${label} at ${value} %`).to.deep.equal([]);
        }
        await choose(el, 80);
        expect(unscaled(sizes, 0.8), `${label} at 80 %`).to.deep.equal([]);
        await choose(el, 100);
        expect(serialize(body)).to.equal(before);
        await choose(el, 150);
        el.remove();
        expect(serialize(body), 'after the control is removed').to.equal(before);
      });

      it(`${label}: at 320 px and 200 % the page is no wider than at 100 %`, async () => {
        const { el, page } = await mountCorpus(name, theme);
        page.style.width = '320px';
        const width = page.scrollWidth;
        await choose(el, 200);
        expect(page.scrollWidth).to.be.at.most(Math.max(width, 320));
      });
    }
  }
});

describe('<font-size-control> on legacy CMS markup', () => {
  afterEach(() => keys.splice(0).forEach(clearPref));

  it('scales every text by the factor at every step, and puts the markup back byte for byte', async () => {
    const { el, body } = await mount();
    const html0 = body.outerHTML;
    const before = textSizes(body);
    expect(before.length).to.be.above(10);
    const increase = el.shadowRoot!.querySelector<HTMLButtonElement>('[part~=increase]')!;
    for (let step = 1; step <= 10; step++) {
      increase.click();
      await el.updateComplete;
      expect(unscaled(before, 1 + step / 10), `step ${step}`).to.deep.equal([]);
    }
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part~=reset]')!.click();
    await el.updateComplete;
    expect(body.outerHTML).to.equal(html0);
  });

  it('leaves the markup byte for byte as it was when the control is removed', async () => {
    const { el, body } = await mount();
    const html0 = body.outerHTML;
    await choose(el, 170);
    expect(body.outerHTML).not.to.equal(html0);
    el.remove();
    expect(body.outerHTML).to.equal(html0);
  });

  it('scales content added later, and puts it back too', async () => {
    const { el, body } = await mount();
    await choose(el, 150);
    const related = document.createElement('div');
    related.innerHTML =
      '<p style="font-size:11px;line-height:15px">Tin <span style="font-size:9pt">cùng chủ đề</span></p>';
    body.append(related);
    await new Promise((r) => setTimeout(r));
    const [p, span] = [related.querySelector('p')!, related.querySelector('span')!];
    expect(parseFloat(getComputedStyle(p).fontSize)).to.be.closeTo(16.5, 0.2);
    expect(parseFloat(getComputedStyle(p).lineHeight)).to.be.closeTo(22.5, 0.3);
    expect(parseFloat(getComputedStyle(span).fontSize)).to.be.closeTo(18, 0.2);
    await choose(el, 100);
    expect(related.innerHTML).to.equal(
      '<p style="font-size:11px;line-height:15px">Tin <span style="font-size:9pt">cùng chủ đề</span></p>',
    );
  });

  it('keeps a change the page made to a style while scaled, and gives the sizes back', async () => {
    const { el, body } = await mount();
    const span = body.querySelector<HTMLElement>('[style*="12px"]')!;
    await choose(el, 150);
    span.style.color = 'red';
    await choose(el, 100);
    expect(span.style.color).to.equal('red');
    expect(span.style.fontSize).to.equal('12px');
    expect(span.style.getPropertyPriority('font-size')).to.equal('');
  });

  it('adds no sideways scrolling at 320 px and 200 %', async () => {
    const { el, wrap } = await mount('320px');
    const width0 = wrap.scrollWidth;
    await choose(el, 200);
    expect(wrap.scrollWidth).to.be.at.most(Math.max(width0, 320));
  });

  it('works with abbreviations switched on and off in any order, and restores everything', async () => {
    const { el, body, wrap } = await mount();
    const html0 = body.outerHTML;
    const toggle = document.createElement('abbr-toggle');
    toggle.setAttribute('for', 'lg-body');
    toggle.setAttribute('storage-key', `${keys[0]}-abbr`);
    keys.push(`${keys[0]}-abbr`);
    wrap.prepend(toggle);
    await (toggle as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    const press = async () => {
      const button = toggle.shadowRoot!.querySelector('button')!;
      const on = button.getAttribute('aria-pressed') !== 'true';
      button.click();
      await waitUntil(() => (body.querySelector('abbr') !== null) === on, 'abbreviations switched');
    };
    await choose(el, 150);
    await press();
    expect(body.querySelector('abbr')).to.not.equal(null);
    await choose(el, 100);
    await press();
    expect(body.outerHTML).to.equal(html0);
    await press();
    await choose(el, 130);
    await press();
    await choose(el, 100);
    expect(body.outerHTML).to.equal(html0);
  });

  it('scales a <news-article src> body that arrives with a size already chosen', async () => {
    writePref('font-size', 150);
    keys.push('font-size');
    // The sanitiser drops style attributes in src mode; <font size> stays, and sizes in px do not follow.
    const bodyHtml = '<p>Phiên họp của <font size="4">HĐND tỉnh</font> và <font size="2">UBND</font></p>';
    sinon.stub(window, 'fetch').resolves(
      new Response(
        JSON.stringify({
          id: 'x',
          headline: 'Tin',
          published: '2019-11-18T11:59:00+07:00',
          bodyHtml,
          source: 'Theo cổng',
        }),
        {
          headers: { 'Content-Type': 'application/json' },
        },
      ),
    );
    try {
      const article = document.createElement('news-article') as HTMLElement & { articleBody: HTMLElement | null };
      article.setAttribute('src', '/bai/word.json');
      const loaded = oneEvent(article, 'news-article-load');
      await fixture(html`<div style="font-size: 16px">${article}</div>`);
      await loaded;
      const body = article.articleBody!;
      await waitUntil(() => body.hasAttribute('style'), 'the loaded body is scaled');
      const [large, small] = body.querySelectorAll('font');
      expect(parseFloat(getComputedStyle(body.querySelector('p')!).fontSize)).to.be.closeTo(24, 0.2);
      expect(parseFloat(getComputedStyle(large).fontSize)).to.be.closeTo(27, 0.2);
      expect(parseFloat(getComputedStyle(small).fontSize)).to.be.closeTo(19.5, 0.2);
    } finally {
      sinon.restore();
    }
  });
});
