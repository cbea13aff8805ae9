import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import sinon from 'sinon';
import { examples } from '../demo/examples/abbr-toggle.js';
import { AbbrToggle } from '../src/abbr-toggle.js';
import { clearPref, readPref } from '../src/internal/prefs.js';

let n = 0;
const keys: string[] = [];
function freshKey() {
  const key = `test-abbr-${++n}`;
  keys.push(key);
  return key;
}

const button = (el: AbbrToggle) => el.shadowRoot!.querySelector('button')!;
const popup = (el: AbbrToggle) => el.shadowRoot!.querySelector<HTMLElement>('[part~="tooltip"]')!;
const popupShown = (el: AbbrToggle) => popup(el).matches(':popover-open') && popup(el).offsetHeight > 0;
const wrappedCount = (root: Element) => root.querySelectorAll('abbr[data-abbr-toggle]').length;
const wait = (ms = 0) => new Promise((r) => setTimeout(r, ms));

let ids = 0;
async function setup(attrs = '', key = freshKey()) {
  const id = `abbr-t-${++ids}`;
  const wrap = await fixture<HTMLElement>(html`<div></div>`);
  wrap.innerHTML = `<abbr-toggle for="${id}" storage-key="${key}" ${attrs}></abbr-toggle>
    <div id="${id}"><p>UBND TP và HĐND họp về GRDP. UBND tiếp tục.</p></div>`;
  const el = wrap.querySelector('abbr-toggle')!;
  await el.updateComplete;
  return { el, key, wrap, target: wrap.querySelector<HTMLElement>(`#${id}`)! };
}

function centre(el: Element): [number, number] {
  const box = el.getBoundingClientRect();
  return [Math.round(box.left + box.width / 2), Math.round(box.top + box.height / 2)];
}

