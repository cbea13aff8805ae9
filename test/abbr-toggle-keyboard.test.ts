import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import '../src/abbr-toggle.js';
import type { AbbrToggle } from '../src/abbr-toggle.js';
import { clearPref } from '../src/internal/prefs.js';

// Tooltip mode and the keyboard (issue 13): the expansions are reachable without a tab stop per occurrence.

let n = 0;
const keys: string[] = [];

// A long report as portals publish it: the same few abbreviations over and over, in a Word-pasted body.
const paragraph = `<p class="MsoNormal"><span style="font-size:13pt">UBND TP giao&nbsp;Sở Tài chính phối hợp với
  HĐND và <b>UBMTTQ</b> TP rà soát GRDP.</span><br><span style="font-size:13pt">UBND các quận báo cáo UBND TP
  trước ngày 20; HĐND TP giám sát.</span></p>`;
const article = `<h2>Báo cáo của UBND TP</h2>${paragraph.repeat(12)}`;
const DISTINCT = ['UBND', 'TP', 'HĐND', 'UBMTTQ', 'GRDP'];

async function setup(markup = article, attrs = 'pressed mode="tooltip"') {
  const key = `test-abbr-keys-${++n}`;
  keys.push(key);
  const wrap = await fixture<HTMLElement>(html`<div></div>`);
  wrap.innerHTML = `<abbr-toggle for="abbr-k-${n}" storage-key="${key}" ${attrs}></abbr-toggle>
    <div id="abbr-k-${n}">${markup}</div><button type="button">Đánh giá</button>`;
  const el = wrap.querySelector('abbr-toggle')!;
  await el.updateComplete;
  const target = wrap.querySelector<HTMLElement>(`#abbr-k-${n}`)!;
  return { el, key, wrap, target, after: wrap.querySelector<HTMLElement>(':scope > button')! };
}

const button = (el: AbbrToggle) => el.shadowRoot!.querySelector('button')!;
const popup = (el: AbbrToggle) => el.shadowRoot!.querySelector<HTMLElement>('[part~="tooltip"]')!;
const popupShown = (el: AbbrToggle) => popup(el).matches(':popover-open') && popup(el).offsetHeight > 0;
const focused = () => document.activeElement as HTMLElement;
const occurrences = (target: Element, word: string) =>
  [...target.querySelectorAll<HTMLElement>('abbr')].filter((a) => a.textContent == word);

/** Shift+Tab; WebDriver (WebKit) takes a chord as one string of key codes, and would type it as text otherwise. */
async function shiftTab() {
  if (/Chrome|Firefox/.test(navigator.userAgent)) {
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
  } else await sendKeys({ type: '\uE008\uE004' });
}

function centre(el: Element): [number, number] {
  const box = el.getBoundingClientRect();
  return [Math.round(box.left + box.width / 2), Math.round(box.top + box.height / 2)];
}

