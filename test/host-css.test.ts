import { expect, fixture, html } from '@open-wc/testing';
import '../src/index.js';
import { clearPref } from '../src/internal/prefs.js';

// Inherited CSS that real portal themes put on their containers (menus, justified columns, portlets).
const HOSTILE =
  'white-space: nowrap; text-indent: 2em; text-align: justify; line-height: 30px; font-style: italic; word-break: break-all';

const elements: { name: string; markup: string }[] = [
  { name: 'star-rating', markup: '<star-rating item-id="host-css" average="4.2" count="37"></star-rating>' },
  { name: 'date-search', markup: '<date-search action="/tim-kiem"></date-search>' },
  { name: 'abbr-toggle', markup: '<abbr-toggle for="host-css-none" storage-key="host-css-abbr"></abbr-toggle>' },
  {
    name: 'font-size-control',
    markup: '<font-size-control for="host-css-none" storage-key="host-css-size"></font-size-control>',
  },
  {
    name: 'news-article',
    markup: `<news-article search-action="/tim-kiem" no-toolbar>
      <h1 slot="headline">Tỉnh họp bàn kế hoạch đầu tư công năm tới</h1>
      <time slot="dateline" datetime="2019-11-18T11:59:00+07:00">Thứ hai, 18/11/2019 11:59</time>
      <div slot="body"><p>UBND tỉnh đề nghị các sở, ngành đẩy nhanh tiến độ giải ngân vốn cho các công trình trọng điểm.</p></div>
      <p slot="source">Theo Cổng thông tin tỉnh</p>
    </news-article>`,
  },
];

type Upgraded = HTMLElement & { updateComplete: Promise<unknown> };

async function column(style: string, markup: string) {
  const col = await fixture<HTMLElement>(html`<div style="width: 300px; font: 16px sans-serif"></div>`);
  col.setAttribute('style', `${col.getAttribute('style')}; ${style}`);
  col.innerHTML = markup;
  const el = col.firstElementChild as Upgraded;
  await el.updateComplete;
  for (const inner of el.shadowRoot!.querySelectorAll<Upgraded>('*')) await inner.updateComplete;
  await new Promise((r) => requestAnimationFrame(r));
  return { col, el };
}

/** Where the element's first line of its own text starts, from the element's left edge. */
function firstTextOffset(el: HTMLElement) {
  const walker = document.createTreeWalker(el.shadowRoot!, NodeFilter.SHOW_TEXT, {
    acceptNode: (n) => (n.textContent!.trim() ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_REJECT),
  });
  const range = document.createRange();
  range.selectNodeContents(walker.nextNode()!);
  return range.getClientRects()[0].left - el.getBoundingClientRect().left;
}

describe('host page CSS cannot break an element', () => {
  afterEach(() => ['host-css-abbr', 'host-css-size'].forEach(clearPref));

  for (const { name, markup } of elements) {
    it(`${name} in a 300 px column under inherited nowrap, text-indent, justify and a px line height`, async () => {
      const clean = await column('', markup);
      const cleanBox = clean.el.getBoundingClientRect();
      const cleanOffset = firstTextOffset(clean.el);
      const { col, el } = await column(HOSTILE, markup);
      const box = el.getBoundingClientRect();
      expect(box.width, 'no wider than the column').to.be.at.most(300);
      expect(firstTextOffset(el), 'its own lines are not indented').to.be.closeTo(cleanOffset, 1);
      expect(box.height / cleanBox.height, 'about as tall as on a clean page').to.be.within(0.85, 1.2);
      // An inline-level element sits on the column's first line, which the column indents (as it would
      // a native button); a page that makes it a block gets no indent at all, and nothing sticks out.
      el.style.display = 'block';
      expect(col.scrollWidth, 'nothing sticks out of the column').to.be.at.most(300);
      expect(el.getBoundingClientRect().left).to.equal(col.getBoundingClientRect().left);
      expect(firstTextOffset(el), 'as a block, not indented either').to.be.closeTo(cleanOffset, 1);
    });
  }

  it('still takes the font family, colour and size of the page', async () => {
    const { el } = await column('font: 20px serif; color: rgb(0, 80, 0)', elements[0].markup);
    const label = el.shadowRoot!.querySelector('[part~=label]')!;
    const style = getComputedStyle(label);
    expect(style.fontFamily).to.equal('serif');
    expect(style.color).to.equal('rgb(0, 80, 0)');
    expect(parseFloat(style.fontSize)).to.equal(20);
  });
});
