import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import sinon from 'sinon';
import { examples } from '../demo/examples/font-size-control.js';
import '../src/font-size-control.js';
import type { FontSizeControl } from '../src/font-size-control.js';
import { clearPref, readPref } from '../src/internal/prefs.js';

let n = 0;
const keys: string[] = [];
/** A storage key of this test's own, cleared afterwards. */
function freshKey() {
  const key = `test-font-size-${++n}`;
  keys.push(key);
  return key;
}

const buttons = (el: FontSizeControl) => {
  const [decrease, reset, increase] = el.shadowRoot!.querySelectorAll('button');
  return { decrease, reset, increase };
};
const disabled = (b: HTMLButtonElement) => b.getAttribute('aria-disabled') === 'true';
const status = (el: FontSizeControl) => el.shadowRoot!.querySelector('[role="status"]')!.textContent!.trim();
const px = (el: Element) => parseFloat(getComputedStyle(el).fontSize);

async function setup(attrs = '') {
  const key = freshKey();
  const wrap = await fixture<HTMLElement>(html`<div style="font-size: 16px"></div>`);
  wrap.innerHTML = `<font-size-control for="fsc-target-${n}" storage-key="${key}" ${attrs}></font-size-control>
    <div id="fsc-target-${n}"><p>Văn bản <span style="font-size: 0.5em">nhỏ</span></p></div>`;
  const el = wrap.querySelector('font-size-control')!;
  await el.updateComplete;
  return { el, key, target: wrap.querySelector<HTMLElement>(`#fsc-target-${n}`)!, wrap };
}