describe('<abbr-toggle> tooltip mode and the keyboard', () => {
  afterEach(async () => {
    for (const key of keys.splice(0)) clearPref(key);
    await resetMouse();
  });

  it('is accessible with an expansion open by keyboard', async () => {
    const { el, target } = await setup();
    button(el).focus();
    await sendKeys({ press: 'Tab' });
    expect(popupShown(el)).to.equal(true);
    await expect(target.parentElement!).to.be.accessible();
  });

  it('has one tab stop per abbreviation, its first occurrence, however many times it occurs', async () => {
    const { el, target, after } = await setup();
    expect(target.querySelectorAll('abbr').length).to.be.above(100);
    button(el).focus();
    const stops: HTMLElement[] = [];
    for (let i = 0; i < 200; i++) {
      await sendKeys({ press: 'Tab' });
      if (!target.contains(focused())) break;
      stops.push(focused());
    }
    expect(focused() === after, 'the tab after the article reaches the button after it').to.equal(true);
    expect(stops.map((s) => s.textContent)).to.deep.equal(DISTINCT);
    const firsts = DISTINCT.map((word) => occurrences(target, word)[0]);
    expect(stops.every((stop, i) => stop === firsts[i])).to.equal(true);
    // And back, with Shift+Tab.
    await shiftTab();
    expect(focused() === firsts[4]).to.equal(true);
  });

  it('makes each stop a toggletip button whose expansion is its description, shown on focus', async () => {
    const { el, target } = await setup();
    const [first, second] = target.querySelectorAll<HTMLElement>('abbr');
    expect(first.getAttribute('role')).to.equal('button');
    expect(first.getAttribute('aria-expanded')).to.equal('false');
    expect(first.title).to.equal('Ủy ban nhân dân');
    // Every occurrence keeps its expansion as its title, stop or not.
    expect(second.textContent).to.equal('TP');
    expect(second.title).to.equal('thành phố');
    const later = occurrences(target, 'UBND')[1];
    expect(later.title).to.equal('Ủy ban nhân dân');
    expect(['tabindex', 'role', 'aria-expanded'].some((name) => later.hasAttribute(name))).to.equal(false);
    button(el).focus();
    await sendKeys({ press: 'Tab' });
    expect(focused() === first).to.equal(true);
    expect(popupShown(el)).to.equal(true);
    expect(popup(el).textContent).to.equal('Ủy ban nhân dân');
    expect(first.getAttribute('aria-expanded')).to.equal('true');
  });

  it('closes with Escape, opens and closes with Enter and Space, and closes when focus moves on', async () => {
    const { el, target } = await setup();
    const [first, second] = target.querySelectorAll<HTMLElement>('abbr');
    button(el).focus();
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Escape' });
    expect(popupShown(el)).to.equal(false);
    expect(first.getAttribute('aria-expanded')).to.equal('false');
    expect(focused() === first).to.equal(true);
    await sendKeys({ press: 'Enter' });
    expect(popupShown(el)).to.equal(true);
    expect(first.getAttribute('aria-expanded')).to.equal('true');
    const scrolled = window.scrollY;
    await sendKeys({ press: ' ' });
    expect(popupShown(el)).to.equal(false);
    expect(first.getAttribute('aria-expanded')).to.equal('false');
    // Space is the button's, not the page's: it does not scroll.
    expect(window.scrollY).to.equal(scrolled);
    await sendKeys({ press: ' ' });
    expect(popupShown(el)).to.equal(true);
    await sendKeys({ press: 'Tab' });
    expect(focused() === second).to.equal(true);
    expect(first.getAttribute('aria-expanded')).to.equal('false');
    expect(second.getAttribute('aria-expanded')).to.equal('true');
    expect(popup(el).textContent).to.equal('thành phố');
  });

  it('still shows a later occurrence’s expansion on hover', async () => {
    const { el, target } = await setup();
    const later = occurrences(target, 'HĐND')[1];
    later.scrollIntoView({ block: 'center' });
    try {
      await sendMouse({ type: 'move', position: centre(later) });
      await waitUntil(() => popupShown(el), 'the tooltip did not show on hover');
      expect(popup(el).textContent).to.equal('Hội đồng nhân dân');
    } finally {
      window.scrollTo(0, 0);
    }
  });

  it('gives an author’s <abbr> a stop only when it is the first occurrence, and takes it all back when off', async () => {
    const markup =
      '<p><abbr title="bảo hiểm xã hội">BHXH</abbr> và BHXH, UBND và <abbr title="Ủy ban nhân dân">UBND</abbr>.</p>';
    const { el, target } = await setup(markup);
    const [own, , , ownLater] = target.querySelectorAll<HTMLElement>('abbr');
    expect(['tabindex', 'role', 'aria-expanded'].map((name) => own.getAttribute(name))).to.deep.equal([
      '0',
      'button',
      'false',
    ]);
    expect(ownLater.hasAttribute('tabindex')).to.equal(false);
    button(el).focus();
    await sendKeys({ press: 'Tab' });
    expect(focused() === own).to.equal(true);
    expect(own.getAttribute('aria-expanded')).to.equal('true');
    el.pressed = false;
    await el.updateComplete;
    expect(target.innerHTML).to.equal(markup);
  });

  it('puts focus on the toggle when the author’s abbr a reader is on stops being a stop (turned off in another tab)', async () => {
    const { el, key, target, wrap } = await setup('<p><abbr title="bảo hiểm y tế">BHYT</abbr> và BHYT.</p>');
    const other = document.createElement('abbr-toggle') as AbbrToggle;
    other.setAttribute('storage-key', key);
    other.setAttribute('for', target.id);
    other.setAttribute('pressed', '');
    wrap.append(other);
    await other.updateComplete;
    const own = target.querySelector('abbr')!;
    own.focus();
    expect(focused() === own).to.equal(true);
    // As a press in another tab arrives: through the stored choice, without moving focus here.
    button(other).click();
    await waitUntil(() => !el.pressed, 'the toggle did not follow the other one');
    await el.updateComplete;
    expect(own.outerHTML).to.equal('<abbr title="bảo hiểm y tế">BHYT</abbr>');
    expect(el.shadowRoot!.activeElement === button(el), 'focus is on the toggle').to.equal(true);
  });

  it('leaves focus on the toggle when the reader turns it off with the keyboard', async () => {
    const { el, target, after } = await setup();
    button(el).focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(target.querySelector('abbr')).to.equal(null);
    expect(el.shadowRoot!.activeElement === button(el)).to.equal(true);
    await sendKeys({ press: 'Tab' });
    expect(focused() === after).to.equal(true);
  });
});