describe('<abbr-toggle>', () => {
  afterEach(async () => {
    for (const key of keys.splice(0)) clearPref(key);
    await resetMouse();
  });

  for (const lang of ['vi', 'en']) {
    for (const example of examples) {
      it(`has no axe violations: ${example.id} (${lang})`, async () => {
        clearPref(`demo-${example.id}`);
        const container = await fixture<HTMLElement>(html`<div lang=${lang}></div>`);
        container.innerHTML = example.html;
        await container.querySelector<AbbrToggle>('abbr-toggle, abbr-toggle-offline')!.updateComplete;
        await example.setup?.(container);
        await expect(container).to.be.accessible();
      });
    }
  }

  it('shows the states of its examples', async () => {
    const container = await fixture<HTMLElement>(html`<div></div>`);
    container.innerHTML = examples.map((e) => e.html).join('');
    const toggles = [...container.querySelectorAll('abbr-toggle')];
    const tooltip = toggles[3];
    await Promise.all(toggles.map((e) => e.updateComplete));
    await examples.find((e) => e.id === 'abbr-tooltip')!.setup!(container);
    const text = (id: string) => container.querySelector(`#${id}-text`)!;
    expect(wrappedCount(text('abbr-off'))).to.equal(0);
    const expansions = (id: string) => text(id).querySelectorAll('[data-abbr-toggle="expansion"]').length;
    expect(expansions('abbr-inline')).to.equal(wrappedCount(text('abbr-inline')));
    expect(expansions('abbr-first')).to.be.below(wrappedCount(text('abbr-first')));
    expect(expansions('abbr-tooltip')).to.equal(0);
    expect(popupShown(tooltip)).to.equal(true);
    expect(popup(tooltip).textContent).to.equal('Ủy ban nhân dân');
    const titles = [...text('abbr-page-dictionary').querySelectorAll('abbr')].map((a) => a.title);
    expect(titles).to.deep.equal(['Chính phủ', 'bảo hiểm thất nghiệp']);
    // Only the abbreviations whose expansion the author did not write beside them get one.
    const written = [...text('abbr-written').querySelectorAll('[data-abbr-toggle="expansion"]')];
    expect(written.map((e) => e.previousSibling!.textContent)).to.deep.equal(['CCHC', 'UBND']);
    expect(wrappedCount(text('abbr-written'))).to.equal(5);
    clearPref('demo-abbr-failed');
    await examples.find((e) => e.id === 'abbr-failed')!.setup!(container);
    const failed = container.querySelector<AbbrToggle>('abbr-toggle-offline')!;
    expect(button(failed).getAttribute('aria-pressed')).to.equal('false');
    expect(failed.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.equal(
      'Không tải được phần giải nghĩa. Bấm nút để thử lại.',
    );
    expect(wrappedCount(text('abbr-failed'))).to.equal(0);
    clearPref('demo-abbr-failed');
  });

  it('says pressed true or false, never an empty state, when code sets pressed to null', async () => {
    const { el } = await setup('pressed');
    (el as unknown as { pressed: unknown }).pressed = null;
    await el.updateComplete;
    expect(button(el).getAttribute('aria-pressed')).to.equal('false');
  });

  it('is a toggle button with a visible label, in Vietnamese and English', async () => {
    const { el } = await setup();
    expect(button(el).getAttribute('aria-pressed')).to.equal('false');
    expect(button(el).textContent!.trim()).to.equal('Từ viết tắt');
    el.setAttribute('lang', 'en');
    await wait();
    await el.updateComplete;
    expect(button(el).textContent!.trim()).to.equal('Abbreviations');
    const box = button(el).getBoundingClientRect();
    expect(box.width).to.be.at.least(24);
    expect(box.height).to.be.at.least(24);
  });

  it('fits a 320 px wide column at 200 % text, expansions included, without horizontal scrolling', async () => {
    const { el, wrap, target } = await setup('pressed');
    wrap.style.cssText = 'width: 320px; font-size: 32px';
    target.insertAdjacentHTML('beforeend', '<p>Chỉ tiêu CNH-HĐH, KT-XH và UBMTTQ.</p>');
    await wait();
    expect(wrappedCount(target)).to.equal(8);
    expect(wrap.scrollWidth).to.be.at.most(320);
    expect(el.getBoundingClientRect().width).to.be.at.most(320);
  });

  it('is operated by keyboard and fires change on each user toggle', async () => {
    const { el, target } = await setup();
    const change = sinon.spy();
    el.addEventListener('change', change);
    button(el).focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(el.pressed).to.equal(true);
    expect(el.hasAttribute('pressed')).to.equal(true);
    expect(button(el).getAttribute('aria-pressed')).to.equal('true');
    expect(target.textContent).to.contain('UBND (Ủy ban nhân dân) TP (thành phố)');
    await sendKeys({ press: ' ' });
    await el.updateComplete;
    expect(el.pressed).to.equal(false);
    expect(wrappedCount(target)).to.equal(0);
    expect(change.callCount).to.equal(2);
    expect(change.firstCall.args[0]).to.include({ bubbles: true, composed: true });
    expect(el.shadowRoot!.activeElement).to.equal(button(el));
  });

  it('turns on from code without firing change or storing the choice', async () => {
    const { el, key, target } = await setup();
    const change = sinon.spy();
    el.addEventListener('change', change);
    el.pressed = true;
    await el.updateComplete;
    expect(wrappedCount(target)).to.equal(5);
    expect(change.called).to.equal(false);
    expect(readPref(key)).to.equal(undefined);
  });

  it('shows the expansion after the first occurrence only in first mode', async () => {
    const { target } = await setup('pressed mode="first"');
    expect(target.textContent).to.equal(
      'UBND (Ủy ban nhân dân) TP (thành phố) và HĐND (Hội đồng nhân dân) họp về GRDP (tổng sản phẩm trên địa bàn). UBND tiếp tục.',
    );
    expect(wrappedCount(target)).to.equal(5);
  });

  it('falls back to inline for an unknown mode', async () => {
    const { target } = await setup('pressed mode="nổi"');
    expect(target.querySelectorAll('[data-abbr-toggle="expansion"]').length).to.equal(5);
  });

  it('switches mode while on', async () => {
    const { el, target } = await setup('pressed');
    el.mode = 'tooltip';
    await el.updateComplete;
    expect(target.querySelectorAll('[data-abbr-toggle="expansion"]').length).to.equal(0);
    // The first occurrence of each is the keyboard's stop: "UBND TP và HĐND họp về GRDP. UBND tiếp tục."
    expect([...target.querySelectorAll('abbr')].map((a) => a.tabIndex)).to.deep.equal([0, 0, 0, 0, -1]);
  });

  describe('tooltip mode', () => {
    it('shows the expansion on keyboard focus and hides it on Escape and on blur', async () => {
      const { el, target } = await setup('pressed mode="tooltip"');
      const abbrs = target.querySelectorAll<HTMLElement>('abbr');
      expect(abbrs[0].getAttribute('tabindex')).to.equal('0');
      button(el).focus();
      await sendKeys({ press: 'Tab' });
      expect(document.activeElement).to.equal(abbrs[0]);
      expect(popupShown(el)).to.equal(true);
      expect(popup(el).textContent).to.equal('Ủy ban nhân dân');
      // Styled by the sheet the tooltip brings along.
      expect(getComputedStyle(popup(el)).backgroundColor).to.equal('rgb(31, 31, 31)');
      const tip = popup(el).getBoundingClientRect();
      const word = abbrs[0].getBoundingClientRect();
      expect(tip.top).to.be.at.least(word.bottom - 1);
      await sendKeys({ press: 'Escape' });
      expect(popupShown(el)).to.equal(false);
      expect(document.activeElement).to.equal(abbrs[0]);
      await sendKeys({ press: 'Tab' });
      expect(popupShown(el)).to.equal(true);
      expect(popup(el).textContent).to.equal('thành phố');
      abbrs[1].blur();
      expect(popupShown(el)).to.equal(false);
    });

    it('shows on hover, stays while the pointer moves onto it, and hides after the pointer leaves', async () => {
      const { el, target } = await setup('pressed mode="tooltip"');
      const abbr = target.querySelector('abbr')!;
      await sendMouse({ type: 'move', position: centre(abbr) });
      await wait(50);
      expect(popupShown(el)).to.equal(true);
      await sendMouse({ type: 'move', position: centre(popup(el)) });
      await wait(400);
      expect(popupShown(el)).to.equal(true);
      await sendMouse({ type: 'move', position: [0, 0] });
      await wait(400);
      expect(popupShown(el)).to.equal(false);
    });

    it('shows on tap (click) and hides when tapping elsewhere', async () => {
      const { el, target } = await setup('pressed mode="tooltip"');
      const abbr = target.querySelectorAll('abbr')[2];
      abbr.dispatchEvent(new MouseEvent('click', { bubbles: true }));
      expect(popupShown(el)).to.equal(true);
      expect(popup(el).textContent).to.equal('Hội đồng nhân dân');
      document.body.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }));
      expect(popupShown(el)).to.equal(false);
    });

    it('follows its abbreviation when the page scrolls', async () => {
      const { el, target, wrap } = await setup('pressed mode="tooltip"');
      wrap.style.paddingBottom = '200vh';
      const abbr = target.querySelector('abbr')!;
      abbr.focus();
      const before = popup(el).getBoundingClientRect().top;
      window.scrollBy(0, 40);
      try {
        await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
        expect(before - popup(el).getBoundingClientRect().top).to.be.closeTo(40, 1);
        expect(popup(el).getBoundingClientRect().top).to.be.at.least(abbr.getBoundingClientRect().bottom - 1);
      } finally {
        window.scrollTo(0, 0);
      }
    });

    it('keeps focus on the page when the abbr a reader is on goes, turned off by another toggle', async () => {
      const { el, target, key, wrap } = await setup('pressed mode="tooltip"');
      const other = document.createElement('abbr-toggle') as AbbrToggle;
      other.setAttribute('storage-key', key);
      other.setAttribute('for', target.id);
      other.setAttribute('pressed', '');
      wrap.append(other);
      await other.updateComplete;
      const abbr = target.querySelector('abbr')!;
      abbr.focus();
      expect(document.activeElement).to.equal(abbr);
      // As a press in another tab arrives: through the stored choice, without moving focus here.
      button(other).click();
      await waitUntil(() => !el.pressed, 'the toggle did not follow the other one');
      await el.updateComplete;
      expect(target.querySelector('abbr')).to.equal(null);
      // Compared as a boolean: a failure then prints no element.
      expect(el.shadowRoot!.activeElement === button(el), 'focus is on the toggle').to.equal(true);
      expect(button(el).getAttribute('aria-pressed')).to.equal('false');
    });

    it('removes the tabindex it gave an author’s abbr when turned off', async () => {
      const { el, target } = await setup('pressed mode="tooltip"');
      const own = document.createElement('abbr');
      own.title = 'bảo hiểm y tế';
      own.textContent = 'BHYT';
      el.pressed = false;
      await el.updateComplete;
      target.append(own);
      el.pressed = true;
      await el.updateComplete;
      expect(own.getAttribute('tabindex')).to.equal('0');
      el.pressed = false;
      await el.updateComplete;
      expect(own.outerHTML).to.equal('<abbr title="bảo hiểm y tế">BHYT</abbr>');
    });
  });

  describe('loading its code when it first turns on', () => {
    const realLoader = AbbrToggle.loadWhenOn;
    afterEach(() => {
      AbbrToggle.loadWhenOn = realLoader;
    });

    /** A loader that the test lets finish (or fail) when it wants, counting its calls. */
    function heldLoader() {
      let release!: () => void;
      let fail!: () => void;
      const gate = new Promise<void>((resolve, reject) => {
        release = resolve;
        fail = () => reject(new TypeError('Failed to fetch dynamically imported module'));
      });
      // The gate itself may fail before anything loads through it; what matters is the element's handling.
      gate.catch(() => {});
      const loader = sinon.spy(() => gate.then(realLoader));
      AbbrToggle.loadWhenOn = loader;
      return { loader, release, fail };
    }
    const message = (el: AbbrToggle) => el.shadowRoot!.querySelector('[part~="message"]');

    it('ends on when pressed on, off and on again while the code loads', async () => {
      const { el, target } = await setup();
      const { loader, release } = heldLoader();
      const before = target.innerHTML;
      for (const state of ['true', 'false', 'true']) {
        button(el).click();
        await wait(10);
        expect(button(el).getAttribute('aria-pressed')).to.equal(state);
        expect(target.innerHTML).to.equal(before);
      }
      release();
      await el.updateComplete;
      expect(loader.callCount).to.equal(1);
      expect(el.pressed).to.equal(true);
      expect(wrappedCount(target)).to.equal(5);
      button(el).click();
      await el.updateComplete;
      expect(target.innerHTML).to.equal(before);
    });

    it('leaves the target untouched when pressed on and off while the code loads', async () => {
      const { el, target } = await setup();
      const { release } = heldLoader();
      const before = target.innerHTML;
      const nodes = [...target.querySelectorAll('p')].map((p) => p.firstChild);
      button(el).click();
      await wait(10);
      button(el).click();
      release();
      await el.updateComplete;
      expect(el.pressed).to.equal(false);
      expect(button(el).getAttribute('aria-pressed')).to.equal('false');
      expect(target.innerHTML).to.equal(before);
      expect([...target.querySelectorAll('p')].map((p) => p.firstChild)).to.deep.equal(nodes);
    });

    it('fetches the code ahead when the button is hovered or focused', async () => {
      const { el, target } = await setup();
      const { loader, release } = heldLoader();
      await sendMouse({ type: 'move', position: centre(button(el)) });
      await wait(10);
      expect(loader.callCount).to.equal(1);
      button(el).focus();
      expect(loader.callCount).to.equal(1);
      expect(wrappedCount(target)).to.equal(0);
      release();
      await wait(10);
      button(el).click();
      await el.updateComplete;
      expect(loader.callCount).to.equal(1);
      expect(wrappedCount(target)).to.equal(5);
    });

    it('goes back to off, says why, and tries again on the next press when the code cannot load', async () => {
      const { el, key, target } = await setup();
      const unhandled = sinon.spy();
      window.addEventListener('unhandledrejection', unhandled);
      try {
        const first = heldLoader();
        button(el).focus();
        await sendKeys({ press: 'Enter' });
        first.fail();
        await el.updateComplete;
        expect(el.pressed).to.equal(false);
        expect(button(el).getAttribute('aria-pressed')).to.equal('false');
        expect(wrappedCount(target)).to.equal(0);
        expect(message(el)!.getAttribute('role')).to.equal('alert');
        expect(message(el)!.textContent).to.equal('Không tải được phần giải nghĩa. Bấm nút để thử lại.');
        expect(el.shadowRoot!.activeElement).to.equal(button(el));
        // The reader's choice is kept for the next page.
        expect(readPref(key)).to.equal(true);
        await expect(el).to.be.accessible();

        const second = heldLoader();
        await sendKeys({ press: 'Enter' });
        expect(message(el)).to.equal(null);
        second.release();
        await el.updateComplete;
        expect(second.loader.callCount).to.equal(1);
        expect(el.pressed).to.equal(true);
        expect(wrappedCount(target)).to.equal(5);
        await wait(10);
        expect(unhandled.called).to.equal(false);
      } finally {
        window.removeEventListener('unhandledrejection', unhandled);
      }
    });

    it('ignores a failed fetch ahead of a press, and loads on the press', async () => {
      const { el, target } = await setup();
      const unhandled = sinon.spy();
      window.addEventListener('unhandledrejection', unhandled);
      try {
        const ahead = heldLoader();
        button(el).focus();
        ahead.fail();
        await wait(10);
        expect(message(el)).to.equal(null);
        expect(el.pressed).to.equal(false);
        AbbrToggle.loadWhenOn = realLoader;
        button(el).click();
        await el.updateComplete;
        expect(wrappedCount(target)).to.equal(5);
        expect(unhandled.called).to.equal(false);
      } finally {
        window.removeEventListener('unhandledrejection', unhandled);
      }
    });

    it('changes nothing on a toggle taken off the page while its code fails to load, and loads again when it is back', async () => {
      const { el, wrap, target } = await setup();
      const { loader, fail } = heldLoader();
      button(el).click();
      await wait(10);
      expect(loader.callCount).to.equal(1);
      el.remove();
      fail();
      await el.updateComplete;
      expect(el.pressed).to.equal(true);
      expect(message(el)).to.equal(null);
      AbbrToggle.loadWhenOn = realLoader;
      wrap.prepend(el);
      await el.updateComplete;
      expect(wrappedCount(target)).to.equal(5);
    });

    it('reverts to off with the message at start-up when the stored choice is on and the code cannot load', async () => {
      const key = freshKey();
      localStorage.setItem(`portal-elements:${key}`, 'true');
      const { fail } = heldLoader();
      fail();
      const { el, target } = await setup('', key);
      await el.updateComplete;
      expect(el.pressed).to.equal(false);
      expect(message(el)).not.to.equal(null);
      expect(wrappedCount(target)).to.equal(0);
    });
  });

  it('remembers the choice across a reload', async () => {
    const { el, key, wrap, target } = await setup();
    button(el).click();
    await el.updateComplete;
    expect(readPref(key)).to.equal(true);
    el.remove();
    expect(wrappedCount(target)).to.equal(0);
    const again = document.createElement('abbr-toggle');
    again.setAttribute('for', target.id);
    again.setAttribute('storage-key', key);
    wrap.prepend(again);
    await again.updateComplete;
    expect(again.pressed).to.equal(true);
    expect(wrappedCount(target)).to.equal(5);
  });

  it('ignores a bad stored value', async () => {
    const key = freshKey();
    localStorage.setItem(`portal-elements:${key}`, '"có"');
    const { el } = await setup('pressed', key);
    expect(el.pressed).to.equal(true);
  });

  it('keeps two toggles in sync, and only the one used fires change', async () => {
    const first = await setup();
    const second = await setup('', first.key);
    const change = sinon.spy();
    second.el.addEventListener('change', change);
    button(first.el).click();
    await second.el.updateComplete;
    expect(second.el.pressed).to.equal(true);
    expect(wrappedCount(second.target)).to.equal(5);
    expect(change.called).to.equal(false);
  });

  it('follows a change made in another tab, and a cleared preference', async () => {
    const { el, key, target } = await setup();
    window.dispatchEvent(new StorageEvent('storage', { key: `portal-elements:${key}`, newValue: 'true' }));
    await el.updateComplete;
    expect(wrappedCount(target)).to.equal(5);
    window.dispatchEvent(new StorageEvent('storage', { key: `portal-elements:${key}`, newValue: 'null' }));
    await el.updateComplete;
    expect(el.pressed).to.equal(true);
    window.dispatchEvent(new StorageEvent('storage', { key: `portal-elements:${key}`, newValue: null }));
    await el.updateComplete;
    expect(el.pressed).to.equal(false);
    expect(wrappedCount(target)).to.equal(0);
  });

  it('still works, and syncs, when localStorage throws', async () => {
    const proto = Storage.prototype;
    const saved = { get: proto.getItem, set: proto.setItem };
    proto.getItem = () => {
      throw new DOMException('denied', 'SecurityError');
    };
    proto.setItem = proto.getItem;
    try {
      const first = await setup();
      const second = await setup('', first.key);
      button(first.el).click();
      await first.el.updateComplete;
      await second.el.updateComplete;
      expect(first.el.pressed).to.equal(true);
      expect(second.el.pressed).to.equal(true);
      expect(wrappedCount(first.target)).to.equal(5);
    } finally {
      proto.getItem = saved.get;
      proto.setItem = saved.set;
    }
  });

  it('puts the target back when it is removed from the page', async () => {
    const { el, target } = await setup('pressed');
    const before = '<p>UBND TP và HĐND họp về GRDP. UBND tiếp tục.</p>';
    expect(target.innerHTML).not.to.equal(before);
    el.remove();
    expect(target.innerHTML).to.equal(before);
  });

  it('follows a new for, leaving the old target as it was', async () => {
    const { el, target, wrap } = await setup('pressed');
    const other = document.createElement('p');
    other.id = `abbr-other-${ids}`;
    other.textContent = 'MTTQ';
    wrap.append(other);
    el.for = other.id;
    await el.updateComplete;
    expect(wrappedCount(target)).to.equal(0);
    expect(wrappedCount(other)).to.equal(1);
  });

  it('aims at the closest news-article’s body, also after it loads new content', async () => {
    const key = freshKey();
    const article = await fixture<HTMLElement>(
      html`<news-article
        ><abbr-toggle storage-key=${key} pressed></abbr-toggle>
        <div class="body">UBND</div></news-article
      >`,
    );
    const el = article.querySelector('abbr-toggle')!;
    await el.updateComplete;
    const body = article.querySelector<HTMLElement>('.body')!;
    expect(wrappedCount(body)).to.equal(1);
    const loaded = document.createElement('div');
    loaded.textContent = 'HĐND và GRDP';
    article.append(loaded);
    Object.defineProperty(article, 'articleBody', { value: loaded, configurable: true });
    article.dispatchEvent(new Event('news-article-load', { bubbles: true, composed: true }));
    await el.updateComplete;
    expect(body.innerHTML).to.equal('UBND');
    expect(wrappedCount(loaded)).to.equal(2);
  });
});