describe('<font-size-control>', () => {
  afterEach(() => {
    for (const key of keys.splice(0)) clearPref(key);
  });

  for (const lang of ['vi', 'en']) {
    for (const example of examples) {
      it(`has no axe violations: ${example.id} (${lang})`, async () => {
        for (const key of [`demo-${example.id}`]) clearPref(key);
        const container = await fixture<HTMLElement>(html`<div lang=${lang}></div>`);
        container.innerHTML = example.html;
        await container.querySelector('font-size-control')!.updateComplete;
        await example.setup?.(container);
        await expect(container).to.be.accessible();
      });
    }
  }

  it('shows the states of its examples', async () => {
    const container = await fixture<HTMLElement>(html`<div></div>`);
    container.innerHTML = examples.map((e) => e.html).join('');
    const controls = [...container.querySelectorAll('font-size-control')];
    await Promise.all(controls.map((c) => c.updateComplete));
    expect(controls.map((c) => c.value)).to.deep.equal([100, 80, 200, 150]);
    expect(disabled(buttons(controls[1]).decrease)).to.equal(true);
    expect(disabled(buttons(controls[2]).increase)).to.equal(true);
    const body = container.querySelector<HTMLElement>('#font-size-150-text')!;
    expect(px(body) / px(container)).to.be.closeTo(1.5, 0.01);
  });

  it('labels the group and speaks a name for each button, in Vietnamese and English', async () => {
    const { el } = await setup();
    const group = el.shadowRoot!.querySelector('[role="group"]')!;
    const label = el.shadowRoot!.getElementById(group.getAttribute('aria-labelledby')!)!;
    expect(label.textContent).to.equal('Xem với cỡ chữ');
    // The face is real text, and the spoken name starts with it (WCAG 2.5.3, label in name).
    const spoken = (b: HTMLButtonElement) => b.getAttribute('aria-label');
    const visible = (b: HTMLButtonElement) => (b.offsetWidth > 0 ? b.textContent : null);
    const { decrease, reset, increase } = buttons(el);
    expect([visible(decrease), visible(reset), visible(increase)]).to.deep.equal(['A−', 'A', 'A+']);
    expect([spoken(decrease), spoken(reset), spoken(increase)]).to.deep.equal([
      'A− Giảm cỡ chữ',
      'A Cỡ chữ mặc định',
      'A+ Tăng cỡ chữ',
    ]);
    el.setAttribute('lang', 'en');
    await new Promise((r) => setTimeout(r));
    await el.updateComplete;
    expect(label.textContent).to.equal('Text size');
    expect(spoken(buttons(el).increase)).to.equal('A+ Increase text size');
  });

  it('names every button with its visible text first (WCAG 2.5.3), and axe finds no label-in-name mismatch', async () => {
    const { el } = await setup('value="120"');
    for (const b of Object.values(buttons(el))) {
      const face = b.textContent!;
      expect(face, 'the face is real, visible text').to.match(/^A/);
      expect(b.getBoundingClientRect().width).to.be.above(0);
      expect(b.getAttribute('aria-label')!.startsWith(`${face} `), face).to.equal(true);
    }
    // The accessibility check loads axe onto the page; then its label-in-name rule, off by default, runs alone.
    await expect(el).to.be.accessible();
    const { axe } = window as unknown as { axe: typeof import('axe-core') };
    const results = await axe.run(el, { runOnly: ['label-content-name-mismatch'] });
    expect(results.violations).to.deep.equal([]);
  });

  it('gives every button a target of at least 24×24 px, even in small text', async () => {
    const { el } = await setup('style="font-size: 9px"');
    for (const b of Object.values(buttons(el))) {
      const box = b.getBoundingClientRect();
      expect(box.width).to.be.at.least(24);
      expect(box.height).to.be.at.least(24);
    }
  });

  it('fits a 320 px wide column at 200 % text without horizontal scrolling', async () => {
    const key = freshKey();
    const wrap = await fixture<HTMLElement>(
      html`<div style="width: 320px; font-size: 32px"><font-size-control storage-key=${key}></font-size-control></div>`,
    );
    const el = wrap.querySelector('font-size-control')!;
    await el.updateComplete;
    expect(wrap.scrollWidth).to.be.at.most(320);
    expect(el.getBoundingClientRect().width).to.be.at.most(320);
  });

  it('scales the target on A+, announces the size and fires change once', async () => {
    const { el, target, wrap } = await setup();
    const change = sinon.spy();
    el.addEventListener('change', change);
    const before = px(target.querySelector('span')!);
    buttons(el).increase.click();
    await el.updateComplete;
    expect(el.value).to.equal(110);
    expect(px(target) / px(wrap)).to.be.closeTo(1.1, 0.01);
    expect(px(target.querySelector('span')!) / before).to.be.closeTo(1.1, 0.01);
    expect(target.style.getPropertyValue('--portal-text-scale')).to.equal('1.1');
    expect(target.querySelector('span')!.getAttribute('style')).to.equal('font-size: 0.5em');
    expect(status(el)).to.equal('Cỡ chữ 110%');
    expect(change.callCount).to.equal(1);
    expect(change.firstCall.args[0]).to.include({ bubbles: true, composed: true });
  });

  it('announces a size in Vietnamese and English without building an Intl formatter (its first one costs a long task)', async () => {
    const { el } = await setup('step="12.5"');
    const numberFormat = sinon.spy(Intl, 'NumberFormat');
    try {
      buttons(el).increase.click();
      await el.updateComplete;
      expect(status(el)).to.equal('Cỡ chữ 112,5%');
      el.setAttribute('lang', 'en');
      await new Promise((r) => setTimeout(r));
      buttons(el).increase.click();
      await el.updateComplete;
      expect(status(el)).to.equal('Text size 125%');
      expect(numberFormat.called).to.equal(false);
    } finally {
      numberFormat.restore();
    }
  });

  it('is operated by keyboard, and keeps the focus on A+ when it reaches the maximum', async () => {
    const { el } = await setup('value="180"');
    const { decrease, increase } = buttons(el);
    decrease.focus();
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement).to.equal(increase);
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(el.value).to.equal(190);
    await sendKeys({ press: ' ' });
    await el.updateComplete;
    expect(el.value).to.equal(200);
    expect(disabled(increase)).to.equal(true);
    expect(el.shadowRoot!.activeElement).to.equal(increase);
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(el.value).to.equal(200);
    expect(status(el)).to.equal('Cỡ chữ 200%');
  });

  it('disables A− at min and the reset button at 100 %', async () => {
    const { el } = await setup('value="90"');
    const { decrease, reset } = buttons(el);
    expect(disabled(decrease)).to.equal(false);
    decrease.click();
    await el.updateComplete;
    expect(el.value).to.equal(80);
    expect(disabled(decrease)).to.equal(true);
    decrease.click();
    await el.updateComplete;
    expect(el.value).to.equal(80);
    reset.click();
    await el.updateComplete;
    expect(el.value).to.equal(100);
    expect(disabled(reset)).to.equal(true);
  });

  it('falls back to defaults on bad attribute values and never shows NaN', async () => {
    const { el } = await setup('value="nhiều" min="x" max="-3" step="0"');
    expect([el.value, el.min, el.max, el.step]).to.deep.equal([100, 80, 200, 10]);
    buttons(el).increase.click();
    await el.updateComplete;
    expect(el.value).to.equal(110);
    expect(el.shadowRoot!.textContent).not.to.contain('NaN');
  });

  it('reads percentages written with a % sign', async () => {
    const { el } = await setup('value="130%" min="50%" max="300 %"');
    expect([el.value, el.min, el.max]).to.deep.equal([130, 50, 300]);
  });

  it('never goes below a min given with more than two decimals', async () => {
    const { el } = await setup('min="80.004" value="80"');
    expect(el.value).to.be.at.least(80.004);
    expect(disabled(buttons(el).decrease)).to.equal(true);
  });

  it('survives min > max by reading them the other way round, and clamps the value', async () => {
    const { el } = await setup('min="150" max="90" value="500"');
    expect(el.value).to.equal(150);
    expect(disabled(buttons(el).increase)).to.equal(true);
    buttons(el).decrease.click();
    await el.updateComplete;
    expect(el.value).to.equal(140);
  });

  it('scales from code without firing change or storing the value', async () => {
    const { el, key, target, wrap } = await setup();
    const change = sinon.spy();
    el.addEventListener('change', change);
    el.value = 130;
    await el.updateComplete;
    expect(px(target) / px(wrap)).to.be.closeTo(1.3, 0.01);
    expect(change.called).to.equal(false);
    expect(readPref(key)).to.equal(undefined);
    expect(status(el)).to.equal('');
  });

  it('restores the target’s own style attribute byte for byte at 100 % and when removed', async () => {
    const key = freshKey();
    const wrap = await fixture<HTMLElement>(html`<div style="font-size: 16px"></div>`);
    wrap.innerHTML = `<div id="fsc-own" style="font-size: 20px; color: green">Chữ</div>
      <font-size-control for="fsc-own" storage-key="${key}" value="120"></font-size-control>`;
    const target = wrap.querySelector<HTMLElement>('#fsc-own')!;
    const el = wrap.querySelector('font-size-control')!;
    await el.updateComplete;
    expect(px(target)).to.be.closeTo(24, 0.1);
    buttons(el).reset.click();
    await el.updateComplete;
    expect(target.getAttribute('style')).to.equal('font-size: 20px; color: green');
    buttons(el).increase.click();
    await el.updateComplete;
    expect(px(target)).to.be.closeTo(22, 0.1);
    el.remove();
    expect(target.getAttribute('style')).to.equal('font-size: 20px; color: green');
  });

  it('puts the target’s own style back only when the last of two controls aiming at it lets go', async () => {
    const key = freshKey();
    const wrap = await fixture<HTMLElement>(html`<div style="font-size: 16px"></div>`);
    wrap.innerHTML = `<div id="fsc-shared" style="font-size: 20px">Chữ</div>
      <font-size-control for="fsc-shared" storage-key="${key}" value="150"></font-size-control>
      <font-size-control for="fsc-shared" storage-key="${key}-b" value="120"></font-size-control>`;
    keys.push(`${key}-b`);
    const target = wrap.querySelector<HTMLElement>('#fsc-shared')!;
    const [first, second] = wrap.querySelectorAll('font-size-control');
    await first.updateComplete;
    await second.updateComplete;
    // Both scale the target's own 20 px, not each other's result.
    expect(px(target)).to.be.closeTo(24, 0.1);
    first.remove();
    expect(target.style.getPropertyValue('--portal-text-scale')).to.equal('1.2');
    second.remove();
    expect(target.getAttribute('style')).to.equal('font-size: 20px');
  });

  it('leaves no style attribute behind on a target that had none', async () => {
    const { el, target } = await setup('value="150"');
    expect(target.hasAttribute('style')).to.equal(true);
    el.remove();
    expect(target.hasAttribute('style')).to.equal(false);
  });

  it('scales a target whose stylesheet sets its size relative to that size', async () => {
    const key = freshKey();
    const wrap = await fixture<HTMLElement>(html`<div style="font-size: 10px"></div>`);
    wrap.innerHTML = `<style>#fsc-styled { font-size: 2em }</style><div id="fsc-styled">Chữ</div>
      <font-size-control for="fsc-styled" storage-key="${key}" value="150"></font-size-control>`;
    await wrap.querySelector('font-size-control')!.updateComplete;
    expect(px(wrap.querySelector('#fsc-styled')!)).to.be.closeTo(30, 0.1);
  });

  it('remembers the choice across a reload', async () => {
    const { el, key, wrap } = await setup();
    buttons(el).increase.click();
    buttons(el).increase.click();
    await el.updateComplete;
    expect(readPref(key)).to.equal(120);
    el.remove();
    const target = wrap.querySelector<HTMLElement>('[id^="fsc-target"]')!;
    expect(target.getAttribute('style')).to.equal(null);
    const again = document.createElement('font-size-control');
    again.setAttribute('for', target.id);
    again.setAttribute('storage-key', key);
    wrap.append(again);
    await again.updateComplete;
    expect(again.value).to.equal(120);
    expect(px(target) / px(wrap)).to.be.closeTo(1.2, 0.01);
  });

  it('ignores a bad stored value', async () => {
    const key = freshKey();
    localStorage.setItem(`portal-elements:${key}`, '"rất to"');
    const el = await fixture<FontSizeControl>(
      html`<font-size-control storage-key=${key} value="110"></font-size-control>`,
    );
    expect(el.value).to.equal(110);
  });

  it('keeps two controls in sync, and only the one used fires change', async () => {
    const { el, key, wrap } = await setup();
    const other = document.createElement('font-size-control');
    other.setAttribute('storage-key', key);
    wrap.append(other);
    await other.updateComplete;
    const changed = sinon.spy();
    other.addEventListener('change', changed);
    buttons(el).increase.click();
    await other.updateComplete;
    expect(other.value).to.equal(110);
    expect(disabled(buttons(other).reset)).to.equal(false);
    expect(changed.called).to.equal(false);
  });

  it('follows a change made in another tab', async () => {
    const { el, key, target, wrap } = await setup();
    window.dispatchEvent(new StorageEvent('storage', { key: `portal-elements:${key}`, newValue: '170' }));
    await el.updateComplete;
    expect(el.value).to.equal(170);
    expect(px(target) / px(wrap)).to.be.closeTo(1.7, 0.01);
    window.dispatchEvent(new StorageEvent('storage', { key: `portal-elements:${key}`, newValue: null }));
    await el.updateComplete;
    expect(el.value).to.equal(100);
  });

  it('still works, and syncs, when localStorage throws', async () => {
    const proto = Storage.prototype;
    const saved = { get: proto.getItem, set: proto.setItem };
    proto.getItem = () => {
      throw new DOMException('denied', 'SecurityError');
    };
    proto.setItem = proto.getItem;
    try {
      const { el, key, wrap } = await setup();
      const other = document.createElement('font-size-control');
      other.setAttribute('storage-key', key);
      wrap.append(other);
      buttons(el).increase.click();
      await el.updateComplete;
      await other.updateComplete;
      expect(el.value).to.equal(110);
      expect(other.value).to.equal(110);
    } finally {
      proto.getItem = saved.get;
      proto.setItem = saved.set;
    }
  });

  it('aims at the body of the closest news-article without for', async () => {
    const key = freshKey();
    const article = await fixture<HTMLElement>(
      html`<news-article style="display: block; font-size: 16px"
        ><div class="body">Nội dung</div>
        <font-size-control storage-key=${key} value="125"></font-size-control
      ></news-article>`,
    );
    const body = article.querySelector<HTMLElement>('.body')!;
    Object.defineProperty(article, 'articleBody', { value: body, configurable: true });
    article.dispatchEvent(new Event('news-article-load', { bubbles: true, composed: true }));
    expect(px(body)).to.be.closeTo(20, 0.1);
    expect(article.hasAttribute('style') && article.style.getPropertyValue('--portal-text-scale')).to.equal('');
  });

  it('fires change that can be awaited', async () => {
    const { el } = await setup();
    setTimeout(() => buttons(el).decrease.click());
    const event = await oneEvent(el, 'change');
    expect(event.target).to.equal(el);
    expect(el.value).to.equal(90);
  });
});
